"""Mean-field signal propagation through deep random layers: maps, fixed points, gradients.

A layer with weight sum ω and weight square-sum τ maps the pre-activation statistics (μ, ν) to
(E f(z), Var f(z)) for z ~ N(μ ω, ν τ) (:func:`mean_variance_map`); a stable fixed point of
that map makes the activation self-normalising there (:func:`fixed_point`, SELU's is (0, 1)).
With zero-mean weights of variance gain²/fan_in the variance follows
q_{l+1} = gain² E f(√q_l Z)² (:func:`variance_trajectory`); backwards, each layer multiplies the
gradient by at most sup |f'| and on average by χ = σ_w² E f'(Z)² (:func:`gradient_flow`).

>>> [round(q, 12) for q in variance_trajectory("relu", 3, gain=2**0.5)]
[1.0, 1.0, 1.0, 1.0]
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass

import mpmath
import numpy as np
import sympy as sp
from scipy import integrate, optimize

from ..budget import PROPERTY_FIELD
from ..calculus import NP_MODULES, Function
from ..core import Activation, resolve
from ..derive import Unknown, lipschitz
from .expectations import Moments, moments
from .gaussian import WORK_DPS, breaks, quad

_MAP_DPS = 20  # the maps' precision: enough to polish a float64 fixed point
_SQRT_2PI = math.sqrt(2 * math.pi)


def mean_variance_map(act: str | Activation, omega: float = 0.0, tau: float = 1.0
                      ) -> Callable[[mpmath.mpf, mpmath.mpf], tuple[mpmath.mpf, mpmath.mpf]]:
    """(μ, ν) -> (E f(z), Var f(z)) for z ~ N(μ ω, ν τ): a layer with weight sum ω and
    weight square-sum τ (Klambauer et al.: normalised weights have ω = 0, τ = 1)."""
    f = Function.of(resolve(act).bind(), sp.Symbol("x", real=True))

    def step(mu, nu):
        if isinstance(mu, mpmath.mpc) or isinstance(nu, mpmath.mpc) or nu <= 0:
            raise ValueError("the variance left (0, oo)")
        mean_z, var_z = mu * omega, nu * tau
        e1, _ = _quad_mp(f, 1, mean_z, var_z)
        e2, _ = _quad_mp(f, 2, mean_z, var_z)
        return e1, e2 - e1**2

    return step


def _quad_mp(fn: Function, power: int, mean: mpmath.mpf, var: mpmath.mpf):
    return quad(fn, power, sp.Float(mean, 25), sp.Float(var, 25), dps=_MAP_DPS)


@dataclass(frozen=True)
class FixedPoint:
    """A fixed point (μ, ν) of the mean/variance map and its Jacobian's spectral radius."""

    mu: mpmath.mpf
    nu: mpmath.mpf
    spectral_radius: mpmath.mpf

    @property
    def stable(self) -> bool:
        """Spectral radius below 1 by more than the finite-difference error."""
        return self.spectral_radius < 1 - 1e-6


def _float_map(act: str | Activation, omega: float, tau: float):
    """The mean/variance map in float64 (SciPy quadrature): fast enough to search with."""
    f = Function.of(resolve(act).bind(), sp.Symbol("x", real=True))
    parts = []
    for p in f.pieces:
        if p.is_point:
            continue
        g1 = sp.lambdify(f.x, p.expr, modules=NP_MODULES)
        lo = -math.inf if p.interval.inf.is_infinite else float(p.interval.inf)
        hi = math.inf if p.interval.sup.is_infinite else float(p.interval.sup)
        parts.append((g1, lo, hi))

    def expect(power: int, mean: float, sd: float) -> float:
        total = 0.0
        for g, lo, hi in parts:
            for a, b in itertools.pairwise(breaks(lo, hi, mean, sd)):
                total += integrate.quad(_weighted, a, b, args=(g, power, mean, sd),
                                        limit=200)[0]
        return total

    def step(mu: float, nu: float) -> tuple[float, float]:
        if not nu > 0:
            raise ValueError("the variance left (0, oo)")
        with np.errstate(all="ignore"):
            e1 = expect(1, mu * omega, math.sqrt(nu * tau))
            e2 = expect(2, mu * omega, math.sqrt(nu * tau))
        return e1, e2 - e1 * e1

    return step


def _weighted(t: float, g, power: int, mean: float, sd: float) -> float:
    """g(t)^power times the N(mean, sd²) density; 0 beyond 40 sd (no overflow)."""
    z = (t - mean) / sd
    if abs(z) > 40:
        return 0.0
    return float(np.float64(g(t)) ** power) * math.exp(-0.5 * z * z) / (sd * _SQRT_2PI)


