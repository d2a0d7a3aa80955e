"""One submission graded: every status, written by hand for the lecture's exercise
σ(z) = (1 + tanh(z/2))/2 and for a derivative exercise; expected answers are the teacher's.
"""

from __future__ import annotations

import time

import pytest

from symact.grading import Exercise, Grade, StepNote, feedback_markdown, grade_text

EX1 = Exercise("tanh-sigmoid", (("cs", "Vztah tanh a sigmoidu"), ("en", "tanh and sigmoid")),
               "sigmoid(z)", "(1 + tanh(z/2))/2", None, 10.0)
# A correct chain of the slide, line by line; each link checked by hand.
CHAIN = ["sigmoid(z)", "1/(1 + e^(-z))", "e^z/(e^z + 1)", "1/2 * ((2*e^z)/(e^z + 1))",
         "(1 + (e^z - 1)/(e^z + 1))/2", "(1 + tanh(z/2))/2"]

CORRECT_STYLES = {
    "one per line": "\n".join(CHAIN),
    "with = and comments": "# úkol 1\nsigmoid(z)\n\n= 1/(1 + exp(-z))   # definice\n"
                           "= exp(z)/(exp(z) + 1)\n= (1 + tanh(z/2))/2\n",
    "one chain on a line": "sigmoid(z) = 1/(1 + e^(-z)) = (1 + tanh(z/2))/2",
    "powers with **": "sigmoid(z)\n1/(1 + exp(-z))\n(exp(z/2))**2/(exp(z/2)**2 + 1)\n"
                      "(1 + (exp(z/2) - exp(-z/2))/(exp(z/2) + exp(-z/2)))/2\n"
                      "(1 + tanh(z/2))/2",
    "trailing blank lines and CRLF": "sigmoid(z)\r\n(1 + tanh(z/2))/2\r\n\r\n\r\n",
}


@pytest.mark.parametrize("style", sorted(CORRECT_STYLES))
def test_correct_in_several_styles(style):
    g = grade_text(EX1, "s", CORRECT_STYLES[style])
    assert (g.status, g.first_wrong_step, g.points) == ("correct", None, 10.0), g
    assert all(s.status == "ok" and s.rule for s in g.steps)


# Line k of CHAIN replaced by an expression that differs from it (hand-checked at z = 1).
WRONG = {2: "1/(1 - e^(-z))", 3: "e^z/(e^z - 1)", 4: "1/2 * ((2*e^z)/(e^z + 2))",
         5: "(1 + (e^z + 1)/(e^z - 1))/2", 6: "(1 + tanh(z))/2"}


@pytest.mark.parametrize("k", sorted(WRONG))
def test_a_wrong_step_at_each_position(k):
    lines = list(CHAIN)
    lines[k - 1] = WRONG[k]
    g = grade_text(EX1, "s", "\n".join(lines))
    assert (g.status, g.first_wrong_step, g.points) == ("wrong_step", k, 0.0), g
    bad = next(s for s in g.steps if s.line == k)
    assert bad.status == "wrong" and bad.point and bad.values[0] != bad.values[1]
    assert [s.status for s in g.steps if s.line < k] == ["ok"] * (k - 2)


def test_the_line_number_counts_comments_and_blank_lines():
    text = "# header\n\nsigmoid(z)\n# why\n1/(1 + e^(-z))\n\ne^z/(e^z - 1)\n(1 + tanh(z/2))/2"
    g = grade_text(EX1, "s", text)
    assert (g.status, g.first_wrong_step) == ("wrong_step", 7)


def test_a_step_valid_only_for_z_not_0_is_not_correct():
    text = "sigmoid(z)\n1/(1 + e^(-z))\n(z*e^z)/(z*(e^z + 1))\n(1 + tanh(z/2))/2"
    g = grade_text(EX1, "s", text)
    assert (g.status, g.first_wrong_step) == ("wrong_step", 3)
    step = g.steps[1]
    assert step.status == "conditional" and step.condition == "z ≠ 0"
    assert step.point == (("z", "0"),)


