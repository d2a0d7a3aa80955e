"""The values of f and f': the derivative, f(0) and f'(0), the limits at ±oo, the range and
extrema, boundedness and signs, saturation and the Lipschitz constant sup |f'|.

The range is the inf/sup over the end values, one-sided limits and critical points of each
piece (tanh: (-1, 1), open); everything about bounds and signs is read off it.

>>> from symact.core import resolve
>>> from symact.derive.context import Context
>>> ctx = Context(resolve("tanh"), ())
>>> derive_limits(ctx, {}).value
{'-oo': -1, '+oo': 1}
"""

from __future__ import annotations

from collections.abc import Mapping

import sympy as sp

from ..calculus import NONEXISTENT, Function, compare, end_limits, end_value, mp_value, union
from ..errors import Undecided
from .context import Context, equal_when, gap_sides, largest, simplify, value
from .records import Conditional, Derived, Extremum, Field, Range
from .smoothness import removable, require_continuous_pieces


def derive_domain(ctx: Context, fields: Mapping[str, Field]) -> Field:
    """D_f: where every operation of f gives a finite real (the pieces' union)."""
    d = ctx.f().domain
    if d is sp.S.Reals:
        return Derived(d, "every operation is defined on all of R (no log, root, division "
                       "or inverse function restricts it)")
    return Derived(d, "where each operation gives a finite real (log u: u > 0, u^(p/q): "
                   "u >= 0, 1/u: u != 0, asin u: |u| <= 1, ...), solved by SymPy's solveset, "
                   "checked with mpmath inside every part and every gap")


def derive_derivative(ctx: Context, fields: Mapping[str, Field]) -> Field:
    """f' piece by piece, each piece simplified (the pieces over R when the domain is not
    known: the formula does not depend on it)."""
    try:
        df = ctx.df()
    except Undecided:
        df = ctx.split().derivative()
    pieces = [type(p)(simplify(p.expr), p.interval) for p in df.pieces]
    expr = Function(tuple(pieces), ctx.x).as_expr()
    kinks = ctx.f().breakpoints()
    how = "d/dx of each piece, simplified"
    if kinks:
        how += ("; at a kink the derivative of the branch containing it, Abs' = sign "
                "(symact.core.differentiate, PyTorch's convention)")
    return Derived(expr, how)


def derive_value_at_zero(ctx: Context, fields: Mapping[str, Field]) -> Field:
    return Derived(sp.simplify(ctx.f().at(sp.S.Zero)), "f(0) by substitution")


def derive_derivative_at_zero(ctx: Context, fields: Mapping[str, Field]) -> Field:
    how = "f'(0) by substitution"
    if sp.S.Zero in ctx.f().breakpoints():
        how += (" (a removable singularity at 0: f'(0) = lim f', f being continuous there)"
                if removable(ctx.f(), sp.S.Zero) else
                " (kink at 0: the branch containing 0, Abs' = sign, as PyTorch)")
    return Derived(sp.simplify(ctx.df().at(sp.S.Zero)), how)


def derive_limits(ctx: Context, fields: Mapping[str, Field]) -> Field:
    """At the infinite ends the domain reaches."""
    return Derived(end_limits(ctx.f()), "sympy.limit of the outer pieces, checked at "
                   "|x| = 1e4, 1e8 with mpmath")


def derive_derivative_limits(ctx: Context, fields: Mapping[str, Field]) -> Field:
    return Derived(end_limits(ctx.df()), "sympy.limit of f' on the outer pieces, checked "
                   "numerically")


def derive_range(ctx: Context, fields: Mapping[str, Field]) -> Field:
    require_continuous_pieces(ctx)
    lo, hi = ctx.image("f")
    parts = ctx.parts("f")
    exact = lo.exact and hi.exact and all(p.exact for p in parts)
    s = union(parts)
    how = "inf/sup over end values, one-sided limits and critical points of each piece"
    how += "; " + "; ".join(sorted({p.how for p in parts if p.how}))
    return Derived(Range(end_value(lo), end_value(hi), lo.attained, hi.attained, exact, s), how)


def derive_extrema(ctx: Context, fields: Mapping[str, Field]) -> Field:
    """The range's attained ends and where f takes them."""
    value(fields, "range")
    lo, hi = ctx.image("f")
    out = []
    for kind, b in (("min", lo), ("max", hi)):
        if b.attained:
            where = _merge_where(b.where)
            out.extend(Extremum(kind, w, end_value(b), b.exact) for w in where)
    return Derived(tuple(out), "global extrema: the range's attained ends and where")


