"""The image of a piece that oscillates for ever toward an infinite end, where the zeros of
f' are infinitely many (x·cos x, sinc): two certificates, each replayable by hand.

* **Unbounded** (x·cos x, x·sin x): along x = x0 + k·T, k an integer and T a common period of
  the periodic atoms, SymPy evaluates them exactly (cos(π + 2πk) = -1), which leaves a
  non-oscillating g(k) = f(x0 + kT); its limit at k -> ±oo is that of the sequence. A sequence
  tending to +oo makes sup f = +oo (not attained), one tending to -oo makes inf f = -oo.
  The phases x0 tried put each atom's argument at 0, π/2, π or 3π/2.
* **Decaying** (sinc, f -> L): beyond |x| = W the tail is enclosed by interval arithmetic
  (:func:`~symact.calculus.tails.enclose_tail`: sin and cos in [-1, 1], 1/x small); on the
  window [-W, W] the zeros of f' are finitely many and isolated with the usual certificate.
  When the window's max lies strictly above every tail's box (its min strictly below), it is
  the max over the whole piece, attained where the window attains it. W = 8, 16, ..., 128.

>>> import sympy as sp
>>> from symact.core import Piece
>>> x = sp.Symbol("x", real=True)
>>> lo, hi, how = oscillating_image(Piece(x * sp.cos(x), sp.Reals), x)
>>> lo.value, hi.value
(-oo, oo)
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp
from flint import arb

from ..core import Piece
from ..errors import SYMPY_FAILURES, Undecided
from ..trust import CannotEvaluate, Undefined, put, sign_of, value
from .boxes import Box, Indeterminate, Unsupported
from .domain import PERIODIC, set_text
from .function import diff
from .limits import NONEXISTENT, limit
from .numbers import DPS, compare
from .oscillation import linear_arguments
from .ranges import Bound, piece_image
from .roots import zeros
from .tails import enclose_tail

WINDOWS = (8, 16, 32, 64, 128)
_PHASES = (sp.S.Zero, sp.pi / 2, sp.pi, 3 * sp.pi / 2)


def oscillating_image(p: Piece, x: sp.Symbol, why: str = "") -> tuple[Bound, Bound, str]:
    """(inf, sup, how) of f on a piece with an infinite end where f' oscillates for ever.

    Raises:
        Undecided: neither certificate settles both bounds.
    """
    if p.expr.free_symbols - {x}:
        raise Undecided(why or f"{p.expr}: oscillates, with parameters")
    found = _unbounded(p, x)
    if found is not None:
        return found
    found = _windowed(p, x)
    if found is not None:
        return found
    raise Undecided(why or f"{p.expr} oscillates for ever and no window settles its image")


def _unbounded(p: Piece, x: sp.Symbol) -> tuple[Bound, Bound, str] | None:
    atoms = linear_arguments(p.expr, x)
    if atoms is None:
        return None
    period = max(2 * sp.pi / abs(a) for a, _ in atoms)
    k = sp.Symbol("k", integer=True)
    lo_seq = hi_seq = None
    s = p.interval
    for side, end in ((1, s.sup), (-1, s.inf)):
        if not end.is_infinite:
            continue
        for a, b in atoms:
            for phi in _PHASES:
                x0 = sp.nsimplify((phi - b) / a) if b.is_Rational else (phi - b) / a
                try:
                    g = sp.expand(p.expr.subs(x, x0 + k * period))
                except SYMPY_FAILURES:
                    continue
                lim = _polynomial_limit(g, k, side)
                if lim is None:
                    continue
                seq = f"f({x0} + {period}·k) = {g} -> {lim} as k -> {'+' if side > 0 else '-'}oo"
                if lim is sp.oo and hi_seq is None:
                    hi_seq = seq
                if lim is sp.S.NegativeInfinity and lo_seq is None:
                    lo_seq = seq
            if lo_seq and hi_seq:
                how = (f"unbounded both ways along sequences (k integer, SymPy exact): {hi_seq}; "
                       f"{lo_seq}")
                return Bound(sp.S.NegativeInfinity, False), Bound(sp.oo, False), how
    return None


def _polynomial_limit(g: sp.Expr, k: sp.Symbol, side: int) -> sp.Expr | None:
    """+-oo when g is a polynomial in k of degree >= 1 whose leading coefficient has a sign
    proved by ball arithmetic (a hidden zero such as sinh(1) - (e - 1/e)/2 is never given a
    sign); None otherwise. No limit routine is trusted here."""
    try:
        poly = sp.Poly(g, k)
    except (sp.PolynomialError, *SYMPY_FAILURES):
        return None
    if poly.degree() < 1 or any(c.free_symbols or (c.has(*PERIODIC) and c.has(k))
                                for c in poly.all_coeffs()):
        return None
    try:
        sign = sign_of(poly.LC())
    except (CannotEvaluate, Undefined):
        return None
    if sign == 0:
        return None
    sign *= side ** poly.degree()
    return sp.oo if sign > 0 else sp.S.NegativeInfinity


def _windowed(p: Piece, x: sp.Symbol) -> tuple[Bound, Bound, str] | None:
    """The window's certificate; a piece starting at an irrational point c (pi for the
    shifted sinc) is read as f(u + c) on a piece starting at 0, where boxes have exact ends."""
    c = next((e for e in (p.interval.inf, p.interval.sup)
              if e.is_finite and not e.is_Rational), None)
    if c is None:
        return _window(p, x)
    s = p.interval
    shifted = p.expr.subs(x, x + c)
    moved = Piece(sp.factor(sp.cancel(shifted)) if sp.count_ops(shifted) < 60 else shifted,
                  sp.Interval(s.inf - c, s.sup - c, s.left_open, s.right_open))
    found = _window(moved, x)
    if found is None:
        return None
    lo, hi, how = found
    back = [Bound(b.value if b.exact else b.value.evalf(DPS), b.attained,
                  tuple((w + c) if b.exact else (w + c).evalf(DPS) for w in b.where), b.exact)
            for b in (lo, hi)]
    shift = f"x + {c}" if compare(c, sp.S.Zero) > 0 else f"x - {-c}"
    return back[0], back[1], f"read as f({shift}) on {set_text(moved.interval)}: {how}"


def _window(p: Piece, x: sp.Symbol) -> tuple[Bound, Bound, str] | None:
    s = p.interval
    sides = [side for side, end in ((1, s.sup), (-1, s.inf)) if end.is_infinite]
    if not sides:
        return None
    # a tail box can only fall inside the window's extremes where f settles to a limit
    # (sigmoid(x)·sin(x) swings in [-1, 1] for ever: no window would do)
    for side in sides:
        try:
            lim = limit(p.expr, x, side * sp.oo)
        except Undecided:
            return None
        if lim is NONEXISTENT or not lim.is_finite:
            return None
    for w in WINDOWS:
        lo_end = -sp.Integer(w) if s.inf.is_infinite else s.inf
        hi_end = sp.Integer(w) if s.sup.is_infinite else s.sup
        if compare(lo_end, hi_end) >= 0:
            continue
        window = sp.Interval(lo_end, hi_end, s.left_open and not s.inf.is_infinite,
                             s.right_open and not s.sup.is_infinite)
        tails = [_tail(p.expr, x, Fraction(side * w), side) for side in sides]
        if any(b is None for b in tails):
            continue
        crit = zeros(diff(p.expr, x), x, window)
        if not crit.certified:
            return None
        lo, hi = piece_image(Piece(p.expr, window), x, crit)
        try:
            top, bottom = _ball(p.expr, x, hi), _ball(p.expr, x, lo)
        except (CannotEvaluate, Undefined):
            return None
        if all(top > b.hi for b in tails) and all(bottom < b.lo for b in tails):
            boxes = " and ".join(f"[{float(b.lo):.6g}, {float(b.hi):.6g}]" for b in tails)
            how = (f"tails beyond |x| = {w} enclosed in {boxes} (interval arithmetic), strictly "
                   f"inside the window's min and max; in the window {crit.how}")
            return lo, hi, how
    return None


def _tail(e: sp.Expr, x: sp.Symbol, t: Fraction, side: int) -> Box | None:
    """The narrowest finite box of e on the tail beyond t, as given or expanded (x·cos x/x²
    is unbounded term by term, cos x/x is not)."""
    best = None
    expanded = sp.expand(e)
    cancelled = sp.Add(*(sp.cancel(term) for term in sp.Add.make_args(expanded)))
    for form in dict.fromkeys((e, expanded, cancelled)):
        try:
            b = enclose_tail(form, x, t, side)
        except (Indeterminate, Unsupported, CannotEvaluate, Undecided, *SYMPY_FAILURES):
            continue
        if b is not None and b.finite() and (best is None or b.hi - b.lo < best.hi - best.lo):
            best = b
    return best


def _ball(e: sp.Expr, x: sp.Symbol, b: Bound) -> arb:
    """A rigorous enclosure of a value the window's bound reaches: the exact value itself, or
    for a numeric critical value f at the exact rational of the refined point (f there is at
    most the max, at least the min, which is all the comparison with the tails needs)."""
    if b.exact:
        return value(b.value)
    if not b.where or not isinstance(b.where[0], sp.Float):
        raise CannotEvaluate(f"no point for the numeric bound {b.value}")
    return value(put(e, {x: sp.Rational(b.where[0])}))
