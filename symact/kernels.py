"""Hand-written NumPy/SciPy kernels for the catalog: stable, vectorised, no SymPy.

Each kernel evaluates one stable form of :mod:`symact.stable` (proved equal to the catalog
definition) on a 1-d float64 array; :func:`apply` adds dtype/shape/scalar/``out=`` handling,
silences floating-point warnings and rounds float16/float32 results once. This module imports
only NumPy and SciPy so that :mod:`symact.export` can copy its functions verbatim: the exported
code is then the evaluator, bit for bit.

Recurring tricks (each explained where used):

* fast path + patch: a SciPy ufunc over the bulk, exact formulas on the rare tail it misses;
* ``c·eˣ`` for ``x < −708`` (a subnormal result) as ``(c·e^{x/2})·e^{x/2}``, so that the
  subnormal is rounded once instead of multiplying an already-rounded subnormal;
* clipping the input where the function has saturated, so ``±inf`` gives the limits and no
  ``inf·0`` appears.

>>> float(apply(sigmoid, 0.0))
0.5
>>> apply(sigmoid_derivative, np.array([-1000.0, 0.0, 1000.0]))
array([0.  , 0.25, 0.  ])
"""

from __future__ import annotations

import math

import numpy as np
from scipy import special as _sc

_TAIL = -708.0  # exp(x) is subnormal (< 2.2e-308) below about -708.4
_INV_SQRT_2PI = 0.3989422804014327  # 1/sqrt(2*pi)
_SQRT_HALF = 0.7071067811865476  # 1/sqrt(2)
_GT_K0 = 1.5957691216057308  # 2*sqrt(2/pi)                  (gelu_tanh: v = 2u)
_GT_K1 = 0.07135481627260025  # 2*sqrt(2/pi)*0.044715


def apply(kernel, x, out=None, *consts):
    """kernel(x, *consts) with NumPy semantics: any shape, dtype kept, ``out=``, no warnings.

    float16/float32 inputs are computed in float64 and rounded once; integers and bools
    give float64. Python scalars give a float, NumPy scalars a NumPy scalar of their dtype.
    """
    arr = np.asarray(x)
    if arr.dtype.kind in "biu":
        dtype = np.dtype(np.float64)
    elif arr.dtype in (np.float16, np.float32, np.float64):
        dtype = arr.dtype
    else:
        raise TypeError(f"expected real float16/32/64 (or integer) input, got {arr.dtype}")
    flat = arr.astype(np.float64, copy=False).reshape(-1)
    with np.errstate(all="ignore"):
        res = kernel(flat, *consts).reshape(arr.shape)
        if out is not None:
            if not isinstance(out, np.ndarray) or out.shape != arr.shape:
                raise ValueError(f"out must be an array of shape {arr.shape}")
            np.copyto(out, res, casting="same_kind")
            return out
        if dtype != np.float64:
            res = res.astype(dtype)
    if isinstance(x, float | int) and not isinstance(x, np.generic):
        return float(res)
    if arr.ndim == 0 and not isinstance(x, np.ndarray):
        return res[()]
    return res


def _keep_nan(d, x):
    """Piecewise-constant derivatives: nan in, nan out."""
    np.copyto(d, x, where=np.isnan(x))
    return d


def _tiny(c, x):
    """c * exp(x) for x < -708, rounded once: (c * e^{x/2}) * e^{x/2} (e^{x/2} is normal)."""
    h = np.exp(0.5 * x)
    return (c * h) * h


# --- sigmoid: 1/(1 + e^-x) ---------------------------------------------------------------
def sigmoid(x):
    """σ(x): expit; below -708 σ(x) = eˣ/(1 + eˣ) and 1 + eˣ rounds to 1, so σ(x) = eˣ."""
    y = _sc.expit(x)
    tail = x < _TAIL
    if tail.any():
        y[tail] = np.exp(x[tail])
    return y


def sigmoid_derivative(x):
    """σ'(x) = e/(1 + e)² with e = e^{-|x|} (both branches of σ(x)σ(−x) at once)."""
    e = np.exp(-np.abs(x))
    return e / ((1.0 + e) * (1.0 + e))


def sigmoid_derivative_from_output(y):
    """σ' = y(1 − y)."""
    return y * (1.0 - y)


