"""Does a Gaussian moment E |g(Z)|^p exist? Decided before any quadrature returns a number.

By comparison, for Z ~ N(m, v) with density φ, the moment diverges when

* on a tail, |g|^p φ does not tend to 0 (``exp(x**2)``: |g|² φ grows like e^(3x²/2)), or
* at a finite singular point c, |g|^p |x − c| does not tend to 0 (``1/x`` at 0: at least as
  strong as 1/|x − c|, whose integral diverges).

Anything else is left to the quadrature and its error estimate.

>>> import sympy as sp
>>> from symact.calculus import Function
>>> x = sp.Symbol("x", real=True)
>>> diverges(Function.of(1 / x, x), 1, 0, 1)
'E |f(Z)|^1 diverges: |f|^1 |x - 0| does not tend to 0 at x = 0'
"""

from __future__ import annotations

import sympy as sp

from ..budget import attempt
from ..calculus import NONEXISTENT, Function, limit
from ..errors import SYMPY_FAILURES, Undecided

LIMIT_SECONDS = 2.0


def diverges(fn: Function, power: int, m: sp.Expr, v: sp.Expr) -> str | None:
    """Why E |fn(Z)|^power is infinite, or None when it is finite or undecided."""
    x = fn.x
    density = sp.exp(-(x - m) ** 2 / (2 * v))
    pieces = [p for p in fn.pieces if not p.is_point]
    for p, end in ((pieces[0], -sp.oo), (pieces[-1], sp.oo)):
        g = sp.Abs(p.expr) ** power
        if _tends_to_zero(g * density, x, end, "-" if end > 0 else "+") is False:
            return (f"E |f(Z)|^{power} diverges: |f|^{power} times the Gaussian density does "
                    f"not tend to 0 at x = {end}")
    for p in pieces:
        g = sp.Abs(p.expr) ** power
        for c in _singular_points(p.expr, x, p.interval):
            for side in ("+", "-"):
                if not _reaches(p.interval, c, side):
                    continue
                if _tends_to_zero(g * sp.Abs(x - c), x, c, side) is False:
                    return (f"E |f(Z)|^{power} diverges: |f|^{power} |x - {c}| does not "
                            f"tend to 0 at x = {c}")
    return None


def _tends_to_zero(e: sp.Expr, x: sp.Symbol, point: sp.Expr, side: str) -> bool | None:
    try:
        value = attempt(limit, e, x, point, side, share=1.0, cap=LIMIT_SECONDS)
    except (Undecided, *SYMPY_FAILURES):
        return None
    if value is None or value is NONEXISTENT or value.has(sp.nan, sp.zoo):
        return None
    if value.is_zero:
        return True
    return False if (value.is_positive or value.is_infinite) else None


def _singular_points(e: sp.Expr, x: sp.Symbol, where: sp.Set) -> list[sp.Expr]:
    """Real points of the piece's closure where e is not finite (poles of 1/x, log x at 0)."""
    try:
        found = attempt(sp.singularities, e, x, sp.Reals, share=1.0, cap=LIMIT_SECONDS)
    except (*SYMPY_FAILURES, Undecided):
        return []
    if not isinstance(found, sp.FiniteSet):
        return []
    return [c for c in found if c.is_real and c in where.closure]


def _reaches(where: sp.Set, c: sp.Expr, side: str) -> bool:
    """The piece has points just right (``+``) or just left (``-``) of c."""
    return c == (where.inf if side == "+" else where.sup) or c in where.interior
