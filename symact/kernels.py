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


def _indicator(mask, x, value=1.0):
    """value where mask, else 0; nan stays nan (comparisons are cheaper than np.heaviside)."""
    d = mask.astype(np.float64)
    if value != 1.0:
        d *= value
    return _keep_nan(d, x)


def _tiny(c, x):
    """c * exp(x) for x < -708, rounded once: (c * e^{x/2}) * e^{x/2} (e^{x/2} is normal)."""
    h = np.exp(0.5 * x)
    return (c * h) * h


# --- sigmoid: 1/(1 + e^-x) ---------------------------------------------------------------
def sigmoid(x):
    """σ(x): expit; below -708 σ(x) = eˣ/(1 + eˣ) and 1 + eˣ rounds to 1, so σ(x) = eˣ."""
    y = _sc.expit(x)  # (x may be the caller's array: never written to)
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
    """sech²(x) = 4e/(1 + e)² with e = e^{-2|x|}: no 1 − tanh² cancellation for large |x|."""
    e = np.abs(x)
    e *= -2.0
    np.exp(e, out=e)
    d = e + 1.0
    d *= d
    e *= 4.0
    return np.divide(e, d, out=d)


def tanh_derivative_from_output(y):
    """tanh' = 1 − y²."""
    return 1.0 - y * y


# --- relu family -----------------------------------------------------------------------------
def relu(x):
    """max(x, 0)."""
    return np.maximum(x, 0.0)


def relu_derivative(x):
    """1 for x > 0, else 0 (relu'(0) = 0, PyTorch): sign(max(x, 0)), nan stays nan."""
    d = np.maximum(x, 0.0)
    return np.sign(d, out=d)


def relu_derivative_from_output(y):
    """1 for y > 0, else 0."""
    return relu_derivative(y)


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
    # expm1 over all x (it overflows to inf for x > 709, replaced below), then the x > 0
    # branch copied in; in place: fresh arrays cost more than the arithmetic
    y = np.expm1(x)
    if alpha != 1.0:
        y *= alpha
    np.copyto(y, x, where=x > 0.0)
    return y


def elu_derivative(x, alpha=1.0):
    """1 for x > 0, α·eˣ otherwise (elu'(0) = α)."""
    return np.where(x > 0.0, 1.0, alpha * np.exp(np.minimum(x, 0.0)))


def elu_derivative_from_output(y, alpha=1.0):
    """1 for y > 0, y + α otherwise."""
    return np.where(y > 0.0, 1.0, y + alpha)


def selu(x, scale=1.0507009873554805, scale_alpha=1.7580993408473768):
    """λx for x > 0, (λα)·expm1(x) otherwise; λα is the correctly rounded product."""
    y = np.expm1(x)  # as in elu: the x > 0 branch overwrites the overflowed part
    y *= scale_alpha
    np.multiply(x, scale, out=y, where=x > 0.0)
    return y


def selu_derivative(x, scale=1.0507009873554805, scale_alpha=1.7580993408473768):
    """λ for x > 0, λα·eˣ otherwise."""
    return np.where(x > 0.0, scale, scale_alpha * np.exp(np.minimum(x, 0.0)))


def selu_derivative_from_output(y, scale=1.0507009873554805, scale_alpha=1.7580993408473768):
    """λ for y > 0, y + λα otherwise."""
    return np.where(y > 0.0, scale, y + scale_alpha)


def celu(x, alpha=1.0):
    """x for x > 0, α·expm1(x/α) otherwise."""
    y = np.expm1(x if alpha == 1.0 else x / alpha)  # x > 0 overwritten below
    if alpha != 1.0:
        y *= alpha
    np.copyto(y, x, where=x > 0.0)
    return y


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
    y = _sc.expit(bx)
    y *= x
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
    e = np.abs(v)
    np.negative(e, out=e)
    np.exp(e, out=e)
    w = e + 1.0  # 1 + e
    # v ≥ 0: 1 + e + v·e = w + v·e;  v < 0: e·(1 + e + v) = e·(w + v)
    num = np.where(v >= 0.0, v * e, v)
    num += w
    np.multiply(num, e, out=num, where=v < 0.0)
    w *= w
    d = np.divide(num, w, out=num)
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
    y *= np.maximum(x, -40.0)
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
    g *= xc * _INV_SQRT_2PI
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
    """σ(−x)."""
    return sigmoid(np.negative(x))


def logsigmoid_derivative_from_output(y):
    """1 − e^y = −expm1(y)."""
    return -np.expm1(y)


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
    """x·clip(x + 3, 0, 6)/6; x clipped at −4 (value 0 below) so −inf·0 cannot appear."""
    xl = np.maximum(x, -4.0)
    u = xl + 3.0
    np.clip(u, 0.0, 6.0, out=u)
    u /= 6.0
    u *= xl
    return u


def hardswish_derivative(x):
    """0 for x ≤ −3, (2x + 3)/6 on (−3, 3), 1 for x ≥ 3 (0 and 1 at the kinks, torch 2.13)."""
    d = np.where(x <= -3.0, 0.0, np.where(x < 3.0, (2.0 * x + 3.0) / 6.0, 1.0))
    return _keep_nan(d, x)


def relu6(x):
    """clip(x, 0, 6)."""
    return np.clip(x, 0.0, 6.0)


def relu6_derivative(x):
    """1 on (0, 6), 0 outside and at the kinks."""
    return _indicator((x > 0.0) & (x < 6.0), x)


def relu6_derivative_from_output(y):
    """1 for 0 < y < 6, else 0."""
    return relu6_derivative(y)


def softsign(x):
    """x/(1 + |x|); |x| clipped at 1e300 (value ±1 there) so inf/inf cannot appear."""
    xc = np.clip(x, -1e300, 1e300)
    d = np.abs(xc)
    d += 1.0
    return np.divide(xc, d, out=d)


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
    t *= t
    return t


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


HELPERS = ("apply", "_keep_nan", "_indicator", "_tiny", "_mish_factor", "_as_array", "_limits")
CONSTANTS = ("_TAIL", "_INV_SQRT_2PI", "_SQRT_HALF", "_GT_K0", "_GT_K1", "_TS_COEF")
