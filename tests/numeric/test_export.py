"""Exported modules: numpy bit for bit in a SymPy-free subprocess, torch vs torch.nn.functional."""

import argparse
import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from symact.cli.numeric import register
from symact.core.catalog import with_stable_forms
from symact.errors import ExportError
from symact.numeric import export_source
from symact.numeric.evaluators import evaluator

NAMES = [a.name for a in with_stable_forms()]
CUSTOM = ["x*erf(x)", "x*tanh(log(1 + exp(x)))", "log(1 + exp(2*x))/2"]
DATA = np.load(Path(__file__).parents[1] / "data" / "reference.npz")


def _bits(a: np.ndarray) -> np.ndarray:
    a = np.ascontiguousarray(a)
    return a.view(np.int64 if a.dtype == np.float64 else np.int32)


def test_numpy_export_is_the_evaluator_bit_for_bit(tmp_path):
    mod = tmp_path / "acts.py"
    mod.write_text(export_source(NAMES + CUSTOM, "numpy"))
    x64 = DATA["x/float64"]
    np.save(tmp_path / "x.npy", x64)
    script = textwrap.dedent(f"""
        import sys
        import numpy as np
        sys.path.insert(0, {str(tmp_path)!r})
        import acts
        assert "sympy" not in sys.modules and "symact" not in sys.modules
        x = np.load({str(tmp_path / "x.npy")!r})
        out = {{}}
        names = {NAMES!r} + ["custom_1", "custom_2", "custom_3"]
        for n in names:
            for suffix in ("", "_derivative", "_derivative_from_output"):
                f = getattr(acts, n + suffix, None)
                if f is not None:
                    out[n + suffix + "/64"] = f(x)
                    out[n + suffix + "/32"] = f(x.astype(np.float32))
        np.savez({str(tmp_path / "out.npz")!r}, **out)
    """)
    with np.errstate(all="ignore"):
        subprocess.run([sys.executable, "-c", script], check=True, timeout=120)
    got = np.load(tmp_path / "out.npz")
    checked = 0
    with np.errstate(all="ignore"):
        x32 = x64.astype(np.float32)
    for n, spec in [(n, n) for n in NAMES] + [(f"custom_{i + 1}", c)
                                              for i, c in enumerate(CUSTOM)]:
        ev = evaluator(spec)
        for suffix, f in (("", ev.value), ("_derivative", ev.derivative),
                          ("_derivative_from_output", ev.derivative_from_output)):
            if f is None:
                assert n + suffix + "/64" not in got.files
                continue
            for tag, xin in (("/64", x64), ("/32", x32)):
                mine = f(xin)
                theirs = got[n + suffix + tag]
                assert theirs.dtype == mine.dtype
                assert np.array_equal(_bits(theirs), _bits(mine)), (n, suffix, tag)
                checked += 1
    assert checked > 100


def test_numpy_export_is_readable_and_standalone():
    src = export_source(["gelu", "x*erf(x)"], "numpy")
    tree = ast.parse(src)
    imports = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imports |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            imports.add(node.module.split(".")[0])
    assert imports <= {"math", "numpy", "scipy"}
    assert "gelu(x) = x*(erf(sqrt(2)*x/2) + 1)/2" in src  # the formula in the docstring
    assert "Stable form:" in src and "erfcx" in src  # the stable branch, commented
    assert "scipy.special.erf(" in src


# --- torch -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def torch_module(tmp_path_factory):
    torch = pytest.importorskip("torch")
    path = tmp_path_factory.mktemp("torch") / "tacts.py"
    path.write_text(export_source(NAMES + CUSTOM[:1], "torch"))
    sys.path.insert(0, str(path.parent))
    try:
        import tacts
    finally:
        sys.path.remove(str(path.parent))
    return torch, tacts


def _ulp(a: np.ndarray, hi: np.ndarray, lo: np.ndarray) -> np.ndarray:
    from symact.numeric.accuracy import ulp_error

    return ulp_error(a, hi, lo, np.float64)


@pytest.mark.parametrize("name", NAMES)
def test_torch_export_agrees_with_torch_where_torch_is_accurate(torch_module, name):
    from torch_reference import TORCH_FN

    torch, mod = torch_module
    x = DATA["x/float64"]
    t = torch.tensor(x, dtype=torch.float64)
    with torch.no_grad():
        peer = TORCH_FN[name](t).numpy()
        ours = getattr(mod, name)(t).numpy()
    hi, lo = DATA[f"{name}/float64/value_hi"], DATA[f"{name}/float64/value_lo"]
    accurate = _ulp(peer, hi, lo) <= 1.0
    assert accurate.sum() > len(x) // 2, name
    # the κ rule: where the function is ill-conditioned (tanhshrink near 0, κ ≈ 3)
    # two accurate evaluations may differ by more than 2 ULP
    kappa = np.maximum(1.0, DATA[f"{name}/float64/kappa"][accurate].astype(np.float64))
    with np.errstate(all="ignore"):
        spacing = np.spacing(np.abs(peer[accurate])) * kappa
        spacing[peer[accurate] == 0] = 5e-324
        diff = np.abs(ours[accurate] - peer[accurate])
    # equal infinities and matching nans agree
    diff[(ours[accurate] == peer[accurate]) | (np.isnan(ours[accurate])
                                               & np.isnan(peer[accurate]))] = 0.0
    bad = ~((diff == 0) | (diff <= 2 * spacing))
    assert not bad.any(), (name, x[accurate][bad][:5], ours[accurate][bad][:5],
                           peer[accurate][bad][:5])


