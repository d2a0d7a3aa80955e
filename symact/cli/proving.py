"""``symact prove``, ``symact check-steps`` and ``symact verify``: thin shells over
:mod:`symact.prover.pipeline` and the certificate checker :mod:`symact.trust.replay`.

Exit codes: 0 proved / all steps ok / certificate valid, 1 disproved / a wrong step /
certificate invalid (the reason on one line), 3 unknown, 2 bad input or an unreadable
certificate (one line on stderr, never a traceback). ``prove --certificate FILE.json`` writes
the evidence of a proved or disproved verdict (nothing for unknown).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..budget import PROVE
from ..errors import SymactError
from ..files import write_atomic
from ..prover import check_steps, prove
from ..trust import CertificateError, verify_certificate
from .options import seconds

EXIT = {"proved": 0, "ok": 0, "disproved": 1, "wrong": 1, "unknown": 3}
BAD_INPUT = 2


def register(subparsers) -> None:
    """Add the ``prove`` and ``check-steps`` subcommands to an argparse subparsers object."""
    p = subparsers.add_parser("prove", help="prove or disprove LHS = RHS")
    p.add_argument("lhs")
    p.add_argument("rhs")
    _common(p)
    p.add_argument("--certificate", type=Path, metavar="FILE.json",
                   help="write the evidence of a proved or disproved verdict")
    p.set_defaults(run=run_prove)
    c = subparsers.add_parser("check-steps", help="check a derivation e0 = e1 = … step by step")
    c.add_argument("steps", nargs="*", metavar="STEP")
    c.add_argument("--file", type=Path, help="read the steps from a file, one per line")
    _common(c)
    c.set_defaults(run=run_check_steps)
    v = subparsers.add_parser("verify", help="re-check a certificate without the prover")
    v.add_argument("file", type=Path, metavar="FILE.json")
    v.set_defaults(run=run_verify)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--assume", default=None, help='e.g. "x real, 0 < a < 1"')
    p.add_argument("--budget", type=seconds, default=PROVE,
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
    try:
        verdict = prove(args.lhs, args.rhs, assume=args.assume, budget=args.budget)
    except (SymactError, ValueError) as exc:
        return _bad(str(exc))
    _emit(verdict, args.format)
    if args.certificate is not None:
        if verdict.status not in ("proved", "disproved"):
            print(f"symact: no certificate written to {args.certificate}: the verdict is "
                  f"{verdict.status}", file=sys.stderr)
        else:
            text = json.dumps(verdict.certificate(), indent=2, ensure_ascii=False) + "\n"
            try:
                write_atomic(args.certificate, text)
            except OSError as exc:
                return _bad(f"cannot write {args.certificate}: {exc.strerror}")
    return EXIT[verdict.status]


def run_check_steps(args: argparse.Namespace) -> int:
    """Handler of ``symact check-steps``."""
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


def run_verify(args: argparse.Namespace) -> int:
    """Handler of ``symact verify``: 0 valid, 1 invalid (the reason), 2 unreadable."""
    try:
        check = verify_certificate(args.file)
    except CertificateError as exc:
        return _bad(str(exc))
    reason = " ".join(check.reason.split())  # one line
    print(f"{'valid' if check.valid else 'invalid'}: {reason}")
    return 0 if check.valid else 1
