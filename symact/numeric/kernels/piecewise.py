"""Kernels of the piecewise activations: relu family, ELU/SELU/CELU, hard and shrink functions.

Each evaluates the stable form of :mod:`symact.core.stable_forms` on a 1-d float64 array. Selects
are written without data-dependent ``np.where`` where possible (a random mask costs more than the
arithmetic): ``clip``, ``maximum`` and terms that are exactly 0. Imports only NumPy: the functions
are copied verbatim into exported modules.
"""

from __future__ import annotations

import numpy as np

from .base import _indicator, _keep_nan


# --- relu family -----------------------------------------------------------------------------
def relu(x):
    """max(x, 0)."""
    return np.maximum(x, 0.0)


def relu_derivative(x):
    """1 for x > 0, else 0 (relu'(0) = 0, PyTorch); nan stays nan."""
    return _indicator(x > 0.0, x)


def relu_derivative_from_output(y):
    """1 for y > 0, else 0."""
    return relu_derivative(y)


def leaky_relu(x, alpha=0.01):
    """x for x > 0, αx otherwise: max(x, αx) when 0 ≤ α ≤ 1 (no data-dependent select)."""
    if 0.0 <= alpha <= 1.0:
        y = np.multiply(x, alpha)
        return np.maximum(x, y, out=y)
    return np.where(x > 0.0, x, alpha * x)


def leaky_relu_derivative(x, alpha=0.01):
    """1 for x > 0, α otherwise (leaky_relu'(0) = α): clip([x > 0], α, 1) when 0 ≤ α ≤ 1."""
    if 0.0 <= alpha <= 1.0:
        d = (x > 0.0).astype(np.float64)
        return _keep_nan(np.clip(d, alpha, 1.0, out=d), x)
    return _keep_nan(np.where(x > 0.0, 1.0, alpha), x)


def leaky_relu_derivative_from_output(y, alpha=0.01):
    """Same as from the input: y has the sign of x."""
    return leaky_relu_derivative(y, alpha)


def elu(x, alpha=1.0):
    """x for x > 0, α·expm1(x) otherwise (expm1: no cancellation near 0).

    Without selects: α·expm1(min(x, 0)) + max(x, 0); one of the two terms is exactly 0.
    """
    y = np.clip(x, -np.inf, 0.0)
    np.expm1(y, out=y)
    if alpha != 1.0:
        y *= alpha
    y += np.clip(x, 0.0, np.inf)
    return y


def elu_derivative(x, alpha=1.0):
    """1 for x > 0, α·eˣ otherwise (elu'(0) = α); for α = 1 that is e^{min(x, 0)}."""
    d = np.clip(x, -np.inf, 0.0)
    np.exp(d, out=d)
    if alpha == 1.0:
        return d
    return np.where(x > 0.0, 1.0, alpha * d)


def elu_derivative_from_output(y, alpha=1.0):
    """1 for y > 0, y + α otherwise."""
    return np.where(y > 0.0, 1.0, y + alpha)


def selu(x, scale=1.0507009873554805, scale_alpha=1.7580993408473768):
    """λx for x > 0, (λα)·expm1(x) otherwise; λα is the correctly rounded product.

    As in elu: (λα)·expm1(min(x, 0)) + λ·max(x, 0), one of the two terms exactly 0.
    """
    y = np.clip(x, -np.inf, 0.0)
    np.expm1(y, out=y)
    y *= scale_alpha
    p = np.clip(x, 0.0, np.inf)
    p *= scale
    y += p
    return y


def selu_derivative(x, scale=1.0507009873554805, scale_alpha=1.7580993408473768):
    """λ for x > 0, λα·eˣ otherwise.

    For λα > λ (SELU's α > 1), without a select: min(λα·e^{min(x, 0)}, g) with g = λ for
    x > 0 (where the first term is λα) and g = λ + λα above it for x ≤ 0; nan propagates.
    """
    d = np.clip(x, -np.inf, 0.0)
    np.exp(d, out=d)
    d *= scale_alpha
    if scale_alpha <= scale:
        return np.where(x > 0.0, scale, d)
    g = np.multiply(x <= 0.0, scale_alpha)
    g += scale
    return np.minimum(d, g, out=d)


def selu_derivative_from_output(y, scale=1.0507009873554805, scale_alpha=1.7580993408473768):
    """λ for y > 0, y + λα otherwise."""
    return np.where(y > 0.0, scale, y + scale_alpha)


def celu(x, alpha=1.0):
    """x for x > 0, α·expm1(x/α) otherwise: α·expm1(min(x, 0)/α) + max(x, 0), as in elu."""
    y = np.clip(x, -np.inf, 0.0)
    if alpha != 1.0:
        y /= alpha
    np.expm1(y, out=y)
    if alpha != 1.0:
        y *= alpha
    y += np.clip(x, 0.0, np.inf)
    return y


