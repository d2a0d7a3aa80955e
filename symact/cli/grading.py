"""``symact grade EXERCISE.toml SUBMISSIONS…``: a class's derivations graded in parallel.

Exit 0 when every submission was graded (whatever the grades), 2 for bad input (the exercise
file, a submission path, an output folder that cannot be written, an unreachable scheduler).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from ..budget import CHECK_STEPS
from ..errors import SubmissionError
from ..grading import find_submissions, grade_all, read_exercise, read_submission, write_outputs
from ..grading.batch import progress_bar
from ..grading.marking import STATUSES
from ..workers import MEMORY_MB
from .options import add_parallel, count, parallel, seconds


def register(subparsers) -> None:
    """Add ``symact grade`` to an argparse subparsers object."""
    g = subparsers.add_parser("grade", help="grade every student's derivation of an exercise")
    g.add_argument("exercise", type=Path, metavar="EXERCISE.toml")
    g.add_argument("submissions", nargs="+", metavar="SUBMISSIONS",
                   help="folders, files or glob patterns; a file's stem is the student id")
    g.add_argument("--out", type=Path, default=None, metavar="DIR",
                   help="where gradebook.csv, report.html and feedback/ go (default: grades; "
                        "with --json, only when given)")
    g.add_argument("--lang", choices=("cs", "en"), default="en", help="language of feedback")
    add_parallel(g)
    g.add_argument("--budget", type=seconds, default=CHECK_STEPS,
                   help=f"seconds per submission (default {CHECK_STEPS:g}); a worker still "
                        "running past it plus a margin is killed")
    g.add_argument("--memory", type=count, default=MEMORY_MB, metavar="MB",
                   help=f"memory per submission beyond the worker's own (default {MEMORY_MB})")
    g.add_argument("--json", action="store_true", help="print the gradebook records as JSON")
    g.set_defaults(run=run_grade)


def _bad(message: str) -> int:
    print(f"symact: error: {message}", file=sys.stderr)
    return 2


def run_grade(args: argparse.Namespace) -> int:
    """Handler of ``symact grade``."""
    exercise = read_exercise(args.exercise)
    paths = find_submissions(args.submissions)
    out = args.out or (None if args.json else Path("grades"))  # --json writes only if asked
    if out is not None and out.exists() and not out.is_dir():
        return _bad(f"--out {out}: exists and is not a folder")
    subs = []
    for p in paths:
        try:
            subs.append(read_submission(p))
        except OSError as exc:
            raise SubmissionError(f"{p}: cannot be read ({exc.strerror})") from None
    start = time.monotonic()
    grades = parallel(args, lambda: grade_all(
        exercise, subs, budget=args.budget, workers=args.workers, scheduler=args.scheduler,
        memory_mb=args.memory, progress=progress_bar()))
    took = time.monotonic() - start
    if out is not None:
        try:
            write_outputs(out, grades, exercise, args.lang, args.budget)
        except OSError as exc:
            return _bad(f"--out {out}: cannot write ({exc.strerror or exc})")
    if args.json:
        print(json.dumps([g.row() for g in grades], ensure_ascii=False, indent=2))
        return 0
    counts = Counter(g.status for g in grades)
    shown = ", ".join(f"{counts[s]} {s}" for s in STATUSES if counts[s])
    print(f"graded {len(grades)} submissions in {took:.1f} s: {shown}")
    print(f"wrote {out / 'gradebook.csv'}, {out / 'report.html'} and {out / 'feedback'}/ "
          f"({len(grades)} files)")
    return 0