# --- tanh ------------------------------------------------------------------------------------
def tanh(x):
    """tanh(x) (libm)."""
    return np.tanh(x)


def tanh_derivative(x):
    """sech²(x) = 4e/(1 + e)² with e = e^{-2|x|}: no 1 − tanh² cancellation for large |x|."""
    e = np.exp(-2.0 * np.abs(x))
    return (4.0 * e) / ((1.0 + e) * (1.0 + e))


def tanh_derivative_from_output(y):
    """tanh' = 1 − y²."""
    return 1.0 - y * y


# --- relu family -----------------------------------------------------------------------------
def relu(x):
    """max(x, 0)."""
    return np.maximum(x, 0.0)


def relu_derivative(x):
    """1 for x > 0, else 0 (relu'(0) = 0, PyTorch)."""
    return np.heaviside(x, 0.0)


def relu_derivative_from_output(y):
    """1 for y > 0, else 0."""
    return np.heaviside(y, 0.0)


def leaky_relu(x, alpha=0.01):
    """x for x > 0, αx otherwise."""
    return np.where(x > 0.0, x, alpha * x)


def leaky_relu_derivative(x, alpha=0.01):
    """1 for x > 0, α otherwise (leaky_relu'(0) = α)."""
    return _keep_nan(np.where(x > 0.0, 1.0, alpha), x)


def leaky_relu_derivative_from_output(y, alpha=0.01):
    """Same as from the input: y has the sign of x."""
    return leaky_relu_derivative(y, alpha)


def elu(x, alpha=1.0):
    """x for x > 0, α·expm1(x) otherwise (expm1: no cancellation near 0)."""
    return np.where(x > 0.0, x, alpha * np.expm1(np.minimum(x, 0.0)))


def elu_derivative(x, alpha=1.0):
    """1 for x > 0, α·eˣ otherwise (elu'(0) = α)."""
    return np.where(x > 0.0, 1.0, alpha * np.exp(np.minimum(x, 0.0)))


def elu_derivative_from_output(y, alpha=1.0):
    """1 for y > 0, y + α otherwise."""
    return np.where(y > 0.0, 1.0, y + alpha)


def selu(x, scale=1.0507009873554805, scale_alpha=1.7580993408473768):
    """λx for x > 0, (λα)·expm1(x) otherwise; λα is the correctly rounded product."""
    return np.where(x > 0.0, scale * x, scale_alpha * np.expm1(np.minimum(x, 0.0)))


def selu_derivative(x, scale=1.0507009873554805, scale_alpha=1.7580993408473768):
    """λ for x > 0, λα·eˣ otherwise."""
    return np.where(x > 0.0, scale, scale_alpha * np.exp(np.minimum(x, 0.0)))


def selu_derivative_from_output(y, scale=1.0507009873554805, scale_alpha=1.7580993408473768):
    """λ for y > 0, y + λα otherwise."""
    return np.where(y > 0.0, scale, y + scale_alpha)


def celu(x, alpha=1.0):
    """x for x > 0, α·expm1(x/α) otherwise."""
    return np.where(x > 0.0, x, alpha * np.expm1(np.minimum(x, 0.0) / alpha))


def celu_derivative(x, alpha=1.0):
    """1 for x > 0, e^{x/α} otherwise (celu'(0) = 1)."""
    return np.where(x > 0.0, 1.0, np.exp(np.minimum(x, 0.0) / alpha))


def celu_derivative_from_output(y, alpha=1.0):
    """1 for y > 0, y/α + 1 otherwise."""
    return np.where(y > 0.0, 1.0, y / alpha + 1.0)


# --- smooth gated units ------------------------------------------------------------------
def swish(x, beta=1.0):
    """x·σ(βx); below βx = −708 the subnormal x·e^{βx} is rounded once."""
    bx = x if beta == 1.0 else beta * x
    y = x * _sc.expit(bx)
    tail = bx < _TAIL
    if tail.any():
        # clip: x·e^{βx} underflows to -0 long before -2000/β, and -inf·0 must not appear
        xt = np.maximum(x[tail], -2000.0 / beta)
        y[tail] = _tiny(xt, xt if beta == 1.0 else beta * xt)
    return y