@pytest.mark.parametrize("name", [*NAMES, "custom_1"])
def test_torch_autograd_uses_the_exported_derivative(torch_module, name):
    torch, mod = torch_module
    x = DATA["x/float64"]
    x = x[np.isfinite(x) & (np.abs(x) < 1e3)]
    t = torch.tensor(x, dtype=torch.float64, requires_grad=True)
    getattr(mod, name)(t).backward(torch.ones_like(t))
    d = getattr(mod, name + "_derivative")(t.detach()).numpy()
    assert np.array_equal(t.grad.numpy(), d, equal_nan=True), name
    assert np.all(np.isfinite(d)), name


@pytest.mark.parametrize("name", NAMES)
def test_torch_export_is_accurate_on_moderate_inputs(torch_module, name):
    """Value and derivative of the torch export against mpmath, |x| <= 700 (normal outputs)."""
    torch, mod = torch_module
    x = DATA["x/float64"]
    keep = np.isfinite(x) & (np.abs(x) <= 700)
    t = torch.tensor(x[keep], dtype=torch.float64)
    for f, key, bound in ((getattr(mod, name), "value", 4.0),
                          (getattr(mod, name + "_derivative"), "deriv", 10.0)):
        with torch.no_grad():
            got = f(t).numpy()
        hi = DATA[f"{name}/float64/{key}_hi"][keep]
        lo = DATA[f"{name}/float64/{key}_lo"][keep]
        kap = DATA[f"{name}/float64/kappa" + ("" if key == "value" else "_deriv")][keep]
        normal = np.abs(hi) >= 2.2250738585072014e-308
        err = _ulp(got, hi, lo)[normal]
        allowed = bound * np.maximum(1.0, kap[normal].astype(np.float64))
        assert np.all(err <= allowed), (name, key, x[keep][normal][np.argmax(err / allowed)])


def test_torch_float32_is_rounded_once(torch_module):
    torch, mod = torch_module
    t = torch.linspace(-5, 5, 101, dtype=torch.float32)
    with torch.no_grad():
        r = mod.gelu(t)
        assert r.dtype == torch.float32
        assert torch.equal(r, mod.gelu(t.double()).float())


# --- jax -------------------------------------------------------------------------------------
# XLA on CPU runs with flush-to-zero and denormals-are-zero: a result (or an intermediate whose
# product would be normal, e.g. x·eˣ for x in [−745, −708]) below 1e-304 may come out as ±0; a
# subnormal input reads as ±0 (derivatives take the side its sign says). Accepted here, and
# said in the exported module; everything above is held to the evaluator's accuracy.
_FLUSH64 = 1e-304
_JAX_CUSTOM = [f"custom_{i + 1}" for i in range(len(CUSTOM))]


