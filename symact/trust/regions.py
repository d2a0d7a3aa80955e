"""Exact reasoning about regions, for the trusted base: which conditions a region implies,
whether regions cover a domain, Piecewise branches a region decides (its sample points are
in :mod:`.samples`).

A condition is split into its relations (``x < 0``, ``Eq(x, 0)``, ``x <= y``). For a relation
in one variable the real line is cut at the exact roots of lhs - rhs (polynomials with
closed-form roots only): the truth values at each root and at one exact point between and
beyond them are all the truth values the relations take; ``a·exp(u) + b`` (rel) 0 is first
read as ``u`` (rel) ``log(-b/a)``. A product of factors in one variable each takes the signs
of its factors; cells whose linear relations contradict each other are dropped
(:mod:`.linear`). Any other relation in several variables may take any sign, one in a single
variable that is not polynomial either truth value (supersets of the possible cases: sound,
not complete). Whatever cannot be decided raises :class:`~symact.errors.Undecided` with the
reason (polynomial roots without a closed form); nothing is guessed.

>>> x = sp.Symbol("x", real=True)
>>> implies(x > 1, x >= 0), implies(x > 1, x < 0), implies(x > -1, x >= 0)
(True, False, None)
"""

from __future__ import annotations

import itertools
import math
from functools import cmp_to_key

import sympy as sp
from sympy.core.relational import Relational

from ..errors import SYMPY_FAILURES, Undecided
from .balls import CannotEvaluate, Undefined, sign_of
from .linear import feasible

MAX_CELLS = 20000  # cells of a decomposition before giving up
_PIECES = (sp.Abs, sp.sign, sp.Max, sp.Min, sp.Heaviside)  # rewritten as Piecewise


def _roots(rel: Relational, v: sp.Symbol) -> list[sp.Expr]:
    """The exact real roots in ``v`` of lhs - rhs (polynomial, closed-form roots only)."""
    f = sp.expand(rel.lhs - rel.rhs)
    if not f.is_polynomial(v):
        raise Undecided(f"cannot decide {rel}: not polynomial in {v}")
    p = sp.Poly(f, v)
    if p.degree() == 1:
        return [-p.all_coeffs()[1] / p.all_coeffs()[0]]
    if p.degree() <= 0:
        return []
    roots = sp.real_roots(p) if all(c.is_Rational for c in p.all_coeffs()) else None
    if roots is None or any(isinstance(r, sp.CRootOf) for r in roots):
        raise Undecided(f"cannot decide {rel}: its roots in {v} have no closed form")
    return roots


_FLIP = {sp.Lt: sp.Gt, sp.Le: sp.Ge, sp.Gt: sp.Lt, sp.Ge: sp.Le, sp.Eq: sp.Eq, sp.Ne: sp.Ne}


def _equivalent(r: Relational) -> sp.Basic:
    """``r``, or its equivalent without exp when lhs - rhs is a·exp(u) + b (a, b rational):
    exp is increasing and positive, so it is u (rel) log(-b/a), or a constant truth.

    >>> x = sp.Symbol("x", real=True)
    >>> _equivalent(sp.exp(x) <= 1), _equivalent(3 - 2*sp.exp(x/2) < 0)
    (x <= 0, x/2 > log(3/2))
    >>> _equivalent(sp.Lt(sp.exp(x), -1, evaluate=False))
    False
    """
    f = sp.expand(r.lhs - r.rhs)
    if f.is_polynomial(*f.free_symbols) or f.has(sp.I):
        return r
    b, rest = f.as_independent(*f.free_symbols, as_Add=True)
    a, e = rest.as_independent(*f.free_symbols, as_Add=False)
    if not (isinstance(e, sp.exp) and _real(a) and _real(b)) or a == 0:
        return r
    try:
        op = r.func if sign_of(a) > 0 else _FLIP[r.func]
        c = -b / a  # r is exp(u) - c (op) 0
        if sign_of(c) <= 0:
            return op(1, 0)
    except (CannotEvaluate, Undefined):
        return r
    out = op(e.args[0], sp.log(c))
    return _equivalent(out) if isinstance(out, Relational) else out


def _polynomial(r: Relational) -> bool:
    return sp.expand(r.lhs - r.rhs).is_polynomial(*r.free_symbols)


def _real(c: sp.Expr) -> bool:
    return c.is_number and not c.has(sp.I)


