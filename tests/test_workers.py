"""The batch engine: limits enforced from outside, measured from outside."""

from __future__ import annotations

import time

from symact.workers import Worker, run_local


def test_results_come_back_in_the_tasks_order():
    tasks = [(f"t{i}", (i, 10 * i)) for i in range(20)]
    out = run_local("operator:add", tasks, workers=2)
    assert [o.key for o in out] == [k for k, _ in tasks]
    assert [o.value for o in out] == [11 * i for i in range(20)]
    assert {o.status for o in out} == {"ok"}


def test_a_task_past_its_limit_is_killed_and_does_not_delay_the_others():
    tasks = [("slow", (60,)), *((f"quick{i}", (0.05,)) for i in range(10)), ("slow2", (60,))]
    start = time.monotonic()
    out = run_local("time:sleep", tasks, workers=2, limit=1.0)
    took = time.monotonic() - start
    assert [o.status for o in out] == ["killed", *["ok"] * 10, "killed"]
    assert 1.0 <= out[0].seconds < 3.0
    assert took < 6.0  # two kills at 1 s each on two workers, not 120 s


def test_a_killed_worker_is_replaced():
    out = run_local("time:sleep", [("a", (30,)), ("b", (0.01,)), ("c", (0.01,))], workers=1,
                    limit=0.5)
    assert [o.status for o in out] == ["killed", "ok", "ok"]


def test_memory_limit_and_errors_and_crashes_are_outcomes():
    w = Worker(memory_mb=100)
    try:
        assert w.call("m", "builtins:bytearray", (2 * 10**9,), 10).status == "memory"
        e = w.call("e", "operator:truediv", (1, 0), 10)
        assert (e.status, e.value) == ("error", "ZeroDivisionError: division by zero")
        assert w.call("ok", "operator:mul", (6, 7), 10).value == 42  # alive after both
        assert w.call("x", "os:_exit", (3,), 10).status == "crashed"
    finally:
        w.stop()


def test_a_spawned_worker_is_a_fresh_interpreter_with_the_same_protocol():
    w = Worker(start="spawn", preload=("operator",))
    try:
        assert w.call("a", "operator:mul", (6, 7), 30).value == 42
        done = w.call("b", "time:sleep", (30,), 0.5)
        assert done.status == "killed" and not w.alive()
    finally:
        w.stop()


def test_more_workers_than_tasks_start_only_what_is_needed():
    assert run_local("operator:neg", [("a", (1,))], workers=8)[0].value == -1


def test_the_limit_holds_measured_from_outside():
    start = time.monotonic()
    run_local("time:sleep", [("a", (30,))], limit=0.3)
    assert time.monotonic() - start < 0.3 + 2.0
