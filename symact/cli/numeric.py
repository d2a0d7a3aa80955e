"""``symact accuracy`` and ``symact export``: thin handlers over accuracy.py and export.py.

Bad input gives one line on stderr and exit code 2, never a traceback, never a partial file.

>>> import argparse
>>> p = argparse.ArgumentParser(); register(p.add_subparsers())
>>> p.parse_args(["export", "--target", "numpy", "relu"]).specs
['relu']
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from dataclasses import asdict

from ..budget import ACCURACY_POINT, deadline
from ..core import X, resolve, with_stable_forms
from ..errors import BudgetExceeded, SymactError
from ..files import write_atomic
from ..numeric import export_source, measure
from ..numeric.accuracy import BYTES_PER_POINT
from .options import seconds

BAD_INPUT = 2


def register(subparsers) -> None:
    """Add the ``accuracy`` and ``export`` subcommands (handlers: ``args.run(args) -> int``)."""
    p = subparsers.add_parser("accuracy", help="ULP errors of the evaluators against mpmath",
                              description=_ACCURACY_DOC,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("names", nargs="*", metavar="NAME_OR_EXPR",
                   help="catalog names or expressions in x, as for show (default: the "
                        "entries with an authored stable form)")
    p.add_argument("--dtype", choices=("float32", "float64"), default="float64")
    p.add_argument("--points", type=int, default=400,
                   help="size of the stratified set (mpmath is slow: ~0.1 s per point)")
    p.add_argument("--budget", type=seconds, default=None, metavar="SECONDS",
                   help=f"seconds per activation (default {ACCURACY_POINT:g} s per point); "
                   "one not measured in time is reported as unknown")
    p.add_argument("--json", action="store_true", help="one JSON record per activation "
                   "(figures, and the x where each maximum is reached: *_x keys, null when "
                   "every error is 0; an infinite figure is the string \"inf\")")
    p.set_defaults(run=run_accuracy)
    e = subparsers.add_parser("export", help="standalone source of value and derivative")
    e.add_argument("--target", choices=("numpy", "torch", "jax"), required=True)
    e.add_argument("-o", dest="output", metavar="FILE.py", help="write here (default stdout)")
    e.add_argument("specs", nargs="*", metavar="NAME_OR_EXPR",
                   help="catalog names or expressions in x (default: every activation with an "
                        "authored stable form)")
    e.set_defaults(run=run_export)


_ACCURACY_DOC = """\
ULP errors of the evaluators (value and derivative) against mpmath, on a stratified set of
inputs (uniform near 0, every binade out to 1e308, the overflow and underflow edges, next to
zeros and kinks, subnormals, ±0, ±inf, nan).

  ULP error  |computed - exact| / spacing(exact rounded to the dtype); nan or inf where
             the exact value is finite counts as infinite.
  κ          the condition number |x·g'(x)/g(x)| of g (the value f, or the derivative f'):
             an input rounded to float64 already moves g by about κ ULP, so no evaluation
             can do better there. Next to a zero of g (gelu' at x = -0.75) κ is huge and the
             plain ULP error with it; max/κ = max of error/max(1, κ) is the figure the goals
             bound (float64: value ≤ 1, derivative ≤ 2).
  at x       where that maximum is reached.
"""


def _bad(message: str) -> int:
    print(f"symact: error: {message}", file=sys.stderr)
    return BAD_INPUT


def run_accuracy(args: argparse.Namespace) -> int:
    """Print the max / 99.9th-percentile ULP errors of value and derivative per activation,
    each maximum with the x where it is reached."""
    if args.points < 10:
        return _bad(f"--points must be at least 10, got {args.points}")
    need, have = args.points * BYTES_PER_POINT, _available_memory()
    if have is not None and need > have // 2:
        return _bad(f"--points {args.points} needs about {need / 2**30:.1f} GiB, more than "
                    f"half of the {have / 2**30:.1f} GiB available (and mpmath takes ~0.1 s "
                    "per point): use fewer points")
    try:
        acts = [resolve(n) for n in args.names] if args.names else list(with_stable_forms())
        for act in acts:
            if act.kind != "scalar":
                raise SymactError(f"{act.name} is vector-valued; accuracy covers scalar "
                                  "activations")
            free = sorted(s.name for s in act.bind().free_symbols if s != X)
            if free:  # before any work (measure would compile the evaluator to find out)
                raise SymactError(f"{act.name}: give values for {', '.join(free)} (accuracy "
                                  "needs numbers)")
    except SymactError as exc:
        return _bad(str(exc))
    budget = args.budget or ACCURACY_POINT * args.points
    w = max(12, *(len(a.name) for a in acts))
    if not args.json:
        print("ULP error against mpmath; κ = |x·g'(x)/g(x)| is the condition number of the "
              "value\nor the derivative (see --help); max/κ is the figure the goals bound.")
        print(f"{'name':{w}s} {'dtype':8s} {'of':10s} {'max ULP':>9s} {'at x':>12s} "
              f"{'p99.9':>9s} {'max/κ':>8s} {'at x':>12s} {'nonfinite':>9s}")
    progress = sys.stderr.isatty() and not args.json
    for i, act in enumerate(acts, 1):
        if progress:
            print(f"\r{act.name} ({i}/{len(acts)}, {args.points} points)...", end="",
                  file=sys.stderr, flush=True)
        r = _measure_within(act, args.dtype, args.points, budget)
        if progress:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
        if r is None:
            late = f"not measured within {budget:g} s"
            print(json.dumps({"name": act.name, "dtype": args.dtype, "unknown": late})
                  if args.json else f"{act.name:{w}s} {args.dtype:8s} unknown: {late}")
            continue
        if args.json:
            print(json.dumps({k: _json_number(v) for k, v in asdict(r).items()}))
            continue
        for which, m, mx, p, sc, scx, nf in (
                ("value", r.value_max, r.value_max_x, r.value_p999, r.value_scaled_max,
                 r.value_scaled_max_x, r.value_nonfinite),
                ("derivative", r.deriv_max, r.deriv_max_x, r.deriv_p999, r.deriv_scaled_max,
                 r.deriv_scaled_max_x, r.deriv_nonfinite)):
            print(f"{r.name:{w}s} {r.dtype:8s} {which:10s} {m:9.3g} {_at(mx):>12s} {p:9.3g} "
                  f"{sc:8.3g} {_at(scx):>12s} {nf:9d}")
    return 0


def _measure_within(act, dtype: str, points: int, budget: float):
    """:func:`measure` under a deadline of ``budget`` s; None when it runs out (mpmath at
    x = 1e308 of exp(exp(x)) never finishes)."""
    try:
        with deadline(budget):
            return measure(act, dtype, points)
    except BudgetExceeded:
        return None


def _json_number(v: object) -> object:
    """Strict JSON: nan (nowhere to point at) is null, ±inf the strings "inf", "-inf"."""
    if isinstance(v, float) and not math.isfinite(v):
        return None if v != v else ("inf" if v > 0 else "-inf")
    return v


def _at(x: float) -> str:
    return "-" if x != x else f"{x:.6g}"


def _available_memory() -> int | None:
    """Bytes of memory available now (Linux), None where the system does not say."""
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def run_export(args: argparse.Namespace) -> int:
    """Write the module to ``-o`` atomically (a temporary file renamed), or to stdout."""
    try:
        source = export_source(args.specs or [a.name for a in with_stable_forms()], args.target)
    except SymactError as exc:
        return _bad(str(exc))
    if not args.output:
        sys.stdout.write(source)
        return 0
    if not args.output.endswith(".py"):
        return _bad(f"-o expects a .py file name, got {args.output!r}")
    target = os.path.abspath(args.output)
    folder = os.path.dirname(target)
    if not os.path.isdir(folder):
        return _bad(f"no such directory: {folder}")
    try:
        write_atomic(target, source)
    except OSError as exc:
        return _bad(f"cannot write {args.output}: {exc.strerror}")
    return 0
