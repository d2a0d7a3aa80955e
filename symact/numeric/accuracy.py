"""ULP error of the evaluators against mpmath, on a stratified set of inputs.

ULP error = |computed − exact| / spacing(exact rounded to the dtype); NaN or inf where the exact
value is finite counts as infinite error. The exact value is the catalog *definition* (not the
stable form) evaluated by mpmath at ``60 + d`` digits, where ``d`` covers the digits the
definition loses to cancellation at that x (about |x|/2.3 for ``1 + e^{−|x|}``, 3·|log10 x| for
``x − tanh x``); it is stored as a double-double ``hi + lo``. Condition numbers
κ = |x·g'(x)/g(x)| of the value and of the derivative come with it: the goals allow 3·max(1, κ)
ULP for values and 8·max(1, κ') for derivatives (float64), 1 ULP for float32.

>>> pts = stratified_points(200, seed=1)
>>> bool(np.isnan(pts).any() and np.isinf(pts).any())
True
>>> float(ulp_error(np.array([1.0]), np.array([1.0]), np.array([2.0**-53]), np.float64)[0])
0.5
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import mpmath
import numpy as np
import sympy as sp

from ..core import Activation, X, differentiate, resolve, with_stable_forms
from .evaluators import evaluator

BASE_DIGITS = 60
MAX_DIGITS = 2400
_INF_PROXY = "1e320"  # ±inf is evaluated at ±1e320: every limit rounds to its float64 value


@dataclass(frozen=True)
class Reference:
    """Exact values at ``x``: value and derivative as hi + lo, condition numbers."""

    x: np.ndarray
    value_hi: np.ndarray
    value_lo: np.ndarray
    deriv_hi: np.ndarray
    deriv_lo: np.ndarray
    kappa: np.ndarray
    kappa_deriv: np.ndarray


@dataclass(frozen=True)
class Report:
    """Errors of one activation, one dtype: value and derivative (max, 99.9th percentile)."""

    name: str
    dtype: str
    value_max: float
    value_p999: float
    value_normal_max: float
    value_nonfinite: int
    value_scaled_max: float  # max of error / max(1, κ)
    deriv_max: float
    deriv_p999: float
    deriv_normal_max: float
    deriv_nonfinite: int
    deriv_scaled_max: float
    points: int
    # where each figure is reached (the first such x; nan when nothing was measured)
    value_max_x: float = math.nan
    value_scaled_max_x: float = math.nan
    deriv_max_x: float = math.nan
    deriv_scaled_max_x: float = math.nan


def _mp_digits(x: float) -> int:
    if not math.isfinite(x) or x == 0.0:
        return MAX_DIGITS
    ax = abs(x)
    extra = min(ax, 800.0) / 2.3 + max(0.0, -3.0 * math.log10(ax))
    return int(min(MAX_DIGITS, BASE_DIGITS + extra))


def _mp_ready(expr: sp.Expr) -> sp.Expr:
    """NumberSymbols other than pi/E (SELU's constants) become 1000-digit Floats."""
    subs = {a: sp.Float(a.evalf(1000), 1000) for a in expr.atoms(sp.NumberSymbol)
            if a not in (sp.pi, sp.E, sp.EulerGamma, sp.Catalan, sp.GoldenRatio)}
    return expr.xreplace(subs) if subs else expr


@lru_cache(maxsize=64)
def _mp_functions(act: Activation) -> tuple[Callable, Callable, Callable]:
    expr = _mp_ready(act.bind())
    d1 = differentiate(expr, X)
    d2 = differentiate(d1, X)  # only feeds κ': what happens exactly at a kink is irrelevant
    return tuple(sp.lambdify(X, e, modules="mpmath") for e in (expr, d1, d2))


def _split(v: mpmath.mpf) -> tuple[float, float]:
    if not mpmath.isfinite(v):
        return (float(v), 0.0) if not mpmath.isnan(v) else (math.nan, 0.0)
    try:
        hi = float(v)
    except OverflowError:
        return (math.copysign(math.inf, v), 0.0)
    if not math.isfinite(hi):
        return hi, 0.0
    return hi, float(v - mpmath.mpf(hi))


def _kappa(x: mpmath.mpf, g: mpmath.mpf, dg: mpmath.mpf) -> float:
    if g == 0:
        return 1.0 if dg == 0 or x == 0 else math.inf
    k = abs(x * dg / g)
    return float(k) if k < 1e300 else math.inf


def _agree(a: mpmath.mpf, b: mpmath.mpf) -> bool:
    if mpmath.isnan(a) or mpmath.isnan(b):
        return bool(mpmath.isnan(a) and mpmath.isnan(b))
    if mpmath.isinf(a) or mpmath.isinf(b):
        return a == b
    return abs(a - b) <= abs(a) * mpmath.mpf(10) ** -30


def _eval(fs: tuple[Callable, ...], xf: float) -> tuple[mpmath.mpf, ...]:
    """Evaluate at increasing precision until two precisions agree to 30 digits.

    Zero results (total cancellation) are accepted only once the working precision reaches
    340 + log10|x| digits: anything lost below that underflows in float64 anyway.
    """
    digits = _mp_digits(xf)
    mag = math.log10(abs(xf)) if math.isfinite(xf) and xf != 0 else 0.0
    while True:
        res = []
        for p in (digits, digits + 25):
            with mpmath.workdps(p):
                xm = mpmath.mpf(_INF_PROXY) * (1 if xf > 0 else -1) if math.isinf(xf) \
                    else mpmath.mpf(xf)
                res.append(tuple(f(xm) for f in fs))
        lo, hi = res
        zero = any(v == 0 for v in hi[:2])
        ok = all(_agree(a, b) for a, b in zip(lo[:2], hi[:2], strict=True))
        if (ok and not zero) or (ok and digits >= 340 + max(mag, 0)) or digits >= MAX_DIGITS:
            return hi
        digits = min(2 * digits, MAX_DIGITS)


def reference(act: Activation, xs: np.ndarray) -> Reference:
    """mpmath values of the definition (value, derivative) and their condition numbers."""
    fs = _mp_functions(act)
    n = len(xs)
    out = {k: np.zeros(n) for k in ("vh", "vl", "dh", "dl", "k", "kd")}
    for i, xf in enumerate(np.asarray(xs, dtype=np.float64)):
        xf = float(xf)
        if math.isnan(xf):
            for k in out:
                out[k][i] = math.nan if k in ("vh", "dh") else 1.0
            continue
        g, dg, ddg = _eval(fs, xf)
        with mpmath.workdps(BASE_DIGITS):
            out["vh"][i], out["vl"][i] = _split(g)
            out["dh"][i], out["dl"][i] = _split(dg)
            finite = math.isfinite(xf)
            out["k"][i] = _kappa(mpmath.mpf(xf), g, dg) if finite else 1.0
            out["kd"][i] = _kappa(mpmath.mpf(xf), dg, ddg) if finite else 1.0
    return Reference(np.asarray(xs, dtype=np.float64), out["vh"], out["vl"], out["dh"],
                     out["dl"], out["k"], out["kd"])


def ulp_error(computed: np.ndarray, hi: np.ndarray, lo: np.ndarray,
              dtype: type = np.float64) -> np.ndarray:
    """|computed − (hi + lo)| / spacing(exact rounded to dtype); nan/inf mismatches are inf.

    Matching nan (exact nan) and equal infinities count 0.
    """
    dt = np.dtype(dtype)
    c = np.asarray(computed, dtype=np.float64)
    with np.errstate(all="ignore"):
        exact_r = (hi + lo).astype(dt)
        spacing = np.abs(np.spacing(np.abs(exact_r))).astype(np.float64)
        spacing[exact_r == 0] = float(np.finfo(dt).smallest_subnormal)
        err = np.abs((c - hi) - lo) / spacing
        both_nan = np.isnan(c) & np.isnan(hi)
        same_inf = np.isinf(c) & (c == exact_r.astype(np.float64))
        bad = ~np.isfinite(err)
        err[bad] = math.inf
        err[both_nan | same_inf] = 0.0
    return err


def stratified_points(n: int = 2000, seed: int = 0) -> np.ndarray:
    """The stratified float64 inputs (``n`` is approximate); seeded, sorted, no duplicates.

    Uniform in ±1, ±10, ±40; log-spaced magnitudes 1e−300…1e308 of both signs; |x| in
    [690, 750] and [30, 45]; next to the zeros of the catalog's derivatives and at the kinks;
    ±0, subnormals, ±1e−310, ±700, ±710, ±1e308, ±inf, nan.
    """
    with np.errstate(all="ignore"):  # nextafter(0) and tiny products underflow on purpose
        return _stratified(n, seed)


def _stratified(n: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    k = max(n // 12, 4)
    sign = lambda m: rng.choice([-1.0, 1.0], m)  # noqa: E731
    parts = [
        rng.uniform(-1, 1, k), rng.uniform(-10, 10, k), rng.uniform(-40, 40, k),
        sign(2 * k) * 10.0 ** rng.uniform(-300, 308, 2 * k),
        sign(k) * rng.uniform(690, 750, k), sign(k) * rng.uniform(30, 45, k),
        sign(k // 2) * rng.uniform(0, 2.2250738585072014e-308, k // 2),
    ]
    special = [0.0, -0.0, 5e-324, -5e-324, 1e-310, -1e-310, 700.0, -700.0, 710.0, -710.0,
               1e308, -1e308, np.finfo(np.float64).max, -np.finfo(np.float64).max,
               np.inf, -np.inf, np.nan, 1.0, -1.0]
    for a in (*critical_points(), -3.0, 3.0, 6.0, 0.5, -0.5, 1.0, -1.0, 0.0):
        near = a + np.concatenate([[0.0], np.geomspace(1e-14, 1e-2, k // 16 + 1)])
        near = np.concatenate([near, 2 * a - near, np.nextafter(a, [-np.inf, np.inf])])
        parts.append(near)
    pts = np.concatenate([*parts, special])
    finite = np.sort(np.unique(pts[~np.isnan(pts)]))
    # np.unique merges -0.0 with 0.0: keep both zeros explicitly
    finite = finite[finite != 0.0]
    return np.concatenate([finite, [-0.0, 0.0, np.nan]])


@lru_cache(maxsize=1)
def critical_points() -> tuple[float, ...]:
    """Zeros of the derivative of the smooth catalog activations (mpmath, 30 digits)."""
    found: list[float] = []
    for act in with_stable_forms():
        if act.bind().has(sp.Piecewise):
            continue
        _, df, _ = _mp_functions(act)
        grid = np.linspace(-6, 6, 241)
        with mpmath.workdps(30):
            vals = [df(mpmath.mpf(float(g))) for g in grid]
            for a, b, va, vb in zip(grid, grid[1:], vals, vals[1:], strict=False):
                if va * vb < 0:
                    found.append(float(mpmath.findroot(df, (a, b), solver="anderson")))
    return tuple(sorted(set(found)))


def measure(name: str | Activation, dtype: str = "float64", points: int = 2000,
            ref: Reference | None = None) -> Report:
    """ULP errors of :func:`symact.numeric.evaluators.evaluator` for ``name`` (a catalog name,
    an expression in x, or an Activation) against mpmath."""
    act = resolve(name) if isinstance(name, str) else name
    dt = np.dtype(dtype)
    if ref is None:
        xs = stratified_points(points)
        if dt != np.float64:
            with np.errstate(all="ignore"):
                xs = np.unique(xs.astype(dt)).astype(np.float64)
        ref = reference(act, xs)
    ev = evaluator(act)
    xin = ref.x.astype(dt)
    rows = []
    for c, hi, lo, kap in ((ev.value(xin), ref.value_hi, ref.value_lo, ref.kappa),
                           (ev.derivative(xin), ref.deriv_hi, ref.deriv_lo, ref.kappa_deriv)):
        err = ulp_error(c, hi, lo, dt)
        with np.errstate(all="ignore"):
            normal = np.abs((hi + lo).astype(dt)) >= np.finfo(dt).tiny
        exact_finite = np.isfinite((hi + lo).astype(dt))
        nonfinite = int(np.sum(~np.isfinite(np.asarray(c, dtype=np.float64)) & exact_finite))
        with np.errstate(all="ignore"):  # inf/inf: a nonfinite output at a zero of g
            scaled = np.where(np.isinf(err), np.inf, err / np.maximum(
                1.0, np.nan_to_num(kap, nan=1.0, posinf=np.inf)))
            p999 = np.percentile(err, 99.9, method="higher")  # no inf − inf between points
        rows.append((float(err.max()), float(p999),
                     float(err[normal].max()) if normal.any() else 0.0, nonfinite,
                     float(scaled.max()), _where_max(err, ref.x), _where_max(scaled, ref.x)))
    (vm, vp, vn, vnf, vs, vx, vsx), (dm, dp, dn, dnf, ds, dx, dsx) = rows
    return Report(act.name, dt.name, vm, vp, vn, vnf, vs, dm, dp, dn, dnf, ds, len(ref.x),
                  vx, vsx, dx, dsx)


def _where_max(err: np.ndarray, x: np.ndarray) -> float:
    """The first x where err is largest; nan when every error is 0 (nowhere to point at)."""
    return float(x[np.argmax(err)]) if err.max() > 0 else math.nan


# bytes per stratified point while measuring: the points, the references (value, derivative,
# hi + lo, two κ), each evaluator output and its error, ~20 float64 arrays
BYTES_PER_POINT = 160
