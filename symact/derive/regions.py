"""One symbolic parameter of any sign: derive on each region of its values, then join the
answers into conditional fields (``{cases: [...], otherwise: ...}``).

A region is an open interval or a point of the parameter p. On an open region p is written
through a positive symbol s (p = s on (0, oo), p = -s on (-oo, 0), p = a + s, p = b - s,
p = a + (b - a)·s/(1 + s) on (a, b)), so SymPy's assumptions decide every sign that depends
only on the region; the answers, in s, are mapped back to p. A field whose derivation meets
"sign of E depends on the parameters" adds the real roots of E as new region ends (up to
three rounds). The first regions end at 0 and where a ``requires`` relation of the catalog
fails (CELU: alpha = 0 is not a value at all).

>>> from symact.derive import properties
>>> m = properties("leaky_relu", symbolic=["alpha"]).monotonic.value
>>> m.cases, m.otherwise
(((Eq(alpha, 0), 'nondecreasing'), (alpha > 0, 'increasing')), 'none')
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Mapping
from typing import Any

import sympy as sp

from ..budget import deadline
from ..calculus import inner_point
from ..core import Activation
from ..errors import SYMPY_FAILURES, BudgetExceeded, ParameterError, Undecided
from .records import SCALAR_FIELDS, Conditional, Derived, Field, Properties, Unknown

ROUNDS = 3
MAX_ENDS = 8

Derive = Callable[[Activation, tuple[str, ...], float], Properties]


def regional(act: Activation, name: str, budget: float, derive: Derive) -> Properties:
    """The properties of ``act`` for every real value of parameter ``name`` (the others at
    their values), each field a Conditional where the regions disagree; ``derive`` is the
    engine's derivation of an Activation."""
    p = act.param(name)
    real = sp.Symbol(name, real=True)
    ends = sorted(set(_required_ends(act, real)) | {sp.S.Zero}, key=_key)
    done: dict[sp.Set, dict[str, Field]] = {}
    for _ in range(ROUNDS):
        regions = _regions(ends)
        new: set[sp.Expr] = set()
        for region in regions:
            if region not in done:
                done[region] = _on_region(act, p.symbol, real, region, budget, derive)
            new |= {e for e in _undecided_ends(done[region], region) if e not in ends}
        if not new or len(ends) + len(new) > MAX_ENDS:
            break
        ends = sorted(set(ends) | new, key=_key)
    regions = [r for r in _regions(ends) if _allowed(act, name, r)]
    fields = {}
    for f in SCALAR_FIELDS:
        try:
            fields[f] = _join([(r, done[r][f]) for r in regions], real)
        except Undecided as exc:
            fields[f] = Unknown(str(exc))
    params = {q.name: (real if q.name == name else q.default) for q in act.params}
    return Properties(act.name, act.bind((name,)).subs(p.symbol, real), params, **fields)


# a region of the parameter's values: an open interval or a single point
Region = sp.Set
# the positive symbol a region's values are written through
_S = sp.Symbol("s_", positive=True)


def _key(e: sp.Expr) -> float:
    return float(e) if e.is_finite else (float("inf") if e.is_positive else float("-inf"))


def _regions(ends: list[sp.Expr]) -> list[Region]:
    pts = [sp.S.NegativeInfinity, *ends, sp.S.Infinity]
    out: list[Region] = []
    for a, b in itertools.pairwise(pts):
        out.append(sp.Interval.open(a, b))
        if b.is_finite:
            out.append(sp.FiniteSet(b))
    return out


def _substitution(r: Region) -> sp.Expr:
    """The parameter on the region, as an expression in the positive ``_S`` (a point: its
    value)."""
    if isinstance(r, sp.FiniteSet):
        return next(iter(r))
    a, b = r.inf, r.sup
    if a.is_infinite and b.is_infinite:
        raise Undecided("a region with no finite end")
    if a.is_infinite:
        return b - _S
    if b.is_infinite:
        return a + _S
    return a + (b - a) * _S / (1 + _S)


