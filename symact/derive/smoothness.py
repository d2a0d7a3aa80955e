"""Smoothness: continuity class C^k, the points where f is not differentiable, smooth pieces.

f is C^k when at every breakpoint the one-sided derivatives of orders 0..k agree (and f
takes the common value). Derivers of other fields first ask
:func:`require_continuous_pieces`: every piece and its derivative continuous on its interval.

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> smooth_on(sp.log(x), x, sp.Interval(1, sp.oo)), smooth_on(1 / x, x, sp.Reals)
(True, False)
"""

from __future__ import annotations

from collections.abc import Mapping

import sympy as sp

from ..budget import deadline
from ..calculus import NONEXISTENT, Function, compare, limit, real_domain, set_text
from ..errors import SYMPY_FAILURES, Undecided
from .context import Context, around, equal_when, simplify
from .records import Conditional, Derived, Field, Unknown

# the functions that are C^inf wherever their argument is; Abs is listed but never accepted
_ENTIRE = (sp.exp, sp.erf, sp.erfc, sp.sin, sp.cos, sp.tanh, sp.sinh, sp.cosh, sp.atan,
           sp.asinh, sp.sech, sp.Abs)

MAX_ORDER = 8


def require_continuous_pieces(ctx: Context) -> None:
    """Each piece and its derivative must be continuous on the piece's interval."""
    def make() -> bool:
        x = ctx.x
        for p in ctx.f().pieces:
            if p.is_point or not p.expr.has(x):
                continue
            # f' only inside the piece: at a closed end of the domain f' may be infinite
            # (sqrt at 0) and the end enters every field as a value of f, not of f'
            inside = sp.Interval(p.interval.inf, p.interval.sup, True, True)
            for e, where in ((p.expr, p.interval), (sp.diff(p.expr, x), inside)):
                if smooth_on(e, x, where):
                    continue
                try:
                    with deadline(3.0):
                        dom = sp.calculus.util.continuous_domain(e, x, where)
                except SYMPY_FAILURES as exc:
                    raise Undecided(f"domain of {e} not found ({type(exc).__name__})") from None
                if not _covers(dom, where) and not _elementary_on(e, x, where):
                    raise Undecided(f"{e} is not continuous on {set_text(where)} (only on "
                                    f"{set_text(dom)})")
        return True

    ctx.get("pieces_continuous", make)


def smooth_on(e: sp.Expr, x: sp.Symbol, where: sp.Interval) -> bool:
    """True if e is visibly C^inf on ``where``: entire functions, powers with positive bases
    or natural exponents, logs of positive arguments (positivity from SymPy's assumptions
    after writing x = a + t, t >= 0, on the interval). False means "not shown"."""
    t = sp.Symbol("t", nonnegative=True)
    lo, hi = where.inf, where.sup
    shifted = e.subs(x, lo + t) if not lo.is_infinite else (
        e.subs(x, hi - t) if not hi.is_infinite else e)

    def ok(u: sp.Expr) -> bool:
        if not u.has(x) and not u.has(t):
            return True
        if u.is_Symbol:
            return True
        if isinstance(u, sp.Add | sp.Mul):
            return all(ok(a) for a in u.args)
        if isinstance(u, sp.Pow):
            b, n = u.args
            if n.is_Integer and n >= 0:
                return ok(b)
            return ok(b) and ok(n) and bool(b.is_positive)
        if isinstance(u, sp.log):
            return ok(u.args[0]) and bool(u.args[0].is_positive)
        if isinstance(u, _ENTIRE) and not isinstance(u, sp.Abs):
            return ok(u.args[0])
        return False

    if lo.is_infinite or hi.is_infinite or where.left_open is False:
        return ok(shifted)
    return ok(e)


# the functions in an expression that are not continuous on their domain
_JUMPY = (sp.sign, sp.Heaviside, sp.floor, sp.ceiling, sp.frac, sp.Piecewise)


def _elementary_on(e: sp.Expr, x: sp.Symbol, where: sp.Interval) -> bool:
    """An elementary function is continuous on its domain: so on ``where`` when its real
    domain (calculus.domain, a denominator's zeros excluded by interval arithmetic where
    solveset gives up, as for x/2 + exp(-x/3)) covers it."""
    if e.has(*_JUMPY):
        return False
    try:
        return _covers(real_domain(e, x, where), where)
    except (Undecided, *SYMPY_FAILURES):
        return False


def _covers(a: sp.Set, b: sp.Set) -> bool:
    """b ⊆ a."""
    return a == b or bool((b - a) is sp.S.EmptySet or (b - a).is_empty)


