"""Certified zeros of ``h(x)`` on an interval: each zero alone in a box, none anywhere else.

``isolate(h, x, interval)`` covers the whole interval, tails included, with no fixed window:
``h`` is split into its factors (``200*x**199`` has the one factor ``x``), and each factor
``g`` is cleared box by box with the interval arithmetic of :mod:`.boxes`:

* a box where ``g`` is zero-free holds no zero;
* a box where ``g'`` is zero-free holds one zero if ``g`` changes sign between its ends
  (proved by the balls), none if it does not, and only the end if ``g`` is exactly 0 there;
* a tail ``[T, oo)`` is zero-free when ``g`` is zero-free on it, or when ``g'`` is (so ``g``
  runs strictly from ``g(T)`` towards its limit at oo, from the calculus engine) and ``g(T)``
  lies on the limit's side of 0 (or the limit is 0); one level deeper through ``g''``;
* a double zero ``c`` (rational) is alone in a box when ``g(c) = ... = g^(k-1)(c) = 0``
  exactly and ``g^(k)`` is zero-free on the box (Rolle).

Anything else is bisected (at 0, geometrically far out, else at the midpoint) until the box
budget runs out: then there is no certificate and the caller says "numeric".

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> iso = isolate(x * sp.exp(x) + 1 / sp.Integer(1000), x, sp.Interval(-sp.oo, sp.oo))
>>> [tuple(float(v) for v in b) for b in iso.boxes][:1] != [], iso.points
(True, ())
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from fractions import Fraction

import sympy as sp

from ..budget import attempt, check
from ..errors import SymactError, Undecided
from ..trust import CannotEvaluate, value
from .boxes import Box, BoxFunction, Indeterminate, Unsupported, box_function
from .limits import NONEXISTENT, limit
from .tails import enclose_tail, tail_form

# Thresholds tried for the tails: the finite part is [-T, T] around them.
TAILS = (4, 16, 256, 2**16, 2**40, 2**100)
MAX_BOXES = 3000
# A box narrower than this (relative to 1 + |x|) is not split further.
MIN_WIDTH = Fraction(1, 2**60)
ROLLE_ORDER = 4
# Expressions larger than this (SymPy operations) get only LARGE_CAP seconds.
LARGE_OPS = 60
LARGE_CAP = 0.75
# Beyond this size (SymPy operations) a tail is not argued through the next derivative.
DEEP_OPS = 120
# Where the tails cannot be certified, zeros are still isolated on [-WINDOW, WINDOW].
WINDOW = 2**8


@dataclass(frozen=True)
class Isolation:
    """Every zero of h inside the interval: one per box (open box, sign change), or exactly
    at a rational point."""

    boxes: tuple[tuple[Fraction, Fraction], ...]
    points: tuple[Fraction, ...]
    how: str
    complete: bool = True  # False: the tails beyond ±WINDOW were not certified
    # the factor of h that changes sign in each box (h itself may not: x^2)
    owners: tuple[sp.Expr, ...] = ()


class _NoCertificate(ValueError):
    pass


def isolate(h: sp.Expr, x: sp.Symbol, interval: sp.Interval,
            candidates: list[sp.Expr] | None = None, cap: float = 3.0) -> Isolation | None:
    """The certified zeros of h inside ``interval`` (open at both ends), or None (also when
    ``cap`` seconds of the budget run out). The tails start beyond the largest candidate zero
    (SymPy's), however far out it lies."""
    try:
        if sp.count_ops(h) > LARGE_OPS:  # big derivatives (GELU-tanh, Mish) rarely pay off
            cap = min(cap, LARGE_CAP)
        return attempt(_isolate, h, x, interval, candidates, share=0.5, cap=cap)
    except SymactError:
        return None


def _isolate(h: sp.Expr, x: sp.Symbol, interval: sp.Interval,
             candidates: list[sp.Expr] | None) -> Isolation | None:
    reach = _reach(candidates)
    try:
        factors = _factors(h, x)
        owned: list[tuple[Fraction, Fraction, _Factor]] = []
        points: set[Fraction] = set()
        complete = True
        for g, is_denominator in factors:
            factor = _Factor(g, x, reach)
            b, p, whole = factor.zeros(interval)
            if is_denominator and (b or p):
                return None  # a pole inside: h is not continuous there
            owned.extend((lo, hi, factor) for lo, hi in b)
            points.update(p)
            complete &= whole
        separated = _separated(owned, points)
        boxes = [(lo, hi) for lo, hi, _ in separated]
        owners = tuple(f.exprs[0] for _, _, f in separated)
    except (_NoCertificate, Unsupported, Indeterminate, Undecided, CannotEvaluate):
        return None
    for (_, hi), (lo, _) in itertools.pairwise(boxes):
        if lo <= hi:
            return None  # two factors' zeros too close to tell apart
    if any(lo <= p <= hi for p in points for lo, hi in boxes):
        return None
    if complete:
        how = ("zeros isolated over the whole interval by interval arithmetic (arb), the tails "
               "by interval bounds, monotonicity and the limits")
    else:
        how = (f"zeros isolated on [-{WINDOW}, {WINDOW}] by interval arithmetic (arb); "
               "beyond, a float64 scan (not certified)")
    return Isolation(tuple(boxes), tuple(sorted(points)), how, complete, owners)


def _factors(h: sp.Expr, x: sp.Symbol) -> list[tuple[sp.Expr, bool]]:
    """The factors of h that depend on x and may vanish: (factor, is it a denominator)."""
    out = []
    joined = h
    if h.is_rational_function(x):  # x/(1 - x) + 1 is 1/(1 - x): no zero, no dependency
        joined = sp.together(h)
    for f in sp.Mul.make_args(sp.factor_terms(joined)):
        base, power = f.as_base_exp() if isinstance(f, sp.Pow) else (f, sp.S.One)
        if not base.has(x) or base.is_positive or base.is_negative:
            continue
        if isinstance(base, sp.exp):
            continue
        if not power.is_Rational:
            if base.is_nonnegative:
                continue  # exp(power·log base): positive where defined
            raise _NoCertificate
        out.append((base, bool(power < 0)))
    return out


class _Factor:
    """One factor g, with its derivatives compiled on demand."""

    def __init__(self, g: sp.Expr, x: sp.Symbol, reach: int = 0):
        self.x = x
        self.tails = tuple(t for t in TAILS if t > reach) or (reach * 4,)
        self.window = max(WINDOW, reach * 4)
        self.exprs = [g]
        self.fns: list[BoxFunction] = []
        self.far: dict[tuple[int, int], BoxFunction | None] = {}
        self.end_zeros: set[Fraction] = set()

    def expr(self, k: int) -> sp.Expr:
        while len(self.exprs) <= k:
            self.exprs.append(sp.factor_terms(sp.diff(self.exprs[-1], self.x)))
        return self.exprs[k]

    def fn(self, k: int) -> BoxFunction:
        while len(self.fns) <= k:
            self.fns.append(box_function(self.expr(len(self.fns)), self.x))
        return self.fns[k]

    def far_fn(self, k: int, side: int) -> BoxFunction | None:
        """g^(k) in its tail form for that side (no cancellation of saturated terms)."""
        if (k, side) not in self.far:
            form = tail_form(self.expr(k), self.x, side)
            try:
                self.far[k, side] = box_function(form, self.x) if form != self.expr(k) else None
            except Unsupported:
                self.far[k, side] = None
        return self.far[k, side]

    def on(self, k: int, box: Box) -> Box | None:
        """g^(k) on the box; far from 0, the tail form when the plain one cannot decide."""
        try:
            b = self.fn(k)(box)
        except Indeterminate:
            b = None
        if (b is None or not b.zero_free()) and (box.lo >= 1 or box.hi <= -1):
            alt = self.far_fn(k, 1 if box.lo >= 1 else -1)
            try:
                c = alt(box) if alt is not None else None
            except Indeterminate:
                c = None
            if c is not None and (b is None or c.zero_free()):
                return c
        return b

    def zero_free(self, k: int, box: Box) -> bool:
        b = self.on(k, box)
        return b is not None and b.zero_free()

    def sign_at(self, k: int, t: Fraction) -> int:
        b = self.on(k, Box.of(t, t))
        return 0 if b is None else b.sign()

    def exactly_zero(self, k: int, t: Fraction) -> bool:
        v = self.expr(k).subs(self.x, sp.Rational(t.numerator, t.denominator))
        return v == 0 or sp.expand(v) == 0

    # --- tails ---------------------------------------------------------------------------

    def tail_free(self, k: int, t: Fraction, side: int, depth: int = 2) -> bool:
        """g^(k) has no zero on [t, oo) (side 1) or (-oo, t] (side -1)."""
        try:
            enclosure = enclose_tail(self.expr(k), self.x, t, side)
        except (Indeterminate, Unsupported):
            enclosure = None
        if enclosure is not None and enclosure.zero_free():
            return True
        if depth == 0 or sp.count_ops(self.expr(k)) > DEEP_OPS:
            return False
        if not self.tail_free(k + 1, t, side, depth - 1):
            return False
        end = self.sign_at(k, t)
        if end == 0:
            return False
        lim = limit(self.expr(k), self.x, sp.oo if side > 0 else -sp.oo)
        if lim is NONEXISTENT or lim.free_symbols or lim is sp.nan:
            return False
        s = 0 if lim == 0 else (1 if (lim.is_positive or lim is sp.oo) else
                                (-1 if (lim.is_negative or lim is -sp.oo) else None))
        if s is None:
            b = Box.ball(value(lim))
            s = b.sign()
            if s == 0:
                return False
        return s in (0, end)

    def tail(self, side: int, start: Fraction | None) -> tuple[Fraction, bool]:
        """A threshold beyond which g has no zero (past ``start``, the finite end if any),
        and whether that is certified (else the WINDOW end, uncertified)."""
        for t in self.tails:
            ft = Fraction(t * side)
            if start is not None and (ft - start) * side <= 0:
                continue
            check()
            if self.tail_free(0, ft, side):
                return ft, True
        window = Fraction(self.window * side)
        if start is not None and (window - start) * side <= 0:
            raise _NoCertificate
        return window, False

    # --- the finite part ---------------------------------------------------------------

    def zeros(self, interval: sp.Interval) -> tuple[list[tuple[Fraction, Fraction]],
                                                    list[Fraction], bool]:
        """Isolating boxes, exact zeros and whether the tails are certified."""
        a, b = interval.inf, interval.sup
        lo = None if a.is_infinite else fraction(a)
        hi = None if b.is_infinite else fraction(b)
        whole = True
        if lo is None:
            lo, ok = self.tail(-1, hi)
            whole &= ok
        if hi is None:
            hi, ok = self.tail(1, lo)
            whole &= ok
        ends = {lo, hi}
        # an end of the interval where g is exactly 0 (a removable singularity of h moved
        # there, as for the shifted sinc): boxes touching it are settled by Rolle early
        self.end_zeros = {e for e, end in ((lo, a), (hi, b)) if end.is_finite
                          and self.exactly_zero(0, e)}
        boxes: list[tuple[Fraction, Fraction]] = []
        points: set[Fraction] = set()
        work = [(lo, hi)]
        count = 0
        while work:
            count += 1
            if count > MAX_BOXES:
                raise _NoCertificate
            check()
            u, v = work.pop()
            verdict = self._settle(u, v, points)
            if verdict == "split":
                m = _split(u, v)
                work.extend([(m, v), (u, m)])
            elif verdict == "one":
                boxes.append((u, v))
        return boxes, sorted(p for p in points if p not in ends), whole

    def _settle(self, u: Fraction, v: Fraction, points: set[Fraction]) -> str:
        """'none' | 'one' (one zero inside) | 'split'; exact zeros at the ends go to points."""
        box = Box.of(u, v)
        if self.zero_free(0, box):
            return "none"
        if self.zero_free(1, box):
            su, sv = self.sign_at(0, u), self.sign_at(0, v)
            at_ends = [t for t, s in ((u, su), (v, sv)) if s == 0 and self.exactly_zero(0, t)]
            if at_ends:
                points.update(at_ends)  # g is strictly monotone: no other zero in the box
                return "none"
            if su and sv:
                return "one" if su != sv else "none"
        for c in self.end_zeros & {u, v}:
            if self._isolated_end(c, box):
                return "none"
        if v - u < MIN_WIDTH * (1 + max(abs(u), abs(v))):
            return self._rolle(u, v, points)
        return "split"

    def _isolated_end(self, c: Fraction, box: Box) -> bool:
        """g(c) = ... = g^(k-1)(c) = 0 exactly and g^(k) zero-free on the box: by Rolle,
        g has no zero in the box but c."""
        for k in range(1, ROLLE_ORDER + 1):
            if self.zero_free(k, box):
                return True
            if not self.exactly_zero(k, c):
                return False
        return False

    def _rolle(self, u: Fraction, v: Fraction, points: set[Fraction]) -> str:
        """A tiny box whose only zero is an exact multiple zero at one of its ends."""
        for c in (u, v):
            if not self.exactly_zero(0, c):
                continue
            for k in range(1, ROLLE_ORDER + 1):
                if self.zero_free(k, Box.of(u, v)):
                    points.add(c)
                    return "none"
                if not self.exactly_zero(k, c):
                    break
        raise _NoCertificate


def _separated(owned: list[tuple[Fraction, Fraction, _Factor]],
               points: set[Fraction]) -> list[tuple[Fraction, Fraction, _Factor]]:
    """Boxes of different factors shrunk (bisection on the factor's sign) until no two
    overlap and none holds another factor's exact zero."""
    for _ in range(200):
        owned.sort(key=lambda b: (b[0], b[1]))
        clash = {i for i, (a, b) in enumerate(itertools.pairwise(owned)) if b[0] <= a[1]}
        clash |= {i + 1 for i in list(clash)}
        clash |= {i for i, (lo, hi, _) in enumerate(owned) if any(lo <= p <= hi for p in points)}
        if not clash:
            break
        shrunk = [_shrunk(*owned[i], points) if i in clash else owned[i]
                  for i in range(len(owned))]
        owned = [b for b in shrunk if b is not None]
    return sorted(owned, key=lambda b: (b[0], b[1]))


def _shrunk(lo: Fraction, hi: Fraction, factor: _Factor,
            points: set[Fraction]) -> tuple[Fraction, Fraction, _Factor] | None:
    """The half of a one-zero box that keeps the sign change (None: the zero is exactly at
    the cut, now one of the points)."""
    for m in ((lo + hi) / 2, (2 * lo + hi) / 3, (lo + 2 * hi) / 3):
        s = factor.sign_at(0, m)
        if s:
            return (m, hi, factor) if s == factor.sign_at(0, lo) else (lo, m, factor)
        if factor.exactly_zero(0, m):
            points.add(m)
            return None
    raise _NoCertificate


def _reach(candidates: list[sp.Expr] | None) -> int:
    """A power of two beyond every real candidate's magnitude (0 without candidates)."""
    reach = 0
    for c in candidates or ():
        try:
            m = abs(value(c))
        except (CannotEvaluate, TypeError):
            continue
        if m.is_finite():
            reach = max(reach, 2 ** (int(m.upper().ceil().unique_fmpz()).bit_length() + 1))
    return reach


def _split(u: Fraction, v: Fraction) -> Fraction:
    """Where to cut [u, v]: at 0, at the geometric mean far out, else at the midpoint."""
    if u < 0 < v:
        return Fraction(0)
    if u >= 1 and v > 4 * u:
        m = Fraction(2) ** ((u.numerator.bit_length() - u.denominator.bit_length()
                             + v.numerator.bit_length() - v.denominator.bit_length()) // 2)
        return m if u < m < v else (u + v) / 2
    if v <= -1 and u < 4 * v:
        return -_split(-v, -u)
    return (u + v) / 2


def fraction(e: sp.Expr) -> Fraction:
    """An exact rational interval end as a Fraction (a ValueError for an irrational one)."""
    if not e.is_Rational:
        raise _NoCertificate  # irrational interval ends: not needed by the pieces we meet
    return Fraction(int(e.p), int(e.q))
