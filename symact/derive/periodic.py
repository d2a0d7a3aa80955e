"""Periodic and periodic-plus-linear activations (SIREN's sin, x + sin x, Snake): reason over
one period instead of the whole line, where the zeros of f' are infinitely many.

f is periodic with period T when f(x + T) - f(x) simplifies to 0; it is periodic plus linear
(f = s·x + p(x)) when f' is periodic and f(x + T) - f(x) = s·T is a constant. On one period
[0, T] the zeros of f' are finitely many and isolated with the usual certificate, so the range
of a periodic f is its image on [0, T] (both ends attained), its extrema are families
x = c + k·T, and sup |f'| over [0, T] is the Lipschitz constant. A non-constant periodic
function is neither monotonic nor convex; s·x + p(x) is increasing when f' >= 0 on a period
with isolated zeros (x + sin x). A composition g(u(x)) with g periodic and u's image at least
a period long has g's range (sin(exp(x)): [-1, 1], attained).

>>> from symact.core import resolve
>>> ctx = Context(resolve("sin(x)"), ())
>>> derive_periodic_range(ctx, {}).value.set
Interval(-1, 1)
"""

from __future__ import annotations

from collections.abc import Mapping

import sympy as sp

from ..calculus import (
    Function,
    Periodic,
    analytic,
    compare,
    critical_points,
    end_value,
    image,
    nonnegative_on,
    period_cover,
    piece_image,
    sign_on,
    zeros,
)
from ..core import Piece
from ..errors import Undecided
from .context import Context, value
from .records import Derived, Extremum, Field, Range, Unknown


def _one_period(ctx: Context) -> tuple[Periodic, Piece, Piece]:
    """The structure and the pieces of f and f' on [0, R], R just above the period T (a
    rational end, as the interval isolation needs: the image of [0, R] is that of R)."""
    p = ctx.periodic()
    if p is None or p.inner is not None:
        raise Undecided("not periodic in x")
    span = sp.Interval(0, period_cover(p.period))
    df = sp.diff(ctx.expr, ctx.x)
    return p, Piece(ctx.expr, span), Piece(df, span)


def derive_periodic_range(ctx: Context, fields: Mapping[str, Field]) -> Field:
    p = ctx.periodic()
    if p.inner is not None:
        return _composed_range(ctx, p)
    if p.slope != 0:
        lo, hi = (-sp.oo, sp.oo) if compare(p.slope, sp.S.Zero) > 0 else (sp.oo, -sp.oo)
        return Derived(Range(-sp.oo, sp.oo, False, False, True, sp.S.Reals),
                       f"f = {p.slope}·x + (period {p.period}): f -> {lo} and {hi} at -oo, oo")
    _, piece, _ = _one_period(ctx)
    (crit,) = critical_points(Function((piece,), ctx.x))
    lo, hi = piece_image(piece, ctx.x, crit)
    exact = lo.exact and hi.exact and crit is not None and crit.exact
    r = Range(end_value(lo), end_value(hi), True, True, exact,
              sp.Interval(end_value(lo), end_value(hi)))
    return Derived(r, f"periodic with period {p.period} (f(x + T) - f(x) simplifies to 0): "
                   f"the image of [0, {p.period}], from its ends and the zeros of f' there; "
                   + crit.how)


def _composed_range(ctx: Context, p: Periodic) -> Field:
    """g(u(x)) with u's image at least one period of g long: g's range over a period."""
    x, u = ctx.x, p.inner
    s = sp.Dummy("s", real=True)
    g = ctx.expr.subs(u, s)
    lo_u, hi_u = image(Function.of(u, x))
    length = sp.simplify(hi_u.value - lo_u.value)
    if compare(length, p.period) < 0:
        raise Undecided(f"the image of {u} is shorter than the period {p.period} of {g}")
    piece = Piece(g, sp.Interval(0, period_cover(p.period)))
    (crit,) = critical_points(Function((piece,), s))
    lo, hi = piece_image(piece, s, crit)
    exact = lo.exact and hi.exact and crit is not None and crit.exact
    r = Range(end_value(lo), end_value(hi), True, True, exact,
              sp.Interval(end_value(lo), end_value(hi)))
    return Derived(r, f"f = g({u}) with g of period {p.period}; {u} takes every value of an "
                   f"interval of length {length} >= {p.period}, so f has g's range on one "
                   "period; " + crit.how)


