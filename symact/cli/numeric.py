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
import os
import sys
from dataclasses import asdict

from ..core import get, scalar
from ..errors import SymactError
from ..files import write_atomic
from ..numeric import export_source, measure

BAD_INPUT = 2


def register(subparsers) -> None:
    """Add the ``accuracy`` and ``export`` subcommands (handlers: ``args.run(args) -> int``)."""
    p = subparsers.add_parser("accuracy", help="ULP errors of the evaluators against mpmath")
    p.add_argument("names", nargs="*", metavar="NAMES", help="catalog names (default: all)")
    p.add_argument("--dtype", choices=("float32", "float64"), default="float64")
    p.add_argument("--points", type=int, default=400,
                   help="size of the stratified set (mpmath is slow: ~0.1 s per point)")
    p.add_argument("--json", action="store_true", help="one JSON record per activation")
    p.set_defaults(run=run_accuracy)
    e = subparsers.add_parser("export", help="standalone source of value and derivative")
    e.add_argument("--target", choices=("numpy", "torch", "jax"), required=True)
    e.add_argument("-o", dest="output", metavar="FILE.py", help="write here (default stdout)")
    e.add_argument("specs", nargs="*", metavar="NAME_OR_EXPR",
                   help="catalog names or expressions in x (default: every scalar activation)")
    e.set_defaults(run=run_export)


def _bad(message: str) -> int:
    print(f"symact: error: {message}", file=sys.stderr)
    return BAD_INPUT


def run_accuracy(args: argparse.Namespace) -> int:
    """Print max / 99.9th-percentile ULP errors of value and derivative per activation."""
    if args.points < 10:
        return _bad(f"--points must be at least 10, got {args.points}")
    try:
        acts = [get(n) for n in args.names] if args.names else list(scalar())
    except SymactError as exc:
        return _bad(str(exc))
    vector = [a.name for a in acts if a.kind != "scalar"]
    if vector:
        return _bad(f"{vector[0]} is vector-valued; accuracy covers scalar activations")
    if not args.json:
        print(f"{'name':12s} {'dtype':8s} {'value max':>10s} {'p99.9':>8s} {'max/κ':>8s} "
              f"{'deriv max':>10s} {'p99.9':>8s} {'max/κ':>8s} {'nonfinite':>9s}")
    for act in acts:
        r = measure(act, args.dtype, args.points)
        if args.json:
            print(json.dumps(asdict(r)))
        else:
            print(f"{r.name:12s} {r.dtype:8s} {r.value_max:10.3g} {r.value_p999:8.3g} "
                  f"{r.value_scaled_max:8.3g} {r.deriv_max:10.3g} {r.deriv_p999:8.3g} "
                  f"{r.deriv_scaled_max:8.3g} {r.value_nonfinite + r.deriv_nonfinite:9d}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the module to ``-o`` atomically (a temporary file renamed), or to stdout."""
    try:
        source = export_source(args.specs or [a.name for a in scalar()], args.target)
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
