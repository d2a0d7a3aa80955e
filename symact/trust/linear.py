"""Exact feasibility of linear constraints over the reals (Fourier–Motzkin), for the trusted
base: the cells of :mod:`.regions` treat relations in several variables as independent, and a
cell whose linear relations contradict each other (x < y, y < z, x = z) is dropped with it.

Only a proof of infeasibility removes anything: a relation that is not linear with rational
coefficients is left out (a superset again), ``u != 0`` is ``u < 0`` or ``u > 0``, and a
system that grows beyond :data:`MAX_CONSTRAINTS` counts as feasible.

>>> import sympy as sp
>>> x, y, z = sp.symbols("x y z", real=True)
>>> feasible({x - y < 0: True, y - z < 0: True, sp.Eq(x - z, 0): True})
False
>>> feasible({x - y < 0: True, y - z < 0: False, sp.Eq(x - z, 0): True})
True
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from functools import lru_cache

import sympy as sp
from sympy.core.relational import Relational

MAX_CONSTRAINTS = 400  # while eliminating; beyond this the cell is kept (not shown empty)
# a constraint: ({variable: coefficient}, constant, kind) meaning Σ c·v + constant (kind) 0
_Constraint = tuple[dict[sp.Symbol, sp.Rational], sp.Rational, str]
# relation -> (sign of lhs - rhs to use, kind) when it holds, and when it does not
_HOLDS = {sp.Gt: ((1, ">"), (-1, ">=")), sp.Ge: ((1, ">="), (-1, ">")),
          sp.Lt: ((-1, ">"), (1, ">=")), sp.Le: ((-1, ">="), (1, ">")),
          sp.Eq: ((1, "="), (1, "!=")), sp.Ne: ((1, "!="), (1, "="))}
MAX_UNEQUAL = 4  # != splits into < or >: at most 2^4 systems, beyond that != is left out


def constraint(r: Relational, truth: bool) -> _Constraint | None:
    """The linear constraint that r (or its negation) states, or None (not linear).

    >>> x, y = sp.symbols("x y", real=True)
    >>> constraint(x < 2*y, False)
    ({x: 1, y: -2}, 0, '>=')
    """
    side = _HOLDS[r.func][0 if truth else 1]
    form = _linear(r) if side is not None else None
    if form is None:
        return None
    s, kind = side
    return {v: s * c for v, c in form[0].items()}, s * form[1], kind


@lru_cache(maxsize=4096)
def _linear(r: Relational) -> tuple[dict[sp.Symbol, sp.Rational], sp.Rational] | None:
    """lhs - rhs as ({v: c}, constant) when it is linear with rational coefficients."""
    coeffs: dict[sp.Symbol, sp.Rational] = {}
    const = sp.Integer(0)
    for term in sp.Add.make_args(sp.expand(r.lhs - r.rhs)):
        c, m = term.as_coeff_Mul()
        if not c.is_Rational or not (m == 1 or m.is_Symbol):
            return None
        if m == 1:
            const += c
        else:
            coeffs[m] = coeffs.get(m, 0) + c
    coeffs = {v: c for v, c in coeffs.items() if c}
    return (coeffs, const) if coeffs else None


def feasible(cell: Mapping[Relational, bool]) -> bool:
    """False when the linear relations of the cell (with their truth values) have no common
    solution; True when they do or it is not shown."""
    found = [constraint(r, bool(t)) for r, t in cell.items()
             if isinstance(r, Relational) and len(r.free_symbols) > 1]
    if not any(found):
        return True
    cons = [c for c in (constraint(r, bool(t)) for r, t in cell.items()
                        if isinstance(r, Relational)) if c is not None]
    plain = [c for c in cons if c[2] != "!="]
    unequal = [c for c in cons if c[2] == "!="][:MAX_UNEQUAL]  # more: left out (a superset)
    for signs in itertools.product((1, -1), repeat=len(unequal)):
        split = [({v: s * a for v, a in c[0].items()}, s * c[1], ">")
                 for s, c in zip(signs, unequal, strict=True)]
        if _feasible(plain + split):
            return True
    return False


def _substitute(con: _Constraint, v: sp.Symbol, value: _Constraint) -> _Constraint:
    """con with v replaced by Σ c·u + constant (``value``'s coefficients and constant)."""
    coeffs, const, kind = con
    a = coeffs.get(v, 0)
    if not a:
        return con
    out = {u: c for u, c in coeffs.items() if u != v}
    for u, c in value[0].items():
        out[u] = out.get(u, 0) + a * c
    return {u: c for u, c in out.items() if c}, const + a * value[1], kind


def _feasible(cons: list[_Constraint]) -> bool:
    while True:
        eq = next((c for c in cons if c[2] == "=" and c[0]), None)
        if eq is None:
            break
        v, a = next(iter(eq[0].items()))
        value = ({u: -c / a for u, c in eq[0].items() if u != v}, -eq[1] / a, "=")
        cons = [_substitute(c, v, value) for c in cons if c is not eq]
    while True:
        if any(not coeffs and not _holds(const, kind) for coeffs, const, kind in cons):
            return False
        cons = [c for c in cons if c[0]]
        if not cons:
            return True
        if len(cons) > MAX_CONSTRAINTS:
            return True
        cons = _eliminate(cons, next(iter(cons[0][0])))


def _holds(const: sp.Rational, kind: str) -> bool:
    return const > 0 if kind == ">" else const >= 0 if kind == ">=" else const == 0


def _eliminate(cons: list[_Constraint], v: sp.Symbol) -> list[_Constraint]:
    """The constraints without v that have a solution exactly when cons do (no equalities)."""
    lower = [c for c in cons if c[0].get(v, 0) > 0]
    upper = [c for c in cons if c[0].get(v, 0) < 0]
    out = [c for c in cons if not c[0].get(v, 0)]
    for lo in lower:
        for up in upper:
            a, b = lo[0][v], -up[0][v]  # b·lo + a·up eliminates v
            coeffs = {u: b * lo[0].get(u, 0) + a * up[0].get(u, 0)
                      for u in set(lo[0]) | set(up[0]) if u != v}
            kind = ">" if ">" in (lo[2], up[2]) else ">="
            out.append(({u: c for u, c in coeffs.items() if c}, b * lo[1] + a * up[1], kind))
    return out
