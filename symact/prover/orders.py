"""Cases on conditions in several variables: the signs of linear forms (x − y in Max(x, y)).

A Piecewise condition linear in several variables (``x >= y``, ``x - z > 0``) has no
breakpoint on one axis. Its linear form L (primitive, rational coefficients, first
coefficient positive) gets three cases, L > 0, L = 0, L < 0; k forms give the 3^k sign
patterns, less those that are exactly infeasible (Fourier–Motzkin elimination over the
rationals: x > y > z > x is dropped, and only a proof of infeasibility drops a pattern). In
each remaining pattern every such condition is decided.

>>> x, y, z = sp.symbols("x y z", real=True)
>>> forms = linear_forms([x >= y, y - x > 0, z >= x], [x, y, z])
>>> forms
[x - y, x - z]
>>> len(sign_patterns(forms)), len(sign_patterns([x - y, x - z, y - z]))
(9, 13)
>>> decide(x >= y, {x - y: -1})
False
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction

import sympy as sp

MAX_FORMS = 3

_Row = tuple[dict[sp.Symbol, Fraction], Fraction]  # Σ c_v v + c0


def linear_forms(atoms: Iterable[sp.Basic], variables: Sequence[sp.Symbol]) -> list[sp.Expr]:
    """The distinct normalised linear forms of the relations in several variables (at most
    MAX_FORMS; none when there are more)."""
    out: list[sp.Expr] = []
    for atom in atoms:
        form = _form(atom, variables)
        if form is not None and form not in out:
            out.append(form)
    return out if len(out) <= MAX_FORMS else []


def _form(atom: sp.Basic, variables: Sequence[sp.Symbol]) -> sp.Expr | None:
    if not isinstance(atom, sp.core.relational.Relational) or len(atom.free_symbols) < 2:
        return None
    d = sp.expand(atom.lhs - atom.rhs)
    if len(d.free_symbols) < 2:
        return None  # x + 2*y >= x + y is about y alone: its breakpoints decide it
    try:
        poly = sp.Poly(d, *[v for v in variables if v in d.free_symbols])
    except sp.PolynomialError:
        return None
    if poly.total_degree() != 1 or not all(c.is_Rational for c in poly.coeffs()):
        return None
    _, prim = d.as_content_primitive()
    lead = next(prim.coeff(v) for v in variables if prim.coeff(v) != 0)
    return sp.expand(prim / sp.sign(lead))


def sign_patterns(forms: Sequence[sp.Expr]) -> list[tuple[int, ...]]:
    """Every pattern of signs of the forms that is not proved infeasible."""
    return [p for p in itertools.product((1, 0, -1), repeat=len(forms))
            if not _infeasible(forms, p)]


def decide(atom: sp.Basic, signs: Mapping[sp.Expr, int]) -> bool | None:
    """The truth of a relation whose form has a known sign (None if it has none)."""
    d = sp.expand(atom.lhs - atom.rhs)
    for form, s in signs.items():
        ratio = sp.cancel(d / form)
        if ratio.is_Rational and ratio != 0:
            return bool(atom.func(sp.Integer(s) * sp.sign(ratio), 0))
    return None


def _row(form: sp.Expr) -> _Row:
    coeffs = {v: Fraction(int(form.coeff(v).p), int(form.coeff(v).q))
              for v in form.free_symbols}
    const = form.subs({v: 0 for v in form.free_symbols})
    return coeffs, Fraction(int(const.p), int(const.q))


def _infeasible(forms: Sequence[sp.Expr], pattern: Sequence[int]) -> bool:
    """Fourier–Motzkin: the system {s·L > 0, L = 0} has no real solution. Each row is
    (coefficients, constant, strict); an equality becomes two non-strict rows."""
    rows: list[tuple[dict, Fraction, bool]] = []
    for form, s in zip(forms, pattern, strict=True):
        coeffs, const = _row(form)
        if s == 0:
            rows.append((coeffs, const, False))
            rows.append(({v: -c for v, c in coeffs.items()}, -const, False))
        else:
            rows.append(({v: s * c for v, c in coeffs.items()}, s * const, True))
    variables = {v for r in rows for v in r[0]}
    for v in sorted(variables, key=str):
        pos = [r for r in rows if r[0].get(v, 0) > 0]
        neg = [r for r in rows if r[0].get(v, 0) < 0]
        rest = [r for r in rows if r[0].get(v, 0) == 0]
        for (pc, p0, ps), (nc, n0, ns) in itertools.product(pos, neg):
            a, b = pc[v], -nc[v]  # b·(p) + a·(n) eliminates v
            coeffs = {u: b * pc.get(u, 0) + a * nc.get(u, 0) for u in set(pc) | set(nc)}
            coeffs = {u: c for u, c in coeffs.items() if c != 0 and u != v}
            rest.append((coeffs, b * p0 + a * n0, ps or ns))
        rows = rest
    # rows with no variable left: c0 > 0 (strict) or c0 >= 0 must hold
    return any(not c and (k <= 0 if strict else k < 0) for c, k, strict in rows)
