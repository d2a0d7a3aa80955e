"""The reference backprop: finite differences, PyTorch autograd, exact symbolic gradients
(proved with the prover), and the lecture's sign argument."""

import numpy as np
import pytest
import sympy as sp

from symact.core.activation import X as XSYM
from symact.core.catalog import with_stable_forms
from symact.derive.engine import properties
from symact.errors import ParameterError
from symact.nn.network import Layer, Network, mixed_sign_share, one_hot, saturated_share
from symact.prover.pipeline import prove

SCALAR = [a.name for a in with_stable_forms()]
COSTS = ("quadratic", "cross_entropy", "log_likelihood")


def _net(hidden: str, cost: str, sizes=(3, 4, 2), seed: int = 0) -> Network:
    out = {"quadratic": hidden, "cross_entropy": "sigmoid", "log_likelihood": "softmax"}[cost]
    return Network(list(sizes), [hidden, out], cost=cost, seed=seed)


def _batch(cost: str, n_in: int = 3, n_out: int = 2, batch: int = 5, seed: int = 1):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((batch, n_in))
    if cost == "quadratic":
        return X, rng.standard_normal((batch, n_out))
    if cost == "cross_entropy":
        return X, rng.random((batch, n_out))
    return X, one_hot(rng.integers(0, n_out, batch), n_out)


def _numeric_gradients(net: Network, X, Y, h: float = 1e-6):
    out = []
    for params in (net.weights, net.biases):
        grads = []
        for p in params:
            g = np.zeros_like(p)
            for idx in np.ndindex(p.shape):
                keep = p[idx]
                p[idx] = keep + h
                up = net.cost(X, Y)
                p[idx] = keep - h
                down = net.cost(X, Y)
                p[idx] = keep
                g[idx] = (up - down) / (2 * h)
            grads.append(g)
        out.append(grads)
    return out


@pytest.mark.parametrize("cost", COSTS)
@pytest.mark.parametrize("hidden", SCALAR)
def test_gradients_match_finite_differences(hidden: str, cost: str) -> None:
    net = _net(hidden, cost)
    X, Y = _batch(cost)
    dW, db = net.gradients(X, Y)
    nW, nb = _numeric_gradients(net, X, Y)
    for a, b in zip(dW + db, nW + nb, strict=True):
        scale = max(np.max(np.abs(b)), 1e-3)
        assert np.max(np.abs(a - b)) / scale < 1e-7, (hidden, cost)


@pytest.mark.parametrize("cost", COSTS)
@pytest.mark.parametrize("hidden", SCALAR)
def test_gradients_match_pytorch_autograd(hidden: str, cost: str) -> None:
    torch = pytest.importorskip("torch")
    from torch_reference import TORCH_FN

    net = _net(hidden, cost, sizes=(4, 6, 3), seed=3)
    X, Y = _batch(cost, 4, 3, 8, seed=4)
    dW, db = net.gradients(X, Y)
    Ws = [torch.tensor(w, requires_grad=True) for w in net.weights]
    bs = [torch.tensor(b, requires_grad=True) for b in net.biases]
    Xt, Yt = torch.tensor(X), torch.tensor(Y)
    z1 = Xt @ Ws[0].T + bs[0]
    a1 = TORCH_FN[hidden](z1)
    z2 = a1 @ Ws[1].T + bs[1]
    if cost == "quadratic":
        a2 = TORCH_FN[hidden](z2)
        loss = 0.5 * ((a2 - Yt) ** 2).sum(dim=1).mean()
    elif cost == "cross_entropy":
        a2 = torch.sigmoid(z2)
        loss = -(Yt * torch.log(a2) + (1 - Yt) * torch.log(1 - a2)).sum(dim=1).mean()
    else:
        loss = -(Yt * torch.log_softmax(z2, dim=1)).sum(dim=1).mean()
    loss.backward()
    assert float(loss.detach()) == pytest.approx(net.cost(X, Y), rel=1e-12)
    # torch's hardsigmoid backward multiplies by a float32 1/6 (0.1666666716...): its
    # gradients are off by 3e-8 relative, ours use the exact 1/6 (checked below)
    tol = 1e-7 if hidden == "hardsigmoid" else 1e-12
    for ours, theirs in zip(dW + db, [w.grad for w in Ws] + [b.grad for b in bs],
                            strict=True):
        t = theirs.numpy()
        assert np.max(np.abs(ours - t)) <= tol * max(np.max(np.abs(t)), 1e-300), hidden


