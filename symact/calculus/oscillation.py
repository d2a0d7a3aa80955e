"""Oscillation far out: h changes sign in every period at every scale, so its zeros are
infinitely many and cannot be isolated (sigmoid(x)·sin(x): h = σ'·sin + σ·cos ≈ cos x).

Only a quick refusal, never an answer: :func:`oscillation` looks at h built from periodic
functions of linear arguments (period T = 2π/|a| for sin(a·x + b)), samples it with mpmath on
two periods around x = ±10³, ±10⁴, ±10⁵ and reports where h changed sign at least twice in
every window of a side. It saves the isolation its whole budget on a problem it cannot finish;
an h whose slope dominates far out (x² + sin²x: h = 2x + sin 2x > 0 for x > 1) is not refused.

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> bool(oscillation(sp.cos(x) / (1 + sp.exp(-x)), x, sp.Interval(-sp.oo, sp.oo)))
True
>>> oscillation(2 * x + sp.sin(2 * x), x, sp.Interval(-sp.oo, sp.oo)) is None
True
"""

from __future__ import annotations

import itertools

import mpmath
import sympy as sp

from .domain import PERIODIC
from .numbers import mp_function

_SCALES = (1e3, 1e4, 1e5)
_SAMPLES = 24  # per window of two periods: 12 per period, enough for sin(a·x) itself


def _period(h: sp.Expr, x: sp.Symbol) -> sp.Expr | None:
    """The longest period 2π/|a| of the periodic atoms, all of linear argument a·x + b."""
    longest = None
    for atom in h.atoms(*PERIODIC):
        (arg,) = atom.args
        if not arg.has(x):
            continue
        poly = sp.Poly(arg, x) if arg.is_polynomial(x) else None
        if poly is None or poly.degree() != 1 or poly.free_symbols - {x}:
            return None
        t = 2 * sp.pi / abs(poly.coeffs()[0])
        longest = t if longest is None or t > longest else longest
    return longest


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
