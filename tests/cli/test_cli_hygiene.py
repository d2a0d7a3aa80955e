"""Bad input gets one line and exit 2, never a traceback (issue 15's reproducers), and inputs
that used to crash now answer."""

import json
import subprocess
import sys

import pytest

from symact.cli import main
from symact.core import resolve
from symact.derive.cache import cache_key
from symact.errors import ParameterError
from symact.nn.network import Network

BAD = [
    (["show", "sigmoid(x, 2)"], "sigmoid takes one argument"),
    (["show", "elu(x, 1, 2)"], "at most 1 parameter (alpha)"),
    (["show", "diff(x, 2)"], "a variable first"),
    (["show", "(10**10*x)**1000"], "about 10000 digits"),
    (["show", "softmax(x)"], "vector-valued"),
    (["export", "--target", "numpy", "softmax(x)"], "vector-valued"),
    (["export", "--target", "numpy", "x > 1"], "is a condition, not an expression"),
    (["export", "--target", "numpy", "1/0"], "does not depend on x"),
    (["show", "not x"], "needs conditions"),
    (["show", "(x > 0) & (x < 1)"], "is a condition"),
    (["show", "tanh", "--budget", "inf"], "positive, finite number of seconds"),
    (["show", "tanh", "--budget", "nan"], "positive, finite number of seconds"),
    (["prove", "x", "x", "--budget", "-1"], "positive, finite number of seconds"),
    (["table", "--budget", "0"], "positive, finite number of seconds"),
    (["latex", "-o", "/etc/passwd/x.tex", "tanh"], "no such directory"),
    (["latex", "--pdf", "-o", "/nonexistent/x.tex", "tanh"], "no such directory"),
    (["latex", "-o", "out.pdf", "tanh"], "expects a .tex file name"),
]


@pytest.mark.parametrize(("argv", "says"), BAD, ids=[" ".join(a) for a, _ in BAD])
def test_bad_input_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys, argv, says):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert says in captured.err, captured.err
    assert list(tmp_path.iterdir()) == []  # no partial output file


@pytest.mark.parametrize("spec", ["floor(x)", "Heaviside(x)", "ceiling(x) + sin(x)"])
@pytest.mark.parametrize("target", ["numpy", "torch", "jax"])
def test_steps_and_jumps_export(tmp_path, capsys, spec, target):
    out = tmp_path / "m.py"
    assert main(["export", "--target", target, "-o", str(out), spec]) == 0
    assert "def custom_1_derivative(x" in out.read_text()


def test_signal_of_a_step_has_no_edge_of_chaos(capsys):
    """Heaviside: E f'(Z)² = 0 (hand: f' = 0 almost everywhere), so the gradient-preserving
    gain is infinite and no weight variance makes χ = 1."""
    assert main(["signal", "Heaviside(x)"]) == 0
    out = capsys.readouterr().out
    assert "no edge of chaos" in out and "gain (gradient-preserving) +inf" in out
    assert "second_moment              1/2" in out


def test_a_closed_pipe_is_quiet():
    run = subprocess.run(f"{sys.executable} -m symact list | head -c 10", shell=True,
                         capture_output=True, text=True, timeout=120)
    assert run.stderr == "" and len(run.stdout) == 10


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("symact ")


@pytest.mark.parametrize("content", ["[1, 2]", '{"record": [], "how": {}}',
                                     '{"record": {"name": "relu"}, "how": {"a": 1}}', "{",
                                     '"' + "x" * 100 + '"'])
def test_an_ill_shaped_cache_entry_is_derived_again(tmp_path, monkeypatch, capsys, content):
    monkeypatch.setenv("SYMACT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("SYMACT_NO_CACHE", raising=False)
    (tmp_path / f"{cache_key(resolve('relu'), (), 10.0)}.json").write_text(content)
    assert main(["show", "relu", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["name"] == "relu"


@pytest.mark.parametrize("sizes", [[2, 1.5, 1], [2, True, 1], [2.0, 1], [2, 0, 1]])
def test_network_sizes_are_integers_not_truncated(sizes):
    with pytest.raises(ParameterError, match="positive integers"):
        Network(sizes, ["tanh"] * (len(sizes) - 1))


@pytest.mark.parametrize("error", [RuntimeError("dictionary changed size during iteration"),
                                   KeyError("x"), RecursionError("deep")])
def test_an_unexpected_error_is_one_line_exit_2(capsys, monkeypatch, error):
    # an exception no check anticipated (raised inside SymPy, say) reaches the user as one
    # line, never a traceback
    def boom(*args, **kwargs):
        raise error
    monkeypatch.setattr("symact.cli.recognition.identify", boom)
    monkeypatch.delenv("SYMACT_DEBUG", raising=False)
    assert main(["identify", "tanh(x)"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("symact: error: identify could not handle this input (")
    assert type(error).__name__ in err and err.count("\n") == 1 and "Traceback" not in err