def test_torch_hardsigmoid_slope_is_a_float32_sixth() -> None:
    torch = pytest.importorskip("torch")
    from symact.numeric.evaluators import evaluator

    t = torch.tensor([0.5], dtype=torch.float64, requires_grad=True)
    torch.nn.functional.hardsigmoid(t).sum().backward()
    assert float(t.grad[0]) == float(np.float32(1 / 6))
    assert evaluator("hardsigmoid").derivative(0.5) == 1 / 6


def _symbolic_layer(name: str) -> Layer:
    """The same Layer interface on SymPy objects: f from the catalog, f' from the output
    form that symact derived (sigmoid: y(1 - y)), else f' of the input."""
    p = properties(name)
    f = p.expression
    h = getattr(p.derivative_from_output, "value", None)
    y = sp.Symbol("y", real=True)
    from_output = (None if h is None else
                   np.vectorize(lambda a: h.subs(y, a), otypes=[object]))
    return Layer(name, np.vectorize(lambda z: f.subs(XSYM, z), otypes=[object]),
                 np.vectorize(lambda z: p.derivative.value.subs(XSYM, z), otypes=[object]),
                 from_output)


def symbolic_gradients(name: str, sizes, layer: Layer | None = None,
                       ) -> list[tuple[sp.Symbol, sp.Expr, sp.Expr]]:
    """(parameter, backprop's gradient, SymPy's gradient of the whole cost) for a tiny
    network with symbolic weights, run through Network's own backprop code (with ``layer``
    in place of the activation's own, to test that a wrong one is caught)."""
    net = Network(list(sizes), [name, name], cost="quadratic")
    net.layers = [layer or _symbolic_layer(name)] * 2
    symbols = []
    for k, (w, b) in enumerate(zip(net.weights, net.biases, strict=True)):
        W = np.array([[sp.Symbol(f"w{k}_{i}{j}", real=True) for j in range(w.shape[1])]
                      for i in range(w.shape[0])], dtype=object)
        B = np.array([sp.Symbol(f"b{k}_{i}", real=True) for i in range(len(b))], dtype=object)
        net.weights[k], net.biases[k] = W, B
        symbols.append((W, B))
    X = np.array([[sp.Rational(1, 2), sp.Rational(-1, 3)]], dtype=object)
    Y = np.array([[sp.Rational(1, 4)] * sizes[-1]], dtype=object)
    dW, db = net.gradients(X, Y)
    a = X[0]
    for W, B in symbols:  # the whole cost as one expression
        a = np.array([net.layers[0].value(np.array([sum(W[i, j] * a[j] for j in range(len(a)))
                                                    + B[i]]))[0] for i in range(len(B))],
                     dtype=object)
    cost = sum((a[i] - Y[0, i]) ** 2 for i in range(sizes[-1])) / 2
    out = []
    for (W, B), gW, gb in zip(symbols, dW, db, strict=True):
        for sym, ours in [*zip(W.ravel(), gW.ravel(), strict=False), *zip(B, gb, strict=False)]:
            out.append((sym, ours, sp.diff(cost, sym)))
    return out


@pytest.mark.parametrize("sizes", [(2, 2, 1), (2, 3, 2)], ids=["2-2-1", "2-3-2"])
@pytest.mark.parametrize("name", ["sigmoid", "tanh", "softplus"])
def test_backprop_gradients_are_proved(name, sizes) -> None:
    """Every entry of dW and db of a tiny net with symbolic weights, proved equal to SymPy's
    derivative of the whole cost by the prover (9 entries for 2-2-1, 17 for 2-3-2)."""
    entries = symbolic_gradients(name, sizes)
    assert len(entries) == (9 if sizes == (2, 2, 1) else 17)
    for sym, ours, theirs in entries:
        verdict = prove(ours, theirs, budget=60)
        assert verdict.status == "proved", (sym, verdict.tried)


def test_a_wrong_backprop_is_disproved() -> None:
    """Soundness: a tanh net whose backprop used sigmoid's f'(y) = y(1 - y) is caught on
    every entry it touches, with a confirmed counterexample."""
    entries = symbolic_gradients("tanh", (2, 2, 1))
    y = sp.Symbol("y", real=True)
    wrong = _symbolic_layer("tanh")
    wrong = Layer(wrong.name, wrong.value, wrong.derivative,
                  np.vectorize(lambda a: (y * (1 - y)).subs(y, a), otypes=[object]))
    bad = symbolic_gradients("tanh", (2, 2, 1), layer=wrong)
    for (sym, _, theirs), (_, ours, _) in zip(entries, bad, strict=True):
        verdict = prove(ours, theirs, budget=60)
        assert verdict.status == "disproved", (sym, verdict.tried)
        assert verdict.counterexample is not None


