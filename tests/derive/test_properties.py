"""Derived properties against independent references: values derived by hand in this file,
mpmath at 50 digits for minima and suprema, and dense sampling for monotonicity and signs."""

import itertools
from functools import cache

import mpmath
import pytest
import sympy as sp

from symact.core.activation import X
from symact.core.catalog import BUILT_IN
from symact.derive.engine import properties
from symact.derive.records import Conditional, Unknown

x, y = X, sp.Symbol("y", real=True)
oo = sp.oo
W = sp.LambertW(sp.exp(-1))
# the built-in entries; the literature's are checked against hand values in
# tests/core/test_zoo_properties.py
SCALAR = [a.name for a in BUILT_IN if a.kind == "scalar"]


@pytest.fixture(autouse=True)
def _fifty_digits():
    """Every reference here at 50 digits, whatever another module left in mpmath's global
    context (the suite shares one process)."""
    with mpmath.workdps(50):
        yield


@cache
def props(name: str, **kw):
    return properties(name, **kw)


def value(p, field: str):
    f = getattr(p, field)
    assert not isinstance(f, Unknown), f"{p.name}.{field}: {f.reason}"
    return f.value


def same(a, b) -> bool:
    a, b = sp.S(a), sp.S(b)
    if a == b:
        return True
    if a.is_infinite or b.is_infinite:
        return False
    return sp.simplify(a - b) == 0 or sp.simplify((a - b).rewrite(sp.exp)) == 0


# name: (range (lo, hi, lo_closed, hi_closed), monotonic, continuity, symmetry, lipschitz,
#        f(0), f'(0), limits at -oo/+oo, saturates -oo/+oo, takes both signs, identity near 0)
HAND = {
    "sigmoid": ((0, 1, False, False), "increasing", "inf", ("point", (0, sp.S.Half)),
                sp.Rational(1, 4), sp.S.Half, sp.Rational(1, 4), (0, 1), (True, True), False,
                False),
    "tanh": ((-1, 1, False, False), "increasing", "inf", ("odd", (0, 0)), 1, 0, 1, (-1, 1),
             (True, True), True, True),
    "relu": ((0, oo, True, False), "nondecreasing", 0, ("none", None), 1, 0, 0, (0, oo),
             (True, False), False, False),
    "leaky_relu": ((-oo, oo, False, False), "increasing", 0, ("none", None), 1, 0,
                   sp.Rational(1, 100), (-oo, oo), (False, False), True, False),
    "elu": ((-1, oo, False, False), "increasing", 1, ("none", None), 1, 0, 1, (-1, oo),
            (True, False), True, True),
    "hardtanh": ((-1, 1, True, True), "nondecreasing", 0, ("odd", (0, 0)), 1, 0, 1, (-1, 1),
                 (True, True), True, True),
    "hardsigmoid": ((0, 1, True, True), "nondecreasing", 0, ("point", (0, sp.S.Half)),
                    sp.Rational(1, 6), sp.S.Half, sp.Rational(1, 6), (0, 1), (True, True),
                    False, False),
    "hardswish": ((sp.Rational(-3, 8), oo, True, False), "none", 0, ("none", None),
                  sp.Rational(3, 2), 0, sp.S.Half, (0, oo), (True, False), True, False),
    "relu6": ((0, 6, True, True), "nondecreasing", 0, ("none", None), 1, 0, 0, (0, 6),
              (True, True), False, False),
    "celu": ((-1, oo, False, False), "increasing", 1, ("none", None), 1, 0, 1, (-1, oo),
             (True, False), True, True),
    "softsign": ((-1, 1, False, False), "increasing", 1, ("odd", (0, 0)), 1, 0, 1, (-1, 1),
                 (True, True), True, True),
    "logsigmoid": ((-oo, 0, False, False), "increasing", "inf", ("none", None), 1,
                   -sp.log(2), sp.S.Half, (-oo, 0), (False, True), False, False),
    "tanhshrink": ((-oo, oo, False, False), "increasing", "inf", ("odd", (0, 0)), 1, 0, 0,
                   (-oo, oo), (False, False), True, False),
    "softshrink": ((-oo, oo, False, False), "nondecreasing", 0, ("odd", (0, 0)), 1, 0, 0,
                   (-oo, oo), (False, False), True, False),
    "identity": ((-oo, oo, False, False), "increasing", "inf", ("odd", (0, 0)), 1, 0, 1,
                 (-oo, oo), (False, False), True, True),
    "softplus": ((0, oo, False, False), "increasing", "inf", ("none", None), 1, sp.log(2),
                 sp.S.Half, (0, oo), (True, False), False, False),
}


