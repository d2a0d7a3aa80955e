"""Numeric search for ``f(x) ≈ a·g(b·x + c; θ) + d``: candidates only, never an answer.

For a catalog entry ``g`` the inner scale and shift ``(b, c)`` and the free parameters ``θ``
are searched by Nelder–Mead from a few starts; ``a`` and ``d`` enter linearly and are solved by
least squares at every step. A fit whose relative residual is at float64 noise is handed to
:mod:`.snap` for exact values and then to the prover; only a proof makes it a match.

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> fit = best_fit(2 / (1 + sp.exp(-2 * x)) - 1, 1 / (1 + sp.exp(-x)), x, ())[-1]
>>> [round(v, 6) + 0.0 for v in (fit.a, fit.b, fit.c, fit.d)], fit.residual < 1e-20
([2.0, 2.0, 0.0, -1.0], True)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import sympy as sp

from ..calculus import NP_MODULES
from ..core import NAMED_CONSTANTS

# a grid plus points near 0, where a limit (gelu(26x)/26 ≈ relu(x)) still differs
POINTS = np.concatenate([np.linspace(-6.0, 6.0, 49), [-9.0, -7.5, 7.5, 9.0],
                         [-0.3, -0.1, -0.03, -0.01, 0.01, 0.03, 0.1, 0.3]])
GOOD = 1e-18  # relative residual (squared) that counts as an exact fit in float64
STARTS_B = (1.0, -1.0, 2.0, 0.5, -2.0, -0.5)
# the relative residual a short search must reach for the fit to be carried on; measured on
# 50 generated disguises: every true fit passed 1e-3 (two did not pass 1e-4)
SCREEN = 5e-3
SCOUTS = 4  # short searches per fit


@dataclass(frozen=True)
class Fit:
    """``a·g(b·x + c; θ) + d`` with its relative squared residual on :data:`POINTS`."""

    a: float
    b: float
    c: float
    d: float
    theta: tuple[float, ...]
    residual: float


@lru_cache(maxsize=1)
def _named() -> dict[sp.Expr, sp.Float]:
    """SELU's constants at 30 digits (their evaluation takes seconds: once per process)."""
    return {c: sp.Float(c.evalf(30), 30) for c in NAMED_CONSTANTS.values()}


def vector(expr: sp.Expr, x: sp.Symbol, args: Sequence[sp.Symbol] = ()):
    """``expr`` as a NumPy function of (x, *args); nan where it is not finite."""
    fn = sp.lambdify((x, *args), expr.xreplace(_named()), modules=NP_MODULES)

    def run(xs, *vals):
        with np.errstate(all="ignore"):
            out = np.asarray(fn(xs, *vals), dtype=float) * np.ones_like(xs)
        return np.where(np.isfinite(out), out, np.nan)
    return run


def _linear(F: np.ndarray):
    """For ``a·G + d ≈ F``: a function of ``G`` giving the best ``a, d`` (closed form) and the
    relative squared residual. F's moments are taken once, as a fit calls it thousands of
    times: with ``df = F − mean F`` (which sums to 0), ``a = G·df / var G`` and the residual
    is ``df·df − a·(G·df)``; that difference cancels below 1e-8, where the residual is summed
    again term by term (an exact fit must show its 1e-30)."""
    n = len(F)
    fm = float(F.mean())
    df = F - fm
    scale = float(df @ df) or 1.0

    def solve(G: np.ndarray) -> tuple[float, float, float]:
        with np.errstate(all="ignore"):
            s, gg, gd = float(G.sum()), float(G @ G), float(G @ df)
            var = gg - s * s / n
            if not np.isfinite(var) or var < 1e-18 * (1 + gg):
                return 0.0, 0.0, np.inf
            a = gd / var
            rel = (scale - a * gd) / scale
            if rel < 1e-8:
                r = df - a * (G - s / n)
                rel = float(r @ r) / scale
            return a, fm - a * s / n, rel
    return solve


def _nelder_mead(fun, start: np.ndarray, steps: np.ndarray, iters: int = 400
                 ) -> tuple[np.ndarray, float]:
    """A plain Nelder–Mead minimiser (reflection, expansion, contraction, shrink)."""
    n = len(start)
    pts = [start] + [start + np.eye(n)[i] * steps[i] for i in range(n)]
    vals = [fun(p) for p in pts]
    for _ in range(iters):
        order = np.argsort(vals)
        pts, vals = [pts[i] for i in order], [vals[i] for i in order]
        if vals[0] < GOOD * 1e-6 or abs(vals[-1] - vals[0]) < 1e-30:
            break
        centre = np.mean(pts[:-1], axis=0)
        refl = centre + (centre - pts[-1])
        fr = fun(refl)
        if fr < vals[0]:
            exp = centre + 2 * (centre - pts[-1])
            fe = fun(exp)
            pts[-1], vals[-1] = (exp, fe) if fe < fr else (refl, fr)
        elif fr < vals[-2]:
            pts[-1], vals[-1] = refl, fr
        else:
            con = centre + 0.5 * (pts[-1] - centre)
            fc = fun(con)
            if fc < vals[-1]:
                pts[-1], vals[-1] = con, fc
            else:
                pts = [pts[0] + 0.5 * (p - pts[0]) for p in pts]
                vals = [fun(p) for p in pts]
    best = int(np.argmin(vals))
    return pts[best], vals[best]