def test_cross_entropy_shortcut_is_an_identity() -> None:
    v = prove("(sigmoid(z) - y)/(sigmoid(z)*(1 - sigmoid(z))) * diff(sigmoid(z), z)",
              "sigmoid(z) - y")
    assert v.status == "proved"


def test_sigmoid_rows_never_mix_signs_tanh_rows_do() -> None:
    rng = np.random.default_rng(0)
    X = rng.standard_normal((64, 5))
    Y = one_hot(rng.integers(0, 3, 64), 3)
    sig = Network([5, 8, 3], ["sigmoid", "softmax"], cost="log_likelihood")
    tanh = Network([5, 8, 3], ["tanh", "softmax"], cost="log_likelihood")
    assert mixed_sign_share(sig, X, Y)[1] == 0.0
    assert mixed_sign_share(tanh, X, Y)[1] > 0.5
    assert 0.0 <= saturated_share(tanh, X)[0] <= 1.0


def test_training_learns_and_is_seeded() -> None:
    rng = np.random.default_rng(2)
    X = rng.standard_normal((200, 2))
    labels = (X[:, 0] * X[:, 1] > 0).astype(int)
    Y = one_hot(labels, 2)
    runs = []
    for _ in range(2):
        net = Network([2, 8, 2], ["tanh", "softmax"], cost="log_likelihood", seed=5)
        before = net.cost(X, Y)
        for _ in range(60):
            net.train_epoch(X, Y, batch_size=16, lr=0.3, momentum=0.5, l2=1e-4)
        runs.append(net.weights[0].copy())
        assert net.cost(X, Y) < before / 3
        assert net.accuracy(X, labels) > 0.9
    assert np.array_equal(runs[0], runs[1])


@pytest.mark.parametrize("init", ["normal", "he", "glorot"])
def test_initialisation_scales(init: str) -> None:
    net = Network([400, 300, 1], ["relu", "identity"], init=init, seed=0)
    expected = {"normal": 1 / 400, "he": 2 / 400, "glorot": 2 / 700}[init]
    assert np.var(net.weights[0]) == pytest.approx(expected, rel=0.02)


@pytest.mark.parametrize(("kwargs", "needle"), [
    ({"sizes": [2], "activations": []}, "sizes"),
    ({"sizes": [2, 2], "activations": ["relu", "relu"]}, "one per layer"),
    ({"sizes": [2, 2], "activations": ["relu"], "cost": "hinge"}, "cost"),
    ({"sizes": [2, 2, 2], "activations": ["softmax", "relu"]}, "output layer"),
    ({"sizes": [2, 2], "activations": ["relu"], "cost": "log_likelihood"}, "softmax"),
])
def test_bad_networks(kwargs, needle) -> None:
    with pytest.raises(ParameterError, match=needle):
        Network(**kwargs)


def test_custom_activation_layer() -> None:
    net = Network([3, 4, 2], ["x*erf(x)", "sigmoid"], cost="quadratic")
    X, Y = _batch("quadratic")
    dW, _ = net.gradients(X, Y)
    nW, _ = _numeric_gradients(net, X, Y)
    assert np.max(np.abs(dW[0] - nW[0])) < 1e-7 * max(np.max(np.abs(nW[0])), 1e-3)


def test_demo_on_digits() -> None:
    pytest.importorskip("sklearn")
    from symact.nn.demo import compare

    hist = compare(["sigmoid", "tanh"], epochs=2, watch=True)
    assert all(s.mixed_signs[1] == 0.0 for s in hist["sigmoid"])
    assert all(s.mixed_signs[1] > 0.5 for s in hist["tanh"])
    assert hist["tanh"][-1].accuracy > 0.85
    assert all(0 <= z <= 1 for s in hist["sigmoid"] for z in s.zigzag)


def test_cli_demo(capsys, tmp_path) -> None:
    pytest.importorskip("sklearn")
    pytest.importorskip("matplotlib")
    from symact.cli.app import main

    png = tmp_path / "signs.png"
    assert main(["demo", "signs", "--epochs", "1", "--plot", str(png)]) == 0
    out = capsys.readouterr().out
    assert "0.0% mixed (proved: 0%)" in out and png.read_bytes()[:4] == b"\x89PNG"
    assert main(["demo", "train", "--activation", "relu", "elu", "--epochs", "2"]) == 0
    assert "relu" in capsys.readouterr().out
    assert main(["demo", "train", "--activation", "sigmod"]) == 2
    assert "did you mean sigmoid" in capsys.readouterr().err
