"""The limits of a function at the infinite ends of its domain.

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> end_limits(Function.of(sp.tanh(x), x))
{'-oo': -1, '+oo': 1}
"""

from __future__ import annotations

import sympy as sp

from ..errors import Undecided
from .function import Function
from .limits import NONEXISTENT, limit


def end_limits(f: Function) -> dict[str, sp.Expr]:
    """The limits at the infinite ends the domain reaches (``{"-oo": .., "+oo": ..}`` on the
    real line, ``{"+oo": ..}`` for sqrt); a limit that is not real is Undecided."""
    x = f.x
    out: dict[str, sp.Expr] = {}
    first, last = f.pieces[0], f.pieces[-1]
    for key, p, end, side in (("-oo", first, sp.S.NegativeInfinity, "+"),
                              ("+oo", last, sp.S.Infinity, "-")):
        if p.is_point or (p.interval.inf if side == "+" else p.interval.sup) != end:
            continue
        v = limit(p.expr, x, end, side)
        if v is not NONEXISTENT and (v.has(sp.I) or v.is_extended_real is False):
            raise Undecided(f"the limit of {p.expr} at {end} is {v}, not real")
        out[key] = v
    return out
