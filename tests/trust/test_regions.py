"""symact.trust.regions: implication, coverage, branch resolution and sample points, exactly."""

import pytest
import sympy as sp

from symact.errors import Undecided
from symact.trust.regions import implies, resolve, uncovered
from symact.trust.samples import sample

x, y, a = sp.symbols("x y a", real=True)
R = sp.Rational


@pytest.mark.parametrize(("premise", "cond", "expected"), [
    (x > 1, x >= 0, True),
    (x > 1, x < 0, False),
    (x > -1, x >= 0, None),
    (sp.Eq(x, 0), x <= 0, True),
    (sp.Eq(x, 0), x < 0, False),
    (x >= -sp.exp(-1), x >= -1, True),  # an irrational endpoint, ordered exactly
    (x >= -sp.exp(-1), x > -sp.exp(-1), None),  # x = -1/e itself
    (sp.Eq(x, sp.sqrt(2)), sp.Eq(x**2, 2), True),
    (x**2 < 1, x > -1, True),
    (sp.And(x > 0, x < 1), sp.Or(x < R(1, 3), x >= R(1, 3)), True),
    (sp.Ne(x, 0) & (x >= 0), x > 0, True),
    (x < y, x < y, True),
    (sp.true, sp.Eq(R(1, 3), R(2, 6)), True),
])
def test_implies(premise, cond, expected):
    assert implies(premise, cond) is expected


def test_several_variables_take_every_sign_sound_but_not_complete():
    # x^2 + y^2 < 1 implies x < 1, but a nonlinear relation in two variables may take any
    # sign for all the cells know: not shown
    assert implies(x**2 + y**2 < 1, x < 1) is None


@pytest.mark.parametrize(("premise", "cond", "expected"), [
    (sp.And(x < y, y < 0), x < 0, True),  # linear: x < y < 0
    (sp.And(x - y < 0, y - a < 0), sp.Eq(x - a, 0), False),
    (sp.And(x <= y, y <= a, a <= x), sp.Eq(x, y), True),
    (sp.And(x + y > 1, x < 0), y > 1, True),
    (sp.And(x + y > 1, x < 1), y > 0, True),
    (sp.And(x + y > 1, x <= 1), y > 0, True),  # y > 1 - x >= 0
    (sp.And(x + y > 1, x < 2), y > 0, None),  # x = 3/2: y = 1/4 or y = -1/4
    (sp.And(x < y, sp.Ne(x, 0)), y > 0, None),
])
def test_linear_relations_in_several_variables_are_combined(premise, cond, expected):
    assert implies(premise, cond) is expected


def test_uncovered_drops_contradictory_orders():
    z = sp.Symbol("z", real=True)
    regions = [sp.And(f(x - y, 0), g(y - z, 0), h(x - z, 0))
               for f in (sp.Lt, sp.Eq, sp.Gt) for g in (sp.Lt, sp.Eq, sp.Gt)
               for h in (sp.Lt, sp.Eq, sp.Gt)]
    possible = [r for r in regions if uncovered(r, []) is not None]
    assert len(possible) == 13  # the orders of three numbers, ties included
    assert uncovered(sp.true, possible) is None
    assert uncovered(sp.true, possible[1:]) is not None


def test_what_cannot_be_split_is_undecided_not_guessed():
    # not polynomial: either truth value is possible for all the cells know
    assert implies(sp.exp(x) + x > 2, x > 0) is None
    assert implies((x > 1) & sp.Ne(sp.LambertW(x), 0), x > 0) is True
    assert uncovered(x > 0, [sp.Ne(sp.LambertW(x), 0)]) is not None  # W(x) = 0 not excluded
    with pytest.raises(Undecided, match="closed form"):
        implies(x**5 - x - 1 > 0, x > 0)


@pytest.mark.parametrize(("domain", "regions", "covered"), [
    (sp.true, [x < 0, sp.Eq(x, 0), x > 0], True),
    (sp.true, [x < 0, x > 0], False),  # misses x = 0
    (sp.Ne(x, 0), [x < 0, x > 0], True),
    (sp.true, [x <= 0, x > R(1, 10**9)], False),
    (sp.And(a > 0, a < 1), [a < R(1, 2), a >= R(1, 2)], True),
    (x >= -sp.exp(-1), [x < 0, x >= 0], True),
    (sp.true, [sp.true], True),
    (sp.true, [sp.And(x >= 0, y < 1), x < 0], False),  # misses x >= 0, y >= 1
    (sp.true, [sp.And(x >= 0, y < 1), sp.And(x >= 0, y >= 1), x < 0], True),
    (sp.true, [x < y, x >= y], True),
    (sp.true, [x < y, x > y], False),
])
def test_uncovered(domain, regions, covered):
    assert (uncovered(domain, regions) is None) is covered


