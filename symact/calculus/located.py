"""The zeros of an isolation as numbers, and the proved sign of h between them.

``locate`` matches each isolating box with SymPy's exact candidates (one inside: that is the
zero, exact), refines the others numerically inside their box, and proves the sign of h on
every gap between the zeros with the balls at a point of the gap (a box end where the
isolation decided the sign, or the middle).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

import sympy as sp
from flint import arb, ctx

from ..trust import CannotEvaluate, value
from .boxes import Box, Indeterminate, Unsupported, box_function
from .isolate import Isolation, fraction


@dataclass(frozen=True)
class Located:
    """The zeros of an isolation as numbers (exact where SymPy's candidate is the only one
    in its box), and the proved sign of h on each gap between them (len(points) + 1)."""

    points: tuple[sp.Expr, ...]
    exact: bool
    signs: tuple[int, ...]


def locate(h: sp.Expr, x: sp.Symbol, iso: Isolation, interval: sp.Interval,
           candidates: list[sp.Expr] | None,
           refine: Callable[[sp.Expr, Fraction, Fraction], sp.Expr]) -> Located | None:
    """Match the boxes with exact candidates, refine the others, prove the gap signs."""
    owner = dict(zip(iso.boxes, iso.owners, strict=True))
    enclosures = sorted([(b, False) for b in iso.boxes] + [((p, p), True) for p in iso.points])
    used = 0
    points: list[sp.Expr] = []
    exact = True
    for (lo, hi), is_point in enclosures:
        if is_point:
            points.append(sp.Rational(lo.numerator, lo.denominator))
            continue
        inside = [c for c in candidates or () if _inside(c, lo, hi)]
        g = owner[lo, hi]  # the factor that changes sign in this box
        if len(inside) == 1 and _pinned(g, x, inside[0]):
            points.append(inside[0])
            used += 1
        else:
            points.append(refine(g, lo, hi))
            exact = False
    cands = [c for c in candidates or () if not _outside(c, interval)]
    if candidates is not None and used + len(iso.points) < len(cands):
        return None  # SymPy lists a zero that the boxes exclude: trust neither
    try:
        signs = _gap_signs(h, x, [e[0] for e in enclosures], interval)
    except ValueError:  # an irrational interval end
        return None
    if signs is None:
        return None
    return Located(tuple(points), exact, signs)


def _inside(c: sp.Expr, lo: Fraction, hi: Fraction) -> bool:
    try:
        b = Box.ball(value(c))
    except (CannotEvaluate, TypeError):
        return False
    return bool(b.lo > Box.of(lo, lo).lo and b.hi < Box.of(hi, hi).hi)


def _pinned(h: sp.Expr, x: sp.Symbol, c: sp.Expr) -> bool:
    """SymPy's candidate is the box's zero: the box's factor h changes sign (proved by the
    balls) between rationals 2^-100 (relative) either side of it. A spurious solveset answer
    in the box would need the true zero within 2^-100 of it."""
    try:
        b = value(c, 200)
        fn = box_function(h, x)
    except (CannotEvaluate, Unsupported, TypeError):
        return False
    with ctx.workprec(640):  # the ends to the ball's own precision, not the ambient 53 bits
        lo, hi = _rational(b.lower()), _rational(b.upper())
    width = (abs(lo) + 1) / 2**100  # exact: no rounding of c ± width
    u, v = lo - width, hi + width
    try:
        su = fn(Box.of(u, u)).sign()
        sv = fn(Box.of(v, v)).sign()
    except Indeterminate:
        return False
    return su * sv < 0


def _rational(a: arb) -> Fraction:
    """The exact value of an exact arb (a dyadic number)."""
    m, e = a.mid().man_exp()
    return Fraction(int(m)) * (Fraction(2) ** int(e))


def _outside(c: sp.Expr, interval: sp.Interval) -> bool:
    return interval.contains(c) is not sp.true


def _gap_signs(h: sp.Expr, x: sp.Symbol, enclosures: list[tuple[Fraction, Fraction]],
               interval: sp.Interval) -> tuple[int, ...] | None:
    """The sign of h on each gap, at a point of the closed gap where the balls decide it."""
    try:
        fn = box_function(h, x)
    except Unsupported:
        return None
    a, b = interval.inf, interval.sup
    edges: list[tuple[Fraction | None, Fraction | None]] = []
    left = None if a.is_infinite else fraction(a)
    for lo, hi in enclosures:
        edges.append((left, lo))
        left = hi
    edges.append((left, None if b.is_infinite else fraction(b)))
    signs = []
    for u, v in edges:
        tries = [t for t in _gap_points(u, v, a, b)]
        s = 0
        for t in tries:
            try:
                s = fn(Box.of(t, t)).sign()
            except Indeterminate:
                s = 0
            if s:
                break
        if not s:
            return None
        signs.append(s)
    return tuple(signs)


def _gap_points(u: Fraction | None, v: Fraction | None, a: sp.Expr,
                b: sp.Expr) -> list[Fraction]:
    """Points of a gap to sample: its middle, then its ends that are not interval ends
    (those are box ends, where h is non-zero)."""
    if u is None and v is None:
        return [Fraction(0), Fraction(1), Fraction(-1)]
    if u is None:
        return [v - 1, v - Fraction(1, 2**20), v]
    if v is None:
        return [u + 1, u + Fraction(1, 2**20), u]
    out = [(u + v) / 2, (3 * u + v) / 4, (u + 3 * v) / 4]
    out += [t for t, end in ((u, a), (v, b)) if end.is_infinite or t != fraction(end)]
    return out
