"""Generalisation: an argument of a function call becomes a variable of its own.

``relu(x*y) = x*y*Heaviside(x*y, 1)`` has conditions on ``x*y``, which no breakpoint on one
axis decides; ``Max(swish(x), elu(y)) = (swish(x) + elu(y) + |swish(x) - elu(y)|)/2`` has
conditions no breakpoint decides at all. Writing ``u`` for ``x*y`` (``a``, ``b`` for
``swish(x)``, ``elu(y)``) gives ``relu(u) = u*Heaviside(u, 1)``; if that holds for *every*
real ``u`` (and every value of the variables left), it holds at ``u = x*y``: the
generalised claim is stronger, so proving it is sound, provided each argument is real
wherever the claim is decided (the claim's typed domain sees to that: log(x) needs x > 0)
and the generalised sides put no condition of their own on the new variables. Its steps,
with ``u = x*y`` put back, are the chain of the original claim, each link an instance of a
link shown for all ``u`` (and re-verified as such by the certificate checker). A
generalised claim that fails proves nothing and disproves nothing (``u`` may take values
``x*y`` never takes): the caller goes on with the claim as stated. The new variables range
over all the reals: a kept sign (``u >= 0`` for ``x**2 + y**2``) would give regions such
as ``x**2 + y**2 >= 0`` whose cover of the plane the certificate checker cannot see.

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
from ..trust import real_wherever_defined

_NAMES = tuple(f"zzgen{c}" for c in "abcdef")  # never typed by a user; replaced on output


@dataclass(frozen=True)
class General:
    """The generalised sides, and each new variable's name and what it stands for."""

    lhs: sp.Expr
    rhs: sp.Expr
    names: Mapping[str, sp.Expr]


def generalise(lhs: sp.Expr, rhs: sp.Expr) -> General | None:
    """The claim with each innermost argument of a function call replaced by a new real
    variable; None when there is none."""
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
    """The innermost arguments of function calls that are more than a variable or a number
    (swish(x) in Max(swish(x), elu(y)), x*y in relu(x*y), 2*x + 1 in sigmoid(2*x + 1)),
    up to sign; none inside a derivative, a limit or an integral (there the argument's
    dependence on the variable matters)."""
    if e.has(sp.Derivative, sp.Limit, sp.Integral, sp.Subs):
        return set()
    found: set[sp.Expr] = set()
    for f in e.atoms(sp.Function, sp.Max, sp.Min):
        for a in f.args:
            a = sp.expand(-a) if a.could_extract_minus_sign() else a
            if a.free_symbols and not a.is_Symbol and real_wherever_defined(a):
                found.add(a)
    # innermost: an argument containing another one is left to the substitution of that one
    return {a for a in found if not any(b != a and a.has(b) for b in found)}


def restore_text(text: str, general: General, tex: bool = False) -> str:
    """A label, region or LaTeX string with each new variable's meaning put back."""
    for name, u in general.names.items():
        shown = latex(u) if tex else source(u)
        shown = shown if u.is_Atom or isinstance(u, sp.Function) else f"({shown})"
        text = re.sub(rf"\b{name}\b", lambda _, shown=shown: shown, text)
    return text


def restore(expr: sp.Expr, general: General) -> sp.Expr:
    """An expression with each new variable's meaning put back."""
    # by name: a case may have given the variable a sign (zzgena positive)
    return expr.xreplace({s: general.names[s.name] for s in expr.free_symbols
                          if s.name in general.names})
