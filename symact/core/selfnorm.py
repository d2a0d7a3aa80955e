"""SELU's constants from first principles (Klambauer et al., 2017).

For Z ~ N(0, 1), λ and α solve E[selu(Z)] = 0 and E[selu(Z)²] = 1. Both integrals are done
exactly by SymPy piece by piece, α from the (linear) mean condition, λ from the variance one.
The catalog's SELU uses the exact results through the constants ``SELU_LAMBDA``/``SELU_ALPHA``.

>>> import mpmath
>>> lam, alpha = selu_constants(digits=20)
>>> mpmath.nstr(lam, 20), mpmath.nstr(alpha, 20)
('1.0507009873554804934', '1.6732632423543772848')
"""

from __future__ import annotations

from functools import lru_cache

import mpmath
import sympy as sp
from sympy.core.singleton import Singleton

from .pieces import split

_X = sp.Symbol("x", real=True)
_LAM, _ALPHA = sp.symbols("lambda alpha", positive=True)
# The SELU family before its constants are fixed: λ·(x for x > 0, α(eˣ − 1) otherwise).
SELU_FAMILY = _LAM * sp.Piecewise((_ALPHA * (sp.exp(_X) - 1), _X <= 0), (_X, True))


def gaussian_expectation(expr: sp.Expr, x: sp.Symbol = _X) -> sp.Expr:
    """E[expr(Z)] for Z ~ N(0, 1), integrating exactly over each piece of a piecewise expr."""
    density = sp.exp(-x**2 / 2) / sp.sqrt(2 * sp.pi)
    total = sp.S.Zero
    for piece in split(expr, x):
        if piece.is_point:
            continue
        lo, hi = piece.interval.inf, piece.interval.sup
        total += sp.integrate(sp.expand(piece.expr * density), (x, lo, hi))
    return total


@lru_cache(maxsize=1)
def selu_closed_forms() -> tuple[sp.Expr, sp.Expr]:
    """Exact (λ, α) with E[selu(Z)] = 0 and E[selu(Z)²] = 1, solved from the SELU family."""
    mean = gaussian_expectation(SELU_FAMILY)
    second = gaussian_expectation(SELU_FAMILY**2)
    roots = [r for r in sp.solve(mean / _LAM, _ALPHA) if r.evalf(30) > 0]
    if len(roots) != 1:
        raise ArithmeticError(f"expected one positive alpha, found {roots}")
    alpha = roots[0]
    lam = 1 / sp.sqrt(sp.expand(second.subs(_ALPHA, alpha) / _LAM**2))
    return lam, alpha


def selu_constants(digits: int = 30) -> tuple[mpmath.mpf, mpmath.mpf]:
    """(λ, α) to ``digits`` significant digits, evaluated from the exact closed forms."""
    lam, alpha = selu_closed_forms()
    with mpmath.workdps(digits + 10):
        pair = (mpmath.mpf(str(lam.evalf(digits + 10))), mpmath.mpf(str(alpha.evalf(digits + 10))))
    with mpmath.workdps(digits):
        return (+pair[0], +pair[1])


_CACHED_BITS = 1000


@lru_cache(maxsize=2)
def _cached_value(index: int):
    dps = mpmath.libmp.prec_to_dps(_CACHED_BITS) + 10
    return selu_closed_forms()[index].evalf(dps)._as_mpf_val(_CACHED_BITS + 20)


class _Derived(sp.NumberSymbol, metaclass=Singleton):
    """A real constant whose exact value is a derived closed form."""

    is_real = True
    is_finite = True
    is_number = True
    __slots__ = ()
    _index = 0

    def _closed(self) -> sp.Expr:
        return selu_closed_forms()[self._index]

    def _as_mpf_val(self, prec: int):
        # evaluating the closed form costs ~0.1 s; SymPy asks often, so keep 1000 bits
        if prec <= _CACHED_BITS:
            value = _cached_value(self._index)
            return mpmath.libmp.mpf_pos(value, prec, mpmath.libmp.round_nearest)
        return self._closed().evalf(mpmath.libmp.prec_to_dps(prec) + 5)._as_mpf_val(prec)

    def approximation_interval(self, number_cls):
        return None

    def rewrite_closed(self) -> sp.Expr:
        return self._closed()

    # generated code carries enough digits for 50-digit mpmath work and exact float64
    def _mpmathcode(self, printer) -> str:
        return f"{printer._module_format('mpmath.mpf')}('{sp.N(self._closed(), 80)}')"

    def _numpycode(self, printer) -> str:
        return repr(float(self._closed().evalf(30)))

    _pythoncode = _numpycode


class SeluLambda(_Derived):
    """λ of SELU, the exact solution of the fixed-point conditions (≈ 1.0507)."""

    _index = 0

    def _latex(self, printer) -> str:
        return r"\lambda_{\mathrm{SELU}}"

    def _sympystr(self, printer) -> str:
        return "SELU_LAMBDA"


class SeluAlpha(_Derived):
    """α of SELU, the exact solution of the fixed-point conditions (≈ 1.6733)."""

    _index = 1

    def _latex(self, printer) -> str:
        return r"\alpha_{\mathrm{SELU}}"

    def _sympystr(self, printer) -> str:
        return "SELU_ALPHA"


SELU_LAMBDA = SeluLambda()
SELU_ALPHA = SeluAlpha()
# Every named constant an expression string may hold, by the name it prints as.
NAMED_CONSTANTS: dict[str, _Derived] = {"SELU_LAMBDA": SELU_LAMBDA, "SELU_ALPHA": SELU_ALPHA}
