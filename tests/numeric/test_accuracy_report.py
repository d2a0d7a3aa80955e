"""``symact accuracy`` explains itself: where each maximum is, what κ is, strict JSON,
expressions as for show, and a refusal of point counts that do not fit in memory."""

import argparse
import json

import numpy as np

from symact.cli.numeric import register
from symact.numeric import measure


def _cli(argv: list[str]) -> int:
    p = argparse.ArgumentParser()
    register(p.add_subparsers(dest="command", required=True))
    args = p.parse_args(argv)
    return args.run(args)


def _strict(text: str) -> dict:
    def refuse(c: str):
        raise AssertionError(f"not strict JSON: {c}")

    return json.loads(text, parse_constant=refuse)


def test_the_worst_point_is_where_the_evaluator_fails():
    """sqrt(1 + x²) − 1 is finite (≈ |x|) everywhere, but x² overflows for |x| > 1.34e154:
    the worst value error is an overflow there, counted as nonfinite."""
    r = measure("sqrt(1 + x**2) - 1", points=200)
    assert r.value_nonfinite >= 1 and r.value_max == np.inf
    assert abs(r.value_max_x) > 1.34e154


def test_an_exact_evaluator_points_nowhere(capsys):
    assert _cli(["accuracy", "relu", "--points", "40", "--json"]) == 0
    rec = _strict(capsys.readouterr().out)
    assert rec["value_max"] == 0.0 and rec["value_max_x"] is None
    assert set(rec) >= {"value_max_x", "value_scaled_max_x", "deriv_max_x",
                        "deriv_scaled_max_x"}


def test_text_output_names_kappa_and_the_worst_x(capsys):
    assert _cli(["accuracy", "sqrt(1 + x**2) - 1", "--points", "40"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "κ = |x·g'(x)/g(x)|" in out[0] and "at x" in out[2]
    name = "sqrt(1 + x**2) - 1"
    assert all(line.startswith(name) for line in out[3:])
    rows = [line[len(name):].split() for line in out[3:]]
    assert [r[1] for r in rows] == ["value", "derivative"]
    assert rows[0][2] == "inf" and abs(float(rows[0][3])) > 1.34e154


def test_infinite_figures_are_strict_json(capsys):
    assert _cli(["accuracy", "sqrt(1 + x**2) - 1", "--points", "40", "--json"]) == 0
    rec = _strict(capsys.readouterr().out)
    assert rec["value_max"] == "inf" and abs(rec["value_max_x"]) > 1.34e154


def test_help_explains_kappa(capsys):
    try:
        _cli(["accuracy", "--help"])
    except SystemExit as exc:
        assert exc.code == 0
    text = capsys.readouterr().out
    assert "condition number" in text and "max/κ" in text and "at x" in text


def test_point_counts_beyond_memory_are_refused_in_one_line(capsys):
    assert _cli(["accuracy", "relu", "--points", str(10**12)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "GiB" in err and "Traceback" not in err


def test_free_symbols_are_refused_before_any_work(capsys):
    assert _cli(["accuracy", "x*y"]) == 2
    assert "give values for y" in capsys.readouterr().err
