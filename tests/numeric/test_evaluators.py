"""Evaluators: edge values, kink conventions (vs torch autograd), dtypes, shapes, out=, softmax."""

import math
import warnings

import mpmath
import numpy as np
import pytest
import sympy as sp
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from symact.core.activation import X
from symact.core.catalog import get, with_stable_forms
from symact.errors import ParameterError, ParseError, SymactError, UnknownActivationError
from symact.numeric.evaluators import evaluator, log_softmax, softmax, softmax_jvp

NAMES = [a.name for a in with_stable_forms()]
EDGES = np.array([0.0, -0.0, 1e-310, -1e-310, 5e-324, -5e-324, 700.0, -700.0, 710.0, -710.0,
                  1e308, -1e308, np.inf, -np.inf, np.nan, 1e3, -1e3, 89.0, -89.0])
MONOTONE = ["sigmoid", "tanh", "relu", "leaky_relu", "elu", "selu", "softplus", "hardtanh",
            "hardsigmoid", "relu6", "celu", "softsign", "logsigmoid", "tanhshrink",
            "softshrink", "identity"]


def _mp_function(name: str, derivative: bool = False):
    act = get(name)
    e = act.bind()
    e = e.xreplace({a: sp.Float(a.evalf(60), 60) for a in e.atoms(sp.NumberSymbol)
                    if a not in (sp.pi, sp.E)})
    return sp.lambdify(X, sp.diff(e, X) if derivative else e, "mpmath")


@pytest.mark.parametrize("name", NAMES)
def test_edge_values_match_mpmath(name):
    """±0, subnormals, ±700, ±710, ±1e308, ±inf (the limits), nan: within 3 ULP / 8 ULP."""
    ev = evaluator(name)
    v, d = ev.value(EDGES), ev.derivative(EDGES)
    assert np.isnan(v[14]) and np.isnan(d[14])
    for kind, got, f in (("value", v, _mp_function(name)),
                         ("derivative", d, _mp_function(name, True))):
        for xv, g in zip(EDGES, got, strict=True):
            if math.isnan(xv):
                continue
            with mpmath.workdps(1200):
                xm = mpmath.mpf("1e320") * (1 if xv > 0 else -1) if math.isinf(xv) \
                    else mpmath.mpf(float(xv))
                exact = f(xm)
                ef = float(exact) if abs(exact) < mpmath.mpf("1.8e308") else \
                    math.copysign(math.inf, exact)
            if math.isinf(ef):
                assert g == ef, (name, kind, xv, g)
                continue
            assert math.isfinite(g), (name, kind, xv, g)
            with np.errstate(under="ignore"), mpmath.workdps(60):
                err = abs(mpmath.mpf(float(g)) - exact) / mpmath.mpf(
                    float(np.spacing(abs(ef))) if ef != 0 else 5e-324)
            assert err <= (3 if kind == "value" else 8), (name, kind, xv, g, ef, float(err))


def test_issue_examples():
    assert evaluator("softplus").value(1000.0) == 1000.0
    for n in ("sigmoid", "swish", "mish", "softplus"):
        d = evaluator(n).derivative(np.array([-1000.0, 1000.0]))
        assert np.all(np.isfinite(d)), n
    assert np.allclose(softmax(np.array([1000.0, 1000.0])), [0.5, 0.5])
    ev = evaluator("elu")
    assert ev.value(-800.0) == -1.0 and ev.value(-1e-300) == -1e-300


KINKS = {  # PyTorch's autograd values at the breakpoints
    "relu": [(0.0, 0.0)], "leaky_relu": [(0.0, 0.01)], "elu": [(0.0, 1.0)],
    "hardtanh": [(-1.0, 0.0), (1.0, 0.0)], "hardsigmoid": [(-3.0, 0.0), (3.0, 0.0)],
    "hardswish": [(-3.0, 0.0), (3.0, 1.0)], "relu6": [(0.0, 0.0), (6.0, 0.0)],
    "celu": [(0.0, 1.0)], "softshrink": [(-0.5, 0.0), (0.5, 0.0)],
    "hardshrink": [(-0.5, 0.0), (0.5, 0.0)],
}


@pytest.mark.parametrize("name", sorted(KINKS))
def test_kink_conventions_match_catalog(name):
    ev = evaluator(name)
    act = get(name)
    subs = act.substitution()
    stated = {float(sp.N(sp.sympify(k.at).subs(subs))):
              float(sp.N(sp.sympify(k.derivative).subs(subs))) for k in act.conventions}
    for at, want in KINKS[name]:
        assert ev.derivative(at) == want == stated[at], (name, at)