def swish_derivative(x, beta=1.0):
    """σ(v)(1 + v σ(−v)), v = βx, through e = e^{-|v|}.

    v ≥ 0: (1 + e + v e)/(1 + e)²;  v < 0: e(1 + e + v)/(1 + e)²;  v < −708: (1 + v)eᵛ.
    """
    v = np.clip(x if beta == 1.0 else beta * x, -2000.0, 2000.0)
    e = np.exp(-np.abs(v))
    num = np.where(v >= 0.0, 1.0 + e + v * e, e * (1.0 + e + v))
    d = num / ((1.0 + e) * (1.0 + e))
    tail = v < _TAIL
    if tail.any():
        vt = v[tail]
        d[tail] = _tiny(1.0 + vt, vt)
    return d


def gelu(x):
    """x·Φ(x) = (x/2)·erfc(−x/√2) via scipy's ndtr; x clipped at −40 (value −0 below).

    Below −37 ndtr flushes its subnormal results to 0: there (x/2)·erfcx(−x/√2)·e^{−x²/2},
    with the subnormal factor rounded once.
    """
    y = np.maximum(x, -40.0) * _sc.ndtr(x)
    tail = x < -37.0
    if tail.any():
        xt = np.maximum(x[tail], -40.0)
        y[tail] = _tiny(0.5 * xt * _sc.erfcx(xt * -_SQRT_HALF), -0.5 * (xt * xt))
    return y


def gelu_derivative(x):
    """Φ(x) + x·φ(x); |x| > 40 is saturated (0 or 1), the clip avoids inf·0.

    Below −37: e^{−x²/2}·(erfcx(−x/√2)/2 + x/√(2π)), the subnormal factor rounded once.
    """
    xc = np.clip(x, -40.0, 40.0)
    d = _sc.ndtr(xc) + (xc * _INV_SQRT_2PI) * np.exp(-0.5 * (xc * xc))
    tail = xc < -37.0
    if tail.any():
        xt = xc[tail]
        d[tail] = _tiny(0.5 * _sc.erfcx(xt * -_SQRT_HALF) + xt * _INV_SQRT_2PI,
                        -0.5 * (xt * xt))
    return d


def gelu_tanh(x):
    """(x/2)(1 + tanh u) = x·σ(2u), 2u = v = x(k0 + k1x²): 1 + tanh u never cancels.

    x is clipped to [−30, 30] inside v (σ(v) has saturated: value −0 below, x above).
    """
    xl = np.maximum(x, -30.0)
    xc = np.minimum(xl, 30.0)
    v = xc * (_GT_K0 + _GT_K1 * (xc * xc))
    y = xl * _sc.expit(v)
    tail = v < _TAIL
    if tail.any():
        y[tail] = _tiny(xl[tail], v[tail])
    return y


def gelu_tanh_derivative(x):
    """σ(v)(1 + x v' σ(−v)), v' = k0 + 3k1x², with e = e^{-|v|} as in swish."""
    xc = np.clip(x, -30.0, 30.0)
    x2 = xc * xc
    v = xc * (_GT_K0 + _GT_K1 * x2)
    w = xc * (_GT_K0 + 3.0 * _GT_K1 * x2)  # x·v'
    e = np.exp(-np.abs(v))
    num = np.where(v >= 0.0, 1.0 + e + w * e, e * (1.0 + e + w))
    d = num / ((1.0 + e) * (1.0 + e))
    tail = v < _TAIL
    if tail.any():
        d[tail] = _tiny(1.0 + w[tail], v[tail])
    return d


def _mish_factor(x):
    """tanh(softplus(x)) without cancellation (x already clipped to [−800, 800]).

    x > 0, q = e^{-x}: (1 + 2q)/(1 + 2q(1 + q));  x ≤ 0, e = eˣ, n = e(e + 2): n/(n + 2).
    """
    e = np.exp(-np.abs(x))
    n = e * (e + 2.0)
    pos = (1.0 + 2.0 * e) / (1.0 + 2.0 * e * (1.0 + e))
    return np.where(x > 0.0, pos, n / (n + 2.0))


def tanh_softplus(x):
    """tanh(log(1 + eˣ)) for any x (mish's gate; custom expressions use it)."""
    return _mish_factor(np.clip(x, -800.0, 800.0))


