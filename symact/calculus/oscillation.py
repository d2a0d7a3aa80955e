"""Oscillation far out: h changes sign in every period at every scale, so its zeros are
infinitely many and cannot be isolated (sigmoid(x)·sin(x): h = σ'·sin + σ·cos ≈ cos x).

:func:`oscillation` looks at h built from periodic functions of linear arguments (period
T = 2π/|a| for sin(a·x + b)), samples it with mpmath on two periods around x = ±10³, ±10⁴,
±10⁵ and reports where h changed sign at least twice in every window of a side. It saves the
isolation its whole budget on a problem it cannot finish; an h whose slope dominates far out
(x² + sin²x: h = 2x + sin 2x > 0 for x > 1) is not refused. The refusal is an answer only
through :func:`both_signs`: two sample points where ball arithmetic proves h < 0 and h > 0
(so f is not monotonic when h = f'), never through the sampling itself.

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> bool(oscillation(sp.cos(x) / (1 + sp.exp(-x)), x, sp.Interval(-sp.oo, sp.oo)))
True
>>> oscillation(2 * x + sp.sin(2 * x), x, sp.Interval(-sp.oo, sp.oo)) is None
True
"""

from __future__ import annotations

import itertools
from fractions import Fraction

import mpmath
import sympy as sp

from ..errors import Undecided
from ..trust import CannotEvaluate, Undefined, put, sign_of
from .domain import PERIODIC
from .numbers import mp_function


class Oscillating(Undecided):
    """h changes sign in every period toward an end: its zeros cannot be isolated."""

_SCALES = (1e3, 1e4, 1e5)
_SAMPLES = 24  # per window of two periods: 12 per period, enough for sin(a·x) itself


def linear_arguments(h: sp.Expr, x: sp.Symbol) -> list[tuple[sp.Expr, sp.Expr]] | None:
    """(a, b) of each periodic atom's argument a·x + b (a a nonzero number); None when some
    argument is not of that form or no atom depends on x."""
    out = []
    for atom in h.atoms(*PERIODIC):
        (arg,) = atom.args
        if not arg.has(x):
            continue
        a = sp.diff(arg, x)
        if a.has(x) or a == 0 or a.free_symbols:
            return None
        out.append((a, sp.expand(arg - a * x)))
    return out or None


def _period(h: sp.Expr, x: sp.Symbol) -> sp.Expr | None:
    """The longest period 2π/|a| of the periodic atoms, all of linear argument a·x + b."""
    args = linear_arguments(h, x)
    return None if args is None else max(2 * sp.pi / abs(a) for a, _ in args)


def oscillation(h: sp.Expr, x: sp.Symbol, interval: sp.Set) -> str | None:
    """Why h has infinitely many sign changes toward an unbounded end, or None."""
    if h.free_symbols - {x} or not h.has(*PERIODIC):
        return None
    period = _period(h, x)
    if period is None:
        return None
    try:
        f = mp_function(h, x)
        t = float(period)
    except (TypeError, ValueError):
        return None
    sides = [s for s, end in ((1, interval.sup), (-1, interval.inf)) if end in (sp.oo, -sp.oo)]
    for side in sides:
        if all(_changes(f, side * c, side * t) >= 2 for c in _SCALES):
            where = ", ".join(f"{side * c:g}" for c in _SCALES)
            text = str(h) if len(str(h)) <= 60 else str(h)[:60] + "…"
            return (f"{text} changes sign in every period (2 periods sampled at x ≈ {where}):"
                    " infinitely many zeros, which cannot be isolated")
    return None


def both_signs(h: sp.Expr, x: sp.Symbol,
               interval: sp.Set) -> tuple[sp.Rational, sp.Rational] | None:
    """(a, b) inside the interval with h(a) < 0 < h(b), each sign proved by ball arithmetic
    at the exact rational point; None when no such pair is found among the samples.

    >>> x = sp.Symbol("x", real=True)
    >>> a, b = both_signs(x * sp.cos(x), x, sp.Interval(-sp.oo, sp.oo))
    >>> bool(a * sp.cos(a) < 0 < b * sp.cos(b))
    True
    """
    if h.free_symbols - {x}:
        return None
    period = _period(h, x)
    if period is None:
        return None
    found: dict[int, sp.Rational] = {}
    for start in _starts(interval, float(period)):
        for k in range(_SAMPLES + 1):
            near = Fraction(start + 2 * float(period) * k / _SAMPLES)
            t = sp.Rational(near.limit_denominator(64))
            if interval.contains(t) is not sp.true:
                continue
            try:
                s = sign_of(put(h, {x: t}))
            except (CannotEvaluate, Undefined):
                continue
            if s and s not in found:
                found[s] = t
            if len(found) == 2:
                return found[-1], found[1]
    return None


def _starts(interval: sp.Set, period: float) -> list[float]:
    """Where to sample: from the finite ends inward, and far out toward the infinite ones."""
    out = []
    lo, hi = interval.inf, interval.sup
    for end, side in ((hi, 1), (lo, -1)):
        if end.is_infinite:
            out += [side * c for c in (10.0, *_SCALES)]
    for end, side in ((lo, 1), (hi, -1)):
        if end.is_finite:
            out.append(float(end) + (side - 1) * period)  # [end, end + 2T] or [end - 2T, end]
    return out


def _changes(f, start: float, span: float) -> int:
    """Sign changes of f on 24 points of [start, start + 2·span] (a nan/inf sample: 0)."""
    signs = []
    with mpmath.workdps(30):
        for k in range(_SAMPLES + 1):
            try:
                v = f(mpmath.mpf(start) + 2 * mpmath.mpf(span) * k / _SAMPLES)
            except (ValueError, ZeroDivisionError, TypeError, OverflowError):
                return 0
            if not isinstance(v, mpmath.mpf) or not mpmath.isfinite(v):
                return 0
            if v != 0:
                signs.append(v > 0)
    return sum(a != b for a, b in itertools.pairwise(signs))
