"""Named rewrite rules as values; every derivation step cites one.

A :class:`Rule` is a name, a one-line description and a function ``Expr -> Expr`` that must
return an *equal* expression (the prover re-checks every step independently, so a rule that
is wrong somewhere can only cost a proof, never produce a false one). Rules are composed in
tuples, in the spirit of SymPy's ``codegen.rewriting`` optimisations.

>>> from symact.core import parse
>>> EXP.apply(parse("tanh(z)", catalog=False))
(exp(z) - exp(-z))/(exp(z) + exp(-z))
>>> [r.name for r in NORMALISE]
['catalog', 'derivative', 'piecewise']
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import sympy as sp
from sympy.core.function import AppliedUndef

from ..calculus import NONEXISTENT, limit
from ..core import differentiate, expand, names_and_aliases, to_piecewise
from ..errors import SYMPY_FAILURES, BudgetExceeded, SymactError
from . import atoms
from .atoms import to_exp


@dataclass(frozen=True)
class Rule:
    """A named, documented rewrite ``apply(e) == e`` (as functions of the real variables)."""

    name: str
    description: str
    apply: Callable[[sp.Expr], sp.Expr]

    def __call__(self, expr: sp.Expr) -> sp.Expr:
        return self.apply(expr)


def _catalog(e: sp.Expr) -> sp.Expr:
    """Replace ``sigmoid(u)`` etc. by the definition; derivatives are left for DERIVATIVE."""
    names = set(names_and_aliases())

    def is_call(a: sp.Basic) -> bool:
        return isinstance(a, AppliedUndef) and a.func.__name__ in names

    while e.has(AppliedUndef):
        new = e.replace(is_call, expand)
        if new == e:
            break
        e = new
    return e


def _derivative(e: sp.Expr) -> sp.Expr:
    """Each Derivative done under the kink convention (:func:`symact.core.differentiate`)."""
    return e.replace(lambda a: isinstance(a, sp.Derivative), _done)


def _done(d: sp.Derivative) -> sp.Expr:
    out = d.expr.doit()
    for var, count in d.variable_count:
        out = differentiate(out, var, int(count))
    return out


def signed(params) -> bool:
    """At most one parameter, with a known sign (a case of the split made it positive or
    negative). With two, SymPy's limit is wrong even with signs: it answers x for
    lim log(e^(bx) + e^(by))/b when x, y < 0."""
    return len(params) <= 1 and all(s.is_positive or s.is_negative for s in params)


def _limit(e: sp.Expr) -> sp.Expr:
    """Evaluate limits by the calculus engine (the one ``properties`` uses) when the limit
    has no parameter, or one with a known sign in the case (:func:`signed`); otherwise it
    stays as written: SymPy treats parameters as generic (it answers x for
    lim log(e^(bx) + e^(by))/b, wrong for y > x). Each link is re-verified and
    cross-checked at points, where the limit is taken after the parameters' values."""

    def one(lim: sp.Limit) -> sp.Expr:
        if not signed(lim.free_symbols) or lim.args[0].has(sp.Limit):
            return lim
        return exact_limit(lim)

    return e.replace(lambda a: isinstance(a, sp.Limit), one)


def exact_limit(lim: sp.Limit) -> sp.Expr:
    """The limit by the calculus engine, or ``lim`` itself when it finds none (oscillation,
    failure, an undefined form); the caller's budget running out still stops the caller."""
    f, var, point, direction = lim.args
    try:
        out = limit(f, var, point, str(direction))
    except BudgetExceeded:
        raise
    except (SymactError, *SYMPY_FAILURES, ArithmeticError):
        return lim
    if out is NONEXISTENT or out.has(sp.Limit, sp.AccumBounds, sp.nan, sp.zoo):
        return lim
    return out


def _log(e: sp.Expr) -> sp.Expr:
    """log((a·b)/c) -> log a + log b - log c where SymPy can prove each factor positive."""
    e = e.replace(lambda a: isinstance(a, sp.log), lambda a: sp.log(_factored(a.args[0])))
    return sp.expand_log(e)  # SymPy splits only where it can prove the factors positive


def _factored(u: sp.Expr) -> sp.Expr:
    """u factored, unless that makes it longer: 1 + e^(5x) into cyclotomic factors is no
    simplification (its logs never cancel again)."""
    together = sp.together(u)
    factored = sp.factor(together)
    return factored if sp.count_ops(factored) <= sp.count_ops(together) else together


