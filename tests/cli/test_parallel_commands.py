"""``symact table``, ``check`` and ``latex`` with ``--workers 1``, ``--workers 2`` and a Dask
cluster: the same output (the measured seconds aside)."""

import re
import time

import pytest

import symact.claims.parallel as parallel
from symact.claims import PROOFS, check_all, check_many, load_paths
from symact.claims.packing import pack, unpack
from symact.cli.app import main
from symact.core import resolve
from symact.derive import records_of
from symact.handout import document

SIGNS = str(PROOFS / "02_sign_problem.toml")
EXERCISE = str(PROOFS / "01_exercise1.toml")


def _untimed(text: str) -> str:
    """The output without what the clock says (a claim's seconds, the total)."""
    text = re.sub(r"\d+\.\d\ds\b", "T", text)  # symact check: a claim's time column
    text = re.sub(r"in \d+\.\d s$", "in T s", text, flags=re.M)
    return re.sub(r"\(\d+\.\d\d~", "(T~", text)  # the handout's verdict line


def _run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, _untimed(out)


def test_check_one_and_two_workers_print_the_same(capsys):
    one = _run(capsys, "check", SIGNS, "--workers", "1")
    two = _run(capsys, "check", SIGNS, "--workers", "2")
    assert one == two and one[0] == 0
    assert one[1].splitlines()[0].split()[:2] == ["claim", "verdict"]


def test_latex_one_and_two_workers_write_the_same(capsys):
    # exercise 1: written steps kept as typed, which a plain pickle would evaluate
    one = _run(capsys, "latex", "relu", "sigmoid", "hardswish", "--proofs", EXERCISE,
               "--workers", "1")
    two = _run(capsys, "latex", "relu", "sigmoid", "hardswish", "--proofs", EXERCISE,
               "--workers", "2")
    assert one == two and one[0] == 0


def test_results_travel_exactly():
    claims = load_paths([EXERCISE])
    here = check_all(claims)
    there = unpack(pack(here))
    assert there == here
    assert document([], there, "en") == document([], here, "en")


def test_a_killed_task_leaves_its_claims_unknown(monkeypatch):
    claims = load_paths([EXERCISE, SIGNS])[:3]
    monkeypatch.setattr(parallel, "group_limit", lambda cs: 1.0)
    monkeypatch.setattr(parallel, "check", lambda c: time.sleep(3600))  # the forks see it
    results = check_many(claims, workers=2)
    assert [r.claim for r in results] == claims
    assert all(r.status == "unknown" and "killed after" in r.detail for r in results)
    assert all(len(r.reports) == len(r.claim.derivations) for r in results)
    document([], results, "en")  # the handout still renders them


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip(
        "distributed", reason="Dask distributed is optional: pip install dask distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as c:
        yield c.scheduler_address


def test_a_dask_cluster_gives_the_same_output(cluster, capsys):
    local = _run(capsys, "check", SIGNS, "--workers", "1")
    dask = _run(capsys, "check", SIGNS, "--scheduler", cluster)
    assert dask == local and dask[0] == 0
    acts = [resolve(n) for n in ("relu", "tanh", "softsign", "softmax")]
    assert (records_of(acts, budget=10.0, use_cache=False, scheduler=cluster)
            == records_of(acts, budget=10.0, use_cache=False, workers=1))
