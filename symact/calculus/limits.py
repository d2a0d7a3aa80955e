"""Limits of an expression, found by SymPy and cross-checked numerically at infinity.

``limit(expr, x, point, direction)`` is ``lim_{x -> point} expr``; an oscillating limit
(SymPy's ``AccumBounds``) is :data:`NONEXISTENT`, one SymPy cannot find is Undecided. A limit
at ±oo of a parameter-free expression must agree with f(±10^8) to 1e-3 relative, and f(±10^8)
must be closer to it than f(±10^4) is.

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> limit(sp.tanh(x), x, sp.oo, "-")
1
>>> limit(sp.sin(x), x, sp.oo, "-") is NONEXISTENT
True
"""

from __future__ import annotations

import mpmath
import sympy as sp

from ..budget import attempt
from ..errors import SYMPY_FAILURES, BudgetExceeded, SymactError, Undecided
from .memo import memo
from .numbers import DPS, TINY, mp_value

NONEXISTENT = sp.Symbol("nonexistent")


@memo
def limit(expr: sp.Expr, x: sp.Symbol, point: sp.Expr, direction: str = "+") -> sp.Expr:
    """lim expr as x -> point; NONEXISTENT for oscillation; cross-checked numerically."""
    if not expr.has(x):
        return expr
    if point.is_finite and expr.has(*_JUMPS):
        # x = point ± t with t > 0: the approach decides every jump's condition
        sides = ("+", "-") if direction == "+-" else (direction,)
        t = sp.Dummy("t", positive=True)
        values = {_gruntz(expr.subs(x, point + (1 if s == "+" else -1) * t), t, sp.S.Zero, "+")
                  for s in sides}
        return values.pop() if len(values) == 1 else NONEXISTENT
    if point.is_finite:
        v = expr.subs(x, point)
        if v.is_finite and not v.has(sp.nan, sp.zoo):
            return sp.simplify(v) if v.free_symbols else v
    return _gruntz(expr, x, point, direction)


# where the value at the point says nothing about a one-sided limit
_JUMPS = (sp.Piecewise, sp.sign, sp.Heaviside, sp.floor, sp.ceiling)


def _gruntz(expr: sp.Expr, x: sp.Symbol, point: sp.Expr, direction: str) -> sp.Expr:
    """SymPy's limit, then the numeric check at infinity; on a failure the limit of the
    expression over one denominator (SymPy 1.14 finds lim dSiLU = 0 at +oo from the written
    form, 1 from ``together``)."""
    try:
        return _checked(expr, expr, x, point, direction)
    except Undecided as exc:
        first = exc
    joined = attempt(sp.together, expr, share=0.1, cap=1.0)
    if joined is None or joined == expr:
        raise first
    try:
        return _checked(joined, expr, x, point, direction)
    except Undecided:
        raise first from None


def _checked(form: sp.Expr, expr: sp.Expr, x: sp.Symbol, point: sp.Expr,
             direction: str) -> sp.Expr:
    """SymPy's limit of ``form`` in a few forms and time slices, checked against ``expr``."""
    value = None
    # Gruntz's time varies a lot with the form: a short plain try, then the exponential
    # form (often faster for tanh of polynomials), then plain with all the time left.
    attempts = [(form, 0.6)]
    if form.has(sp.tanh, sp.sinh, sp.cosh, sp.sech):
        attempts.append((form.rewrite([sp.tanh, sp.sinh, sp.cosh, sp.sech], sp.exp), 2.0))
    attempts.append((form, None))
    for form, seconds in attempts:
        try:
            if seconds is None:
                value = sp.limit(form, x, point, direction)
            else:  # None when the slice runs out: try the next form
                value = attempt(sp.limit, form, x, point, direction, share=1.0, cap=seconds)
        except BudgetExceeded:
            raise  # the caller's budget ran out: "timed out", not "no limit found"
        except SymactError:
            continue
        except SYMPY_FAILURES as exc:
            if seconds is None:
                raise Undecided(f"sympy.limit failed ({type(exc).__name__})") from None
            continue
        if value is not None:
            break
    if value is None:
        raise Undecided(f"limit at {point} not found")
    if isinstance(value, sp.AccumBounds) or (value.has(sp.AccumBounds)
                                             and _oscillates(expr, x, point)):
        return NONEXISTENT  # x*sin(x) at oo: SymPy says oo*sign(AccumBounds(-1, 1))
    if isinstance(value, sp.Limit) or value.has(sp.nan) or value is sp.zoo:
        raise Undecided(f"limit at {point} not found")
    if point.is_infinite and not (expr.free_symbols - {x}):
        _check_limit_numerically(expr, x, point, value)
    return value


def _oscillates(expr: sp.Expr, x: sp.Symbol, point: sp.Expr) -> bool:
    """f takes both signs, or values spread over more than 1, on 64 points of [10^3, 10^4]
    towards ``point`` (an oscillation SymPy reported inside an arithmetic of AccumBounds)."""
    if not point.is_infinite or expr.free_symbols - {x}:
        return False
    s = 1 if point is sp.S.Infinity else -1
    try:
        vals = [mp_value(expr, x, s * (1000 + 140.625 * k)) for k in range(64)]
    except Undecided:
        return False
    return (min(vals) < 0 < max(vals)) or max(vals) - min(vals) > 1


def _check_limit_numerically(expr: sp.Expr, x: sp.Symbol, point: sp.Expr,
                             value: sp.Expr) -> None:
    s = 1 if point is sp.S.Infinity else -1
    # exp(-exp(-x)) at -10^4 has a 4343-digit exponent and takes mpmath seconds: such a pair
    # is given up for a nearer one (10^3 still tells a wrong limit from a right one)
    for near_at, far_at in ((10**4, 10**8), (10**2, 10**3)):
        try:
            near = attempt(mp_value, expr, x, s * near_at, share=0.1, cap=0.5)
            far = None if near is None else attempt(mp_value, expr, x, s * far_at, share=0.1,
                                                    cap=0.5)
        except Undecided:
            continue  # overflow far out: try nearer
        if far is not None:
            break
    else:
        return  # nothing to compare
    with mpmath.workdps(DPS):
        if value.is_infinite:
            sign = 1 if value is sp.S.Infinity else -1
            if not (far * sign > 0 and abs(far) >= abs(near)):
                raise Undecided(f"limit {value} disagrees with f = {mpmath.nstr(far, 5)} far out")
            return
        target = mp_value(value)
        if abs(far - target) > mpmath.mpf("1e-3") * (1 + abs(target)) or \
                abs(far - target) > abs(near - target) + TINY:
            raise Undecided(f"limit {value} disagrees with numeric evaluation")
