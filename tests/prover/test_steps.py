"""check_steps: per-link verdicts, the first wrong step, and the slide's chain as written."""

from pathlib import Path

import mpmath as m
import pytest

from symact.core.tex import render_chain
from symact.prover.steps import check_steps

GOLDEN = Path(__file__).parents[1] / "golden" / "exercise1.tex"

# Exercise 1 as on the slide (lecture.txt, "Aktivační funkce: cvičení 1")
TANH_CHAIN = ["tanh(z)", "(e^z - e^(-z))/(e^z + e^(-z))", "(e^z - 1/e^z)/(e^z + 1/e^z)",
              "((e^(2*z) - 1)/e^z)/((e^(2*z) + 1)/e^z)", "(e^(2*z) - 1)/(e^(2*z) + 1)"]
SIGMA_CHAIN = ["sigmoid(z)", "(1 + tanh(z/2))/2", "(1 + (e^z - 1)/(e^z + 1))/2",
               "1/2 * ((e^z + 1 + e^z - 1)/(e^z + 1))", "1/2 * ((2*e^z)/(e^z + 1))",
               "e^z/(e^z + 1)", "1/((e^z + 1)/e^z)", "1/(1 + 1/e^z)", "1/(1 + e^(-z))",
               "sigmoid(z)"]


@pytest.mark.parametrize("chain", [TANH_CHAIN, SIGMA_CHAIN], ids=["tanh", "sigma"])
def test_slide_chains_check(chain):
    report = check_steps(chain)
    assert [r.status for r in report.results] == ["ok"] * (len(chain) - 1)
    assert report.status == "ok" and report.first_wrong is None


def test_slide_chains_render_as_written_golden():
    body = (render_chain(check_steps(TANH_CHAIN).written, as_written=True) + "\n\n"
            + render_chain(check_steps(SIGMA_CHAIN).written, as_written=True) + "\n")
    assert body == GOLDEN.read_text(encoding="utf-8")


def test_golden_keeps_the_slides_unsimplified_fraction():
    text = GOLDEN.read_text(encoding="utf-8")
    assert r"\frac{\frac{e^{2 z} - 1}{e^{z}}}{\frac{e^{2 z} + 1}{e^{z}}}" in text
    assert r"\frac{1}{2} \frac{e^{z} + 1 + e^{z} - 1}{e^{z} + 1}" in text


def test_planted_error_is_named():
    # step 3 -> 4 drops the factor 1/2 (a typical slip); everything else is right
    chain = list(SIGMA_CHAIN)
    chain[4] = "(2*e^z)/(e^z + 1)"
    report = check_steps(chain)
    assert report.first_wrong == 3
    wrong = report.results[3]
    assert wrong.status == "wrong"
    cx = wrong.verdict.counterexample
    z = m.mpf(cx.point["z"])
    with m.workdps(50):  # independent check of the reported point
        left = m.mpf(1) / 2 * (2 * m.exp(z)) / (m.exp(z) + 1)
        right = 2 * m.exp(z) / (m.exp(z) + 1)
        assert abs(left - right) > m.mpf(10) ** -20
    assert "first wrong step: 4" in report.to_text()
    # the links after the slip are still correct on their own
    assert report.results[4].status == "wrong"  # 2e^z/(e^z+1) vs e^z/(e^z+1)
    assert all(r.status == "ok" for r in report.results[5:])


def test_sign_slip_in_tanh_chain():
    chain = list(TANH_CHAIN)
    chain[2] = "(e^z + 1/e^z)/(e^z + 1/e^z)"
    report = check_steps(chain)
    assert report.first_wrong == 1
    assert report.status == "wrong"


def test_report_dict_and_latex_marks():
    report = check_steps(["2*x + 2*x", "4*x", "5*x"])
    d = report.to_dict()
    assert d["first_wrong"] == 1 and [k["status"] for k in d["links"]] == ["ok", "wrong"]
    assert r"\text{wrong}" in report.to_latex()


def test_needs_two_steps():
    with pytest.raises(ValueError):
        check_steps(["x"])
