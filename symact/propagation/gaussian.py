"""Integrals against a Gaussian density, over the pieces of a piecewise function.

Two ways to compute ∫_lo^hi g(x) N(x; m, v) dx:

- :func:`gaussian_poly_exp`, in closed form when g = Σ c x^k e^{a x}: e^{a x} N(x; m, v) is
  e^{a m + a² v/2} N(x; m + a v, v), and with u = (x − μ)/√v,
  ∫ u^j φ(u) du = [−u^{j−1} φ(u)] + (j − 1) ∫ u^{j−2} φ(u) du;
- :func:`quad`, mpmath quadrature of f^power N(m, v) summed over the pieces of a
  :class:`~symact.calculus.Function`, each cut at the mean ± {0, 1, 3, 6, 12} sd
  (:func:`breaks`), with mpmath's error estimate.

>>> import sympy as sp
>>> t = sp.Symbol("t", real=True)
>>> gaussian_poly_exp(t**2 * sp.exp(t), t, -sp.oo, sp.oo)
2*exp(1/2)
"""

from __future__ import annotations

import functools

import mpmath
import sympy as sp

from ..calculus import Function

DIGITS = 30  # the digits a moment is certified to (exact and numeric must agree to these)
WORK_DPS = DIGITS + 15  # working precision of the quadrature


def to_mpf(v: object) -> mpmath.mpf:
    """``v`` (a SymPy number or an mpf) as an mpf at :data:`WORK_DPS` digits."""
    with mpmath.workdps(WORK_DPS):
        if isinstance(v, mpmath.mpf):
            return +v
        return mpmath.mpf(str(sp.N(v, WORK_DPS)))


def gaussian_poly_exp(expr: sp.Expr, x: sp.Symbol, lo: sp.Expr, hi: sp.Expr,
                      m: sp.Expr = sp.S.Zero, v: sp.Expr = sp.S.One) -> sp.Expr | None:
    """∫_lo^hi expr · N(x; m, v) dx in closed form when expr = Σ c x^k e^{a x} (k ≥ 0).

    e^{a x} times the density is e^{a m + a² v/2} times the density of N(m + a v, v), and
    with u = (x − μ)/√v: ∫ u^j φ(u) du = [−u^{j−1} φ(u)] + (j − 1) ∫ u^{j−2} φ(u) du.

    Returns None when ``expr`` is not of that form.

    >>> import sympy as sp
    >>> t = sp.Symbol("t", real=True)
    >>> gaussian_poly_exp(t**2, t, 0, sp.oo)
    1/2
    """
    lo, hi, m, v = (sp.S(a) for a in (lo, hi, m, v))
    terms = []
    for term in sp.Add.make_args(sp.expand(sp.powsimp(sp.expand(expr)))):
        coeff, k, a = sp.S.One, 0, sp.S.Zero
        for factor in sp.Mul.make_args(term):
            base, expo = factor.as_base_exp()
            if not factor.has(x):
                coeff *= factor
            elif factor == x or (base == x and expo.is_Integer and expo > 0):
                k += 1 if factor == x else int(expo)
            elif isinstance(factor, sp.exp) or (base is sp.E):
                arg = factor.args[0] if isinstance(factor, sp.exp) else expo
                slope = sp.expand(arg).coeff(x, 1)
                rest = sp.expand(arg - slope * x)
                if rest.has(x) or slope.has(x):
                    return None
                a += slope
                coeff *= sp.exp(rest)
            else:
                return None
        terms.append((coeff, k, a))
    s = sp.sqrt(v)
    total = sp.S.Zero
    for coeff, k, a in terms:
        mu = m + a * v
        scale = sp.exp(a * m + a**2 * v / 2)
        ulo = (lo - mu) / s if not lo.is_infinite else lo
        uhi = (hi - mu) / s if not hi.is_infinite else hi
        # (mu + s u)^k expanded, each u^j integrated against φ on [ulo, uhi]
        for j in range(k + 1):
            total += coeff * scale * sp.binomial(k, j) * mu ** (k - j) * s**j * _moment(
                j, ulo, uhi)
    return total


def _phi(u: sp.Expr) -> sp.Expr:
    return sp.S.Zero if u.is_infinite else sp.exp(-u**2 / 2) / sp.sqrt(2 * sp.pi)


def _cdf(u: sp.Expr) -> sp.Expr:
    if u is sp.S.Infinity:
        return sp.S.One
    if u is sp.S.NegativeInfinity:
        return sp.S.Zero
    return (1 + sp.erf(u / sp.sqrt(2))) / 2


def _moment(j: int, a: sp.Expr, b: sp.Expr) -> sp.Expr:
    """∫_a^b u^j φ(u) du."""
    if j == 0:
        return _cdf(b) - _cdf(a)
    if j == 1:
        return _phi(a) - _phi(b)

    def edge(u: sp.Expr) -> sp.Expr:
        return sp.S.Zero if u.is_infinite else u ** (j - 1) * _phi(u)

    return edge(a) - edge(b) + (j - 1) * _moment(j - 2, a, b)


@functools.lru_cache(maxsize=256)
def _mp_function(expr: sp.Expr, x: sp.Symbol):
    """lambdify once per piece and power: a fixed-point search or a 50-layer trajectory
    integrates the same pieces hundreds of times."""
    return sp.lambdify(x, expr, "mpmath")


def quad(fn: Function, power: int, m: sp.Expr, v: sp.Expr,
         dps: int = WORK_DPS) -> tuple[mpmath.mpf, mpmath.mpf]:
    """∫ f^power φ over each piece, split at the kinks and around the mean: (value, error)."""
    x = fn.x
    with mpmath.workdps(dps):
        mu, s = to_mpf(m), mpmath.sqrt(to_mpf(v))
        total = mpmath.mpf(0)
        error = mpmath.mpf(0)
        for p in fn.pieces:
            if p.is_point:
                continue
            g = _mp_function(p.expr**power, x)
            lo = -mpmath.inf if p.interval.inf.is_infinite else to_mpf(p.interval.inf)
            hi = mpmath.inf if p.interval.sup.is_infinite else to_mpf(p.interval.sup)
            pts = breaks(lo, hi, mu, s)

            def integrand(t, g=g):
                return g(t) * mpmath.npdf(t, mu, s)

            value, e = mpmath.quad(integrand, pts, error=True,
                                   maxdegree=10 if dps > 30 else 6)
            total += value
            error += e
        return +total, error


def breaks(lo, hi, mean, sd) -> list:
    """[lo, ..., hi] cut at mean ± {0, 1, 3, 6, 12} sd: quadrature sees where the mass is."""
    marks = [mean + k * sd for k in (-12, -6, -3, -1, 0, 1, 3, 6, 12)]
    return [lo, *[t for t in marks if lo < t < hi], hi]
