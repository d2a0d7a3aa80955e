"""The image of a piecewise function piece by piece, oscillating pieces included.

:func:`piece_images` reads each piece from its critical points (:mod:`.ranges`) or, where f'
oscillates for ever toward an infinite end, from :func:`~.windows.oscillating_image`;
:func:`combined` takes the extreme over the pieces and :func:`union` the set.

>>> import sympy as sp
>>> from symact.calculus import Function
>>> x = sp.Symbol("x", real=True)
>>> parts = piece_images(Function.of(x * sp.sin(x), x))
>>> union(parts)
Interval(-oo, oo)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sympy as sp

from .function import Function, diff
from .numbers import compare
from .oscillation import Oscillating
from .ranges import Bound, _extreme, _merge, end_value, piece_image
from .roots import zeros
from .windows import oscillating_image


@dataclass(frozen=True)
class PieceImage:
    """inf and sup of one piece, whether every candidate was exact, and how they were had."""

    lo: Bound
    hi: Bound
    exact: bool
    how: str


def piece_images(f: Function) -> tuple[PieceImage, ...]:
    """Each piece's image; an oscillating piece by its sequences or its window."""
    out = []
    for p in f.pieces:
        if p.is_point:
            lo, hi = piece_image(p, f.x, None)
            out.append(PieceImage(lo, hi, True, ""))
            continue
        try:
            crit = zeros(diff(p.expr, f.x), f.x, p.interval)
        except Oscillating as exc:
            lo, hi, how = oscillating_image(p, f.x, str(exc))
            out.append(PieceImage(lo, hi, lo.exact and hi.exact, how))
            continue
        lo, hi = piece_image(p, f.x, crit)
        out.append(PieceImage(lo, hi, crit.exact, crit.how))
    return tuple(out)


def combined(parts: Sequence[PieceImage]) -> tuple[Bound, Bound]:
    """inf and sup of f over all pieces (with attainment)."""
    return _extreme([p.lo for p in parts], -1), _extreme([p.hi for p in parts], 1)


def union(parts: Sequence[PieceImage]) -> sp.Set:
    """The image as a union of the pieces' images (hardshrink: three parts)."""
    sets = []
    for p in parts:
        if compare(p.lo.value, p.hi.value) == 0:
            sets.append(sp.FiniteSet(p.lo.value))
        else:
            sets.append(sp.Interval(end_value(p.lo), end_value(p.hi), not p.lo.attained,
                                    not p.hi.attained))
    return sp.Union(*_merge(sets))
