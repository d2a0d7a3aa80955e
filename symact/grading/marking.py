"""One submission graded: exactly one status, the first wrong line, points, and per-step notes.

``correct``: starts at the exercise's lhs, ends at its rhs (each up to SymPy's automatic
normal form), every step valid wherever the exercise is asked. ``wrong_step``: a step is
disproved (its counterexample), or holds only under a condition the exercise does not grant
(``x ≠ 0`` when the exercise asks for every x: the point it leaves out). ``incomplete``: valid
steps that do not start at lhs or end at rhs. ``unreadable``: a line the parser refuses (line
and column). ``timeout``: a step undecided within the budget. A definite problem outranks an
undecided one; among equals the first line counts. :class:`Grade` is plain data (it crosses
process boundaries and is the same from every backend); the language is chosen when it is
rendered (:mod:`.feedback`).

>>> ex = Exercise("e", (("cs", "T"), ("en", "T")), "sigmoid(z)", "(1 + tanh(z/2))/2", None, 2.0)
>>> g = grade(ex, Submission("s", "s.txt", lines("sigmoid(z)\\n(1 + tanh(z/2))/2")))
>>> g.status, g.points, g.steps[0].status
('correct', 2.0, 'ok')
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import lru_cache

import sympy as sp

from ..budget import CHECK_STEPS
from ..core import parse
from ..errors import SYMPY_FAILURES, ParseError
from ..prover import check_steps, domains, implied, parse_assumptions
from .exercise import Exercise, same_line
from .submission import Submission, lines

STATUSES = ("correct", "wrong_step", "incomplete", "unreadable", "timeout")


@dataclass(frozen=True)
class StepNote:
    """One step ``prev = typed`` of a submission (``line``: the file line of ``typed``)."""

    line: int
    prev: str
    typed: str
    status: str  # ok | conditional | wrong | unknown
    rule: str | None = None  # ok and conditional steps: the rule that justifies it (English)
    condition: str = ""  # where the step holds, "x ≠ 0" (conditional, or granted by the task)
    point: tuple[tuple[str, str], ...] = ()  # wrong: the counterexample; conditional: left out
    values: tuple[str, str] = ("", "")  # wrong: both lines' values at the point
    tried: str = ""  # unknown: the last thing the prover tried


@dataclass(frozen=True)
class Grade:
    """A graded submission (the gradebook row plus what the feedback needs)."""

    student: str
    status: str
    first_wrong_step: int | None
    points: float
    max_points: float
    seconds: float
    variant: str = ""  # "a = 3" when the exercise has parameters
    steps: tuple[StepNote, ...] = ()
    problem: str = ""  # start | end | reversed | empty | short | parse | file | budget | memory
    detail: str = ""  # the parse error, the file problem, the worker's message
    column: int | None = None  # unreadable: the 1-based column in the file line
    first: str = ""  # the first and last expression as written
    last: str = ""

    def row(self) -> dict:
        """The gradebook record: exactly its CSV columns."""
        return {"student": self.student, "status": self.status,
                "first_wrong_step": self.first_wrong_step, "points": self.points,
                "max_points": self.max_points, "seconds": round(self.seconds, 3)}


def grade(exercise: Exercise, sub: Submission, budget: float = CHECK_STEPS) -> Grade:
    """Grade one submission within ``budget`` seconds of checking (cooperatively: the hard
    limit is the caller's, :mod:`symact.workers`)."""
    start = time.monotonic()
    variant = exercise.variant(sub.student)
    base = {"student": sub.student, "max_points": exercise.points, "variant":
            variant.describe()}

    def done(status: str, wrong: int | None = None, steps: tuple[StepNote, ...] = (),
             valid: int = 0, **more) -> Grade:
        return Grade(status=status, first_wrong_step=wrong, steps=steps,
                     points=exercise.credit(status, valid), seconds=time.monotonic() - start,
                     **base, **more)

    if sub.problem:
        return done("unreadable", sub.problem_line, problem="file", detail=sub.problem)
    for number, column, text in sub.lines:
        try:
            if not isinstance(parse(text), sp.Expr):  # sigmoid(z) <= 1: a claim, not a line
                raise ParseError("a comparison, not an expression: write one expression per "
                                 "line", column=1)
        except ParseError as exc:
            col = None if exc.column is None else column + exc.column - 1
            return done("unreadable", number, problem="parse", detail=exc.message, column=col)
    if not sub.lines:
        return done("incomplete", problem="empty")
    texts = [t for _, _, t in sub.lines]
    ends = {"first": texts[0], "last": texts[-1]}
    if len(texts) == 1:
        return done("incomplete", problem="short", **ends)
    report = check_steps(texts, assume=exercise.assume, budget=budget)
    granted = _granted(variant.lhs, variant.rhs, exercise.assume)
    facts = parse_assumptions(exercise.assume)
    steps = tuple(_note(r, sub.lines, texts, granted, facts) for r in report.results)
    order = ("wrong", "conditional", "unknown")
    for kind in order:
        bad = next((k for k, s in enumerate(steps) if s.status == kind), None)
        if bad is not None:
            status = "timeout" if kind == "unknown" else "wrong_step"
            wrong = None if kind == "unknown" else steps[bad].line
            valid = _distinct(steps[:bad])
            return done(status, wrong, steps, valid, problem="budget" if kind == "unknown"
                        else "", **ends)
    starts, stops = same_line(texts[0], variant.lhs), same_line(texts[-1], variant.rhs)
    if starts and stops:
        return done("correct", None, steps, _distinct(steps), **ends)
    backwards = same_line(texts[0], variant.rhs) and same_line(texts[-1], variant.lhs)
    problem = "reversed" if backwards else ("start" if not starts else "end")
    return done("incomplete", None, steps, _distinct(steps), problem=problem, **ends)


def _distinct(steps: tuple[StepNote, ...]) -> int:
    """Valid steps that earn partial credit: each pair of lines once, whitespace ignored (a
    chain that goes back and forth earns nothing more)."""
    return len({("".join(s.prev.split()), "".join(s.typed.split())) for s in steps
                if s.status == "ok"})


@lru_cache(maxsize=64)  # the same for every student of a variant: once per worker
def _granted(lhs: str, rhs: str, assume: str | None) -> tuple[sp.Basic, ...]:
    """Where the exercise itself is asked: its assumptions and its sides' typed domains."""
    try:
        where = domains(lhs, rhs, parse_assumptions(assume))
        return (*where.prev, *where.next)
    except (ParseError, *SYMPY_FAILURES):
        return ()


def _note(r, located, texts, granted, facts) -> StepNote:
    """A link of check_steps as a note on the line it arrives at."""
    k = r.index
    base = {"line": located[k + 1][0], "prev": texts[k], "typed": texts[k + 1]}
    if r.status == "wrong":
        c = r.verdict.counterexample
        point = tuple(sorted((c.exact or c.point).items())) if c else ()
        return StepNote(status="wrong", point=point, values=(c.lhs, c.rhs) if c else ("", ""),
                        **base)
    if r.status == "unknown":
        return StepNote(status="unknown", tried=(r.verdict.tried or ("",))[-1], **base)
    extra = [c for c in r.conditions if not implied(c, granted, facts)]
    if extra:
        return StepNote(status="conditional", rule=r.rule, condition=r.condition,
                        point=_outside(extra[0], granted), **base)
    return StepNote(status="ok", rule=r.rule, condition=r.condition, **base)


def _outside(cond: sp.Basic, granted: tuple[sp.Basic, ...]) -> tuple[tuple[str, str], ...]:
    """A point the exercise asks for where a condition in one variable fails (``x ≠ 0`` ->
    x = 0; ``x > 0`` when the exercise asks x ≠ 0 -> x = -1); none when it is not that
    simple."""
    xs = cond.free_symbols
    if len(xs) != 1 or not isinstance(cond, sp.core.relational.Relational):
        return ()
    (x,) = xs
    other = cond.rhs if cond.lhs == x else cond.lhs if cond.rhs == x else None
    if other is None or other.free_symbols or not other.is_number:
        return ()
    own = [g for g in granted if g.free_symbols == {x}]
    for step in (0, -1, 1, -10, 10, sp.Rational(-1, 2), sp.Rational(1, 2)):
        at = other + step
        try:
            if cond.subs(x, at) is sp.false and all(g.subs(x, at) is not sp.false for g in own):
                return ((str(x), str(at)),)
        except SYMPY_FAILURES:
            return ()
    return ()


def grade_text(exercise: Exercise, student: str, text: str, budget: float = CHECK_STEPS
               ) -> Grade:
    """:func:`grade` of a submission given as text (the API's and the tests' entry)."""
    return grade(exercise, Submission(student, f"{student}.txt", lines(text)), budget)