@pytest.mark.parametrize("name", [*sorted(KINKS), "selu"])
def test_kink_conventions_match_torch_autograd(name):
    torch = pytest.importorskip("torch")
    F = torch.nn.functional
    fn = {"relu": F.relu, "leaky_relu": F.leaky_relu, "elu": F.elu, "selu": F.selu,
          "hardtanh": F.hardtanh, "hardsigmoid": F.hardsigmoid, "hardswish": F.hardswish,
          "relu6": F.relu6, "celu": F.celu, "softshrink": F.softshrink,
          "hardshrink": F.hardshrink}[name]
    pts = [at for at, _ in KINKS.get(name, [(0.0, 0.0)])]
    t = torch.tensor(pts, dtype=torch.float64, requires_grad=True)
    fn(t).sum().backward()
    ours = evaluator(name).derivative(np.array(pts))
    np.testing.assert_allclose(ours, t.grad.numpy(), rtol=1e-15, atol=0)


@pytest.mark.parametrize("name", NAMES)
def test_no_warnings_even_with_warnings_enabled(name):
    ev = evaluator(name)
    with np.errstate(all="warn"), warnings.catch_warnings():
        warnings.simplefilter("error")
        ev.value(EDGES)
        ev.derivative(EDGES)
        if ev.derivative_from_output is not None:
            ev.derivative_from_output(ev.value(EDGES))


finite = st.floats(allow_nan=False, allow_infinity=False, width=64)


@pytest.mark.parametrize("name", NAMES)
@given(xs=hnp.arrays(np.float64, st.integers(1, 40), elements=finite))
@example(xs=np.array([1e308, -1e308, 709.78, -745.2, 5e-324]))
def test_finite_in_finite_out(name, xs):
    ev = evaluator(name)
    v, d = ev.value(xs), ev.derivative(xs)
    # every catalog activation is finite on finite floats except where it overflows:
    # |f(x)| <= 1.06|x| + 2, |f'(x)| <= 2 + 0.1 x² (gelu_tanh), so only x near 1.8e308 scaled by
    # selu's λ > 1 can overflow
    big = np.abs(xs) > 1.6e308
    assert np.all(np.isfinite(v[~big])) and np.all(np.isfinite(d)), name


@pytest.mark.parametrize("name", MONOTONE)
@given(xs=hnp.arrays(np.float64, st.integers(2, 60),
                     elements=st.floats(-1e6, 1e6, allow_nan=False)))
@example(xs=np.array([-800.0, -709.5, -708.0, -40.0, -37.5, -1.0, 0.0, 1.0, 30.0, 800.0]))
def test_monotone_on_sorted_inputs(name, xs):
    v = evaluator(name).value(np.sort(xs))
    assert np.all(np.diff(v) >= 0), name


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64])
@pytest.mark.parametrize("name", ["sigmoid", "gelu", "relu", "mish", "hardswish"])
def test_dtype_shape_and_scalars(name, dtype):
    ev = evaluator(name)
    a = np.linspace(-5, 5, 24, dtype=dtype).reshape(2, 3, 4)
    for f in (ev.value, ev.derivative):
        r = f(a)
        assert r.dtype == dtype and r.shape == a.shape
        # float32 computed in float64 and rounded once
        with np.errstate(all="ignore"):
            np.testing.assert_array_equal(r, f(a.astype(np.float64)).astype(dtype))
        assert isinstance(f(1.5), float)
        assert isinstance(f(dtype(1.5)), dtype)
        z = f(np.array(1.5, dtype=dtype))
        assert isinstance(z, np.ndarray) and z.shape == () and z.dtype == dtype
        out = np.empty_like(a)
        assert f(a, out=out) is out
        np.testing.assert_array_equal(out, r)
        assert f(np.empty((0, 3), dtype=dtype)).shape == (0, 3)


@given(xs=hnp.arrays(st.sampled_from([np.float32, np.float64]), hnp.array_shapes(max_dims=3),
                     elements=st.floats(-50, 50, width=32)))
def test_out_and_shape_property(xs):
    ev = evaluator("swish")
    out = np.empty_like(xs)
    r = ev.value(xs, out=out)
    assert r is out and r.shape == xs.shape and r.dtype == xs.dtype
    np.testing.assert_array_equal(out, ev.value(xs))


