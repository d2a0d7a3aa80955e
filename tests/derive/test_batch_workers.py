"""records_of on symact.workers: the same records from 1 and 2 workers, read and written to the
cache by the parent, one error line for --scheduler without Dask."""

import sys

import pytest

import symact.derive.batch as batch
from symact.cli.app import main
from symact.core import resolve
from symact.derive import table

NAMES = ("relu", "sigmoid", "softsign", "hardswish", "softmax")


def test_one_and_two_workers_give_the_same_table():
    acts = [resolve(n) for n in NAMES]
    one = batch.records_of(acts, budget=10.0, use_cache=False, workers=1)
    two = batch.records_of(acts, budget=10.0, use_cache=False, workers=2)
    assert one == two
    for fmt in ("text", "markdown", "json"):
        assert table([r for r, _ in one], fmt) == table([r for r, _ in two], fmt)


def test_the_parent_caches_and_reads_the_records(tmp_path, monkeypatch):
    monkeypatch.setenv("SYMACT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("SYMACT_NO_CACHE", raising=False)
    acts = [resolve("relu"), resolve("tanh")]
    first = batch.records_of(acts, budget=10.0, workers=2)
    assert len(list(tmp_path.glob("*.json"))) == 2

    def no_derivation(act, budget):
        raise AssertionError("derived although cached")

    monkeypatch.setattr(batch, "derive_one", no_derivation)  # the forked workers see it too
    assert batch.records_of(acts, budget=10.0, workers=2) == first


def test_outcomes_are_reported_as_they_end():
    seen = []
    batch.records_of([resolve("relu"), resolve("identity")], budget=10.0, use_cache=False,
                     workers=2, on_done=lambda o: seen.append((o.key, o.status)))
    assert sorted(seen) == [("identity", "ok"), ("relu", "ok")]


@pytest.mark.parametrize("argv", [["table"], ["check"], ["latex", "relu", "--no-proofs"]])
def test_scheduler_without_dask_is_one_line_exit_2(argv, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` fails
    assert main([*argv, "--scheduler", "tcp://127.0.0.1:8786"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "symact: error: --scheduler needs Dask: pip install dask distributed\n"


def test_workers_must_be_positive(capsys):
    assert main(["table", "--workers", "0"]) == 2
    assert "positive whole number" in capsys.readouterr().err
