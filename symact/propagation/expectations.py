"""Signal propagation: Gaussian moments, initialisation gains, mean/variance maps.

For Z ~ N(m, v), ``moments(act)`` gives E f(Z), E f(Z)², Var f(Z), E f'(Z), E f'(Z)²:
exact (SymPy, piece by piece) when the integrals allow and a 30-digit quadrature agrees,
otherwise mpmath quadrature with its error estimate, marked numeric.

>>> m = moments("relu")
>>> m.second_moment, m.exact["second_moment"]
(1/2, True)
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass, field

import mpmath
import numpy as np
import sympy as sp

from ..budget import MOMENTS, deadline
from ..calculus import Function, shortest_simplify
from ..core import Activation
from ..errors import SYMPY_FAILURES, BudgetExceeded, SymactError

DIGITS = 30
INTEGRAL_SECONDS = 1.0  # per piece: SymPy either integrates quickly or not at all
_WORK = DIGITS + 15
FIELDS = ("mean", "second_moment", "variance", "derivative_mean", "derivative_second_moment")

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
class Moments:
    """Gaussian moments of f and f'; ``exact[k]`` False means mpmath quadrature, with
    ``error[k]`` its estimate."""

    name: str
    mean_in: sp.Expr
    var_in: sp.Expr
    mean: object
    second_moment: object
    variance: object
    derivative_mean: object
    derivative_second_moment: object
    exact: dict[str, bool] = field(default_factory=dict)
    error: dict[str, object] = field(default_factory=dict)

    def value(self, key: str) -> mpmath.mpf:
        """The moment as a 30-digit mpmath number."""
        return _mp(getattr(self, key))


def _mp(v: object) -> mpmath.mpf:
    with mpmath.workdps(_WORK):
        if isinstance(v, mpmath.mpf):
            return +v
        return mpmath.mpf(str(sp.N(v, _WORK)))


def moments(act: str | sp.Expr | Activation, mean: object = 0, var: object = 1, *,
            budget: float = MOMENTS, exact: bool = True) -> Moments:
    """E f(Z), E f(Z)², Var f(Z), E f'(Z), E f'(Z)² for Z ~ N(mean, var).

    Args:
        act: a catalog name, an expression string or an Activation.
        mean, var: the Gaussian's parameters (numbers).
        budget: seconds for all exact attempts together; numeric quadrature follows.
        exact: False skips SymPy and integrates numerically only.
    """
    from ..core import resolve

    activation = resolve(act)
    if activation.kind != "scalar":
        raise SymactError(f"{activation.name} is vector-valued: no scalar moments")
    m, v = sp.nsimplify(sp.S(mean)), sp.nsimplify(sp.S(var))
    if not (v.is_positive and m.is_real):
        raise SymactError(f"need a real mean and a positive variance, got {mean}, {var}")
    x = activation.symbol
    f = Function.of(activation.bind(), x)
    df = f.derivative()
    out: dict[str, object] = {}
    ex: dict[str, bool] = {}
    err: dict[str, object] = {}
    integrands = {"mean": (f, 1), "second_moment": (f, 2), "derivative_mean": (df, 1),
                  "derivative_second_moment": (df, 2)}
    if m == 0 and _odd(activation):
        # E f(Z) = 0 for odd f and a centred Z: exact, and 0 is what quadrature cannot give
        out["mean"], ex["mean"], err["mean"] = sp.S.Zero, True, None
        del integrands["mean"]
    try:
        with deadline(budget if exact else 0.0):
            for key, (fn, power) in integrands.items():
                out[key], ex[key], err[key] = _expectation(fn, power, m, v, exact)
    except BudgetExceeded:
        pass
    for key, (fn, power) in integrands.items():
        if key not in out:
            out[key], ex[key], err[key] = _expectation(fn, power, m, v, False)
    if ex["mean"] and ex["second_moment"]:
        out["variance"] = sp.simplify(out["second_moment"] - out["mean"] ** 2)
        ex["variance"], err["variance"] = True, None
    else:
        with mpmath.workdps(_WORK):
            out["variance"] = _mp(out["second_moment"]) - _mp(out["mean"]) ** 2
        ex["variance"] = False
        err["variance"] = _add_errors(err["second_moment"], err["mean"], out["mean"])
    return Moments(activation.name, m, v, **out, exact=ex, error=err)


def _odd(activation: Activation) -> bool:
    from ..derive import identically_zero

    x = activation.symbol
    f = activation.bind()
    verdict, _ = identically_zero(f + f.subs(x, -x), x)
    return verdict is True


def _add_errors(e2, e1, m1) -> mpmath.mpf:
    return (e2 or 0) + 2 * abs(_mp(m1)) * (e1 or 0)


def _expectation(fn: Function, power: int, m: sp.Expr, v: sp.Expr,
                 exact: bool) -> tuple[object, bool, object]:
    x = fn.x
    numeric, error = _quad(fn, power, m, v)
    if exact:
        density = sp.exp(-(x - m) ** 2 / (2 * v)) / sp.sqrt(2 * sp.pi * v)
        total = sp.S.Zero
        try:
            for p in fn.pieces:
                if p.is_point:
                    continue
                lo, hi = p.interval.inf, p.interval.sup
                part = gaussian_poly_exp(p.expr**power, x, lo, hi, m, v)
                if part is None and not p.expr.has(sp.erf, sp.erfc):
                    # SymPy has no Gaussian integral of tanh, logistic or log(1 + e^x)
                    # forms: trying only burns the budget
                    raise ValueError("no closed form")
                if part is None:
                    with deadline(INTEGRAL_SECONDS):
                        part = sp.integrate(sp.expand(p.expr**power * density), (x, lo, hi))
                if part.has(sp.Integral) or part.has(sp.nan) or not part.is_finite:
                    raise ValueError("not integrated")
                total += part
            total = _tidy(total)
            with mpmath.workdps(_WORK):
                if abs(_mp(total) - numeric) <= mpmath.mpf(10) ** (-DIGITS + 2) * (
                        1 + abs(numeric)):
                    return total, True, None
        except (BudgetExceeded, *SYMPY_FAILURES):
            pass
    return numeric, False, error


def gaussian_poly_exp(expr: sp.Expr, x: sp.Symbol, lo: sp.Expr, hi: sp.Expr,
                      m: sp.Expr = sp.S.Zero, v: sp.Expr = sp.S.One) -> sp.Expr | None:
    """∫_lo^hi expr · N(x; m, v) dx in closed form when expr = Σ c x^k e^{a x} (k ≥ 0).

    e^{a x} times the density is e^{a m + a² v/2} times the density of N(m + a v, v), and
    with u = (x − μ)/√v: ∫ u^j φ(u) du = [−u^{j−1} φ(u)] + (j − 1) ∫ u^{j−2} φ(u) du.

    >>> t = sp.Symbol("t", real=True)
    >>> gaussian_poly_exp(t**2, t, 0, sp.oo)
    1/2
    """
    lo, hi, m, v = (sp.S(a) for a in (lo, hi, m, v))
    terms = []
    for term in sp.Add.make_args(sp.expand(sp.powsimp(sp.expand(expr)))):
        coeff, k, a = sp.S.One, 0, sp.S.Zero
        for factor in sp.Mul.make_args(term):
            base, expo = factor.as_base_exp()
            if not factor.has(x):
                coeff *= factor
            elif factor == x or (base == x and expo.is_Integer and expo > 0):
                k += 1 if factor == x else int(expo)
            elif isinstance(factor, sp.exp) or (base is sp.E):
                arg = factor.args[0] if isinstance(factor, sp.exp) else expo
                slope = sp.expand(arg).coeff(x, 1)
                rest = sp.expand(arg - slope * x)
                if rest.has(x) or slope.has(x):
                    return None
                a += slope
                coeff *= sp.exp(rest)
            else:
                return None
        terms.append((coeff, k, a))
    s = sp.sqrt(v)
    total = sp.S.Zero
    for coeff, k, a in terms:
        mu = m + a * v
        scale = sp.exp(a * m + a**2 * v / 2)
        ulo = (lo - mu) / s if not lo.is_infinite else lo
        uhi = (hi - mu) / s if not hi.is_infinite else hi
        # (mu + s u)^k expanded, each u^j integrated against φ on [ulo, uhi]
        for j in range(k + 1):
            total += coeff * scale * sp.binomial(k, j) * mu ** (k - j) * s**j * _moment(
                j, ulo, uhi)
    return total


def _phi(u: sp.Expr) -> sp.Expr:
    return sp.S.Zero if u.is_infinite else sp.exp(-u**2 / 2) / sp.sqrt(2 * sp.pi)


def _cdf(u: sp.Expr) -> sp.Expr:
    if u is sp.S.Infinity:
        return sp.S.One
    if u is sp.S.NegativeInfinity:
        return sp.S.Zero
    return (1 + sp.erf(u / sp.sqrt(2))) / 2


def _moment(j: int, a: sp.Expr, b: sp.Expr) -> sp.Expr:
    """∫_a^b u^j φ(u) du."""
    if j == 0:
        return _cdf(b) - _cdf(a)
    if j == 1:
        return _phi(a) - _phi(b)

    def edge(u: sp.Expr) -> sp.Expr:
        return sp.S.Zero if u.is_infinite else u ** (j - 1) * _phi(u)

    return edge(a) - edge(b) + (j - 1) * _moment(j - 2, a, b)


def _tidy(e: sp.Expr) -> sp.Expr:
    return shortest_simplify(e, 2.0)


@functools.lru_cache(maxsize=256)
def _mp_function(expr: sp.Expr, x: sp.Symbol):
    """lambdify once per piece and power: a fixed-point search or a 50-layer trajectory
    integrates the same pieces hundreds of times."""
    return sp.lambdify(x, expr, "mpmath")


def _quad(fn: Function, power: int, m: sp.Expr, v: sp.Expr,
          dps: int = _WORK) -> tuple[mpmath.mpf, mpmath.mpf]:
    """∫ f^power φ over each piece, split at the kinks and around the mean."""
    x = fn.x
    with mpmath.workdps(dps):
        mu, s = _mp(m), mpmath.sqrt(_mp(v))
        total = mpmath.mpf(0)
        error = mpmath.mpf(0)
        for p in fn.pieces:
            if p.is_point:
                continue
            g = _mp_function(p.expr**power, x)
            lo = -mpmath.inf if p.interval.inf.is_infinite else _mp(p.interval.inf)
            hi = mpmath.inf if p.interval.sup.is_infinite else _mp(p.interval.sup)
            pts = _breaks(lo, hi, mu, s)

            def integrand(t, g=g):
                return g(t) * mpmath.npdf(t, mu, s)

            value, e = mpmath.quad(integrand, pts, error=True,
                                   maxdegree=10 if dps > 30 else 6)
            total += value
            error += e
        return +total, error


# --- gains ------------------------------------------------------------------------------

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


def gains(act: str | Activation, m: Moments | None = None) -> Gains:
    """Initialisation gains derived from the Gaussian moments (Z ~ N(0, 1))."""
    from ..core import resolve

    activation = resolve(act)
    m = m or moments(activation)
    with mpmath.workdps(_WORK):
        fwd = 1 / mpmath.sqrt(m.value("second_moment"))
        bwd = 1 / mpmath.sqrt(m.value("derivative_second_moment"))
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


# --- maps and fixed points ----------------------------------------------------------------

def mean_variance_map(act: str | Activation, omega: float = 0.0, tau: float = 1.0
                      ) -> Callable[[mpmath.mpf, mpmath.mpf], tuple[mpmath.mpf, mpmath.mpf]]:
    """(μ, ν) -> (E f(z), Var f(z)) for z ~ N(μ ω, ν τ): a layer with weight sum ω and
    weight square-sum τ (Klambauer et al.: normalised weights have ω = 0, τ = 1)."""
    from ..core import resolve

    f = Function.of(resolve(act).bind(), sp.Symbol("x", real=True))

    def step(mu, nu):
        if isinstance(mu, mpmath.mpc) or isinstance(nu, mpmath.mpc) or nu <= 0:
            raise ValueError("the variance left (0, oo)")
        mean_z, var_z = mu * omega, nu * tau
        e1, _ = _quad_mp(f, 1, mean_z, var_z)
        e2, _ = _quad_mp(f, 2, mean_z, var_z)
        return e1, e2 - e1**2

    return step


_MAP_DPS = 20


def _quad_mp(fn: Function, power: int, mean: mpmath.mpf, var: mpmath.mpf):
    return _quad(fn, power, sp.Float(mean, 25), sp.Float(var, 25), dps=_MAP_DPS)


@dataclass(frozen=True)
class FixedPoint:
    mu: mpmath.mpf
    nu: mpmath.mpf
    spectral_radius: mpmath.mpf

    @property
    def stable(self) -> bool:
        """Spectral radius below 1 by more than the finite-difference error."""
        return self.spectral_radius < 1 - 1e-6


def _float_map(act: str | Activation, omega: float, tau: float):
    """The mean/variance map in float64 (SciPy quadrature): fast enough to search with."""
    from scipy import integrate

    from ..calculus import NP_MODULES
    from ..core import resolve

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
            for a, b in itertools.pairwise(_breaks(lo, hi, mean, sd)):
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


def _breaks(lo, hi, mean, sd) -> list:
    """[lo, ..., hi] cut at mean ± {0, 1, 3, 6, 12} sd: quadrature sees where the mass is."""
    marks = [mean + k * sd for k in (-12, -6, -3, -1, 0, 1, 3, 6, 12)]
    return [lo, *[t for t in marks if lo < t < hi], hi]


def _weighted(t: float, g, power: int, mean: float, sd: float) -> float:
    """g(t)^power times the N(mean, sd²) density; 0 beyond 40 sd (no overflow)."""
    z = (t - mean) / sd
    if abs(z) > 40:
        return 0.0
    return float(np.float64(g(t)) ** power) * math.exp(-0.5 * z * z) / (sd * _SQRT_2PI)


_SQRT_2PI = math.sqrt(2 * math.pi)


def fixed_point(act: str | Activation, guess: tuple[float, float] = (0.0, 1.0),
                omega: float = 0.0, tau: float = 1.0) -> FixedPoint:
    """A fixed point of the mean/variance map near ``guess`` and its Jacobian's spectral
    radius (< 1: stable, the activation is self-normalising there). The search runs in
    float64; a point found is polished with the 20-digit map."""
    from scipy import optimize

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
    from ..core import resolve

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


# --- gradients --------------------------------------------------------------------------

@dataclass(frozen=True)
class GradientFlow:
    """sup |f'| bounds the backward factor per layer (sup^L for L layers); the mean-field
    factor is E f'(Z)²; chi = σ_w² E f'(Z)² = 1 is the edge of chaos."""

    name: str
    sup_slope: sp.Expr | None
    mean_field_factor: mpmath.mpf
    edge_of_chaos_weight_variance: mpmath.mpf

    def bound(self, layers: int) -> float | None:
        return None if self.sup_slope is None else float(self.sup_slope) ** layers

    def chi(self, weight_variance: float) -> mpmath.mpf:
        return weight_variance * self.mean_field_factor


def gradient_flow(act: str | Activation, m: Moments | None = None) -> GradientFlow:
    from ..core import resolve
    from ..derive import Unknown, lipschitz

    activation = resolve(act)
    m = m or moments(activation)
    lip = lipschitz(activation)
    sup = None if isinstance(lip, Unknown) else lip.value
    factor = m.value("derivative_second_moment")
    with mpmath.workdps(_WORK):
        return GradientFlow(activation.name, sup, factor, 1 / factor)
