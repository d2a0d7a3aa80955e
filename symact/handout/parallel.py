"""What the handout needs, computed in parallel: the checked claims, the records and the
signal-propagation facts, as tasks of :mod:`symact.workers` (local processes or a Dask
cluster), the same as :func:`~symact.claims.check_all` and :func:`.assemble.collect` give.

One task per activation checks its property claims, then derives its record and its signal
facts (the claims and the sheet share the derivation, as in one process); the other claims
follow, grouped as :func:`symact.claims.parallel.claim_groups` does. A task that is killed or
crashes leaves its claims unknown and its record's fields Unknown, with the reason.

>>> results, records, signals = prepare(["relu", "tanh"], [], workers=2)
>>> results, [p.name for p in records], sorted(signals)
([], ['relu', 'tanh'], ['relu', 'tanh'])
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..budget import PROPERTY_FIELD
from ..claims import Claim, Result, check_all, derived
from ..claims.packing import pack, unpack
from ..claims.parallel import claim_groups, group_limit, results_of
from ..core import CATALOG, Activation, get
from ..derive import SCALAR_FIELDS, Properties, Unknown
from ..derive.batch import derive_limit
from ..workers import Outcome, run
from .assemble import collect
from .sheets import Signal, signal

TARGET = "symact.handout.parallel:prepare_one"
SIGNAL_LIMIT = 300.0  # seconds for an activation's signal facts (beyond its derivation's)

Prepared = tuple[list[Result], list[Any], dict[str, Signal | None]]
Job = tuple[Activation | None, list[int]]  # an activation (or none) and claim indices


def prepare(names: Sequence[str], claims: Sequence[Claim], *, budget: float | None = None,
            with_signal: bool = True, workers: int | None = None, scheduler: str | None = None,
            progress: Callable[[int, int, str], None] | None = None) -> Prepared:
    """(results of ``claims``, records, signals) for the named activations (default: the
    catalog): in this process with ``workers=1`` (no scheduler), else as tasks (default: one
    process per core); ``progress(k, n, label)`` as the ``k + 1``-th of ``n`` tasks ends."""
    acts = [get(n) for n in names] if names else list(CATALOG)
    if workers == 1 and not scheduler:
        results = check_all(claims, progress and (lambda k, c: progress(k, len(claims), c.id)))
        records, signals = collect(names, budget=budget, with_signal=with_signal,
                                   progress=progress and (lambda n: progress(0, 1, _label(n))))
        return results, records, signals
    jobs = _jobs(acts, claims)
    tasks = [(str(j), (pack(([claims[i] for i in ix], act and act.name, budget,
                              with_signal)),))
             for j, (act, ix) in enumerate(jobs)]
    own = derive_limit(PROPERTY_FIELD if budget is None else budget) + SIGNAL_LIMIT
    limit = max(group_limit([claims[i] for i in ix]) + (own if act else 0.0) for act, ix in jobs)
    count = [0]

    def tick(o: Outcome) -> None:
        count[0] += 1
        if progress is not None:
            act, ix = jobs[int(o.key)]
            progress(count[0] - 1, len(jobs), _label(act.name) if act else claims[ix[0]].id)

    outcomes = run(TARGET, tasks, workers=workers, scheduler=scheduler, limit=limit,
                         on_done=tick)
    done: dict[int, Result] = {}
    records: list[Any] = []
    signals: dict[str, Signal | None] = {}
    for (act, ix), o in zip(jobs, outcomes, strict=True):
        got = unpack(o.value) if o.status == "ok" else None
        done.update(zip(ix, results_of(o, [claims[i] for i in ix], got and got[0]),
                        strict=True))
        if act is not None:
            records.append(got[1] if got else _failed(act, str(o.value)))
            if with_signal and act.kind == "scalar":
                signals[act.name] = got[2] if got else None
    return [done[i] for i in range(len(claims))], records, signals


def _label(name: str) -> str:
    return f"properties: {name}"


def _jobs(acts: Sequence[Activation], claims: Sequence[Claim]) -> list[Job]:
    """One job per activation with its property claims, then the other claim groups."""
    groups = claim_groups(claims)
    names = {a.name for a in acts}
    mine = {act: ix for act, ix in groups if act in names}
    return ([(a, mine.pop(a.name, [])) for a in acts]
            + [(None, ix) for act, ix in groups if act not in names])


def prepare_one(data: bytes) -> bytes:
    """The task in a worker: (claims, activation name or None, budget, with_signal) packed
    in; (results, record or None, signal or None) packed out."""
    claims, name, budget, with_signal = unpack(data)
    results = check_all(claims)
    if name is None:
        return pack((results, None, None))
    act = get(name)
    props = derived(act.name, (), budget)
    sig = signal(act.name) if with_signal and act.kind == "scalar" else None
    return pack((results, props, sig))


def _failed(act: Activation, reason: str) -> Properties:
    """A record whose every field is Unknown with ``reason``."""
    fields = {f: Unknown(reason) for f in SCALAR_FIELDS}
    return Properties(act.name, act.bind(), {q.name: q.default for q in act.params}, **fields)
