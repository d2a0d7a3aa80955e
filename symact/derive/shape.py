"""The shape of f: symmetry (odd, even, point) and convexity.

f is odd when f(x) + f(-x) = 0, even when f(x) - f(-x) = 0 and point-symmetric about (0, f(0))
when f(x) + f(-x) - 2 f(0) = 0 for all real x; :func:`identically_zero` decides each such
identity (a proof by simplification, or a counterexample). Convexity is the sign of f'' on
each piece and of the jump of f' at each kink.

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> identically_zero(sp.tanh(x) + sp.tanh(-x), x)[0], identically_zero(sp.exp(x) - 1, x)
(True, (False, 'counterexample at x = 3/10'))
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

import mpmath
import sympy as sp

from ..budget import attempt
from ..calculus import Function, compare, mp_value, set_text, sign_on, vanishes
from ..errors import SYMPY_FAILURES, Undecided
from .context import Context, around, simplify
from .records import Derived, Field, Symmetry, Unknown
from .smoothness import require_continuous_pieces


def derive_symmetry(ctx: Context, fields: Mapping[str, Field]) -> Field:
    """The first of odd, even, point symmetry proved; none when all three are refuted."""
    x = ctx.x
    f = ctx.expr
    domain = ctx.f().domain
    if domain is not sp.S.Reals and _mirror(domain, x) != domain:
        return Derived(Symmetry("none", None), f"the domain {set_text(domain)} is not "
                       "symmetric about 0, which odd, even and point symmetry about x = 0 need")
    mirrored = f.subs(x, -x)
    try:
        f0 = sp.simplify(ctx.f().at(sp.S.Zero))
    except Undecided:
        # 0 outside the domain (1/x + 1): the centre's height is the mean of f(t), f(-t)
        f0 = sp.simplify((f + mirrored).subs(x, _inside(domain)) / 2)
    tests = [("odd", f + mirrored, (sp.S.Zero, sp.S.Zero)),
             ("even", f - mirrored, None),
             ("point", f + mirrored - 2 * f0, (sp.S.Zero, f0))]
    undecided = []
    for kind, residue, center in tests:
        if kind == "point" and compare(f0, sp.S.Zero) == 0:
            continue
        verdict, how = identically_zero(residue, x, domain)
        if verdict is True:
            return Derived(Symmetry(kind, center), f"{kind}: {how}")
        if verdict is None:
            undecided.append(f"{kind}: {how}")
    if undecided:
        return Unknown("; ".join(undecided))
    return Derived(Symmetry("none", None), "odd, even and point symmetry refuted by "
                   "counterexamples at 50 digits")


def _mirror(s: sp.Set, x: sp.Symbol) -> sp.Set:
    """{-t : t in s}."""
    return sp.imageset(sp.Lambda(x, -x), s)


def _inside(domain: sp.Set) -> sp.Expr:
    """A point t with t and -t in the domain (it is symmetric and not {0})."""
    for t in (sp.Rational(3, 10), sp.Rational(17, 10), sp.Rational(1, 1000), sp.S(5)):
        if domain.contains(t) is sp.true:
            return t
    raise Undecided(f"no sample point in the domain {domain}")


def identically_zero(e: sp.Expr, x: sp.Symbol, where: sp.Set = sp.S.Reals
                     ) -> tuple[bool | None, str]:
    """True (proved), False (counterexample) or None, for e(x) == 0 on ``where`` (the
    domain: a point outside it is never a counterexample)."""
    numeric = not (e.free_symbols - {x})
    solutions: list[dict] | None = None
    for t in ("3/10", "17/10", "5", "-11/4", "40"):
        if where is not sp.S.Reals and where.contains(sp.Rational(t)) is not sp.true:
            continue
        v = e.subs(x, sp.Rational(t))
        if numeric:
            try:
                if abs(mp_value(v)) > mpmath.mpf("1e-30"):
                    return False, f"counterexample at x = {t}"
            except Undecided:
                continue
        else:
            vs = simplify(v)
            if vs.is_zero is False:
                return False, f"non-zero at x = {t}"
            if vs != 0:
                solutions = _parameter_solutions(vs, solutions)
                if solutions == []:
                    return False, ("no parameter value makes it vanish at all of x = 3/10, "
                                   f"..., {t}")
    try:
        fn = Function.of(e, x)
    except Undecided as exc:
        return None, str(exc)
    for p in fn.pieces:
        # a single-point piece only has to vanish at its point (|x| - |-x| folds to -2x on {0})
        e = p.expr.subs(x, next(iter(p.interval))) if p.is_point else p.expr
        if not vanishes(e):
            return None, f"could not simplify {p.expr} to 0"
    return True, "f(x) and f(-x) combined simplify to the required form on every piece"


def _parameter_solutions(v: sp.Expr, known: list[dict] | None) -> list[dict] | None:
    """Parameter values with v = 0, intersected with ``known``; ``known`` unchanged when
    SymPy cannot solve v = 0 within a second."""
    solve = partial(sp.solve, v, sorted(v.free_symbols, key=str), dict=True)
    try:
        found = attempt(solve, share=1.0, cap=1.0)
    except SYMPY_FAILURES:
        return known
    if found is None:
        return known
    if known is None:
        return found
    return [d for d in found if any(all(sp.simplify(d.get(k, k) - w) == 0 for k, w in
                                        o.items()) for o in known)]


def derive_convexity(ctx: Context, fields: Mapping[str, Field]) -> Field:
    """Convex when f'' >= 0 on every piece and f' never jumps down; concave the other way."""
    require_continuous_pieces(ctx)
    if ctx.jumps():
        return Derived("none", "f is discontinuous")
    if ctx.f().gaps():
        return Derived("none", f"the domain {set_text(ctx.f().domain)} is not an interval, "
                       "which convexity needs")
    signs = set()
    for p, d2 in zip(ctx.f().pieces, ctx.d2f().pieces, strict=True):
        if p.is_point:
            continue
        s, _, _ = sign_on(d2.expr, ctx.x, p.interval)
        signs.add(s)
    for b in ctx.f().breakpoints():
        left, _, right = around(ctx.f(), b, 1)
        c = compare(right, left)
        signs.add("positive" if c > 0 else "negative" if c < 0 else "zero")
    if signs <= {"positive", "nonnegative", "zero"}:
        kind = "convex"
    elif signs <= {"negative", "nonpositive", "zero"}:
        kind = "concave"
    else:
        kind = "none"
    return Derived(kind, "sign of f'' on each piece and of the jump of f' at each kink")