@pytest.fixture(scope="module")
def jax_outputs(tmp_path_factory):
    pytest.importorskip("jax")
    tmp = tmp_path_factory.mktemp("jax")
    (tmp / "jacts.py").write_text(export_source(NAMES + CUSTOM, "jax"))
    x = DATA["x/float64"]
    np.save(tmp / "x.npy", x)
    script = textwrap.dedent(f"""
        import sys
        import numpy as np
        sys.path.insert(0, {str(tmp)!r})
        import jacts
        assert "sympy" not in sys.modules and "symact" not in sys.modules
        import jax
        import jax.numpy as jnp
        assert jax.config.jax_enable_x64 and jnp.ones(2).dtype == jnp.float64
        x = np.load({str(tmp / "x.npy")!r})
        fin = x[np.isfinite(x)]
        with np.errstate(over="ignore"):
            x32 = x.astype(np.float32)
        out = {{}}
        for n in {NAMES + _JAX_CUSTOM!r}:
            f, d = getattr(jacts, n), getattr(jacts, n + "_derivative")
            out[n + "/v"], out[n + "/d"] = np.asarray(f(x)), np.asarray(d(x))
            out[n + "/v32"], out[n + "/d32"] = np.asarray(f(x32)), np.asarray(d(x32))
            out[n + "/jv"], out[n + "/jd"] = np.asarray(jax.jit(f)(x)), np.asarray(jax.jit(d)(x))
            out[n + "/g"] = np.asarray(jax.vmap(jax.grad(f))(fin))
            out[n + "/jg"] = np.asarray(jax.jit(jax.vmap(jax.grad(f)))(fin))
        # kink conventions, through grad too; a subnormal is on its side of the kink
        kinks = [jacts.relu_derivative(0.0), jacts.relu_derivative(-0.0),
                 jax.grad(jacts.relu)(0.0), jacts.relu_derivative(5e-324),
                 jax.jit(jacts.relu_derivative)(-5e-324), jax.grad(jacts.relu6)(6.0),
                 jax.jit(jax.grad(jacts.hardtanh))(1.0), jacts.leaky_relu_derivative(0.0)]
        out["kinks"] = np.asarray(kinks)
        out["gelu32_type"] = np.asarray(jacts.gelu(jnp.float32(1.5)).dtype == jnp.float32)
        jax.config.update("jax_enable_x64", False)
        try:
            jacts.relu(jnp.ones(2))
            out["x64_off_raises"] = np.asarray(False)
        except RuntimeError:
            out["x64_off_raises"] = np.asarray(True)
        np.savez({str(tmp / "out.npz")!r}, **out)
    """)
    subprocess.run([sys.executable, "-c", script], check=True, timeout=300)
    return dict(np.load(tmp / "out.npz"))


def _kappas(name: str, spec: str, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """κ of value and derivative: stored for catalog names, estimated for expressions."""
    if name in NAMES:
        return (DATA[f"{name}/float64/kappa"].astype(np.float64),
                DATA[f"{name}/float64/kappa_deriv"].astype(np.float64))
    ev = evaluator(spec)
    with np.errstate(all="ignore"):
        v, d = ev.value(x), ev.derivative(x)
        h = 1e-6 * np.maximum(np.abs(x), 1e-300)
        d2 = (ev.derivative(x + h) - ev.derivative(x - h)) / (2 * h)
        kv, kd = np.abs(x * d / v), np.abs(x * d2 / d)
    return np.nan_to_num(kv, nan=1.0, posinf=1e300), np.nan_to_num(kd, nan=1.0, posinf=1e300)


def _jax_agrees(got, ref, bound, flush, what):
    """Same dtype, same nan/inf pattern; finite: ≤ bound ULP of ref, or both below flush."""
    assert got.dtype == ref.dtype, what
    assert np.array_equal(np.isnan(got), np.isnan(ref)), what
    inf = np.isinf(ref)
    assert np.array_equal(got[inf], ref[inf]), what
    with np.errstate(all="ignore"):
        # ULPs of the larger of the two: next to a zero of the derivative ref may be exactly 0
        big = np.maximum(np.abs(ref), np.abs(got)).astype(ref.dtype)
        err = np.abs(got.astype(np.float64) - ref) / np.spacing(big)
        ok = (got == ref) | np.isnan(ref) | inf | (err <= bound) | (
            (np.abs(ref) < flush) & (np.abs(got.astype(np.float64) - ref) <= flush))
    assert ok.all(), (what, np.flatnonzero(~ok)[:5], got[~ok][:5], ref[~ok][:5])
    fine = np.isfinite(err) & ~(np.abs(ref) < flush)
    return float(err[fine].max(initial=0.0))


@pytest.mark.parametrize("name", NAMES + _JAX_CUSTOM)
def test_jax_export_agrees_with_the_evaluator(jax_outputs, name):
    """float64 (eager and jit) within 4·max(1, κ) ULP (value) and 8·max(1, κ') (derivative)."""
    spec = CUSTOM[_JAX_CUSTOM.index(name)] if name in _JAX_CUSTOM else name
    ev, x = evaluator(spec), DATA["x/float64"]
    kv, kd = _kappas(name, spec, x)
    with np.errstate(all="ignore"):
        v, d = ev.value(x), ev.derivative(x)
    if name in _JAX_CUSTOM:
        # the evaluator's 2·x·exp(−x²) is inf·0 = nan at |x| ~ 1e308 (custom_1): jax is right
        d = np.where(np.isnan(d) & ~np.isnan(x), jax_outputs[name + "/d"], d)
        # x(1 − tanh²(softplus x))σ(x) + tanh(…) loses ~|x| ULP to cancellation for x > 1: the
        # evaluator itself is 9 ULP from mpmath at x ≈ 4.8 (jax 3)
        kd = np.maximum(kd, 2.0) * np.clip(np.nan_to_num(np.abs(x)), 1.0, 1e300)
    for key, ref, bound in (("v", v, 4 * np.maximum(1, kv)), ("jv", v, 4 * np.maximum(1, kv)),
                            ("d", d, 8 * np.maximum(1, kd)), ("jd", d, 8 * np.maximum(1, kd))):
        _jax_agrees(jax_outputs[f"{name}/{key}"], ref, bound, _FLUSH64, (name, key))
    # float32: computed in float64, rounded once: ≤ 1 ULP from the evaluator's float32
    with np.errstate(all="ignore"):
        x32 = x.astype(np.float32)
        v32, d32 = ev.value(x32), ev.derivative(x32)
    if name in _JAX_CUSTOM:
        d32 = np.where(np.isnan(d32) & ~np.isnan(x32), jax_outputs[name + "/d32"], d32)
    for key, ref in (("v32", v32), ("d32", d32)):
        _jax_agrees(jax_outputs[f"{name}/{key}"], ref, 1.0, np.finfo(np.float32).tiny,
                    (name, key))


@pytest.mark.parametrize("name", NAMES + _JAX_CUSTOM)
def test_jax_grad_uses_the_exported_derivative(jax_outputs, name):
    x = DATA["x/float64"]
    fin = np.isfinite(x)
    g, jg = jax_outputs[name + "/g"], jax_outputs[name + "/jg"]
    d, jd = jax_outputs[name + "/d"][fin], jax_outputs[name + "/jd"][fin]
    assert np.all(np.isfinite(g)) and np.all(np.isfinite(jg)), name
    # the same numbers, but for a subnormal derivative that d·1 flushes (swish'(−1e3))
    assert np.all((g == d) | ((np.abs(d) < 2.2250738585072014e-308) & (g == 0))), name
    # under jit XLA fuses the product with the tangent: near a zero of the derivative the last
    # bits move; an absolute 1e-15 below |d| ≈ 1e-16 (mish' = 0 at x ≈ −1.19)
    with np.errstate(all="ignore"):
        err = np.abs(jg - jd) / np.spacing(np.abs(jd))
    assert np.all((err <= 2) | (np.abs(jg - jd) <= 1e-15 * np.maximum(1, np.abs(x[fin])))
                  | ((np.abs(jd) < 2.2250738585072014e-308) & (jg == 0))), name


def test_jax_kinks_float32_and_x64(jax_outputs):
    assert jax_outputs["kinks"].tolist() == [0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.01]
    assert jax_outputs["gelu32_type"]
    assert jax_outputs["x64_off_raises"]


def test_jax_export_parses_and_imports_only_jax():
    src = export_source(NAMES, "jax")
    tree = ast.parse(src)
    mods = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import)
            for a in n.names}
    assert mods == {"math", "jax"}
    assert "jax.custom_jvp" in src


