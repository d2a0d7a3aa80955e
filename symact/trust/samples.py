"""Exact sample points of a region, for the certificate checker's ball cross-check.

Each variable's candidates are the exact roots of the region's relations in it (factors of
products included: x*y = 0 holds at x = 0), rationals between and beyond them; an equation
linear in one variable (x**2 - y = 0) gives that variable's value at the others'.

>>> x = sp.Symbol("x", real=True)
>>> sample(sp.Eq(x, 0), {x})
([{x: 0}], True)
"""

from __future__ import annotations

import itertools
import math
import random

import sympy as sp
from sympy.core.relational import Relational

from ..errors import Undecided
from .balls import CannotEvaluate, Undefined, holds, value
from .regions import _equivalent, _polynomial, _roots, _sorted

SAMPLES = 32  # exact sample points per region (at most)


def _candidates(v: sp.Symbol, where: sp.Basic) -> list[sp.Expr]:
    """The exact roots in ``v`` of the conditions, and rationals between and beyond them."""
    rels = [_equivalent(r) for r in where.atoms(Relational)]
    # a product's factors in v alone count too: x*y = 0 holds at x = 0
    rels += [sp.Eq(f, 0) for r in rels if isinstance(r, Relational) and len(r.free_symbols) > 1
             and _polynomial(r) for f, _ in sp.factor_list(sp.expand(r.lhs - r.rhs))[1]
             if f.free_symbols == {v}]
    roots = _sorted(c for r in rels if isinstance(r, Relational) and r.free_symbols == {v}
                    and _polynomial(r) for c in _roots(r, v))
    try:
        near = [c if c.is_Rational else sp.Rational(value(c).mid().str(30, radius=False))
                for c in roots]
    except (CannotEvaluate, Undefined):
        raise Undecided(f"cannot place the roots {roots} of the conditions on {v}") from None
    if not near:  # nothing to respect: 24 rationals spread over (-4, 4), 0 avoided
        return [sp.Rational(2 * j + 1, 6) for j in range(-12, 12)]
    ks = [sp.Rational(j, 25) for j in range(1, 25)]
    inner = [a + (b - a) * k for a, b in itertools.pairwise(near) for k in ks]
    return [*roots, *inner, *(near[0] - 5 * k for k in ks), *(near[-1] + 5 * k for k in ks)]


def _solved_for(where: sp.Basic, vs: list[sp.Symbol]) -> tuple[sp.Symbol, sp.Expr] | None:
    """A variable an equation p = 0 of several variables gives exactly (p = a·w + b with a, b
    free of w: w = −b/a where a ≠ 0; x*y - y + 1 = 0 gives y = −1/(x − 1)), and its value
    in the others; a rational a first. None if there is none."""
    found = None
    for r in where.atoms(sp.Eq):
        d = sp.expand(r.lhs - r.rhs)
        for w in reversed(vs):
            a = d.coeff(w, 1)
            b = sp.expand(d - a * w)
            if len(d.free_symbols) > 1 and a != 0 and not a.has(w) and not b.has(w):
                if a.is_Rational:
                    return w, sp.expand(-b / a)
                found = found or (w, -b / a)
            # a·w² + c = 0 (x**2 - y**2 - y = 0): w = sqrt(−c/a) where that is real
            a2 = d.coeff(w, 2)
            c2 = sp.expand(d - a2 * w**2)
            if found is None and len(d.free_symbols) > 1 and a2.is_Rational and a2 != 0 \
                    and not c2.has(w):
                found = (w, sp.sqrt(-c2 / a2))
    return found


def sample(where: sp.Basic, variables: set[sp.Symbol]) -> tuple[list[dict], bool]:
    """Up to SAMPLES exact points where ``where`` holds, spread out, and whether the region is
    lower-dimensional (no variables, or an equation): fewer points may be all there are.

    >>> x = sp.Symbol("x", real=True)
    >>> points, lower = sample(sp.Eq(x, 0), {x})
    >>> points, lower
    ([{x: 0}], True)
    """
    vs = sorted(variables, key=str)
    cands = [_candidates(v, where) for v in vs]
    if math.prod(map(len, cands)) <= 3000:
        combos = list(itertools.product(*cands))
    else:
        rng = random.Random(0)  # deterministic sampling of a large product
        combos = [tuple(rng.choice(c) for c in cands) for _ in range(3000)]
    found = []
    solved = _solved_for(where, vs)  # x**2 - y = 0: y = x**2 at each x
    for combo in combos:
        p = dict(zip(vs, combo, strict=True))
        if solved is not None:
            w = solved[1].xreplace(p)
            if not (w.is_finite and w.is_extended_real):  # a vanishing coefficient, or
                continue  # the root of a negative number
            p[solved[0]] = w
        try:
            if holds(where, p):
                found.append(p)
        except (CannotEvaluate, Undefined):
            continue
    step = max(1, len(found) // SAMPLES)
    return found[::step][:SAMPLES], not vs or any(isinstance(r, sp.Eq) for r in where.atoms(
        Relational))
