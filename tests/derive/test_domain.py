"""Domain first (issue 13, item 2): D_f is derived, every other field lives on it.

References are written here by hand: sqrt needs x >= 0, log needs its argument > 0, 1/x needs
x != 0, asin needs |x| <= 1, LambertW's principal branch needs x >= -1/e.
"""

import json

import mpmath
import pytest
import sympy as sp

import symact
from symact.calculus import Function, real_domain
from symact.core import CATALOG
from symact.core.catalog import BUILT_IN
from symact.errors import Undecided

x = sp.Symbol("x", real=True)
oo = sp.oo


@pytest.mark.parametrize("expr, want", [
    (sp.sqrt(x), sp.Interval(0, oo)),
    (sp.log(1 + x), sp.Interval.open(-1, oo)),
    (1 / x, sp.Union(sp.Interval.open(-oo, 0), sp.Interval.open(0, oo))),
    (sp.asin(x), sp.Interval(-1, 1)),
    (sp.atanh(x), sp.Interval.open(-1, 1)),
    (sp.LambertW(x), sp.Interval(-sp.exp(-1), oo)),
    (sp.sqrt(1 - x**2), sp.Interval(-1, 1)),
    # sqrt(-1)·log(-1) = i·iπ = -π is real, but sqrt(-1) is not: x < 0 is outside
    (sp.sqrt(x) * sp.log(x), sp.Interval.open(0, oo)),
    # a branch point far below any scan's resolution, and one far out
    (sp.sqrt(x - sp.Rational(1, 10**30)), sp.Interval(sp.Rational(1, 10**30), oo)),
    (sp.log(x - 10**7), sp.Interval.open(10**7, oo)),
    (x**sp.Rational(1, 3), sp.Interval(0, oo)),  # SymPy's principal root is complex at x < 0
    (sp.log(1 + sp.exp(x)) * sp.erf(x), sp.S.Reals),
])
def test_real_domain_by_hand(expr, want):
    got = real_domain(expr, x)
    assert got == want
    # and independently: mpmath at 40 digits is real just inside and not just outside
    with mpmath.workdps(40):
        for t in (mpmath.mpf(-10) ** 7, -3, -1.5, -0.5, -1e-31, 1e-31, 2e-30, 0.5, 1.5, 1e8):
            inside = got.contains(sp.Float(t, 40)) is sp.true
            fn = sp.lambdify(x, expr, "mpmath")
            subs = [sp.lambdify(x, s, "mpmath") for s in sp.preorder_traversal(expr)
                    if s.has(x) and s != x]
            real = True
            for g in [fn, *subs]:
                try:
                    v = g(mpmath.mpf(t))
                except (ZeroDivisionError, ValueError):
                    real = False
                    break
                if not mpmath.isfinite(v) or mpmath.im(v) != 0:
                    real = False
            assert real == inside, t


@pytest.mark.parametrize("expr", [sp.sqrt(sp.sin(x)), sp.tan(x), x**x, x / sp.sin(x)])
def test_domains_that_are_not_finitely_many_intervals_or_disputed_stay_undecided(expr):
    # solveset answers sin(x) >= 0 on one period only ([0, pi]): never trusted
    with pytest.raises(Undecided):
        Function.on_domain(expr, x)


def test_every_catalog_entry_is_defined_on_the_reals():
    scalars = [act for act in CATALOG if act.kind == "scalar"]
    assert len(scalars) >= 20
    for act in scalars:
        assert Function.on_domain(act.bind(), act.symbol).domain is sp.S.Reals, act.name
        if act not in BUILT_IN:
            continue  # symbolic: soft_root_sign's pole depends on beta/alpha (see its record)
        symbolic = act.bind(tuple(p.name for p in act.params))
        try:
            Function.of(symbolic, act.symbol)
        except Undecided:
            continue  # hardtanh's min_val, max_val: no order, no pieces (issue 13, item 4)
        assert Function.on_domain(symbolic, act.symbol).domain is sp.S.Reals, act.name


def _json(expr: str) -> dict:
    return json.loads(json.dumps(symact.properties(expr).to_dict()))


def _strings(v):
    if isinstance(v, dict):
        for w in v.values():
            yield from _strings(w)
    elif isinstance(v, list):
        for w in v:
            yield from _strings(w)
    elif isinstance(v, str):
        yield v


def test_sqrt_on_its_domain():
    d = _json("sqrt(x)")
    assert d["domain"] == "Interval(0, oo)"
    assert d["limits"] == {"+oo": "oo"} and d["saturates"] == {"+oo": True}
    assert d["range"]["lower"] == "0" and d["range"]["lower_closed"] is True
    assert d["range"]["upper"] == "oo"
    assert [(e["kind"], e["x"], e["value"]) for e in d["extrema"]] == [("min", "0", "0")]
    assert d["monotonic"] == "increasing" and d["convexity"] == "concave"
    assert d["symmetry"]["kind"] == "none"
    assert d["lipschitz"] == "oo"  # f'(x) = 1/(2 sqrt x) -> oo as x -> 0+
    # a complex value never appears (before: the limit at -oo was oo*I)
    assert not any("I" in s.replace("Interval", "").replace("Inf", "") for s in _strings(d))