def _inverse(r: Region, real: sp.Symbol) -> sp.Expr:
    """``_S`` in terms of the parameter, on an open region."""
    a, b = r.inf, r.sup
    if a.is_infinite:
        return b - real
    if b.is_infinite:
        return real - a
    return (real - a) / (b - real)


def _allowed(act: Activation, name: str, r: Region) -> bool:
    """The region's values satisfy every ``requires`` relation (checked at one point: the
    region ends include every boundary of the relations in this parameter)."""
    try:
        act.with_params(**{name: inner_point(r)})
    except ParameterError:
        return False
    return True


def _required_ends(act: Activation, real: sp.Symbol) -> list[sp.Expr]:
    out = []
    others = {sp.Symbol(q.name, real=True): q.default for q in act.params
              if sp.Symbol(q.name, real=True) != real}
    for rel, _ in act.requires:
        rel = rel.subs(others)
        if rel.free_symbols != {real}:
            continue
        try:
            out += [v for v in sp.solve(rel.lhs - rel.rhs, real) if v.is_real]
        except SYMPY_FAILURES:
            continue
    return out


def _on_region(act: Activation, symbol: sp.Symbol, real: sp.Symbol, r: Region,
               budget: float, derive: Derive) -> dict[str, Field]:
    if not _allowed(act, real.name, r):
        return {f: Unknown("outside the parameter's allowed values") for f in SCALAR_FIELDS}
    value = _substitution(r)
    others = {q.symbol: q.default for q in act.params if q.symbol != symbol}
    expr = act.expr.subs(others).subs(symbol, value)
    local = dataclasses.replace(act, expr=expr, params=(), requires=())
    props = derive(local, (), budget)
    back = {} if isinstance(r, sp.FiniteSet) else {_S: _inverse(r, real)}
    return {f: _mapped(getattr(props, f), back) for f in SCALAR_FIELDS}


def _mapped(f: Field, back: Mapping[sp.Symbol, sp.Expr]) -> Field:
    if not back:
        return f
    if isinstance(f, Unknown):
        # the reason names the region's positive symbol: say it in the parameter
        ((s, p),) = back.items()
        return Unknown(f.reason.replace(str(s), f"({p})"), f.sign_of)
    return Derived(_value(f.value, back), f.how)


def _value(v: Any, back: Mapping[sp.Symbol, sp.Expr]) -> Any:
    """v with s replaced by its expression in p, simplified."""
    if isinstance(v, sp.Set):
        return _set_value(v, back)
    if isinstance(v, sp.Basic):
        out = v.subs(back)
        return sp.simplify(out) if isinstance(out, sp.Expr) else out
    if isinstance(v, Conditional):
        return Conditional(tuple((_value(c, back), _value(w, back)) for c, w in v.cases),
                           _value(v.otherwise, back))
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        return dataclasses.replace(v, **{f.name: _value(getattr(v, f.name), back)
                                         for f in dataclasses.fields(v)})
    if isinstance(v, dict):
        return {k: _value(w, back) for k, w in v.items()}
    if isinstance(v, tuple):
        return tuple(_value(w, back) for w in v)
    return v


def _set_value(v: sp.Set, back: Mapping[sp.Symbol, sp.Expr]) -> sp.Set:
    """A set with each end mapped and simplified (Interval(-alpha, oo), not its s-form)."""
    if isinstance(v, sp.Interval):
        return sp.Interval(_value(v.start, back), _value(v.end, back), v.left_open,
                           v.right_open)
    if isinstance(v, sp.FiniteSet):
        return sp.FiniteSet(*(_value(a, back) for a in v))
    if isinstance(v, sp.Union):
        return sp.Union(*(_set_value(a, back) for a in v.args))
    return v.subs(back)


