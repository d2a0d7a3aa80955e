"""Kernels of the smooth activations: sigmoid, tanh, gated units, softplus, softsign, tanhshrink.

Each evaluates the stable form of :mod:`symact.core.stable_forms` on a 1-d float64 array (see
:mod:`symact.numeric.kernels` for the recurring tricks). Imports only NumPy and SciPy: the functions
are copied verbatim into exported modules.
"""

from __future__ import annotations

import math

import numpy as np
from scipy import special as _sc

from .base import _tiny

_TAIL = -708.0  # exp(x) is subnormal (< 2.2e-308) below about -708.4
_INV_SQRT_2PI = 0.3989422804014327  # 1/sqrt(2*pi)
_SQRT_HALF = 0.7071067811865476  # 1/sqrt(2)
_GT_K0 = 1.5957691216057308  # 2*sqrt(2/pi)                  (gelu_tanh: v = 2u)
_GT_K1 = 0.07135481627260025  # 2*sqrt(2/pi)*0.044715


# --- sigmoid: 1/(1 + e^-x) ---------------------------------------------------------------
def sigmoid(x):
    """σ(x) = 1/(1 + e^{−x}); below −708 σ(x) = eˣ/(1 + eˣ) and 1 + eˣ rounds to 1: eˣ.

    np.exp is vectorised (SIMD), scipy's expit is not: this is about twice as fast.
    For −708 ≤ x < 0, e^{−x} ≤ 1e308 is finite and its 0.65-ULP error passes through
    1 + e^{−x} and the reciprocal: under 2 ULP in all.
    """
    y = np.negative(x)  # (x may be the caller's array: never written to)
    np.exp(y, out=y)
    y += 1.0
    np.reciprocal(y, out=y)
    tail = x < _TAIL
    if tail.any():
        y[tail] = np.exp(x[tail])
    return y


def sigmoid_derivative(x):
    """σ'(x) = e/(1 + e)² with e = e^{-|x|} (both branches of σ(x)σ(−x) at once)."""
    e = np.abs(x)  # in place from here on: fresh arrays cost more than the arithmetic
    np.negative(e, out=e)
    np.exp(e, out=e)
    d = e + 1.0
    d *= d
    return np.divide(e, d, out=d)


def sigmoid_derivative_from_output(y):
    """σ' = y(1 − y)."""
    return y * (1.0 - y)


# --- tanh ------------------------------------------------------------------------------------
def tanh(x):
    """tanh(x) (libm)."""
    return np.tanh(x)


def tanh_derivative(x):
    """sech²(x) = (1/cosh x)²: no 1 − tanh² cancellation for large |x|.

    cosh is vectorised; 1/cosh x stays normal while its square is above the subnormal range
    (so a subnormal sech² is rounded once), and cosh = inf gives 0 where sech² < 1e-600.
    """
    d = np.cosh(x)
    np.reciprocal(d, out=d)
    d *= d
    return d


def tanh_derivative_from_output(y):
    """tanh' = 1 − y²."""
    return 1.0 - y * y


# --- smooth gated units ------------------------------------------------------------------
def swish(x, beta=1.0):
    """x/(1 + e^{−βx}); below βx = −708 the subnormal x·e^{βx} is rounded once."""
    y = np.negative(x) if beta == 1.0 else np.multiply(x, -beta)
    tail = y > -_TAIL  # βx < −708
    np.exp(y, out=y)
    y += 1.0
    np.divide(x, y, out=y)
    if tail.any():
        # clip: x·e^{βx} underflows to -0 long before -2000/β, and -inf·0 must not appear
        xt = np.maximum(x[tail], -2000.0 / beta)
        y[tail] = _tiny(xt, xt if beta == 1.0 else beta * xt)
    return y


