"""``symact grade`` end to end: a class written here, graded locally and on a Dask
LocalCluster; the gradebook, the feedback in both languages, the report, the exit codes."""

from __future__ import annotations

import csv
import json
import os
import time
from pathlib import Path

import pytest

from symact import workers
from symact.cli import main
from symact.grading import find_submissions, grade_all, read_exercise, read_submission

EXERCISE = """\
[exercise]
id = "tanh-sigmoid"
title.cs = "Dokažte vztah mezi tanh a sigmoidem"
title.en = "Prove the relation between tanh and the sigmoid"
lhs = "sigmoid(z)"
rhs = "(1 + tanh(z/2))/2"
points = 10
"""
# student -> (submission, expected status, expected first wrong line)
CLASS = {
    "alena": ("sigmoid(z)\n= 1/(1 + e^(-z))\n= e^z/(e^z + 1)\n= (1 + tanh(z/2))/2\n",
              "correct", ""),
    "boris": ("sigmoid(z) = 1/(1 + exp(-z)) = (1 + tanh(z/2))/2", "correct", ""),
    "cyril": ("sigmoid(z)\n1/(1 + e^(-z))\ne^z/(e^z - 1)\n(1 + tanh(z/2))/2\n", "wrong_step",
              "3"),
    "dana": ("# my proof\nsigmoid(z)\n\n(1 + tanh(z))/2\n", "wrong_step", "4"),
    "emil": ("sigmoid(z)\n1/(1 + e^(-z))\n(z*e^z)/(z*(e^z + 1))\n(1 + tanh(z/2))/2\n",
             "wrong_step", "3"),
    "filip": ("sigmoid(z)\n1/(1 + e^(-z)\n", "unreadable", "2"),
    "gita": ("sigmoid(z)\n1/(1 + e^(-z))\n", "incomplete", ""),
    "hana": ("sigmoid(z)\n1/(1 + e^(-z)) + sin(e^(e^(e^z)))^2 + cos(e^(e^(e^z)))^2 - 1\n"
             "(1 + tanh(z/2))/2\n", "timeout", ""),
    "ivan": ("sigmoid(z)\n1/(1 - e^(-z))\n(1 + tanh(z/2))/2\n", "wrong_step", "2"),
}
BUDGET = "2"


@pytest.fixture()
def course(tmp_path: Path) -> tuple[Path, Path]:
    ex = tmp_path / "ex.toml"
    ex.write_text(EXERCISE, encoding="utf-8")
    subs = tmp_path / "subs"
    subs.mkdir()
    for student, (text, _, _) in CLASS.items():
        (subs / f"{student}.txt").write_text(text, encoding="utf-8")
    return ex, subs


