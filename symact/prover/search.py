"""Where a claim is tested by numbers: sample points (every variable's special values, the
breakpoints, the assumptions' edges) and the certified comparisons at >= 60 digits that find
a counterexample or confirm agreement.

>>> x = sp.Symbol("x", real=True)
>>> first_difference(sp.Abs(x), x, [{"x": sp.Integer(2)}, {"x": sp.Integer(-3)}]).point
{'x': '-3.0'}
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import sympy as sp

from . import enclosure as mpcheck
from .assume import Assumptions
from .cases import Case, interior
from .verdict import Counterexample


def sample_points(variables, cuts, facts: Assumptions) -> list[dict[str, sp.Expr]]:
    values: dict[sp.Symbol, list[sp.Expr]] = {}
    for k, v in enumerate(variables):
        cand = [*mpcheck.BASE, *mpcheck.random_values(k + 1, 12)]
        tiny = sp.Rational(1, 10**30)
        for c in cuts.get(v, []):
            cand += [c, c + tiny, c - tiny, c + sp.Rational(1, 3), c - sp.Rational(1, 3)]
        region = facts.region(v)
        cand += edges(region)
        values[v] = [c for c in cand if inside(region, c)]
        if not values[v]:
            values[v] = [p for p in (interior(region),) if p is not None]
    points = []
    for pt in mpcheck.grid(values):
        named = {s.name: val for s, val in pt.items()}
        if all(holds(c, named) for c in facts.conditions):
            points.append(named)
    return points


def edges(region: sp.Set) -> list[sp.Expr]:
    out: list[sp.Expr] = []
    parts = region.args if isinstance(region, sp.Union) else (region,)
    for iv in parts:
        if not isinstance(iv, sp.Interval):
            continue
        for end, inward in ((iv.start, 1), (iv.end, -1)):
            if end.is_finite:
                out += [end, end + inward * sp.Rational(1, 10**30), end + inward * sp.Rational(
                    1, 10**6), end + inward, end + inward * 900]
        if iv.start.is_finite and iv.end.is_finite:
            out += [(iv.start + iv.end) / 2, iv.start + (iv.end - iv.start) / 7]
    return out


def inside(region: sp.Set, value: sp.Expr) -> bool:
    return bool(region.contains(value) == sp.true)


def holds(cond: sp.Basic, point: Mapping[str, sp.Expr]) -> bool:
    env = {s: point[s.name] for s in cond.free_symbols if s.name in point}
    try:
        return mpcheck.holds(cond, env)
    except ArithmeticError:
        return False


def env(exprs: Iterable[sp.Expr], point: Mapping[str, sp.Expr]) -> dict[sp.Symbol, sp.Expr]:
    return {s: point[s.name] for e in exprs for s in e.free_symbols if s.name in point}


def witness(outcome: mpcheck.Outcome, point: Mapping[str, sp.Expr]) -> Counterexample:
    shown = {k: mpcheck.show(v) for k, v in sorted(point.items())}
    exact = {k: str(v) for k, v in sorted(point.items())}
    return Counterexample(shown, outcome.lhs, outcome.rhs, outcome.dps, outcome.difference,
                          exact)


def conflict(lhs, rhs, point: Mapping[str, sp.Expr],
             start_dps: int = mpcheck.DPS) -> mpcheck.Outcome | None:
    """The comparison at ``point`` when it confirms a difference or a value on one side
    only (a numeric limit estimate confirms nothing), else None."""
    out = mpcheck.compare(lhs, rhs, env((lhs, rhs), point), start_dps=start_dps)
    return out if out.kind in ("differ", "undefined") and not out.estimated else None


def first_difference(lhs, rhs, points) -> Counterexample | None:
    """First point where the values differ; a point where only one side is defined is the
    fallback (a value gap is the clearer counterexample)."""
    fallback = None
    for pt in points:
        out = mpcheck.compare(lhs, rhs, env((lhs, rhs), pt))
        if out.estimated:
            continue  # a numeric limit estimate is not a confirmation
        if out.kind == "differ":
            return witness(out, pt)
        if out.kind == "undefined" and fallback is None:
            fallback = witness(out, pt)
    return fallback


def residual_search(lhs, rhs, residuals, points) -> Counterexample | None:
    """Differences too small for 60 digits (e^-1000): the symbolic residual says where it is
    largest relative to the sides and how many digits it takes; the claim itself is then
    compared there at that precision."""
    for residual, _case in residuals:
        if residual is None or residual == 0:
            continue
        ranked = []
        for pt in points:
            try:
                mag = mpcheck.magnitude(residual, env((residual,), pt),
                                        max_dps=16 * mpcheck.DPS)
                size = mpcheck.magnitude(lhs, env((lhs,), pt), max_dps=mpcheck.DPS) or 0
            except ArithmeticError:
                continue
            if mag is not None:
                ranked.append((mag - max(size, 0), pt))
        ranked.sort(key=lambda r: -r[0])
        for gap, pt in ranked[:6]:
            dps = mpcheck.DPS + max(0, -gap)
            if dps > mpcheck.MAX_DPS:
                break
            out = conflict(lhs, rhs, pt, start_dps=dps)
            if out is not None:
                return witness(out, pt)
    return None


def case_points(case: Case, facts: Assumptions) -> list[dict[str, sp.Expr]]:
    values = {}
    for v, region in case.regions.items():
        cand = [*mpcheck.BASE, *edges(region)]
        vals = [c for c in cand if inside(region, c)]
        values[v] = vals or [interior(region)]
    pts = [{s.name: val for s, val in p.items()} for p in mpcheck.grid(values, limit=60)]
    return [p for p in pts if all(holds(c, p) for c in facts.conditions)]


def quick_points(points: list[dict[str, sp.Expr]]) -> list[dict[str, sp.Expr]]:
    """A dozen spread points, and for each variable the first point where it is 0 (where
    x/x = 1 fails); the full search is ~400 points, seconds for a network's gradient."""
    chosen = points[:: max(1, len(points) // 12)]
    names = {k for pt in points for k in pt}
    for name in sorted(names):
        zero = next((pt for pt in points if pt.get(name) == 0), None)
        if zero is not None and zero not in chosen:
            chosen.append(zero)
    return chosen
