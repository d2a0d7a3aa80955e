"""Prove every gradient entry of the tiny symbolic networks (2-2-1 and 2-3-2; sigmoid,
tanh, softplus): symact.nn's backprop against SymPy's derivative of the whole cost, with
the prover. Slow (seconds to minutes per entry), so it is not part of the timed suite.

    python benchmarks/prove_backprop.py [--budget 120]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_nn import symbolic_gradients

from symact.prover import prove


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--budget", type=float, default=120.0)
    args = ap.parse_args()
    total = Counter()
    for name in ("sigmoid", "tanh", "softplus"):
        for sizes in ((2, 2, 1), (2, 3, 2)):
            counts = Counter()
            start = time.perf_counter()
            for _, ours, theirs in symbolic_gradients(name, sizes):
                counts[prove(ours, theirs, budget=args.budget).status] += 1
            total.update(counts)
            label = "-".join(map(str, sizes))
            print(f"{name:9} {label}: {dict(counts)} in {time.perf_counter() - start:.0f} s",
                  flush=True)
    print(f"all entries: {dict(total)} (a 'disproved' would be a backprop bug)")


if __name__ == "__main__":
    main()
