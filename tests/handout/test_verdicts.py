"""Every verdict word in the handout comes from a computed result: a wrong step is shown wrong
(first wrong step, its file line, counterexample), a disproved or undecided claim as such, a
false property word or yes/no marked false beside what properties() derives; never "proved"."""

import re
import shutil

import pytest
import sympy as sp

from symact.claims import check_all, load_paths, loads
from symact.claims.spec import LinkError, Result
from symact.handout.assemble import document, introduction
from symact.handout.labels import LABELS
from symact.handout.pdf import build_pdf
from symact.handout.proof_blocks import proof_block
from symact.prover import StepReport, Verdict
from symact.prover.steps import StepResult


def claim(cid: str, body: str) -> str:
    return (f'[[claim]]\nid = "{cid}"\ntitle.cs = "{cid}"\ntitle.en = "{cid}"\n'
            f'source = "student"\n{body}\n')


# id -> (the claim's body, the verdict the handout must give)
CLAIMS = {
    "wrong-step": ('lhs = "2*x"\nrhs = "x + x"\n[[claim.derivation]]\nsteps = [\n'
                   '  "2*x",\n  "3*x - x",\n  "3*x",\n]', "wrong"),
    "disproved": ('lhs = "sigmoid(z)"\nrhs = "1 - sigmoid(z)"', "disproved"),
    "unknown": ('lhs = "sigmoid(z)"\nrhs = "(1 + tanh(z/2))/2"\nbudget = 0.001', "unknown"),
    "odd-sigmoid": ('activation = "sigmoid"\nproperty = "symmetry"\nvalue = "odd"',
                    "disproved"),
    "relu-unbounded": ('activation = "relu"\nproperty = "bounded_below"\nvalue = false',
                       "disproved"),
    "tanh-decreasing": ('activation = "tanh"\nproperty = "monotonic"\nvalue = "decreasing"',
                        "disproved"),
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("student")
    text = "\n".join(claim(cid, body) for cid, (body, _) in CLAIMS.items())
    (path / "homework.toml").write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def results(folder):
    return check_all(load_paths([folder]))


def blocks(text: str) -> dict[str, str]:
    """The handout's block of each claim, by id."""
    parts = text.split(r"\subsection*{")
    return {re.search(r"\\texttt\{([^}]*)\} ---", p).group(1): p for p in parts
            if re.search(r"\\texttt\{[^}]*\} ---", p)}


def test_each_result_is_what_check_computes(results):
    assert {r.claim.id: r.verdict for r in results} == {k: v for k, (_, v) in CLAIMS.items()}
    assert not any(r.ok for r in results)


@pytest.mark.parametrize("lang", ["en", "cs"])
def test_no_block_says_proved(results, lang):
    L = LABELS[lang]
    found = blocks(document([], results, lang))
    assert set(found) == set(CLAIMS)
    for cid, (_, verdict) in CLAIMS.items():
        block = found[cid]
        assert rf"\textbf{{{L[verdict]}}}" in block, cid
        assert not re.search(rf"\b{L['proved']}\b", block), cid  # "disproved" is fine


def test_the_wrong_step_is_marked_with_line_and_counterexample(results, folder):
    block = blocks(document([], results, "en"))["wrong-step"]
    first, second = re.findall(r"^.*&= .*$", block, re.M)[:2]
    assert first.startswith("2 x &= 3 x - x") and "wrong" not in first  # right: not marked
    assert second == r"&= 3 x && \text{wrong}"
    line = (folder / "homework.toml").read_text().splitlines().index('  "3*x",') + 1
    assert rf"First wrong step: \fit{{3 x - x = 3 x}} (\texttt{{homework.toml:{line}}})" in block
    assert "Counterexample: $x = " in block and r"\neq" in block
    assert "The claim itself (without the written steps): holds" in block
    assert r"\fit{2 x = x + x}" in block  # the claim is stated as it is: true


def test_disproved_and_unknown_statements(results):
    found = blocks(document([], results, "en"))
    assert r"\neq" in found["disproved"] and "Counterexample" in found["disproved"]
    assert r"\overset{?}{=}" in found["unknown"] and "reason: " in found["unknown"]


def test_false_words_and_booleans_are_marked_false(results):
    found = blocks(document([], results, "en"))
    odd = found["odd-sigmoid"]
    assert r"sigmoid: Symmetry: odd \quad(\textbf{false})" in odd
    assert r"\texttt{properties()} derives: point-symmetric about" in odd
    assert r"Bounded below: no \quad(\textbf{false})" in found["relu-unbounded"]
    assert r"\texttt{properties()} derives: yes" in found["relu-unbounded"]
    assert r"decreasing \quad(\textbf{false})" in found["tanh-decreasing"]
    cs = blocks(document([], results, "cs"))["odd-sigmoid"]
    assert r"lichá \quad(\textbf{nepravda})" in cs


def test_summary_counts_the_computed_verdicts(results):
    text = document([], results, "en")
    assert "Claims checked: 6 (disproved: 4, unknown: 1, wrong derivation: 1)." in text


def test_introduction_names_only_what_the_handout_has():
    assert "Claims and proofs" in introduction(True, True, "en")
    without = document([], [], "en")
    assert "Claims and proofs" not in without and "symact check" not in without
    assert "Tvrzení a důkazy" not in document([], [], "cs")


def test_an_undecided_step_is_marked_and_the_verdict_is_unknown():
    (c,) = loads(claim("c", 'lhs = "x"\nrhs = "x"\n[[claim.derivation]]\n'
                            'steps = ["x", "x"]'), "u.toml")
    x = sp.Symbol("x")
    link = StepResult(0, "unknown", Verdict("unknown", x, x, tried=("budget ran out",)))
    report = StepReport((x, x), (link,))
    undecided = LinkError("u.toml", 11, "claim[0].derivation[0].steps[1]", "not decided",
                          0, 0, "unknown")
    r = Result(c, "proved", "1 checked step", reports=(report,), undecided=(undecided,))
    assert r.verdict == "unknown" and not r.ok
    block = proof_block(r, "en")
    assert r"\textbf{unknown}" in block and r"&= x && \text{not decided}" in block
    assert r"Step not decided: \fit{x = x} (\texttt{u.toml:11})" in block
    assert not re.search(r"\bproved\b", block)


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex is not installed")
@pytest.mark.parametrize("lang", ["en", "cs"])
def test_marked_handout_compiles(tmp_path, results, lang):
    pdf, log = build_pdf(document([], results, lang), tmp_path / "marked.tex")
    assert pdf.exists() and "Undefined control sequence" not in log
