"""The real domain D_f of an expression: where every operation in it gives a finite real.

Read off the expression tree, one rule per operation (log u: u > 0; u^(1/2): u >= 0;
1/u: u != 0; asin u: -1 <= u <= 1; ...), each condition solved by SymPy on the piece's
interval, and the answer cross-checked with mpmath: a point inside each part of D must give a
finite real, a point inside each gap must not. Entire functions (exp, tanh, erf, ...) keep the
domain of their argument.

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> real_domain(sp.sqrt(x), x), real_domain(sp.log(1 + sp.exp(x)), x)
(Interval(0, oo), Reals)
>>> real_domain(1 / x, x)
Union(Interval.open(-oo, 0), Interval.open(0, oo))
"""

from __future__ import annotations

import mpmath
import sympy as sp

from ..budget import deadline
from ..errors import SYMPY_FAILURES, Undecided
from .isolate import isolate
from .numbers import mp_function

# functions that are finite and real wherever their argument is
_TOTAL = (sp.exp, sp.sin, sp.cos, sp.tanh, sp.sinh, sp.cosh, sp.sech, sp.atan, sp.asinh,
          sp.erf, sp.erfc, sp.Abs, sp.sign, sp.Heaviside, sp.Max, sp.Min, sp.floor,
          sp.ceiling, sp.frac, sp.re, sp.im)
# the periodic functions: conditions on them are not trusted to solveset, and
# calculus.periodic looks for their period
PERIODIC = (sp.sin, sp.cos, sp.tan, sp.cot, sp.sec, sp.csc)


def _holds(cond: sp.Basic, x: sp.Symbol, where: sp.Set) -> sp.Set:
    """The points of ``where`` at which the relation ``cond`` holds (SymPy's solveset)."""
    if cond.has(*PERIODIC):
        # solveset answers such conditions on one period only (sqrt(sin x): [0, pi])
        raise Undecided(f"{cond} has a periodic function: its solutions are not intervals")
    try:
        with deadline(3.0):
            s = sp.solveset(cond, x, where)
    except SYMPY_FAILURES as exc:
        raise Undecided(f"could not solve {cond} ({type(exc).__name__})") from None
    if isinstance(s, sp.ConditionSet) or s.has(sp.ConditionSet):
        raise Undecided(f"could not solve {cond}")
    return s


def _positive(u: sp.Expr, x: sp.Symbol, where: sp.Set, strict: bool) -> sp.Set:
    if u.is_positive or (not strict and u.is_nonnegative):
        return where
    return _holds(u > 0 if strict else u >= 0, x, where)


def _nonzero(u: sp.Expr, x: sp.Symbol, where: sp.Set) -> sp.Set:
    if u.is_nonzero or u.is_positive or u.is_negative:
        return where
    try:
        return _holds(sp.Ne(u, 0), x, where)
    except Undecided:
        # x/2 + exp(-x/3) != 0 is beyond solveset: its zeros isolated by interval arithmetic
        if _no_zero(u, x, where):
            return where
        raise


def _no_zero(u: sp.Expr, x: sp.Symbol, where: sp.Set) -> bool:
    """``u`` has no zero on ``where``, certified: no zero inside each interval (arb, the tails
    included) and a nonzero exact value at each closed end."""
    if u.free_symbols - {x}:
        return False
    for part in parts(where):
        ends = part.boundary if isinstance(part, sp.Interval) else part
        closed = [e for e in ends if e.is_finite and e in part]
        if any(not u.subs(x, e).is_nonzero for e in closed):
            return False
        if isinstance(part, sp.Interval):
            iso = isolate(u, x, part)
            if iso is None or not iso.complete or iso.boxes or iso.points:
                return False
    return True


def _dom(e: sp.Expr, x: sp.Symbol, where: sp.Set) -> sp.Set:
    if not e.has(x):
        ok = (not e.has(sp.nan, sp.zoo) and e.is_extended_real is not False
              and e.is_finite is not False)
        return where if ok else sp.S.EmptySet
    if e == x:
        return where
    if isinstance(e, sp.Add | sp.Mul):
        for a in e.args:
            where = _dom(a, x, where)
        return where
    if isinstance(e, sp.Piecewise):
        raise Undecided("a Piecewise inside an expression: split it first")
    args = e.args
    inner = where
    for a in args:
        inner = _dom(a, x, inner)
    if isinstance(e, sp.Pow):
        b, n = args
        if n.has(x):
            return inner if b.is_positive else _positive(b, x, inner, True)
        if n.is_Integer:
            return inner if n >= 0 else _nonzero(b, x, inner)
        if n.is_extended_real is not True:
            raise Undecided(f"exponent {n} is not real")
        return _positive(b, x, inner, n.is_negative)
    if isinstance(e, _TOTAL):
        return inner
    (u,) = args if len(args) == 1 else (None,)
    if u is None:
        raise Undecided(f"the real domain of {type(e).__name__} is not known")
    rule = {
        sp.log: lambda: _positive(u, x, inner, True),
        sp.asin: lambda: _holds(abs(u) <= 1, x, inner),
        sp.acos: lambda: _holds(abs(u) <= 1, x, inner),
        sp.atanh: lambda: _holds(abs(u) < 1, x, inner),
        sp.erfinv: lambda: _holds(abs(u) < 1, x, inner),
        sp.acosh: lambda: _holds(u >= 1, x, inner),
        sp.acoth: lambda: _holds(abs(u) > 1, x, inner),
        sp.asech: lambda: _holds((u > 0) & (u <= 1), x, inner),
        sp.LambertW: lambda: _holds(u >= -sp.exp(-1), x, inner),
        sp.coth: lambda: _nonzero(u, x, inner),
        sp.csch: lambda: _nonzero(u, x, inner),
        sp.acsch: lambda: _nonzero(u, x, inner),
        sp.tan: lambda: _nonzero(sp.cos(u), x, inner),
        sp.sec: lambda: _nonzero(sp.cos(u), x, inner),
        sp.cot: lambda: _nonzero(sp.sin(u), x, inner),
        sp.csc: lambda: _nonzero(sp.sin(u), x, inner),
    }.get(type(e))
    if rule is None:
        raise Undecided(f"the real domain of {type(e).__name__} is not known")
    return rule()


