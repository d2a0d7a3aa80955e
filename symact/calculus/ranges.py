"""The image (range) of a piecewise function: its inf and sup, attained or not, and the set.

On each piece the candidates are the values at closed ends, the one-sided limits at open or
infinite ends, and the values at the critical points (zeros of f'); the piece's inf and sup are
the extreme candidates, and a bound is attained when an attained candidate ties with it. The
image of f is the extreme over the pieces; :mod:`.images` joins the pieces' images into a set
with :func:`~symact.calculus.numbers.compare` (which orders symbolic ends).

>>> from sympy import Symbol, tanh
>>> from symact.calculus import Function, image
>>> x = Symbol("x", real=True)
>>> lo, hi = image(Function.of(tanh(x), x))
>>> (lo.value, lo.attained, hi.value, hi.attained)
(-1, False, 1, False)
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

import mpmath
import sympy as sp

from ..core import Piece
from ..errors import Undecided
from .function import Function, diff, finite_subs
from .limits import NONEXISTENT, limit
from .numbers import compare, mp_value
from .roots import Zeros, zeros
from .simplify import nice


@dataclass(frozen=True)
class Bound:
    """One end of an image: value, whether attained, where, and whether exact."""

    value: sp.Expr
    attained: bool
    where: tuple[sp.Basic, ...] = ()
    exact: bool = True


def piece_image(p: Piece, x: sp.Symbol, crit: Zeros | None) -> tuple[Bound, Bound]:
    """(inf, sup) of a piece on its interval, from end values/limits and critical points."""
    if p.is_point:
        v = p.expr.subs(x, next(iter(p.interval)))
        b = Bound(v, True, (p.interval,))
        return b, b
    if (crit is not None and crit.everywhere) or not p.expr.has(x):
        b = Bound(p.expr, True, (p.interval,))
        return b, b
    s: sp.Interval = p.interval
    cands: list[Bound] = []
    for end, is_open, direction in ((s.inf, s.left_open, "+"), (s.sup, s.right_open, "-")):
        if end.is_infinite:
            v = limit(p.expr, x, end, direction)
            if v is NONEXISTENT:
                raise Undecided(f"{p.expr} has no limit at {end}")
            cands.append(Bound(v, False))
        elif is_open:
            cands.append(Bound(limit(p.expr, x, end, direction), False))
        else:
            try:
                cands.append(Bound(sp.simplify(finite_subs(p.expr, x, end)), True, (end,)))
            except Undecided:
                # infinite at a closed end of the domain (sqrt' at 0): the one-sided limit
                cands.append(Bound(limit(p.expr, x, end, direction), False))
    for c in (crit.points if crit else ()):
        v = finite_subs(p.expr, x, c)
        cands.append(Bound(v if not crit.exact else nice(v), True, (c,), crit.exact))
    return _extreme(cands, -1), _extreme(cands, 1)


def _extreme(cands: Sequence[Bound], direction: int) -> Bound:
    best = cands[0]
    ties = [best]
    for c in cands[1:]:
        k = compare(c.value, best.value) * direction
        if k > 0:
            best, ties = c, [c]
        elif k == 0:
            ties.append(c)
    attained = [t for t in ties if t.attained]
    where = tuple(w for t in attained for w in t.where)
    value = next((t.value for t in ties if t.exact), best.value)
    exact = any(t.exact for t in ties)
    return Bound(value, bool(attained), where, exact)


def critical_points(f: Function) -> list[Zeros | None]:
    """Zeros of f' inside each interval piece (None for single-point pieces)."""
    return [None if p.is_point else zeros(diff(p.expr, f.x), f.x, p.interval)
            for p in f.pieces]


def image(f: Function, crit: Sequence[Zeros | None] | None = None) -> tuple[Bound, Bound]:
    """inf and sup of f over the real line (with attainment); needs continuity per piece."""
    if crit is None:
        crit = critical_points(f)
    ends = [piece_image(p, f.x, c) for p, c in zip(f.pieces, crit, strict=True)]
    return _extreme([e[0] for e in ends], -1), _extreme([e[1] for e in ends], 1)


# One part of an image as (lo, hi, lo included, hi included).
_Ends = tuple[sp.Expr, sp.Expr, bool, bool]


def _ends(s: sp.Set) -> _Ends:
    if isinstance(s, sp.FiniteSet):
        (v,) = s
        return v, v, True, True
    return s.inf, s.sup, not s.left_open, not s.right_open


def _merge(parts: list[sp.Set]) -> list[sp.Set]:
    """Join touching or overlapping intervals with our own comparisons (SymPy's Union
    cannot order symbolic ends such as -alpha and 0)."""
    items = [_ends(p) for p in parts]
    items.sort(key=functools.cmp_to_key(_by_lower_end))
    out: list[_Ends] = []
    for lo, hi, lc, hc in items:
        if out:
            plo, phi, plc, phc = out[-1]
            c = compare(lo, phi)
            if c < 0 or (c == 0 and (lc or phc)):
                if compare(hi, phi) > 0:
                    out[-1] = (plo, hi, plc, hc)
                elif compare(hi, phi) == 0:
                    out[-1] = (plo, phi, plc, phc or hc)
                continue
        out.append((lo, hi, lc, hc))
    return [sp.FiniteSet(lo) if compare(lo, hi) == 0 else sp.Interval(lo, hi, not lc, not hc)
            for lo, hi, lc, hc in out]


def _by_lower_end(a: _Ends, b: _Ends) -> int:
    """Order by lower end (with our compare); at equal ends an included end comes first."""
    return compare(a[0], b[0]) or (0 if a[2] == b[2] else (-1 if a[2] else 1))


def disjoint(a: sp.Set, b: sp.Set) -> bool:
    """No common point, decided with ``compare`` (works for symbolic ends)."""
    alo, ahi, alc, ahc = _ends(a)
    blo, bhi, blc, bhc = _ends(b)
    if compare(ahi, blo) < 0 or compare(bhi, alo) < 0:
        return True
    if compare(ahi, blo) == 0:
        return not (ahc and blc)
    if compare(bhi, alo) == 0:
        return not (bhc and alc)
    return False


def end_value(b: Bound) -> sp.Expr:
    """The bound's value: exact, or a 30-digit Float for a numeric one."""
    if b.exact or b.value.is_infinite:
        return b.value
    return sp.Float(mpmath.nstr(mp_value(b.value), 30), 30)
