"""The catalog: names, definitions against PyTorch, kink conventions in three places, SELU."""

import mpmath
import pytest
import sympy as sp

from symact.calculus import Function
from symact.core.activation import X
from symact.core.catalog import BUILT_IN, CATALOG, expand, get, names, names_and_aliases
from symact.errors import ParameterError, RedefinitionError, UnknownActivationError

# PyTorch's functions are the reference for the built-in entries (the lecture's and PyTorch's)
SCALAR = sorted(a.name for a in BUILT_IN if a.kind == "scalar")


def _torch():
    """PyTorch and its functions for the catalog names: the independent reference here."""
    torch = pytest.importorskip("torch", reason="PyTorch is the reference of this test")
    from torch_reference import TORCH_FN

    assert sorted(TORCH_FN) == SCALAR  # the reference covers every built-in scalar entry
    return torch, TORCH_FN

LECTURE = ["sigmoid", "tanh", "relu", "leaky_relu", "elu", "selu", "swish", "gelu", "gelu_tanh",
           "mish", "softplus", "softmax"]
PYTORCH = ["hardtanh", "hardsigmoid", "hardswish", "relu6", "celu", "softsign", "logsigmoid",
           "tanhshrink", "softshrink", "hardshrink", "identity"]

POINTS = [-9.5, -3.0, -2.2, -1.0, -0.5, -0.3, 0.0, 0.2, 0.5, 0.9, 1.0, 2.5, 3.0, 4.0, 6.0, 8.75]


def test_catalog_covers_the_lecture_and_pytorch() -> None:
    assert set(LECTURE + PYTORCH) == {a.name for a in BUILT_IN}
    assert set(names()) >= set(LECTURE + PYTORCH) and len(names()) >= 100
    assert get("silu") is get("swish")
    assert len(names_and_aliases()) == len(set(names_and_aliases()))


def test_unknown_names_suggest_the_closest() -> None:
    with pytest.raises(UnknownActivationError) as info:
        get("sigmod")
    assert "sigmoid" in str(info.value)
    assert isinstance(info.value, KeyError)


def test_redefinition_is_an_error() -> None:
    from symact.core import catalog

    twin = CATALOG[0]
    original = catalog.CATALOG
    catalog._index.cache_clear()
    try:
        catalog.CATALOG = (*original, twin)
        with pytest.raises(RedefinitionError):
            catalog._index()
    finally:
        catalog.CATALOG = original
        catalog._index.cache_clear()


@pytest.mark.parametrize("name", SCALAR)
def test_definitions_match_pytorch(name: str) -> None:
    torch, TORCH_FN = _torch()
    act = get(name)
    f = sp.lambdify(X, act.bind(), "mpmath")
    t = torch.tensor(POINTS, dtype=torch.float64)
    ours = [float(f(mpmath.mpf(p))) for p in POINTS]
    theirs = TORCH_FN[name](t).tolist()
    for p, a, b in zip(POINTS, ours, theirs, strict=True):
        assert a == pytest.approx(b, rel=1e-12, abs=1e-14), (name, p)


KINKED = [a for a in BUILT_IN if a.conventions]


@pytest.mark.parametrize("act", KINKED, ids=lambda a: a.name)
def test_kink_conventions_agree_in_data_derivation_and_pytorch(act) -> None:
    torch, TORCH_FN = _torch()
    f = Function.of(act.bind(), X).derivative()
    subs = act.substitution()
    for kink in act.conventions:
        at, stated = kink.at.subs(subs), kink.derivative.subs(subs)
        derived = f.at(at)
        assert sp.simplify(derived - stated) == 0, (act.name, at)
        t = torch.tensor([float(at)], dtype=torch.float64, requires_grad=True)
        TORCH_FN[act.name](t).sum().backward()
        assert float(t.grad[0]) == pytest.approx(float(stated), rel=1e-12), (act.name, at)


def test_conventions_are_stated_in_the_docstring() -> None:
    from symact.core import catalog

    assert "relu'(0) = 0" in catalog.__doc__


def test_selu_constants_are_derived_and_used() -> None:
    from symact.core.selfnorm import SELU_ALPHA, SELU_LAMBDA, selu_constants

    lam, alpha = selu_constants(digits=30)
    assert mpmath.nstr(lam, 30) == "1.05070098735548049341933498529"
    assert mpmath.nstr(alpha, 30) == "1.67326324235437728481704299167"
    act = get("selu")
    assert act.param("lambda").default is SELU_LAMBDA
    assert act.param("alpha").default is SELU_ALPHA
    assert float(SELU_LAMBDA) == pytest.approx(1.0507009873554805, rel=1e-15)
    # and they do what they were derived for: mean 0, second moment 1 under N(0, 1)
    f = sp.lambdify(X, act.bind(), "mpmath")
    with mpmath.workdps(30):
        phi = lambda t: mpmath.npdf(t)  # noqa: E731
        mean = mpmath.quad(lambda t: f(t) * phi(t), [-mpmath.inf, 0, mpmath.inf])
        second = mpmath.quad(lambda t: f(t) ** 2 * phi(t), [-mpmath.inf, 0, mpmath.inf])
        assert abs(mean) < 1e-25 and abs(second - 1) < 1e-25


def test_with_params_and_bad_params() -> None:
    act = get("elu").with_params(alpha=0.5)
    assert act.bind().subs(X, -1) == sp.Rational(1, 2) * (sp.exp(-1) - 1)
    with pytest.raises(ParameterError):
        get("elu").with_params(beta=1)
    # issue 13 item 4: ELU is defined for any real alpha; CELU's alpha = 0 breaks x/alpha
    assert get("elu").with_params(alpha=-1).bind().subs(X, -1) == -(sp.exp(-1) - 1)
    with pytest.raises(ParameterError, match="x/alpha"):
        get("celu").with_params(alpha=0)
    with pytest.raises(ParameterError, match="finite real"):
        get("elu").with_params(alpha="oo")
    with pytest.raises(ValueError, match="__import__"):
        get("elu").with_params(alpha="__import__('os')")


def test_expand_binds_parameters_in_order() -> None:
    from symact.core.parsing import parse

    assert expand(parse("leaky_relu(x, 1/5)")).subs(X, -5) == -1
    assert expand(parse("softplus(x, 2)")) == sp.log(1 + sp.exp(2 * X)) / 2