@pytest.mark.parametrize("name", sorted(HAND))
def test_hand_derived_properties(name: str) -> None:
    p = props(name)
    (lo, hi, lc, hc), mono, cont, (sym, center), lip, f0, d0, lims, sat, both, ident = HAND[name]
    r = value(p, "range")
    assert (same(r.lower, lo), same(r.upper, hi), r.lower_closed, r.upper_closed) == (
        True, True, lc, hc)
    assert r.exact
    assert value(p, "monotonic") == mono
    assert value(p, "continuity") == cont
    s = value(p, "symmetry")
    assert s.kind == sym
    if center is not None:
        assert all(same(a, b) for a, b in zip(s.center, center, strict=True))
    assert same(value(p, "lipschitz"), lip)
    assert same(value(p, "value_at_zero"), f0)
    assert same(value(p, "derivative_at_zero"), d0)
    limits = value(p, "limits")
    assert same(limits["-oo"], lims[0]) and same(limits["+oo"], lims[1])
    assert (value(p, "saturates")["-oo"], value(p, "saturates")["+oo"]) == sat
    assert value(p, "takes_both_signs") is both
    assert value(p, "identity_near_origin") is ident
    assert value(p, "bounded_below") is (lo != -oo)
    assert value(p, "bounded_above") is (hi != oo)


def test_tanh_as_in_the_lecture() -> None:
    p = props("tanh")
    assert same(value(p, "derivative_from_output"), 1 - y**2)
    assert value(p, "convexity") == "none"
    assert value(p, "extrema") == ()


def test_sigmoid_derivative_from_output_and_point_symmetry() -> None:
    p = props("sigmoid")
    assert same(value(p, "derivative_from_output"), y * (1 - y))
    assert same(value(p, "derivative") - sp.exp(-x) / (1 + sp.exp(-x)) ** 2, 0)


def test_relu_kink() -> None:
    p = props("relu")
    assert value(p, "nondifferentiable_at") == (0,)
    assert value(p, "derivative_at_zero") == 0  # PyTorch's convention
    assert value(p, "convexity") == "convex"
    assert value(p, "derivative_monotonic") == "nondecreasing"
    (m,) = value(p, "extrema")
    assert (m.kind, m.x, m.value) == ("min", sp.Interval(-oo, 0), 0)


def test_swish_minimum_is_minus_lambert_w() -> None:
    p = props("swish")
    r = value(p, "range")
    assert r.exact and r.lower_closed and same(r.lower, -W)
    assert float(r.lower) == pytest.approx(-0.278464542761074, abs=1e-15)
    (m,) = value(p, "extrema")
    assert m.kind == "min" and same(m.x, -1 - W)
    # independent: minimise x*sigmoid(x) with mpmath
    f = lambda t: t / (1 + mpmath.exp(-t))  # noqa: E731
    xm = mpmath.findroot(lambda t: mpmath.diff(f, t), -1.3)
    assert abs(f(xm) - mpmath.mpf(str(sp.N(r.lower, 50)))) < mpmath.mpf("1e-40")
    assert value(p, "derivative_from_output") is None  # not injective: no form exists


def _mp_min(f, guess):
    t = mpmath.findroot(lambda s: mpmath.diff(f, s), guess)
    return t, f(t)


