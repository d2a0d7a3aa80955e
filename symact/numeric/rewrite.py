"""Rewrite rules: unstable patterns of custom expressions -> stable functions.

Each rule is a named value (:class:`Rewrite`) with a proved example, composed in ``RULES``
(as SymPy's ``codegen/rewriting.py`` composes its optimisations); :func:`rewrite` applies them.

>>> from symact.core import parse
>>> rewrite(parse("log(1 + exp(2*x))"))
Softplus(2*x)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sympy as sp
from sympy.codegen.cfunctions import expm1, log1p

from ..core import Erfc, LogSigmoid, Sigmoid, Softplus, TanhSoftplus, X
from .removable import taylor_at_removable

exp = sp.exp


@dataclass(frozen=True)
class Rewrite:
    """A named rewrite: ``apply`` maps a subexpression to its stable form or returns None."""

    name: str
    doc: str
    apply: Callable[[sp.Expr], sp.Expr | None]
    example: tuple[str, str]  # (input, expected output) for the rule's own test

    def __call__(self, expr: sp.Expr) -> sp.Expr:
        """Top-down: the largest matching subexpression is rewritten first."""
        if not isinstance(expr, sp.Basic) or expr.is_Atom:
            return expr
        new = self.apply(expr)
        if new is not None:
            return new.func(*(self(a) for a in new.args)) if new.args else new
        args = tuple(self(a) for a in expr.args)
        return expr.func(*args) if args != expr.args else expr


def _one_plus_exp(e: sp.Expr) -> sp.Expr | None:
    """u when e is 1 + exp(u)."""
    if isinstance(e, sp.Add) and len(e.args) == 2 and sp.S.One in e.args:
        other = e.args[0] if e.args[1] == 1 else e.args[1]
        if isinstance(other, sp.exp):
            return other.args[0]
    return None


def _sigmoid(e: sp.Expr) -> sp.Expr | None:
    # 1/(1 + e^{-u})
    if isinstance(e, sp.Pow) and e.exp == -1 and (u := _one_plus_exp(e.base)) is not None:
        return Sigmoid(-u)
    # e^u/(1 + e^u) (SymPy keeps it as a product of e^u and (1 + e^u)^-1)
    if isinstance(e, sp.Mul):
        for f in e.args:
            if isinstance(f, sp.Pow) and f.exp == -1 and (u := _one_plus_exp(f.base)) is not None:
                rest = e / f
                if rest == exp(u):
                    return Sigmoid(u)
                if isinstance(rest, sp.Mul) and exp(u) in rest.args:
                    return (rest / exp(u)) * Sigmoid(u)
    return None


def _log_sigmoid(e: sp.Expr) -> sp.Expr | None:
    if not isinstance(e, sp.log):
        return None
    a = e.args[0]
    if isinstance(a, Sigmoid):
        return LogSigmoid(a.args[0])
    # log(1/(1 + e^u)) = logsigmoid(−u)
    if isinstance(a, sp.Pow) and a.exp == -1 and (u := _one_plus_exp(a.base)) is not None:
        return LogSigmoid(-u)
    return None


def _softplus(e: sp.Expr) -> sp.Expr | None:
    if isinstance(e, sp.log) and (u := _one_plus_exp(e.args[0])) is not None:
        return Softplus(u)
    return None


def _tanh_softplus(e: sp.Expr) -> sp.Expr | None:
    if isinstance(e, sp.tanh):
        a = e.args[0]
        if isinstance(a, Softplus):
            return TanhSoftplus(a.args[0])
        if (u := _softplus(a)) is not None:
            return TanhSoftplus(u.args[0])
    return None


def _one_plus(e: sp.Expr, f: type) -> tuple[int, sp.Expr] | None:
    """(s, u) when e is 1 + s·f(u) with s = ±1."""
    if isinstance(e, sp.Add) and len(e.args) == 2 and sp.S.One in e.args:
        other = e.args[0] if e.args[1] == 1 else e.args[1]
        if isinstance(other, f):
            return 1, other.args[0]
        if isinstance(other, sp.Mul) and other.args[0] == -1 and len(other.args) == 2 \
                and isinstance(other.args[1], f):
            return -1, other.args[1].args[0]
    return None


def _erf(e: sp.Expr) -> sp.Expr | None:
    # 1 + erf(u) = erfc(−u) and 1 − erf(u) = erfc(u): no cancellation in the tail
    if (m := _one_plus(e, sp.erf)) is not None:
        s, u = m
        return Erfc(-u) if s == 1 else Erfc(u)
    return None


def _tanh_sum(e: sp.Expr) -> sp.Expr | None:
    # 1 ± tanh(u) = 2σ(±2u)
    if (m := _one_plus(e, sp.tanh)) is not None:
        s, u = m
        return 2 * Sigmoid(2 * s * u)
    return None


def _expm1(e: sp.Expr) -> sp.Expr | None:
    if isinstance(e, sp.Add) and len(e.args) == 2 and sp.S.NegativeOne in e.args:
        other = e.args[0] if e.args[1] == -1 else e.args[1]
        if isinstance(other, sp.exp):
            return expm1(other.args[0])
    return None


def _log1p(e: sp.Expr) -> sp.Expr | None:
    if isinstance(e, sp.log) and isinstance(e.args[0], sp.Add) and sp.S.One in e.args[0].args:
        return log1p(e.args[0] - 1)
    return None


RULES: tuple[Rewrite, ...] = (
    Rewrite("sigmoid", "1/(1 + e^{−u}) and e^u/(1 + e^u) → σ(u)", _sigmoid,
         ("1/(1 + exp(-x))", "Sigmoid(x)")),
    Rewrite("log_sigmoid", "log σ(u) → logsigmoid(u)", _log_sigmoid,
         ("log(1/(1 + exp(-x)))", "LogSigmoid(x)")),
    Rewrite("softplus", "log(1 + e^u) → softplus(u) = logaddexp(0, u)", _softplus,
         ("log(1 + exp(2*x))", "Softplus(2*x)")),
    Rewrite("tanh_softplus", "tanh(softplus(u)) → a rational function of e^{∓u}", _tanh_softplus,
         ("tanh(log(1 + exp(x)))", "TanhSoftplus(x)")),
    Rewrite("erf_complement", "1 ± erf(u) → erfc(∓u)", _erf,
         ("x*(1 + erf(x/sqrt(2)))/2", "x*Erfc(-sqrt(2)*x/2)/2")),
    Rewrite("tanh_sum", "1 ± tanh(u) → 2σ(±2u)", _tanh_sum,
         ("x*(1 + tanh(x))/2", "x*Sigmoid(2*x)")),
    Rewrite("expm1", "e^u − 1 → expm1(u)", _expm1, ("exp(x) - 1", "expm1(x)")),
    Rewrite("log1p", "log(1 + u) → log1p(u)", _log1p, ("log(1 + x**2)", "log1p(x**2)")),
)


def rewrite(expr: sp.Expr, rules: tuple[Rewrite, ...] = RULES) -> sp.Expr:
    """Apply the rules in order, each to every matching subexpression (top-down).

    Common factors are pulled out first: x·erf(x)/2 + x/2 becomes x·(1 + erf(x))/2; a
    removable point branch becomes its Taylor polynomial (:mod:`.removable`).
    """
    expr = taylor_at_removable(sp.factor_terms(expr), X)
    for rule in rules:
        expr = rule(expr)
    return expr