def _book(out: Path) -> list[dict[str, str]]:
    with open(out / "gradebook.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_the_gradebook_has_exactly_its_columns_and_the_right_grades(course, tmp_path, capsys):
    ex, subs = course
    start = time.monotonic()
    assert main(["grade", str(ex), str(subs), "--out", str(tmp_path / "out"), "--workers", "2",
                 "--budget", BUDGET, "--lang", "en"]) == 0
    assert time.monotonic() - start < 30
    out = tmp_path / "out"
    header = (out / "gradebook.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "student,status,first_wrong_step,points,max_points,seconds"
    rows = _book(out)
    assert [r["student"] for r in rows] == sorted(CLASS)
    for r in rows:
        _, status, line = CLASS[r["student"]]
        assert (r["status"], r["first_wrong_step"]) == (status, line), r
        assert float(r["points"]) == (10.0 if status == "correct" else 0.0)
        assert float(r["max_points"]) == 10.0
        assert float(r["seconds"]) < float(BUDGET) + 5
    assert capsys.readouterr().out.startswith("graded 9 submissions in ")
    assert sorted(p.name for p in (out / "feedback").iterdir()) == sorted(
        f"{s}.md" for s in CLASS)
    page = (out / "report.html").read_text(encoding="utf-8")
    assert all(f'href="feedback/{s}.md"' in page for s in CLASS)
    assert "<td>wrong step</td><td>4</td>" in page  # cyril, dana, emil, ivan
    assert "<td>correct</td><td>2</td>" in page


def test_feedback_in_czech_and_english(course, tmp_path):
    ex, subs = course
    for lang in ("cs", "en"):
        assert main(["grade", str(ex), str(subs), "--out", str(tmp_path / lang), "--lang", lang,
                     "--budget", BUDGET]) == 0
    fb = {lang: {p.stem: p.read_text(encoding="utf-8") for p in (tmp_path / lang /
                                                                   "feedback").iterdir()}
          for lang in ("cs", "en")}
    assert "Line 3 is wrong (the first problem)." in fb["en"]["cyril"]
    assert "Řádek 3 je chybný (první problém)." in fb["cs"]["cyril"]
    assert "at z = 1 the previous line is" in fb["en"]["cyril"]
    assert "v bodě z = 1 má předchozí řádek hodnotu" in fb["cs"]["cyril"]
    assert "holds only for z ≠ 0" in fb["en"]["emil"]
    assert "platí jen pro z ≠ 0" in fb["cs"]["emil"]
    assert "Line 2, column 3 cannot be read" in fb["en"]["filip"]
    assert "Řádek 2, sloupec 3 nelze přečíst" in fb["cs"]["filip"]
    assert "definition of sigmoid" in fb["en"]["alena"]
    assert "definice funkce sigmoid" in fb["cs"]["alena"]
    assert "It should end at" in fb["en"]["gita"]
    assert "could not be decided within 2 s" in fb["en"]["hana"]
    # the first problem comes before the steps
    text = fb["en"]["cyril"]
    assert text.index("Line 3 is wrong") < text.index("## Steps")


def test_json_prints_the_records_and_writes_nothing_unasked(course, capsys, tmp_path,
                                                           monkeypatch):
    ex, subs = course
    monkeypatch.chdir(tmp_path)
    assert main(["grade", str(ex), *sorted(str(p) for p in subs.glob("[a-c]*.txt")),
                 "--json", "--budget", BUDGET]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["student"] for r in records] == ["alena", "boris", "cyril"]
    assert set(records[0]) == {"student", "status", "first_wrong_step", "points",
                               "max_points", "seconds"}
    assert records[2]["first_wrong_step"] == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ex.toml", "subs"]


@pytest.mark.parametrize("content, message", [
    ("[exercise]\nid = \"x\"\n", "ex.toml: exercise.title: missing"),
    (EXERCISE.replace('lhs = "sigmoid(z)"', 'lhs = "sigmoid(z"'), "ex.toml:5: exercise.lhs:"),
    (EXERCISE + "colour = 1\n", "ex.toml:8: exercise.colour: unknown key"),
    (EXERCISE.replace("points = 10", "points = -1"), "ex.toml:7: exercise.points:"),
    (EXERCISE + "[exercise.params]\nq = [1, 2]\n", "exercise.params.q: parameter 'q' is in"),
    (EXERCISE + "[exercise.partial]\nincomplete = 20\n", "exercise.partial.incomplete:"),
    ("[exercise\n", "ex.toml:1: not valid TOML"),
])
def test_a_bad_exercise_file_is_one_line_and_exit_2(tmp_path, capsys, content, message):
    ex = tmp_path / "ex.toml"
    ex.write_text(content, encoding="utf-8")
    (tmp_path / "s.txt").write_text("sigmoid(z)\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["grade", str(ex), str(tmp_path / "s.txt"), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and message in err, err
    assert not out.exists()  # no partial output


def test_bad_submission_paths_exit_2(course, tmp_path, capsys):
    ex, subs = course
    other = tmp_path / "other"
    other.mkdir()
    (other / "alena.txt").write_text("sigmoid(z)\n", encoding="utf-8")
    assert main(["grade", str(ex), str(subs), str(other)]) == 2
    assert "student 'alena' has a second submission" in capsys.readouterr().err
    assert main(["grade", str(ex), str(tmp_path / "nope" / "*.txt")]) == 2
    assert "matches no file" in capsys.readouterr().err
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    assert main(["grade", str(fifo), str(subs)]) == 2
    assert "not a regular file" in capsys.readouterr().err


def test_an_undecodable_submission_is_graded_unreadable(course, tmp_path):
    ex, subs = course
    (subs / "zora.txt").write_bytes(b"sigmoid(z)\n\xff\xfe(1 + tanh(z/2))/2\n")
    grades = grade_all(read_exercise(ex), [read_submission(subs / "zora.txt")], workers=1)
    assert (grades[0].status, grades[0].first_wrong_step) == ("unreadable", 2)


def test_local_and_dask_cluster_gradebooks_are_equal(course):
    distributed = pytest.importorskip("distributed", reason="pip install dask distributed")
    ex, subs = course
    exercise = read_exercise(ex)
    class_ = [read_submission(p) for p in find_submissions([str(subs)])]
    local = grade_all(exercise, class_, budget=float(BUDGET), workers=2)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        remote = grade_all(exercise, class_, budget=float(BUDGET),
                           scheduler=cluster.scheduler_address)

    def strip(gs):
        return [{k: v for k, v in g.row().items() if k != "seconds"} for g in gs]
    assert strip(local) == strip(remote)
    assert [g.steps for g in local if g.status != "timeout"] == [
        g.steps for g in remote if g.status != "timeout"]
    assert [(r["status"], r["first_wrong_step"] or "") for r in strip(remote)] == [
        (CLASS[s][1], int(CLASS[s][2]) if CLASS[s][2] else "") for s in sorted(CLASS)]


def test_a_scheduler_without_workers_is_one_line_and_exit_2(course, capsys, monkeypatch):
    distributed = pytest.importorskip("distributed", reason="pip install dask distributed")
    monkeypatch.setattr(workers, "CONNECT", 1.0)
    ex, subs = course
    with distributed.LocalCluster(n_workers=0, processes=True,
                                  dashboard_address=None) as cluster:
        start = time.monotonic()
        assert main(["grade", str(ex), str(subs), "--scheduler", cluster.scheduler_address,
                     "--json"]) == 2
        assert time.monotonic() - start < 15
    err = capsys.readouterr().err.strip()
    assert err.endswith("the scheduler has no workers (waited 1 s)") and "\n" not in err
