"""Periodic and oscillating activations (issue 13, item 3), against hand derivations.

sin: range [-1, 1], max at pi/2 + 2k pi, min at 3pi/2 + 2k pi, |f'| = |cos| <= 1.
x + sin x: f' = 1 + cos x >= 0, zero only at pi + 2k pi: increasing, sup |f'| = 2.
Snake (a = 1): x + sin^2 x, f' = 1 + sin 2x >= 0: increasing, sup |f'| = 2.
x - 2 sin x: f'(0) = -1 < 0 < 3 = f'(pi): not monotonic, sup |f'| = 3.
sin(2222 x/100): period 100 pi/1111, sup |f'| = 2222/100.
"""

import json

import mpmath
import pytest
import sympy as sp

import symact
from symact.calculus import shape_of

x = sp.Symbol("x", real=True)
k = sp.Symbol("k", integer=True)


def _json(expr: str, budget: float = 10.0) -> dict:
    return json.loads(json.dumps(symact.properties(expr, budget=budget).to_dict()))


def test_sine_reasons_over_one_period():
    d = _json("sin(x)")
    r = d["range"]
    assert (r["lower"], r["upper"], r["lower_closed"], r["upper_closed"], r["exact"]) == (
        "-1", "1", True, True, True)
    fams = {e["kind"]: e for e in d["extrema"]}
    assert all(e["family"] for e in d["extrema"]) and set(fams) == {"min", "max"}
    # each family, at several k, lands on the value it claims (mpmath, 50 digits)
    with mpmath.workdps(50):
        for kind, want in (("min", -1), ("max", 1)):
            family = sp.sympify(fams[kind]["x"], locals={"k": k})
            for kk in (-7, 0, 3):
                t = family.subs(k, kk)
                assert abs(mpmath.sin(sp.N(t, 60)) - want) < mpmath.mpf(10) ** -45
            # and the family is the whole solution set of one period
            assert sp.simplify(family.subs(k, 0) - (sp.pi / 2 if want == 1 else 3 * sp.pi / 2)) == 0
    assert d["monotonic"] == "none" and d["convexity"] == "none"
    assert d["derivative_monotonic"] == "none"
    assert d["lipschitz"] == "1"
    assert d["limits"] == {"-oo": "nonexistent", "+oo": "nonexistent"}
    assert d["saturates"] == {"-oo": False, "+oo": False}


@pytest.mark.parametrize("expr, mono, lip", [
    ("x + sin(x)", "increasing", "2"),
    ("x + sin(x)**2", "increasing", "2"),  # Snake with a = 1
    ("x - 2*sin(x)", "none", "3"),
    ("-x + sin(x)/2", "decreasing", "3/2"),
])
def test_periodic_plus_linear(expr, mono, lip):
    d = _json(expr)
    assert d["monotonic"] == mono
    assert d["lipschitz"] == lip
    assert (d["range"]["lower"], d["range"]["upper"]) == ("-oo", "oo")
    assert d["extrema"] == []
    assert d["convexity"] == "none"


def test_high_frequency_sine():
    d = _json("sin(2222*x/100)")
    assert d["lipschitz"] == "1111/50"
    assert (d["range"]["lower"], d["range"]["upper"], d["range"]["exact"]) == ("-1", "1", True)
    assert shape_of(sp.sin(sp.Rational(2222, 100) * x), x).period == 100 * sp.pi / 1111


def test_composition_with_a_full_period_of_its_argument():
    # exp(x) takes every value in (0, oo): sin(exp(x)) reaches 1 at x = log(pi/2)
    d = _json("sin(exp(x))")
    r = d["range"]
    assert (r["lower"], r["upper"], r["lower_closed"], r["upper_closed"]) == ("-1", "1", True, True)
    assert d["takes_both_signs"] is True and d["monotonic"] == "none"
    with mpmath.workdps(30):
        assert mpmath.sin(mpmath.exp(mpmath.log(mpmath.pi / 2))) == 1 or abs(
            mpmath.sin(mpmath.exp(mpmath.log(mpmath.pi / 2))) - 1) < 1e-28


def test_sum_of_sine_and_cosine():
    d = _json("sin(x) + cos(x)")
    assert (d["range"]["lower"], d["range"]["upper"]) == ("-sqrt(2)", "sqrt(2)")
    fams = {e["kind"]: e["x"] for e in d["extrema"]}
    assert sp.simplify(sp.sympify(fams["max"], locals={"k": k}).subs(k, 0) - sp.pi / 4) == 0
    assert d["lipschitz"] == "sqrt(2)"


def test_not_periodic_is_never_read_as_periodic():
    # sin x + sin(sqrt(2) x) is quasi-periodic: sup 2 is not attained, so [-2, 2] would be
    # wrong; sin(x)**2 + cos(x)**2 is the constant 1
    assert shape_of(sp.sin(x) + sp.sin(sp.sqrt(2) * x), x) is None
    assert shape_of(sp.sin(x) ** 2 + sp.cos(x) ** 2, x) is None
    assert shape_of(x * sp.sin(x), x) is None  # x sin x: f(x + T) - f(x) is not constant
    d = _json("sin(x) + sin(sqrt(2)*x)", budget=3.0)
    r = d["range"]
    if "unknown" not in r and r["exact"]:
        assert (r["lower_closed"], r["upper_closed"]) == (False, False)


def test_squared_sine_families():
    d = _json("sin(x)**2")
    assert (d["range"]["lower"], d["range"]["upper"]) == ("0", "1")
    assert len(d["extrema"]) == 2  # one family each: the least period pi, not 2 pi
    fams = {e["kind"]: sp.sympify(e["x"], locals={"k": k}) for e in d["extrema"]}
    assert sp.simplify(fams["min"] - sp.pi * k) == 0
    assert sp.simplify(fams["max"] - (sp.pi * k + sp.pi / 2)) == 0
    assert d["symmetry"]["kind"] == "even"
