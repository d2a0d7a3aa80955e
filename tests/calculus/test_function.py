"""Function records: pieces (split from core.pieces) and evaluation at a point."""

import pytest
import sympy as sp

from symact.calculus import Function
from symact.core.pieces import breakpoints, condition_set, split

x = sp.Symbol("x", real=True)
a = sp.Symbol("a", positive=True)


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


def test_function_at_uses_the_containing_piece() -> None:
    f = Function.of(sp.Piecewise((0, x <= 0), (x, True)), x).derivative()
    assert f.at(sp.S.Zero) == 0
