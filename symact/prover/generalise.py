"""Generalisation: an argument of a function call becomes a variable of its own.

``relu(x*y) = x*y*Heaviside(x*y, 1)`` has conditions on ``x*y``, which no breakpoint on one
axis decides; ``Max(swish(x), elu(y)) = (swish(x) + elu(y) + |swish(x) - elu(y)|)/2`` has
conditions no breakpoint decides at all. Writing ``u`` for ``x*y`` (``a``, ``b`` for
``swish(x)``, ``elu(y)``) gives ``relu(u) = u*Heaviside(u, 1)``; if that holds for *every*
real ``u`` (and every value of the variables left), it holds at ``u = x*y``: the
generalised claim is stronger, so proving it is sound, provided each argument is real
wherever the claim is decided (the claim's typed domain sees to that: log(x) needs x > 0)
and the generalised sides put no condition of their own on the new variables. Its steps,
with ``u = x*y`` put back, are the chain of the original claim, each link an instance of a
link shown for all ``u`` (and re-verified as such by the certificate checker). A
generalised claim that fails proves nothing and disproves nothing (``u`` may take values
``x*y`` never takes): the caller goes on with the claim as stated. The new variables range
over all the reals: a kept sign (``u >= 0`` for ``x**2 + y**2``) would give regions such
as ``x**2 + y**2 >= 0`` whose cover of the plane the certificate checker cannot see.

>>> x, y = sp.symbols("x y", real=True)
>>> g = generalise(sp.Abs(x*y + 1), (x*y + 1) * sp.sign(x*y + 1))
>>> g.lhs, g.rhs, g.names
(Abs(zzgena), zzgena*sign(zzgena), {'zzgena': x*y + 1})
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import sympy as sp

from ..core import latex, source
from ..trust import call_arguments, innermost

_NAMES = tuple(f"zzgen{c}" for c in "abcdef")  # never typed by a user; replaced on output


@dataclass(frozen=True)
class General:
    """The generalised sides, and each new variable's name and what it stands for."""

    lhs: sp.Expr
    rhs: sp.Expr
    names: Mapping[str, sp.Expr]
    factor: sp.Expr = sp.S.One  # peeled off both sides: each step is factor·step + term
    term: sp.Expr = sp.S.Zero

    @property
    def how(self) -> str:
        """What was done, for the verdict's ``tried``."""
        if self.names:
            return "generalised " + ", ".join(
                f"{source(u)} to a variable of its own" for u in self.names.values())
        if self.term != 0:
            return f"the term {source(self.term)} both sides share taken off"
        return f"the factor {source(self.factor)} both sides share taken off"


def peel(lhs: sp.Expr, rhs: sp.Expr) -> General | None:
    """The claim without the terms or factors both sides share: ``(1 + x**2)*A = (1 +
    x**2)*B`` follows from ``A = B`` (stronger: it holds where the factor vanishes too),
    ``A + tanh(x) = B + tanh(x)`` is the same as ``A = B``. None when nothing is shared.

    >>> x = sp.Symbol("x", real=True)
    >>> p = peel((1 + x**2) * sp.tanh(2*x), (1 + x**2) * sp.sinh(2*x) / sp.cosh(2*x))
    >>> p.lhs, p.rhs, p.factor
    (tanh(2*x), sinh(2*x)/cosh(2*x), x**2 + 1)
    """
    if lhs == rhs:
        return None  # nothing to prove: the chain is the claim itself
    if isinstance(lhs, sp.Add) and isinstance(rhs, sp.Add):
        shared = [t for t in lhs.args if t in rhs.args and t.free_symbols]
        if shared:
            term = sp.Add(*shared)
            return General(lhs - term, rhs - term, {}, term=term)
    if isinstance(lhs, sp.Mul) and isinstance(rhs, sp.Mul):
        left, right = list(lhs.args), list(rhs.args)
        shared = []
        for f in list(left):
            if f in right and f.free_symbols:
                shared.append(f)
                left.remove(f)
                right.remove(f)
        if shared:
            return General(sp.Mul(*left), sp.Mul(*right), {}, factor=sp.Mul(*shared))
    return None


def generalise(lhs: sp.Expr, rhs: sp.Expr, inner: bool = True) -> General | None:
    """The claim with each innermost argument of a function call replaced by a new real
    variable; None when there is none. Linear arguments are a change of variables instead:
    independent ones are solved for original variables (x/2 - y/3 = a, x + y = b gives
    x, y in a, b), so that a dependent one (x/2 - y/3 - (x + y) = a - b) follows them."""
    found = _arguments(lhs, rhs, inner)
    if not found or any(n in {s.name for s in (lhs - rhs).free_symbols} for n in _NAMES):
        return None
    names: dict[str, sp.Expr] = {}
    linear = [u for u in found if _linear(u)]
    for u in sorted(found - set(linear), key=lambda e: (sp.count_ops(e), source(e))):
        if len(names) == len(_NAMES):
            break
        t = sp.Symbol(_NAMES[len(names)], real=True)
        new_l, new_r = lhs.subs(u, t), rhs.subs(u, t)
        if new_l == lhs and new_r == rhs:
            continue  # already replaced inside a larger argument
        new_l, new_r = _eliminate(new_l, u, t), _eliminate(new_r, u, t)
        lhs, rhs = new_l, new_r
        names[t.name] = u
    change = _change_of_variables(linear, len(names))
    if change:
        solved, forms = change
        lhs, rhs = lhs.xreplace(solved), rhs.xreplace(solved)
        names.update(forms)
    if not names:
        return None
    return General(lhs, rhs, names)


