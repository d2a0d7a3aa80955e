"""Every claim in symact/proofs/ checks with its expected verdict; the lecture is covered;
the folder ships with the package."""

import tomllib
from fnmatch import fnmatch
from pathlib import Path

import mpmath as m
import pytest

import symact
from symact.claims import PROOFS as SHIPPED
from symact.claims.checker import check
from symact.claims.reader import load_paths
from symact.core.catalog import BUILT_IN

ROOT = Path(__file__).parents[2]
PROOFS = ROOT / "symact" / "proofs"
CLAIMS = load_paths([PROOFS])
BY_ID = {c.id: c for c in CLAIMS}


@pytest.mark.parametrize("claim", CLAIMS, ids=[c.id for c in CLAIMS])
def test_claim_has_its_expected_verdict(claim):
    r = check(claim)
    assert r.status == claim.expect, r.detail
    assert not r.errors, [str(e) for e in r.errors]
    assert all(rep.status == "ok" for rep in r.reports)
    if claim.expect == "disproved" and claim.form != "property":
        assert r.verdicts[0].counterexample is not None


def test_every_title_is_bilingual_and_sourced():
    for c in CLAIMS:
        assert dict(c.title)["cs"] != "" and dict(c.title)["en"] != "" and c.source


def test_exercise_1_has_the_slides_two_chains():
    c = BY_ID["exercise-1"]
    assert len(c.derivations) == 2
    assert c.derivations[0].steps[0] == "tanh(z)"
    assert c.derivations[0].steps[-1] == "(e^(2*z) - 1)/(e^(2*z) + 1)"
    assert c.derivations[1].steps[1] == "(1 + tanh(z/2))/2"
    assert c.derivations[1].steps[-2] == "1/(1 + e^(-z))"


def test_every_scalar_activation_has_a_derivative_claim():
    covered = {c.activation for c in CLAIMS if c.property == "derivative"}
    covered |= {"selu"} if "selu-derivative" in BY_ID else set()
    scalar = {a.name for a in BUILT_IN if a.kind == "scalar"}  # the lecture and PyTorch
    assert scalar <= covered


def test_sign_problem_counterexample_is_real():
    r = check(BY_ID["sign-tanh-neuron"])
    cx = r.verdicts[0].counterexample
    z, d = m.mpf(cx.point["z"]), m.mpf(cx.point["d"])
    with m.workdps(50):
        assert m.sign(m.tanh(z) * d) != m.sign(d)
    assert check(BY_ID["sign-sigmoid-neuron"]).status == "proved"


def test_proofs_ship_as_package_data():
    """Every file of the folder matches a package-data pattern of pyproject.toml, and
    symact.claims.PROOFS is that folder inside the installed package."""
    assert SHIPPED == PROOFS == Path(symact.__file__).parent / "proofs"
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["symact"]
    files = [p.relative_to(SHIPPED.parent).as_posix() for p in SHIPPED.iterdir()]
    assert "proofs/README.md" in files
    assert [f for f in files if not any(fnmatch(f, pat) for pat in patterns)] == []
