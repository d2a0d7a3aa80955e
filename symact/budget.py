"""Time budgets: SymPy may run for ever, so every entry point runs under a deadline.

The default budgets of the public entry points are named here (one place, chosen on purpose);
:func:`attempt` runs one try in a slice of the remaining budget.

``with deadline(2.0): ...`` raises :class:`BudgetExceeded` inside the block once two seconds
have passed. It uses ``SIGALRM`` (main thread, POSIX); nested deadlines keep the earliest. Off the
main thread only cooperative checks (:func:`check`) apply.

>>> with deadline(5.0):
...     remaining() > 0
True
"""

from __future__ import annotations

import _weakrefset
import contextlib
import gc
import signal
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from .errors import BudgetExceeded

# Default budgets (seconds) of the public entry points. A property field takes up to ~4 s
# alone (gelu_tanh's Lipschitz constant), and 5 s timed out under load, hence 10 s; the CLI's
# show/table use the same per-field budget, so that the command and the API agree.
PROPERTY_FIELD = 10.0  # properties(): each field
PROVE = 10.0  # prove(): one claim
VERIFY_STEP = 5.0  # one derivation step, when checked alone
CHECK_STEPS = 30.0  # check_steps(): a whole derivation
CLAIM = 20.0  # a claim of proofs/*.toml without its own budget
MOMENTS = 20.0  # Gaussian moments of one activation
ACCURACY_POINT = 0.5  # symact accuracy: seconds per point of one activation (mpmath ~0.05 s)
RELATE = 60.0  # relations(): one task (one source entry, one kind of relation)

_stack: list[tuple[float, float]] = []  # (monotonic end, seconds granted)
# The alarm keeps firing every _REPEAT s after expiry: SymPy swallows some exceptions with a
# bare ``except Exception`` and would otherwise run on past the deadline.
_REPEAT = 0.05

T = TypeVar("T")


def _on_alarm(signum: int, frame: object) -> None:
    # An exception raised inside a gc callback, a finaliser or a weakref callback (WeakSet's
    # _remove) is lost ("unraisable"): let the alarm fire again in _REPEAT seconds instead,
    # in ordinary code.
    if _in_callback(frame):
        return
    _raise_if_expired()


def _in_callback(frame: object) -> bool:
    """Whether the interrupted code runs inside a finaliser, a gc/weakref callback, or a
    deadline's own entry or exit (contextlib's __exit__ before it resumes our finally: an
    exception there would leave the expired budget on the stack, firing later in code that
    has long left the block)."""
    gc_codes = {getattr(cb, "__code__", None) for cb in gc.callbacks}
    while frame is not None:
        code = frame.f_code
        if code.co_name == "__del__" or code in gc_codes or code.co_filename in _SKIP_FILES \
                or code is _DEADLINE_CODE:
            return True
        frame = frame.f_back
    return False


_SKIP_FILES = frozenset((weakref.__file__, _weakrefset.__file__, contextlib.__file__))


def _raise_if_expired() -> None:
    if _stack:
        end, seconds = min(_stack)
        if time.monotonic() >= end:
            raise BudgetExceeded(f"timed out after {seconds:g} s")


def _arm() -> None:
    if not _stack:
        signal.setitimer(signal.ITIMER_REAL, 0)
        return
    delay = max(min(_stack)[0] - time.monotonic(), 1e-4)
    signal.setitimer(signal.ITIMER_REAL, delay, _REPEAT)


def _usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Run the block under a time budget of ``seconds`` (None: no new limit)."""
    if seconds is None:
        yield
        return
    end = (time.monotonic() + max(float(seconds), 0.0), float(seconds))
    if not _usable():
        _stack.append(end)
        try:
            yield
        finally:
            _stack.remove(end)
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    try:
        # inside the try: an outer budget's repeating alarm landing between the push and the
        # try would leave this entry on the stack for ever (the handler also skips this frame)
        _stack.append(end)
        _arm()
        yield
    finally:
        # the repeating alarm must not interrupt this clean-up: a BudgetExceeded raised
        # before the remove would leave the expired budget on the stack, firing for ever
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        try:
            if end in _stack:
                _stack.remove(end)
            _arm()
            if not _stack:
                # an alarm that fired before the disarm is pending while blocked: consume it,
                # or unblocking would deliver it to the restored (default) action and
                # terminate the process ("A process in the pool was terminated abruptly")
                if hasattr(signal, "sigtimedwait"):
                    signal.sigtimedwait({signal.SIGALRM}, 0)
                signal.signal(signal.SIGALRM, previous)
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGALRM})


_DEADLINE_CODE = deadline.__wrapped__.__code__


def remaining() -> float:
    """Seconds left in the innermost budget (inf when none is active)."""
    return min(_stack)[0] - time.monotonic() if _stack else float("inf")


def check() -> None:
    """Raise BudgetExceeded if the active budget has run out (for loops of our own)."""
    _raise_if_expired()


def attempt(fn: Callable[..., T], *args: object, share: float = 0.3, cap: float = 3.0) -> T | None:
    """``fn(*args)`` in a slice of the remaining budget: ``min(remaining · share, cap)`` s.

    Returns None when the slice runs out (one slow SymPy call, say factoring exp(-1000) as a
    polynomial in e, must not eat the whole budget); re-raises when the outer budget is spent.

    >>> attempt(sum, [1, 2])
    3
    """
    left = remaining()
    sub = cap if left == float("inf") else max(0.05, min(left * share, cap))
    try:
        with deadline(sub):
            return fn(*args)
    except BudgetExceeded:
        if remaining() <= 0:
            raise
        return None
