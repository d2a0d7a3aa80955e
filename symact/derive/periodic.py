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
    Bound,
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
)
from ..core import Piece
from ..errors import Undecided
from .context import Context, largest, value
from .records import Derived, Extremum, Field, Range, Unknown


def _one_period(ctx: Context) -> tuple[Periodic, Piece, Piece]:
    """The structure and the pieces of f and f' on [0, R], R just above the period T (a
    rational end, as the interval isolation needs: the image of [0, R] is that of R)."""
    p = ctx.periodic()
    if p is None or p.inner is not None:
        raise Undecided("not periodic in x")
    span = sp.Interval(0, period_cover(p.period))
    (df,) = ctx.df().pieces  # periodic means one piece on the real line
    return p, Piece(ctx.expr, span), Piece(df.expr, span)


def _image_on(piece: Piece, var: sp.Symbol) -> tuple[Bound, Bound, bool, str]:
    """(inf, sup, exact, how) of one bounded piece, from its ends and the isolated zeros of
    its derivative."""
    (crit,) = critical_points(Function((piece,), var))
    lo, hi = piece_image(piece, var, crit)
    return lo, hi, lo.exact and hi.exact and crit.exact, crit.how


def _closed_range(lo: Bound, hi: Bound, exact: bool) -> Range:
    """A periodic image: both ends attained."""
    a, b = end_value(lo), end_value(hi)
    return Range(a, b, True, True, exact, sp.Interval(a, b))


def derive_periodic_range(ctx: Context, fields: Mapping[str, Field]) -> Field:
    p = ctx.periodic()
    if p.inner is not None:
        return _composed_range(ctx, p)
    if p.slope != 0:
        lo, hi = (-sp.oo, sp.oo) if compare(p.slope, sp.S.Zero) > 0 else (sp.oo, -sp.oo)
        return Derived(Range(-sp.oo, sp.oo, False, False, True, sp.S.Reals),
                       f"f = {p.slope}·x + (period {p.period}): f -> {lo} and {hi} at -oo, oo")
    _, piece, _ = _one_period(ctx)
    lo, hi, exact, how = _image_on(piece, ctx.x)
    return Derived(_closed_range(lo, hi, exact), f"periodic with period {p.period} "
                   f"(f(x + T) - f(x) simplifies to 0): the image of [0, {p.period}], from its "
                   "ends and the zeros of f' there; " + how)


def _composed_range(ctx: Context, p: Periodic) -> Field:
    """g(u(x)) with u's image at least one period of g long: g's range over a period."""
    x, u = ctx.x, p.inner
    s = sp.Dummy("s", real=True)
    g = ctx.expr.subs(u, s)
    lo_u, hi_u = image(Function.of(u, x))
    length = sp.simplify(hi_u.value - lo_u.value)
    if compare(length, p.period) < 0:
        raise Undecided(f"the image of {u} is shorter than the period {p.period} of {g}")
    lo, hi, exact, how = _image_on(Piece(g, sp.Interval(0, period_cover(p.period))), s)
    return Derived(_closed_range(lo, hi, exact), f"f = g({u}) with g of period {p.period}; "
                   f"{u} takes every value of an interval of length {length} >= {p.period}, "
                   "so f has g's range on one period; " + how)


def derive_periodic_extrema(ctx: Context, fields: Mapping[str, Field]) -> Field:
    """Global extrema of a periodic f as families x = c + k·T."""
    r: Range = value(fields, "range")
    p = ctx.periodic()
    if p.slope != 0:
        return Derived((), "unbounded above and below: no global extremum")
    if p.inner is not None:
        return Unknown(f"infinitely many points (f = g({p.inner})): the families are not "
                       "derived for a composition")
    _, piece, _ = _one_period(ctx)
    # the zeros the range used (the same call, so the cached isolation)
    (crit,) = critical_points(Function((piece,), ctx.x))
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
    lo, hi, exact, _ = _image_on(dpiece, ctx.x)
    bound = largest([abs(end_value(lo)), abs(end_value(hi))])
    return Derived(bound, f"sup |f'| over one period [0, {p.period}] of f' (ends and zeros "
                   "of f'')" + ("" if exact else "; numeric, 30 digits"))


# the fields a periodic structure decides instead of the whole-line derivers
PERIODIC_DERIVERS = {
    "range": derive_periodic_range, "extrema": derive_periodic_extrema,
    "monotonic": derive_periodic_monotonic,
    "derivative_monotonic": derive_periodic_derivative_monotonic,
    "convexity": derive_periodic_convexity, "lipschitz": derive_periodic_lipschitz,
}
