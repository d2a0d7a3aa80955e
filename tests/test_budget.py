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
