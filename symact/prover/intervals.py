"""Interval arithmetic for the enclosure: the functions ``mpmath.iv`` lacks, and guards.

Every function here takes and returns ``mpmath.iv`` intervals at the current ``iv``
precision, and the result contains the true value for every point of the argument
interval: ``mpmath.iv``'s own functions (``log``, ``sin``, ``cos``, ``tan``, ``fabs``, ``exp``)
where it has them; a monotone function evaluated at both ends with 20 extra bits and padded
outwards by ``2^-prec·(|lo| + |hi| + 2^-1000)``; ``tanh`` through ``q = e^(-2|x|) ≤ 1``
(no overflow); constants through SymPy's ``evalf`` padded by ``2^-(prec+10)`` relative.
Three errors say why there is no enclosure: :class:`Undefined` (no real value),
:class:`NoValue` (not computable), :class:`Unsettled` (too wide at this precision).

>>> with ivdps(30):
...     v = monotone(mpmath.erf, 1, iv.mpf(1))
>>> with mpmath.workdps(40):
...     mpmath.erf(1) in v, v.delta < 1e-29
(True, True)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import mpmath
import sympy as sp

_MAX_EXP_ARG = 10**120  # exp(1e300) takes 0.1 s in mpmath, exp(1e640) 0.6 s: skip those


class Undefined(ArithmeticError):
    """The expression has no real value at the point (division by 0, log of a negative …)."""


class NoValue(ArithmeticError):
    """The value could not be computed (a limit that does not settle numerically …)."""


class Unsettled(ArithmeticError):
    """The enclosure is too wide at this precision (a condition or sign is undecided)."""


iv = mpmath.iv


@contextmanager
def ivdps(dps: int) -> Iterator[None]:
    """mpmath.iv has no workdps; set and restore its precision."""
    old = iv.prec
    iv.dps = dps
    try:
        yield
    finally:
        iv.prec = old


# Functions with rigorous interval versions in mpmath.iv.
IV_FUNCTIONS = {sp.log: iv.log, sp.sin: iv.sin, sp.cos: iv.cos, sp.tan: iv.tan,
                sp.Abs: iv.fabs}
# Monotone functions without one: evaluated at both ends of the enclosure, rounded outwards
# (the number is the direction: 1 increasing, -1 decreasing).
MONOTONE = {sp.erf: (mpmath.erf, 1), sp.erfc: (mpmath.erfc, -1), sp.atan: (mpmath.atan, 1),
            sp.asinh: (mpmath.asinh, 1), sp.atanh: (mpmath.atanh, 1),
            sp.acosh: (mpmath.acosh, 1), sp.asin: (mpmath.asin, 1),
            sp.acos: (mpmath.acos, -1), sp.floor: (mpmath.floor, 1),
            sp.ceiling: (mpmath.ceil, 1)}


def mid(v) -> mpmath.mpf:
    """Midpoint of an interval as an mpf (at the interval's precision, not mp's 15 digits)."""
    with mpmath.workprec(max(mpmath.mp.prec, iv.prec) + 10):
        return (mpmath.mpf(v.a) + mpmath.mpf(v.b)) / 2


def positive(v) -> bool:
    """Every point of the interval is > 0."""
    return v.a > 0


def negative(v) -> bool:
    """Every point of the interval is < 0."""
    return v.b < 0


def is_zero(v) -> bool:
    """The interval is exactly [0, 0]."""
    return v.a == 0 and v.b == 0


def constant(e: sp.Expr):
    """A numeric constant via SymPy's evalf (which tracks its own accuracy), padded."""
    v = e.evalf(iv.dps + 20)
    if not v.is_Float:
        raise NoValue(f"cannot evaluate {e}")
    with mpmath.workprec(iv.prec + 80):
        c = mpmath.mpf(v._mpf_)
        pad = abs(c) * mpmath.mpf(2) ** (-iv.prec - 10)
        return iv.mpf([c - pad, c + pad])


def sign_of(v) -> int:
    """1 or -1 when the interval excludes 0, else Unsettled."""
    if positive(v):
        return 1
    if negative(v):
        return -1
    raise Unsettled("sign undecided")


def guarded(fn, *args):
    """``fn(*args)`` with mpmath's failures as Undefined (no real value) or NoValue."""
    try:
        return fn(*args)
    except (ValueError, ZeroDivisionError) as exc:  # ComplexResult is a ValueError
        raise Undefined(str(exc)) from None
    except mpmath.libmp.NoConvergence:
        raise NoValue(f"{fn} did not converge") from None


def real_value(v):
    """A real mpmath number; a complex one with non-zero imaginary part is Undefined."""
    if isinstance(v, mpmath.mpc):
        if v.imag != 0:
            raise Undefined("complex value")
        v = v.real
    return v


def monotone(f, direction: int, v):
    """Enclosure of a monotone f on [v.a, v.b], padded outwards by a few ulps."""
    prec = iv.prec + 20
    with mpmath.workprec(prec):
        try:
            lo, hi = f(mpmath.mpf(v.a)), f(mpmath.mpf(v.b))
        except (ValueError, ZeroDivisionError) as exc:
            raise Undefined(str(exc)) from None
        complex_ends = [isinstance(t, mpmath.mpc) for t in (lo, hi)]
        if all(complex_ends):  # atanh(2), acosh(0), asin(3): no real value
            raise Undefined("outside the real domain")
        if any(complex_ends):
            raise Unsettled("enclosure crosses the edge of the domain")
        lo, hi = (lo, hi) if direction > 0 else (hi, lo)
        pad = mpmath.mpf(2) ** (-iv.prec) * (abs(lo) + abs(hi) + mpmath.mpf(2) ** -1000)
        return iv.mpf([lo - pad, hi + pad])


def exp_guarded(v):
    """exp with a guard: beyond ±_MAX_EXP_ARG mpmath is slow; far below, e^v is enclosed by
    [0, 10^-(dps+20)] (rigorous, and all the digits a caller can use)."""
    if v.b < -_MAX_EXP_ARG:
        return iv.mpf([0, mpmath.mpf(10) ** (-(iv.dps + 20))])
    if abs(v.a) > _MAX_EXP_ARG or abs(v.b) > _MAX_EXP_ARG:
        raise NoValue("exponent too large to evaluate")
    return guarded(iv.exp, v)


def hyperbolic(func, v):
    """sinh, cosh, csch through e^v; tanh and coth through e^(-2|v|) (no overflow)."""
    if func in (sp.sinh, sp.cosh, sp.csch):
        e = exp_guarded(v)
        inv = 1 / e
        if func is sp.sinh:
            return (e - inv) / 2
        if func is sp.cosh:
            return (e + inv) / 2
        return 2 / (e - inv)
    # tanh = sign(x)(1 - q)/(1 + q) with q = e^(-2|x|) <= 1: no overflow, no wide division
    s = sign_of(v) if not is_zero(v) else 0
    if s == 0:
        if func is sp.tanh:
            return iv.mpf(0)
        raise Undefined(f"{func} at 0")
    q = exp_guarded(-2 * iv.fabs(v))
    t = s * (1 - q) / (1 + q)
    return t if func is sp.tanh else 1 / t