@pytest.mark.parametrize(("expr", "where", "expected"), [
    (sp.Abs(x), x < 0, -x),
    (sp.Abs(x), x >= 0, x),
    (sp.sign(x) ** 2, sp.Ne(x, 0) & (x > 0), sp.Integer(1)),
    (sp.Max(0, x), sp.Eq(x, 0), sp.Integer(0)),
    (sp.Piecewise((0, x <= 0), (x, True)) * y, sp.Eq(x, 0), sp.Integer(0)),
    (sp.Heaviside(x), x > 0, sp.Integer(1)),
    (sp.Heaviside(x, 1), sp.Eq(x, 0), sp.Integer(1)),
    (sp.Min(x, 3), x < -sp.exp(-1), x),
])
def test_resolve_picks_the_branch_the_region_decides(expr, where, expected):
    assert resolve(expr, where) == expected


def test_resolve_refuses_what_the_region_does_not_decide():
    with pytest.raises(Undecided, match="does not decide"):
        resolve(sp.Max(0, x), sp.true)


def test_sample_points_satisfy_the_region_exactly():
    for where in (x > 0, sp.And(x > 0, x < R(1, 1000)), x >= -sp.exp(-1), sp.Ne(x, 0),
                  sp.And(x > 0, y < x)):
        points, lower = sample(where, where.free_symbols)
        assert len(points) >= 20 and not lower
        assert all(where.xreplace(p) is sp.true for p in points)
        # rationals, or the exact endpoints of the region (-1/e)
        assert all(v.is_Rational or v == -sp.exp(-1) for p in points for v in p.values())


def test_sample_a_point_region():
    assert sample(sp.Eq(x, 0), {x}) == ([{x: 0}], True)
    points, lower = sample(sp.Eq(x, -sp.exp(-1)), {x})  # an exact, irrational point
    assert points == [{x: -sp.exp(-1)}] and lower
    points, lower = sample(sp.And(sp.Eq(x, 0), y > 0), {x, y})
    assert lower and len(points) >= 20 and all(p[x] == 0 for p in points)


@pytest.mark.parametrize(("premise", "cond", "expected"), [
    ((x < 0) & (y < 0), x * y > 0, True),
    ((x < 0) & (y < 0), x * y >= 0, True),
    ((x > 0) & (y < 0), x * y < 0, True),
    ((a > 0) & (a < 1) & (y < 0), a * y < 0, True),
    ((x < 0) & sp.Eq(y, 0), sp.Eq(x * y, 0), True),
    (x > 0, x * y > 0, None),  # y of any sign
    ((x > 1) & (y > -1), (x - 1) * (y + 1) ** 2 > 0, True),
    ((x > 1) & (y < -1), (x - 1) * (y + 1) > 0, False),
])
def test_products_of_one_variable_factors_take_the_signs_of_their_factors(premise, cond,
                                                                          expected):
    assert implies(premise, cond) is expected


@pytest.mark.parametrize(("premise", "cond", "expected"), [
    (x < 0, sp.exp(x) <= 1, True),
    (x > 0, sp.exp(x) <= 1, False),
    (x >= 0, sp.exp(x) < 1, False),
    (x > -1, sp.exp(x) > sp.exp(-1), True),
    (sp.true, 2 * sp.exp(x) + 1 > 0, True),
    (x > sp.log(2), 3 - 2 * sp.exp(x) < 0, True),  # exp(x) > 3/2 for x > log 2 > log 3/2
    (x > 0, 3 - 2 * sp.exp(x) < 0, None),
])
def test_relations_of_a_exp_u_plus_b_are_read_through_the_logarithm(premise, cond, expected):
    assert implies(premise, cond) is expected


def test_pins_and_emptiness():
    from symact.trust.regions import empty, pins
    assert pins(sp.Eq(x, 2) & (y > 0)) == {x: 2}
    assert pins((x <= y) & (x - y >= 0)) == {x: y}  # x = y in several variables
    assert pins((x <= y) & (y > 0)) == {}
    assert pins((x < 0) & (x * y >= 0) & (y >= 0)) == {y: 0}  # a factor the region makes 0
    assert empty((x < 0) & (x > 1)) and empty((x < 0) & (y < 0) & (x * y < 0))
    assert not empty((x < 0) & (y > 0)) and not empty(x < y)
    assert resolve(sp.Max(x, y) - sp.Min(x, y), (x <= y) & (x >= y)) == 0
