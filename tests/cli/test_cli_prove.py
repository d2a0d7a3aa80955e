"""``symact prove`` / ``check-steps`` through argparse, in-process; exit codes are contracts."""

import argparse
import json

import pytest

from symact.cli import proving as cli_prove
from symact.cli.app import main


def run(argv):
    """Through the real entry point, symact.cli.app.main."""
    return main(argv)


def test_register_on_a_plain_parser(capsys):
    parser = argparse.ArgumentParser(prog="symact")
    cli_prove.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["prove", "relu(x)", "Max(0, x)"])
    assert args.run(args) == 0


def test_prove_proved_text(capsys):
    assert run(["prove", "sigmoid(z)", "(1 + tanh(z/2))/2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("proved") and "[catalog]" in out


def test_prove_disproved_json(capsys):
    assert run(["prove", "sigmoid(z)", "1 + tanh(z/2)", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["status"] == "disproved" and data["counterexample"]["point"]


def test_prove_latex_is_align_chain(capsys):
    assert run(["prove", "tanh(z)", "2*sigmoid(2*z) - 1", "--format", "latex"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("\\begin{align*}") and "&=" in out


def test_prove_unknown_exit_3(capsys):
    assert run(["prove", "sigmoid(z)", "(1 + tanh(z/2))/2", "--budget", "0.001"]) == 3
    assert "budget" in capsys.readouterr().out


def test_prove_with_assumption(capsys):
    assert run(["prove", "sign(x)^2", "1", "--assume", "x != 0"]) == 0


@pytest.mark.parametrize("argv", [
    ["prove", "x +", "1"],
    ["prove", "__import__('os')", "1"],
    ["prove", "x", "x", "--assume", "x integer"],
    ["prove", "x", "x", "--budget", "-1"],
    ["check-steps", "x"],
    ["prove", "softmax(x)", "1"],
    ["prove", "x"],
])
def test_bad_input_exit_2_one_line(capsys, argv):
    assert run(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_check_steps_args_and_file(tmp_path, capsys):
    assert run(["check-steps", "2*x + 2*x", "4*x", "5*x"]) == 1
    assert "first wrong step: 2" in capsys.readouterr().out
    f = tmp_path / "d.txt"
    f.write_text("# exercise\ntanh(z)\n(e^(2*z) - 1)/(e^(2*z) + 1)\n", encoding="utf-8")
    assert run(["check-steps", "--file", str(f), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "ok"
    assert run(["check-steps", "--file", str(tmp_path / "missing.txt")]) == 2
