"""Periodic structure of an expression: f(x + T) = f(x), f = s·x + (period T), or f = g(u(x))
with g periodic, each period found by SymPy and checked by simplifying f(x + T) - f(x).

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> shape_of(sp.sin(x), x).period, shape_of(x + sp.sin(x), x).slope
(2*pi, 1)
>>> shape_of(sp.sin(sp.exp(x)), x).inner
exp(x)
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import mpmath
import sympy as sp

from ..budget import deadline
from ..errors import SYMPY_FAILURES, BudgetExceeded, Undecided
from .boxes import Box, Indeterminate, Unsupported, box_function
from .domain import PERIODIC
from .numbers import compare, mp_value
from .simplify import vanishes


@dataclass(frozen=True)
class Periodic:
    """f = slope·x + (a function of period ``period``); ``inner`` u for f = g(u(x))."""

    period: sp.Expr
    slope: sp.Expr  # 0 for a periodic f
    inner: sp.Expr | None = None  # f = g(u) with g periodic, u not linear


def _period(e: sp.Expr, x: sp.Symbol) -> sp.Expr | None:
    """The period SymPy finds, checked: e(x + T) - e(x) must simplify to 0."""
    try:
        with deadline(2.0):
            t = sp.periodicity(e, x)
    except (*SYMPY_FAILURES, BudgetExceeded):
        return None
    if t is None or t == 0 or t.free_symbols or not t.is_positive:
        return None
    if not vanishes(e.subs(x, x + t) - e):
        return None
    # SymPy's period need not be the least (sin(x)**2: 2*pi, not pi); a smaller one merges
    # extremum families that would otherwise be listed twice
    shrunk = True
    while shrunk:
        shrunk = False
        for d in (2, 3, 5):
            if vanishes(e.subs(x, x + t / d) - e):
                t, shrunk = t / d, True
                break
    return t


def shape_of(f: sp.Expr, x: sp.Symbol) -> Periodic | None:
    """The periodic structure of a parameter-free, single-piece f on the real line, or None."""
    if not f.has(*PERIODIC) or f.free_symbols - {x} or f.is_Piecewise:
        return None
    df = sp.diff(f, x)
    if vanishes(df):
        return None  # sin(x)**2 + cos(x)**2: constant, nothing periodic to say
    t = _period(f, x)
    if t is not None:
        return Periodic(t, sp.S.Zero)
    t = _period(df, x)
    if t is not None:
        step = sp.simplify(f.subs(x, x + t) - f)
        if not step.has(x) and compare(step, sp.S.Zero) != 0:
            return Periodic(t, sp.simplify(step / t))
    inner = {a for g in f.atoms(*PERIODIC) for a in g.args}
    if len(inner) == 1:
        (u,) = inner
        s = sp.Dummy("s", real=True)
        g = f.subs(u, s)
        if not g.has(x) and sp.diff(u, x, 2) != 0:
            tg = _period(g, s)
            if tg is not None:
                return Periodic(tg, sp.S.Zero, u)
    return None


def period_cover(t: sp.Expr) -> sp.Rational:
    """A dyadic rational R with T < R < T + 2^-39: [0, R] holds a whole period and has the
    rational ends that interval isolation needs (2*pi has not)."""
    r = sp.Rational(int(mpmath.ceil(mp_value(t) * 2**40)) + 1, 2**40)
    if compare(r, t) <= 0:
        raise Undecided(f"no rational end above the period {t}")
    return r


def nonnegative_on(h: sp.Expr, x: sp.Symbol, lo: sp.Rational, hi: sp.Rational) -> bool:
    """h >= 0 on [lo, hi], proved by one interval-arithmetic enclosure (1 + cos x: [0, 2])."""
    try:
        b = box_function(h, x)(Box.of(Fraction(int(lo.p), int(lo.q)),
                                      Fraction(int(hi.p), int(hi.q))))
    except (Unsupported, Indeterminate):
        return False
    return bool(b.lo >= 0)


# real-analytic on the real line wherever their argument is: a non-constant combination has
# isolated zeros only
_ANALYTIC = (sp.sin, sp.cos, sp.exp, sp.tanh, sp.sinh, sp.cosh, sp.atan, sp.erf, sp.erfc,
             sp.asinh)


def analytic(h: sp.Expr, x: sp.Symbol) -> bool:
    """h is visibly real-analytic on R: sums, products, natural powers of the functions
    above."""
    if not h.has(x) or h == x:
        return True
    if isinstance(h, sp.Add | sp.Mul):
        return all(analytic(a, x) for a in h.args)
    if isinstance(h, sp.Pow):
        return h.exp.is_Integer and h.exp >= 0 and analytic(h.base, x)
    if isinstance(h, _ANALYTIC):
        return analytic(h.args[0], x)
    return False
