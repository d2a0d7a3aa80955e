"""What a valid step of a written derivation did: the rule it applied, and where it holds.

:func:`name_rule` names the single rule that takes one line to the next: the rule
(from :mod:`.rules`, under the name a student knows, :data:`LESSONS`) is applied to the
previous line (or, read backwards, to the next one) and its result must equal the other line
by an independent zero test, :func:`same`: the difference, each transcendental subterm an
independent symbol (:func:`.atoms.abstract`), vanishes as it stands, without expanding or
cancelling. That test is deliberately weak: a full zero test would let any rule that changes
something "explain" any valid step. A valid step that no single rule explains is "valid, but
more than one rule at once". Naming never decides validity: that is :func:`.prove`'s.

:func:`domains` compares where the two lines *as typed* are defined (:mod:`.domain`):
``(x**2 - 1)/(x - 1) = x + 1`` holds only for x ≠ 1.

>>> from symact.core import parse
>>> from symact.prover.domain import describe
>>> name_rule(parse("sigmoid(z)"), parse("1/(1 + exp(-z))"))
'definition of sigmoid'
>>> name_rule(parse("tanh(z)"), parse("(exp(2*z) - 1)/(exp(2*z) + 1)"))
'valid, but more than one rule at once'
>>> describe(domains("(x**2 - 1)/(x - 1)", "x + 1").gap, pretty=True)
'x ≠ 1'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import sympy as sp
from sympy.core.function import AppliedUndef

from ..budget import attempt, deadline
from ..core import condition_set, parse
from ..errors import SYMPY_FAILURES, BudgetExceeded, ParseError
from . import rules
from .assume import Assumptions
from .atoms import NotRational, abstract
from .domain import typed_domain

SAME = "arithmetic (same normal form)"  # both lines evaluate to one SymPy expression
MANY = "valid, but more than one rule at once"
NAMING = 2.0  # seconds at most to name the rule of one step


def _differentiate(e: sp.Expr) -> sp.Expr:
    """Each derivative evaluated, the catalog definitions inside it substituted first."""
    return e.replace(lambda a: isinstance(a, sp.Derivative),
                     lambda a: rules.DERIVATIVE(rules.CATALOG(a)))


DIFFERENTIATE = rules.Rule("derivative", "evaluate derivatives of catalog functions too",
                           _differentiate)


@dataclass(frozen=True)
class Lesson:
    """A rule under the name a student knows it by, in both reading directions."""

    name: str  # when the rule takes the previous line to the next; {calls}: catalog names
    rule: rules.Rule  # the rewrite that must produce the other line
    backwards: str  # when it takes the next line to the previous one
    needs: tuple[type, ...] = ()  # what the line must contain for the rule to act (or any)

    def named(self, source: sp.Expr, forward: bool) -> str:
        """The name, with ``{calls}`` filled in by the catalog calls of ``source``."""
        calls = sorted({a.func.__name__ for a in source.atoms(AppliedUndef)})
        return (self.name if forward else self.backwards).format(calls=", ".join(calls))


_KINKS = (sp.Abs, sp.Max, sp.Min, sp.sign, sp.Heaviside)
_HYPERBOLIC = (sp.tanh, sp.sinh, sp.cosh, sp.coth, sp.sech, sp.csch)
# Tried in order, all forwards first: the first that takes one line exactly to the other.
LESSONS: tuple[Lesson, ...] = (
    Lesson("definition of {calls}", rules.CATALOG, "definition of {calls}", (AppliedUndef,)),
    Lesson("derivative", DIFFERENTIATE, "derivative, read backwards", (sp.Derivative,)),
    Lesson("limit", rules.LIMIT, "limit, read backwards", (sp.Limit,)),
    Lesson("as one Piecewise", rules.PIECEWISE, "Piecewise written with Abs, Max, ...", _KINKS),
    Lesson("hyperbolic functions as exponentials", rules.EXP,
           "exponentials as hyperbolic functions", _HYPERBOLIC),
    Lesson("inverse functions cancel", rules.INVERSE, "inverse functions, read backwards",
           (sp.atanh, sp.asinh)),
    Lesson("erfc = 1 − erf", rules.ERF, "1 − erf = erfc", (sp.erfc,)),
    Lesson("Lambert W: e^W(u) = u/W(u)", rules.LAMBERT, "Lambert W: u/W(u) = e^W(u)",
           (sp.LambertW,)),
    Lesson("logarithm of a product or power", rules.LOG, "combine logarithms", (sp.log,)),
    Lesson("combine logarithms", rules.LOGCOMBINE, "logarithm of a product or power",
           (sp.log,)),
    Lesson("hyperbolic identity", rules.HYPERBOLIC, "hyperbolic identity", _HYPERBOLIC),
    Lesson("powers with equal bases", rules.POWSIMP, "split a power", (sp.Pow, sp.exp)),
    Lesson("expand", rules.EXPAND, "factor"),
    Lesson("combine fractions", rules.TOGETHER, "split the fraction"),
    Lesson("cancel common factors", rules.CANCEL,
           "multiply numerator and denominator by the same factor"),
    Lesson("factor", rules.FACTOR, "expand"),
)


def same(a: sp.Expr, b: sp.Expr) -> bool:
    """Whether ``a - b`` is zero as it stands, each transcendental subterm an independent
    symbol (arguments compared in a canonical form); no expansion, no cancelling.

    >>> z = sp.Symbol("z", real=True)
    >>> same(sp.exp(2 * (z + 1)), sp.exp(2 * z + 2)), same((z + 1)**2, z**2 + 2*z + 1)
    (True, False)
    """
    d = a - b
    if d == 0:
        return True
    try:
        return abstract(d)[0] == 0
    except (NotRational, *SYMPY_FAILURES):
        return False


def name_rule(prev: sp.Expr, nxt: sp.Expr, budget: float = NAMING,
              where: Sequence[sp.Basic] = (), facts: Assumptions | None = None) -> str | None:
    """The rule that takes ``prev`` to ``nxt`` (both SymPy's normal forms of the lines):
    :data:`SAME`, a lesson's name, or :data:`MANY`; None when the budget ran out first.

    The rules act where the step is claimed: a variable that ``where`` (the lines' typed
    domains) and the assumptions keep positive is a positive symbol, so that
    ``log(x) + log(2) = log(2*x)`` is "combine logarithms".

    >>> from symact.core import parse
    >>> x = sp.Symbol("x", real=True)
    >>> name_rule(parse("log(x) + log(2)"), parse("log(2*x)"), where=(x > 0,))
    'combine logarithms'
    """
    try:
        with deadline(budget):
            signs = _signs(prev.free_symbols | nxt.free_symbols, where, facts or Assumptions())
            prev, nxt = prev.xreplace(signs), nxt.xreplace(signs)
            if same(prev, nxt):
                return SAME
            for forward in (True, False):
                a, b = (prev, nxt) if forward else (nxt, prev)
                for lesson in LESSONS:
                    if (not lesson.needs or a.has(*lesson.needs)) and _takes(lesson.rule, a, b):
                        return lesson.named(a, forward)
    except BudgetExceeded:
        return None
    return MANY


def _takes(rule: rules.Rule, a: sp.Expr, b: sp.Expr) -> bool:
    """``rule`` changes ``a``, and what it gives is ``b`` by :func:`same`."""
    try:
        out = attempt(rule, a, share=0.5, cap=0.5)
    except SYMPY_FAILURES:
        return False
    return out is not None and out != a and same(out, b)


# Regions and the symbol assumptions that say them, the narrowest first.
_SIGNS = ((sp.Interval.open(0, sp.oo), "positive"), (sp.Interval(0, sp.oo), "nonnegative"),
          (sp.Interval.open(-sp.oo, 0), "negative"), (sp.Interval(-sp.oo, 0), "nonpositive"))


def _signs(symbols: set[sp.Basic], where: Sequence[sp.Basic], facts: Assumptions
           ) -> dict[sp.Symbol, sp.Symbol]:
    """Each variable whose region (assumptions and one-variable conditions) has a sign ->
    the same name with that sign as a SymPy assumption."""
    out = {}
    for x in symbols:
        region = facts.region(x)
        for c in where:
            found = _solve(c) if c.free_symbols == {x} else None
            region = region if found is None else region.intersect(found)
        sign = next((name for iv, name in _SIGNS if region.is_subset(iv) is True), None)
        if sign is not None:
            out[x] = sp.Symbol(x.name, real=True, **{sign: True})
        elif region.contains(0) is sp.false:
            out[x] = sp.Symbol(x.name, real=True, nonzero=True)
    return out


@dataclass(frozen=True)
class Domains:
    """Where the two lines of a step are defined as typed, and what one needs beyond the
    other: the step holds (at most) where ``gap`` does."""

    prev: tuple[sp.Basic, ...]  # each condition as simple as SymPy can say it
    next: tuple[sp.Basic, ...]
    gap: tuple[sp.Basic, ...]  # of either line, not implied by the other nor the assumptions


def domains(prev: str, nxt: str, facts: Assumptions | None = None,
            budget: float = NAMING) -> Domains:
    """Both lines' typed domains and their gap; nothing known when the budget runs out.

    >>> domains("sqrt(x)**2", "x").gap
    (x >= 0,)
    >>> domains("log(x) + 1/x", "log(x)")   # x ≠ 0 follows from x > 0
    Domains(prev=(x > 0, Ne(x, 0)), next=(x > 0,), gap=())
    """
    facts = facts or Assumptions()
    try:
        with deadline(budget):
            left = tuple(t for c in typed_domain(prev) for t in _tidy(c))
            right = tuple(t for c in typed_domain(nxt) for t in _tidy(c))
            gap = [c for c in left if not _holds(c, right, facts)]
            gap += [c for c in right if not _holds(c, left, facts) and c not in gap]
            kept = list(gap)
            for c in gap:  # x ≠ 0 next to x > 0 says nothing more
                if _holds(c, [k for k in kept if k != c], facts):
                    kept.remove(c)
            return Domains(left, right, tuple(kept))
    except BudgetExceeded:
        return Domains((), (), ())


def _tidy(cond: sp.Basic) -> tuple[sp.Basic, ...]:
    """A condition in one variable as ``x ≠ a`` or bounds on ``x`` where it says that much
    (``Ne(x - 1, 0)`` -> ``x ≠ 1``, ``x**2 > 0`` -> ``x ≠ 0``); else as it is."""
    where = _solve(cond)
    if where is None:
        return (cond,)
    (x,) = cond.free_symbols
    holes = sp.S.Reals - where
    if isinstance(holes, sp.FiniteSet):
        return tuple(sp.Ne(x, p) for p in holes)
    if isinstance(where, sp.Interval):
        low = [] if where.inf == -sp.oo else [
            (x > where.inf) if where.left_open else (x >= where.inf)]
        high = [] if where.sup == sp.oo else [
            (x < where.sup) if where.right_open else (x <= where.sup)]
        return (*low, *high)
    return (cond,)


def _solve(cond: sp.Basic) -> sp.Set | None:
    """Where a condition in one variable holds; None when SymPy cannot say (or is not to be
    trusted: solveset answers one period of sin and cos)."""
    if len(cond.free_symbols) != 1 or not isinstance(cond, sp.core.relational.Relational):
        return None
    (x,) = cond.free_symbols
    try:  # linear: directly
        return sp.Union(*(iv.as_set() for iv in condition_set(cond, x)))
    except ValueError:
        pass
    if cond.has(*_PERIODIC):
        return None
    try:
        where = attempt(_solveset, cond, share=0.3, cap=1.0)
    except SYMPY_FAILURES:
        return None
    return where if isinstance(where, sp.Set) and not isinstance(
        where, sp.ConditionSet) else None


_PERIODIC = (sp.sin, sp.cos, sp.tan, sp.cot, sp.sec, sp.csc)


@lru_cache(maxsize=512)
def _solveset(cond: sp.Basic) -> sp.Set:
    """SymPy's solveset over the reals, remembered (a condition is asked about often)."""
    (x,) = cond.free_symbols
    return sp.solveset(cond, x, sp.S.Reals)


def _holds(cond: sp.Basic, given: Sequence[sp.Basic], facts: Assumptions) -> bool:
    """``cond`` follows from ``given`` and the assumptions: in one variable by sets, else
    when the signs they give the variables decide it (x > 0, y > 0 give x*y > 0)."""
    if cond in given or cond in facts.conditions:
        return True
    xs = cond.free_symbols
    if len(xs) == 1:
        (x,) = xs
        where, need = facts.region(x), _solve(cond)
        for g in given:
            found = _solve(g) if g.free_symbols == {x} else None
            where = where if found is None else where.intersect(found)
        if need is not None and where.is_subset(need) is True:
            return True
    try:  # the catalog's definitions decide sigmoid(x) > 0
        return sp.sympify(rules.CATALOG(cond.xreplace(_signs(xs, given, facts)))) is sp.true
    except SYMPY_FAILURES:
        return False


def implied(cond: sp.Basic, given: Sequence[sp.Basic], facts: Assumptions | None = None,
            budget: float = NAMING) -> bool:
    """Whether ``cond`` follows from ``given`` and the assumptions (False when undecided).

    >>> x = sp.Symbol("x", real=True)
    >>> implied(sp.Ne(x, 0), (x > 0,)), implied(sp.Ne(x, 0), (x > -1,))
    (True, False)
    """
    try:
        with deadline(budget):
            return _holds(cond, given, facts or Assumptions())
    except BudgetExceeded:
        return False


def violated(conditions: Sequence[sp.Basic], point: Mapping[str, str]) -> bool:
    """Whether a condition is false at ``point`` (variable name -> exact or decimal text).

    >>> x = sp.Symbol("x", real=True)
    >>> violated((sp.Ne(x, 1),), {"x": "1.0"}), violated((sp.Ne(x, 1),), {"x": "2"})
    (True, False)
    """
    try:
        values = {sp.Symbol(k, real=True): parse(v, catalog=False) for k, v in point.items()}
        return any(sp.sympify(c.subs(values)) is sp.false for c in conditions)
    except (ParseError, *SYMPY_FAILURES):
        return False


def as_assumption(conditions: Sequence[sp.Basic], assume: str | None = None) -> str:
    """The conditions appended to an assumption string, in the assumptions' own syntax.

    >>> as_assumption((sp.Ne(sp.Symbol("x"), 1),), "y > 0")
    'y > 0, Ne(x, 1)'
    """
    more = [sp.sstr(c) for c in conditions]
    return ", ".join([assume.strip(), *more] if assume and assume.strip() else more)