def _mp_max_slope(f, guess):
    t = mpmath.findroot(lambda s: mpmath.diff(f, s, 2), guess)
    return mpmath.diff(f, t)


NUMERIC = {
    "gelu": (lambda t: t * mpmath.ncdf(t), -0.75, 1.4),
    "gelu_tanh": (lambda t: t / 2 * (1 + mpmath.tanh(mpmath.sqrt(2 / mpmath.pi)
                                                    * (t + mpmath.mpf("0.044715") * t**3))),
                  -0.75, 1.5),
    "mish": (lambda t: t * mpmath.tanh(mpmath.log1p(mpmath.exp(t))), -1.2, 1.6),
    "swish": (lambda t: t / (1 + mpmath.exp(-t)), -1.3, 2.4),
}


@pytest.mark.parametrize("name", sorted(NUMERIC))
def test_minima_and_lipschitz_against_mpmath(name: str) -> None:
    f, guess_min, guess_slope = NUMERIC[name]
    p = props(name)
    xm, fm = _mp_min(f, guess_min)
    r = value(p, "range")
    assert r.lower_closed and not r.upper_closed and r.upper == oo
    assert abs(mpmath.mpf(str(sp.N(r.lower, 40))) - fm) < mpmath.mpf("1e-15")
    (m,) = value(p, "extrema")
    assert abs(mpmath.mpf(str(sp.N(m.x, 40))) - xm) < mpmath.mpf("1e-15")
    lip = _mp_max_slope(f, guess_slope)
    assert abs(mpmath.mpf(str(sp.N(value(p, "lipschitz"), 40))) - lip) < mpmath.mpf("1e-15")
    assert value(p, "monotonic") == "none"
    assert value(p, "takes_both_signs") is True


def test_gelu_lipschitz_is_exact() -> None:
    lip = value(props("gelu"), "lipschitz")
    assert same(lip, sp.S.Half + sp.erf(1) / 2 + sp.exp(-1) / sp.sqrt(sp.pi))


def test_softplus_derivative_is_sigmoid() -> None:
    p = props("softplus")
    assert same(value(p, "derivative"), 1 / (1 + sp.exp(-x)))
    assert same(value(p, "derivative_from_output"), 1 - sp.exp(-y))
    assert value(p, "convexity") == "convex"


def test_elu_derivative_from_output() -> None:
    h = value(props("elu"), "derivative_from_output")
    assert same(h.subs(y, sp.Rational(-1, 2)), sp.Rational(1, 2))  # y + alpha, alpha = 1
    assert same(h.subs(y, 3), 1)
    assert same(value(props("logsigmoid"), "derivative_from_output"), 1 - sp.exp(y))


def test_selu_uses_derived_constants() -> None:
    p = props("selu")
    r = value(p, "range")
    assert float(r.lower) == pytest.approx(-1.0507009873554805 * 1.6732632423543772, rel=1e-15)
    assert value(p, "continuity") == 0
    assert float(value(p, "lipschitz")) == pytest.approx(1.7580993408473766, rel=1e-15)


def test_hardshrink_range_is_not_an_interval() -> None:
    p = props("hardshrink")
    r = value(p, "range")
    half = sp.S.Half
    assert r.set == sp.Union(sp.Interval.open(-oo, -half), sp.FiniteSet(0),
                             sp.Interval.open(half, oo))
    assert value(p, "continuity") == -1
    assert value(p, "lipschitz") == oo
    assert set(value(p, "nondifferentiable_at")) == {-half, half}
    assert value(p, "monotonic") == "nondecreasing"


def test_tanhshrink_is_strictly_increasing_despite_a_flat_point() -> None:
    assert value(props("tanhshrink"), "monotonic") == "increasing"
    assert value(props("tanhshrink"), "derivative_at_zero") == 0