def _cmp(a: sp.Expr, b: sp.Expr) -> int:
    if a == b or sp.expand(a - b) == 0:
        return 0
    try:
        return sign_of(a - b)
    except (CannotEvaluate, Undefined):
        raise Undecided(f"cannot order {a} and {b}") from None


def _sorted(values) -> list[sp.Expr]:
    out: list[sp.Expr] = []
    for v in sorted(values, key=cmp_to_key(_cmp)):
        if not out or _cmp(out[-1], v):
            out.append(v)
    return out


def _truth(rel: Relational, point) -> sp.Basic:
    """The truth at the point; lhs - rhs expanded there first (a root such as
    log 3 - log 2 of x > log(3/2) is then exactly 0)."""
    d = sp.expand((rel.lhs - rel.rhs).xreplace(point or {}))
    try:
        return sp.true if rel.func(sign_of(d), 0) else sp.false  # the sign decides, not SymPy
    except (CannotEvaluate, Undefined):
        raise Undecided(f"cannot decide {rel} at {point}") from None


class Unresolved(Undecided):
    """The region does not decide ``cond``, a condition of a Piecewise branch."""

    def __init__(self, message: str, cond: sp.Basic) -> None:
        super().__init__(message)
        self.cond = cond


_Product = tuple[Relational, sp.Expr, list[tuple[sp.Expr, int]]]


def _factored(r: Relational) -> tuple[sp.Expr, list[tuple[sp.Expr, int]]] | None:
    """lhs - rhs as c·∏ g^k, each g a polynomial in one variable, or None.

    >>> x, y = sp.symbols("x y", real=True)
    >>> _factored(2*x*y - 2*x > 0)
    (2, [(x, 1), (y - 1, 1)])
    """
    try:
        c, facs = sp.factor_list(sp.expand(r.lhs - r.rhs))
    except SYMPY_FAILURES:
        return None
    if not c.is_Rational or not all(k > 0 and len(g.free_symbols) == 1 and g.is_polynomial(
            *g.free_symbols) for g, k in facs):
        return None
    return c, sorted(facs, key=lambda f: sp.default_sort_key(f[0]))


def _product_truth(product: _Product, cell: dict) -> sp.Basic:
    """The truth of c·∏ g^k (rel) 0 from the truths of g > 0 and g = 0 in the cell."""
    r, c, facs = product
    s = sp.sign(c)
    for g, k in facs:
        s *= (1 if cell[sp.Gt(g, 0)] else 0 if cell[sp.Eq(g, 0)] else -1) ** k
    return sp.true if r.func(s, 0) else sp.false


def _cells(*conds: sp.Basic) -> list[dict]:
    """One truth assignment of the relations per cell: in one variable, each root and a point
    between and beyond them (exact); a product of factors in one variable each, by the signs
    of its factors (exact); in several otherwise, every sign of lhs - rhs, and in one but not
    polynomial (after :func:`_equivalent`), either truth value (sound supersets).

    >>> a, d = sp.symbols("a d", real=True)
    >>> implies((a > 0) & (d < 0), a*d < 0)
    True
    """
    alias = {r: _equivalent(r) for r in set().union(*(c.atoms(Relational) for c in conds))}
    rels = sorted({a for a in alias.values() if isinstance(a, Relational)},
                  key=sp.default_sort_key)
    single: dict[sp.Symbol, list[Relational]] = {}
    multi: dict[sp.Expr, list[tuple[Relational, int]]] = {}
    products: list[_Product] = []
    options = [[{r: _truth(r, None) for r in rels if not r.free_symbols}]]
    for r in rels:
        factored = _factored(r) if len(r.free_symbols) > 1 else None
        if len(r.free_symbols) == 1 and not _polynomial(r):
            options.append([{r: sp.true}, {r: sp.false}])  # either truth: a superset
        elif len(r.free_symbols) == 1:
            _join(single, next(iter(r.free_symbols)), r)
        elif factored is not None:
            products.append((r, *factored))
            for g, _ in factored[1]:
                for aux in (sp.Gt(g, 0), sp.Eq(g, 0)):
                    _join(single, next(iter(g.free_symbols)), aux)
        elif r.free_symbols:
            f = sp.expand(r.lhs - r.rhs).as_content_primitive()[1]
            key, flip = (-f, -1) if f.could_extract_minus_sign() else (f, 1)
            multi.setdefault(key, []).append((r, flip))
    for v, group in single.items():
        roots = _sorted(c for r in group for c in _roots(r, v))
        reps = [roots[0] - 1, *(m for a, b in itertools.pairwise(roots) for m in (a, (a + b) / 2)),
                roots[-1], roots[-1] + 1] if roots else [sp.Integer(0)]
        seen = {tuple(_truth(r, {v: p}) for r in group) for p in reps}
        options.append([dict(zip(group, s, strict=True)) for s in seen])
    for group in multi.values():
        options.append([{r: sp.true if r.func(flip * s, 0) else sp.false for r, flip in group}
                        for s in (-1, 0, 1)])
    if math.prod(map(len, options)) > MAX_CELLS:
        raise Undecided(f"more than {MAX_CELLS} cells to decide {', '.join(map(str, conds))}")
    cells = [{k: t for d in combo for k, t in d.items()} for combo in itertools.product(*options)]
    for cell in cells:
        cell.update({p[0]: _product_truth(p, cell) for p in products})
        cell.update({r: cell.get(a, a) for r, a in alias.items()})
    return [c for c in cells if feasible(c)]  # linear relations that contradict: no cell