def best_fit(f: sp.Expr, g: sp.Expr, x: sp.Symbol, params: Sequence[tuple[sp.Symbol, float]],
             hints: Sequence[float] = (), screen: float = SCREEN) -> list[Fit]:
    """Candidate fits ``a·g(b·x + c; θ) + d`` of ``f``, best first: the free fit from a few
    starts (``hints``: numbers of the user's expression, tried as b and as parameter values)
    and, when it is exact, the same with b held at ±1 and at 1/θ-free values (a·relu(b·x) =
    a·b·relu(x): a scale that can move into a or θ should not be left anywhere); [] when
    nothing fits, also when no short search from any start comes within ``screen`` (a shape
    that far off is not polished: a catalog of 120 entries would take a minute)."""
    F = vector(f, x)(POINTS)
    if not np.all(np.isfinite(F)):
        return []
    syms = [s for s, _ in params]
    u = sp.Dummy("u", real=True)
    G = vector(g.subs(x, u), u, syms)

    linear = _linear(F)

    def cost_of(b: float | None):
        def cost(p: np.ndarray) -> float:
            bb, rest = (p[0], p[1:]) if b is None else (b, p)
            with np.errstate(all="ignore"):
                vals = G(bb * POINTS + rest[0], *rest[1:])
            return linear(vals)[2]
        return cost

    def fit(b: float | None, starts, screen: float = np.inf) -> tuple[np.ndarray, float] | None:
        """A short search from every start, then the two best carried on and polished
        (none when even the best short search is above ``screen``)."""
        cost, scouts = cost_of(b), []
        # the short searches start from the SCOUTS starts that fit best as they are
        points = [np.asarray(s, dtype=float) for s in starts]
        priced = sorted((c, k) for k, c in enumerate(map(cost, points)) if np.isfinite(c))
        for start in (points[k] for _, k in priced[:SCOUTS]):
            steps = 0.1 * np.abs(start) + 0.05
            p, v = _nelder_mead(cost, start, steps, iters=40)
            scouts.append((v, len(scouts), p, steps))
            if v < GOOD:
                return p, v
        if not scouts or min(s[0] for s in scouts) > screen:
            return None
        best = None
        for _, _, p, steps in sorted(scouts, key=lambda t: t[:2])[:2]:
            p, v = _nelder_mead(cost, p, steps * 0.3, iters=200)
            if v < 1e-6:  # promising: polish
                p, v = _nelder_mead(cost, p, steps * 1e-3, iters=400)
            if best is None or v < best[1]:
                best = (p, v)
            if v < GOOD:
                break
        return best

    theta0 = tuple(v for _, v in params)
    thetas = [theta0] + ([(h,) * len(syms) for h in hints if h > 0] if syms else [])
    bs = list(dict.fromkeys([*STARTS_B, *(h for h in hints if h), *(-h for h in hints if h)]))
    free = fit(None, [(b, 0.0, *t) for b in bs for t in thetas], screen)
    if free is None or not np.isfinite(free[1]):
        return []
    out = [_as_fit(free[0], None, G, F, free[1])]
    if free[1] < GOOD:
        held_fits = []
        for b in (1.0, -1.0):
            held = fit(b, [(free[0][1], *free[0][2:]), (0.0, *theta0),
                           *((0.0, *t) for t in thetas)])
            if held is not None and held[1] < GOOD:
                held_fits.append(_as_fit(held[0], b, G, F, held[1]))
        if free[0][0] < 0:  # an odd or even g fits with b < 0 too: offer b > 0 first
            flip = fit(None, [(-free[0][0], -free[0][1], *free[0][2:])])
            if flip is not None and flip[1] < GOOD:
                out.insert(0, _as_fit(flip[0], None, G, F, flip[1]))
        out = held_fits + out
    return out


def _as_fit(p: np.ndarray, b: float | None, G, F, residual: float) -> Fit:
    bb, rest = (p[0], p[1:]) if b is None else (b, p)
    a, d, _ = _linear(F)(G(bb * POINTS + rest[0], *rest[1:]))
    return Fit(a, float(bb), float(rest[0]), d, tuple(float(t) for t in rest[1:]), residual)
