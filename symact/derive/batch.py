"""Many records at once (``symact table``): cached ones read here, the others derived as tasks
of :mod:`symact.workers` (``workers`` local processes, or a Dask cluster at ``scheduler``),
each killed from outside past its limit, and cached here.

The limit is the per-field budget times the number of fields and shared steps (a derivation
whose every step times out still ends, :func:`derive_limit`); a killed derivation gives a
record whose fields are Unknown with that reason, and is not cached.

>>> from symact.core import resolve
>>> [r["name"] for r, _ in records_of([resolve("relu"), resolve("tanh")], budget=10.0)]
['relu', 'tanh']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..core import Activation
from ..workers import Outcome, run
from .cache import lookup, record, store
from .records import SCALAR_FIELDS, Properties, Unknown, hows

# the shared steps the engine warms before the fields (f, f', f'', critical points, images)
_SHARED_STEPS = 7
TARGET = "symact.derive.batch:derive_one"

Record = tuple[dict[str, Any], dict[str, str]]


def derive_limit(budget: float) -> float:
    """Seconds after which a derivation at ``budget`` per field is killed from outside."""
    return budget * (len(SCALAR_FIELDS) + _SHARED_STEPS)


def records_of(acts: Sequence[Activation], *, budget: float, use_cache: bool = True,
               workers: int | None = None, scheduler: str | None = None,
               on_done: Callable[[Outcome], None] | None = None) -> list[Record]:
    """``record(act)`` for each activation, in order; the uncached ones derived in worker
    processes (default: one per core), ``on_done`` called as each derivation ends."""
    out: dict[int, Record] = {}
    if use_cache:
        for i, act in enumerate(acts):
            hit = lookup(act, (), budget)
            if hit is not None:
                out[i] = hit
    todo = [i for i in range(len(acts)) if i not in out]
    if todo:
        tasks = [(acts[i].name, (acts[i], budget)) for i in todo]
        outcomes = run(TARGET, tasks, workers=workers, scheduler=scheduler,
                       limit=derive_limit(budget), on_done=on_done)
        for i, o in zip(todo, outcomes, strict=True):
            if o.status == "ok":
                out[i] = o.value
                if use_cache:
                    store(acts[i], (), budget, *o.value)
            else:  # killed after 290 s, the worker ended with code 3, more than 2048 MB, ...
                out[i] = _failed(acts[i], str(o.value))
    return [out[i] for i in range(len(acts))]


def derive_one(act: Activation, budget: float) -> Record:
    """The task run in a worker process: the record, derived (the parent caches it)."""
    return record(act, budget=budget, use_cache=False)


def _failed(act: Activation, reason: str) -> Record:
    fields = {f: Unknown(reason) for f in SCALAR_FIELDS}
    p = Properties(act.name, act.bind(), {q.name: q.default for q in act.params}, **fields)
    return p.to_dict(), hows(p)
