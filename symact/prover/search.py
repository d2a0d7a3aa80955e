"""The numeric search for a counterexample to a claim, over sample points.

Each point is compared by :func:`.evidence.compare` (the certification rule is stated
there); the first certified difference is the counterexample; a point where only one side
has a value is not one (:mod:`.domain`). Differences too small for the first precision
(``x·e^-1000``) are found through the symbolic residual, which says where to look and at
how many digits.

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> first_difference(sp.Abs(x), x, [{"x": sp.Integer(2)}, {"x": sp.Integer(-3)}]).point
{'x': '-3.0'}
"""

from __future__ import annotations

from .enclosure import DPS, MAX_DPS
from .evidence import certify, conflict, env, magnitude, rational_points, witness
from .verdict import Counterexample


def first_difference(lhs, rhs, points, conditions=()) -> Counterexample | None:
    """First point where the values are certified to differ: the interval comparison finds
    it, the trusted base's arb balls confirm it at the exact (rational) point, where the
    assumptions' ``conditions`` hold exactly. A point where only one side has a value is a
    domain difference, never a counterexample: claims are decided where both sides are
    defined (:mod:`.domain`)."""
    for pt in points:
        found = _certified(lhs, rhs, pt, conditions)
        if found is not None:
            return found
    return None


def _certified(lhs, rhs, pt, conditions, start_dps: int = DPS) -> Counterexample | None:
    """The counterexample at ``pt``, or at a rational point next to it (an irrational
    breakpoint's neighbour), when the comparison and the arb balls both say so."""
    if conflict(lhs, rhs, pt, start_dps=start_dps) is None:
        return None
    for exact in rational_points(pt):
        out = conflict(lhs, rhs, exact, start_dps=start_dps)
        if out is not None and certify(lhs, rhs, exact, conditions, out.dps):
            return witness(out, exact)
    return None


def residual_search(lhs, rhs, residuals, points, conditions=()) -> Counterexample | None:
    """Differences too small for 60 digits (e^-1000): the symbolic residual says where it is
    largest relative to the sides and how many digits it takes; the claim itself is then
    compared there at that precision."""
    for residual, _case in residuals:
        if residual is None or residual == 0:
            continue
        ranked = []
        for pt in points:
            try:
                mag = magnitude(residual, env((residual,), pt), max_dps=16 * DPS)
                size = magnitude(lhs, env((lhs,), pt), max_dps=DPS) or 0
            except ArithmeticError:
                continue
            if mag is not None:
                ranked.append((mag - max(size, 0), pt))
        ranked.sort(key=lambda r: -r[0])
        for gap, pt in ranked[:6]:
            dps = DPS + max(0, -gap)
            if dps > MAX_DPS:
                break
            found = _certified(lhs, rhs, pt, conditions, dps)
            if found is not None:
                return found
    return None