@pytest.mark.parametrize("name", NAMES)
def test_blocked_evaluation_is_the_whole_array_evaluation(name):
    """Large arrays run in cache-sized blocks: same bits as one call, out= and aliasing too."""
    from symact.numeric import kernels as K

    ev = evaluator(name)
    rng = np.random.default_rng(5)
    n = 5 * K._BLOCK + 7
    x = rng.uniform(-12, 12, n)
    x[rng.integers(0, n, 40)] = rng.choice(EDGES, 40)
    for f, kern in ((ev.value, getattr(K, name)),
                    (ev.derivative, getattr(K, name + "_derivative"))):
        with np.errstate(all="ignore"):
            whole = kern(x.copy(), *[c for c in _consts(name)])
        np.testing.assert_array_equal(f(x), whole)
        a = x.reshape(7, -1) if n % 7 == 0 else x[:-7].reshape(-1, 8)
        out = np.empty_like(a, dtype=np.float32)
        assert f(a, out=out) is out
        with np.errstate(all="ignore"):  # the test's own casts (subnormal/overflowing float32)
            a32 = a.astype(np.float32)
            np.testing.assert_array_equal(out, f(a).astype(np.float32))
            np.testing.assert_array_equal(f(a32), f(a32.astype(np.float64)).astype(np.float32))
        strided = np.empty((a.shape[0], 2 * a.shape[1]))[:, ::2]
        f(a, out=strided)
        np.testing.assert_array_equal(strided, f(a))
        inplace = a.copy()
        assert f(inplace, out=inplace) is inplace
        np.testing.assert_array_equal(inplace, f(a))
        with pytest.raises(TypeError):
            f(a, out=np.empty(a.shape, dtype=np.int64))


@pytest.mark.parametrize("name", NAMES)
def test_kernels_work_on_nd_arrays_directly(name):
    """symact.nn calls the kernels on 2-d batches (C or Fortran order), not through apply."""
    from symact.numeric.evaluators import catalog_kernels

    rng = np.random.default_rng(6)
    x = rng.uniform(-5, 5, (37, 11))
    x[3, 4], x[5, 5], x[6, 6], x[7, 7] = np.nan, -np.inf, np.inf, 0.5
    for kern in catalog_kernels(name):
        if kern is None:
            continue
        with np.errstate(all="ignore"):
            flat = kern(x.reshape(-1).copy(), *_consts(name)).reshape(x.shape)
            for a in (x, np.asfortranarray(x)):
                np.testing.assert_array_equal(kern(a, *_consts(name)), flat)


def test_blocked_kernel_names_exist():
    from symact.numeric import kernels as K

    assert all(callable(getattr(K, n, None)) for n in K._BLOCKED)
    assert list(K._BLOCKED) == sorted(set(K._BLOCKED))


def _consts(name):
    from symact.numeric import kernel_constants as consts

    return consts(get(name))


def test_integer_input_gives_float64():
    r = evaluator("relu").value(np.array([-2, 3]))
    assert r.dtype == np.float64 and list(r) == [0.0, 3.0]


def test_bad_inputs():
    with pytest.raises(TypeError):
        evaluator("relu").value(np.array([1 + 2j]))
    with pytest.raises(UnknownActivationError):
        evaluator("reluu")
    with pytest.raises(ParseError):
        evaluator("x.__class__")
    with pytest.raises(ParameterError):
        evaluator("x*sigmoid(b*x)")
    with pytest.raises(ParameterError):
        evaluator("elu", gamma=2.0)
    with pytest.raises(SymactError):
        evaluator("softmax")


def test_parameters():
    ev = evaluator("elu", alpha=2.0)
    assert ev.value(-1e3) == -2.0
    assert evaluator(get("leaky_relu").with_params(alpha=0.2)).derivative(-1.0) == 0.2
    sw = evaluator("swish", beta=2.0)
    assert sw.value(1.0) == pytest.approx(1 / (1 + math.exp(-2.0)), rel=1e-15)
    assert evaluator("x*sigmoid(b*x)", b=2.0).value(1.0) == pytest.approx(sw.value(1.0),
                                                                            rel=1e-15)
    assert evaluator("softplus", beta=2.0).value(1000.0) == 1000.0


