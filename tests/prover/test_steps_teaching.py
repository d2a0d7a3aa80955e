"""check_steps that teaches: the rule of each valid step, steps valid only on part of the
domain, the lines as typed beside their normal form, the first wrong step in LaTeX.

Every expected name, condition and value below is written by hand from the mathematics.
"""

import re
import time

import mpmath as m
import pytest
import sympy as sp

from symact.core import parse
from symact.prover.steps import StepReport, StepResult, check_steps
from symact.prover.teaching import MANY, SAME, domains, name_rule, same
from symact.prover.verdict import Verdict

x, y, z = sp.symbols("x y z", real=True)


def test_sigmoid_derivation_names_its_rules():
    report = check_steps(["sigmoid(z)", "1/(1+exp(-z))", "exp(z)/(exp(z)+1)"])
    assert [r.status for r in report.results] == ["ok", "ok"]
    assert [r.rule for r in report.results] == ["definition of sigmoid", "combine fractions"]
    assert [r.condition for r in report.results] == ["", ""]
    text = report.to_text()
    assert "[ok] definition of sigmoid" in text and "[ok] combine fractions" in text


def test_a_jump_over_several_rules_is_said_so():
    report = check_steps(["sigmoid(z)", "exp(z)/(exp(z) + 1)"])
    assert report.results[0].status == "ok"
    assert report.results[0].rule == "valid, but more than one rule at once"
    # hyperbolic -> exponentials, then multiplied by e^z: two rules, though both are valid
    jump = check_steps(["tanh(z)", "(exp(2*z) - 1)/(exp(2*z) + 1)"]).results[0]
    assert (jump.status, jump.rule) == ("ok", MANY)


def test_division_by_what_can_vanish_is_flagged():
    report = check_steps(["(x**2-1)/(x-1)", "x+1"])
    link = report.results[0]
    assert (link.status, link.rule, link.condition) == ("ok", "cancel common factors", "x ≠ 1")
    assert link.conditions == (sp.Ne(x, 1),)
    assert "valid for x ≠ 1" in report.to_text()
    assert report.to_dict()["links"][0]["condition"] == "x ≠ 1"
    assert r"\text{, valid for } x \neq 1" in report.to_latex()
    # read the other way round, the same condition
    back = check_steps(["x + 1", "(x^2 - 1)/(x - 1)"]).results[0]
    assert (back.status, back.condition) == ("ok", "x ≠ 1")
    # assumed away, nothing is left to flag
    assumed = check_steps(["(x**2-1)/(x-1)", "x+1"], assume="x != 1").results[0]
    assert (assumed.status, assumed.condition) == ("ok", "")


def test_a_gap_that_sympy_evaluates_away_is_still_flagged():
    # SymPy evaluates x/x to 1 and sqrt(x)^2 to x: prove() sees 1 = 1, the typed lines differ
    gap = check_steps(["x/x", "1"]).results[0]
    assert (gap.status, gap.rule, gap.condition) == ("ok", SAME, "x ≠ 0")
    root = check_steps(["sqrt(x)^2", "x"]).results[0]
    assert (root.status, root.condition) == ("ok", "x ≥ 0")


def test_squaring_a_root_is_wrong_for_negative_x_and_right_when_assumed():
    report = check_steps(["sqrt(x**2)", "x"])
    link = report.results[0]
    assert link.status == "wrong" and report.first_wrong == 0
    point = m.mpf(link.verdict.counterexample.point["x"])
    assert point < 0  # sqrt(x²) = |x| differs from x exactly there
    with m.workdps(50):
        assert abs(m.sqrt(point**2) - point) > 1
    ok = check_steps(["sqrt(x**2)", "x"], assume="x >= 0").results[0]
    assert ok.status == "ok" and ok.condition == ""


def test_latex_shows_the_first_wrong_step_and_its_counterexample():
    tex = check_steps(["sigmoid(z)", "1/(1 + e^(-z))", "sqrt(z**2)", "z"]).to_latex()
    rows = tex.split(" \\\\\n")
    assert rows[0].endswith(r"&= \frac{1}{1 + e^{-z}} && \text{definition of sigmoid}")
    assert r"\stackrel{\times}{=}" in rows[1] and r"\text{wrong}" in rows[1]  # sqrt(z²) ≠ σ
    found = re.fullmatch(r"&\\text\{step 2 is wrong: at \} z = (\S+)\\colon\\quad "
                         r"(\S+) \\neq (\S+)", rows[-1])
    assert found is not None, rows[-1]
    at, left, right = (float(g) for g in found.groups())
    with m.workdps(50):  # the values are those of the two lines at the point
        assert left == pytest.approx(float(1 / (1 + m.exp(-m.mpf(at)))), rel=1e-10)
        assert right == pytest.approx(abs(at), rel=1e-10)