def _join(groups: dict[sp.Symbol, list[Relational]], v: sp.Symbol, r: Relational) -> None:
    if r not in groups.setdefault(v, []):
        groups[v].append(r)


def _at(cond: sp.Basic, cell: dict) -> bool:
    out = cond.xreplace(cell)
    if not isinstance(out, sp.logic.boolalg.BooleanAtom):
        raise Undecided(f"cannot decide {cond}")
    return bool(out)


def implies(premise: sp.Basic, cond: sp.Basic) -> bool | None:
    """True if premise implies cond, False if it implies not cond, None if undecided."""
    inside = [c for c in _cells(premise, cond) if _at(premise, c)]
    truths = {_at(cond, c) for c in inside}
    return truths.pop() if len(truths) == 1 else (True if not truths else None)


def uncovered(domain: sp.Basic, regions: list[sp.Basic]) -> str | None:
    """A description of a part of the domain that no region covers, or None if covered.

    >>> x = sp.Symbol("x", real=True)
    >>> uncovered(sp.true, [x < 0, x > 0])
    'x <= 0, x >= 0'
    """
    cover = sp.Or(*regions)
    for cell in _cells(domain, cover):
        if _at(domain, cell) and not _at(cover, cell):
            return ", ".join(str(r if t else sp.Not(r)) for r, t in cell.items())
    return None


def empty(where: sp.Basic) -> bool:
    """True when no point satisfies ``where`` (shown on the cells; False when undecided).

    >>> x, y = sp.symbols("x y", real=True)
    >>> empty((x < 0) & (y < 0) & (x*y < 0)), empty((x < 0) & (x*y < 0))
    (True, False)
    """
    if _bounds_contradict(where):
        return True
    try:
        return not any(_at(where, c) for c in _cells(where))
    except Undecided:
        return False


def _bounds_contradict(where: sp.Basic) -> bool:
    """Relations of one form p (up to sign and a constant) whose bounds leave no value:
    x*y = 3 with x*y <= -3, or x*y <= -3 with 3 < x*y (p read as a variable of its own)."""
    bounds: dict[sp.Expr, sp.Set] = {}
    for rel in sp.And.make_args(where):
        if not isinstance(rel, sp.core.relational.Relational) or isinstance(rel, sp.Ne):
            continue
        c, p = sp.expand(rel.lhs - rel.rhs).as_coeff_Add()
        if not p.free_symbols or not c.is_Rational:
            continue
        s = -1 if p.could_extract_minus_sign() else 1  # lhs - rhs = c + s·p, p keyed by sign
        p = s * p
        t = sp.Dummy("t", real=True)
        rel_t = rel.func(c + s * t, 0)  # the relation with p read as t
        try:
            allowed = sp.solveset(rel_t, t, sp.S.Reals)
        except (*SYMPY_FAILURES, ValueError):
            continue
        bounds[p] = bounds.get(p, sp.S.Reals).intersect(allowed)
        if bounds[p] is sp.S.EmptySet:
            return True
    return False