@pytest.mark.parametrize("name", [n for n in NAMES if evaluator(n).derivative_from_output])
def test_derivative_from_output_agrees(name):
    ev = evaluator(name)
    xs = np.array([-4.0, -2.9, -1.2, -0.4, 0.25, 0.9, 1.7, 2.9, 4.0, 5.9, 7.0])
    np.testing.assert_allclose(ev.derivative_from_output(ev.value(xs)), ev.derivative(xs),
                               rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("text, twin", [
    ("x*erf(x/sqrt(2))/2 + x/2", "gelu"), ("x*tanh(log(1 + exp(x)))", "mish"),
    ("x/(1 + exp(-x))", "swish"), ("log(1 + exp(x))", "softplus"),
    ("log(1/(1 + exp(-x)))", "logsigmoid"), ("exp(x)/(1 + exp(x))", "sigmoid"),
    ("Piecewise((exp(x) - 1, x <= 0), (x, True))", "elu"),
])
def test_custom_expressions_are_stable(text, twin):
    ev, ref = evaluator(text), evaluator(twin)
    xs = np.array([-1e308, -745.0, -710.0, -40.0, -30.0, -20.0, -10.0, -1.5, -1e-300, 0.0,
                   1e-300, 0.5, 3.0, 40.0, 710.0, 1e308, -np.inf, np.inf, np.nan])
    for a, b in ((ev.value(xs), ref.value(xs)), (ev.derivative(xs), ref.derivative(xs))):
        assert np.array_equal(np.isnan(a), np.isnan(b)), text
        ok = ~np.isnan(a)
        with np.errstate(all="ignore"):
            np.testing.assert_allclose(a[ok], b[ok], rtol=4e-15, atol=1e-320)


def test_custom_constant_factors_do_not_overflow():
    """(x e^(-x^2))·(2/√π) is 0 at 1e308; 2·x first would be inf·0 = nan."""
    d = evaluator("x*erf(x)").derivative(np.array([-1e308, 1e308, -30.0, 30.0]))
    np.testing.assert_array_equal(d, [-1.0, 1.0, -1.0, 1.0])
    assert evaluator("x*erf(x/sqrt(2))/2 + x/2").value(1e308) == 1e308


def test_custom_erf_uses_scipy_not_math():
    ev = evaluator("x*erf(x)")
    assert "scipy.special.erf" in ev.source
    assert ev.value(np.zeros((2, 2))).shape == (2, 2)


def test_sympy_expression_input():
    x = sp.Symbol("x")
    ev = evaluator(x * sp.erf(x))
    assert ev.value(1.0) == pytest.approx(math.erf(1.0), rel=1e-15)


# --- softmax ---------------------------------------------------------------------------------
def _mp_softmax(row):
    with mpmath.workdps(50):
        e = [mpmath.exp(mpmath.mpf(float(v))) for v in row]
        s = mpmath.fsum(e)
        return [float(v / s) for v in e], [float(mpmath.log(v / s)) for v in e]


def test_softmax_matches_mpmath_and_is_stable():
    rng = np.random.default_rng(7)
    x = rng.normal(size=(5, 7)) * np.array([[1.0], [10.0], [100.0], [1000.0], [1e5]])
    s, ls = softmax(x, axis=1), log_softmax(x, axis=1)
    for i, row in enumerate(x):
        ms, mls = _mp_softmax(row)
        # exp(x − max) inherits the rounding of x − max: κ = |x − max|
        rtol = 4e-16 * max(1.0, float(np.ptp(row)))
        np.testing.assert_allclose(s[i], ms, rtol=rtol, atol=1e-300)
        fin = np.isfinite(mls)
        np.testing.assert_allclose(ls[i][fin], np.array(mls)[fin], rtol=1e-15,
                                   atol=4e-16 * max(1.0, float(np.max(np.abs(row)))))
    np.testing.assert_allclose(softmax(x.T, axis=0), s.T)


def test_softmax_limits_and_nan():
    assert np.array_equal(softmax(np.array([np.inf, 0.0, -np.inf])), [1.0, 0.0, 0.0])
    assert np.array_equal(softmax(np.array([np.inf, np.inf, 1.0])), [0.5, 0.5, 0.0])
    assert np.all(np.isnan(softmax(np.array([1.0, np.nan]))))
    assert softmax(np.array([1.0, 2.0], dtype=np.float32)).dtype == np.float32
    assert log_softmax(np.array([0.0, -1000.0]))[1] == -1000.0


def test_softmax_jvp_matches_jacobian():
    rng = np.random.default_rng(3)
    x, v = rng.normal(size=6), rng.normal(size=6)
    s = softmax(x)
    jac = np.diag(s) - np.outer(s, s)
    np.testing.assert_allclose(softmax_jvp(x, v), jac @ v, rtol=1e-13, atol=1e-15)
    jl = np.eye(6) - np.outer(np.ones(6), s)
    np.testing.assert_allclose(softmax_jvp(x, v, log=True), jl @ v, rtol=1e-13, atol=1e-15)
