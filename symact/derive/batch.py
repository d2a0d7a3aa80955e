"""Many records at once (``symact table``): cached ones read, the others derived in worker
processes, at most ``workers`` at a time, each killed from outside past its limit.

The limit is the per-field budget times the number of fields and shared steps (a derivation
whose every step times out still ends); a killed derivation gives a record whose fields are
Unknown with that reason, and is not cached.

>>> from symact.core import resolve
>>> [r["name"] for r, _ in records_of([resolve("relu"), resolve("tanh")], budget=10.0)]
['relu', 'tanh']
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import time
from collections.abc import Sequence
from typing import Any

from ..core import Activation
from .cache import record
from .records import SCALAR_FIELDS, Properties, Unknown, hows

# the shared steps the engine warms before the fields (f, f', f'', critical points, images)
_SHARED_STEPS = 7

Record = tuple[dict[str, Any], dict[str, str]]


def records_of(acts: Sequence[Activation], *, budget: float, use_cache: bool = True,
            workers: int | None = None) -> list[Record]:
    """``record(act)`` for each activation, in order; derivations in parallel processes."""
    workers = max(1, workers or os.cpu_count() or 1)
    if workers == 1 or len(acts) == 1:
        return [record(a, budget=budget, use_cache=use_cache) for a in acts]
    limit = budget * (len(SCALAR_FIELDS) + _SHARED_STEPS)
    ctx = mp.get_context("fork")  # the parent has SymPy loaded: forking reuses it
    results = ctx.Queue()
    out: dict[int, Record] = {}
    pending = list(enumerate(acts))
    running: dict[int, tuple[Any, float]] = {}
    while pending or running:
        while pending and len(running) < workers:
            i, act = pending.pop(0)
            proc = ctx.Process(target=_work, args=(i, act, budget, use_cache, results))
            proc.start()
            running[i] = (proc, time.monotonic())
        _collect(results, out, 0.05)
        for i, (proc, started) in list(running.items()):
            if i in out or not proc.is_alive():
                if i not in out:  # its result may still be in the pipe
                    _collect(results, out, 2.0, until=i)
                proc.join(timeout=1.0)
                if i not in out:
                    out[i] = _failed(acts[i], f"the worker ended with code {proc.exitcode}")
                del running[i]
            elif time.monotonic() - started > limit:
                proc.kill()
                proc.join()
                out[i] = _failed(acts[i], f"killed after {limit:g} s")
                del running[i]
    return [out[i] for i in range(len(acts))]


def _collect(results: Any, out: dict[int, Record], wait: float, until: int | None = None
             ) -> None:
    """Move results from the queue into ``out``: one within ``wait`` s, or all of them until
    ``until`` has arrived (or ``wait`` has passed)."""
    end = time.monotonic() + wait
    while True:
        try:
            i, rec = results.get(timeout=max(end - time.monotonic(), 0.001))
        except queue.Empty:
            return
        out[i] = rec
        if until is None or i == until or time.monotonic() > end:
            return


def _work(i: int, act: Activation, budget: float, use_cache: bool, results: Any) -> None:
    results.put((i, record(act, budget=budget, use_cache=use_cache)))


def _failed(act: Activation, reason: str) -> Record:
    fields = {f: Unknown(reason) for f in SCALAR_FIELDS}
    p = Properties(act.name, act.bind(), {q.name: q.default for q in act.params}, **fields)
    return p.to_dict(), hows(p)
