"""The derivative through the output, y = f(x): what backprop uses (σ' = y(1 − y)).

Per piece the form h(y) is found by substitution (tanh' = 1 − tanh² reads off directly), by
inverting y = g(x), or by a polynomial ansatz fitted numerically; every candidate is then
*proved*: h(g(x)) − g'(x) must simplify to 0 on the piece. Pieces join into a Piecewise in y
when their images are disjoint. A non-injective f has no such form, shown by a witness pair
f(a) = f(b) with f'(a) ≠ f'(b).

>>> import sympy as sp
>>> from symact.calculus import Function
>>> x, y = sp.symbols("x y", real=True)
>>> f = Function.of(sp.tanh(x), x)
>>> derivative_from_output(f, f.derivative(), y).value
-(y - 1)*(y + 1)
"""

from __future__ import annotations

from collections.abc import Mapping

import mpmath
import sympy as sp

from ..budget import attempt
from ..calculus import (
    DPS,
    Function,
    compare,
    critical_points,
    disjoint,
    inner_point,
    mp_function,
    piece_image,
    sign_on,
    vanishes,
    zeros,
)
from ..core import Piece
from ..errors import SYMPY_FAILURES, Undecided
from .context import Context
from .records import Derived, Field, Unknown

ROUTE_SECONDS = 1.5  # each route may take this long before the next one is tried
_Y = sp.Symbol("y", real=True)


def derive_derivative_from_output(ctx: Context, fields: Mapping[str, Field]) -> Field:
    """f' as a function h(y) of the output y = f(x), proved per piece."""
    return derivative_from_output(ctx.f(), ctx.df(), _Y)


def derivative_from_output(f: Function, df: Function, y: sp.Symbol) -> Field:
    """h with h(f(x)) = f'(x) for every real x, or why there is none (or none was found)."""
    x = f.x
    forms: list[tuple[sp.Expr, sp.Set]] = []
    hows: set[str] = set()
    try:
        crits = critical_points(f)
    except Undecided:
        # x cos x, sin(30x): infinitely many critical points, but one pair of equal outputs
        # with different slopes is enough to show that y does not determine f'
        for p, dp in zip(f.pieces, df.pieces, strict=True):
            witness = None if p.is_point else _witness(p, dp, x, _sign_changes(dp.expr, x,
                                                                              p.interval))
            if witness is not None:
                return Derived(None, "none: " + witness)
        raise
    for p, dp, crit in zip(f.pieces, df.pieces, crits, strict=True):
        if p.is_point or not p.expr.has(x):
            value = p.expr.subs(x, inner_point(p.interval))
            forms.append((dp.expr if p.is_point else sp.S.Zero, sp.FiniteSet(value)))
            continue
        s, _, _ = sign_on(dp.expr, x, p.interval)
        if s == "mixed":
            witness = _witness(p, dp, x)
            if witness is None:
                return Unknown("f is not injective and no witness pair was confirmed")
            return Derived(None, "none: " + witness)
        lo, hi = piece_image(p, x, crit)
        img = sp.Interval(lo.value, hi.value, not lo.attained, not hi.attained)
        h, how = _form(p.expr, dp.expr, x, y, p.interval, img)
        if h is None:
            return Unknown(f"no closed form found on {p.interval}: {how}")
        hows.add(how)
        forms.append((h, img))
    for i, (ha, a) in enumerate(forms):
        for hb, b in forms[i + 1:]:
            if not disjoint(a, b) and not _agree_on_point(ha, a, hb, b, y):
                witness = _overlap_witness(ha, a, hb, b, y)
                if witness is None:
                    return Unknown("images of different pieces overlap")
                return Derived(None, "none: " + witness)
    if len(forms) == 1:
        return Derived(forms[0][0], "; ".join(sorted(hows)))
    args = [(h, img.as_relational(y)) for h, img in forms]
    return Derived(sp.Piecewise(*args[:-1], (args[-1][0], True)),
                   "per piece over its image, " + "; ".join(sorted(hows)))