def _undecided_ends(fields: Mapping[str, Field], r: Region) -> set[sp.Expr]:
    """New region ends: the real roots, inside the region, of each expression whose sign
    stopped a field."""
    out: set[sp.Expr] = set()
    if isinstance(r, sp.FiniteSet):
        return out
    value = _substitution(r)
    for f in fields.values():
        e = getattr(f, "sign_of", None)
        if e is None:
            continue
        try:
            with deadline(2.0):
                roots = sp.solve(e, _S)
        except (*SYMPY_FAILURES, BudgetExceeded):
            continue
        for root in roots:
            if root.is_positive and not root.free_symbols:
                out.add(sp.nsimplify(value.subs(_S, root)))
    return out


def _join(parts: list[tuple[Region, Field]], real: sp.Symbol) -> Field:
    """One field over all regions: a plain value when they agree, else a Conditional whose
    cases are the unions of the sets with the same value (a region's own Conditional, such
    as ELU's C^1 at alpha = 1, is split into its cases first)."""
    unknown = [(r, f) for r, f in parts if isinstance(f, Unknown)]
    if unknown:
        r, f = unknown[0]
        return Unknown(f"for {real} in {r}: {f.reason}")
    pieces: list[tuple[sp.Set, Any]] = []
    for r, f in parts:
        pieces += _split_cases(r, f.value)
    groups: list[tuple[Any, list[sp.Set]]] = []
    # intervals first; then a point joins a group whose value, at that point, is its value
    # (alpha at alpha = -1 is -1: one case, not two)
    pieces.sort(key=lambda pw: isinstance(pw[0], sp.FiniteSet))
    for where, v in pieces:
        if where is sp.S.EmptySet:
            continue
        point = next(iter(where)) if isinstance(where, sp.FiniteSet) and len(where) == 1 \
            else None
        for g in groups:
            if _same(g[0], v) or (point is not None
                                  and _same(_value(g[0], {real: point}), v)):
                g[1].append(where)
                break
        else:
            groups.append((v, [where]))
    hows = "; ".join(sorted({f.how for _, f in parts}))
    if len(groups) == 1:
        return Derived(groups[0][0], f"the same for every {real}: " + hows)
    sets = [(v, sp.Union(*ws)) for v, ws in groups]
    # otherwise: the value on the widest set, the leftmost of equally wide ones; the cases
    # in the order of their sets along the line (a point before the interval it starts)
    sets.sort(key=lambda g: (-_size(g[1]), _key(g[1].inf)))
    otherwise = sets[0][0]
    cases = tuple((_canonical(w.as_relational(real)), v) for v, w in sorted(
        sets[1:], key=lambda g: (_key(g[1].inf), not isinstance(g[1], sp.FiniteSet))))
    return Derived(Conditional(cases, otherwise),
                   f"derived on each region of {real} (a positive symbol per region): " + hows)


def _canonical(cond: sp.Basic) -> sp.Basic:
    """alpha > 0, not 0 < alpha."""
    return cond.replace(lambda e: isinstance(e, sp.core.relational.Relational),
                        lambda e: e.canonical)


def _split_cases(where: sp.Set, v: Any) -> list[tuple[sp.Set, Any]]:
    """A region's value as (set, value) pairs, its own Conditional taken apart."""
    if not isinstance(v, Conditional):
        return [(where, v)]
    out, left = [], where
    for cond, w in v.cases:
        try:
            part = sp.Intersection(left, cond.as_set()) if cond is not sp.true else left
        except SYMPY_FAILURES:
            raise Undecided(f"cannot split the condition {cond} on {where}") from None
        out += _split_cases(part, w)
        left = sp.Complement(left, part)
    return out + _split_cases(left, v.otherwise)


def _size(s: sp.Set) -> float:
    """Rank for ``otherwise``: the value that holds on the widest set."""
    if s.is_FiniteSet:
        return 0.0
    m = s.measure
    return float("inf") if m.is_infinite else float(m)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, sp.Expr) and isinstance(b, sp.Expr):
        return a == b or sp.simplify(a - b) == 0
    if dataclasses.is_dataclass(a) and type(a) is type(b):
        return all(_same(getattr(a, f.name), getattr(b, f.name))
                   for f in dataclasses.fields(a))
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(_same(u, w) for u, w in zip(a, b, strict=True))
    return a == b
