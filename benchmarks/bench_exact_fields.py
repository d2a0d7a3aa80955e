"""Fields labelled exact, checked at 50 digits on generated custom expressions (issue 13).

    python benchmarks/bench_exact_fields.py [--n 200] [--seed 13] [--budget 10] [--workers 2]

Generates custom activations (products and powers of catalog functions, tiny features near 0
like ``x*sigmoid(x)^k``, far bumps, periodic and periodic-plus-linear terms, functions with
a domain smaller than R), derives their properties in worker processes that are killed past
``4 × budget``, and checks them against mpmath at 50 digits on ~3300 points at every scale
(1e-30 … 1e300, both signs) that lie in the domain: a contradiction is a sample below the
lower end or above the upper end of a range marked exact, "takes both signs: no" with
samples of both signs, "increasing" with a sampled decrease, or a sampled |f'| above the
Lipschitz constant (on [-10, 10]). Prints the counts (exact / numeric / unknown ranges,
contradictions) and the time per expression.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing as mp
import random
import time

import mpmath
import sympy as sp

from symact import properties
from symact.core import definitions, expand, resolve

CATALOG_PARTS = ["sigmoid(x)", "tanh(x)", "softplus(x)", "erf(x)", "exp(-x**2)",
                 "atan(x)", "x/(1 + Abs(x))", "log(1 + exp(x))"]


def generate(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    shapes = [
        lambda: f"x*sigmoid(x)**{rng.choice([2, 7, 40, 400])}",
        lambda: f"x*{rng.choice(CATALOG_PARTS)}",
        lambda: f"{rng.choice(CATALOG_PARTS)}*{rng.choice(CATALOG_PARTS)}",
        lambda: f"({rng.choice(CATALOG_PARTS)})**{rng.choice([2, 3])}",
        lambda: f"{rng.choice(CATALOG_PARTS)} + exp(-(x - {rng.choice([3, 50, 2000])})**2)",
        lambda: f"x**{rng.choice([2, 3, 4, 21, 200])}*exp(-x**2/{rng.choice([1, 8, 100])})",
        lambda: f"tanh(x) + exp(-10**{rng.choice([4, 8, 10])}*(x - {rng.choice([1, 3])})**2)",
        lambda: f"x + sin(x)/{rng.choice([2, 3, 5])}",
        lambda: f"{rng.choice(CATALOG_PARTS)} - {rng.choice([1, 2, 3])}*x/{rng.choice([7, 9])}",
        lambda: f"sin({rng.choice([1, 3, 2222])}*x/{rng.choice([1, 7, 100])})",
        lambda: f"x + sin({rng.choice([1, 2, 5])}*x)**2/{rng.choice([1, 2, 5])}",
        lambda: f"sin(x) + cos({rng.choice([2, 3])}*x)/{rng.choice([1, 2, 4])}",
        lambda: f"{rng.choice(CATALOG_PARTS)}*sin(x)",
        lambda: f"sqrt(x)*{rng.choice(CATALOG_PARTS)}",
        lambda: f"log(1 + x)*{rng.choice(CATALOG_PARTS)}",
        lambda: f"{rng.choice(CATALOG_PARTS)}/x",
    ]
    while len(out) < n:
        e = rng.choice(shapes)()
        if e not in out:
            out.append(e)
    return out


def _derive(expr: str, budget: float, queue: mp.Queue) -> None:
    t = time.perf_counter()
    d = properties(expr, budget=budget).to_dict()
    queue.put({"range": d.get("range"), "takes_both_signs": d.get("takes_both_signs"),
               "monotonic": d.get("monotonic"), "lipschitz": d.get("lipschitz"),
               "seconds": time.perf_counter() - t})


def derive(expr: str, budget: float) -> dict | None:
    """properties(expr) in a worker process killed after 4 × budget."""
    q: mp.Queue = mp.Queue()
    p = mp.Process(target=_derive, args=(expr, budget, q))
    p.start()
    p.join(4 * budget)
    if p.is_alive():
        p.kill()
        p.join()
        return None
    return q.get() if not q.empty() else None


def points() -> list[mpmath.mpf]:
    out = [mpmath.mpf(0)]
    for k in range(-30, 301, 1):
        for m in ("1", "2.5", "6"):
            v = mpmath.mpf(m) * mpmath.mpf(10) ** k
            out += [v, -v]
    out += [mpmath.mpf(i) / 64 for i in range(-640, 641)]
    return out


def check(expr: str, rec: dict, pts: list[mpmath.mpf]) -> list[str]:
    """Contradictions between the record's exact range and 50-digit samples."""
    r = rec["range"]
    act = resolve(expr)
    if not isinstance(r, dict) or not r.get("exact"):
        return _shape_checks(act, rec)
    fx = sp.lambdify(act.symbol, expand(definitions(act.expr)), "mpmath")
    lo, hi = (sp.sympify(r["lower"]), sp.sympify(r["upper"]))
    tol = mpmath.mpf(10) ** -30
    bad = []
    with mpmath.workdps(50):
        lo_v = None if lo == -sp.oo else mpmath.mpf(sp.N(lo, 60))
        hi_v = None if hi == sp.oo else mpmath.mpf(sp.N(hi, 60))
        signs = set()
        for t in pts:
            try:
                v = fx(t)
            except (ValueError, ZeroDivisionError, OverflowError):
                continue
            if not isinstance(v, mpmath.mpf) or not mpmath.isfinite(v):
                continue
            signs.add(mpmath.sign(v))
            if lo_v is not None and v < lo_v - tol * (1 + abs(lo_v)):
                bad.append(f"f({mpmath.nstr(t, 8)}) = {mpmath.nstr(v, 8)} below {r['lower']}")
                break
            if hi_v is not None and v > hi_v + tol * (1 + abs(hi_v)):
                bad.append(f"f({mpmath.nstr(t, 8)}) = {mpmath.nstr(v, 8)} above {r['upper']}")
                break
        if rec.get("takes_both_signs") is False and {1, -1} <= signs:
            bad.append("takes both signs: no, but samples of both signs")
    return bad + _shape_checks(act, rec)