def test_export_errors():
    with pytest.raises(ExportError):
        export_source(["softmax"], "numpy")
    with pytest.raises(ExportError):
        export_source(["relu"], "tensorflow")
    with pytest.raises(ExportError):
        export_source(["x*y"], "numpy")


# --- CLI -------------------------------------------------------------------------------------
def _cli(argv: list[str]) -> int:
    p = argparse.ArgumentParser()
    register(p.add_subparsers(dest="command", required=True))
    args = p.parse_args(argv)
    return args.run(args)


def test_cli_export_writes_file(tmp_path, capsys):
    out = tmp_path / "m.py"
    assert _cli(["export", "--target", "numpy", "-o", str(out), "relu", "x*erf(x)"]) == 0
    assert "def relu(x, out=None):" in out.read_text()
    assert _cli(["export", "--target", "torch", "sigmoid"]) == 0
    assert "torch.autograd.Function" in capsys.readouterr().out


def test_cli_export_without_names_exports_the_catalog(tmp_path):
    out = tmp_path / "all.py"
    assert _cli(["export", "--target", "numpy", "-o", str(out)]) == 0
    text = out.read_text()
    names = [a.name for a in with_stable_forms()]
    assert len(names) == 22
    for name in names:
        assert f"def {name}(x" in text and f"def {name}_derivative(x" in text


@pytest.mark.parametrize("argv", [
    ["export", "--target", "numpy", "-o", "{tmp}/bad.py", "nosuchact"],
    ["export", "--target", "numpy", "-o", "{tmp}/bad.py", "x.__class__"],
    ["export", "--target", "numpy", "-o", "{tmp}/bad.py", "softmax"],
    ["export", "--target", "numpy", "-o", "{tmp}/nodir/bad.py", "relu"],
    ["accuracy", "nosuchact"],
    ["accuracy", "relu", "--points", "3"],
])
def test_cli_bad_input_exit_2_one_line_no_file(tmp_path, capsys, argv):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert _cli(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "bad.py").exists() and list(tmp_path.iterdir()) == []


def test_cli_accuracy_json(capsys):
    assert _cli(["accuracy", "relu", "--points", "40", "--json"]) == 0
    line = capsys.readouterr().out.strip()
    assert '"name": "relu"' in line and '"value_max": 0.0' in line
