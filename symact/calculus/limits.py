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
from .function import Function
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
    """SymPy's limit in a few forms and time slices, then the numeric check at infinity."""
    value = None
    # Gruntz's time varies a lot with the form: a short plain try, then the exponential
    # form (often faster for tanh of polynomials), then plain with all the time left.
    attempts = [(expr, 0.6)]
    if expr.has(sp.tanh, sp.sinh, sp.cosh, sp.sech):
        attempts.append((expr.rewrite([sp.tanh, sp.sinh, sp.cosh, sp.sech], sp.exp), 2.0))
    attempts.append((expr, None))
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
    if isinstance(value, sp.AccumBounds):
        return NONEXISTENT
    if isinstance(value, sp.Limit) or value.has(sp.nan) or value is sp.zoo:
        raise Undecided(f"limit at {point} not found")
    if point.is_infinite and not (expr.free_symbols - {x}):
        _check_limit_numerically(expr, x, point, value)
    return value


def _check_limit_numerically(expr: sp.Expr, x: sp.Symbol, point: sp.Expr,
                             value: sp.Expr) -> None:
    s = 1 if point is sp.S.Infinity else -1
    try:
        near, far = mp_value(expr, x, s * 10**4), mp_value(expr, x, s * 10**8)
    except Undecided:
        return  # overflow far out: nothing to compare
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


def end_limits(f: Function) -> dict[str, sp.Expr]:
    """The limits at the infinite ends the domain reaches (``{"-oo": .., "+oo": ..}`` on the
    real line, ``{"+oo": ..}`` for sqrt); a limit that is not real is Undecided."""
    x = f.x
    out: dict[str, sp.Expr] = {}
    first, last = f.pieces[0], f.pieces[-1]
    for key, p, end, side in (("-oo", first, sp.S.NegativeInfinity, "+"),
                              ("+oo", last, sp.S.Infinity, "-")):
        if p.is_point or (p.interval.inf if side == "+" else p.interval.sup) != end:
            continue
        v = limit(p.expr, x, end, side)
        if v is not NONEXISTENT and (v.has(sp.I) or v.is_extended_real is False):
            raise Undecided(f"the limit of {p.expr} at {end} is {v}, not real")
        out[key] = v
    return out
