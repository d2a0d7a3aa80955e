"""check_steps keeps its budget from the call's start: once it has run out, the links left are
unknown at once and say they were not checked (issue 16, item 5). The reference for the links
that are checked is the definition σ(z) = 1/(1 + e^(-z)): every one of them is true."""

import json
import time

import pytest

from symact.prover.steps import NOT_CHECKED, check_steps

SIGMA = ["sigmoid(z)", "1/(1 + e^(-z))"]


def long_derivation(n: int) -> list[str]:
    return (SIGMA * n)[:n]


def test_a_long_derivation_stops_at_its_budget():
    steps = long_derivation(2000)
    start = time.monotonic()
    report = check_steps(steps, budget=1.0)
    elapsed = time.monotonic() - start
    # without the budget counting, 1,999 links at a token 0.05 s each took 34 s
    assert elapsed < 10, elapsed
    assert len(report.results) == 1999
    skipped = report.not_checked
    assert skipped, "a 1 s budget cannot check 1,999 links"
    # the links not checked are the last ones, all of them, and say so
    assert list(skipped) == list(range(skipped[0], 1999))
    for r in report.results[skipped[0]:]:
        assert r.status == "unknown" and not r.checked
        assert r.verdict.tried == (NOT_CHECKED.format(budget=1.0),)
        assert "not checked" in r.verdict.tried[0]
    # the links checked before are true by the definition of sigmoid, none is wrong
    assert all(r.status in ("ok", "unknown") and r.checked
               for r in report.results[:skipped[0]])
    assert report.first_wrong is None and report.status == "unknown"


def test_not_checked_links_in_text_and_json():
    report = check_steps(long_derivation(400), budget=0.3)
    first = report.not_checked[0]
    text = report.to_text()
    assert text.splitlines()[-1] == (f"not checked (the budget ran out): links {first + 1}-399"
                                     " of 399 links")
    assert text.count("tried: not checked: the derivation's budget of 0.3 s ran out") == \
        399 - first
    data = json.loads(report.to_json())
    assert data["not_checked"] == list(range(first, 399))
    link = data["links"][first]
    assert link["checked"] is False and link["status"] == "unknown"
    assert link["verdict"]["status"] == "unknown"
    assert link["verdict"]["lhs"] == data["steps"][first]["normal"]
    assert link["verdict"]["rhs"] == data["steps"][first + 1]["normal"]
    assert link["verdict"]["tried"] == [NOT_CHECKED.format(budget=0.3)]
    assert all(k["checked"] for k in data["links"][:first])
    # the unchecked verdict has the keys every verdict has
    assert set(link["verdict"]) == set(data["links"][0]["verdict"])
    assert r"\stackrel{?}{=}" in report.to_latex().splitlines()[-1]


def test_a_short_derivation_within_budget_checks_every_link():
    report = check_steps(["(x^2 - 1)/(x - 1)", "x + 1", "1 + x"], budget=20)
    assert report.not_checked == ()
    assert [r.status for r in report.results] == ["ok", "ok"]
    assert "not checked" not in report.to_text()


@pytest.mark.parametrize("budget", [0.2, 1.0])
def test_hard_links_share_the_budget(budget):
    # every link is a claim the prover cannot settle quickly; the whole call keeps the budget
    steps = ["exp(exp(exp(z)))", "exp(exp(exp(z))) + sin(z)**2 + cos(z)**2 - 1"] * 4
    start = time.monotonic()
    report = check_steps(steps, budget=budget)
    elapsed = time.monotonic() - start
    assert elapsed < budget + 3, elapsed
    assert len(report.results) == 7
