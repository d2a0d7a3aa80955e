"""Pointwise limits of an entry as one of its parameters goes to 0⁺ or ∞ (softplus_β → relu
as β → ∞): the candidates of the relations map's ``limit`` kind.

For x < 0, x = 0 and x > 0 separately (x a symbol of that sign, so that SymPy's Gruntz
algorithm sees which term dominates), ``lim_{p → p₀} f(x; p)`` is found by
:func:`symact.calculus.limit`; the three pieces form ``L(x)``. SymPy's limit is not a
certificate, so each ``L`` is checked against the function itself in mpmath at 50 digits: at
nine points x, as p walks to p₀ over 10^±3, 10^±6, 10^±9, ``|f(x; p) − L(x)|`` must shrink
and end below 10⁻⁴·(1 + |L|). A piece that is infinite, oscillating or not found, a parameter
value the entry does not admit (PDELU's t < 1), a constant limit: no candidate.

>>> from symact.core import get
>>> [(c.parameter, str(c.towards), str(c.limit)) for c in parameter_limits(get("isru"))]
[('alpha', '0', 'x')]
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import mpmath
import sympy as sp

from ..budget import deadline
from ..calculus import limit
from ..calculus.numbers import DPS, mp_value
from ..core import NAMED_CONSTANTS, Activation, X
from ..errors import SYMPY_FAILURES, BudgetExceeded, ParameterError, SymactError, Undecided

LIMIT_SECONDS = 3.0  # one piece's limit (they take 0.0–0.5 s over the zoo)
POINTS = (-4, -2, -1, sp.Rational(-1, 3), 0, sp.Rational(1, 3), 1, 2, 4)
WALK = (3, 6, 9)  # p = 10^k (towards oo) or 10^-k (towards 0)
TOLERANCE = 1e-4


@dataclass(frozen=True)
class ParameterLimit:
    """``lim_{parameter → towards} f(x; parameter) = limit`` for every real x (the entry's
    other parameters at their defaults), with what the numeric check measured."""

    parameter: str
    towards: sp.Expr
    limit: sp.Expr
    checked: str


def _admits(act: Activation, name: str, towards: sp.Expr) -> bool:
    """The entry takes the parameter values the walk uses (its assumptions and ``requires``)."""
    for k in WALK:
        value = sp.Integer(10) ** (k if towards is sp.oo else -k)
        try:
            act.with_params(**{name: value})
        except (ParameterError, TypeError, ValueError):
            return False
    return True


def _pieces(f: sp.Expr, p: sp.Symbol, towards: sp.Expr) -> sp.Expr | None:
    """``L(x)`` from its three pieces, or None when a piece is not a finite function."""
    neg, pos = sp.Dummy("x", negative=True), sp.Dummy("x", positive=True)
    direction = "+" if towards == 0 else "-"
    pieces = []
    for at in (neg, sp.S.Zero, pos):
        try:
            with deadline(LIMIT_SECONDS):
                v = limit(f.subs(X, at), p, towards, direction)
        except (SymactError, BudgetExceeded, *SYMPY_FAILURES):
            return None
        if not isinstance(v, sp.Expr) or v.has(sp.oo, -sp.oo, sp.zoo, sp.nan, sp.AccumBounds) \
                or v.free_symbols - {neg, pos}:
            return None
        pieces.append(v)
    left, zero, right = pieces[0].subs(neg, X), pieces[1], pieces[2].subs(pos, X)
    if sp.simplify(left - right) == 0 and sp.simplify(left.subs(X, 0) - zero) == 0:
        return sp.simplify(left)
    return sp.Piecewise((left, X < 0), (zero, sp.Eq(X, 0)), (right, True))


def _check(f: sp.Expr, p: sp.Symbol, towards: sp.Expr, L: sp.Expr) -> str | None:
    """What the numeric check measured, or None when f does not approach L."""
    worst = 0.0
    for x in POINTS:
        try:
            target = mp_value(L.subs(X, x))
            gaps = []
            for k in WALK:
                value = sp.Integer(10) ** (k if towards is sp.oo else -k)
                gaps.append(abs(mp_value(f.subs({p: value, X: x})) - target))
        except Undecided:
            return None
        with mpmath.workdps(DPS):
            shrinking = all(b <= a * (1 + 1e-9) + mpmath.mpf(10) ** -40
                            for a, b in itertools.pairwise(gaps))
            if not shrinking or gaps[-1] > TOLERANCE * (1 + abs(target)):
                return None
            worst = max(worst, float(gaps[-1] / (1 + abs(target))))
    at = f"10^{'' if towards is sp.oo else '-'}{WALK[-1]}"
    return (f"mpmath at {DPS} digits, {len(POINTS)} points: |f − L| ≤ {worst:.1e}·(1 + |L|) "
            f"at {p} = {at}, shrinking over {', '.join(str(k) for k in WALK)}")


def parameter_limits(act: Activation) -> list[ParameterLimit]:
    """The checked pointwise limits of ``act`` as each parameter goes to ∞ and, for a
    parameter that may be positive, to 0⁺ (the others at their defaults); constants left out."""
    derived = set(NAMED_CONSTANTS.values())
    out = []
    for p in act.params:
        if p.default in derived:
            continue
        f = act.expr.subs({q.symbol: q.default for q in act.params if q is not p})
        assumptions = dict(p.assumptions)
        for towards in (sp.S.Zero, sp.oo):
            if towards == 0 and not (assumptions.get("positive") or
                                     assumptions.get("nonnegative")):
                continue
            if not _admits(act, p.name, towards):
                continue
            L = _pieces(f, p.symbol, towards)
            if L is None or not L.has(X):
                continue
            checked = _check(f, p.symbol, towards, L)
            if checked:
                out.append(ParameterLimit(p.name, towards, L, checked))
    return out
