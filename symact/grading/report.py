"""The class's outputs: ``gradebook.csv`` (exactly its columns), ``report.html`` (the class at
a glance) and the per-student feedback files, all written atomically into one folder.

>>> from .marking import Grade
>>> print(gradebook_csv([Grade("eva", "correct", None, 10.0, 10.0, 0.25)]), end="")
student,status,first_wrong_step,points,max_points,seconds
eva,correct,,10,10,0.25
"""

from __future__ import annotations

import csv
import html
import io
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from ..files import write_atomic
from .exercise import Exercise
from .feedback import feedback_markdown, summary
from .marking import STATUSES, Grade
from .texts import STATUS, say

COLUMNS = ("student", "status", "first_wrong_step", "points", "max_points", "seconds")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}" if value == int(value) or abs(value) >= 1 else f"{value:.3g}"
    return str(value)


def gradebook_csv(grades: Sequence[Grade]) -> str:
    """The gradebook as CSV, one row per student in the order given."""
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(COLUMNS)
    for g in grades:
        out.writerow([_cell(g.row()[c]) for c in COLUMNS])
    return buf.getvalue()


def common_wrong(grades: Sequence[Grade]) -> list[tuple[tuple[str, str], int]]:
    """The wrong steps (previous line, wrong line) by how many students wrote them, whitespace
    ignored; most common first."""
    count: Counter[tuple[str, str]] = Counter()
    shown: dict[tuple[str, str], tuple[str, str]] = {}
    for g in grades:
        step = next((s for s in g.steps if s.line == g.first_wrong_step
                     and s.status in ("wrong", "conditional")), None)
        if g.status == "wrong_step" and step:
            key = ("".join(step.prev.split()), "".join(step.typed.split()))
            count[key] += 1
            shown.setdefault(key, (step.prev, step.typed))
    return [(shown[k], n) for k, n in count.most_common()]


def report_html(grades: Sequence[Grade], ex: Exercise, lang: str, budget: float = 30.0) -> str:
    """A self-contained HTML page: status counts, the most common wrong step, every student
    linked to their feedback."""
    e = html.escape
    counts = Counter(g.status for g in grades)
    rows = "".join(f"<tr><td>{e(STATUS[lang][s])}</td><td>{counts.get(s, 0)}</td></tr>"
                   for s in STATUSES)
    common = common_wrong(grades)
    top = (e(say(lang, "common_row", prev=common[0][0][0], typed=common[0][0][1],
                 n=common[0][1])) if common else e(say(lang, "none")))
    students = "".join(
        f"<tr class=\"{e(g.status)}\"><td><a href=\"feedback/{e(g.student)}.md\">"
        f"{e(g.student)}</a></td><td>{e(STATUS[lang][g.status])}</td>"
        f"<td>{_cell(g.first_wrong_step)}</td><td>{_cell(g.points)} / {_cell(g.max_points)}"
        f"</td><td>{g.seconds:.2f}</td><td>{e(summary(g, ex, lang, budget))}</td></tr>"
        for g in grades)
    title = e(say(lang, "report_title", title=ex.title_in(lang)))
    head = "".join(f"<th>{e(say(lang, k))}</th>" for k in (
        "student_col", "status", "first_wrong_col", "points_col", "seconds_col"))
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;margin:2em}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:.2em .6em;text-align:left}}
tr.correct td:nth-child(2){{color:#070}}tr.wrong_step td:nth-child(2){{color:#a00}}</style>
</head><body>
<h1>{title}</h1>
<p>{e(say(lang, "submissions", n=len(grades)))}</p>
<table><tr><th>{e(say(lang, "status"))}</th><th>{e(say(lang, "count"))}</th></tr>{rows}</table>
<h2>{e(say(lang, "common"))}</h2>
<p><code>{top}</code></p>
<table><tr>{head}<th></th></tr>
{students}</table>
</body></html>
"""


def write_outputs(out: str | Path, grades: Sequence[Grade], ex: Exercise, lang: str,
                  budget: float) -> None:
    """``out/gradebook.csv``, ``out/feedback/STUDENT.md`` and ``out/report.html``."""
    out = Path(out)
    (out / "feedback").mkdir(parents=True, exist_ok=True)
    for g in grades:
        write_atomic(out / "feedback" / f"{g.student}.md", feedback_markdown(g, ex, lang, budget))
    write_atomic(out / "report.html", report_html(grades, ex, lang, budget))
    write_atomic(out / "gradebook.csv", gradebook_csv(grades))
