"""The class report: counts, the most common wrong step, links, escaping."""

from __future__ import annotations

from symact.grading import Exercise, grade_text
from symact.grading.report import common_wrong, gradebook_csv, report_html

EX = Exercise("e", (("cs", "Cvičení <1>"), ("en", "Exercise <1>")), "sigmoid(z)",
              "(1 + tanh(z/2))/2", None, 3.0)


def test_the_most_common_wrong_step_counts_students_not_lines():
    a = grade_text(EX, "a", "sigmoid(z)\n1/(1 - e^(-z))\n(1 + tanh(z/2))/2")
    b = grade_text(EX, "b", "sigmoid(z)\n1/(1-e^(-z))\n(1 + tanh(z/2))/2")  # spaces differ
    c = grade_text(EX, "c", "sigmoid(z)\n(1 + tanh(z))/2")
    d = grade_text(EX, "d", "sigmoid(z)\n(1 + tanh(z/2))/2")
    ranked = common_wrong([a, b, c, d])
    assert ranked[0] == (("sigmoid(z)", "1/(1 - e^(-z))"), 2)
    assert ranked[1] == (("sigmoid(z)", "(1 + tanh(z))/2"), 1) and len(ranked) == 2
    page = report_html([a, b, c, d], EX, "en")
    assert "sigmoid(z) = 1/(1 - e^(-z)) (2×)" in page
    assert "<td>wrong step</td><td>3</td>" in page and "<td>correct</td><td>1</td>" in page
    assert "Exercise &lt;1&gt;" in page and "Exercise <1>" not in page


def test_student_ids_are_escaped_in_the_page_and_quoted_in_the_csv():
    g = grade_text(EX, 'x"<b>,y', "sigmoid(z)\n(1 + tanh(z/2))/2")
    page = report_html([g], EX, "cs")
    assert "<b>" not in page and "x&quot;&lt;b&gt;,y" in page
    assert gradebook_csv([g]).splitlines()[1] == '"x""<b>,y",correct,,3,3,' + \
        f"{round(g.seconds, 3):g}"
