"""Initialisation gains from the Gaussian moments, beside PyTorch's ``calculate_gain``.

For Z ~ N(0, 1): forward gain 1/√(E f(Z)²) keeps the second moment of the pre-activations
from layer to layer, backward gain 1/√(E f'(Z)²) keeps the gradient scale.

>>> g = gains("relu")
>>> g.forward_exact, g.torch
(sqrt(2), sqrt(2))
"""

from __future__ import annotations

from dataclasses import dataclass

import mpmath
import sympy as sp

from ..budget import MOMENTS
from ..core import Activation, resolve
from .expectations import Moments, moments
from .gaussian import WORK_DPS

# PyTorch's torch.nn.init.calculate_gain (a published table, kept to compare against)
TORCH_GAINS: dict[str, tuple[sp.Expr, str]] = {
    "identity": (sp.S.One, "linear/identity: 1"),
    "sigmoid": (sp.S.One, "1 (no derivation given)"),
    "tanh": (sp.Rational(5, 3), "5/3, a heuristic"),
    "relu": (sp.sqrt(2), "sqrt(2), He et al. 2015"),
    "leaky_relu": (sp.sqrt(sp.Rational(2, 1 + sp.Rational(1, 100) ** 2)),
                   "sqrt(2/(1 + slope^2)), slope 0.01"),
    "selu": (sp.Rational(3, 4), "3/4, chosen for self-normalising nets with linear init"),
}


@dataclass(frozen=True)
class Gains:
    """forward = 1/sqrt(E f(Z)²) keeps the second moment; backward = 1/sqrt(E f'(Z)²)
    keeps the gradient scale; ``torch`` is PyTorch's calculate_gain where it has one."""

    name: str
    forward: mpmath.mpf
    backward: mpmath.mpf
    forward_exact: sp.Expr | None
    torch: sp.Expr | None
    note: str


def _inverse_root(v: mpmath.mpf) -> mpmath.mpf:
    """1/sqrt(v); inf where the moment is 0 (Heaviside: f' = 0 almost everywhere, so no
    gain restores the gradient)."""
    return mpmath.inf if v == 0 else 1 / mpmath.sqrt(v)


def gains(act: str | Activation, m: Moments | None = None, *,
          budget: float = MOMENTS) -> Gains:
    """Initialisation gains derived from the Gaussian moments (Z ~ N(0, 1)); ``budget``
    bounds the moments when ``m`` is not given (see :func:`moments`)."""
    activation = resolve(act)
    m = m or moments(activation, budget=budget)
    with mpmath.workdps(WORK_DPS):
        fwd, bwd = (_inverse_root(m.value(k))
                    for k in ("second_moment", "derivative_second_moment"))
    exact = sp.simplify(1 / sp.sqrt(m.second_moment)) if m.exact["second_moment"] else None
    torch, why = TORCH_GAINS.get(activation.name, (None, ""))
    note = ""
    if torch is not None:
        t = float(torch)
        diff = (t - float(fwd)) / float(fwd)
        if abs(diff) < 1e-12:
            note = f"PyTorch's {why} equals the variance-preserving gain"
        else:
            note = (f"PyTorch's {why} is {100 * diff:+.1f}% off the variance-preserving "
                    f"{mpmath.nstr(fwd, 6)}")
    return Gains(activation.name, fwd, bwd, exact, torch, note)
