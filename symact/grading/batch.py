"""A class graded in parallel: each submission a task of :mod:`symact.workers`, on local
processes or a Dask cluster, killed from outside at its budget plus :data:`MARGIN`.

A killed submission is ``timeout`` (a memory overrun too, with its reason); the others are
whatever :func:`.grade.grade` said, the same from every backend.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from ..budget import CHECK_STEPS
from ..workers import MEMORY_MB, Outcome, run
from .exercise import Exercise
from .marking import Grade
from .submission import Submission

MARGIN = 3.0  # seconds past the budget before a worker is killed
TARGET = "symact.grading.marking:grade"


def grade_all(exercise: Exercise, subs: Sequence[Submission], *, budget: float = CHECK_STEPS,
              workers: int | None = None, scheduler: str | None = None,
              memory_mb: int | None = MEMORY_MB,
              progress: Callable[[int, int], None] | None = None) -> list[Grade]:
    """Every submission graded, in the order given."""
    tasks = [(s.student, (exercise, s, budget)) for s in subs]
    done = [0]

    def tick(_: Outcome) -> None:
        done[0] += 1
        if progress:
            progress(done[0], len(tasks))

    outcomes = run(TARGET, tasks, workers=workers, scheduler=scheduler, limit=budget + MARGIN,
                   memory_mb=memory_mb, on_done=tick)
    return [_grade_of(o, exercise, s) for o, s in zip(outcomes, subs, strict=True)]


def _grade_of(o: Outcome, exercise: Exercise, sub: Submission) -> Grade:
    """A task's outcome as a grade: its value, or ``timeout`` with why."""
    if o.status == "ok":
        return o.value
    problem = {"killed": "budget", "memory": "memory"}.get(o.status, "error")
    if problem == "error":
        print(f"symact: warning: grading {sub.student} ({sub.file}) failed: {o.value}",
              file=sys.stderr)
    return Grade(sub.student, "timeout", None, exercise.credit("timeout", 0), exercise.points,
                 o.seconds, exercise.variant(sub.student).describe(), problem=problem,
                 detail=str(o.value))


def progress_bar(stream=sys.stderr) -> Callable[[int, int], None] | None:
    """A one-line progress bar when ``stream`` is a terminal, else None."""
    if not stream.isatty():
        return None

    def show(done: int, total: int) -> None:
        filled = 30 * done // max(total, 1)
        stream.write(f"\rgrading [{'#' * filled}{'.' * (30 - filled)}] {done}/{total}")
        if done == total:
            stream.write("\n")
        stream.flush()
    return show