def derive_continuity(ctx: Context, fields: Mapping[str, Field]) -> Field:
    """C^k from one-sided derivatives at each breakpoint; with symbolic parameters the
    orders that hold only under an equation (ELU: alpha = 1) become a Conditional."""
    require_continuous_pieces(ctx)
    f = ctx.f()
    bps = f.breakpoints()
    if not bps:
        where = "the real line" if f.domain is sp.S.Reals else "each part of the domain"
        return Derived("inf", f"one analytic piece on {where}: C^inf")
    if all(removable(f, b) for b in bps):
        points = ", ".join(str(b) for b in bps)
        return Derived("inf", f"removable singularities at x = {points}: on both sides one "
                       "expression N/D with N, D analytic there, and f = lim N/D at the point, "
                       "so f is analytic (Riemann's theorem): C^inf")
    params = sorted(f.params, key=lambda s: s.name)
    conditions: list[sp.Basic] = []
    generic: int | None = None
    subs: dict[sp.Symbol, sp.Expr] = {}

    def answer(k: int, why: str) -> Derived:
        if generic is None:
            return Derived(k, why)
        return Derived(Conditional(((sp.And(*conditions), k),), generic),
                       why + f" (when {sp.And(*conditions)}); otherwise C^{generic}")

    for order in range(MAX_ORDER + 1):
        fn = _subs_fn(f, subs)
        for b in bps:
            b = b.subs(subs)
            left, here, right = around(fn, b, order)
            if order and (left.is_infinite or right.is_infinite):
                # an infinite one-sided derivative (the signed square root at 0): f^(order)
                # does not exist at b
                return answer(order - 1, f"f^({order}) is infinite at x = {b}")
            gaps = [right - left] + ([here - left] if order == 0 else [])
            for gap in (simplify(g) for g in gaps):
                if not (gap.free_symbols & set(params)):
                    if compare(gap, sp.S.Zero) == 0:
                        continue
                    return answer(order - 1, f"derivatives of order {order} differ at x = {b}")
                sol = sp.solve(gap, sorted(gap.free_symbols & set(params), key=str), dict=True)
                if generic is None:
                    generic = order - 1
                if not sol:
                    return answer(order - 1, f"order {order} differs at x = {b} for all "
                                  "parameter values")
                conditions.extend(sp.Eq(k, v) for k, v in sol[0].items())
                subs.update(sol[0])
    return Unknown(f"pieces agree to order {MAX_ORDER} at every breakpoint")


def removable(f: Function, b: sp.Expr) -> bool:
    """f is the analytic continuation of its neighbours at the point piece b: the pieces on
    both sides are one N/D with N, D analytic on [b - 1, b + 1], and f(b) = lim N/D exactly
    (sinc at 0). A finite limit means no pole, so the singularity is removable."""
    if f.params:
        return False
    i = next((i for i, p in enumerate(f.pieces)
              if p.is_point and next(iter(p.interval)) == b), None)
    sides = None if i is None else f.continuous_point(i)
    if sides is None or sides[0].expr != sides[1].expr:
        return False
    num, den = sp.fraction(sp.together(sides[0].expr))
    near = sp.Interval(b - 1, b + 1)
    return smooth_on(num, f.x, near) and smooth_on(den, f.x, near)


def _subs_fn(f: Function, subs: Mapping[sp.Symbol, sp.Expr]) -> Function:
    if not subs:
        return f
    return Function(tuple(type(p)(p.expr.subs(subs), p.interval.subs(subs))
                          for p in f.pieces), f.x)


def derive_nondifferentiable_at(ctx: Context, fields: Mapping[str, Field]) -> Field:
    """The breakpoints where f jumps or its one-sided derivatives differ (a Conditional
    when that depends on the parameters)."""
    require_continuous_pieces(ctx)
    f = ctx.f()
    always, conditional, conditions = [], [], []
    for b in f.breakpoints():
        l0, h0, r0 = around(f, b, 0)
        l1, _, r1 = around(f, b, 1)
        if l1.is_infinite or r1.is_infinite:  # a vertical tangent: no derivative at b
            always.append(b)
            continue
        smooth = sp.And(equal_when(l0, r0), equal_when(l0, h0), equal_when(l1, r1))
        if smooth is sp.false:
            always.append(b)
        elif smooth is not sp.true:
            conditional.append(b)
            conditions.append(smooth)
    ends = _vertical_ends(f)
    always = sorted(set(always) | set(ends), key=lambda v: float(v) if v.is_number else 0.0)
    how = "breakpoints where f jumps or its one-sided derivatives differ"
    if ends:
        how += "; closed ends of the domain where f' is infinite (sqrt at 0)"
    if not conditional:
        return Derived(tuple(always), how)
    return Derived(Conditional(((sp.And(*conditions), tuple(always)),),
                               tuple(always + conditional)), how)


def _vertical_ends(f: Function) -> list[sp.Expr]:
    """Closed finite ends of the domain's parts where the one-sided f' is infinite."""
    if f.domain is sp.S.Reals:
        return []
    x, out, kinks = f.x, [], f.breakpoints()
    for p in f.pieces:
        if p.is_point or not p.expr.has(x):
            continue
        s = p.interval
        for end, closed, side in ((s.inf, not s.left_open, "+"), (s.sup, not s.right_open, "-")):
            if end.is_infinite or not closed or end in kinks:
                continue
            d = limit(sp.diff(p.expr, x), x, end, side)
            if d is not NONEXISTENT and d.is_infinite:
                out.append(end)
    return out
