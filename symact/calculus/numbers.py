"""High-precision values of expressions, and the comparison of two values.

``mp_value`` evaluates a closed expression (or ``expr`` at ``x = at``) to :data:`DPS` digits
and refuses anything that is not a finite real. ``compare(a, b)`` is the sign of ``a - b``:
exact when SymPy's assumptions decide it, else at 50 digits, where values closer than
``TINY · (1 + |a| + |b|)`` count as equal.

>>> import sympy as sp
>>> compare(sp.pi, sp.Rational(355, 113))
-1
>>> compare(sp.exp(sp.LambertW(1)), 1 / sp.LambertW(1))
0
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import mpmath
import numpy as np
import scipy.special as sc
import sympy as sp

from ..errors import Undecided


class ParameterSign(Undecided):
    """The sign of ``expr`` decides the answer and depends on the parameters (derive then
    splits the parameter's values at the roots of ``expr``)."""

    def __init__(self, expr: sp.Expr):
        super().__init__(f"sign of {expr} depends on the parameters")
        self.expr = expr

DPS = 50
# Below this (at DPS digits) a value is taken as zero; ten digits of headroom under 10^-50.
TINY = mpmath.mpf(10) ** -40

# lambdify's module map for float64 scans: NumPy has no erf/erfc/LambertW of its own.
NP_MODULES = [{"erf": sc.erf, "erfc": sc.erfc, "LambertW": lambda z: sc.lambertw(z).real},
              "numpy"]


@lru_cache(maxsize=1024)
def mp_function(expr: sp.Expr, x: sp.Symbol) -> Callable[[mpmath.mpf], mpmath.mpf]:
    """``expr`` as an mpmath function of ``x`` (code generated from the SymPy tree)."""
    return sp.lambdify(x, expr, modules="mpmath")


@lru_cache(maxsize=1024)
def np_function(expr: sp.Expr, x: sp.Symbol) -> Callable[[np.ndarray], np.ndarray]:
    """``expr`` as a float64 array function of ``x``; over/underflow is silent (scans expect
    it), and a constant is broadcast to the shape of the argument."""
    f = sp.lambdify(x, expr, modules=NP_MODULES)

    def wrapped(t: np.ndarray) -> np.ndarray:
        with np.errstate(all="ignore"):
            try:
                out = f(t)
            except OverflowError:  # an integer literal beyond float64 (10**400): no scan
                out = np.full(t.shape, np.nan)
        return np.broadcast_to(np.asarray(out, dtype=float), t.shape)

    return wrapped


def mp_value(expr: sp.Expr, x: sp.Symbol | None = None, at: object = None) -> mpmath.mpf:
    """``expr`` (at ``x = at``) to 50 digits; raises Undecided if not a finite real."""
    with mpmath.workdps(DPS):
        try:
            if x is not None and expr.has(x):
                v = mp_function(expr, x)(mpmath.mpf(at) if not isinstance(at, sp.Expr)
                                         else _mp_const(at))
            else:
                v = _mp_const(expr)
        except (TypeError, ValueError, ZeroDivisionError, OverflowError) as exc:
            raise Undecided(f"cannot evaluate {expr}: {exc}") from None
        if isinstance(v, mpmath.mpc):
            if abs(v.imag) > TINY * (1 + abs(v.real)):
                raise Undecided(f"{expr} is not real")
            v = v.real
        if not mpmath.isfinite(v):
            raise Undecided(f"{expr} is not finite")
        return +v


def _mp_const(e: sp.Expr) -> mpmath.mpf:
    if e.free_symbols:
        raise Undecided(f"{e} depends on {sorted(map(str, e.free_symbols))}")
    v = sp.N(e, DPS + 10)
    if not v.is_number or v.has(sp.nan, sp.zoo) or v.is_infinite:
        raise Undecided(f"{e} is not a finite number")
    re, im = v.as_real_imag()
    if abs(im) > 1e-40:
        raise Undecided(f"{e} is not real")
    return mpmath.mpf(str(re))


def compare(a: sp.Expr, b: sp.Expr) -> int:
    """Sign of a - b (-1, 0, 1), exactly when SymPy decides, else at 50 digits."""
    if a == b:
        return 0
    for inf, s in ((sp.S.Infinity, 1), (sp.S.NegativeInfinity, -1)):
        if a is inf:
            return 0 if b is inf else s
        if b is inf:
            return -s
    d = a - b
    if d.is_zero:
        return 0
    if d.is_positive:
        return 1
    if d.is_negative:
        return -1
    if d.free_symbols:
        ds = sp.simplify(d)
        if ds.is_zero:
            return 0
        if ds.is_positive:
            return 1
        if ds.is_negative:
            return -1
        raise ParameterSign(ds)
    va, vb = mp_value(a), mp_value(b)
    with mpmath.workdps(DPS):
        if abs(va - vb) <= TINY * (1 + abs(va) + abs(vb)):
            return 0
        return 1 if va > vb else -1


def is_zero(e: sp.Expr) -> bool:
    """``compare(e, 0) == 0``: exactly zero, or zero to 50 digits."""
    return compare(e, sp.S.Zero) == 0
