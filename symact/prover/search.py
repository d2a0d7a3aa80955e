"""The numeric search for a counterexample to a claim, over sample points.

Each point is compared by :func:`.evidence.compare` (the certification rule is stated
there); the first certified difference is the counterexample, a point where only one side
has a value the fallback. Differences too small for the first precision (``x·e^-1000``)
are found through the symbolic residual, which says where to look and at how many digits.

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> first_difference(sp.Abs(x), x, [{"x": sp.Integer(2)}, {"x": sp.Integer(-3)}]).point
{'x': '-3.0'}
"""

from __future__ import annotations

from .enclosure import DPS, MAX_DPS
from .evidence import compare, conflict, env, magnitude, witness
from .verdict import Counterexample


def first_difference(lhs, rhs, points) -> Counterexample | None:
    """First point where the values differ; a point where only one side is defined is the
    fallback (a value gap is the clearer counterexample)."""
    fallback = None
    for pt in points:
        out = compare(lhs, rhs, env((lhs, rhs), pt))
        if out.estimated:
            continue  # a numeric limit estimate is not a confirmation
        if out.kind == "differ":
            return witness(out, pt)
        if out.kind == "undefined" and fallback is None:
            fallback = witness(out, pt)
    return fallback


def residual_search(lhs, rhs, residuals, points) -> Counterexample | None:
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
            out = conflict(lhs, rhs, pt, start_dps=dps)
            if out is not None:
                return witness(out, pt)
    return None
