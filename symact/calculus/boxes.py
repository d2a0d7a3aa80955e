"""Rigorous interval arithmetic over the extended reals, for zero isolation and signs.

``box_function(h, x)`` compiles ``h`` once into a function from a :class:`Box` of ``x`` values
to a :class:`Box` that contains every value of ``h`` there. Ends are exact ``arb`` numbers
rounded outwards (python-flint): no float64 underflow or overflow, ``[2^40, oo]`` is as easy
as ``[1, 2]``. An end at ±oo is a limit, never a value; ``nonzero``: 0 is not taken even when
an end is 0 (``exp`` on ``[-oo, 0]`` is ``(0, 1]``).

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> g = box_function(sp.exp(-x) * (1 + x), x)
>>> g(Box.of(64, None)).sign()   # x e^-x + e^-x on [64, oo): positive, tends to 0
1
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

import sympy as sp
from flint import arb, ctx, fmpq
from sympy.core.function import AppliedUndef

from ..core import StableFunction, definitions
from ..core import expand as expand_catalog
from ..trust import CannotEvaluate, Undefined, value

PREC = 128
INF = arb("inf")


class Unsupported(ValueError):
    """An expression node the box arithmetic does not handle (Piecewise, sign, ...)."""


class Indeterminate(ArithmeticError):
    """The box is too wide to enclose the value (log of a box reaching 0, 1/box around 0)."""


def _down(b: arb) -> arb:
    return b if not b.is_finite() else b.lower()


def _up(b: arb) -> arb:
    return b if not b.is_finite() else b.upper()


@dataclass(frozen=True)
class Box:
    """All values lie in [lo, hi] (exact arbs, possibly ±oo). ``lo_open``: lo is not a value
    (an end at ±oo never is); ``nonzero``: 0 is not a value."""

    lo: arb
    hi: arb
    nonzero: bool = False
    lo_open: bool = False
    hi_open: bool = False

    @staticmethod
    def of(lo: object, hi: object) -> Box:
        """The x box [lo, hi] from exact rationals (None: the infinite end), its ends rounded
        outwards to exact arbs (so a box of a non-dyadic rational is a tiny interval)."""
        a = -INF if lo is None else _exact(lo, up=False)
        b = INF if hi is None else _exact(hi, up=True)
        return Box(a, b, bool(a > 0 or b < 0), lo is None, hi is None)

    @staticmethod
    def ball(b: arb) -> Box:
        with ctx.workprec(2 * PREC):  # ends at the ambient 53 bits would lose the ball's digits
            return Box(_down(b), _up(b), bool(b > 0 or b < 0))

    def zero_free(self) -> bool:
        return bool(self.nonzero or self.lo > 0 or self.hi < 0
                    or (self.lo == 0 and self.lo_open) or (self.hi == 0 and self.hi_open))

    def sign(self) -> int:
        """1 or -1 when every value has that sign, else 0 (undecided)."""
        if self.lo >= 0 and self.zero_free():
            return 1
        if self.hi <= 0 and self.zero_free():
            return -1
        return 0

    def finite(self) -> bool:
        return bool(self.lo.is_finite() and self.hi.is_finite())


def _box(lo: arb, hi: arb, nonzero: bool, lo_open: bool, hi_open: bool) -> Box:
    """A Box with infinite ends marked open and ``nonzero`` completed from the ends."""
    lo_open = lo_open or not lo.is_finite()
    hi_open = hi_open or not hi.is_finite()
    b = Box(lo, hi, nonzero, lo_open, hi_open)
    return Box(lo, hi, b.zero_free(), lo_open, hi_open)


def _exact(v: object, up: bool) -> arb:
    """An exact arb at or beyond the rational v (below it, or above it when ``up``), with
    precision enough for its numerator (10^400 is exact)."""
    if isinstance(v, int | Fraction):
        f = Fraction(v)
        p, q = f.numerator, f.denominator
    else:
        r = sp.Rational(v)
        p, q = int(r.p), int(r.q)
    with ctx.workprec(max(PREC, abs(p).bit_length() + q.bit_length() + 16)):
        b = arb(fmpq(p, q))
        return b.upper() if up else b.lower()


BoxFunction = Callable[[Box], Box]


@lru_cache(maxsize=4096)
def box_function(h: sp.Expr, x: sp.Symbol) -> BoxFunction:
    """``h`` compiled into a Box -> Box enclosure; Unsupported for nodes it cannot handle."""
    if h.has(AppliedUndef, StableFunction, sp.Derivative):
        h = expand_catalog(definitions(h))
    if h.free_symbols - {x}:
        raise Unsupported(f"free symbols other than {x} in {h}")
    inner = _compile(h, x)

    def run(box: Box) -> Box:
        with ctx.workprec(PREC):
            return inner(box)

    return run


def _compile(e: sp.Basic, x: sp.Symbol) -> BoxFunction:
    if e == x:
        return lambda b: b
    if not e.has(x):
        return _constant(e)
    parts = [_compile(a, x) for a in e.args]
    if isinstance(e, sp.Add):
        return lambda b: _fold(plus, [p(b) for p in parts])
    if isinstance(e, sp.Mul):
        return lambda b: _fold(_mul, [p(b) for p in parts])
    if isinstance(e, sp.Pow):
        return _power(e, parts, x)
    if isinstance(e, sp.Max | sp.Min):
        larger = isinstance(e, sp.Max)
        return lambda b: _extremum(larger, [p(b) for p in parts])
    if isinstance(e, sp.LambertW) and len(e.args) > 1 and e.args[1] != 0:
        raise Unsupported("LambertW off the principal branch")
    if e.func in _RECIPROCAL:
        outer = _MONOTONE[_RECIPROCAL[e.func]]
        return lambda b: _inverse(_monotone(outer, parts[0](b)))
    if e.func is sp.sech:
        return lambda b: _inverse(_cosh(parts[0](b)))
    if e.func in _MONOTONE:
        how = _MONOTONE[e.func]
        return lambda b: _monotone(how, parts[0](b))
    if isinstance(e, sp.Abs):
        return lambda b: _absolute(parts[0](b))
    if e.func is sp.cosh:
        return lambda b: _cosh(parts[0](b))
    if e.func in (sp.sin, sp.cos):
        method = arb.sin if e.func is sp.sin else arb.cos
        return lambda b: _periodic(method, parts[0](b))
    raise Unsupported(f"{type(e).__name__} is not supported by the box arithmetic")


def _constant(e: sp.Basic) -> BoxFunction:
    from_expr = _constant_ball(e)
    return lambda b: from_expr


@lru_cache(maxsize=4096)
def _constant_ball(e: sp.Basic) -> Box:
    try:
        return Box.ball(value(e, 110))  # beyond the 2^-100 pinning of candidates
    except (CannotEvaluate, Undefined) as exc:
        raise Unsupported(f"cannot enclose the constant {e}: {exc}") from exc


def _fold(op: Callable[[Box, Box], Box], boxes: list[Box]) -> Box:
    out = boxes[0]
    for b in boxes[1:]:
        out = op(out, b)
    return out


def plus(a: Box, b: Box) -> Box:
    """The sum of two boxes."""
    lo = -INF if not (a.lo.is_finite() and b.lo.is_finite()) else (a.lo + b.lo).lower()
    hi = INF if not (a.hi.is_finite() and b.hi.is_finite()) else (a.hi + b.hi).upper()
    one_side = bool((a.lo >= 0 and b.lo >= 0) or (a.hi <= 0 and b.hi <= 0))
    nonzero = one_side and (a.zero_free() or b.zero_free())
    return _box(lo, hi, nonzero, a.lo_open or b.lo_open, a.hi_open or b.hi_open)


def _neg(a: Box) -> Box:
    return Box(-a.hi, -a.lo, a.nonzero, a.hi_open, a.lo_open)


# A candidate end of a product: (value, attained).
_Cand = tuple[arb, bool]


def _times(u: tuple[arb, bool, int], v: tuple[arb, bool, int]) -> list[_Cand]:
    """The possible limits of products near the ends u, v (value, attained, side: +1 for a
    lower end, whose box lies above it, -1 for an upper end), and whether each is a value.
    Near 0 times ±oo the product tends to 0 or to ±oo, the sign given by the sides."""
    (a, a_in, a_side), (b, b_in, b_side) = u, v
    if a.is_finite() and b.is_finite():
        p = a * b
        attained = (a_in and b_in) or (a == 0 and a_in) or (b == 0 and b_in)
        return [(p.lower(), attained), (p.upper(), attained)]
    if a == 0 or b == 0:
        zero_in = (a == 0 and a_in) or (b == 0 and b_in)
        near = a_side if a == 0 else b_side  # which side of 0 the finite factor is
        far = b if a == 0 else a
        return [(arb(0), zero_in), (INF if (near > 0) == (far > 0) else -INF, False)]
    return [(INF if (a > 0) == (b > 0) else -INF, False)]


def _mul(a: Box, b: Box) -> Box:
    ends_a = ((a.lo, not a.lo_open, 1), (a.hi, not a.hi_open, -1))
    ends_b = ((b.lo, not b.lo_open, 1), (b.hi, not b.hi_open, -1))
    cands = [c for u in ends_a for v in ends_b for c in _times(u, v)]
    lo = min((c[0] for c in cands), key=_order)
    hi = max((c[0] for c in cands), key=_order)
    lo_open = not any(att for val, att in cands if val == lo)
    hi_open = not any(att for val, att in cands if val == hi)
    return _box(lo, hi, a.zero_free() and b.zero_free(), lo_open, hi_open)


class _order:  # a sort key: exact arbs compare exactly
    __slots__ = ("v",)

    def __init__(self, v: arb):
        self.v = v

    def __lt__(self, other: _order) -> bool:
        return bool(self.v < other.v)


def _inverse(a: Box) -> Box:
    """1/a for a box on one side of 0 (an end at 0 gives ±oo, an end at ±oo gives 0)."""
    if not a.zero_free() or (a.lo < 0 and a.hi > 0):
        raise Indeterminate("division by a box that reaches 0")

    def inv(v: arb, up: bool) -> arb:
        if v == 0:
            return INF if a.lo >= 0 else -INF
        if not v.is_finite():
            return arb(0)
        r = 1 / v
        return r.upper() if up else r.lower()

    return _box(inv(a.hi, False), inv(a.lo, True), True, a.hi_open, a.lo_open)


def _power(e: sp.Pow, parts: list[BoxFunction], x: sp.Symbol) -> BoxFunction:
    base, exponent = parts
    n = e.exp
    if n.is_Integer:
        k = int(n)
        if k < 0:
            return lambda b: _inverse(_integer_power(base(b), -k))
        return lambda b: _integer_power(base(b), k)
    if n.is_Rational:
        q = fmpq(int(n.p), int(n.q))
        if n > 0:
            return lambda b: _root(base(b), q)
        return lambda b: _inverse(_root(base(b), -q))
    if e.base == sp.E:
        return lambda b: _monotone(_MONOTONE[sp.exp], exponent(b))
    log_of = _MONOTONE[sp.log]
    return lambda b: _monotone(_MONOTONE[sp.exp], _mul(exponent(b), _monotone(log_of, base(b))))


def _integer_power(a: Box, k: int) -> Box:
    if k == 0:
        return Box(arb(1), arb(1), True)
    if k % 2 == 0:
        a = _absolute(a)

    def pw(v: arb, up: bool) -> arb:
        if not v.is_finite():
            return v if k % 2 else INF
        r = v**k
        return r.upper() if up else r.lower()

    return _box(pw(a.lo, False), pw(a.hi, True), a.zero_free(), a.lo_open, a.hi_open)


def _root(a: Box, q: fmpq) -> Box:
    if a.lo < 0:
        raise Indeterminate("a fractional power of a box reaching below 0")

    def rt(v: arb, up: bool) -> arb:
        if not v.is_finite():
            return INF
        if v == 0:
            return arb(0)
        r = v**q
        return r.upper() if up else r.lower()

    return _box(rt(a.lo, False), rt(a.hi, True), a.zero_free(), a.lo_open, a.hi_open)


def _absolute(a: Box) -> Box:
    """|a|: an end inside the box is attained; at a tie the end is open only if both are."""
    if a.lo >= 0:
        return a
    if a.hi <= 0:
        return _neg(a)
    top, top_open = (a.hi, a.hi_open) if a.hi > -a.lo else (-a.lo, a.lo_open)
    if a.hi == -a.lo:
        top_open = a.hi_open and a.lo_open
    return _box(arb(0), top, a.nonzero, False, top_open)


def _extremum(larger: bool, boxes: list[Box]) -> Box:
    """Max or Min of boxes: the extreme of the lower ends and of the upper ends (arb's max
    and min of the exact ends, themselves exact)."""
    lo, hi = boxes[0].lo, boxes[0].hi
    for b in boxes[1:]:
        lo = _pick(larger, lo, b.lo)
        hi = _pick(larger, hi, b.hi)
    return _box(lo, hi, False, False, False)


def _pick(larger: bool, u: arb, v: arb) -> arb:
    if not (u.is_finite() and v.is_finite()):
        return (u if bool(u > v) else v) if larger else (u if bool(u < v) else v)
    return u.max(v) if larger else u.min(v)


@dataclass(frozen=True)
class _Monotone:
    """A monotone function: its arb method, its limits at -oo and +oo, and its zeros."""

    method: Callable[[arb], arb]
    at_minus_inf: Callable[[], arb]
    at_plus_inf: Callable[[], arb]
    increasing: bool = True
    domain_lo: arb | None = None
    positive: bool = False
    odd: bool = False  # vanishes exactly where its argument does


def _monotone(m: _Monotone, a: Box) -> Box:
    """f of a box, by its ends (f is strictly monotone: an open end stays open)."""
    if m.domain_lo is not None and a.lo < m.domain_lo:
        raise Indeterminate("the box leaves the function's domain")

    def at(v: arb, up: bool) -> arb:
        if not v.is_finite():
            return m.at_plus_inf() if v > 0 else m.at_minus_inf()
        if m.method is arb.log and v == 0:
            return -INF
        r = m.method(v)
        return _up(r) if up else _down(r)

    if m.increasing:
        lo, hi, lo_open, hi_open = at(a.lo, False), at(a.hi, True), a.lo_open, a.hi_open
    else:
        lo, hi, lo_open, hi_open = at(a.hi, False), at(a.lo, True), a.hi_open, a.lo_open
    nonzero = m.positive or (m.odd and a.zero_free())
    return _box(lo, hi, nonzero, lo_open, hi_open)


def _cosh(a: Box) -> Box:
    m = _absolute(a)
    lo = arb(1) if m.lo == 0 else m.lo.cosh().lower()
    hi = INF if not m.hi.is_finite() else m.hi.cosh().upper()
    return _box(lo, hi, True, m.lo_open, m.hi_open)


def _periodic(method: Callable[[arb], arb], a: Box) -> Box:
    if not a.finite():
        return Box(arb(-1), arb(1))
    b = Box.ball(method(a.lo.union(a.hi)))  # clipped: a wide ball overshoots ±1 by ~2e-9
    return Box(b.lo if b.lo > -1 else arb(-1), b.hi if b.hi < 1 else arb(1), b.nonzero)


def _half_pi() -> arb:
    return arb.pi() / 2


_MONOTONE: Mapping[type, _Monotone] = {
    sp.exp: _Monotone(arb.exp, lambda: arb(0), lambda: INF, positive=True),
    sp.log: _Monotone(arb.log, lambda: -INF, lambda: INF, domain_lo=arb(0)),
    sp.tanh: _Monotone(arb.tanh, lambda: arb(-1), lambda: arb(1), odd=True),
    sp.erf: _Monotone(arb.erf, lambda: arb(-1), lambda: arb(1), odd=True),
    sp.erfc: _Monotone(arb.erfc, lambda: arb(2), lambda: arb(0), increasing=False,
                       positive=True),
    sp.atan: _Monotone(arb.atan, lambda: -_half_pi(), _half_pi, odd=True),
    sp.asinh: _Monotone(arb.asinh, lambda: -INF, lambda: INF, odd=True),
    sp.sinh: _Monotone(arb.sinh, lambda: -INF, lambda: INF, odd=True),
    sp.LambertW: _Monotone(arb.lambertw, lambda: -INF, lambda: INF,
                           domain_lo=-(-arb(1)).exp().upper(), odd=True),
}
_RECIPROCAL: Mapping[type, type] = {sp.csch: sp.sinh, sp.coth: sp.tanh}  # 1/f(u)