_INVERSES = ((sp.atanh, sp.tanh), (sp.asinh, sp.sinh))


def _inverse(e: sp.Expr) -> sp.Expr:
    """atanh(tanh u) = asinh(sinh u) = u for real u (both are bijections of the reals)."""

    def undo(a: sp.Basic) -> sp.Basic:
        for outer, inner in _INVERSES:
            if isinstance(a, outer) and isinstance(a.args[0], inner) and a.args[0].args[0].is_real:
                return a.args[0].args[0]
        return a

    return e.replace(lambda a: isinstance(a, sp.atanh | sp.asinh), undo)


def _log_form(e: sp.Expr) -> sp.Expr:
    """The inverse hyperbolic functions by their logarithms, true wherever each is real:
    asinh u = log(u + √(u² + 1)), acosh u = log(u + √(u² − 1)) (u ≥ 1),
    atanh u = ½ log((1 + u)/(1 − u)) (|u| < 1).

    >>> _log_form(sp.asinh(sp.Symbol("x", real=True)))
    log(x + sqrt(x**2 + 1))
    """
    forms = {sp.asinh: lambda u: sp.log(u + sp.sqrt(u**2 + 1)),
             sp.acosh: lambda u: sp.log(u + sp.sqrt(u**2 - 1)),
             sp.atanh: lambda u: sp.log((1 + u) / (1 - u)) / 2}
    return e.replace(lambda a: a.func in forms, lambda a: forms[a.func](a.args[0]))


def _erf(e: sp.Expr) -> sp.Expr:
    return e.replace(lambda a: isinstance(a, sp.erfc), lambda a: 1 - sp.erf(a.args[0]))


def _cancel(e: sp.Expr) -> sp.Expr:
    return sp.cancel(e) if not e.has(sp.Piecewise) else e


def _factor(e: sp.Expr) -> sp.Expr:
    # deep: sqrt(e^(4x) + 2e^(2x) + 1) -> sqrt((e^(2x) + 1)^2) -> e^(2x) + 1 (base positive)
    return sp.factor(e, deep=True) if not e.has(sp.Piecewise) else e


def _lambert(e: sp.Expr) -> sp.Expr:
    """e^(W(u)) = u / W(u), the defining identity of Lambert's W, where it holds: u ≠ 0
    (W(0) = 0 leaves the right side undefined), so only where SymPy knows u ≠ 0.

    >>> x = sp.Symbol("x", positive=True)
    >>> _lambert(sp.exp(sp.LambertW(x)))
    x/LambertW(x)
    >>> y = sp.Symbol("y", real=True)
    >>> _lambert(sp.exp(sp.LambertW(y)))
    exp(LambertW(y))
    >>> _lambert(2 * sp.LambertW(y) * sp.exp(sp.LambertW(y)))
    2*y
    """
    e = e.replace(lambda a: a.is_Mul and _w_product(a) is not None, _w_product)
    return e.replace(lambda a: isinstance(a, sp.exp) and isinstance(a.args[0], sp.LambertW)
                     and len(a.args[0].args) == 1 and a.args[0].args[0].is_nonzero is True,
                     lambda a: a.args[0].args[0] / a.args[0])


def _exp_injective(d: sp.Expr) -> sp.Expr:
    """0 when e^d = 1 is shown by expansion and cancelling (exp is one-to-one on the reals,
    and both sides are real where defined: so d = 0); else d unchanged.

    >>> x, y = sp.symbols("x y", real=True)
    >>> _exp_injective(sp.log(sp.exp(x) + sp.exp(y)) - y - sp.log(sp.exp(x - y) + 1))
    0
    """
    if d.has(sp.Piecewise, sp.Limit, sp.Derivative):
        return d
    e = sp.cancel(sp.powsimp(sp.expand(sp.exp(d), power_exp=True, log=False)))
    return sp.S.Zero if sp.expand(e - 1) == 0 else d


CATALOG = Rule("catalog", "substitute the catalog definitions", _catalog)
DERIVATIVE = Rule("derivative", "evaluate derivatives (sum, product, chain rules)",
                  _derivative)
PIECEWISE = Rule("piecewise", "write Abs, Max, Min, sign, Heaviside as one Piecewise",
                 to_piecewise)
