"""The catalog's zoo: counts, the share of Unknown fields and ``symact table`` cold and warm.

Printed: entries per family, entries whose reference was checked against a page of the paper
(``source``; how many of them say in the text what the page did not show), every Unknown
field with its reason, the Unknown share over all fields (target <= 1 %), and the wall time of
``symact table --format json`` with an empty cache (cold, every entry derived in worker
processes) and again with the filled cache (warm); the named peer is the same table derived
in one process (``--workers 1``), measured in the same run.

Targets (issue 17): >= 100 entries with references; <= 1 % Unknown; cold <= 60 s, warm <= 2 s.

    python benchmarks/bench_zoo.py [--workers 2] [--no-serial] [--family F]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from symact.core import FAMILIES, family  # noqa: E402
from symact.core.catalog import CATALOG  # noqa: E402

META = {"name", "expression", "parameters"}


def unknowns(records: list[dict]) -> tuple[int, list[tuple[str, str, str]]]:
    """(number of fields, [(entry, field, reason)]): a field is a top-level key, or each end
    of a two-ended field (limits), or each item of a list."""
    total, out = 0, []

    def walk(v, path: str, name: str) -> None:
        nonlocal total
        if isinstance(v, dict) and "unknown" in v and len(v) <= 2:
            total += 1
            out.append((name, path, str(v["unknown"])))
        elif isinstance(v, dict) and v and path.split(".")[-1] in ("limits", "derivative_limits",
                                                                   "saturates"):
            for k, w in v.items():
                walk(w, f"{path}.{k}", name)
        else:
            total += 1

    for r in records:
        for k, v in r.items():
            if k not in META:
                walk(v, k, r["name"])
    return total, out


def table(cache: str, workers: int, fam: str | None) -> tuple[float, list[dict]]:
    env = {**os.environ, "SYMACT_CACHE_DIR": cache}
    argv = [sys.executable, "-m", "symact", "table", "--format", "json", "--workers",
            str(workers), *(["--family", fam] if fam else [])]
    t = time.perf_counter()
    out = subprocess.run(argv, env=env, capture_output=True, text=True, check=True).stdout
    return time.perf_counter() - t, json.loads(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--no-serial", action="store_true", help="skip the one-process peer")
    ap.add_argument("--family", choices=FAMILIES)
    args = ap.parse_args(argv)
    acts = family(args.family) if args.family else list(CATALOG)
    print(f"entries: {len(acts)}")
    for f in FAMILIES:
        print(f"  {f:<12} {sum(a.family == f for a in acts)}")
    print(f"references checked against a page of the paper: {sum(bool(a.source) for a in acts)}")
    caveat = re.compile(r"not seen|not found|no paper|no activation paper|not checked")
    print(f"  of which say in the text what was not seen: "
          f"{sum(bool(a.source) and bool(caveat.search(a.reference)) for a in acts)}; "
          f"without a page: {[a.name for a in acts if not a.source]}")
    with tempfile.TemporaryDirectory() as tmp:
        cold, records = table(str(Path(tmp) / "par"), args.workers, args.family)
        warm, again = table(str(Path(tmp) / "par"), args.workers, args.family)
        serial = None if args.no_serial else table(str(Path(tmp) / "one"), 1, args.family)[0]
    total, unk = unknowns(records)
    by_field = collections.Counter(p.split(".")[0] for _, p, _ in unk)
    for name, path, why in unk:
        print(f"  unknown  {name:<20} {path:<30} {why[:110]}")
    print(f"unknown fields: {len(unk)} of {total} ({100 * len(unk) / total:.2f} %); "
          f"by field: {dict(by_field.most_common())}")
    print(f"entries with an Unknown: {len({n for n, _, _ in unk})}")
    print(f"table cold: {cold:.1f} s with {args.workers} workers (target <= 60 s); "
          f"warm: {warm:.2f} s (target <= 2 s)")
    if serial is not None:
        print(f"peer, one process cold: {serial:.1f} s; parallel speed-up {serial / cold:.2f}x")
    timed_out = sum("timed out" in why for _, _, why in unk)
    print(f"fields timed out: {timed_out} (cached with their budget, like every record)")
    return 0 if records == again else 1


if __name__ == "__main__":
    raise SystemExit(main())
