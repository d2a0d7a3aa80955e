"""symact.trust.linear: Fourier–Motzkin never drops a cell that has a solution.

Soundness is the direction that matters (a dropped feasible cell could hide a gap in the
coverage of a domain): every system built to hold at a random rational point must be found
feasible. Infeasible systems are hand-written.
"""

import sympy as sp
from hypothesis import example, given
from hypothesis import strategies as st

from symact.trust.linear import feasible

x, y, z = sp.symbols("x y z", real=True)
VARS = (x, y, z)
coef = st.integers(-3, 3)
point = st.tuples(*[st.fractions(-5, 5, max_denominator=6)] * 3)
rows = st.lists(st.tuples(coef, coef, coef, coef, st.booleans()), min_size=1, max_size=6)


@given(point, rows)
@example((0, 0, 0), [(1, -1, 0, 0, True), (0, 1, -1, 0, True), (1, 0, -1, 0, False)])
def test_a_system_that_holds_at_a_point_is_feasible(p, system):
    at = dict(zip(VARS, map(sp.Rational, p), strict=True))
    cell = {}
    for a, b, c, d, weak in system:
        f = a * x + b * y + c * z + d
        v = f.xreplace(at)
        if v == 0:
            rel = sp.Ge(f, 0) if weak else sp.Eq(f, 0)
        elif weak:
            rel = sp.Ge(f, 0) if v > 0 else sp.Le(f, 0)
        else:
            rel = sp.Gt(f, 0) if v > 0 else sp.Lt(f, 0)
        if isinstance(rel, sp.core.relational.Relational):
            cell[rel] = True
            cell[sp.Eq(f + 1, 0)] = v + 1 == 0  # a false equation: f + 1 != 0 at the point
    assert feasible(cell)


def test_contradictions_are_found():
    assert not feasible({x - y < 0: True, y - z < 0: True, sp.Eq(x - z, 0): True})
    assert not feasible({x + y > 1: True, x < 0: True, y <= 1: True})
    assert not feasible({sp.Eq(x, y): False, x <= y: True, y <= x: True})  # x != y, x = y
    assert not feasible({x - y >= 0: False, y - x > 0: False})
    assert feasible({x - y >= 0: False, y - z > 0: False})
    assert feasible({x * y > 0: True, x + y < 0: True})  # not linear: left out