def _agree_on_point(ha: sp.Expr, a: sp.Set, hb: sp.Expr, b: sp.Set, y: sp.Symbol) -> bool:
    """One image is a single value inside the other, and both forms give the same f' there
    (SQNL's flat end y = 1 and its last quadratic piece, both f' = 0): no conflict."""
    for (hp, p), (hq, _q) in (((ha, a), (hb, b)), ((hb, b), (ha, a))):
        if isinstance(p, sp.FiniteSet) and len(p) == 1:
            (v,) = p
            return vanishes(sp.sympify(hp).subs(y, v) - sp.sympify(hq).subs(y, v))
    return False


def _overlap_witness(ha: sp.Expr, a: sp.Set, hb: sp.Expr, b: sp.Set,
                     y: sp.Symbol) -> str | None:
    """A value y0 inside both images where the two proved forms differ: some x1 and x2 give
    y0, with f'(x1) = ha(y0) != hb(y0) = f'(x2), so y does not determine f' (ELU with
    alpha < 0: y0 in (0, -alpha) comes from x < 0 and from x > 0)."""
    if isinstance(a, sp.FiniteSet) or isinstance(b, sp.FiniteSet):
        return None
    try:
        lo = a.inf if compare(a.inf, b.inf) >= 0 else b.inf
        hi = a.sup if compare(a.sup, b.sup) <= 0 else b.sup
        if compare(lo, hi) >= 0:
            return None
    except Undecided:
        return None
    y0 = inner_point(sp.Interval.open(lo, hi))
    gap = sp.simplify(ha.subs(y, y0) - hb.subs(y, y0))
    try:
        differ = gap.is_nonzero or compare(gap, sp.S.Zero) != 0
    except Undecided:
        return None
    if not differ:
        return None
    return (f"y = {y0} is the output of two pieces whose f' there differ: "
            f"{sp.simplify(ha.subs(y, y0))} vs {sp.simplify(hb.subs(y, y0))}")


def _signed(s: sp.Symbol, where: sp.Set) -> sp.Symbol:
    """``s`` with the sign ``where`` gives it (positive on (0, oo)), so that SymPy may take
    sqrt((y + 1/y)^2) = y + 1/y on squareplus's image (0, oo)."""
    for interval, sign in ((sp.Interval.open(0, sp.oo), "positive"),
                           (sp.Interval(0, sp.oo), "nonnegative"),
                           (sp.Interval.open(-sp.oo, 0), "negative"),
                           (sp.Interval(-sp.oo, 0), "nonpositive")):
        if where.free_symbols or not where.is_subset(interval):
            continue
        return sp.Dummy(s.name, real=True, **{sign: True})
    return s


def _form(g: sp.Expr, dg: sp.Expr, x: sp.Symbol, y: sp.Symbol,
          where: sp.Set, image: sp.Set = sp.S.Reals) -> tuple[sp.Expr | None, str]:
    """h(y) = f'(x) on the piece, the variables carrying the signs of the piece and its
    image while the routes run and the proof is made."""
    ys = _signed(y, image)
    hows = []
    for t, xt, where_t in _from_ends(x, where):
        h, how = _form_signed(g.subs(x, xt), dg.subs(x, xt), t, ys, where_t)
        if h is not None:
            return h.subs(ys, y), how
        hows.append(how)
    return None, "; ".join(hows)


def _from_ends(x: sp.Symbol, where: sp.Set) -> list[tuple[sp.Symbol, sp.Expr, sp.Set]]:
    """x measured from a finite end of its piece, x = a + t or b - t with t > 0, and the
    piece in t: SymPy then knows sqrt((x + 1)^2) = x + 1 on SmeLU's piece (-1, 1]. A bounded
    piece is tried from both ends (SQNL's [0, 2] needs 1 - x/2 > 0, known from b = 2)."""
    if not isinstance(where, sp.Interval) or where.free_symbols:
        return [(x, x, where)]
    t = sp.Dummy("t", positive=True)
    a, b = where.inf, where.sup
    out = []
    if a.is_finite:
        out.append((t, a + t, sp.Interval(0, b - a, True, where.right_open)))
    if b.is_finite:
        out.append((t, b - t, sp.Interval(0, b - a, True, where.left_open)))
    return out or [(x, x, where)]


