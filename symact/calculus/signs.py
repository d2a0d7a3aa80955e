"""The sign of an expression on an interval, between its zeros.

``sign_on(h, x, interval)`` takes the zeros of :func:`~symact.calculus.roots.zeros`: with an
interval certificate their proved signs, else ``h`` sampled between consecutive zeros. An h
that oscillates for ever (its zeros cannot be listed) is "mixed" when ball arithmetic proves
h < 0 and h > 0 at two exact points (:func:`~symact.calculus.oscillation.both_signs`).

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> R = sp.Interval(-sp.oo, sp.oo)
>>> sign_on(x**2, x, R)[:2]
('nonnegative', True)
>>> sign_on(x * sp.cos(x), x, R)[:2]
('mixed', True)
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import sympy as sp

from ..errors import Undecided
from .numbers import TINY, ParameterSign, compare, mp_value
from .oscillation import Oscillating, both_signs
from .roots import zeros


def sign_on(h: sp.Expr, x: sp.Symbol, interval: sp.Set) -> tuple[str, bool, str]:
    """Sign of h on the interval's interior: ("positive"|"negative"|"zero"|"nonnegative"
    |"nonpositive"|"mixed", exact, how). "positive" means no zero inside; isolated zeros give
    "nonnegative" (or "nonpositive"), which callers treat as strictly monotone. An h that
    oscillates for ever is "mixed" when ball arithmetic proves both signs at two points."""
    try:
        zs = zeros(h, x, interval)
    except Oscillating:
        pair = both_signs(h, x, interval)
        if pair is None:
            raise
        a, b = pair
        return "mixed", True, (f"{h} changes sign in every period: < 0 at x = {a}, > 0 at "
                               f"x = {b} (ball arithmetic)")
    if zs.everywhere:
        return "zero", True, zs.how
    if zs.certified and zs.signs:
        return _from_signs(set(zs.signs), bool(zs.points)), True, zs.how
    if not h.has(x) or h.is_positive or h.is_negative:
        s = "positive" if (h.is_positive or compare(h, sp.S.Zero) > 0) else "negative"
        return s, True, zs.how
    signs = {_sign_at(h, x, t) for t in _sample_points(interval, zs.points)}
    signs.discard(0)
    if signs == {1}:
        return ("positive" if not zs.points else "nonnegative"), zs.certified, zs.how
    if signs == {-1}:
        return ("negative" if not zs.points else "nonpositive"), zs.certified, zs.how
    if not signs:
        raise Undecided(f"sign of {h} not determined")
    return "mixed", zs.certified, zs.how


def _from_signs(signs: set[int], has_zeros: bool) -> str:
    if signs == {1}:
        return "nonnegative" if has_zeros else "positive"
    if signs == {-1}:
        return "nonpositive" if has_zeros else "negative"
    return "mixed"


def _sample_points(interval: sp.Set, pts: Sequence[sp.Expr]) -> list[sp.Expr]:
    lo, hi = interval.inf, interval.sup
    edges = [lo, *pts, hi]
    out = []
    for a, b in itertools.pairwise(edges):
        if a.is_infinite and b.is_infinite:
            out.extend([sp.Integer(-1), sp.Rational(1, 3)])
        elif a.is_infinite:
            out.append(b - 1)
        elif b.is_infinite:
            out.append(a + 1)
        else:
            out.append((a + b) / 2)
    return out


def _sign_at(h: sp.Expr, x: sp.Symbol, t: sp.Expr) -> int:
    v = h.subs(x, t)
    if v.free_symbols:
        if v.is_positive:
            return 1
        if v.is_negative:
            return -1
        if v.is_zero:
            return 0
        raise ParameterSign(v)
    m = mp_value(h, x, t) if not t.free_symbols else mp_value(v)
    return 0 if abs(m) < TINY else (1 if m > 0 else -1)
