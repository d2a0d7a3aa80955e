"""``symact identify EXPR``: the catalog entries an expression is, each match proved;
``symact relations``: how the catalog entries are related (affine changes, derivatives,
parameter limits).

identify exits 0 when a match is proved, 1 when none is (the nearest entries are listed);
relations exits 0; both 2 for bad input.
"""

from __future__ import annotations

import argparse
import sys
import time

from ..budget import RELATE
from ..recognition import identify, relations
from ..recognition.matching import IDENTIFY
from ..recognition.relation import FORMATS
from ..workers import Outcome
from .options import add_family, add_parallel, chosen, parallel, seconds


def register(subparsers) -> None:
    """Add ``symact identify`` to an argparse subparsers object."""
    p = subparsers.add_parser("identify", help="which catalog entry is this expression, up to "
                              "a·g(b·x + c) + d (each match proved)")
    p.add_argument("expr", metavar="EXPR")
    p.add_argument("--json", action="store_true", help="the identification as JSON")
    p.add_argument("--budget", type=seconds, default=IDENTIFY,
                   help=f"seconds (default {IDENTIFY:g})")
    p.set_defaults(run=run)

    p = subparsers.add_parser("relations", help="the catalog entries related by an affine "
                              "change, a derivative or a parameter limit (each proved)")
    p.add_argument("names", nargs="*", metavar="NAME",
                   help="only the relations among these entries (default: the catalog)")
    p.add_argument("--format", choices=FORMATS, default="text")
    p.add_argument("--lang", choices=("cs", "en"), default="en",
                   help="headings of --format latex")
    p.add_argument("--budget", type=seconds, default=RELATE,
                   help=f"seconds per source entry and kind of relation (default {RELATE:g})")
    p.add_argument("--no-cache", action="store_true")
    add_family(p)
    add_parallel(p)
    p.set_defaults(run=run_relations)


def run(args: argparse.Namespace) -> int:
    """Handler of ``symact identify``."""
    found = identify(args.expr, budget=args.budget)
    print(found.to_json() if args.json else found.to_text())
    return 0 if found.matches else 1


def run_relations(args: argparse.Namespace) -> int:
    """Handler of ``symact relations``."""
    started = time.monotonic()
    names = [a.name for a in chosen(args, args.names)]
    tty = sys.stderr.isatty()
    done = [0]

    def show(o: Outcome) -> None:
        done[0] += 1
        if tty:
            print(f"\r{done[0]} tasks done ({o.key[:40]})" + " " * 20, end="",
                  file=sys.stderr, flush=True)
    found = parallel(args, lambda: relations(
        names, budget=args.budget, workers=args.workers, scheduler=args.scheduler,
        use_cache=not args.no_cache, on_done=show))
    if tty:
        print(f"\r{len(names)} entries in {time.monotonic() - started:.1f} s" + " " * 40,
              file=sys.stderr)
    print(found.render(args.format, args.lang))
    return 0