def fixed_point(act: str | Activation, guess: tuple[float, float] = (0.0, 1.0),
                omega: float = 0.0, tau: float = 1.0) -> FixedPoint:
    """A fixed point of the mean/variance map near ``guess`` and its Jacobian's spectral
    radius (< 1: stable, the activation is self-normalising there). The search runs in
    float64; a point found is polished with the 20-digit map.

    Raises:
        ValueError: no fixed point with a positive variance was found.
    """
    fast = _float_map(act, omega, tau)
    mu, nu = float(guess[0]), float(guess[1])
    # an attracting fixed point (SELU's) is reached by iterating the map; a root finder
    # then polishes it, or finds a repelling one
    for _ in range(8):
        a, b = fast(mu, nu)
        done = abs(a - mu) + abs(b - nu) < 1e-12
        mu, nu = a, b
        if done or not 1e-8 < nu < 1e8:
            break
    if not 1e-8 < nu < 1e8:
        mu, nu = float(guess[0]), float(guess[1])
    with np.errstate(all="ignore"):
        sol = optimize.root(lambda p: np.subtract(fast(p[0], abs(p[1]) or 1e-300), p),
                            [mu, nu], method="hybr")
    mu, nu = float(sol.x[0]), abs(float(sol.x[1]))
    left = np.subtract(fast(mu, nu), (mu, nu)) if nu > 0 else (math.inf, math.inf)
    if nu < 1e-6 or max(abs(left[0]), abs(left[1])) > 1e-9:
        raise ValueError(f"no fixed point with positive variance (search ended at "
                         f"nu = {nu:.3g})")
    step = mean_variance_map(act, omega, tau)
    with mpmath.workdps(_MAP_DPS):
        def residual(m, n):
            a, b = step(m, n)
            return a - m, b - n

        mu, nu = mpmath.findroot(residual, (mpmath.mpf(mu), mpmath.mpf(nu)),
                                 tol=mpmath.mpf(10) ** -14, maxsteps=6)
    h = 1e-5
    cols = []
    for d_mu, d_nu in ((h, 0.0), (0.0, h)):
        plus = fast(float(mu) + d_mu, float(nu) + d_nu)
        minus = fast(float(mu) - d_mu, float(nu) - d_nu)
        cols.append([(p - q) / (2 * h) for p, q in zip(plus, minus, strict=True)])
    jac = np.array([[cols[0][0], cols[1][0]], [cols[0][1], cols[1][1]]])
    radius = float(max(abs(np.linalg.eigvals(jac))))
    with mpmath.workdps(_MAP_DPS):
        return FixedPoint(+mu, +nu, mpmath.mpf(radius))


def variance_trajectory(act: str | Activation, layers: int = 50, var0: float = 1.0,
                        gain: float = 1.0) -> list[float]:
    """q_{l+1} = gain² E f(√q_l Z)²: the pre-activation variance through ``layers`` layers
    of zero-mean weights with variance gain²/fan_in (no bias)."""
    f = Function.of(resolve(act).bind(), sp.Symbol("x", real=True))
    q = mpmath.mpf(var0)
    out = [float(q)]
    with mpmath.workdps(_MAP_DPS):
        for _ in range(layers):
            second, _ = _quad_mp(f, 2, mpmath.mpf(0), q)
            q = gain**2 * second
            if not mpmath.isfinite(q) or q > 1e300 or q < 1e-300:
                out.append(float(q) if mpmath.isfinite(q) else math.inf)
                break
            out.append(float(q))
    return out


@dataclass(frozen=True)
class GradientFlow:
    """sup |f'| bounds the backward factor per layer (sup^L for L layers); the mean-field
    factor is E f'(Z)²; chi = σ_w² E f'(Z)² = 1 is the edge of chaos."""

    name: str
    sup_slope: sp.Expr | None
    mean_field_factor: mpmath.mpf
    edge_of_chaos_weight_variance: mpmath.mpf

    def bound(self, layers: int) -> float | None:
        """sup |f'|^layers, a worst-case bound on the gradient's growth (None: sup unknown)."""
        return None if self.sup_slope is None else float(self.sup_slope) ** layers

    def chi(self, weight_variance: float) -> mpmath.mpf:
        """χ = σ_w² E f'(Z)², the mean-field gradient factor per layer."""
        return weight_variance * self.mean_field_factor


def gradient_flow(act: str | Activation, m: Moments | None = None, *,
                  budget: float = PROPERTY_FIELD) -> GradientFlow:
    """How gradients scale backwards: sup |f'| (the Lipschitz constant, None when unknown
    or not found within ``budget`` s) and the mean-field factor E f'(Z)², Z ~ N(0, 1), with
    the edge-of-chaos σ_w² = 1/E f'(Z)² (the moments, when ``m`` is not given, within
    :data:`~symact.budget.MOMENTS`)."""
    activation = resolve(act)
    m = m or moments(activation)
    lip = lipschitz(activation, budget=budget)
    sup = None if isinstance(lip, Unknown) else lip.value
    factor = m.value("derivative_second_moment")
    with mpmath.workdps(WORK_DPS):
        # E f'(Z)² = 0 (Heaviside): no weight variance reaches the edge of chaos
        return GradientFlow(activation.name, sup, factor,
                            mpmath.inf if factor == 0 else 1 / factor)
