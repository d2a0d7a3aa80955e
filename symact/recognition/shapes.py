"""A numeric shape signature that an affine change ``a·g(b·x + c) + d`` cannot alter: a
pre-screen for the relations map, which would otherwise fit every pair of 120 entries.

The signature is the unordered pair of end classes (``flat``: converges or grows like a log;
``lin``, ``poly``, ``fast``: growth by doubling ratio; ``osc``: turns on [100, 400]) and the
pattern of signs of f′ (runs of + and − with zeros dropped, read either way and either sign
up, as b < 0 or a < 0 would turn it). Two functions with different signatures are not related
by such a change *except at the edges of the grid* (a feature moved past ±30 by b, growth
judged on [10, 320]): a signature only decides which pairs are fitted, never a relation, and a
missed pair is a missed relation, not a wrong one.

>>> import sympy as sp
>>> from symact.core import X
>>> signature(sp.tanh(X)) == signature(2 / (1 + sp.exp(-3 * X + 1)) - 5)
True
>>> signature(sp.tanh(X)) == signature(X / (1 + X**2))
False
"""

from __future__ import annotations

import itertools

import numpy as np
import sympy as sp

from ..core import X
from .fit import vector

ENDS = np.array([10.0, 20.0, 40.0, 80.0, 160.0, 320.0])  # doubling: x^k has ratio 2^k
FAR = np.linspace(100.0, 400.0, 601)  # dense: an oscillation the doubling points alias
GRID = np.linspace(-30.0, 30.0, 6001)
MANY = 6  # sign runs from which a pattern is just "many" (oscillating)
Signature = tuple


def _end(F, side: int) -> str:
    """The class of one end (``side`` = ±1): ``osc`` when f turns more than twice on
    [100, 400]; else from the last three finite values at :data:`ENDS` (float64 overflows
    where a slow function is written through a fast one: log(1 + e^(2x)) at 400)."""
    far = F(side * FAR)
    far = far[np.isfinite(far)]
    if len(far) > 10:
        steps = np.diff(far)
        signs = np.sign(steps[np.abs(steps) > 1e-12 * (1 + np.max(np.abs(far)))])
        if np.count_nonzero(np.diff(signs)) > 2:
            return "osc"
    values = F(side * ENDS)
    finite = int(np.argmin(np.isfinite(values))) if not np.all(np.isfinite(values)) \
        else len(values)
    if finite < 3:
        return "fast"
    values = values[:finite][-3:]
    steps = np.diff(values)
    if np.all(np.abs(steps) < 1e-9 * (1 + np.max(np.abs(values)))):
        return "flat"
    if steps[0] * steps[1] < 0:
        return "osc"
    ratio = steps[1] / steps[0] if steps[0] != 0 else np.inf
    return "flat" if ratio < 1.5 else "lin" if ratio < 3 else "poly" if ratio < 12 else "fast"


def _runs(values: np.ndarray) -> tuple | str:
    """The signs of f′ on :data:`GRID`, zeros dropped, runs merged; canonical under reversal
    and negation."""
    values = np.where(np.isfinite(values), values, 0.0)
    tiny = 1e-9 * (1 + np.max(np.abs(values)))
    signs = [int(s) for s in np.sign(np.where(np.abs(values) < tiny, 0.0, values)) if s]
    runs = tuple(k for k, _ in itertools.groupby(signs))
    if len(runs) >= MANY:
        return "many"
    turned = (runs, tuple(-s for s in runs), runs[::-1], tuple(-s for s in runs[::-1]))
    return min(turned)


def signature(f: sp.Expr, derivative: sp.Expr | None = None) -> Signature | None:
    """The signature of ``f`` (a function of :data:`symact.core.X`; ``derivative`` its f′ when
    already known); None when it cannot be evaluated (the pair is then fitted anyway)."""
    try:
        with np.errstate(all="ignore"):
            return _signature(f, derivative)
    except (TypeError, ValueError, NameError, ZeroDivisionError, OverflowError, KeyError,
            AttributeError, NotImplementedError, RecursionError):
        return None  # lambdify of an unusual function (DiracDelta): no screen for it


def _signature(f: sp.Expr, derivative: sp.Expr | None) -> Signature:
    F = vector(f, X)
    D = vector(sp.diff(f, X) if derivative is None else derivative, X)
    return tuple(sorted((_end(F, -1), _end(F, 1)))), _runs(D(GRID))


def compatible(one: Signature | None, other: Signature | None) -> bool:
    """Whether a pair is worth fitting: equal signatures, or one of them unknown."""
    return one is None or other is None or one == other