def _form_signed(g: sp.Expr, dg: sp.Expr, x: sp.Symbol, y: sp.Symbol,
                 where: sp.Set) -> tuple[sp.Expr | None, str]:
    tried = []
    for name, make in (("substitution y = f(x)", _by_substitution),
                       ("inverse x = f^-1(y)", _by_inverse),
                       ("polynomial ansatz in y", _by_polynomial)):
        try:
            cands = attempt(make, g, dg, x, y, where, share=1.0, cap=ROUTE_SECONDS)
        except (Undecided, *SYMPY_FAILURES) as exc:
            tried.append(f"{name}: {type(exc).__name__}")
            continue
        if cands is None:
            tried.append(f"{name}: BudgetExceeded")
            continue
        for h in cands:
            if _proved(h, g, dg, x, y, where):
                return h, f"{name}, proved: h(f(x)) - f'(x) simplifies to 0"
        tried.append(f"{name}: no candidate proved")
    return None, "; ".join(tried)


def _by_substitution(g, dg, x, y, where):
    h = dg.subs(g, y)
    return [sp.factor(h)] if not h.has(x) else []


def _by_inverse(g, dg, x, y, where):
    out = []
    for inv in sp.solve(sp.Eq(y, g), x):
        h = sp.simplify(dg.subs(x, inv))
        if not h.has(x):
            out.append(h)
            out.append(sp.factor(sp.simplify(sp.expand(h))))
            # sqrt(y^4 + 2y^2 + 1) = y^2 + 1 only once the radicand is factored (squareplus)
            out.append(sp.factor(sp.simplify(_radicands_factored(h))))
            # the real odd root (x^3: x = y^(1/3) is complex for y < 0 in SymPy, 3|y|^(2/3)
            # is f' on the whole line)
            real = _real_roots(h)
            if real != h:
                out.append(real)
    return out


def _real_roots(e: sp.Expr) -> sp.Expr:
    """Every b^(p/q) with q odd as the real root: |b|^(p/q) for even p, sign(b)·|b|^(p/q)
    for odd p."""
    def real(b: sp.Expr, n: sp.Rational) -> sp.Expr:
        if n.p % 2 == 0:
            return sp.Abs(b) ** n
        return sp.sign(b) * sp.Abs(b) ** n
    return e.replace(lambda u: (u.is_Pow and u.exp.is_Rational and not u.exp.is_Integer
                                and u.exp.q % 2 == 1),
                     lambda u: real(u.base, u.exp))


def _radicands_factored(e: sp.Expr) -> sp.Expr:
    return e.replace(lambda u: isinstance(u, sp.Pow) and u.exp.is_Rational and u.exp.q == 2,
                     lambda u: sp.factor(u.base) ** u.exp)


def _by_polynomial(g, dg, x, y, where, degree: int = 3):
    if g.free_symbols - {x}:
        return []
    t0 = inner_point(where)
    pts = [t0 + sp.Rational(k, 7) for k in range(-3, 4)]
    gf, df = mp_function(g, x), mp_function(dg, x)
    with mpmath.workdps(DPS):
        rows = [[gf(mpmath.mpf(t)) ** k for k in range(degree + 1)] for t in map(_mp, pts)]
        rhs = [df(_mp(t)) for t in pts]
        coef = mpmath.lu_solve(mpmath.matrix(rows[: degree + 1]), mpmath.matrix(rhs[: degree + 1]))
        exact = [sp.nsimplify(sp.Float(mpmath.nstr(c, 40), 40), rational=True, tolerance=1e-30)
                 for c in coef]
    return [sp.expand(sum(c * y**k for k, c in enumerate(exact)))]