def test_softmax_is_vector_valued() -> None:
    p = properties("softmax")
    assert p.jacobian.value == "diag(s) - s*s^T"
    assert p.shift_invariant.value is True and p.permutation_equivariant.value is True
    assert "simplex" in p.range.value


# --- symbolic parameters ------------------------------------------------------------------

def test_elu_with_symbolic_alpha() -> None:
    # alpha of either sign (issue 13, item 4), by hand: for x <= 0, f = alpha (e^x - 1) runs
    # over (-alpha, 0] when alpha > 0 and over [0, -alpha) when alpha < 0
    p = properties("elu", symbolic=["alpha"])
    alpha = sp.Symbol("alpha", real=True)
    r = value(p, "range")
    assert isinstance(r, Conditional) and len(r.cases) == 1
    cond, pos = r.cases[0]
    assert cond == (alpha > 0)
    assert (pos.lower, pos.upper, pos.lower_closed, pos.upper_closed) == (-alpha, oo, False, False)
    assert (r.otherwise.lower, r.otherwise.lower_closed) == (0, True)
    c = value(p, "continuity")
    assert isinstance(c, Conditional)
    assert c.cases == ((sp.Eq(alpha, 1), 1),) and c.otherwise == 0
    m = value(p, "monotonic")
    assert dict(m.cases) == {alpha > 0: "increasing", sp.Eq(alpha, 0): "nondecreasing"}
    assert m.otherwise == "none"
    # sup |f'| = max(|alpha|, 1): f' = alpha e^x on x <= 0, 1 beyond
    lip = value(p, "lipschitz")
    for a, want in ((-3, 3), (-1, 1), (sp.Rational(1, 2), 1), (1, 1), (5, 5)):
        got = next((v for cnd, v in lip.cases if cnd.subs(alpha, a) is sp.true), lip.otherwise)
        assert sp.simplify(sp.sympify(got).subs(alpha, a) - want) == 0, a


def test_leaky_relu_for_every_symbolic_slope() -> None:
    p = properties("leaky_relu", symbolic=["alpha"])
    alpha = sp.Symbol("alpha", real=True)
    m = value(p, "monotonic")
    assert dict(m.cases) == {alpha > 0: "increasing", sp.Eq(alpha, 0): "nondecreasing"}
    assert m.otherwise == "none"
    conv = value(p, "convexity")
    assert conv.cases == ((alpha > 1, "concave"),) and conv.otherwise == "convex"
    r = value(p, "range")
    assert dict(r.cases)[alpha > 0].lower == -oo and r.otherwise.lower == 0


def test_parameters_by_value() -> None:
    p = properties("elu", alpha=2)
    assert same(value(p, "range").lower, -2)
    assert value(p, "continuity") == 0


# --- custom expressions agree with their catalog twins -----------------------------------

TWINS = {
    "mish": "x*tanh(log(1+exp(x)))",
    "gelu": "x*(1 + erf(x/sqrt(2)))/2",
    "relu": "Max(0, x)",
    "swish": "x*sigmoid(x)",
    "softplus": "log(1 + exp(x))",
    "softsign": "x/(1 + abs(x))",
    "tanh": "(exp(x) - exp(-x))/(exp(x) + exp(-x))",
}
COMPARED = ("range", "symmetry", "monotonic", "derivative_monotonic", "convexity",
            "continuity", "identity_near_origin", "takes_both_signs", "saturates",
            "value_at_zero", "derivative_at_zero", "limits", "lipschitz_numeric",
            "nondifferentiable_at")


@pytest.mark.parametrize("name", sorted(TWINS))
def test_custom_expressions_match_their_catalog_twins(name: str) -> None:
    twin = properties(TWINS[name]).to_dict()
    ours = props(name).to_dict()
    for key in COMPARED:
        a, b = twin[key], ours[key]
        if key == "range":
            for end in ("lower_numeric", "upper_numeric"):  # None: an infinite end
                assert (a[end] is None) == (b[end] is None), (name, end)
                if b[end] is not None:
                    assert a[end] == pytest.approx(b[end], rel=1e-14), (name, end)
            assert (a["lower_closed"], a["upper_closed"]) == (b["lower_closed"],
                                                              b["upper_closed"])
        elif key in ("value_at_zero", "derivative_at_zero", "limits"):
            assert a == b or sp.simplify(sp.sympify(str(a)) - sp.sympify(str(b))) == 0
        else:
            assert a == b, (name, key)


