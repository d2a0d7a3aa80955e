"""Time budgets hold, nest, and never leak an alarm."""

import signal
import time

import pytest
import sympy as sp

from symact.budget import check, deadline, remaining
from symact.errors import BudgetExceeded


def test_deadline_interrupts_a_long_computation() -> None:
    start = time.perf_counter()
    with pytest.raises(BudgetExceeded, match=r"timed out after 0\.2 s"), deadline(0.2):
        while True:
            sum(range(1000))
    assert time.perf_counter() - start < 1.0


def test_deadline_interrupts_sympy() -> None:
    x = sp.Symbol("x")
    start = time.perf_counter()
    with pytest.raises(BudgetExceeded), deadline(0.3):
        sp.simplify(sum(sp.exp(sp.exp(sp.exp(x + k))) * sp.tanh(x) ** k for k in range(200)))
    assert time.perf_counter() - start < 1.5


def test_nested_deadlines_keep_the_earliest() -> None:
    with deadline(10.0):
        with pytest.raises(BudgetExceeded), deadline(0.1):
            time.sleep(0.5)
        assert 8.0 < remaining() <= 10.0
        check()


def test_no_alarm_left_behind() -> None:
    with deadline(0.05):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    time.sleep(0.1)  # a stray alarm would raise here


def test_alarm_is_deferred_inside_finalisers_and_weakref_callbacks() -> None:
    """An exception raised there would be 'unraisable' (lost); the alarm fires again later
    in ordinary code instead. Seen in CI: the deadline expired inside WeakSet._remove."""
    import sys
    import weakref

    from symact import budget

    frames = []

    class Finalised:
        def __del__(self):
            frames.append(sys._getframe())

    class Plain:
        pass

    Finalised()
    obj = Plain()
    weakref.finalize(obj, lambda: frames.append(sys._getframe()))
    del obj
    assert len(frames) == 2
    assert all(budget._in_callback(f) for f in frames)
    assert not budget._in_callback(sys._getframe())


def test_no_budget_outlives_its_block_even_when_the_exception_is_kept() -> None:
    # an expired budget left on the stack fires later in code that left the block long ago
    # (seen as "timed out after 10 s" inside to_dict() after properties() returned); keeping
    # the exceptions (a memo does) must not keep the deadlines alive
    import time

    from symact import budget
    from symact.budget import deadline
    from symact.errors import BudgetExceeded

    kept = []
    for _ in range(300):
        try:
            with deadline(0.0005), deadline(0.002):
                while True:
                    pass
        except BudgetExceeded as exc:
            kept.append(exc)
    assert len(kept) == 300 and not budget._stack
    time.sleep(0.2)  # no alarm is left armed: nothing is raised here


def test_the_alarm_waits_while_a_deadline_enters_or_leaves() -> None:
    # an expired outer budget's repeating alarm, landing in a deadline's own frame (between
    # its push and its try, or in contextlib's __exit__), would strand that deadline's entry
    import signal
    import sys
    import time

    import pytest

    from symact import budget
    from symact.errors import BudgetExceeded

    expired = (time.monotonic() - 1.0, 1.0)
    budget._stack.append(expired)  # no timer armed: only the handler is exercised
    try:
        gen = budget.deadline.__wrapped__(1.0)
        budget._on_alarm(signal.SIGALRM, gen.gi_frame)  # skipped, fires again in 50 ms
        with pytest.raises(BudgetExceeded):
            budget._on_alarm(signal.SIGALRM, sys._getframe())
    finally:
        budget._stack.remove(expired)


def test_an_alarm_pending_at_the_last_exit_is_not_delivered_to_the_default_action() -> None:
    # with SIGALRM blocked for the clean-up, an alarm that fired just before the disarm
    # stays pending; restoring SIG_DFL and unblocking would kill the process
    import os
    import signal

    from symact.budget import deadline

    pid = os.fork()
    if pid == 0:  # the child: exits 0 unless an alarm kills it
        try:
            signal.signal(signal.SIGALRM, signal.SIG_DFL)
            with deadline(5.0):
                # the alarm fires while the clean-up has it blocked: pending at the exit
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
                os.kill(os.getpid(), signal.SIGALRM)
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, status
