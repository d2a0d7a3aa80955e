"""The torch and jax targets: stable forms printed as array code, filled into the templates.

Per activation: the value and derivative forms printed by
:mod:`symact.numeric.export.array_printer` (the tanhshrink branch as the 10-term series the
NumPy kernel sums), a comment with each branch's plain formula, the limits at ±inf and (jax)
the saturation points, all read off the NumPy evaluator so both targets agree with it there.

>>> from symact.numeric.export.items import items
>>> src = array_module(items(["relu"]), "torch")
>>> "class _Relu(torch.autograd.Function):" in src
True
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import sympy as sp

from ...core import TANHSHRINK_SERIES, StableFunction, X
from ..evaluators import evaluator
from .array_printer import PRINTERS
from .array_templates import HELPERS, ITEM
from .items import Item


def array_module(found: list[Item], target: str) -> str:
    """Module body (after the header): the target's helpers, then each item's template."""
    pr = PRINTERS[target]()
    parts = [HELPERS[target]]
    for it in found:
        ev = evaluator(it.catalog or it.definition)
        with np.errstate(all="ignore"):
            lim = [float(ev.value(v)) for v in (-np.inf, np.inf)]
            dlim = [float(ev.derivative(v)) for v in (-np.inf, np.inf)]
        sat = [_lit(_saturation(ev.value, lim[0], -1.0)), _lit(_saturation(ev.value, lim[1], 1.0))]
        dsat = [_lit(_saturation(ev.derivative, dlim[0], -1.0)),
                _lit(_saturation(ev.derivative, dlim[1], 1.0))]
        tiny = _subnormal_model(ev) if target == "jax" else None
        value = pr.branch(_for_arrays(it.value))
        deriv = pr.branch(_for_arrays(it.derivative))
        vcom = _branch_comment(it.value)
        dcom = _branch_comment(it.derivative)
        parts.append(ITEM[target].format(
            name=it.name, cls="_" + "".join(w.title() for w in it.name.split("_")),
            doc=it.doc, value=value, deriv=deriv, vlo=_lit(lim[0]), vhi=_lit(lim[1]),
            dlo=_lit(dlim[0]), dhi=_lit(dlim[1]), vcom=vcom, dcom=dcom,
            vsat=f"{sat[0]}, {sat[1]}", dsat=f"{dsat[0]}, {dsat[1]}", vtiny=tiny))
    return "\n\n".join(parts)


def _for_arrays(e: sp.Expr) -> sp.Expr:
    """The tanhshrink branch as the same 10-term series the NumPy kernel sums."""
    series = TANHSHRINK_SERIES.function
    k = TANHSHRINK_SERIES.limits[0][0]
    poly = sp.Add(*[series.subs(k, i) for i in range(1, 11)])
    return e.xreplace({X * sp.cosh(X) - sp.sinh(X): poly})


def _saturation(f: Callable[..., object], limit: float, sign: float) -> float:
    """The smallest |x| from which ``f(sign·|x|)`` is ``limit`` bit for bit (inf: none known).

    Checked on 4 points per binade up to the largest float. Beyond it the array code returns
    the limit without evaluating the formula: no overflow of x² there (gelu_tanh' was nan
    from (1 + k·x²)·exp(−v) = inf·0 for |x| > 1e154), and exactly the evaluator's tail.
    """
    if not math.isfinite(limit):
        return math.inf
    mags = np.ldexp(np.array([1.0, 1.25, 1.5, 1.75])[None, :],
                    np.arange(-8, 1024)[:, None]).ravel()
    mags = np.append(mags[np.isfinite(mags)], np.finfo(np.float64).max)
    with np.errstate(all="ignore"):
        vals = np.asarray(f(sign * mags), dtype=np.float64)
    ok = (vals == limit) & (np.signbit(vals) == np.signbit(limit))
    if not ok[-1]:
        return math.inf
    bad = np.flatnonzero(~ok)
    return float(mags[bad[-1] + 1]) if bad.size else float(mags[0])


_SUBNORMALS = {  # test points per dtype that XLA flushes: the smallest subnormals, mid-range,
    # the largest (float16 is not flushed and too coarse for the linear model)
    np.dtype(t): (np.array([1, 2, 3, 5, 7, 2**10 + 1]) * np.finfo(t).smallest_subnormal
                  ).astype(t).tolist() + (np.finfo(t).smallest_normal * np.array(
                      [0.3, 0.5, 0.75, 0.999])).astype(t).tolist()
    for t in (np.float64, np.float32)}


def _subnormal_model(ev) -> str:
    """The jax template's ``tiny``: per side of 0, (f(0±), c±) with f(±s) = f(0±) + c±·(±s)
    rounded once on every subnormal s, read off the NumPy evaluator (which sees subnormals)
    and checked to one subnormal unit on test points of float64 and float32 (within a unit:
    gelu(2^-1074) is just above a tie); a side where the check fails is None (XLA flushes
    there, as it would anyway)."""
    sides = []
    for sign in (-1.0, 1.0):
        t = sign * float(np.finfo(np.float64).smallest_normal)
        with np.errstate(all="ignore"):
            v, c = float(ev.value(t)), float(ev.derivative(t))
        if abs(v) <= 2 * abs(c * t):  # f(t) ≈ c·t: f(0±) = 0 (tanh, relu), else f(t) = f(0±)
            v = 0.0
        ok = math.isfinite(v) and math.isfinite(c) and all(
            _model_holds(ev, sign * np.array(pts, d), v, c) for d, pts in _SUBNORMALS.items())
        sides.append(f"({_lit(v)}, {_lit(c)})" if ok else "None")
    return f"({sides[0]}, {sides[1]})"


def _model_holds(ev, xs: np.ndarray, v: float, c: float) -> bool:
    """The evaluator's f on xs (one dtype's subnormals) is v, or c·xs rounded once."""
    with np.errstate(all="ignore"):
        got = np.asarray(ev.value(xs))
        if v != 0 or c == 0:
            return got.dtype == xs.dtype and bool(np.all(got == v))
        want = (np.float64(c) * xs.astype(np.float64)).astype(xs.dtype)
        unit = np.finfo(xs.dtype).smallest_subnormal
        return got.dtype == xs.dtype and bool(np.all(np.abs(got.astype(np.float64) - want)
                                                    <= unit))


def _lit(v: float) -> str:
    """A float literal that is valid Python for ±inf and nan too."""
    if v != v:
        return "math.nan"
    if v in (np.inf, -np.inf):
        return "math.inf" if v > 0 else "-math.inf"
    return repr(v)


def _branch_comment(e: sp.Expr) -> str:
    """One comment line per Piecewise branch (``condition: formula``), in plain functions."""
    if not isinstance(e, sp.Piecewise):
        return f"    # {sp.sstr(_plain(e))}"
    return "\n".join(f"    # {'otherwise' if c is sp.true else sp.sstr(c)}: {sp.sstr(_plain(v))}"
                     for v, c in e.args)


def _plain(e: sp.Expr) -> sp.Expr:
    """The stable functions (Sigmoid, Softplus, ...) replaced by their definitions."""
    return e.replace(lambda a: isinstance(a, StableFunction), lambda a: a.definition()) \
        if e.has(StableFunction) else e
