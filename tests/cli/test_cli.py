"""The command line, in-process: contracts of show/table/list and bad input."""

import json

import pytest

from symact.cli.app import main
from symact.derive.records import KEYS


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SYMACT_CACHE_DIR", str(tmp_path / "cache"))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list(capsys) -> None:
    code, out, _ = run(capsys, "list")
    assert code == 0
    assert "swish (silu, sil, swish_1) [beta=1]" in out and "softmax" in out


def test_show_json_has_exactly_the_contract_keys(capsys) -> None:
    code, out, _ = run(capsys, "show", "tanh", "--json")
    assert code == 0
    rec = json.loads(out)
    assert tuple(rec) == KEYS
    assert rec["range"] == {"lower": "-1", "upper": "1", "lower_closed": False,
                            "upper_closed": False, "lower_numeric": -1.0, "upper_numeric": 1.0,
                            "exact": True}
    assert rec["symmetry"] == {"kind": "odd", "center": ["0", "0"]}
    assert rec["monotonic"] == "increasing" and rec["continuity"] == "inf"
    assert rec["limits"] == {"-oo": "-1", "+oo": "1"}
    assert rec["saturates"] == {"-oo": True, "+oo": True}
    assert rec["lipschitz"] == "1" and rec["lipschitz_numeric"] == 1.0
    assert rec["derivative_from_output"] in ("1 - y**2", "-(y - 1)*(y + 1)")


def test_show_text_says_how(capsys) -> None:
    code, out, _ = run(capsys, "show", "sigmoid")
    assert code == 0
    assert "range" in out and "(0, 1)" in out and "↳" in out


def test_show_params_and_symbolic(capsys) -> None:
    code, out, _ = run(capsys, "show", "elu", "--symbolic", "alpha", "--json")
    rec = json.loads(out)
    assert code == 0 and rec["range"]["cases"][0]["condition"] == "alpha > 0"
    assert rec["range"]["cases"][0]["value"]["lower"] == "-alpha"
    assert rec["continuity"] == {"cases": [{"condition": "Eq(alpha, 1)", "value": 1}],
                                 "otherwise": 0}
    code, out, _ = run(capsys, "show", "leaky_relu", "--param", "alpha=0.2", "--json")
    assert code == 0 and json.loads(out)["derivative_at_zero"] == "1/5"


def test_show_custom_expression_and_nonexistent_limit(capsys) -> None:
    code, out, _ = run(capsys, "show", "x + sin(x)", "--json")
    rec = json.loads(out)
    assert code == 0
    assert rec["derivative_limits"] == {"-oo": "nonexistent", "+oo": "nonexistent"}


def test_hardshrink_range_set(capsys) -> None:
    code, out, _ = run(capsys, "show", "hardshrink", "--json")
    rng = json.loads(out)["range"]
    assert code == 0 and "set" in rng and rng["lower"] == "-oo"


def test_table_formats(capsys) -> None:
    # one family (the whole catalog takes minutes cold: benchmarks/bench_zoo.py)
    code, out, _ = run(capsys, "table", "--format", "json", "--budget", "5", "--family",
                       "shrinkage")
    assert code == 0
    records = json.loads(out)
    assert [r["name"] for r in records] == ["tanhshrink", "softshrink", "hardshrink",
                                            "firm_shrinkage", "garrote_shrinkage"]
    code, md, _ = run(capsys, "table", "--format", "markdown", "--family", "shrinkage")
    assert code == 0 and md.startswith("| activation |") and "| tanhshrink |" in md
    code, text, _ = run(capsys, "table", "--family", "shrinkage")
    assert code == 0 and "C^∞" in text and "softshrink" in text


def test_table_of_the_vector_activation(capsys, monkeypatch) -> None:
    from symact.cli import app

    monkeypatch.setattr(app, "chosen", lambda args: [app.resolve("sigmoid"),
                                                      app.resolve("softmax")])
    code, out, _ = run(capsys, "table", "--format", "json")
    soft = next(r for r in json.loads(out) if r["name"] == "softmax")
    assert code == 0 and soft["jacobian"] == "diag(s) - s*s^T"


@pytest.mark.parametrize(("argv", "needle"), [
    (["show", "sigmod"], "did you mean sigmoid"),
    (["show", "x.__class__"], "column 2"),
    (["show", "elu", "--param", "alpha"], "NAME=VALUE"),
    (["show", "elu", "--param", "beta=2"], "no parameter 'beta'"),
    (["show", "elu", "--symbolic", "gamma"], "no parameter 'gamma'"),
    (["show", "exp(x"], "syntax error"),
    (["show", "y + 1"], "does not depend on x"),
    (["frobnicate"], "invalid choice"),
    (["table", "--format", "pdf"], "invalid choice"),
])
def test_bad_input_is_one_line_and_exit_2(capsys, argv, needle) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert needle in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_cache_serves_the_second_run(capsys, tmp_path) -> None:
    run(capsys, "show", "relu", "--json")
    files = list((tmp_path / "cache").glob("*.json"))
    assert len(files) == 1
    code, out, _ = run(capsys, "show", "relu", "--json")
    assert code == 0 and json.loads(out)["continuity"] == 0