def real_domain(expr: sp.Expr, x: sp.Symbol, where: sp.Set = sp.S.Reals) -> sp.Set:
    """The points of ``where`` at which ``expr`` (no Piecewise) is a finite real."""
    d = _dom(expr, x, where)
    if d != where and not expr.free_symbols - {x}:
        _cross_check(expr, x, where, d)
    return d


def parts(s: sp.Set) -> list[sp.Set]:
    """A finite union of intervals and points as its parts in order; Undecided otherwise."""
    items = list(s.args) if isinstance(s, sp.Union) else [s]
    out: list[sp.Set] = []
    for it in items:
        if isinstance(it, sp.FiniteSet):
            out.extend(sp.FiniteSet(p) for p in it)
        elif isinstance(it, sp.Interval):
            out.append(it)
        elif it is sp.S.Reals:
            out.append(sp.Interval(-sp.oo, sp.oo))
        elif it is not sp.S.EmptySet:
            raise Undecided(f"the domain {s} is not a finite union of intervals")
    return out


def _cross_check(expr: sp.Expr, x: sp.Symbol, where: sp.Set, d: sp.Set) -> None:
    """At a point inside each part of d and at fixed points out to 1e6, every operation
    gives a finite real exactly where d says so (sqrt(x)·log(x) is real at -1, as i·iπ,
    but sqrt(-1) is not: each subexpression is evaluated)."""
    subs = [s for s in sp.preorder_traversal(expr) if s.has(x) and s != x][:60]
    fns = [mp_function(s, x) for s in subs]
    try:
        samples = [t for part in parts(d) if (t := _inner_point(part)) is not None]
        samples += [t for part in parts(where - d) if (t := _inner_point(part)) is not None]
    except Undecided:
        samples = []
    samples += [f"{sign}{m}e{k}" for sign in "-+" for m in (1.0137, 3.7193)
                for k in range(-3, 7)]
    with mpmath.workdps(30):
        for t in samples:
            point = sp.Rational(t) if "e" in t else sp.Float(t, 30)
            if where.contains(point) is not sp.true:
                continue
            if _real_everywhere(fns, mpmath.mpf(t)) != (d.contains(point) is sp.true):
                raise Undecided(f"domain {d} disagrees with mpmath at x = {mpmath.nstr(t, 8)}")


def _real_everywhere(fns: list, t: mpmath.mpf) -> bool:
    for fn in fns:
        try:
            v = fn(t)
        except (ZeroDivisionError, ValueError, OverflowError, TypeError):
            return False
        if not mpmath.isfinite(v) or abs(mpmath.im(v)) > 1e-25 * (1 + abs(v)):
            return False
    return True


def inner_point(s: sp.Set) -> sp.Expr:
    """A simple point of an interval (or the point of a single-point set): the midpoint,
    one inside a finite end, 0 on the whole line.

    >>> inner_point(sp.Interval.open(-sp.oo, 2)), inner_point(sp.Interval(1, 2))
    (1, 3/2)
    """
    if isinstance(s, sp.FiniteSet):
        return next(iter(s))
    lo, hi = s.inf, s.sup
    if lo.is_infinite and hi.is_infinite:
        return sp.S.Zero
    if lo.is_infinite:
        return hi - 1
    if hi.is_infinite:
        return lo + 1
    return (lo + hi) / 2


def _inner_point(part: sp.Set) -> str | None:
    """A sample of a part for the cross-check, as 30-digit text; not 0 on the whole line
    (0 is where most expressions are special), none for a single point (the rule decided
    it, sampling adds nothing)."""
    if isinstance(part, sp.FiniteSet):
        return None
    if part.inf.is_infinite and part.sup.is_infinite:
        return "0.3183098861837907"
    return str(sp.N(inner_point(part), 30))


def set_text(s: sp.Set) -> str:
    """A set in interval notation for messages: Union(Interval.open(-oo, 0), {1}) ->
    (-oo, 0) ∪ {1}.

    >>> set_text(sp.Union(sp.Interval.open(-sp.oo, 0), sp.Interval(1, 2)))
    '(-oo, 0) ∪ [1, 2]'
    """
    if s is sp.S.Reals:
        return "(-oo, oo)"
    if isinstance(s, sp.Union):
        return " ∪ ".join(set_text(a) for a in s.args)
    if isinstance(s, sp.Interval):
        return (("(" if s.left_open else "[") + f"{s.inf}, {s.sup}"
                + (")" if s.right_open else "]"))
    if isinstance(s, sp.FiniteSet):
        return "{" + ", ".join(str(a) for a in s) + "}"
    if s is sp.S.EmptySet:
        return "∅"
    return str(s)
