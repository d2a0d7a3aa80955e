"""Exercise files: the documented format, variants by SHA-256, partial credit, the examples."""

from __future__ import annotations

import hashlib
import itertools
from pathlib import Path

import pytest

from symact.errors import ProofFileError
from symact.grading import Exercise, find_submissions, grade_all, read_exercise, read_submission
from symact.grading.exercise import substitute

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "grading"


def test_the_variant_is_the_documented_sha256_index():
    ex = Exercise("v", (("cs", "a"), ("en", "a")), "a*x + b", "b + a*x", None, 1.0,
                  (("a", ("1", "2", "3")), ("b", ("0", "1/2"))))
    combos = list(itertools.product(("1", "2", "3"), ("0", "1/2")))
    for student in ("novak", "svoboda", "dvořák", "x" * 40):
        i = int(hashlib.sha256(f"v/{student}".encode()).hexdigest(), 16) % 6
        assert ex.variant(student).values == tuple(zip(("a", "b"), combos[i], strict=True))
    chosen = {ex.variant(f"s{i}").values for i in range(200)}
    assert len(chosen) == 6  # every variant is used


@pytest.mark.parametrize("text, values, expected", [
    ("tanh(a*x) + atan(a) + a", (("a", "3"),), "tanh(3*x) + atan(3) + 3"),
    ("x^a", (("a", "1/2"),), "x^(1/2)"),
    ("b*x - b", (("b", "-2"),), "(-2)*x - (-2)"),
    ("alpha*x + a", (("a", "2"),), "alpha*x + 2"),
])
def test_a_parameter_is_replaced_only_as_a_whole_identifier(text, values, expected):
    assert substitute(text, values) == expected


def test_partial_credit_never_exceeds_the_points():
    ex = Exercise("p", (("cs", "a"), ("en", "a")), "x", "x", None, 5.0,
                  partial=(("cap", 4.0), ("per_valid_step", 2.0), ("wrong_step", 1.0)))
    assert ex.credit("correct", 0) == 5.0
    assert ex.credit("wrong_step", 1) == 3.0
    assert ex.credit("wrong_step", 10) == 4.0
    assert ex.credit("unreadable", 10) == 0.0
    default = Exercise("p", (("cs", "a"), ("en", "a")), "x", "x", None, 5.0,
                       partial=(("per_valid_step", 2.0),))
    assert default.credit("incomplete", 10) == 2.5  # half the points


def _write(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "ex.toml"
    p.write_text(body, encoding="utf-8")
    return p


GOOD = ('[exercise]\nid = "d"\ntitle.cs = "c"\ntitle.en = "e"\nlhs = "diff(sigmoid(a*x), x)"\n'
        'rhs = "a*sigmoid(a*x)*(1 - sigmoid(a*x))"\npoints = 4\n')


@pytest.mark.parametrize("extra, line, key", [
    ('[exercise.params]\na = [2, "x"]\n', 9, "exercise.params.a"),     # not a number
    ('[exercise.params]\na = [2, 2]\n', 9, "exercise.params.a"),       # listed twice
    ('[exercise.params]\na = []\n', 9, "exercise.params.a"),
    ('[exercise.params]\na = [true]\n', 9, "exercise.params.a"),
    ('[exercise.params]\na = ["__import__(1)"]\n', 9, "exercise.params.a"),
    ('[exercise.partial]\nbonus = 1\n', 9, "exercise.partial.bonus"),
    ('[exercise.partial]\nincomplete = -1\n', 9, "exercise.partial.incomplete"),
    ('[other]\nx = 1\n', None, "other"),
])
def test_bad_params_and_partial_name_line_and_key(tmp_path, extra, line, key):
    with pytest.raises(ProofFileError) as err:
        read_exercise(_write(tmp_path, GOOD + extra))
    assert err.value.key == key and err.value.line == line, str(err.value)


def test_title_needs_both_languages(tmp_path):
    with pytest.raises(ProofFileError, match=r"title\.cs and title\.en"):
        read_exercise(_write(tmp_path, GOOD.replace('title.cs = "c"\n', "")))


def test_a_good_file_reads_back(tmp_path):
    ex = read_exercise(_write(tmp_path, GOOD + '[exercise.params]\na = [2, 0.5, "1/3"]\n'))
    assert (ex.id, ex.points, ex.params) == ("d", 4.0, (("a", ("2", "0.5", "1/3")),))
    assert ex.title_in("cs") == "c" and ex.title_in("en") == "e"


def test_the_examples_read_and_grade_as_their_readme_says():
    ex = read_exercise(EXAMPLES / "tanh_sigmoid.toml")
    read_exercise(EXAMPLES / "sigmoid_derivative.toml")
    subs = [read_submission(p) for p in find_submissions([str(EXAMPLES / "class")])]
    grades = {g.student: (g.status, g.first_wrong_step, g.points)
              for g in grade_all(ex, subs, workers=2, budget=10.0)}
    assert grades == {"jana": ("correct", None, 10.0), "karel": ("wrong_step", 3, 1.0),
                      "lucie": ("unreadable", 2, 0.0), "petr": ("wrong_step", 4, 2.0),
                      "tomas": ("incomplete", None, 5.0)}  # 4 + 2, capped at half
