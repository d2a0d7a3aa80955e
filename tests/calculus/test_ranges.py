"""Image sets: disjointness with symbolic ends."""

import sympy as sp

from symact.calculus import disjoint

a = sp.Symbol("a", positive=True)


def test_disjoint_with_symbolic_ends() -> None:
    assert disjoint(sp.Interval.Lopen(-a, 0), sp.Interval.open(0, sp.oo))
    assert not disjoint(sp.Interval(-a, 0), sp.Interval(0, 1))
