"""The calculus engine's building blocks: pieces, conditions, zeros, limits, comparison."""

import mpmath
import pytest
import sympy as sp

from symact.calculus.analysis import (
    NONEXISTENT,
    Function,
    Undecided,
    compare,
    disjoint,
    limit,
    zeros,
)
from symact.core.pieces import breakpoints, condition_set, split

x = sp.Symbol("x", real=True)
a = sp.Symbol("a", positive=True)
R = sp.Interval(-sp.oo, sp.oo)


def test_split_orders_pieces_and_keeps_closedness() -> None:
    pieces = split(sp.Max(0, sp.Min(x, 6)), x)
    assert [(p.expr, p.interval) for p in pieces] == [
        (0, sp.Interval(-sp.oo, 0)), (x, sp.Interval.open(0, 6)), (6, sp.Interval(6, sp.oo))]
    assert breakpoints(pieces) == [0, 6]


def test_split_with_symbolic_breakpoints() -> None:
    pieces = split(sp.Piecewise((x + a, x < -a), (0, x <= a), (x - a, True)), x)
    assert [p.interval for p in pieces] == [sp.Interval.open(-sp.oo, -a),
                                            sp.Interval(-a, a), sp.Interval.open(a, sp.oo)]


def test_heaviside_point_piece() -> None:
    pieces = split(sp.Heaviside(x), x)
    assert [p.expr for p in pieces] == [0, sp.S.Half, 1]
    assert pieces[1].is_point


def test_condition_set_refuses_nonlinear() -> None:
    with pytest.raises(ValueError, match="not linear"):
        condition_set(x**2 < 1, x)


def test_zeros_exact_numeric_and_identified() -> None:
    assert zeros(sp.diff(x / (1 + sp.exp(-x)), x), x, R).points == (
        -1 - sp.LambertW(sp.exp(-1)),)
    z = zeros(sp.erf(x) + 2 * x * sp.exp(-x**2) / sp.sqrt(sp.pi), x, R)
    assert z.exact and z.points == (0,)
    gelu_slope = sp.diff(x * (1 + sp.erf(x / sp.sqrt(2))) / 2, x)
    z = zeros(gelu_slope, x, R)
    assert not z.exact and len(z.points) == 1
    with mpmath.workdps(50):
        root = mpmath.findroot(lambda t: t * mpmath.npdf(t) + mpmath.ncdf(t), -0.75)
        assert abs(mpmath.mpf(str(sp.N(z.points[0], 45))) - root) < mpmath.mpf("1e-40")


def test_decaying_tails_are_not_zeros() -> None:
    assert zeros(1 - sp.tanh(x) ** 2, x, R).points == ()
    assert zeros(sp.exp(-x**2), x, R).points == ()


def test_limits() -> None:
    assert limit(sp.tanh(x), x, sp.oo, "-") == 1
    assert limit(sp.sin(x), x, sp.oo, "-") is NONEXISTENT
    assert limit(x * sp.tanh(sp.log(1 + sp.exp(x))), x, -sp.oo, "+") == 0


def test_compare_exact_numeric_and_symbolic() -> None:
    assert compare(sp.pi, sp.Rational(355, 113)) == -1
    assert compare(sp.exp(sp.LambertW(1)), 1 / sp.LambertW(1)) == 0
    assert compare(-a, 0) == -1
    with pytest.raises(Undecided):
        compare(a, 1)


def test_disjoint_with_symbolic_ends() -> None:
    assert disjoint(sp.Interval.Lopen(-a, 0), sp.Interval.open(0, sp.oo))
    assert not disjoint(sp.Interval(-a, 0), sp.Interval(0, 1))


def test_function_at_uses_the_containing_piece() -> None:
    f = Function.of(sp.Piecewise((0, x <= 0), (x, True)), x).derivative()
    assert f.at(sp.S.Zero) == 0