def derive_periodic_extrema(ctx: Context, fields: Mapping[str, Field]) -> Field:
    """Global extrema of a periodic f as families x = c + k·T."""
    r: Range = value(fields, "range")
    p = ctx.periodic()
    if p.slope != 0:
        return Derived((), "unbounded above and below: no global extremum")
    if p.inner is not None:
        return Unknown(f"infinitely many points (f = g({p.inner})): the families are not "
                       "derived for a composition")
    _, piece, dpiece = _one_period(ctx)
    crit = zeros(dpiece.expr, ctx.x, sp.Interval.open(*piece.interval.args[:2]))
    k = sp.Symbol("k", integer=True)
    out = []
    # the points of [0, T): 0 and T are one family, and so are c and c + T
    cands = [sp.S.Zero, *(c for c in crit.points if compare(c, p.period) < 0)]
    for kind, bound in (("min", r.lower), ("max", r.upper)):
        for c in cands:
            v = piece.expr.subs(ctx.x, c)
            if compare(v, bound) == 0:
                out.append(Extremum(kind, c + p.period * k, bound, r.exact and crit.exact,
                                    family=True))
    return Derived(tuple(out), f"the points of one period [0, {p.period}) where f takes its "
                   f"range's ends, repeated with period {p.period} (k any integer)")


def derive_periodic_monotonic(ctx: Context, fields: Mapping[str, Field]) -> Field:
    p = ctx.periodic()
    if p.slope == 0:
        return Derived("none", "a non-constant periodic function is not monotonic")
    _, _, dpiece = _one_period(ctx)
    x, df = ctx.x, dpiece.expr
    lo, hi = dpiece.interval.args[:2]
    # f' has period T: its sign on one period is its sign everywhere; isolated zeros
    # (x + sin x at pi + 2k pi) keep f strictly monotonic
    # 2 sin x cos x + 1 encloses as [-1, 3], its double-angle form 1 + sin 2x as [0, 2]
    forms = [df, *{sp.trigsimp(df), sp.expand_trig(df)} - {df}]
    for sign, h in [(1, g) for g in forms] + [(-1, -g) for g in forms]:
        if analytic(h, x) and nonnegative_on(h, x, lo, hi):
            kind = "increasing" if sign > 0 else "decreasing"
            return Derived(kind, f"f' has period {p.period}; {'' if sign > 0 else '-'}f' >= 0 "
                           f"on [0, {hi}] by one interval-arithmetic enclosure (arb), and f' "
                           "is real-analytic and not constant, so its zeros are isolated")
    try:
        s, exact, how = sign_on(df, x, sp.Interval.open(lo, hi))
    except Undecided as exc:
        raise Undecided(f"sign of f' on one period: {exc}") from None
    kind = {"positive": "increasing", "nonnegative": "increasing", "negative": "decreasing",
            "nonpositive": "decreasing"}.get(s)
    if kind is None:
        return Derived("none", f"f' changes sign on one period [0, {p.period}]; " + how)
    if not exact:
        raise Undecided(f"the sign of f' on one period is only numeric ({how})")
    return Derived(kind, f"f' has period {p.period} and is {s} on one period; " + how)


def derive_periodic_derivative_monotonic(ctx: Context, fields: Mapping[str, Field]) -> Field:
    p = ctx.periodic()
    if p.inner is not None:
        raise Undecided("f' of a composition g(u(x)) is not periodic")
    return Derived("none", f"f' is periodic (period {p.period}) and not constant")


def derive_periodic_convexity(ctx: Context, fields: Mapping[str, Field]) -> Field:
    p = ctx.periodic()
    if p.inner is not None:
        raise Undecided("f'' of a composition g(u(x)) is not periodic")
    return Derived("none", f"f' is periodic (period {p.period}) and not constant, so it is "
                   "not monotonic: f is neither convex nor concave")


def derive_periodic_lipschitz(ctx: Context, fields: Mapping[str, Field]) -> Field:
    """sup |f'| over one period of f'."""
    p = ctx.periodic()
    if p.inner is not None:
        raise Undecided("the Lipschitz constant of a composition g(u(x)) is not derived")
    _, _, dpiece = _one_period(ctx)
    (crit,) = critical_points(Function((dpiece,), ctx.x))
    lo, hi = piece_image(dpiece, ctx.x, crit)
    a, b = abs(end_value(lo)), abs(end_value(hi))
    bound = a if compare(a, b) >= 0 else b
    exact = lo.exact and hi.exact and crit is not None and crit.exact
    return Derived(bound, f"sup |f'| over one period [0, {p.period}] of f' (ends and zeros "
                   "of f'')" + ("" if exact else "; numeric, 30 digits"))


# the fields a periodic structure decides instead of the whole-line derivers
PERIODIC_DERIVERS = {
    "range": derive_periodic_range, "extrema": derive_periodic_extrema,
    "monotonic": derive_periodic_monotonic,
    "derivative_monotonic": derive_periodic_derivative_monotonic,
    "convexity": derive_periodic_convexity, "lipschitz": derive_periodic_lipschitz,
}
