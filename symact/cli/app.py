"""The ``symact`` command: a thin shell over the public functions.

Exit codes: 0 success; 2 bad input or usage (one line on stderr, no traceback); other
codes are documented per subcommand (``prove``: 1 disproved, 3 unknown; ``verify``: 1 invalid).

>>> main(["list"]) == 0  # doctest: +ELLIPSIS
sigmoid ...
True
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence

import sympy as sp

from .._version import __version__
from ..budget import PROPERTY_FIELD
from ..core import resolve
from ..derive import properties, record, records_of, show_text, table
from ..errors import ParameterError, SymactError
from ..handout import sheet
from . import demo, docs, grading, numeric, proving, recognition, signals
from .options import add_family, add_parallel, chosen, parallel, seconds

# The other subcommands, in the order `symact --help` lists them: each module has register(sub).
_COMMANDS = (proving, grading, recognition, numeric, signals, docs, demo)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2 (argparse prints the usage too)
        self.exit(2, f"symact: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="symact", description="Activation functions as verified "
                     "mathematics and verified numbers.")
    parser.add_argument("--version", action="version",
                        version=f"symact {__version__} (SymPy {sp.__version__}, Python "
                                f"{sys.version.split()[0]})")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("list", help="the catalog: names, aliases, definitions")
    add_family(p)
    p.set_defaults(run=_list)

    p = sub.add_parser("show", help="every derived property of one activation")
    p.add_argument("target", metavar="NAME_OR_EXPR")
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE")
    p.add_argument("--symbolic", action="append", default=[], metavar="NAME",
                   help="keep a parameter symbolic (under its assumptions)")
    p.add_argument("--json", action="store_true", help="the JSON record")
    p.add_argument("--format", choices=("text", "json", "latex"), default=None)
    p.add_argument("--lang", choices=("cs", "en"), default="en", help="labels of --format latex")
    p.add_argument("--budget", type=seconds, default=PROPERTY_FIELD,
                   help=f"seconds per property (default {PROPERTY_FIELD:g})")
    p.add_argument("--no-cache", action="store_true")
    p.set_defaults(run=_show)

    p = sub.add_parser("table", help="the property table of the whole catalog")
    p.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    p.add_argument("--budget", type=seconds, default=PROPERTY_FIELD,
                   help=f"seconds per property (default {PROPERTY_FIELD:g})")
    p.add_argument("--no-cache", action="store_true")
    add_family(p)
    add_parallel(p)
    p.set_defaults(run=_table)

    for module in _COMMANDS:
        module.register(sub)
    return parser


# RuntimeError: what SymPy may raise when a deadline's alarm interrupts it mid-update
_UNEXPECTED = (ValueError, TypeError, ArithmeticError, NotImplementedError, RuntimeError,
               MemoryError, AttributeError, KeyError, IndexError)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:  # a line at a time through a pipe too (symact check | tee log)
        sys.stdout.reconfigure(line_buffering=True)
    except (AttributeError, ValueError, OSError):
        pass
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        return args.run(args)
    except SymactError as exc:
        print(f"symact: error: {exc}", file=sys.stderr)
        return 2
    except _UNEXPECTED as exc:
        # an input no check anticipated: still one line (SYMACT_DEBUG=1 shows the traceback)
        if os.environ.get("SYMACT_DEBUG") == "1":
            raise
        what = " ".join(str(exc).split())[:200] or "no message"
        print(f"symact: error: {args.command} could not handle this input "
              f"({type(exc).__name__}: {what})", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # the reader stopped early (symact table | head): quiet, as for SIGPIPE; stdout goes
        # to /dev/null so the interpreter's final flush does not raise again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("symact: interrupted", file=sys.stderr)
        return 130


def _list(args: argparse.Namespace) -> int:
    for act in chosen(args):
        aliases = f" ({', '.join(act.aliases)})" if act.aliases else ""
        params = ", ".join(f"{p.name}={p.default}" for p in act.params)
        params = f" [{params}]" if params else ""
        print(f"{act.name}{aliases}{params}: {act.expr}")
    return 0


def _params(pairs: Sequence[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise ParameterError(f"--param expects NAME=VALUE, got {pair!r}")
        out[name.strip()] = value.strip()
    return out


def _show(args: argparse.Namespace) -> int:
    act = resolve(args.target)
    params = _params(args.param)
    if params:
        act = act.with_params(**params)
    for name in args.symbolic:
        act.param(name)
    if args.format == "latex":  # the handout's sheet as a fragment
        props = properties(act, symbolic=args.symbolic, budget=args.budget)
        print(sheet(props, args.lang, fit=False))
        return 0
    rec, how = record(act, symbolic=args.symbolic, budget=args.budget,
                      use_cache=not args.no_cache)
    if args.json or args.format == "json":
        print(json.dumps(rec, indent=2, ensure_ascii=False))
    else:
        print(show_text(rec, how))
    return 0


def _table(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    interactive = sys.stderr.isatty()
    acts = chosen(args)
    if interactive:
        print(f"deriving {len(acts)} activations ...", end="", file=sys.stderr, flush=True)
    # the uncached ones in worker processes (--workers, --scheduler), each killed past its limit
    records = [rec for rec, _ in parallel(args, lambda: records_of(
        acts, budget=args.budget, use_cache=not args.no_cache, workers=args.workers,
        scheduler=args.scheduler))]
    if interactive:
        print(f"\r{len(acts)} activations in {time.perf_counter() - started:.1f} s"
              + " " * 10, file=sys.stderr)
    print(table(records, args.format))
    return 0
