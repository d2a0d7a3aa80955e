"""Stable SymPy functions for custom expressions: σ, softplus, log σ, tanh∘softplus, erfc.

Each is a ``sp.Function`` with its ``definition()``; the numeric layer prints them as calls of
the stable kernels, and :func:`definitions` substitutes the definitions back (for proofs).

>>> Sigmoid(sp.Symbol("u")).definition()
1/(1 + exp(-u))
"""

from __future__ import annotations

import sympy as sp
from sympy.codegen.cfunctions import expm1, log1p

exp = sp.exp


class StableFunction(sp.Function):
    """A function with a stable kernel; ``definition()`` gives the plain SymPy meaning."""

    kernel = ""

    def definition(self) -> sp.Expr:
        raise NotImplementedError(f"{type(self).__name__} states no definition")


class Sigmoid(StableFunction):
    """σ(u) = 1/(1 + e^{−u})."""

    kernel = "sigmoid"

    def definition(self) -> sp.Expr:
        return 1 / (1 + exp(-self.args[0]))

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        u = self.args[0]
        return Sigmoid(u) * Sigmoid(-u)


class Softplus(StableFunction):
    """log(1 + e^u)."""

    kernel = "softplus"

    def definition(self) -> sp.Expr:
        return sp.log(1 + exp(self.args[0]))

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        return Sigmoid(self.args[0])


class LogSigmoid(StableFunction):
    """log σ(u) = −log(1 + e^{−u})."""

    kernel = "logsigmoid"

    def definition(self) -> sp.Expr:
        return -sp.log(1 + exp(-self.args[0]))

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        return Sigmoid(-self.args[0])


class TanhSoftplus(StableFunction):
    """tanh(log(1 + e^u)) (mish's gate)."""

    kernel = "tanh_softplus"

    def definition(self) -> sp.Expr:
        return sp.tanh(sp.log(1 + exp(self.args[0])))

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        u = self.args[0]
        return (1 - TanhSoftplus(u) ** 2) * Sigmoid(u)


class Erfc(StableFunction):
    """erfc(u), kept as written: SymPy rewrites erfc(−u) to 2 − erfc(u), which cancels."""

    kernel = "erfc"

    def definition(self) -> sp.Expr:
        return sp.erfc(self.args[0])

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        u = self.args[0]
        return -2 * exp(-u**2) / sp.sqrt(sp.pi)


STABLE_FUNCTIONS = (Sigmoid, Softplus, LogSigmoid, TanhSoftplus, Erfc)


def definitions(expr: sp.Expr) -> sp.Expr:
    """Replace stable functions by their definitions, log1p/expm1 by log/exp (for proofs)."""
    expr = expr.replace(lambda e: isinstance(e, StableFunction), lambda e: e.definition())
    return expr.replace(lambda e: isinstance(e, log1p | expm1), lambda e: sp.expand_func(e))
