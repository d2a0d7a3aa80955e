"""Where a claim is tested by numbers: sample points for the search and for each case.

Every variable gets its special values (:data:`BASE`: 0, ±1e-30, ±1e-10, ±1/2, ±1, …, ±900,
±1000, ±1e5), seeded random rationals, its breakpoints ±1e-30 and ±1/3, and the edges of its
region under the assumptions (each edge, and 1e-30, 1e-6, 1 and 900 inside it); a point
keeps only values inside the region and must satisfy the assumptions' other conditions.

>>> import sympy as sp
>>> from symact.prover.assume import parse_assumptions
>>> x = sp.Symbol("x", real=True)
>>> pts = sample_points([x], {x: [sp.Integer(0)]}, parse_assumptions("x > -1"))
>>> all(p["x"] > -1 for p in pts), [p["x"] for p in pts if abs(p["x"]) < 10**-20]
(True, [0, 1/1000000000000000000000000000000, -1/1000000000000000000000000000000])
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping

import sympy as sp

from .assume import Assumptions
from .cases import Case, interior
from .enclosure import holds as holds_at

R = sp.Rational
# The special values every variable is tried at (and their negatives).
BASE: tuple[sp.Expr, ...] = tuple(
    v for a in (R(0), R(1), R(1, 2), R(2), R(3), R(37, 10), R(10), R(1, 10**30), R(1, 10**10),
                R(100), R(800), R(850), R(900), R(1000), R(10**5), R(7, 3))
    for v in ((a,) if a == 0 else (a, -a)))


def random_values(seed: int, n: int) -> list[sp.Expr]:
    """Seeded random rationals: uniform on [-6, 6] and log-uniform magnitudes."""
    rng = random.Random(seed)
    out: list[sp.Expr] = []
    for k in range(n):
        if k % 2:
            v = sp.Rational(rng.randint(-6000, 6000), 1000)
        else:
            v = sp.Rational(rng.choice((-1, 1)) * rng.randint(1, 999), 100) * sp.Integer(10) ** (
                rng.randint(-8, 3))
        out.append(v)
    return out


def grid(values: Mapping[sp.Symbol, Iterable[sp.Expr]], seed: int = 0,
         limit: int = 400) -> list[dict[sp.Symbol, sp.Expr]]:
    """Points covering every listed value of every variable (the others drawn at random)."""
    syms = sorted(values, key=lambda s: s.name)
    lists = {s: list(dict.fromkeys(values[s])) for s in syms}
    if not syms:
        return [{}]
    rng = random.Random(seed)
    out: list[dict[sp.Symbol, sp.Expr]] = []
    for s in syms:
        for v in lists[s]:
            pt = {t: (v if t == s else rng.choice(lists[t])) for t in syms}
            out.append(pt)
    return out[:limit]


def sample_points(variables, cuts, facts: Assumptions) -> list[dict[str, sp.Expr]]:
    """Points for the numeric search of a whole claim (up to 400, named by variable)."""
    values: dict[sp.Symbol, list[sp.Expr]] = {}
    for k, v in enumerate(variables):
        cand = [*BASE, *random_values(k + 1, 12)]
        tiny = sp.Rational(1, 10**30)
        for c in cuts.get(v, []):
            cand += [c, c + tiny, c - tiny, c + sp.Rational(1, 3), c - sp.Rational(1, 3)]
        region = facts.region(v)
        cand += edges(region)
        values[v] = [c for c in cand if inside(region, c)]
        if not values[v]:
            values[v] = [p for p in (interior(region),) if p is not None]
    points = []
    for pt in grid(values):
        named = {s.name: val for s, val in pt.items()}
        if all(holds(c, named) for c in facts.conditions):
            points.append(named)
    return points


def edges(region: sp.Set) -> list[sp.Expr]:
    """Each finite end of the region's intervals and points just inside it, and two
    interior points of a bounded interval."""
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
    """SymPy decides that ``value`` lies in ``region``."""
    return bool(region.contains(value) == sp.true)


def holds(cond: sp.Basic, point: Mapping[str, sp.Expr]) -> bool:
    """The condition holds at a named point (False when it cannot be decided there)."""
    env = {s: point[s.name] for s in cond.free_symbols if s.name in point}
    try:
        return holds_at(cond, env)
    except ArithmeticError:
        return False


def case_points(case: Case, facts: Assumptions) -> list[dict[str, sp.Expr]]:
    """Up to 60 points inside one case's regions (the cross-check's points)."""
    values = {}
    for v, region in case.regions.items():
        cand = [*BASE, *edges(region)]
        vals = [c for c in cand if inside(region, c)]
        values[v] = vals or [interior(region)]
    pts = [{s.name: val for s, val in p.items()} for p in grid(values, limit=60)]
    pts = [_on_ties(p, case) for p in pts]
    return [p for p in pts if all(holds(c, p) for c in facts.conditions)
            and all(_sign_at(f, p) == s for f, s in case.signs.items())]


def _on_ties(point: dict[str, sp.Expr], case: Case) -> dict[str, sp.Expr]:
    """A point moved onto the case's ties (a linear form = 0, solved for its first
    variable), so that a case x = y has points."""
    for form, s in case.signs.items():
        if s == 0:
            v = sorted(form.free_symbols, key=str)[0]
            rest = {u: point[u.name] for u in form.free_symbols if u != v}
            point = {**point, v.name: sp.solve(form.xreplace(rest), v)[0]}
    return point


def _sign_at(form: sp.Expr, point: Mapping[str, sp.Expr]) -> int:
    value = form.xreplace({s: point[s.name] for s in form.free_symbols})
    return int(sp.sign(value)) if value.is_Rational else 2  # 2: undecided, dropped


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