def _mp(t: sp.Expr) -> mpmath.mpf:
    return mpmath.mpf(sp.Rational(t).p) / sp.Rational(t).q


def _proved(h, g, dg, x, y, where) -> bool:

    residue = h.subs(y, g) - dg
    if not (residue.free_symbols - {x}) and not where.free_symbols:
        f = mp_function(residue, x)
        with mpmath.workdps(DPS):
            if abs(f(_mp_point(where))) > mpmath.mpf(10) ** -30:
                return False
    return vanishes(residue)


def _mp_point(where: sp.Set) -> mpmath.mpf:
    return mpmath.mpf(str(sp.N(inner_point(where), DPS)))


def _bracketed_root(fn, lo: mpmath.mpf, hi: mpmath.mpf) -> mpmath.mpf | None:
    """A root of fn in [lo, hi]: Anderson's method, else Illinois (Anderson stalls short of
    50 digits on SERLU's x e^x)."""
    for solver in ("anderson", "illinois"):
        try:
            return mpmath.findroot(fn, (lo, hi), solver=solver)
        except (ValueError, ZeroDivisionError):
            continue
    return None


def _sign_changes(dexpr: sp.Expr, x: sp.Symbol, where: sp.Set) -> list[sp.Expr]:
    """Zeros of f' where it changes sign on [-10, 10] inside the piece, refined at 50 digits
    (a critical point for a witness pair; the pair itself is checked)."""
    if dexpr.free_symbols - {x}:
        return []
    d = mp_function(dexpr, x)
    out: list[sp.Expr] = []
    with mpmath.workdps(DPS):
        grid = [mpmath.mpf(k) / 8 for k in range(-80, 81)
                if where.contains(sp.Rational(k, 8)) is sp.true]
        vals = [_at(d, t) for t in grid]
        for a, b, va, vb in zip(grid, grid[1:], vals, vals[1:], strict=False):
            if va is not None and vb is not None and va * vb < 0:
                c = _bracketed_root(d, a, b)
                if c is None:
                    continue
                out.append(sp.Float(mpmath.nstr(c, DPS), DPS))
                if len(out) >= 3:
                    break
    return out


def _at(d, t: mpmath.mpf) -> mpmath.mpf | None:
    try:
        v = d(t)
    except (ZeroDivisionError, ValueError, OverflowError):
        return None
    return v if isinstance(v, mpmath.mpf) and mpmath.isfinite(v) else None


def _witness(p: Piece, dp: Piece, x: sp.Symbol,
             crit: list[sp.Expr] | None = None) -> str | None:
    """f(a) = f(b), f'(a) != f'(b): a certificate that no h(y) exists."""
    if p.expr.free_symbols - {x}:
        return None
    if crit is None:
        crit = [c for c in zeros(dp.expr, x, p.interval).points if not c.free_symbols]
    g, dg = mp_function(p.expr, x), mp_function(dp.expr, x)
    with mpmath.workdps(DPS):
        for c in crit:
            c = mpmath.mpf(str(sp.N(c, DPS)))
            for delta in (mpmath.mpf("0.25"), mpmath.mpf("0.05")):
                a = c - delta
                target = g(a)
                b = _bracketed_root(lambda t, target=target: g(t) - target,
                                    c + mpmath.mpf("1e-6"), c + 10 * delta + 5)
                if b is None:
                    continue
                # both points on this piece: elsewhere its expression is not f
                inside = all(p.interval.contains(sp.Float(mpmath.nstr(t, DPS), DPS)) is sp.true
                             for t in (a, b))
                if inside and abs(g(b) - target) < mpmath.mpf(10) ** -40 and \
                        abs(b - a) > delta / 2 and abs(dg(a) - dg(b)) > mpmath.mpf(10) ** -20:
                    return (f"f({mpmath.nstr(a, 8)}) = f({mpmath.nstr(b, 8)}) but f' is "
                            f"{mpmath.nstr(dg(a), 6)} vs {mpmath.nstr(dg(b), 6)}")
    return None
