"""The sup-distance ``max |f − g|`` on an interval, certified: a lower bound from exact points
enclosed in arb balls, an upper bound from interval enclosures of every piece (branch and
bound), refined until both round to the same three significant digits.

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> d = sup_distance(sp.tanh(x) - x / (1 + sp.Abs(x)), x)
>>> d.text, float(d.lower) <= float(d.upper)
('0.306', True)
"""

from __future__ import annotations

import heapq
import time
from dataclasses import dataclass

import sympy as sp
from flint import arb

from ..calculus import Function
from ..calculus.boxes import Box, Indeterminate, Unsupported, box_function
from ..errors import SYMPY_FAILURES, Undecided
from ..trust import CannotEvaluate, Undefined, value

INTERVAL = (-10, 10)
DIGITS = 3
MAX_BOXES = 20_000


@dataclass(frozen=True)
class Distance:
    """``lower <= sup |f − g| <= upper`` on ``interval``; ``text``: both rounded to
    :data:`DIGITS` significant digits (the same string), or "" when not certified."""

    lower: float
    upper: float
    text: str
    interval: tuple[int, int] = INTERVAL


def _round(v: float) -> str:
    """``v`` to :data:`DIGITS` significant digits as SymPy prints it (``0.000473``)."""
    return str(sp.Float(v, DIGITS)) if v else "0"


def _at(h: sp.Expr, x: sp.Symbol, point: sp.Rational) -> float:
    """|h(point)| from below, exactly enclosed (0 when it cannot be enclosed)."""
    try:
        b = value(h.subs(x, point))
    except (CannotEvaluate, Undefined, *SYMPY_FAILURES):
        return 0.0
    lo = abs(b).lower()
    return float(lo.mid()) if lo > 0 else 0.0


def _upper(box: Box) -> float:
    if not box.finite():
        return float("inf")
    return float(max(abs(box.lo), abs(box.hi)).upper().mid()) * (1 + 1e-15)


def sup_distance(h: sp.Expr, x: sp.Symbol, interval: tuple[int, int] = INTERVAL,
                 budget: float = 5.0) -> Distance:
    """Certified bounds on ``sup |h|`` over ``interval``; ``text`` empty when the pieces
    cannot be enclosed or the budget runs out first."""
    end = time.monotonic() + budget
    lo_end, hi_end = (sp.Integer(v) for v in interval)
    try:
        pieces = Function.of(h, x).pieces
    except (Undecided, *SYMPY_FAILURES):
        return Distance(0.0, float("inf"), "", interval)
    heap: list[tuple[float, int, sp.Rational, sp.Rational, object]] = []
    lower, count = 0.0, 0
    for piece in pieces:
        part = piece.interval.intersect(sp.Interval(lo_end, hi_end))
        if part is sp.S.EmptySet:
            continue
        if isinstance(part, sp.FiniteSet):
            for p in part:
                lower = max(lower, _at(piece.expr, x, sp.nsimplify(p)))
            continue
        if not isinstance(part, sp.Interval) or not (part.inf.is_rational and
                                                     part.sup.is_rational):
            return Distance(lower, float("inf"), "", interval)
        try:
            fn = box_function(piece.expr, x)
        except (Unsupported, *SYMPY_FAILURES):
            return Distance(lower, float("inf"), "", interval)
        try:  # the mean-value form beats the natural one on near-equal f and g
            slope = box_function(sp.diff(piece.expr, x), x)
        except (Unsupported, *SYMPY_FAILURES):
            slope = None
        fn = (fn, slope)
        a, b = sp.Rational(part.inf), sp.Rational(part.sup)
        lower = max(lower, _at(piece.expr, x, (a + b) / 2))
        heapq.heappush(heap, (-_bound(fn, a, b), count, a, b, fn))
        count += 1
    while heap and time.monotonic() < end and count < MAX_BOXES:
        ub = -heap[0][0]
        if _round(ub) == _round(lower) and ub < float("inf"):
            return Distance(lower, ub, _round(ub), interval)
        _, _, a, b, fn = heapq.heappop(heap)
        mid = (a + b) / 2
        for lo, hi in ((a, mid), (mid, b)):
            heapq.heappush(heap, (-_bound(fn, lo, hi), count, lo, hi, fn))
            count += 1
        lower = max(lower, _at_fn(fn[0], mid))
    ub = -heap[0][0] if heap else lower
    ok = _round(ub) == _round(lower) and ub < float("inf")
    return Distance(lower, ub, _round(ub) if ok else "", interval)


def _bound(fns, a: sp.Rational, b: sp.Rational) -> float:
    """An upper bound of |h| on [a, b]: the natural enclosure, or |h(m)| + |h'|·(b − a)/2."""
    fn, slope = fns
    try:
        natural = _upper(fn(Box.of(a, b)))
    except (Indeterminate, Undefined, ArithmeticError, ValueError):
        natural = float("inf")
    if slope is None:
        return natural
    try:
        m = (a + b) / 2
        centred = _upper(fn(Box.of(m, m))) + _upper(slope(Box.of(a, b))) * float(b - a) / 2
    except (Indeterminate, Undefined, ArithmeticError, ValueError):
        return natural
    return min(natural, centred * (1 + 1e-12))


def _at_fn(fn, point: sp.Rational) -> float:
    """|h(point)| from below by the enclosure of a point box (a thin box: exact enough)."""
    try:
        box = fn(Box.of(point, point))
    except (Indeterminate, Undefined, ArithmeticError, ValueError):
        return 0.0
    low = min(abs(box.lo), abs(box.hi)) if box.sign() else arb(0)
    return float(low.lower().mid()) if low > 0 else 0.0