# --- sampling: every claim is consistent with the function's values ------------------------

def _samples():
    pts = [mpmath.mpf(k) / 8 for k in range(-160, 161)]
    return pts + [mpmath.mpf(v) for v in (-700, -100, -40, 40, 100, 700)]


@pytest.mark.parametrize("name", SCALAR)
def test_claims_hold_on_samples(name: str) -> None:
    p = props(name)
    f = sp.lambdify(x, p.expression, "mpmath")
    xs = _samples()
    vals = [f(t) for t in xs]
    r = value(p, "range")
    lo, hi = mpmath.mpf(str(sp.N(r.lower, 40))) if r.lower != -oo else -mpmath.inf, (
        mpmath.mpf(str(sp.N(r.upper, 40))) if r.upper != oo else mpmath.inf)
    tol = mpmath.mpf("1e-25")
    for t, v in zip(xs, vals, strict=True):
        assert lo - tol <= v <= hi + tol, (t, v)
        if abs(t) <= 20:  # beyond, 50 digits cannot separate tanh(-700) from -1
            assert r.lower_closed or v > lo or r.lower == -oo or not r.exact, (t, v)
    # strict comparisons only where 50 digits resolve the values (tanh(100) == 1 there)
    inner = sorted((t, v) for t, v in zip(xs, vals, strict=True) if abs(t) <= 40)
    pairs = list(itertools.pairwise(inner))
    mono = value(p, "monotonic")
    if mono == "increasing":
        assert all(b[1] > a[1] for a, b in pairs)
    elif mono == "nondecreasing":
        assert all(b[1] >= a[1] for a, b in pairs)
        assert any(b[1] == a[1] for a, b in pairs)
    elif mono == "none":
        assert any(b[1] < a[1] for a, b in pairs) and any(b[1] > a[1] for a, b in pairs)
    both = value(p, "takes_both_signs")
    assert both == (any(v < 0 for v in vals) and any(v > 0 for v in vals))
    sym = value(p, "symmetry")
    mirrored = [f(-t) for t in xs]
    if sym.kind == "odd":
        assert all(abs(a + b) < tol for a, b in zip(vals, mirrored, strict=True))
    elif sym.kind == "point":
        c = mpmath.mpf(str(sp.N(sym.center[1], 40)))
        assert all(abs(a + b - 2 * c) < tol for a, b in zip(vals, mirrored, strict=True))
    else:
        assert any(abs(a + b) > tol for a, b in zip(vals, mirrored, strict=True))


@pytest.mark.parametrize("name", SCALAR)
def test_derivative_matches_numeric_differentiation(name: str) -> None:
    p = props(name)
    f = sp.lambdify(x, p.expression, "mpmath")
    d = sp.lambdify(x, value(p, "derivative"), "mpmath")
    for t in (mpmath.mpf(v) for v in ("-4.3", "-2.1", "-0.7", "0.3", "1.1", "2.6", "5.2")):
        assert abs(d(t) - mpmath.diff(f, t)) < mpmath.mpf("1e-30"), t


def test_budget_turns_into_unknown_quickly() -> None:
    import time

    start = time.perf_counter()
    p = properties("x*tanh(log(1+exp(x)))*erf(x)*sigmoid(x**3)", budget=0.05)
    assert time.perf_counter() - start < 10
    reasons = [getattr(p, f).reason for f in ("range", "lipschitz") if
               isinstance(getattr(p, f), Unknown)]
    assert reasons and all(r for r in reasons)
