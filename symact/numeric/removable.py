"""Removable singularities for floating point: near a point b where f is defined apart (sinc
at 0, the shifted sinc at π), the general branch N/D divides two small numbers and f' cancels
catastrophically (f'(π + 1e-8) of π²·sin x/(π² − x²) came out 3.44, not −1/4).

:func:`taylor_at_removable` replaces each such point branch ``(v, Eq(x, b))`` by its Taylor
polynomial on |x − b| < RADIUS, when the branch after it is analytic there with lim = v
exactly; the polynomial's coefficients are exact (SymPy's series), evaluated in float64 at the
end, and its derivative is the derivative's Taylor polynomial. The printers subtract an
irrational b in two parts (b_hi + b_lo), so x − π keeps its digits next to π.

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> e = taylor_at_removable(sp.Piecewise((1, sp.Eq(x, 0)), (sp.sin(x) / x, True)), x)
>>> e.args[0][0].subs(x, 0), e.args[0][1]
(1, Abs(x) < 1/8)
"""

from __future__ import annotations

import math

import sympy as sp

from ..budget import deadline
from ..errors import SYMPY_FAILURES, BudgetExceeded

RADIUS = sp.Rational(1, 8)
# terms kept: the remainder at |x - b| = 1/8 is below 2^-60 relative for analytic functions
# whose nearest other singularity is at distance >= 1 (DSU's at -pi from pi: 2*pi)
ORDER = 24
SECONDS = 10.0


def taylor_at_removable(expr: sp.Expr, x: sp.Symbol) -> sp.Expr:
    """``expr`` with each removable point branch of a top-level Piecewise as a polynomial."""
    if not isinstance(expr, sp.Piecewise):
        return expr
    *points, (general, last) = expr.args
    if last is not sp.true or not points:
        return expr
    where = [_point(cond, x) for _, cond in points]
    out = []
    for (v, cond), b in zip(points, where, strict=True):
        # no other point branch inside the disc, which the polynomial would cover
        alone = b is not None and all(c is b or c is None or abs(float(c - b)) > 2 * RADIUS
                                      for c in where)
        poly = _taylor(general, x, b, v) if alone else None
        out.append((poly, sp.Abs(x - b) < RADIUS) if poly is not None else (v, cond))
    return sp.Piecewise(*out, (general, True))


def _point(cond: sp.Basic, x: sp.Symbol) -> sp.Expr | None:
    if isinstance(cond, sp.Eq) and x in (cond.lhs, cond.rhs):
        b = cond.rhs if cond.lhs == x else cond.lhs
        return b if b.is_number and b.is_real else None
    return None


def _taylor(p: sp.Expr, x: sp.Symbol, b: sp.Expr, v: sp.Expr) -> sp.Expr | None:
    """sum a_k (x - b)^k, k < ORDER, when p -> v at b exactly; None otherwise."""
    u = sp.Dummy("u", real=True)
    try:
        with deadline(SECONDS):
            q = p.subs(x, u + b)
            series = sp.series(q, u, 0, ORDER).removeO()
            if series.has(sp.Order) or series.has(sp.nan, sp.zoo, sp.oo):
                return None
            coeffs = sp.Poly(sp.expand(series), u).all_coeffs()[::-1]
            if sp.simplify(coeffs[0] - v) != 0:
                return None  # not continuous at b: the point keeps its own value
            poly = sp.Add(*(c * (x - b) ** k for k, c in enumerate(coeffs)))
            return poly if _agrees(poly, p, x, b) else None
    except (BudgetExceeded, sp.PolynomialError, *SYMPY_FAILURES):
        return None


def _agrees(poly: sp.Expr, p: sp.Expr, x: sp.Symbol, b: sp.Expr) -> bool:
    """The truncated series matches p to 2^-58 at 50 digits at b ± RADIUS and b ± RADIUS/2
    (a singularity of p closer than about 1 would leave ORDER terms short of float64)."""
    for t in (RADIUS, -RADIUS, RADIUS / 2, -RADIUS / 2):
        at = b + t
        want, got = sp.N(p.subs(x, at), 50), sp.N(poly.subs(x, at), 50)
        if not (want.is_real and got.is_real) or abs(got - want) > 2**-58 * max(abs(want), 1):
            return False
    return True


def two_parts(e: sp.Add) -> tuple[sp.Expr, float, float] | None:
    """(rest, c_hi, c_lo) for an Add with one irrational real constant term c = c_hi + c_lo
    (c_hi = fl(c), c_lo = fl(c - c_hi)), else None."""
    consts = [a for a in e.args if a.is_number and not a.is_Rational]
    if len(consts) != 1 or not consts[0].is_real:
        return None
    (c,) = consts
    hi = float(sp.N(c, 40))
    if not math.isfinite(hi):
        return None  # beyond float64 the constant prints as it did
    lo = float(sp.N(c - sp.Rational(hi), 40))
    return sp.Add(*(a for a in e.args if a is not c), evaluate=False), hi, lo
