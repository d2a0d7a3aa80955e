"""Compute the stored mpmath references for tests/test_accuracy.py (run once; ~10 min).

For every scalar catalog activation, at the seeded stratified points of
``symact.numeric.accuracy.stratified_points`` (float64) and at the same points rounded to float32:
value and derivative of the *definition* as double-double (hi, lo), and the condition numbers
κ of value and derivative. Written to tests/data/reference.npz (compressed).

    python scripts/make_reference.py [--points N] [--jobs J]
"""

from __future__ import annotations

import argparse
import sys
import time
from multiprocessing import Pool
from pathlib import Path

import numpy as np

from symact.core.catalog import get, scalar
from symact.numeric.accuracy import reference, stratified_points

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "reference.npz"
SEED = 20260601


def point_sets(n: int) -> dict[str, np.ndarray]:
    x64 = stratified_points(n, seed=SEED)
    with np.errstate(all="ignore"):
        x32 = x64.astype(np.float32)
    finite = np.unique(x32[~np.isnan(x32)])
    x32 = np.concatenate([finite[finite != 0], np.float32([-0.0, 0.0, np.nan])])
    return {"float64": x64, "float32": x32.astype(np.float64)}


def one(args: tuple[str, int]) -> tuple[str, dict[str, np.ndarray]]:
    name, n = args
    t = time.time()
    out = {}
    for dt, xs in point_sets(n).items():
        r = reference(get(name), xs)
        for key in ("value_hi", "value_lo", "deriv_hi", "deriv_lo"):
            out[f"{name}/{dt}/{key}"] = getattr(r, key)
        for key in ("kappa", "kappa_deriv"):
            with np.errstate(over="ignore"):  # κ beyond float32 is stored as inf
                out[f"{name}/{dt}/{key}"] = getattr(r, key).astype(np.float32)
    print(f"{name}: {time.time() - t:.0f} s", file=sys.stderr, flush=True)
    return name, out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--points", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", nargs="*", metavar="NAME",
                    help="recompute these activations, keep the rest of the existing file")
    args = ap.parse_args()
    data: dict[str, np.ndarray] = {f"x/{k}": v for k, v in point_sets(args.points).items()}
    names = [a.name for a in scalar()]
    if args.only:
        old = np.load(OUT)
        if int(old["meta/points"]) != args.points:
            ap.error(f"--only needs --points {int(old['meta/points'])} (the stored set)")
        data.update({k: old[k] for k in old.files})
        names = [get(n).name for n in args.only]
    with Pool(args.jobs) as pool:
        for _, part in pool.imap_unordered(one, [(nm, args.points) for nm in names]):
            data.update(part)
    data["meta/points"] = np.array(args.points)
    data["meta/seed"] = np.array(SEED)
    np.savez_compressed(OUT, **data)
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