def mish(x):
    """x·tanh(softplus(x)); below −708 x·eˣ rounded once; −800 clip (value −0 below)."""
    xl = np.maximum(x, -800.0)
    y = xl * _mish_factor(np.minimum(xl, 800.0))
    tail = x < _TAIL
    if tail.any():
        xt = xl[tail]
        y[tail] = _tiny(xt, xt)
    return y


def mish_derivative(x):
    """t + x·g, t = tanh(softplus x), g = sech²(softplus x)·σ(x):

    x ≤ 0 (e = eˣ): g = 4e(1 + e)/((1 + e)² + 1)²;  x > 0 (q = e^{-x}):
    g = 4q²(1 + q)/((1 + q)² + q²)²;  x < −708: (1 + x)eˣ.
    """
    xc = np.clip(x, -800.0, 800.0)
    e = np.exp(-np.abs(xc))
    w = 1.0 + e
    den_neg = w * w + 1.0
    den_pos = w * w + e * e
    g = np.where(xc > 0.0, (4.0 * e * e * w) / (den_pos * den_pos),
                 (4.0 * e * w) / (den_neg * den_neg))
    d = _mish_factor(xc) + xc * g
    tail = xc < _TAIL
    if tail.any():
        xt = xc[tail]
        d[tail] = _tiny(1.0 + xt, xt)
    return d


# --- softplus family ---------------------------------------------------------------------
def softplus(x, beta=1.0):
    """log(1 + e^{βx})/β = max(βx, 0) + log1p(e^{−|βx|}), which is np.logaddexp(0, βx)."""
    if beta == 1.0:
        return np.logaddexp(0.0, x)
    return np.logaddexp(0.0, beta * x) / beta


def softplus_derivative(x, beta=1.0):
    """σ(βx)."""
    return sigmoid(x if beta == 1.0 else beta * x)


def softplus_derivative_from_output(y, beta=1.0):
    """1 − e^{−βy} = −expm1(−βy)."""
    return -np.expm1(-beta * y)


def logsigmoid(x):
    """log σ(x) = x − log1p(eˣ) for x < 0, −log1p(e^{−x}) otherwise (scipy log_expit)."""
    return _sc.log_expit(x)


def logsigmoid_derivative(x):
    """σ(−x)."""
    return sigmoid(-x)


def logsigmoid_derivative_from_output(y):
    """1 − e^y = −expm1(y)."""
    return -np.expm1(y)


# --- hard and shrink functions -------------------------------------------------------------
def hardtanh(x, min_val=-1.0, max_val=1.0):
    """clip(x, min_val, max_val)."""
    return np.clip(x, min_val, max_val)


def hardtanh_derivative(x, min_val=-1.0, max_val=1.0):
    """1 inside (min_val, max_val), 0 outside and at the kinks."""
    return np.heaviside(x - min_val, 0.0) * np.heaviside(max_val - x, 0.0)


def hardtanh_derivative_from_output(y, min_val=-1.0, max_val=1.0):
    """1 for min_val < y < max_val, else 0."""
    return hardtanh_derivative(y, min_val, max_val)


def hardsigmoid(x):
    """clip((x + 3)/6, 0, 1); x + 3 is exact near the kink at −3."""
    return np.clip((x + 3.0) / 6.0, 0.0, 1.0)


def hardsigmoid_derivative(x):
    """1/6 on (−3, 3), 0 outside and at the kinks."""
    return np.heaviside(x + 3.0, 0.0) * np.heaviside(3.0 - x, 0.0) / 6.0


def hardsigmoid_derivative_from_output(y):
    """1/6 for 0 < y < 1, else 0."""
    return np.heaviside(y, 0.0) * np.heaviside(1.0 - y, 0.0) / 6.0


def hardswish(x):
    """x·clip(x + 3, 0, 6)/6; x clipped at −4 (value 0 below) so −inf·0 cannot appear."""
    xl = np.maximum(x, -4.0)
    return xl * (np.clip(xl + 3.0, 0.0, 6.0) / 6.0)


def hardswish_derivative(x):
    """0 for x < −3, (2x + 3)/6 on [−3, 3] (−1/2 and 3/2 at the kinks), 1 for x > 3."""
    d = np.where(x < -3.0, 0.0, np.where(x <= 3.0, (2.0 * x + 3.0) / 6.0, 1.0))
    return _keep_nan(d, x)


