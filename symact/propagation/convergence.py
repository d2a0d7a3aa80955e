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
        side = "-" if end > 0 else "+"
        tends = _log_tends_to_zero(p.expr, power, -(x - m) ** 2 / (2 * v), x, end, side)
        if tends is None:
            tends = _tends_to_zero(sp.Abs(p.expr) ** power * density, x, end, side)
        if tends is False:
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


def _log_tends_to_zero(e: sp.Expr, power: int, log_density: sp.Expr, x: sp.Symbol,
                       end: sp.Expr, side: str) -> bool | None:
    """Whether |e|^power times the density tends to 0 on a tail, read through its logarithm
    (``exp(exp(x))``: the limit of exp(2 e^x − x²/2) is out of SymPy's reach in seconds,
    that of 2 e^x − x²/2 is not). A limit +oo or finite means it does not (False), −oo that
    it does (True); anything else, None. Only for exp-log-like expressions (:func:`_hardy`):
    there the logarithm has a limit in [−oo, oo], whereas log |sin x| + x²/2, whose "limit"
    SymPy gives as oo, dips to −oo at every zero of sin."""
    if e.is_zero or not _hardy(e) or not _towering(e, x):
        return None
    log_g = power * _log_abs(e) + log_density
    if log_g.has(sp.zoo, sp.nan):
        return None
    try:
        value = attempt(limit, log_g, x, end, side, share=1.0, cap=LIMIT_SECONDS)
    except (Undecided, *SYMPY_FAILURES):
        return None
    if value is sp.S.NegativeInfinity:
        return True
    if value is sp.S.Infinity or (isinstance(value, sp.Number) and value.is_finite):
        return False
    return None


# functions eventually monotone on a tail (they and the field operations, real powers, exp
# and log generate a Hardy field, where every expression has a limit at oo): no oscillation
_MONOTONE_TAILS = (sp.exp, sp.log, sp.Abs, sp.erf, sp.erfc, sp.tanh, sp.sinh, sp.cosh, sp.atan,
                   sp.asinh)


def _hardy(e: sp.Expr) -> bool:
    """Whether ``e`` is built from numbers, x and :data:`_MONOTONE_TAILS` only.

    >>> import sympy as sp
    >>> x = sp.Symbol("x", real=True)
    >>> _hardy(sp.exp(sp.exp(x)) * sp.tanh(x)), _hardy(sp.sin(x) * sp.exp(x**2))
    (True, False)
    """
    return all(isinstance(f, _MONOTONE_TAILS) for f in e.atoms(sp.Function))


def _towering(e: sp.Expr, x: sp.Symbol) -> bool:
    """Whether ``e`` has an exponent that is not a polynomial in x (``exp(exp(x))``,
    ``2**(2**x)``): the growth where only the logarithm's limit is in reach. For the rest
    (``exp(x**2/4)``, tanh) the direct limit is quick, and trying the logarithm first would
    only cost time.

    >>> import sympy as sp
    >>> x = sp.Symbol("x", real=True)
    >>> _towering(sp.exp(sp.exp(x)), x), _towering(sp.exp(x**2) * sp.tanh(x), x)
    (True, False)
    """
    exponents = [a.args[0] for a in e.atoms(sp.exp)] + [a.exp for a in e.atoms(sp.Pow)]
    return any(u.has(x) and not u.is_polynomial(x) for u in exponents)


def _log_abs(e: sp.Expr) -> sp.Expr:
    """log |e| split by identities that hold wherever e is finite and nonzero:
    log |ab| = log |a| + log |b|, log |e^u| = u (u real), log |b^n| = n log |b| (n an
    integer), log |b^s| = s log b (b > 0, s real).

    >>> import sympy as sp
    >>> x = sp.Symbol("x", real=True)
    >>> _log_abs(x**2 * sp.exp(sp.exp(x)))
    exp(x) + 2*log(Abs(x))
    """
    if isinstance(e, sp.Mul):
        return sp.Add(*(_log_abs(a) for a in e.args))
    if isinstance(e, sp.exp) and e.args[0].is_extended_real:
        return e.args[0]
    if isinstance(e, sp.Pow) and (e.exp.is_Integer or (e.base.is_positive
                                                       and e.exp.is_extended_real)):
        inner = _log_abs(e.base) if e.exp.is_Integer else sp.log(e.base)
        return e.exp * inner
    return sp.log(sp.Abs(e))


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
