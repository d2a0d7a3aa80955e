"""``symact prove`` and ``symact check-steps``: thin shells over :mod:`symact.prover.pipeline`.

Exit codes: 0 proved / all steps ok, 1 disproved / a wrong step, 3 unknown, 2 bad input (one
line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..budget import PROVE
from ..errors import SymactError
from ..prover import check_steps, prove

EXIT = {"proved": 0, "ok": 0, "disproved": 1, "wrong": 1, "unknown": 3}
BAD_INPUT = 2


def register(subparsers) -> None:
    """Add the ``prove`` and ``check-steps`` subcommands to an argparse subparsers object."""
    p = subparsers.add_parser("prove", help="prove or disprove LHS = RHS")
    p.add_argument("lhs")
    p.add_argument("rhs")
    _common(p)
    p.set_defaults(run=run_prove)
    c = subparsers.add_parser("check-steps", help="check a derivation e0 = e1 = … step by step")
    c.add_argument("steps", nargs="*", metavar="STEP")
    c.add_argument("--file", type=Path, help="read the steps from a file, one per line")
    _common(c)
    c.set_defaults(run=run_check_steps)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--assume", default=None, help='e.g. "x real, 0 < a < 1"')
    p.add_argument("--budget", type=float, default=PROVE,
                   help=f"seconds (default {PROVE:g})")
    p.add_argument("--format", choices=("text", "latex", "json"), default="text")


def _emit(result, fmt: str) -> None:
    if fmt == "json":
        print(result.to_json())
    elif fmt == "latex":
        print("\\begin{align*}\n" + result.to_latex() + "\n\\end{align*}")
    else:
        print(result.to_text())


def _bad(message: str) -> int:
    print(f"symact: error: {message}", file=sys.stderr)
    return BAD_INPUT


def run_prove(args: argparse.Namespace) -> int:
    """Handler of ``symact prove``."""
    if not args.budget > 0:
        return _bad("--budget must be a positive number of seconds")
    try:
        verdict = prove(args.lhs, args.rhs, assume=args.assume, budget=args.budget)
    except (SymactError, ValueError) as exc:
        return _bad(str(exc))
    _emit(verdict, args.format)
    return EXIT[verdict.status]


def run_check_steps(args: argparse.Namespace) -> int:
    """Handler of ``symact check-steps``."""
    if not args.budget > 0:
        return _bad("--budget must be a positive number of seconds")
    steps = list(args.steps)
    if args.file is not None:
        if steps:
            return _bad("give the steps either as arguments or with --file, not both")
        try:
            text = args.file.read_text(encoding="utf-8")
        except OSError as exc:
            return _bad(f"cannot read {args.file}: {exc.strerror}")
        steps = [ln.strip() for ln in text.splitlines()
                 if ln.strip() and not ln.lstrip().startswith("#")]
    if len(steps) < 2:
        return _bad("check-steps needs at least two steps")
    try:
        report = check_steps(steps, assume=args.assume, budget=args.budget)
    except (SymactError, ValueError) as exc:
        return _bad(str(exc))
    _emit(report, args.format)
    return EXIT[report.status]
