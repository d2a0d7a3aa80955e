"""``symact check`` and ``symact latex``: proof files and the handout.

Both check every claim with the same code (:func:`symact.claims.check_all`; a derivation link
by link) and share their exit codes: 0 every claim has its expected verdict and every written
step is right; 1 some claim is not as expected (another verdict, a wrong or an undecided
step), one line each on stderr naming file, line and key
(``f.toml:11: claim[0].derivation[0].steps[2]: step 1 -> 2 (x + x = 3*x) is wrong: …``);
2 bad input (a missing path, a folder without proof files, an invalid file, a failed pdflatex
run): one line, nothing written. ``latex`` writes the handout whenever it exits 0 or 1: each
verdict in it is the computed one, a wrong step marked with its counterexample (a teacher's
handout of student work), and exit 1 still stops a build. The default proofs are the
lecture's, shipped inside the package (:data:`symact.claims.PROOFS`): found from any working
directory. Both check the claims (and ``latex`` derives its records) in parallel: ``--workers N``
local processes (default: one per core; 1 checks in this process), or ``--scheduler ADDRESS``
for a Dask distributed cluster; the output is the same either way.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from ..budget import PROPERTY_FIELD
from ..claims import PROOFS, Claim, Result, check_many, load_paths
from ..errors import ProofFileError, SymactError
from ..handout import build_pdf, document, prepare, write_tex
from ..recognition import relations
from .options import add_family, add_parallel, chosen, parallel, seconds

DEFAULT_PROOFS = str(PROOFS)


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``check`` and ``latex`` to the ``symact`` command."""
    c = sub.add_parser("check", help="check every claim of the proof files")
    c.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders (default: the lecture's proofs, shipped with symact)")
    add_parallel(c)
    c.set_defaults(run=run_check)
    p = sub.add_parser("latex", help="the handout: activation sheets, table, proofs")
    p.add_argument("names", nargs="*", metavar="NAME", help="activations (default: catalog)")
    p.add_argument("-o", "--output", metavar="FILE.tex", help="write here (default stdout)")
    p.add_argument("--pdf", action="store_true", help="compile with pdflatex (needs -o)")
    p.add_argument("--lang", choices=("cs", "en"), default="en")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--proofs", default=DEFAULT_PROOFS, metavar="PATH",
                       help="proof files to check and include (default: the lecture's)")
    which.add_argument("--no-proofs", action="store_true",
                       help="leave the claims and proofs out")
    p.add_argument("--no-relations", action="store_true",
                   help="leave the relations between the functions out")
    p.add_argument("--budget", type=seconds, default=PROPERTY_FIELD,
                   help=f"seconds per property, as in show and table (default "
                        f"{PROPERTY_FIELD:g}); each claim keeps its own budget")
    add_family(p)
    add_parallel(p)
    p.set_defaults(run=run_latex)


def _progress(enabled: bool):
    def show(k: int, n: int, label: str) -> None:
        if enabled:
            print(f"\r[{k + 1}/{n}] {label[:50]:<50}", end="", file=sys.stderr, flush=True)
    return show


def _clear(enabled: bool) -> None:
    if enabled:
        print("\r" + " " * 60 + "\r", end="", file=sys.stderr)


def _claims(paths: Sequence[str]) -> list[Claim]:
    """Every claim under ``paths``; a folder without proof files is an error."""
    for path in paths:
        p = Path(path)
        if p.is_dir() and not any(p.glob("*.toml")):
            raise ProofFileError(str(p), None, "", "no proof files (*.toml) in this folder")
    return load_paths(paths)


def _report(results: Sequence[Result]) -> int:
    """Each problem on stderr, one line each; 1 when a claim is not as expected, else 0."""
    for r in results:
        for line in r.problems():
            print(f"symact: error: {line}", file=sys.stderr)
    return 0 if all(r.ok for r in results) else 1


def _load(paths: Sequence[str]) -> list[Claim] | None:
    """The claims, or None after one line on stderr for a bad path or file."""
    try:
        return _claims(paths)
    except ProofFileError as exc:
        print(f"symact: error: {exc}", file=sys.stderr)
        return None


def run_check(args: argparse.Namespace) -> int:
    """Handler of ``symact check``."""
    started = time.monotonic()
    claims = _load(args.paths or [DEFAULT_PROOFS])
    if claims is None:
        return 2
    tty = sys.stderr.isatty()
    show = _progress(tty)
    results = parallel(args, lambda: check_many(
        claims, lambda k, c: show(k, len(claims), c.id), workers=args.workers,
        scheduler=args.scheduler))
    _clear(tty)
    width = max(len(r.claim.id) for r in results)
    print(f"{'claim':<{width}}  {'verdict':<9}  {'expected':<9}  {'time':>7}")
    for r in results:
        print(f"{r.claim.id:<{width}}  {r.verdict:<9}  {r.claim.expect:<9}  "
              f"{r.seconds:6.2f}s{_mark(r)}")
    good = sum(r.ok for r in results)
    print(f"{good}/{len(results)} claims as expected in {time.monotonic() - started:.1f} s")
    return _report(results)


def _mark(r: Result) -> str:
    """Why a claim is not as expected, for its row of the table."""
    if r.ok:
        return ""
    if r.status != r.claim.expect:
        return "   <-- " + r.detail[:80]
    return "   <-- a written step is " + ("wrong" if r.errors else "not decided")


def _check_writable(path: Path) -> None:
    """The folder of ``path`` exists and takes new files, else one line (exit 2)."""
    folder = path.resolve().parent
    if not folder.is_dir():
        raise SymactError(f"cannot write {path}: no such directory {folder}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise SymactError(f"cannot write {path}: the directory {folder} is not writable")


def run_latex(args: argparse.Namespace) -> int:
    """Handler of ``symact latex``."""
    if args.pdf and not args.output:
        raise SymactError("--pdf needs -o FILE.tex")
    if args.output:
        if not args.output.endswith(".tex"):
            raise SymactError(f"-o expects a .tex file name, got {args.output!r}")
        _check_writable(Path(args.output))  # before minutes of work, not after
    claims: list[Claim] = []
    if not args.no_proofs:
        loaded = _load([args.proofs])
        if loaded is None:
            return 2
        claims = loaded
    tty = sys.stderr.isatty()
    names = [a.name for a in chosen(args, args.names)]
    results, records, signals = parallel(args, lambda: prepare(
        names, claims, budget=args.budget, workers=args.workers, scheduler=args.scheduler,
        progress=_progress(tty)))
    found = None if args.no_relations else parallel(args, lambda: relations(
        names, workers=args.workers, scheduler=args.scheduler))
    _clear(tty)
    text = document(records, results, args.lang, signals, found)
    if not args.output:
        sys.stdout.write(text)
    elif args.pdf:
        pdf, _ = build_pdf(text, Path(args.output))
        print(f"wrote {args.output} and {pdf}", file=sys.stderr)
    else:
        write_tex(text, Path(args.output))
        print(f"wrote {args.output}", file=sys.stderr)
    return _report(results)
