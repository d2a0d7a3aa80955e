"""Checker gaps closed this stop, on hand-written inputs: constant exponentials in the zero
test, contradictory bounds on one form, sample points on curves, vacuous regions."""

import sympy as sp

from symact.trust.regions import empty, pins
from symact.trust.replay import FORMAT, verify_certificate
from symact.trust.samples import sample
from symact.trust.zero import vanishes

x, y = sp.symbols("x y", real=True)
R = sp.Rational


def test_constant_exponentials_are_powers_of_one_atom():
    """log(1 + e^u) − log(1 + e^(−u)) = u with u = 5x − 7/4 written with e^(7/4) apart (a
    link of the prover's softplus certificates); E is e^1 as well."""
    assert vanishes(-sp.log(1 + sp.exp(R(7, 4)) * sp.exp(-5 * x))
                    + sp.log(sp.exp(-R(7, 4)) * sp.exp(5 * x) + 1) - (5 * x - R(7, 4)), sp.true)
    assert vanishes(sp.log(sp.E * sp.exp(x)) - x - 1, sp.true)
    assert vanishes(sp.exp(R(1, 2)) ** 2 - sp.E, sp.true)
    # softplus(u) = log 2 + u/2 + log cosh(u/2) at u = x/3 + 1, cosh as exponentials
    assert vanishes(sp.log(sp.E * sp.exp(x / 3) + 1) - x / 6 - R(1, 2)
                    - sp.log(sp.exp(R(1, 2)) * sp.exp(x / 6) + sp.exp(-R(1, 2))
                             * sp.exp(-x / 6)), sp.true)


def test_near_misses_with_constant_exponentials_are_not_shown():
    assert not vanishes(sp.log(1 + sp.E) - 1, sp.true)
    assert not vanishes(sp.exp(R(7, 4)) - sp.exp(R(7, 4) + R(1, 10**30)), sp.true)
    assert not vanishes(sp.log(1 + sp.exp(x)) - sp.log(sp.E + sp.exp(x + 1)) + 1
                        + R(1, 10**40), sp.true)


def test_bounds_on_one_form_that_leave_no_value_are_empty():
    assert empty(sp.Eq(x * y, 3) & (x * y <= -3))
    assert empty((x * y <= -3) & (3 < x * y))
    assert empty((-x * y >= 3) & (x * y > -3))
    assert not empty((x * y <= 3) & (3 <= x * y))  # x*y = 3
    assert not empty((-x * y >= 3) & (x * y >= -3))  # x*y = -3
    assert not empty(sp.Eq(x * y, 3) & (x * y >= -3))
    # written with the form's sign negated: 3 - x*y >= 0 is x*y <= 3, which x*y = 0 meets
    assert not empty(sp.Ge(3 - x * y, 0, evaluate=False) & (x * y > -3))
    assert empty(sp.Ge(-x * y - 3, 0, evaluate=False) & (x * y > -3))


def test_sample_points_lie_exactly_on_curves():
    for curve in (x * y - y + 1, -x**2 + y**2 + y):
        points, lower = sample(sp.Eq(curve, 0), {x, y})
        assert lower and len(points) >= 20, curve
        for p in points:
            assert sp.expand(curve.xreplace(p)) == 0, (curve, p)
            assert all(v.is_real for v in p.values())


def _cert(cases):
    return {"format": FORMAT, "claim": {"lhs": "Abs(exp(x))", "rhs": "exp(x)", "assume": ""},
            "status": "proved",
            "cases": [{"region": r, "steps": [{"expr": e, "rule": "hand"} for e in steps]}
                      for r, steps in cases], "counterexample": None}


def test_an_empty_region_is_vacuous_but_covers_nothing():
    good = _cert([("True", ["Abs(exp(x))", "exp(x)"]), ("exp(x) < -3", ["Abs(exp(x))", "7"])])
    check = verify_certificate(good)
    assert check.valid, check.reason
    only_empty = _cert([("exp(x) < -3", ["Abs(exp(x))", "exp(x)"])])
    assert not verify_certificate(only_empty).valid


def test_an_equation_of_exp_pins_its_variable():
    assert pins(sp.Eq(sp.exp(x), 3) & (y < 1)) == {x: sp.log(3)}
    assert pins(sp.Eq(sp.exp(x), -3)) == {}


def test_odd_and_even_functions_take_their_arguments_sign_out():
    assert vanishes(sp.atan(-x**2 - 1) + sp.atan(1 + x**2), sp.true)
    assert vanishes(sp.cos(-x - 1) - sp.cos(x + 1), sp.true)
    assert vanishes(sp.erf(1 - x) + sp.erf(x - 1), sp.true)
    assert not vanishes(sp.atan(-x) - sp.atan(x), sp.true)  # atan is odd, not even
    assert not vanishes(sp.cos(-x) + sp.cos(x), sp.true)