def test_latex_marks_unknown_links_with_a_question_mark():
    unknown = Verdict("unknown", x, y, tried=("stopped: the budget ran out",))
    report = StepReport((x, y), (StepResult(0, "unknown", unknown),), typed=("x", "y"))
    assert report.to_latex() == r"x &\stackrel{?}{=} y && \text{?}"


def test_lines_are_echoed_as_typed_beside_the_normal_form():
    report = check_steps(["e^z/(e^z + 1)", "1/(1 + e^(-z))"])
    text = report.to_text().splitlines()
    assert text[1:] == ["  e^z/(e^z + 1)", "      normal form: exp(z)/(exp(z) + 1)",
                        "  = 1/(1 + e^(-z))    [ok] split the fraction",
                        "      normal form: 1/(1 + exp(-z))"]
    steps = report.to_dict()["steps"]
    assert [s["typed"] for s in steps] == ["e^z/(e^z + 1)", "1/(1 + e^(-z))"]
    assert steps[1]["normal"] == "1/(1 + exp(-z))"
    link = report.to_dict()["links"][0]
    assert (link["rule"], link["condition"]) == ("split the fraction", None)
    # a line typed as its normal form gets no second line
    assert check_steps(["2*x", "x + x"]).to_text().splitlines()[1:] == [
        "  2*x", "  = x + x    [ok] arithmetic (same normal form)", "      normal form: 2*x"]


@pytest.mark.parametrize(("prev", "nxt", "rule"), [
    ("(x + 1)**2", "x**2 + 2*x + 1", "expand"),
    ("x**2 + 2*x + 1", "(x + 1)**2", "factor"),
    ("1/x + 1/y", "(x + y)/(x*y)", "combine fractions"),
    ("(x**2 - 1)/(x - 1)", "x + 1", "cancel common factors"),
    ("tanh(z)", "(exp(z) - exp(-z))/(exp(z) + exp(-z))", "hyperbolic functions as exponentials"),
    ("cosh(x)**2 - sinh(x)**2", "1", "hyperbolic identity"),
    ("diff(x**3, x)", "3*x**2", "derivative"),
    ("diff(sigmoid(z), z)", "exp(-z)/(1 + exp(-z))**2", "derivative"),
    ("diff(sigmoid(z), z)", "diff(1/(1 + exp(-z)), z)", "definition of sigmoid"),
    ("1/(1 + exp(-z))", "sigmoid(z)", "definition of sigmoid"),
    ("softplus(x)", "log(1 + exp(x))", "definition of softplus"),
    ("erfc(x)", "1 - erf(x)", "erfc = 1 − erf"),
    ("atanh(tanh(x))", "x", "inverse functions cancel"),
    ("log(2*exp(x))", "log(2) + x", "logarithm of a product or power"),
    ("2*x + 2*x", "4*x", "arithmetic (same normal form)"),
    ("e^z - 1/e^z", "exp(z) - exp(-z)", "arithmetic (same normal form)"),
    ("sigmoid(z)", "(1 + tanh(z/2))/2", "valid, but more than one rule at once"),
])
def test_each_rule_is_named_by_what_it_does(prev, nxt, rule):
    assert name_rule(parse(prev), parse(nxt)) == rule


def test_rules_act_where_the_domains_and_assumptions_allow():
    prev, nxt = parse("log(x) + log(y)"), parse("log(x*y)")
    assert name_rule(prev, nxt) == MANY  # for real x, y the logarithms do not combine
    where = domains("log(x) + log(y)", "log(x*y)")
    assert name_rule(prev, nxt, where=where.prev + where.next) == "combine logarithms"
    assert where.gap == (x > 0, y > 0)  # x*y > 0 follows from them


def test_the_naming_test_is_weaker_than_equality():
    # equal functions, but not the same expression up to notation: no rule may claim them
    assert not same((x + 1)**2, x**2 + 2*x + 1)
    assert same(sp.exp(2 * (z + 1)), sp.exp(2 * z + 2))
    assert same(sp.exp(-z), 1 / sp.exp(z))


def test_naming_stays_in_its_budget():
    start = time.perf_counter()
    out = name_rule(parse("sigmoid(z)"), parse("(1 + tanh(z/2))/2"), budget=0.01)
    assert time.perf_counter() - start < 1.0
    assert out in (None, MANY)


def test_a_wrong_step_gets_neither_rule_nor_condition():
    link = check_steps(["(x**2-1)/(x-1)", "x+2"]).results[0]
    assert (link.status, link.rule, link.conditions) == ("wrong", None, ())
    assert link.verdict.counterexample is not None