LIMIT = Rule("limit", "evaluate limits (Gruntz algorithm)", _limit)
EXP = Rule("exp", "rewrite hyperbolic functions as exponentials", to_exp)
LOG = Rule("log", "split logarithms of products and quotients of positive factors", _log)
TOGETHER = Rule("together", "combine over a common denominator", sp.together)
CANCEL = Rule("cancel", "cancel common factors of numerator and denominator", _cancel)
FACTOR = Rule("factor", "factor numerator and denominator", _factor)
EXPAND = Rule("expand", "multiply out products and powers", sp.expand)
POWSIMP = Rule("powsimp", "combine powers with equal bases: e^a·e^b = e^(a+b)", sp.powsimp)
LOGCOMBINE = Rule("logcombine", "log a + log b = log(ab) for positive a, b", sp.logcombine)
HYPERBOLIC = Rule("hyperbolic", "hyperbolic identities (cosh² − sinh² = 1, …)", sp.trigsimp)
def _w_product(m: sp.Expr) -> sp.Expr | None:
    """W(u)·e^(W(u))·r = u·r, true for every u ≥ −1/e (u = 0 included); None if absent."""
    for f in m.args:
        if isinstance(f, sp.exp) and isinstance(f.args[0], sp.LambertW) \
                and len(f.args[0].args) == 1 and f.args[0] in m.args:
            w = f.args[0]
            return sp.Mul(*[a for a in m.args if a not in (w, f)]) * w.args[0]
    return None


LAMBERT = Rule("lambert", "Lambert W: W(u) e^W(u) = u; e^W(u) = u/W(u) for u ≠ 0", _lambert)
INVERSE = Rule("inverse", "atanh(tanh u) = asinh(sinh u) = u for real u", _inverse)
ERF = Rule("erf", "erfc(u) = 1 - erf(u)", _erf)
ROUNDING = Rule("rounding", "ceiling(u) = -floor(-u)",
                lambda e: e.replace(lambda a: isinstance(a, sp.ceiling),
                                    lambda a: -sp.floor(-a.args[0])))
LOG_FORM = Rule("log form", "asinh, acosh, atanh by their logarithms", _log_form)
ATOMS = Rule("atoms", "each transcendental subterm an independent variable: a zero rational "
             "function", atoms.rule_apply)
EXP_INJECTIVE = Rule("exp both sides", "e^lhs = e^rhs, and exp is one-to-one on the reals",
                     _exp_injective)
SIMPLIFY = Rule("simplify", "SymPy's simplify", sp.simplify)

# Applied in order to each side, per case; a rule that changes nothing leaves no step.
NORMALISE: tuple[Rule, ...] = (CATALOG, DERIVATIVE, PIECEWISE)
REWRITE: tuple[Rule, ...] = (LIMIT, INVERSE, LOG_FORM, ERF, ROUNDING, EXP, LAMBERT, LOG,
                              TOGETHER, CANCEL)
# Tried on the remaining difference when the two sides did not meet.
CLOSE: tuple[Rule, ...] = (EXPAND, FACTOR, POWSIMP, LOGCOMBINE, HYPERBOLIC, ATOMS,
                           EXP_INJECTIVE, SIMPLIFY)
ALL: tuple[Rule, ...] = NORMALISE + REWRITE + CLOSE


def case_rule(truth: Mapping[sp.Basic, bool], label: str) -> Rule:
    """The piecewise case rule: conditions known in this case become True/False.

    >>> x = sp.Symbol("x", real=True)
    >>> case_rule({x <= 0: False}, "x > 0").apply(sp.Piecewise((0, x <= 0), (x, True)))
    x
    """
    table = {k: (sp.true if v else sp.false) for k, v in truth.items()}

    def resolve(e: sp.Expr) -> sp.Expr:
        return e.xreplace(table) if table else e

    return Rule("case", f"case {label}", resolve)


def assuming(subs: Mapping[sp.Symbol, sp.Symbol], label: str) -> Rule:
    """The assumptions rule: variables replaced by symbols that carry them (a > 0, …).

    >>> a, ap = sp.Symbol("a", real=True), sp.Symbol("a", positive=True)
    >>> assuming({a: ap}, "a > 0").apply(sp.Abs(a)).is_positive
    True
    """

    def apply(e: sp.Expr) -> sp.Expr:
        return e.xreplace(dict(subs)) if subs else e

    return Rule("assume", f"use the assumptions {label}", apply)


def by_name(name: str) -> Rule:
    """Look a rule up by its name."""
    for rule in ALL:
        if rule.name == name:
            return rule
    raise KeyError(name)