def swish_derivative(x, beta=1.0):
    """σ(v)(1 + v σ(−v)), v = βx clipped to ±750, with s = σ(v) = 1/(1 + e), e = e^{−v}.

    σ(−v) = e·s (accurate while s is normal, v ≥ −708); v < −708: (1 + v)eᵛ, rounded once.
    No selects: a data-dependent np.where costs more than the whole arithmetic.
    """
    v = np.clip(x if beta == 1.0 else beta * x, -750.0, 750.0)
    e = np.negative(v)
    np.exp(e, out=e)
    s = e + 1.0
    np.reciprocal(s, out=s)  # σ(v)
    e *= s  # σ(−v)
    e *= v
    e += 1.0
    d = np.multiply(e, s, out=e)
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
    y = _sc.ndtr(x)
    y *= np.clip(x, -40.0, np.inf)  # (clip with two bounds is the vectorised one)
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
    g = xc * xc
    g *= -0.5
    np.exp(g, out=g)
    g *= xc  # (in place: x·φ(x) without a full-size temporary for x/√(2π))
    g *= _INV_SQRT_2PI
    d = _sc.ndtr(xc)
    d += g
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
    """x·tanh(softplus(x)) = x·n/(n + 2), n = e(e + 2), e = e^{min(x, 20)}.

    For x > 20, n/(n + 2) rounds to 1 (1 − t < 2e^{−40}); no cancellation for any x. Below
    −708, x·eˣ with the subnormal rounded once (x clipped at −800, where it is −0).
    """
    e = np.minimum(x, 20.0)
    np.exp(e, out=e)
    n = e + 2.0
    n *= e
    e = np.add(n, 2.0, out=e)
    y = np.divide(n, e, out=n)
    y *= x
    tail = x < _TAIL
    if tail.any():
        xt = np.maximum(x[tail], -800.0)
        y[tail] = _tiny(xt, xt)
    return y


def mish_derivative(x):
    """t + x·g, t = n/(n + 2), g = sech²(softplus x)·σ(x) = 4e(1 + e)/((1 + e)² + 1)²,

    e = e^{xc}, xc = min(x, 40) (above, x·g < 1e-30: the derivative is 1); x < −708:
    (1 + x)eˣ with the subnormal rounded once.
    """
    xc = np.minimum(x, 40.0)
    e = np.exp(xc)
    w = e + 1.0
    den = w * w
    den += 1.0
    den *= den
    g = np.multiply(e, w, out=w)
    g *= 4.0
    g /= den
    g *= xc
    n = e + 2.0  # n = e(e + 2) directly: (1 + e)² − 1 would cancel for small e
    n *= e
    t = np.add(n, 2.0, out=den)
    np.divide(n, t, out=n)
    d = np.add(n, g, out=n)
    tail = x < _TAIL
    if tail.any():
        xt = np.maximum(x[tail], -800.0)
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
    """σ(−x) = 1/(1 + eˣ); above x = 708, e^{−x} (as in sigmoid)."""
    y = np.exp(x)
    y += 1.0
    np.reciprocal(y, out=y)
    tail = x > -_TAIL
    if tail.any():
        y[tail] = np.exp(-x[tail])
    return y


def logsigmoid_derivative_from_output(y):
    """1 − e^y = −expm1(y)."""
    return -np.expm1(y)


def softsign(x):
    """x/(1 + |x|); x = ±inf (inf/inf = nan) patched to the limits ±1."""
    d = np.abs(x)
    d += 1.0
    y = np.divide(x, d, out=d)
    # |y| ≤ 1: the sum is nan only if some y is (one read, no mask)
    if np.isnan(np.add.reduce(y, axis=None)):
        bad = np.isnan(y)
        y[bad] = np.sign(x[bad])  # ±1 for ±inf, nan for nan
    return y


def softsign_derivative(x):
    """(1/(1 + |x|))²: squaring last keeps subnormal results for |x| > 1e154."""
    r = np.abs(x)
    r += 1.0
    np.reciprocal(r, out=r)
    r *= r
    return r


def softsign_derivative_from_output(y):
    """(1 − |y|)²."""
    r = 1.0 - np.abs(y)
    return r * r


# x cosh x − sinh x = Σ_{k≥1} 2k x^{2k+1}/(2k+1)!: all terms positive, no cancellation.
# For |x| < 1 the terms k > 10 add less than 1e-20 relative.
_TS_COEF = tuple(2 * k / math.factorial(2 * k + 1) for k in range(10, 0, -1))


def tanhshrink(x):
    """x − tanh x; for |x| < 1 (x cosh x − sinh x)/cosh x through its positive series."""
    y = np.tanh(x)
    np.subtract(x, y, out=y)
    # integer indices: gathering and scattering through them beats boolean masks twice
    small = np.nonzero((x < 1.0) & (x > -1.0))
    if small[0].size:
        xs = x[small]
        z = xs * xs
        p = z * _TS_COEF[0]
        p += _TS_COEF[1]
        for c in _TS_COEF[2:]:
            p *= z
            p += c
        p *= xs
        p *= z
        p /= np.cosh(xs)
        y[small] = p
    return y


def tanhshrink_derivative(x):
    """tanh² x."""
    t = np.tanh(x)
    t *= t
    return t
