"""Exported modules: numpy bit for bit in a SymPy-free subprocess, torch vs torch.nn.functional."""

import argparse
import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from symact.catalog import scalar
from symact.cli_numeric import register
from symact.export import ExportError, export
from symact.numeric import evaluator

NAMES = [a.name for a in scalar()]
CUSTOM = ["x*erf(x)", "x*tanh(log(1 + exp(x)))", "log(1 + exp(2*x))/2"]
DATA = np.load(Path(__file__).parent / "data" / "reference.npz")


def _bits(a: np.ndarray) -> np.ndarray:
    a = np.ascontiguousarray(a)
    return a.view(np.int64 if a.dtype == np.float64 else np.int32)


def test_numpy_export_is_the_evaluator_bit_for_bit(tmp_path):
    mod = tmp_path / "acts.py"
    mod.write_text(export(NAMES + CUSTOM, "numpy"))
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
    src = export(["gelu", "x*erf(x)"], "numpy")
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
def _torch_peers(torch):
    F = torch.nn.functional
    return {
        "sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": F.relu,
        "leaky_relu": F.leaky_relu, "elu": F.elu, "selu": F.selu, "swish": F.silu,
        "gelu": F.gelu, "gelu_tanh": lambda t: F.gelu(t, approximate="tanh"), "mish": F.mish,
        "softplus": F.softplus, "hardtanh": F.hardtanh, "hardsigmoid": F.hardsigmoid,
        "hardswish": F.hardswish, "relu6": F.relu6, "celu": F.celu, "softsign": F.softsign,
        "logsigmoid": F.logsigmoid, "tanhshrink": F.tanhshrink, "softshrink": F.softshrink,
        "hardshrink": F.hardshrink, "identity": lambda t: t,
    }


@pytest.fixture(scope="module")
def torch_module(tmp_path_factory):
    torch = pytest.importorskip("torch")
    path = tmp_path_factory.mktemp("torch") / "tacts.py"
    path.write_text(export(NAMES + CUSTOM[:1], "torch"))
    sys.path.insert(0, str(path.parent))
    try:
        import tacts
    finally:
        sys.path.remove(str(path.parent))
    return torch, tacts


def _ulp(a: np.ndarray, hi: np.ndarray, lo: np.ndarray) -> np.ndarray:
    from symact.accuracy import ulp_error

    return ulp_error(a, hi, lo, np.float64)


@pytest.mark.parametrize("name", NAMES)
def test_torch_export_agrees_with_torch_where_torch_is_accurate(torch_module, name):
    torch, mod = torch_module
    x = DATA["x/float64"]
    t = torch.tensor(x, dtype=torch.float64)
    with torch.no_grad():
        peer = _torch_peers(torch)[name](t).numpy()
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


def test_jax_export_parses_and_imports_only_jax():
    src = export(NAMES, "jax")
    tree = ast.parse(src)
    mods = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import)
            for a in n.names}
    assert mods == {"math", "jax"}
    assert "jax.custom_jvp" in src


def test_export_errors():
    with pytest.raises(ExportError):
        export(["softmax"], "numpy")
    with pytest.raises(ExportError):
        export(["relu"], "tensorflow")
    with pytest.raises(ExportError):
        export(["x*y"], "numpy")


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