def _eliminate(e: sp.Expr, u: sp.Expr, t: sp.Symbol) -> sp.Expr:
    """The occurrences of u that plain substitution misses, through one of its nonlinear
    monomials: u = c·m + r gives m = (t − r)/c, so (x*y + 1)/100 becomes t/100 for
    u = x*y + 1. Sound for the same reason as the substitution: at t = u it is the identity."""
    for term in sp.Add.make_args(u):
        c, m = term.as_coeff_Mul()
        if not c.is_Rational or c == 0 or not m.free_symbols or m.is_Symbol:
            continue
        try:
            if sp.Poly(m, *sorted(m.free_symbols, key=str)).total_degree() < 2:
                continue
        except sp.PolynomialError:
            continue
        rest = u - term
        if rest.has(m):
            continue
        return e.subs(m, (t - rest) / c)  # SymPy's sums and products find m inside them
    return e


def _linear(u: sp.Expr) -> bool:
    try:
        poly = sp.Poly(u, *sorted(u.free_symbols, key=str))
    except sp.PolynomialError:
        return False
    return poly.total_degree() == 1 and all(c.is_Rational for c in poly.coeffs())


def _change_of_variables(forms: list[sp.Expr], used: int):
    """Independent linear forms L_i = t_i solved for as many original variables: the
    substitution (variable -> expression in the t_i and the other variables) and the
    meaning of each t_i; None when there is nothing to change."""
    chosen: list[sp.Expr] = []
    matrix = sp.Matrix()
    variables = sorted(set().union(*(f.free_symbols for f in forms)), key=str)
    for f in sorted(forms, key=lambda e: (sp.count_ops(e), source(e))):
        trial = matrix.col_join(sp.Matrix([[sp.expand(f).coeff(v) for v in variables]]))
        if trial.rank() == len(chosen) + 1 and used + len(chosen) < len(_NAMES):
            chosen, matrix = [*chosen, f], trial
    if not chosen:
        return None
    ts = [sp.Symbol(_NAMES[used + k], real=True) for k in range(len(chosen))]
    # the pivot columns: variables whose coefficients are independent, solved for
    pivots = matrix.rref()[1]
    unknowns = [variables[j] for j in pivots]
    solution = sp.solve([sp.Eq(g, t) for g, t in zip(chosen, ts, strict=True)], unknowns,
                        dict=True)
    if len(solution) != 1 or set(solution[0]) != set(unknowns):
        return None
    return solution[0], {t.name: g for t, g in zip(ts, chosen, strict=True)}


def _arguments(lhs: sp.Expr, rhs: sp.Expr, inner: bool) -> set[sp.Expr]:
    """The innermost (or outermost) arguments of function calls that are more than a
    variable or a number (swish(x) in Max(swish(x), elu(y)), x*y in relu(x*y), 2*x + 1 in
    sigmoid(2*x + 1); outermost, calls only: relu(y - 1/2) in Max(x, relu(y - 1/2))), up to
    sign; none inside a derivative, a limit or an integral (there the argument's dependence
    on the variable matters)."""
    if (lhs - rhs).has(sp.Derivative, sp.Limit, sp.Integral, sp.Subs):
        return set()
    found = call_arguments((lhs - rhs,), (sp.Function, sp.Max, sp.Min))
    if inner:
        return innermost(found)
    calls = {a for a in found if isinstance(a, sp.Function | sp.Max | sp.Min)}
    return {a for a in calls if not any(b != a and b.has(a) for b in calls)}


def restore_text(text: str, general: General, tex: bool = False) -> str:
    """A label, region or LaTeX string with each new variable's meaning put back."""
    for name, u in general.names.items():
        shown = latex(u) if tex else source(u)
        shown = shown if u.is_Atom or isinstance(u, sp.Function) else f"({shown})"
        text = re.sub(rf"\b{name}\b", lambda _, shown=shown: shown, text)
    return text


def restore(expr: sp.Expr, general: General) -> sp.Expr:
    """An expression with each new variable's meaning put back."""
    # by name: a case may have given the variable a sign (zzgena positive)
    expr = expr.xreplace({s: general.names[s.name] for s in expr.free_symbols
                          if s.name in general.names})
    return general.factor * expr + general.term
