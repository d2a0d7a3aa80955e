"""Prove every gradient entry of the tiny symbolic networks (2-2-1 and 2-3-2): symact.nn.network's
backprop against SymPy's derivative of the whole cost, with the prover, and print the time
per entry. The suite proves sigmoid, tanh and softplus (tests/test_nn.py); this script also
takes other activations (those with kinks go through the prover's case analysis, slower).

    python benchmarks/prove_backprop.py [--budget 120] [--names sigmoid tanh softplus swish]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_nn import symbolic_gradients

from symact.prover.pipeline import prove


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--budget", type=float, default=120.0)
    ap.add_argument("--names", nargs="+", default=["sigmoid", "tanh", "softplus"])
    args = ap.parse_args()
    total = Counter()
    for name in args.names:
        for sizes in ((2, 2, 1), (2, 3, 2)):
            counts = Counter()
            start = time.perf_counter()
            entries = symbolic_gradients(name, sizes)
            slowest = 0.0
            for _, ours, theirs in entries:
                verdict = prove(ours, theirs, budget=args.budget)
                counts[verdict.status] += 1
                slowest = max(slowest, verdict.seconds)
            total.update(counts)
            label = "-".join(map(str, sizes))
            took = time.perf_counter() - start
            print(f"{name:10} {label}: {dict(counts)} in {took:.1f} s "
                  f"({took / len(entries):.2f} s per entry, slowest {slowest:.2f} s)", flush=True)
    print(f"all entries: {dict(total)} (a 'disproved' would be a backprop bug)")


if __name__ == "__main__":
    main()
