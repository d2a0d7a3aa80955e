"""A student's feedback (Markdown) in Czech or English: the first problem first, then each step
(valid with its rule, valid only under a condition, or wrong with its counterexample).

>>> from .marking import StepNote
>>> g = Grade("eva", "wrong_step", 2, 0.0, 1.0, 0.1, steps=(StepNote(2, "x", "x + 1", "wrong",
...     point=(("x", "0"),), values=("0", "1.0000000000000000001")),), first="x", last="x + 1")
>>> ex = Exercise("ex", (("cs", "Cvičení"), ("en", "Exercise")), "x", "x", None, 1.0)
>>> print(feedback_markdown(g, ex, "en").splitlines()[4])
Line 2 is wrong (the first problem).
"""

from __future__ import annotations

from .exercise import Exercise
from .marking import Grade, StepNote
from .texts import STATUS, say


def _code(text: str) -> str:
    """A Markdown code span that survives backticks in what a student typed."""
    return f"`` {text} ``" if "`" in text else f"`{text}`"


def _number(text: str) -> str:
    """A value at 30 digits shortened to 10 significant ones (exact text kept as it is)."""
    try:
        return f"{float(text):.10g}" if any(c in text for c in ".eE") else text
    except ValueError:
        return text


def _at(point: tuple[tuple[str, str], ...]) -> str:
    return ", ".join(f"{k} = {v}" for k, v in point)


def summary(g: Grade, ex: Exercise, lang: str, budget: float = 30.0) -> str:
    """The one sentence (or two) that says what to fix first."""
    v = ex.variant(g.student)
    sides = {"lhs": _code(v.lhs), "rhs": _code(v.rhs),
             "first": _code(g.first), "last": _code(g.last)}
    if g.status == "correct":
        return say(lang, "correct", **sides)
    if g.status == "unreadable":
        if g.problem == "file":
            return say(lang, "file", detail=g.detail)
        column = say(lang, "column", column=g.column) if g.column else ""
        return say(lang, "unreadable", line=g.first_wrong_step, column=column, detail=g.detail)
    if g.status == "wrong_step":
        step = next(s for s in g.steps if s.line == g.first_wrong_step and s.status in (
            "wrong", "conditional"))
        if step.status == "conditional":
            return say(lang, "conditional_step", line=step.line, condition=step.condition)
        return say(lang, "wrong_step", line=step.line)
    if g.status == "incomplete":
        head = "" if g.problem in ("empty", "short") else say(lang, "incomplete") + " "
        return head + say(lang, g.problem, **sides)
    if g.problem in ("memory", "error"):
        return say(lang, g.problem, detail=g.detail)
    step = next((s for s in g.steps if s.status == "unknown"), None)
    if step is not None and "budget" not in step.tried:  # ended early: no method, not time
        return say(lang, "undecided", line=step.line)
    return say(lang, "timeout", budget=f"{budget:g}")


def _step(s: StepNote, lang: str) -> str:
    """What one step's note says."""
    if s.status == "wrong":
        left, right = (_number(v) for v in s.values)
        return "**" + say(lang, "wrong", at=_at(s.point), left=left, right=right) + "**"
    if s.status == "unknown":
        return say(lang, "unknown")
    if s.status == "conditional":
        out = say(lang, "valid_if", condition=s.condition)
        if s.point:
            out += say(lang, "left_out", at=_at(s.point))
        return f"**{out}**" + (f" ({say(lang, 'rule_only', rule=s.rule)})" if s.rule else "")
    rule = ""
    if s.rule:  # "valid, but more than one rule at once" says "valid" itself
        rule = say(lang, "rule" if not s.rule.startswith("valid") else "rule_only",
                   rule=s.rule)
    if s.condition:
        rule += f"; {say(lang, 'holds_if', condition=s.condition)}"
    return rule


def feedback_markdown(g: Grade, ex: Exercise, lang: str, budget: float = 30.0) -> str:
    """The Markdown feedback of one graded submission."""
    out = [f"# {say(lang, 'heading', title=ex.title_in(lang))}", "",
           say(lang, "student", student=g.student)
           + (" · " + say(lang, "variant", variant=g.variant) if g.variant else ""), "",
           summary(g, ex, lang, budget), "",
           f"**{say(lang, 'points', points=f'{g.points:g}', max_points=f'{g.max_points:g}')}**"
           f" ({STATUS[lang][g.status]})", ""]
    if g.steps:
        out += [f"## {say(lang, 'steps')}", ""]
        first = g.steps[0]
        out.append(f"- {_code(first.prev)} ({say(lang, 'start_line')})")
        for s in g.steps:
            out.append(f"- {say(lang, 'line', line=s.line)} {_code('= ' + s.typed)}: "
                       f"{_step(s, lang)}")
        out.append("")
    return "\n".join(out)