def relu6(x):
    """clip(x, 0, 6)."""
    return np.clip(x, 0.0, 6.0)


def relu6_derivative(x):
    """1 on (0, 6), 0 outside and at the kinks."""
    return np.heaviside(x, 0.0) * np.heaviside(6.0 - x, 0.0)


def relu6_derivative_from_output(y):
    """1 for 0 < y < 6, else 0."""
    return relu6_derivative(y)


def softsign(x):
    """x/(1 + |x|); |x| clipped at 1e300 (value ±1 there) so inf/inf cannot appear."""
    xc = np.clip(x, -1e300, 1e300)
    return xc / (1.0 + np.abs(xc))


def softsign_derivative(x):
    """(1/(1 + |x|))²: squaring last keeps subnormal results for |x| > 1e154."""
    r = 1.0 / (1.0 + np.abs(x))
    return r * r


def softsign_derivative_from_output(y):
    """(1 − |y|)²."""
    r = 1.0 - np.abs(y)
    return r * r


# x cosh x − sinh x = Σ_{k≥1} 2k x^{2k+1}/(2k+1)!: all terms positive, no cancellation.
# For |x| < 1 the terms k > 10 add less than 1e-20 relative.
_TS_COEF = tuple(2 * k / math.factorial(2 * k + 1) for k in range(10, 0, -1))


def tanhshrink(x):
    """x − tanh x; for |x| < 1 (x cosh x − sinh x)/cosh x through its positive series."""
    y = x - np.tanh(x)
    small = np.abs(x) < 1.0
    if small.any():
        xs = x[small]
        z = xs * xs
        p = np.full_like(xs, _TS_COEF[0])
        for c in _TS_COEF[1:]:
            p = p * z + c
        y[small] = ((xs * p) * z) / np.cosh(xs)
    return y


def tanhshrink_derivative(x):
    """tanh² x."""
    t = np.tanh(x)
    return t * t


def softshrink(x, lambd=0.5):
    """x − clip(x, −λ, λ): x + λ below −λ, 0 between, x − λ above."""
    return x - np.clip(x, -lambd, lambd)


def softshrink_derivative(x, lambd=0.5):
    """1 for |x| > λ, else 0 (0 at ±λ)."""
    return np.heaviside(np.abs(x) - lambd, 0.0)


def softshrink_derivative_from_output(y, lambd=0.5):
    """1 for y ≠ 0, else 0."""
    return _keep_nan(np.where(y != 0.0, 1.0, 0.0), y)


def hardshrink(x, lambd=0.5):
    """x for |x| > λ, else 0."""
    return x * (np.abs(x) > lambd)


def hardshrink_derivative(x, lambd=0.5):
    """1 for |x| > λ, else 0 (0 at ±λ)."""
    return np.heaviside(np.abs(x) - lambd, 0.0)


def hardshrink_derivative_from_output(y, lambd=0.5):
    """1 for y ≠ 0, else 0."""
    return softshrink_derivative_from_output(y, lambd)


def identity(x):
    """x."""
    return x.copy()


def identity_derivative(x):
    """1."""
    return _keep_nan(np.ones_like(x), x)


def identity_derivative_from_output(y):
    """1."""
    return identity_derivative(y)


def _as_array(x, r):
    """Generated code: broadcast a (possibly constant) result to x's shape; nan stays nan."""
    out = np.array(np.broadcast_to(r, x.shape), dtype=np.float64)
    return _keep_nan(out, x)


def _limits(x, r, at_minus_inf, at_plus_inf):
    """Generated code: the limits at ±inf, computed symbolically when the code was made.

    A nan limit means "not known" (or nonexistent): the formula's own value is kept.
    """
    if at_minus_inf == at_minus_inf:
        r[x == -np.inf] = at_minus_inf
    if at_plus_inf == at_plus_inf:
        r[x == np.inf] = at_plus_inf
    return r


HELPERS = ("apply", "_keep_nan", "_tiny", "_mish_factor", "_as_array", "_limits")
CONSTANTS = ("_TAIL", "_INV_SQRT_2PI", "_SQRT_HALF", "_GT_K0", "_GT_K1", "_TS_COEF")