def test_a_condition_the_exercise_itself_has_is_granted():
    ex = Exercise("cancel", (("cs", "Krácení"), ("en", "Cancel")), "(x^2 - 1)/(x - 1)", "x + 1",
                  None, 1.0)
    g = grade_text(ex, "s", "(x^2 - 1)/(x - 1)\n((x - 1)*(x + 1))/(x - 1)\nx + 1")
    assert g.status == "correct", g
    assert g.steps[-1].condition == "x ≠ 1"


def test_an_assumption_grants_a_condition():
    ex = Exercise("log", (("cs", "Log"), ("en", "Log")), "log(x^2)", "2*log(x)", "x > 0", 1.0)
    assert grade_text(ex, "s", "log(x^2)\nlog(x*x)\nlog(x) + log(x)\n2*log(x)").status == \
        "correct"
    # without the assumption the exercise's own right side still asks only x > 0
    bare = Exercise("log", (("cs", "Log"), ("en", "Log")), "log(x^2)", "2*log(x)", None, 1.0)
    assert grade_text(bare, "s", "log(x^2)\n2*log(x)").status == "correct"


def test_a_step_that_drops_half_the_domain_names_a_point_the_exercise_asks_for():
    ex = Exercise("abs", (("cs", "Log"), ("en", "Log")), "log(x^2)", "2*log(Abs(x))", None, 1.0)
    g = grade_text(ex, "s", "log(x^2)\n2*log(x)\n2*log(Abs(x))")
    assert (g.status, g.first_wrong_step) == ("wrong_step", 2), g
    step = g.steps[0]
    assert step.status == "conditional" and step.condition == "x > 0"
    (name, value), = step.point
    assert name == "x" and float(value) < 0  # x = 0 is outside the exercise too


@pytest.mark.parametrize("text, line, column", [
    ("sigmoid(z)\n1/(1 + e^(-z)\n(1 + tanh(z/2))/2", 2, 3),
    ("sigmoid(z)\n= __import__('os')\n(1 + tanh(z/2))/2", 2, 3),
    ("sigmoid(z)\n(1 + tanh(z/2))/2\nsigmoid(z) $ 2", 3, None),
    ("sigmoid(z)\n  sigmoid(z) <= 1\n(1 + tanh(z/2))/2", 2, 3),  # a claim, not a line
    ("sigmoid(z) == (1 + tanh(z/2))/2", 1, 1),
])
def test_unreadable_lines_give_line_and_column(text, line, column):
    g = grade_text(EX1, "s", text)
    assert (g.status, g.first_wrong_step, g.points) == ("unreadable", line, 0.0)
    assert g.detail
    if column is not None:
        assert g.column == column


@pytest.mark.parametrize("text, problem", [
    ("sigmoid(z)\n1/(1 + e^(-z))\ne^z/(e^z + 1)", "end"),           # stops short
    ("1/(1 + e^(-z))\n(1 + tanh(z/2))/2", "start"),                # starts one step in
    ("(1 + tanh(z/2))/2\n1/(1 + e^(-z))\nsigmoid(z)", "reversed"),  # the other way round
    ("# nothing yet\n\n", "empty"),
    ("sigmoid(z)", "short"),
])
def test_incomplete_chains(text, problem):
    g = grade_text(EX1, "s", text)
    assert (g.status, g.first_wrong_step, g.problem, g.points) == ("incomplete", None,
                                                                   problem, 0.0)


def test_normal_form_endpoints_are_accepted():
    # 1/(1 + exp(-z)) is not sigmoid(z) as typed; (tanh(z/2) + 1)/2 is the rhs' normal form
    assert grade_text(EX1, "s", "sigmoid(z)\n(tanh(z/2) + 1)/2").status == "correct"
    assert grade_text(EX1, "s", "1/(1 + exp(-z))\n(1 + tanh(z/2))/2").problem == "start"