def celu_derivative(x, alpha=1.0):
    """1 for x > 0, e^{x/α} otherwise (celu'(0) = 1): e^{min(x, 0)/α}, no select needed."""
    d = np.clip(x, -np.inf, 0.0)
    if alpha != 1.0:
        d /= alpha
    return np.exp(d, out=d)


def celu_derivative_from_output(y, alpha=1.0):
    """1 for y > 0, y/α + 1 otherwise."""
    return np.where(y > 0.0, 1.0, y / alpha + 1.0)


# --- hard and shrink functions -------------------------------------------------------------
def hardtanh(x, min_val=-1.0, max_val=1.0):
    """clip(x, min_val, max_val)."""
    return np.clip(x, min_val, max_val)


def hardtanh_derivative(x, min_val=-1.0, max_val=1.0):
    """1 inside (min_val, max_val), 0 outside and at the kinks."""
    return _indicator((x > min_val) & (x < max_val), x)


def hardtanh_derivative_from_output(y, min_val=-1.0, max_val=1.0):
    """1 for min_val < y < max_val, else 0."""
    return hardtanh_derivative(y, min_val, max_val)


def hardsigmoid(x):
    """clip((x + 3)/6, 0, 1); x + 3 is exact near the kink at −3."""
    y = x + 3.0
    y /= 6.0
    return np.clip(y, 0.0, 1.0, out=y)


def hardsigmoid_derivative(x):
    """1/6 on (−3, 3), 0 outside and at the kinks."""
    return _indicator((x > -3.0) & (x < 3.0), x, 1.0 / 6.0)


def hardsigmoid_derivative_from_output(y):
    """1/6 for 0 < y < 1, else 0."""
    return _indicator((y > 0.0) & (y < 1.0), y, 1.0 / 6.0)


def hardswish(x):
    """x·clip(x + 3, 0, 6)/6, with clip(x + 3, 0, 6) = clip(x, −3, 3) + 3 (same rounding).

    x = −inf gives −inf·0 = nan: patched to the limit (−0) after a one-read check.
    """
    u = np.clip(x, -3.0, 3.0)  # (clip with two bounds is the vectorised one)
    u += 3.0
    u /= 6.0
    u *= x
    # u ≥ −0.375 or +inf: the sum is nan only if some u is (one read, no mask)
    if np.isnan(np.add.reduce(u, axis=None)):
        bad = np.isnan(u)
        u[bad] = np.where(x[bad] == -np.inf, -0.0, np.nan)
    return u


def hardswish_derivative(x):
    """0 for x ≤ −3, (2x + 3)/6 on (−3, 3), 1 for x ≥ 3 (0 and 1 at the kinks, torch 2.13).

    Without selects: d·[−3 < x < 3] + [x ≥ 3], d = (2u + 3)/6 on u = clip(x, −3, 3) (finite,
    so d·0 = 0 exactly); nan stays nan through u.
    """
    d = np.clip(x, -3.0, 3.0)
    d *= 2.0
    d += 3.0
    d /= 6.0
    d *= (x > -3.0) & (x < 3.0)
    d += x >= 3.0
    return d


def relu6(x):
    """clip(x, 0, 6)."""
    return np.clip(x, 0.0, 6.0)


def relu6_derivative(x):
    """1 on (0, 6), 0 outside and at the kinks."""
    return _indicator((x > 0.0) & (x < 6.0), x)


def relu6_derivative_from_output(y):
    """1 for 0 < y < 6, else 0."""
    return relu6_derivative(y)


def softshrink(x, lambd=0.5):
    """x − clip(x, −λ, λ): x + λ below −λ, 0 between, x − λ above."""
    return x - np.clip(x, -lambd, lambd)


def softshrink_derivative(x, lambd=0.5):
    """1 for |x| > λ, else 0 (0 at ±λ)."""
    return _indicator(np.abs(x) > lambd, x)


def softshrink_derivative_from_output(y, lambd=0.5):
    """1 for y ≠ 0, else 0."""
    return _keep_nan(np.where(y != 0.0, 1.0, 0.0), y)


def hardshrink(x, lambd=0.5):
    """x for |x| > λ, else 0."""
    return x * (np.abs(x) > lambd)


def hardshrink_derivative(x, lambd=0.5):
    """1 for |x| > λ, else 0 (0 at ±λ)."""
    return _indicator(np.abs(x) > lambd, x)


def hardshrink_derivative_from_output(y, lambd=0.5):
    """1 for y ≠ 0, else 0."""
    return softshrink_derivative_from_output(y, lambd)


def identity(x):
    """x."""
    return x.copy()


def identity_derivative(x):
    """1; nan stays nan: clip(x, 1, 1) is both in one vectorised pass."""
    return np.clip(x, 1.0, 1.0)


def identity_derivative_from_output(y):
    """1."""
    return identity_derivative(y)
