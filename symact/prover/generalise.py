"""Generalisation: a nonlinear argument of a kink becomes a variable of its own.

``relu(x*y) = x*y*Heaviside(x*y, 1)`` has conditions on ``x*y``, which no breakpoint on one
axis decides. Writing ``u`` for ``x*y`` gives ``relu(u) = u*Heaviside(u, 1)``; if that holds
for *every* real ``u`` (and every value of the variables left), it holds at ``u = x*y``:
the generalised claim is stronger, so proving it is sound. Its steps, with ``u = x*y`` put
back, are the chain of the original claim, each link an instance of a link shown for all
``u`` (and re-verified as such by the certificate checker). A generalised claim that fails
proves nothing and disproves nothing: ``u`` may take values ``x*y`` never takes, so the
caller then goes on with the claim as stated. Only polynomial arguments (real wherever the
variables are) are generalised, to a variable over all the reals: a kept sign (``u >= 0``
for ``x**2 + y**2``) would give regions such as ``x**2 + y**2 >= 0`` whose cover of the
plane the certificate checker cannot see.

>>> x, y = sp.symbols("x y", real=True)
>>> g = generalise(sp.Abs(x*y + 1), (x*y + 1) * sp.sign(x*y + 1))
>>> g.lhs, g.rhs, g.names
(Abs(zzgena), zzgena*sign(zzgena), {'zzgena': x*y + 1})
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import sympy as sp

from ..core import latex, source

_NAMES = tuple(f"zzgen{c}" for c in "abcd")  # never typed by a user; replaced on output


@dataclass(frozen=True)
class General:
    """The generalised sides, and each new variable's name and what it stands for."""

    lhs: sp.Expr
    rhs: sp.Expr
    names: Mapping[str, sp.Expr]


def generalise(lhs: sp.Expr, rhs: sp.Expr) -> General | None:
    """The claim with each nonlinear polynomial argument of a function (in ≥ 2 variables)
    replaced by a new real variable; None when there is none (or a new variable would not
    remove it)."""
    found = _arguments(lhs) | _arguments(rhs)
    if not found or any(n in {s.name for s in (lhs - rhs).free_symbols} for n in _NAMES):
        return None
    names: dict[str, sp.Expr] = {}
    for u in sorted(found, key=lambda e: (sp.count_ops(e), source(e)))[:len(_NAMES)]:
        name = _NAMES[len(names)]
        t = sp.Symbol(name, real=True)
        new_l, new_r = lhs.subs(u, t), rhs.subs(u, t)
        if new_l == lhs and new_r == rhs:
            continue  # already replaced inside a larger argument
        lhs, rhs = new_l, new_r
        names[name] = u
    if not names:
        return None
    return General(lhs, rhs, names)


def _arguments(e: sp.Expr) -> set[sp.Expr]:
    """Arguments of function calls that are polynomials of total degree ≥ 2 in ≥ 2
    variables with rational coefficients (x*y, x**2 - y), up to sign."""
    out: set[sp.Expr] = set()
    for f in e.atoms(sp.Function, sp.Max, sp.Min):
        for a in f.args:
            if len(a.free_symbols) < 2 or a.has(sp.Function):
                continue
            try:
                poly = sp.Poly(a, *sorted(a.free_symbols, key=str))
            except sp.PolynomialError:
                continue
            if poly.total_degree() >= 2 and all(c.is_Rational for c in poly.coeffs()):
                lead = poly.coeffs()[0]
                out.add(sp.expand(-a) if lead < 0 else sp.expand(a))
    return out


def restore_text(text: str, general: General, tex: bool = False) -> str:
    """A label, region or LaTeX string with each new variable's meaning put back."""
    for name, u in general.names.items():
        shown = latex(u) if tex else source(u)
        text = re.sub(rf"\b{name}\b", f"({shown})", text)
    return text


def restore(expr: sp.Expr, general: General) -> sp.Expr:
    """An expression with each new variable's meaning put back."""
    # by name: a case may have given the variable a sign (zzgena positive)
    return expr.xreplace({s: general.names[s.name] for s in expr.free_symbols
                          if s.name in general.names})