def _shape_checks(act, rec: dict) -> list[str]:
    """"increasing" against a sampled decrease; the Lipschitz constant against sampled |f'|,
    both on a 1/64 grid of [-10, 10] inside the domain."""
    x = act.symbol
    e = expand(definitions(act.expr))
    fx = sp.lambdify(x, e, "mpmath")
    dfx = sp.lambdify(x, sp.diff(e, x), "mpmath")
    bad = []
    with mpmath.workdps(50):
        grid = [mpmath.mpf(i) / 64 for i in range(-640, 641)]
        vals = []
        for t in grid:
            try:
                v, d = fx(t), dfx(t)
            except (ValueError, ZeroDivisionError, OverflowError):
                vals.append(None)
                continue
            ok = isinstance(v, mpmath.mpf) and mpmath.isfinite(v)
            vals.append((v, d) if ok and isinstance(d, mpmath.mpf) else None)
        if rec.get("monotonic") == "increasing":
            for a, b in itertools.pairwise(vals):
                if a is not None and b is not None and b[0] <= a[0]:
                    bad.append(f"increasing, but f falls from {mpmath.nstr(a[0], 8)}")
                    break
        lip = rec.get("lipschitz")
        if isinstance(lip, str) and lip != "oo":
            bound = mpmath.mpf(sp.N(sp.sympify(lip), 60))
            worst = max((abs(v[1]) for v in vals if v is not None and mpmath.isfinite(v[1])),
                        default=mpmath.mpf(0))
            # a numeric constant is given to 30 digits: compare at 1e-25, not at its last digit
            if worst > bound * (1 + mpmath.mpf(10) ** -25):
                bad.append(f"Lipschitz {lip}, but |f'| reaches {mpmath.nstr(worst, 8)}")
    return bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--budget", type=float, default=10.0)
    args = ap.parse_args()
    exprs = generate(args.n, args.seed)
    pts = points()
    counts = {"exact": 0, "numeric": 0, "unknown": 0, "killed": 0, "contradicted": 0}
    seconds = []
    for e in exprs:
        rec = derive(e, args.budget)
        if rec is None:
            counts["killed"] += 1
            continue
        seconds.append(rec["seconds"])
        r = rec["range"]
        kind = ("unknown" if not isinstance(r, dict) or "unknown" in r
                else "exact" if r.get("exact") else "numeric")
        counts[kind] += 1
        bad = check(e, rec, pts)
        if bad:
            counts["contradicted"] += 1
            print(f"CONTRADICTED {e}: {bad[0]}")
    seconds.sort()
    print(json.dumps(counts))
    if seconds:
        print(f"median {seconds[len(seconds) // 2]:.2f} s, max {seconds[-1]:.2f} s per expression")


if __name__ == "__main__":
    main()