def pins(where: sp.Basic) -> dict[sp.Symbol, sp.Expr]:
    """The variables the region fixes, and their values, in the order to substitute them: an
    equation in one variable with one root, or a relation in several that the region makes
    an equation (x <= y and x >= y) and that is linear in a variable.

    >>> x, y = sp.symbols("x y", real=True)
    >>> pins(sp.Eq(x**2 + 2*x + 1, 0) & (y < 3)), pins((x <= y) & (x - y >= 0))
    ({x: -1}, {x: y})
    """
    out = {}
    for c in sp.And.make_args(where):
        c = _equivalent(c) if isinstance(c, sp.Eq) else c  # exp(x) = 3 is x = log(3)
        if isinstance(c, sp.Eq) and len(c.free_symbols) == 1 and _polynomial(c):
            (v,) = c.free_symbols
            roots = set(_roots(c, v))
            if len(roots) == 1:
                out[v] = roots.pop()
    for r in sorted(where.atoms(Relational), key=sp.default_sort_key):
        f = sp.expand(r.lhs - r.rhs).xreplace(out)
        if len(f.free_symbols) > 1 and implies(where, sp.Eq(f, 0)):
            out.update(_solved(f, where))
    return out


def _solved(f: sp.Expr, where: sp.Basic) -> dict[sp.Symbol, sp.Expr]:
    """For f = 0 on the region: the variables of the factors in one variable that the region
    makes 0 (x·y = 0 with x < 0: y = 0), else the first variable in which f is linear with a
    rational coefficient."""
    factored = _factored(sp.Eq(f, 0))
    for g, _ in factored[1] if factored else ():
        roots = set(_roots(sp.Eq(g, 0), *g.free_symbols))
        if len(roots) == 1 and implies(where, sp.Eq(g, 0)):
            return {next(iter(g.free_symbols)): roots.pop()}
    for v in sorted(f.free_symbols, key=str):
        if f.is_polynomial(v) and sp.degree(f, v) == 1:
            c = f.coeff(v, 1)
            if c.is_Rational:
                return {v: sp.expand(-(f - c * v) / c)}
    return {}


def resolve(e: sp.Expr, where: sp.Basic) -> sp.Expr:
    """Pin variables fixed by an equation of the region, then pick the Piecewise branches
    that the region decides (Abs, sign, Max, Min, Heaviside first written as Piecewise).

    Raises:
        Unresolved: the region does not decide a branch condition (``cond`` names it).

    >>> x = sp.Symbol("x", real=True)
    >>> resolve(sp.Abs(x) + sp.Max(0, x), x < 0), resolve(sp.Heaviside(x), sp.Eq(x, 0))
    (-x, 1/2)
    """
    for v, root in pins(where).items():
        e = e.xreplace({v: root})
    e = e.replace(lambda n: isinstance(n, _PIECES), lambda n: n.rewrite(sp.Piecewise))

    def pick(pw: sp.Piecewise) -> sp.Expr:
        for val, cond in pw.args:
            decided = implies(where, cond)
            if decided:
                return val
            if decided is None:
                raise Unresolved(f"the region {where} does not decide {cond}", cond)
        raise Undecided(f"no branch of {pw} applies in {where}")

    return e.replace(lambda n: isinstance(n, sp.Piecewise), pick)


def beside(rels: list[Relational], v: sp.Symbol, at: sp.Expr, side: int) -> sp.Basic:
    """An open interval next to ``at`` (left for side -1, right for +1; ``at`` may be ±oo)
    without a root of any of the relations in ``v``: each keeps one truth value on it.

    >>> x = sp.Symbol("x", real=True)
    >>> beside([x < 0, x > 2], x, 0, -1), beside([x < 0, x > 2], x, 0, 1), beside([x > 2], x,
    ...     sp.oo, -1)
    ((x > -1) & (x < 0), (x > 0) & (x < 2), x > 3)
    """
    roots = []
    for r in map(_equivalent, rels):
        if isinstance(r, Relational):
            if r.free_symbols - {v}:
                raise Undecided(f"{r} depends on more than {v}")
            roots += _roots(r, v)
    roots = _sorted(roots)
    if at in (sp.oo, -sp.oo):
        edge = (roots[-1] if at == sp.oo else roots[0]) if roots else sp.Integer(0)
        return v > edge + 1 if at == sp.oo else v < edge - 1
    if side < 0:
        lo = max((r for r in roots if _cmp(r, at) < 0), key=cmp_to_key(_cmp), default=at - 1)
        return sp.And(v > lo, v < at)
    hi = min((r for r in roots if _cmp(r, at) > 0), key=cmp_to_key(_cmp), default=at + 1)
    return sp.And(v > at, v < hi)
