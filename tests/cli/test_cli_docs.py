"""``symact check`` and ``symact latex``: the shipped proofs found from any folder, broken
files, and the exit codes both share (0 as expected, 1 not, 2 bad input and nothing written)."""

from pathlib import Path

import pytest

from symact.claims import PROOFS
from symact.cli.app import main
from symact.cli.docs import DEFAULT_PROOFS

HEAD = '[[claim]]\nid = "c"\ntitle.cs = "t"\ntitle.en = "t"\nsource = "s"\n'
WRONG_STEP = (HEAD + 'lhs = "2*x"\nrhs = "x + x"\n[[claim.derivation]]\n'
              'steps = [\n  "2*x",\n  "3*x",\n]\n')


def test_default_proofs_ship_inside_the_package():
    assert Path(DEFAULT_PROOFS) == PROOFS and PROOFS.is_absolute()
    assert PROOFS == Path(__file__).parents[2] / "symact" / "proofs"
    assert sorted(PROOFS.glob("*.toml"))


def test_check_finds_the_shipped_proofs_from_another_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "exercise-1" in out and "sign-tanh-neuron" in out
    assert "claims as expected" in out and out.splitlines()[0].split()[:2] == ["claim",
                                                                                "verdict"]


BROKEN = {
    "bad_toml.toml": (HEAD + 'lhs = "x\n', 6, ""),
    "unknown_key.toml": (HEAD + 'lhs = "x"\nrhs = "x"\nrhs2 = "x"\n', 8, "claim[0].rhs2"),
    "hostile.toml": (HEAD + 'lhs = "().__class__"\nrhs = "x"\n', 6, "claim[0].lhs"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_file_one_line_exit_2(tmp_path, capsys, name):
    text, line, key = BROKEN[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Traceback" not in err[0]
    assert err[0].startswith(f"symact: error: {path}:{line}: {key}")


def test_broken_folder_exit_2(tmp_path, capsys):
    for name, (text, _, _) in BROKEN.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 2
    assert "bad_toml.toml:6" in capsys.readouterr().err


def test_unexpected_verdict_exit_1(tmp_path, capsys):
    (tmp_path / "f.toml").write_text(HEAD + 'lhs = "x"\nrhs = "x + 1"\n', encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 1
    assert "disproved" in capsys.readouterr().out


def test_wrong_step_exit_1_naming_file_line_and_step(tmp_path, capsys):
    path = tmp_path / "wrong.toml"
    path.write_text(WRONG_STEP, encoding="utf-8")
    assert main(["check", str(path)]) == 1
    out, err = capsys.readouterr()
    assert "c  wrong" in out and "a written step is wrong" in out
    (line,) = err.strip().splitlines()
    assert line.startswith(f"symact: error: {path}:11: claim[0].derivation[0].steps[1]: "
                           "step 0 -> 1 (2*x = 3*x) is wrong: at x = ")


@pytest.mark.parametrize("command", ["check", "latex"])
def test_missing_path_exit_2(tmp_path, capsys, command):
    out = tmp_path / "h.tex"
    argv = ([command, str(tmp_path / "nope")] if command == "check"
            else [command, "relu", "--proofs", str(tmp_path / "nope"), "-o", str(out)])
    assert main(argv) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line == f"symact: error: {tmp_path / 'nope'}: no such file or folder"
    assert not out.exists()


@pytest.mark.parametrize("command", ["check", "latex"])
def test_folder_without_proof_files_exit_2(tmp_path, capsys, command):
    empty = tmp_path / "empty"
    empty.mkdir()
    argv = [command, str(empty)] if command == "check" else [command, "--proofs", str(empty)]
    assert main(argv) == 2
    assert "no proof files" in capsys.readouterr().err


def test_latex_typesets_a_wrong_step_as_wrong_and_exits_1(tmp_path, capsys):
    (tmp_path / "hw.toml").write_text(WRONG_STEP, encoding="utf-8")
    out = tmp_path / "h.tex"
    assert main(["latex", "relu", "--proofs", str(tmp_path), "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"wrote {out}", f"symact: error: {tmp_path / 'hw.toml'}:11: "
                   "claim[0].derivation[0].steps[1]: step 0 -> 1 (2*x = 3*x) is wrong: "
                   "at x = 1.0 the sides are 2.0 and 3.0"]
    text = out.read_text(encoding="utf-8")
    assert r"\textbf{wrong derivation}" in text and r"&= 3 x && \text{wrong}" in text
    assert r"First wrong step: \fit{2 x = 3 x} (\texttt{hw.toml:11})" in text


def test_latex_as_expected_exit_0_and_no_proofs(tmp_path, capsys):
    (tmp_path / "ok.toml").write_text(HEAD + 'lhs = "tanh(-z)"\nrhs = "-tanh(z)"\n',
                                      encoding="utf-8")
    assert main(["latex", "relu", "--proofs", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert r"\textbf{proved}" in out and "Claims and proofs" in out
    assert main(["latex", "relu", "--no-proofs"]) == 0
    out = capsys.readouterr().out
    assert "Claims and proofs" not in out and r"\end{document}" in out


def test_show_format_latex(capsys):
    assert main(["show", "tanh", "--format", "latex"]) == 0
    out = capsys.readouterr().out
    assert r"\tanh\left(x\right)" in out and r"\left(-1, 1\right)" in out


def test_latex_pdf_needs_output(capsys):
    assert main(["latex", "--pdf"]) == 2
