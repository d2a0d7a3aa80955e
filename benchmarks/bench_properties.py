"""Derive every property of every catalog entry from a cold start, then the cached run, and
beside it the plain-SymPy route on the same activations (issue 2's benchmark).

    python benchmarks/bench_properties.py [--budget 5] [--plain-timeout 10]

Prints per-activation time, the total, the cached second run of ``symact table``, and for
the plain route (function_range, is_monotonic, limit at ±oo, is_convex, continuous_domain)
how many calls were right, wrong, raised or timed out, judged against symact's answers
(which tests/test_properties.py checks against hand derivations and mpmath).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

COLD = r"""
import json, sys, time
t0 = time.perf_counter()
from symact.core.catalog import CATALOG
from symact.derive.engine import properties
rows = []
for act in CATALOG:
    t = time.perf_counter()
    p = properties(act, budget={budget})
    d = p.to_dict()
    unknown = sorted(k for k, v in d.items() if isinstance(v, dict) and set(v) == {{"unknown"}})
    rows.append((act.name, time.perf_counter() - t, unknown))
print(json.dumps({{"rows": rows, "total": time.perf_counter() - t0}}))
"""


def cold(budget: float) -> dict:
    out = subprocess.run([sys.executable, "-c", COLD.format(budget=budget)], check=True,
                         capture_output=True, text=True, env={**os.environ,
                                                              "SYMACT_NO_CACHE": "1"})
    return json.loads(out.stdout)


def cached_table() -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "SYMACT_CACHE_DIR": tmp}
        times = []
        for _ in range(2):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "symact", "table"], check=True, env=env,
                           capture_output=True)
            times.append(time.perf_counter() - t)
    return times[0], times[1]


def _checks(f, x, ours, expected_range) -> dict:
    """The plain calls and how each is judged, bound to one activation."""
    import sympy as sp
    from sympy.calculus.singularities import is_monotonic
    from sympy.calculus.util import continuous_domain, function_range, is_convex

    mono = ours["monotonic"]
    return {
        "function_range": (lambda: function_range(f, x, sp.S.Reals),
                           lambda v: expected_range is not None and sp.N(v.inf) ==
                           sp.N(expected_range.inf) and sp.N(v.sup) == sp.N(
                               expected_range.sup)),
        "is_monotonic": (lambda: is_monotonic(f, sp.S.Reals),
                         lambda v: bool(v) == (mono in ("increasing", "nondecreasing"))),
        "limit -oo": (lambda: sp.limit(f, x, -sp.oo),
                      lambda v: str(v) == ours["limits"]["-oo"]),
        "limit +oo": (lambda: sp.limit(f, x, sp.oo),
                      lambda v: str(v) == ours["limits"]["+oo"]),
        "is_convex": (lambda: is_convex(f, x, domain=sp.S.Reals),
                      lambda v: bool(v) == (ours["convexity"] == "convex")),
        "continuous_domain": (lambda: continuous_domain(f, x, sp.S.Reals),
                              lambda v: (v == sp.S.Reals) == (ours["continuity"] != -1)),
    }


def plain_route(timeout: float) -> dict[str, dict[str, int]]:
    import sympy as sp

    from symact.budget import deadline
    from symact.core.catalog import scalar
    from symact.derive.engine import properties
    from symact.errors import BudgetExceeded

    counts: dict[str, dict[str, int]] = {}

    def tally(kind: str, outcome: str) -> None:
        counts.setdefault(kind, {"right": 0, "wrong": 0, "raised": 0, "timed out": 0})
        counts[kind][outcome] += 1

    for act in scalar():
        x = act.symbol
        f = act.bind()
        ours = properties(act).to_dict()
        r = ours["range"]
        expected_range = None if "unknown" in r else (
            sp.Interval(sp.S(r["lower"]), sp.S(r["upper"]), not r["lower_closed"],
                        not r["upper_closed"]) if "set" not in r else None)
        checks = _checks(f, x, ours, expected_range)
        for kind, (call, judge) in checks.items():
            try:
                with deadline(timeout):
                    value = call()
                tally(kind, "right" if judge(value) else "wrong")
            except BudgetExceeded:
                tally(kind, "timed out")
            except Exception:
                tally(kind, "raised")
    return counts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--budget", type=float, default=5.0)
    ap.add_argument("--plain-timeout", type=float, default=10.0)
    args = ap.parse_args()
    res = cold(args.budget)
    print(f"{'activation':14} {'seconds':>8}  unknown fields")
    for name, seconds, unknown in res["rows"]:
        print(f"{name:14} {seconds:8.2f}  {', '.join(unknown) or '-'}")
    n_unknown = sum(len(u) for _, _, u in res["rows"])
    print(f"\ncold start, whole catalog: {res['total']:.1f} s (goal < 30 s); "
          f"{n_unknown} unknown fields")
    first, second = cached_table()
    print(f"`symact table`: first run {first:.1f} s, second run from the cache {second:.2f} s "
          f"(goal < 2 s); ratio {first / second:.0f}x")
    print(f"\nplain SymPy route (timeout {args.plain_timeout:g} s per call):")
    counts = plain_route(args.plain_timeout)
    print(f"{'call':18} {'right':>6} {'wrong':>6} {'raised':>7} {'timed out':>10}")
    for kind, c in counts.items():
        print(f"{kind:18} {c['right']:6} {c['wrong']:6} {c['raised']:7} {c['timed out']:10}")


if __name__ == "__main__":
    main()
