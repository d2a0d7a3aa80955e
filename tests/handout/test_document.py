"""The handout: exercise 1 rendered as on the slide; both languages compile with pdflatex,
no undefined control sequences, no box wider than the page, one page per activation sheet."""

import re
import shutil
from pathlib import Path

import pytest

from symact.claims.checker import check
from symact.claims.reader import load_paths
from symact.core.catalog import BUILT_IN, family
from symact.core.tex import render_chain
from symact.handout.assemble import collect, document
from symact.handout.labels import LABELS
from symact.handout.pdf import build_pdf, sheet_pages
from symact.recognition import relations

ROOT = Path(__file__).parents[2]
GOLDEN = Path(__file__).parents[1] / "golden" / "exercise1.tex"
# the page is 210 mm wide, the text 178 mm: a box may stick out at most into the margin
MARGIN_PT = 16 / 25.4 * 72.27


@pytest.fixture(scope="module")
def results():
    return [check(c) for c in load_paths([ROOT / "symact" / "proofs"])]


@pytest.fixture(scope="module")
def data():
    # the lecture's and PyTorch's entries; the literature's sheets: test_zoo_sheets_compile
    return collect([a.name for a in BUILT_IN])


@pytest.fixture(scope="module")
def related():
    return relations([a.name for a in BUILT_IN])


def test_exercise_1_renders_the_slides_chains_step_for_step(results):
    (ex1,) = [r for r in results if r.claim.id == "exercise-1"]
    body = "\n\n".join(render_chain(list(rep.written), as_written=True)
                       for rep in ex1.reports) + "\n"
    assert body == GOLDEN.read_text(encoding="utf-8")
    lines = [ln for ln in body.splitlines() if ln]
    assert len(lines) == 4 + 9  # the slide: 4 links, then 9 links


def test_handout_contains_the_golden_chains(results, data):
    records, signals = data
    text = document(records, results, "cs", signals)
    for chunk in GOLDEN.read_text(encoding="utf-8").split("\n\n"):
        assert chunk.strip() in text
    assert "Důkaz" in text and "Cvičení 1" in text and r"$D_f$" in text and r"$H_f$" in text
    assert "Vztahy" not in text  # no relations given: no section, no mention


@pytest.mark.parametrize("lang, title, proved", [("cs", "Vztahy mezi funkcemi", "dokázáno"),
                                                 ("en", "Relations between the functions",
                                                  "proved")])
def test_handout_has_the_relations_section(data, related, lang, title, proved):
    records, signals = data
    text = document(records, [], lang, signals, related)
    section = text[text.index(f"\\section*{{{title}}}"):]
    # the lecture's exercise, softplus' = sigma and the limit softplus_beta -> relu
    assert (r"\operatorname{sigmoid}(x) = \frac{\operatorname{tanh}{\left(\frac{x}{2} \right)}}"
            r"{2} + \frac{1}{2}") in section
    assert r"\frac{d}{dx}\,\operatorname{softplus}(x) = \operatorname{sigmoid}" in section
    assert r"\lim_{\beta \to \infty} \operatorname{softplus}(x) = \operatorname{relu}" in section
    assert section.count(proved) >= len(related.of_kind("affine"))
    assert title in text[:text.index(r"\section*")]  # the introduction names it


def test_labels_exist_in_both_languages():
    assert set(LABELS["cs"]) == set(LABELS["en"])


def _sheets_of_a_clean_log(log: str, n: int) -> dict:
    """The sheets' pages, after checking the log: no undefined control sequence, no missing
    character, no box wider than the margin, ``n`` sheets of one page each."""
    assert "Undefined control sequence" not in log
    assert "Missing character" not in log
    too_wide = [float(w) for w in re.findall(r"Overfull \\hbox \(([\d.]+)pt too wide\)", log)]
    assert all(w < MARGIN_PT for w in too_wide), too_wide
    pages = sheet_pages(log)
    assert len(pages) == n
    assert all(first == last for first, last in pages.values()), pages
    return pages


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex is not installed")
@pytest.mark.parametrize("lang", ["cs", "en"])
def test_full_handout_compiles(tmp_path, results, data, related, lang):
    records, signals = data
    assert len(records) == len(BUILT_IN)
    text = document(records, results, lang, signals, related)
    pdf, log = build_pdf(text, tmp_path / f"handout-{lang}.tex")
    assert pdf.exists() and (tmp_path / f"handout-{lang}.tex").exists()
    pages = _sheets_of_a_clean_log(log, len(BUILT_IN))
    total = int(re.search(r"Output written on handout\.pdf \((\d+) pages?", log).group(1))
    first_sheet = min(first for first, _ in pages.values())
    last_sheet = max(last for _, last in pages.values())
    assert first_sheet == 2 and last_sheet == first_sheet + len(BUILT_IN) - 1  # a page each
    assert re.search(r"\\newlabel\{table\}\{\{[^}]*\}\{1\}", log)  # the table: page 1
    assert total > last_sheet  # then the relations and the proofs
    relations_page = int(re.search(r"\\newlabel\{relations\}\{\{[^}]*\}\{(\d+)\}", log).group(1))
    proofs_page = int(re.search(r"\\newlabel\{proofs\}\{\{[^}]*\}\{(\d+)\}", log).group(1))
    assert last_sheet < relations_page < proofs_page


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex is not installed")
def test_zoo_sheets_compile_one_page_each(tmp_path):
    # the periodic family: oscillating entries whose sheets carry Unknown fields
    acts = family("periodic")
    records, signals = collect([a.name for a in acts], with_signal=False)
    text = document(records, [], "cs", signals)
    _, log = build_pdf(text, tmp_path / "periodic.tex")
    _sheets_of_a_clean_log(log, len(acts))


def test_failed_compile_names_the_line_and_writes_nothing(tmp_path):
    if shutil.which("pdflatex") is None:
        pytest.skip("pdflatex is not installed")
    from symact.errors import DocumentError
    from symact.handout.assemble import PREAMBLE

    text = PREAMBLE + "\\begin{document}\nfine\n\\undefinedmacro\n\\end{document}\n"
    out = tmp_path / "bad.tex"
    with pytest.raises(DocumentError, match=r"bad\.tex:\d+: Undefined control sequence"):
        build_pdf(text, out)
    assert not out.exists() and not out.with_suffix(".pdf").exists()


def test_jupyter_reprs_are_latex():
    import symact

    assert symact.get("tanh")._repr_latex_() == (
        r"$\operatorname{tanh}(x) = \tanh\left(x\right)$")
    p = symact.properties("tanh")._repr_latex_()
    assert p.startswith("$") and r"H_f &= \left(-1, 1\right)" in p
    assert r"\operatorname{softmax}" in symact.properties("softmax")._repr_latex_()
    v = symact.prove("tanh(-z)", "-tanh(z)")._repr_latex_()
    assert v.startswith(r"$\text{proved}") and r"\tanh\left(z\right)" in v
    assert r"\neq" in symact.prove("tanh(z)", "sigmoid(z)")._repr_latex_()
