"""Time the full signal-propagation table (all scalar catalog activations) from a cold start
(issue 7's benchmark; target under 60 s on this 2-core machine).

    python benchmarks/bench_signal.py [--no-fixed-point]

Prints per-activation time, how many of the five moments came out exact, the gains beside
PyTorch's calculate_gain, and the total; then the cost of the moments alone for comparison.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

COLD = r"""
import json, time
t0 = time.perf_counter()
from symact.core.catalog import scalar
from symact.cli.signals import report
from symact.propagation.expectations import moments
rows = []
for act in scalar():
    t = time.perf_counter()
    if {full}:
        r = report(act)
        exact = sum(m["exact"] for m in r["moments"].values())
        rows.append((act.name, time.perf_counter() - t, exact, r["gains"]["forward"][:10],
                     r["gains"]["torch"], "stable" if r["fixed_point"].get("stable") else "-"))
    else:
        m = moments(act)
        rows.append((act.name, time.perf_counter() - t, sum(m.exact.values()), "", None, ""))
print(json.dumps({{"rows": rows, "total": time.perf_counter() - t0}}))
"""


def run(full: bool) -> dict:
    out = subprocess.run([sys.executable, "-c", COLD.format(full=full)], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-fixed-point", action="store_true", help="moments only")
    args = ap.parse_args()
    full = run(not args.no_fixed_point)
    print(f"{'activation':14} {'seconds':>8} {'exact':>6} {'gain':>12} {'torch':>10}  fixed pt")
    for name, sec, exact, gain, torch, fp in full["rows"]:
        print(f"{name:14} {sec:8.2f} {exact:4}/5 {gain:>12} {torch or '-':>10}  {fp}")
    print(f"\nfull table, cold: {full['total']:.1f} s (goal < 60 s)")
    if not args.no_fixed_point:
        moments_only = run(False)
        print(f"moments only, cold: {moments_only['total']:.1f} s "
              f"(fixed points and gradient flow cost {full['total'] / moments_only['total']:.1f}x)")


if __name__ == "__main__":
    main()
