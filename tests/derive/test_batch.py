"""records_of: the uncached records derived in worker processes killed past their limit."""

import time

import symact.derive.batch as batch
from symact.core import resolve
from symact.derive import record


def test_parallel_records_equal_the_serial_ones():
    acts = [resolve(n) for n in ("relu", "tanh", "softsign")]
    got = batch.records_of(acts, budget=10.0, use_cache=False, workers=2)
    want = [record(a, budget=10.0, use_cache=False) for a in acts]
    assert [r for r, _ in got] == [r for r, _ in want]


def test_a_worker_past_its_limit_is_killed_from_outside(monkeypatch):
    # the forked workers inherit the patched record: a derivation that never ends
    monkeypatch.setattr(batch, "record", lambda act, **kw: time.sleep(3600))
    started = time.monotonic()
    out = batch.records_of([resolve("relu"), resolve("tanh")], budget=0.02, use_cache=False,
                           workers=2)
    assert time.monotonic() - started < 20
    for rec, how in out:
        assert "killed after" in rec["range"]["unknown"]
        assert "killed after" in how["range"]


def test_a_crashed_worker_is_reported(monkeypatch):
    def crash(act, **kw):
        raise SystemExit(3)

    monkeypatch.setattr(batch, "record", crash)
    (rec, _), = batch.records_of([resolve("relu"), resolve("tanh")], budget=1.0,
                                 use_cache=False, workers=2)[:1]
    assert "ended with code 3" in rec["range"]["unknown"]