def test_reciprocal_is_not_monotonic_across_its_gap():
    d = _json("1/x")
    assert d["domain"] == "Union(Interval.open(-oo, 0), Interval.open(0, oo))"
    # decreasing on each part, but f(-1) = -1 < f(1) = 1
    assert d["monotonic"] == "none"
    assert d["convexity"] == "none"  # the domain is not an interval
    assert d["symmetry"]["kind"] == "odd"
    assert d["continuity"] == "inf"  # continuous on its domain
    assert d["lipschitz"] == "oo"
    assert d["limits"] == {"-oo": "0", "+oo": "0"}
    assert "not in the domain" in d["value_at_zero"]["unknown"]


def test_point_symmetry_without_a_value_at_the_centre():
    # f(x) + f(-x) = 2 for 1/x + 1: symmetric about (0, 1), although f(0) is undefined
    d = _json("1/x + 1")
    assert d["symmetry"] == {"kind": "point", "center": ["0", "1"]}


def test_log_and_asin():
    d = _json("log(x)")
    assert d["domain"] == "Interval.open(0, oo)"
    assert (d["range"]["lower"], d["range"]["upper"]) == ("-oo", "oo")
    assert d["monotonic"] == "increasing" and d["limits"] == {"+oo": "oo"}
    # log's derivative from the output, exp(-y), is exact wherever x is in D_f
    assert d["derivative_from_output_loss"] in (None, "EmptySet") or "0.0}" not in str(
        d["derivative_from_output_loss"])
    a = _json("asin(x)")
    assert a["domain"] == "Interval(-1, 1)"
    assert a["limits"] == {} and a["saturates"] == {}
    assert (a["range"]["lower"], a["range"]["upper"]) == ("-pi/2", "pi/2")
    assert a["symmetry"]["kind"] == "odd"


def test_text_output_prints_sets_in_interval_notation():
    from symact.derive.text import show_text

    p = symact.properties("1/x")
    text = show_text(p.to_dict())
    assert "Interval" not in text and "Union(" not in text
    assert "(-oo, 0) ∪ (0, oo)" in text


def test_a_gap_that_is_an_interval():
    # |x| >= 1: decreasing to 0 at -1, increasing from 0 at 1; f' -> oo at both ends
    d = _json("sqrt(x**2 - 1)")
    assert d["domain"] == "Union(Interval(-oo, -1), Interval(1, oo))"
    assert d["monotonic"] == "none" and d["lipschitz"] == "oo" and d["continuity"] == "inf"
    assert d["symmetry"]["kind"] == "even"


@pytest.mark.parametrize("expr, lip, mono", [
    # x on x < -1, x + 3 on x > 1: the chord over the gap, (4 - (-1))/(1 - (-1)) = 5/2,
    # is the sup of |f(u) - f(v)|/|u - v|; within the parts the slope is 1
    ("Piecewise((x, x < -1), (x + 3, x > 1), (log(-1 - x**2), True))", "5/2", "increasing"),
    ("Piecewise((0, x < -1), (1, x > 1), (sqrt(-1 - x**2), True))", "1/2", "nondecreasing"),
    ("Piecewise((x, x < -1), (x - 3, x > 1), (sqrt(-1 - x**2), True))", "1", "none"),
])
def test_lipschitz_counts_the_chords_over_gaps(expr, lip, mono):
    d = _json(expr)
    assert d["domain"] == "Union(Interval.open(-oo, -1), Interval.open(1, oo))"
    assert d["lipschitz"] == lip and d["monotonic"] == mono


@pytest.mark.parametrize("expr, points, continuity", [
    # vertical tangents: (sqrt x)' = 1/(2 sqrt x) -> oo at 0; asin' = 1/sqrt(1 - x^2) at ±1
    ("sqrt(x)", ["0"], "inf"),
    ("asin(x)", ["-1", "1"], "inf"),
    # the signed square root is continuous at 0 with f' -> oo from both sides: C^0 only
    ("Piecewise((sqrt(x), x >= 0), (-sqrt(-x), True))", ["0"], 0),
    ("x*sqrt(x)", [], "inf"),  # (x^(3/2))' = (3/2) sqrt(x) -> 0: differentiable at 0
])
def test_infinite_derivatives_are_not_derivatives(expr, points, continuity):
    d = _json(expr)
    assert d["nondifferentiable_at"] == points
    assert d["continuity"] == continuity
