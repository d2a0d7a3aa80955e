"""``symact check`` on the repository's proofs and on broken files; ``symact latex``."""

from pathlib import Path

import pytest

from symact.cli.app import main

PROOFS = Path(__file__).parents[2] / "proofs"
HEAD = '[[claim]]\nid = "c"\ntitle.cs = "t"\ntitle.en = "t"\nsource = "s"\n'


def test_check_repository_proofs(capsys):
    assert main(["check", str(PROOFS)]) == 0
    out = capsys.readouterr().out
    assert "exercise-1" in out and "sign-tanh-neuron" in out
    assert "claims as expected" in out and out.splitlines()[0].split()[:2] == ["claim",
                                                                                "verdict"]


BROKEN = {
    "bad_toml.toml": (HEAD + 'lhs = "x\n', 6, ""),
    "unknown_key.toml": (HEAD + 'lhs = "x"\nrhs = "x"\nrhs2 = "x"\n', 8, "claim[0].rhs2"),
    "hostile.toml": (HEAD + 'lhs = "().__class__"\nrhs = "x"\n', 6, "claim[0].lhs"),
    "wrong_step.toml": (HEAD + 'lhs = "2*x"\nrhs = "x + x"\n[[claim.derivation]]\n'
                        'steps = [\n  "2*x",\n  "3*x",\n]\n', 11,
                        "claim[0].derivation[0].steps[1]"),
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


def test_missing_path_exit_2(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_show_format_latex(capsys):
    assert main(["show", "tanh", "--format", "latex"]) == 0
    out = capsys.readouterr().out
    assert r"\tanh\left(x\right)" in out and r"\left(-1, 1\right)" in out


def test_latex_pdf_needs_output(capsys):
    assert main(["latex", "--pdf"]) == 2
