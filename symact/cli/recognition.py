"""``symact identify EXPR``: the catalog entries an expression is, each match proved.

Exit 0 when a match is proved, 1 when none is (the nearest entries are listed), 2 for bad
input.
"""

from __future__ import annotations

import argparse

from ..recognition import identify
from ..recognition.matching import IDENTIFY
from .options import seconds


def register(subparsers) -> None:
    """Add ``symact identify`` to an argparse subparsers object."""
    p = subparsers.add_parser("identify", help="which catalog entry is this expression, up to "
                              "a·g(b·x + c) + d (each match proved)")
    p.add_argument("expr", metavar="EXPR")
    p.add_argument("--json", action="store_true", help="the identification as JSON")
    p.add_argument("--budget", type=seconds, default=IDENTIFY,
                   help=f"seconds (default {IDENTIFY:g})")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Handler of ``symact identify``."""
    found = identify(args.expr, budget=args.budget)
    print(found.to_json() if args.json else found.to_text())
    return 0 if found.matches else 1