def test_partial_credit_as_the_exercise_file_says():
    ex = Exercise("p", EX1.title, EX1.lhs, EX1.rhs, None, 10.0,
                  partial=(("cap", 8.0), ("incomplete", 4.0), ("per_valid_step", 1.0)))
    lines = list(CHAIN)
    lines[3] = WRONG[4]  # links 1 and 2 valid, the third wrong
    assert grade_text(ex, "s", "\n".join(lines)).points == 2.0
    assert grade_text(ex, "s", "\n".join(CHAIN[:4])).points == 4.0 + 3.0
    assert grade_text(ex, "s", "\n".join(CHAIN)).points == 10.0
    assert grade_text(ex, "s", "sigmoid(z)\n1/(1 + e^(-z)").points == 0.0  # unreadable
    # back and forth: the same two steps, once each; and without a cap, half the points
    there = "\n".join(["sigmoid(z)", "1/(1 + e^(-z))"] * 6)
    assert grade_text(ex, "s", there).points == 4.0 + 2.0
    uncapped = Exercise("p", EX1.title, EX1.lhs, EX1.rhs, None, 10.0,
                        partial=(("incomplete", 4.0), ("per_valid_step", 1.0)))
    assert grade_text(uncapped, "s", "\n".join(CHAIN[:4])).points == 5.0


# true, but the prover cannot decide it: sin² + cos² of a tower of exponentials
LONG_SEARCH = "sigmoid(z)\n1/(1 + e^(-z)) + sin(e^(e^(e^z)))^2 + cos(e^(e^(e^z)))^2 - 1\n" \
              "(1 + tanh(z/2))/2"


def test_a_long_search_ends_as_timeout_within_the_budget():
    start = time.monotonic()
    g = grade_text(EX1, "s", LONG_SEARCH, budget=2.0)
    assert time.monotonic() - start < 2.0 + 3.0
    assert (g.status, g.first_wrong_step, g.points) == ("timeout", None, 0.0)


def test_a_derivative_exercise_with_variants():
    ex = Exercise("d", (("cs", "Derivace"), ("en", "Derivative")), "diff(sigmoid(a*x), x)",
                  "a*sigmoid(a*x)*(1 - sigmoid(a*x))", None, 5.0, (("a", ("2", "3")),))
    for student in ("ana", "ben", "cecil", "dita", "emil"):
        v = ex.variant(student)
        a = dict(v.values)["a"]
        right = (f"diff(sigmoid({a}*x), x)\n{a}*e^(-{a}*x)/(1 + e^(-{a}*x))^2\n"
                 f"{a}*sigmoid({a}*x)*(1 - sigmoid({a}*x))")
        g = grade_text(ex, student, right)
        assert (g.status, g.variant) == ("correct", f"a = {a}"), g
        other = "3" if a == "2" else "2"  # the other variant's derivation
        wrong = right.replace(f"{a}*", f"{other}*")
        assert grade_text(ex, student, wrong).status == "incomplete"


def test_a_step_undecided_early_says_it_was_not_the_time():
    # an unknown link whose prover gave up without running out of time (no method)
    ex = Exercise("inv", (("cs", "Inverze"), ("en", "Inverse")), "acosh(cosh(x))", "Abs(x)",
                  None, 1.0)
    note = StepNote(2, "acosh(cosh(x))", "Abs(x)", "unknown", tried="the sides did not meet")
    g = Grade("s", "timeout", None, 0.0, 1.0, 0.5, steps=(note,), problem="budget")
    text = feedback_markdown(g, ex, "en")
    assert "Line 2 could not be decided (the checker has no method for it)" in text
    assert "within" not in text
    slow = StepNote(2, "a", "b", "unknown", tried="stopped: the budget of 2.4 s ran out")
    g = Grade("s", "timeout", None, 0.0, 1.0, 3.0, steps=(slow,), problem="budget")
    assert "could not be decided within 3 s" in feedback_markdown(g, ex, "en", budget=3.0)
    assert "do 3 s" in feedback_markdown(g, ex, "cs", budget=3.0)