def _merge_where(where: tuple[sp.Basic, ...]) -> list[sp.Basic]:
    sets = [w if isinstance(w, sp.Set) else sp.FiniteSet(w) for w in where]
    u = sp.Union(*sets) if sets else sp.S.EmptySet
    if isinstance(u, sp.FiniteSet):
        return sorted(u, key=lambda v: float(mp_value(v)) if not v.free_symbols else 0.0)
    if isinstance(u, sp.Union):
        return list(u.args)
    return [u]


def derive_identity_near_origin(ctx: Context, fields: Mapping[str, Field]) -> Field:
    """f(0) = 0 and f'(0) = 1, possibly only under a condition on the parameters."""
    v0, d0 = value(fields, "value_at_zero"), value(fields, "derivative_at_zero")
    ok = sp.And(equal_when(v0, sp.S.Zero), equal_when(d0, sp.S.One))
    how = f"f(0) = {v0}, f'(0) = {d0}; needs f(0) = 0 and f'(0) = 1"
    if ok in (sp.true, sp.false):
        return Derived(ok is sp.true, how)
    return Derived(Conditional(((ok, True),), False), how)


def derive_bounded_below(ctx: Context, fields: Mapping[str, Field]) -> Field:
    r: Range = value(fields, "range")
    return Derived(r.lower is not sp.S.NegativeInfinity, f"range lower end {r.lower}")


def derive_bounded_above(ctx: Context, fields: Mapping[str, Field]) -> Field:
    r: Range = value(fields, "range")
    return Derived(r.upper is not sp.S.Infinity, f"range upper end {r.upper}")


def derive_takes_both_signs(ctx: Context, fields: Mapping[str, Field]) -> Field:
    r: Range = value(fields, "range")
    neg = compare(r.lower, sp.S.Zero) < 0
    pos = compare(r.upper, sp.S.Zero) > 0
    text = f"range {_interval_text(r)}"
    if neg and pos:
        return Derived(True, text + " meets both (-oo, 0) and (0, oo)")
    missed = [side for side, meets in (("(-oo, 0)", neg), ("(0, oo)", pos)) if not meets]
    return Derived(False, text + " does not meet " + " nor ".join(missed))


def _interval_text(r: Range) -> str:
    return (("[" if r.lower_closed else "(") + f"{r.lower}, {r.upper}"
            + ("]" if r.upper_closed else ")"))


def derive_saturates(ctx: Context, fields: Mapping[str, Field]) -> Field:
    """At each end: whether f' -> 0 there."""
    lims = value(fields, "derivative_limits")
    out = {k: (v is not NONEXISTENT and compare(v, sp.S.Zero) == 0) for k, v in lims.items()}
    return Derived(out, "f' -> 0 at that end")


def derive_lipschitz(ctx: Context, fields: Mapping[str, Field]) -> Field:
    """sup |f'| from the range of f'; oo when f jumps. Across a gap (a, b) of the domain the
    chord |f(b) - f(a)|/(b - a) counts too: a chord over several parts is a mediant of
    slopes within parts and over gaps, so the sup is the largest of them."""
    require_continuous_pieces(ctx)
    if ctx.jumps():
        return Derived(sp.oo, "f jumps, so no Lipschitz constant")
    chords = []
    for a, b in ctx.f().gaps():
        left, right = gap_sides(ctx.f(), (a, b), 0)
        if a == b:
            if compare(left, right) != 0:
                return Derived(sp.oo, f"f has different one-sided limits at the gap x = {b} "
                               "of its domain, so no Lipschitz constant")
            continue
        if left.is_infinite or right.is_infinite:
            return Derived(sp.oo, f"f is unbounded at the gap ({a}, {b}) of its domain")
        chords.append(sp.simplify(abs(right - left) / (b - a)))
    lo, hi = ctx.image("df")
    bound = largest([abs(end_value(lo)), abs(end_value(hi)), *chords])
    exact = lo.exact and hi.exact and all(p.exact for p in ctx.parts("df"))
    how = "sup |f'| from the range of f' (ends, limits, zeros of f'')"
    if chords:
        how += "; and the chords over the gaps of the domain"
    return Derived(bound, how + ("" if exact else "; numeric, 30 digits"))
