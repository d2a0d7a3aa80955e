"""Where an expression *as typed* is defined, computed before SymPy's evaluation erases gaps.

``x/x`` evaluates to 1 and ``exp(log(x))`` to ``x``; the claims the user typed are undefined
at x = 0 and for x ≤ 0. :func:`typed_domain` walks the unevaluated tree and collects one
condition per partial operation:

    u⁻ⁿ, u/…      u ≠ 0             log u            u > 0
    u^(p/q)       u ≥ 0 (u > 0 if negative)          u^v (v symbolic)   u > 0
    tan u         cos u ≠ 0         cot u, coth u, csch u      their pole ≠ 0
    asin, acos    −1 ≤ u ≤ 1        atanh u          −1 < u < 1         acosh u   u ≥ 1
    LambertW u    u ≥ −1/e          acoth u          |u| > 1

Conditions inside a Piecewise branch hold only where the branch is taken and are left out;
a limit's bound variable is not free, so conditions on it are left out too.

>>> typed_domain("x/x")
(Ne(x, 0),)
>>> typed_domain("exp(log(x)) + (y**2 - 1)/(y - 1)")
(x > 0, Ne(y - 1, 0))
>>> typed_domain("sigmoid(z)")
()
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import sympy as sp

from ..budget import attempt
from ..core import parse
from ..errors import SYMPY_FAILURES
from .assume import Assumptions
from .rules import CATALOG

_POLES = {sp.tan: sp.cos, sp.sec: sp.cos, sp.cot: sp.sin, sp.csc: sp.sin}


def typed_domain(value: str | sp.Basic) -> tuple[sp.Basic, ...]:
    """The conditions (SymPy relations, each not identically true) under which ``value`` as
    typed is defined over the reals; a string is parsed without evaluation."""
    tree = parse(value, evaluate=False) if isinstance(value, str) else value
    out: list[sp.Basic] = []
    for cond in _walk(tree):
        cond = _settle(CATALOG(cond))  # sigmoid(x) > 0 is decided by its definition
        if cond is sp.true or cond in out:
            continue
        out.append(cond)
    return tuple(out)


def _settle(cond: sp.Basic) -> sp.Basic:
    """The condition evaluated (2 ≠ 0 is True); a negated Ne keeps its plain form."""
    try:
        done = cond.func(*[sp.sympify(a).doit() for a in cond.args])
    except (TypeError, ValueError):
        return cond
    return done if isinstance(done, sp.Basic) else cond


def _walk(e: sp.Basic) -> Iterable[sp.Basic]:
    if isinstance(e, sp.Piecewise):
        return  # a branch's conditions hold only where it is taken
    if isinstance(e, sp.Limit):
        bound = e.args[1]
        for cond in _walk(e.args[0]):
            if bound not in cond.free_symbols:
                yield cond
        return
    for a in e.args:
        if isinstance(a, sp.Basic):
            yield from _walk(a)
    yield from _own(e)


def _evaluated(e: sp.Basic) -> sp.Basic:
    """An unevaluated number as SymPy would evaluate it (Mul(1, Pow(3, -1)) -> 1/3)."""
    return e.func(*map(_evaluated, e.args)) if e.args else e


def _own(e: sp.Basic) -> Iterable[sp.Basic]:
    """The conditions the node itself adds (its arguments' come from the walk)."""
    if isinstance(e, sp.Pow):
        base, ex = e.args[0], _evaluated(e.args[1])
        if ex.is_Integer or (ex.is_number and ex.is_integer):
            if ex.is_negative:
                yield sp.Ne(base, 0, evaluate=False)
        elif ex.is_Rational:
            yield (base > 0) if ex.is_negative else (base >= 0)
        elif not ex.is_number:
            yield base > 0
        return
    if isinstance(e, sp.log):
        yield e.args[0] > 0
    elif e.func in _POLES:
        yield sp.Ne(_POLES[e.func](e.args[0]), 0, evaluate=False)
    elif isinstance(e, sp.coth | sp.csch):
        yield sp.Ne(e.args[0], 0, evaluate=False)
    elif isinstance(e, sp.asin | sp.acos):
        yield e.args[0] >= -1
        yield e.args[0] <= 1
    elif isinstance(e, sp.atanh):
        yield e.args[0] > -1
        yield e.args[0] < 1
    elif isinstance(e, sp.acoth):
        yield sp.Abs(e.args[0]) > 1
    elif isinstance(e, sp.acosh):
        yield e.args[0] >= 1
    elif isinstance(e, sp.LambertW) and len(e.args) == 1:
        yield e.args[0] >= -sp.exp(-1)


class NowhereDefined(ValueError):
    """Internal: the assumptions leave no point where both sides are defined."""


def restrict(facts: Assumptions, conditions: Iterable[sp.Basic]) -> tuple[Assumptions, str]:
    """The assumptions narrowed to where the conditions hold, and the text of what they add
    ("" when the assumptions imply them all).

    A condition in one variable whose solution set SymPy finds narrows that variable's region
    (an excluded point, x ≠ 1, becomes a gap of the region); any other condition filters the
    sample points, like an assumption in several variables.

    >>> x = sp.Symbol("x", real=True)
    >>> restrict(Assumptions(), [sp.Ne(x - 1, 0)])[1]
    'x != 1'
    >>> from .assume import parse_assumptions
    >>> restrict(parse_assumptions("x > 2"), [x > 0])[1]
    ''
    """
    regions = dict(facts.regions)
    extra: list[sp.Basic] = []
    said: dict[sp.Symbol | int, str] = {}  # per variable its final text; filters by index
    for cond in conditions:
        syms = cond.free_symbols
        where = _solution(cond, next(iter(syms))) if len(syms) == 1 else None
        if where is None:
            extra.append(cond)
            said[len(said)] = _text(cond)
            continue
        (sym,) = syms
        old = regions.get(sym, sp.S.Reals)
        if old.is_subset(where) is True:
            continue  # implied by the assumptions
        regions[sym] = old.intersect(where)
        if regions[sym] is sp.S.EmptySet:
            raise NowhereDefined(f"no value of {sym} allowed by the assumptions makes both "
                                 f"sides defined ({_set_text(sym, where)} is needed)")
        if isinstance(regions[sym], sp.FiniteSet) and not isinstance(old, sp.FiniteSet):
            raise NowhereDefined(f"both sides are defined only at {sym} in "
                                 f"{regions[sym]}")
        # x != 0 then x > 0 says x > 0; on top of assumptions, what was added
        whole = sym not in facts.regions
        said[sym] = _set_text(sym, regions[sym] if whole else where)
    if not said:
        return facts, ""
    narrowed = replace(facts, regions=regions, conditions=(*facts.conditions, *extra))
    return narrowed, ", ".join(said.values())


def _solution(cond: sp.Basic, sym: sp.Symbol) -> sp.Set | None:
    """Where a one-variable condition holds, if SymPy finds it within a second."""
    try:
        where = attempt(lambda: cond.as_set(), share=0.05, cap=1.0)
    except (*SYMPY_FAILURES, ArithmeticError):
        return None
    if where is None or not isinstance(where, sp.Union | sp.Interval | sp.FiniteSet):
        return None
    return where


def _set_text(sym: sp.Symbol, where: sp.Set) -> str:
    """x ≠ 1 for ℝ minus points, x > 0 for a half-line, else the relation SymPy gives."""
    gaps = sp.S.Reals - where
    if isinstance(gaps, sp.FiniteSet):
        return ", ".join(f"{sym} != {p}" for p in gaps)
    return describe([where.as_relational(sym)])


def describe(conditions: Iterable[sp.Basic], *, pretty: bool = False) -> str:
    """The conditions as an assumption string, ``x != 0, x > -1`` (it reads back), or with
    ``pretty`` for people: ``x ≠ 0, x > -1``."""
    text = ", ".join(_text(c) for c in conditions)
    if pretty:
        text = text.replace("!=", "≠").replace("<=", "≤").replace(">=", "≥")
    return text


def _text(c: sp.Basic) -> str:
    """In the assumption grammar, so that the text can be read back (certificates)."""
    if isinstance(c, sp.Ne):
        return f"{c.lhs} != {c.rhs}"
    ops = {sp.StrictLessThan: "<", sp.LessThan: "<=", sp.StrictGreaterThan: ">",
           sp.GreaterThan: ">="}
    for cls, op in ops.items():
        if isinstance(c, cls):
            return f"{c.lhs} {op} {c.rhs}"
    if isinstance(c, sp.And):
        return ", ".join(_text(a) for a in c.args)
    return str(c)
