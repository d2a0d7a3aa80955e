"""Prover benchmark: the corpus through symact.prove and through three plain routes.

Prints, for true and for false claims, how many were proved / disproved / unknown, the median
and maximum time per claim, and the same counts for ``simplify(l - r) == 0``,
``(l - r).equals(0)`` and float64 sampling at 20 points, measured in the same run.
Goal: 0 false claims proved, >= 95 % of true claims proved, median < 0.5 s.

    python benchmarks/bench_prover.py [--budget 10] [--plain-budget 5] [--no-plain]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import sympy as sp

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from prover_corpus import FALSE, TRUE  # noqa: E402

from symact.budget import deadline  # noqa: E402
from symact.core import catalog  # noqa: E402
from symact.core.parsing import parse  # noqa: E402
from symact.errors import BudgetExceeded  # noqa: E402
from symact.prover.pipeline import prove  # noqa: E402


def _sides(claim):
    lhs, rhs = (catalog.expand(parse(s)) for s in (claim.lhs, claim.rhs))
    return lhs.replace(lambda e: isinstance(e, sp.Limit), lambda e: e.doit()), rhs


def route_simplify(claim) -> str:
    lhs, rhs = _sides(claim)
    return "proved" if sp.simplify(lhs - rhs) == 0 else "unknown"


def route_equals(claim) -> str:
    lhs, rhs = _sides(claim)
    answer = (lhs - rhs).equals(0)
    return {True: "proved", False: "disproved"}.get(answer, "unknown")


def route_float64(claim) -> str:
    lhs, rhs = _sides(claim)
    syms = sorted((lhs - rhs).free_symbols, key=lambda s: s.name)
    xs = np.linspace(-10, 10, 20)
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        f = sp.lambdify(syms, lhs - rhs, modules=["numpy", {"Heaviside": np.heaviside}])
        vals = np.asarray(f(*([xs] * len(syms))) if syms else f(), dtype=float)
    vals = np.broadcast_to(vals, xs.shape)
    ok = np.isfinite(vals)
    if not ok.any():
        return "unknown"
    return "proved" if np.all(np.abs(vals[ok]) < 1e-9) else "disproved"


def timed(fn, claim, budget):
    start = time.monotonic()
    try:
        with deadline(budget):
            status = fn(claim)
    except BudgetExceeded:
        status = "unknown"
    except Exception:
        status = "unknown"
    return status, time.monotonic() - start


def table(name, results):
    for kind in ("true", "false"):
        rows = [s for s, k, _ in results if k == kind]
        counts = {st: rows.count(st) for st in ("proved", "disproved", "unknown")}
        print(f"  {name:28s} {kind:5s} claims ({len(rows):3d}): proved {counts['proved']:3d}  "
              f"disproved {counts['disproved']:3d}  unknown {counts['unknown']:3d}")
    times = [t for *_, t in results]
    print(f"  {'':28s} time per claim: median {statistics.median(times):.3f} s, "
          f"max {max(times):.3f} s")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--budget", type=float, default=10.0)
    ap.add_argument("--plain-budget", type=float, default=5.0)
    ap.add_argument("--no-plain", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    claims = [(c, "true") for c in TRUE] + [(c, "false") for c in FALSE]
    results = []
    for claim, kind in claims:
        start = time.monotonic()
        v = prove(claim.lhs, claim.rhs, assume=claim.assume, budget=args.budget)
        results.append((v.status, kind, time.monotonic() - start))
        if args.verbose or (kind == "true") != (v.status == "proved"):
            print(f"    [{kind}] {v.status:9s} {results[-1][2]:6.2f}s  {claim.label}"
                  + (f"  -- {v.tried[-1]}" if v.tried and v.status == "unknown" else ""))
    print(f"corpus: {len(TRUE)} true, {len(FALSE)} false claims")
    table("symact.prove", results)
    wrong = sum(1 for s, k, _ in results if k == "false" and s == "proved")
    share = sum(1 for s, k, _ in results if k == "true" and s == "proved") / len(TRUE)
    print(f"  false claims proved: {wrong}   true claims proved: {100 * share:.1f} %")
    if not args.no_plain:
        for name, fn in (("simplify(l - r) == 0", route_simplify),
                         ("(l - r).equals(0)", route_equals),
                         ("float64 sampling, 20 points", route_float64)):
            rows = []
            for claim, kind in claims:
                status, seconds = timed(fn, claim, args.plain_budget)
                rows.append((status, kind, seconds))
            table(name, rows)
    return 1 if wrong else 0


if __name__ == "__main__":
    raise SystemExit(main())
