"""``symact check`` and ``symact latex``: proof files and the handout.

Exit codes of ``check``: 0 every claim has its expected verdict (and every written step is
right), 1 some claim has another verdict, 2 a bad file (one line: file, line, key). ``latex``:
0 written, 2 bad input or a failed pdflatex run (the offending line named).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..claims import check_all, load_paths
from ..errors import ProofFileError, SymactError
from ..handout import build_pdf, collect, document, write_tex

DEFAULT_PROOFS = "proofs"


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``check`` and ``latex`` to the ``symact`` command."""
    c = sub.add_parser("check", help="check every claim of the proof files")
    c.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default proofs/)")
    c.set_defaults(run=run_check)
    p = sub.add_parser("latex", help="the handout: activation sheets, table, proofs")
    p.add_argument("names", nargs="*", metavar="NAME", help="activations (default: catalog)")
    p.add_argument("-o", "--output", metavar="FILE.tex", help="write here (default stdout)")
    p.add_argument("--pdf", action="store_true", help="compile with pdflatex (needs -o)")
    p.add_argument("--lang", choices=("cs", "en"), default="en")
    p.add_argument("--proofs", default=DEFAULT_PROOFS, metavar="PATH",
                   help="proof files to include (default proofs/)")
    p.set_defaults(run=run_latex)


def _progress(enabled: bool):
    def show(k: int, n: int, label: str) -> None:
        if enabled:
            print(f"\r[{k + 1}/{n}] {label[:50]:<50}", end="", file=sys.stderr, flush=True)
    return show


def _results(paths, show):
    claims = load_paths(paths)
    return check_all(claims, lambda k, c: show(k, len(claims), c.id))


def run_check(args: argparse.Namespace) -> int:
    """Handler of ``symact check``."""
    paths = args.paths or [DEFAULT_PROOFS]
    tty = sys.stderr.isatty()
    started = time.monotonic()
    try:
        results = _results(paths, _progress(tty))
    except ProofFileError as exc:
        if tty:
            print(file=sys.stderr)
        print(f"symact: error: {exc}", file=sys.stderr)
        return 2
    if tty:
        print("\r" + " " * 60 + "\r", end="", file=sys.stderr)
    width = max(len(r.claim.id) for r in results)
    print(f"{'claim':<{width}}  {'verdict':<9}  {'expected':<9}  {'time':>7}")
    for r in results:
        mark = "" if r.ok else "   <-- " + (r.detail[:80] if r.status != r.claim.expect
                                            else "derivation")
        print(f"{r.claim.id:<{width}}  {r.status:<9}  {r.claim.expect:<9}  "
              f"{r.seconds:6.2f}s{mark}")
    errors = [e for r in results for e in r.errors]
    bad = [r for r in results if not r.ok]
    print(f"{len(results) - len(bad)}/{len(results)} claims as expected in "
          f"{time.monotonic() - started:.1f} s")
    if errors:
        for e in errors:
            print(f"symact: error: {e}", file=sys.stderr)
        return 2
    return 1 if bad else 0


def run_latex(args: argparse.Namespace) -> int:
    """Handler of ``symact latex``."""
    if args.pdf and not args.output:
        raise SymactError("--pdf needs -o FILE.tex")
    tty = sys.stderr.isatty()
    show = _progress(tty)
    try:
        results = _results([args.proofs], show) if Path(args.proofs).exists() else []
    except ProofFileError as exc:
        print(f"symact: error: {exc}", file=sys.stderr)
        return 2
    records, signals = collect(args.names, progress=lambda n: show(0, 1, "properties: " + n))
    if tty:
        print("\r" + " " * 60 + "\r", end="", file=sys.stderr)
    text = document(records, results, args.lang, signals)
    if not args.output:
        sys.stdout.write(text)
        return 0
    out = Path(args.output)
    if args.pdf:
        pdf, _ = build_pdf(text, out)
        print(f"wrote {out} and {pdf}", file=sys.stderr)
    else:
        write_tex(text, out)
        print(f"wrote {out}", file=sys.stderr)
    return 0
