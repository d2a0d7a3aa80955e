"""The relations map (issue 17): its size, ``symact relations`` cold and warm, and what the
shape pre-screen saves.

Printed: relations per kind (and the implied ones), what was not settled, the wall time of
``symact relations --format json`` over the whole catalog with an empty cache (cold, tasks in
worker processes) and again with the filled cache (warm). The named peer is the same map over
a sample of entries with the pre-screen switched off (every pair fitted), measured in the same
run: the ratio is the screen's saving, and the two maps must be equal (the screen may only
save time, never lose a relation on that sample).

    python benchmarks/bench_relations.py [--workers 2] [--sample 30] [--no-peer]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from symact.core import CATALOG  # noqa: E402


def run_cli(args: list[str], cache: str) -> tuple[float, dict]:
    env = {**os.environ, "SYMACT_CACHE_DIR": cache}
    env.pop("SYMACT_NO_CACHE", None)
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "symact", "relations", "--format", "json",
                          *args], env=env, capture_output=True, text=True, check=True).stdout
    return time.perf_counter() - start, json.loads(out)


def statements(data: dict) -> set[str]:
    return {r["statement"] for r in data["relations"]}


def peer(names: list[str], workers: int) -> tuple[float, float, bool]:
    """(seconds with the screen, seconds without, equal maps) over ``names``, no cache."""
    from symact.recognition import relating, relations

    os.environ["SYMACT_NO_CACHE"] = "1"
    start = time.perf_counter()
    screened = relations(names, workers=workers)
    with_screen = time.perf_counter() - start
    relating.SCREEN = False  # every pair (the limit tasks are told so too)
    try:
        start = time.perf_counter()
        everything = relations(names, workers=workers)
        without = time.perf_counter() - start
    finally:
        relating.SCREEN = True
    same = ({r.statement() for r in screened.relations}
            == {r.statement() for r in everything.relations})
    return with_screen, without, same


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--sample", type=int, default=30, help="entries of the peer run")
    ap.add_argument("--no-peer", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        cold, data = run_cli(["--workers", str(args.workers)], cache)
        warm, again = run_cli(["--workers", str(args.workers)], cache)
    assert statements(again) == statements(data), "the warm map differs from the cold one"
    kinds = collections.Counter(r["kind"] for r in data["relations"])
    print(f"entries: {len(data['entries'])}")
    print(f"relations: {len(data['relations'])} ({dict(kinds)}), of which "
          f"{data['implied']} implied (a listed derivative or limit written through another "
          f"entry)")
    pairs = {frozenset((r["source"], r["target"])) for r in data["relations"]}
    print(f"related pairs of entries: {len(pairs)}")
    print(f"not settled: {len(data['tried'])}")
    for t in data["tried"]:
        print(f"  {t}")
    print(f"symact relations, whole catalog: cold {cold:.1f} s ({args.workers} workers), "
          f"warm {warm:.2f} s")
    if not args.no_peer:
        names = [a.name for a in CATALOG if a.kind == "scalar"][:args.sample]
        screened, everything, same = peer(names, args.workers)
        print(f"peer, the first {len(names)} entries: screened {screened:.1f} s, every pair "
              f"{everything:.1f} s, ratio {everything / screened:.2f}x; maps equal: {same}")


if __name__ == "__main__":
    main()
