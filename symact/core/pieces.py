"""Split a real function into smooth pieces on intervals.

Abs, Max, Min, sign and Heaviside are rewritten to Piecewise, nested Piecewise are folded and
the result is cut into ``Piece(expr, interval)`` records covering the real line in order.

>>> from sympy import Max, Symbol
>>> x = Symbol("x", real=True)
>>> [(p.expr, p.interval) for p in split(Max(0, x), x)]
[(0, Interval(-oo, 0)), (x, Interval.open(0, oo))]
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

_KINKED = (sp.Abs, sp.Max, sp.Min, sp.sign, sp.Heaviside)


@dataclass(frozen=True)
class Piece:
    """``expr`` is the function on ``interval`` (an Interval or a single point)."""

    expr: sp.Expr
    interval: sp.Set

    @property
    def is_point(self) -> bool:
        return isinstance(self.interval, sp.FiniteSet)


def to_piecewise(expr: sp.Expr) -> sp.Expr:
    """Rewrite kinked functions (Abs, Max, Min, sign, Heaviside) to one folded Piecewise.

    A limit's body is folded on its own: ``piecewise_fold`` would pull a Piecewise in the
    bound variable out of the limit (lim_{x→0+} [x < 0 ? 1 : −1] is −1, not a case split).

    >>> from sympy import Limit, Piecewise, Symbol
    >>> x = Symbol("x", real=True)
    >>> to_piecewise(Limit(Piecewise((1, x < 0), (-1, True)), x, 0, "+")).is_Piecewise
    False
    """
    if expr.has(sp.Limit):
        limits = {lim: sp.Dummy() for lim in expr.atoms(sp.Limit)}
        folded = to_piecewise(expr.xreplace(limits))
        return folded.xreplace({d: sp.Limit(to_piecewise(lim.args[0]), *lim.args[1:])
                                for lim, d in limits.items()})
    if expr.has(*_KINKED):
        expr = expr.replace(lambda e: isinstance(e, _KINKED), lambda e: e.rewrite(sp.Piecewise))
    if expr.has(sp.Piecewise):
        expr = sp.piecewise_fold(expr)
    return expr


def differentiate(expr: sp.Expr, x: sp.Symbol, order: int = 1) -> sp.Expr:
    """d^order/dx^order under the one kink convention (what every layer differentiates with).

    Max and Min become SymPy's Piecewise first, so a tie takes the branch whose condition holds
    (``Max(0, x)`` is ``Piecewise((0, x <= 0), (x, True))``: derivative 0 at 0, the catalog's
    relu); Abs' = sign (0 at 0, PyTorch's ``abs``); sign and Heaviside have derivative 0 where
    SymPy writes a DiracDelta (PyTorch's zero gradient), floor and ceiling 0, frac 1.

    >>> from sympy import Abs, Max, Symbol
    >>> x = Symbol("x", real=True)
    >>> differentiate(Max(0, x), x).subs(x, 0), differentiate(Abs(x), x).subs(x, 0)
    (0, 0)
    """
    if expr.has(sp.Max, sp.Min):
        expr = expr.replace(lambda e: isinstance(e, sp.Max | sp.Min),
                            lambda e: e.rewrite(sp.Piecewise))
    for _ in range(order):
        expr = sp.diff(expr, x)
        if expr.has(sp.DiracDelta):
            expr = expr.replace(lambda e: isinstance(e, sp.DiracDelta), lambda e: sp.S.Zero)
        if expr.has(sp.Derivative):
            expr = expr.replace(_step_derivative, _step_slope).replace(
                lambda e: isinstance(e, sp.Subs) and e.expr.is_number, lambda e: e.expr)
    return expr


def _step_derivative(e: sp.Basic) -> bool:
    """d floor(u)/du and d ceiling(u)/du (plain or inside a chain-rule Subs), and d frac(u)/du,
    which SymPy leaves unevaluated."""
    inner = e.expr if isinstance(e, sp.Subs) else e
    return isinstance(inner, sp.Derivative) and isinstance(
        inner.expr, sp.floor | sp.ceiling | sp.frac) and len(inner.variables) == 1 \
        and inner.expr.args[0] == inner.variables[0]


def _step_slope(e: sp.Basic) -> sp.Expr:
    """floor' = ceiling' = 0 (PyTorch's gradient, the kink convention of a step), frac' = 1."""
    inner = e.expr if isinstance(e, sp.Subs) else e
    return sp.S.One if isinstance(inner.expr, sp.frac) else sp.S.Zero


def split(expr: sp.Expr, x: sp.Symbol) -> list[Piece]:
    """Pieces ordered along the real line; a smooth expr gives one piece on (-oo, oo).

    Raises ValueError when the conditions cannot be turned into intervals in ``x``.
    """
    expr = to_piecewise(expr)
    if not isinstance(expr, sp.Piecewise):
        return [Piece(expr, sp.Interval(-sp.oo, sp.oo))]
    out: list[Piece] = []
    remaining: list[_Iv] = [_REALS]
    for value, cond in expr.args:
        where = _intersect(condition_set(cond, x), remaining)
        remaining = _intersect(remaining, _complement(where))
        out.extend(Piece(value, iv.as_set()) for iv in where)
    if remaining:
        raise ValueError(f"Piecewise leaves {[iv.as_set() for iv in remaining]} undefined")
    out.sort(key=_start_key)
    return _merge_equal(out)


@dataclass(frozen=True)
class _Iv:
    lo: sp.Expr
    hi: sp.Expr
    lo_closed: bool
    hi_closed: bool

    def as_set(self) -> sp.Set:
        if _cmp(self.lo, self.hi) == 0:
            return sp.FiniteSet(self.lo)
        return sp.Interval(self.lo, self.hi, not self.lo_closed, not self.hi_closed)


_REALS = _Iv(sp.S.NegativeInfinity, sp.S.Infinity, False, False)


def _cmp(a: sp.Expr, b: sp.Expr) -> int:
    """-1, 0, 1 for a < b, a == b, a > b under the symbols' assumptions; ValueError if unknown."""
    if a == b:
        return 0
    d = sp.simplify(a - b) if not (a.is_infinite or b.is_infinite) else None
    if d is not None and d.is_zero:
        return 0
    if a is sp.S.NegativeInfinity or b is sp.S.Infinity:
        return -1
    if a is sp.S.Infinity or b is sp.S.NegativeInfinity:
        return 1
    if d.is_negative:
        return -1
    if d.is_positive:
        return 1
    raise ValueError(f"cannot order {a} and {b}")


def _intersect(a: list[_Iv], b: list[_Iv]) -> list[_Iv]:
    out = []
    for i in a:
        for j in b:
            c = _cmp(i.lo, j.lo)
            lo, lc = (i.lo, i.lo_closed) if c > 0 else (j.lo, j.lo_closed)
            if c == 0:
                lc = i.lo_closed and j.lo_closed
            c = _cmp(i.hi, j.hi)
            hi, hc = (i.hi, i.hi_closed) if c < 0 else (j.hi, j.hi_closed)
            if c == 0:
                hc = i.hi_closed and j.hi_closed
            c = _cmp(lo, hi)
            if c < 0 or (c == 0 and lc and hc):
                out.append(_Iv(lo, hi, lc, hc))
    return out


def _complement(a: list[_Iv]) -> list[_Iv]:
    out = [_REALS]
    for iv in a:
        gaps = []
        if iv.lo is not sp.S.NegativeInfinity:
            gaps.append(_Iv(sp.S.NegativeInfinity, iv.lo, False, not iv.lo_closed))
        if iv.hi is not sp.S.Infinity:
            gaps.append(_Iv(iv.hi, sp.S.Infinity, not iv.hi_closed, False))
        out = _intersect(out, gaps)
    return out


def _union(a: list[_Iv], b: list[_Iv]) -> list[_Iv]:
    return _complement(_intersect(_complement(a), _complement(b)))


_OPS = {sp.StrictLessThan: "<", sp.LessThan: "<=", sp.StrictGreaterThan: ">",
        sp.GreaterThan: ">=", sp.Equality: "==", sp.Unequality: "!="}
_FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}


def condition_set(cond: sp.Basic, x: sp.Symbol) -> list[_Iv]:
    """Where ``cond`` holds, as disjoint intervals; conditions linear in ``x`` only.

    >>> from sympy import Symbol
    >>> x, a = Symbol("x", real=True), Symbol("a", positive=True)
    >>> [iv.as_set() for iv in condition_set((x > -a) & (x <= a), x)]
    [Interval.Lopen(-a, a)]
    """
    if cond is sp.true:
        return [_REALS]
    if cond is sp.false:
        return []
    if isinstance(cond, sp.And):
        acc = [_REALS]
        for c in cond.args:
            acc = _intersect(acc, condition_set(c, x))
        return acc
    if isinstance(cond, sp.Or):
        acc = []
        for c in cond.args:
            acc = _union(acc, condition_set(c, x))
        return acc
    if isinstance(cond, sp.Not):
        return _complement(condition_set(cond.args[0], x))
    op = _OPS.get(type(cond))
    if op is None:
        raise ValueError(f"cannot read condition {cond}")
    diff = sp.expand(cond.lhs - cond.rhs)
    a, b = diff.coeff(x, 1), diff.coeff(x, 0)
    if (a * x + b - diff).expand() != 0 or a.has(x) or a.is_zero is not False:
        raise ValueError(f"condition {cond} is not linear in {x}")
    if a.is_negative:
        op = _FLIP[op]
    elif not a.is_positive:
        raise ValueError(f"sign of {a} in condition {cond} is unknown")
    c = -b / a
    inf, ninf = sp.S.Infinity, sp.S.NegativeInfinity
    return {
        "<": [_Iv(ninf, c, False, False)], "<=": [_Iv(ninf, c, False, True)],
        ">": [_Iv(c, inf, False, False)], ">=": [_Iv(c, inf, True, False)],
        "==": [_Iv(c, c, True, True)],
        "!=": [_Iv(ninf, c, False, False), _Iv(c, inf, False, False)],
    }[op]


def _start_key(p: Piece) -> tuple:
    s = p.interval
    lo = s.inf if isinstance(s, sp.Interval) else next(iter(s))
    # ties: a point {a} comes after (.., a] and before (a, ..): compare with open left ends last
    opened = isinstance(s, sp.Interval) and s.left_open
    point = isinstance(s, sp.FiniteSet)
    return (_sortable(lo), 2 if opened else (1 if point else 0))


def _sortable(v: sp.Expr) -> float:
    if v is sp.S.NegativeInfinity:
        return float("-inf")
    if v is sp.S.Infinity:
        return float("inf")
    try:
        return float(v.evalf(30))
    except TypeError:
        # symbolic breakpoint (a parameter): order by a typical positive value of the symbols
        return float(v.subs({s: sp.Rational(7, 10) for s in v.free_symbols}).evalf(30))


def _merge_equal(pieces: list[Piece]) -> list[Piece]:
    """Join a point piece into a neighbour with the same expression (Heaviside(0) aside)."""
    out: list[Piece] = []
    for p in pieces:
        if out and p.is_point and out[-1].expr == p.expr and isinstance(out[-1].interval,
                                                                        sp.Interval):
            out[-1] = Piece(p.expr, out[-1].interval.union(p.interval))
            continue
        if out and out[-1].is_point and out[-1].expr == p.expr and isinstance(p.interval,
                                                                              sp.Interval):
            p = Piece(p.expr, out.pop().interval.union(p.interval))
        out.append(p)
    return out


def breakpoints(pieces: list[Piece]) -> list[sp.Expr]:
    """The interior boundaries between consecutive pieces."""
    pts: list[sp.Expr] = []
    for p in pieces[1:]:
        s = p.interval
        lo = s.inf if isinstance(s, sp.Interval) else next(iter(s))
        if not pts or pts[-1] != lo:
            pts.append(lo)
    return pts
