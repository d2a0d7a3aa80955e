"""Claims checked in parallel: tasks of :mod:`symact.workers` on local processes or a Dask
cluster, the results in the claims' order and the same as :func:`~.checker.check_all`'s.

A task is the property claims of one activation (they share its derivation, as in one process)
or one other claim; the property groups go first (they hold the long derivations), the cheap
claims fill the workers' gaps. Claims and results travel as :func:`~.packing.pack` bytes (an
expression kept as typed, ``(tanh(z/2) + 1)/2``, stays as typed).
A task killed past :func:`group_limit` (or crashed) leaves its claims unknown with the reason.

>>> from symact.claims.reader import loads
>>> claims = loads('''
... [[claim]]
... id = "half"
... title = { cs = "polovina", en = "half" }
... source = "lecture"
... lhs = "(tanh(z/2) + 1)/2"
... rhs = "sigmoid(z)"
... ''', "demo.toml")
>>> unpack(pack(claims)) == claims
True
>>> [r.status for r in check_many(claims, workers=2)]
['proved']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..budget import PROPERTY_FIELD, VERIFY_STEP
from ..derive.batch import derive_limit
from ..prover import StepReport
from ..workers import Outcome, run
from .checker import check, check_all
from .packing import pack, unpack
from .spec import Claim, Result

TARGET = "symact.claims.parallel:check_packed"
MARGIN = 60.0  # seconds past a task's budgets before it is killed (the budgets are soft)


def claim_groups(claims: Sequence[Claim]) -> list[tuple[str, list[int]]]:
    """(activation, claim indices) per task: the property claims of each activation (in the
    order of their first claim), then each other claim alone (activation "")."""
    groups: dict[str, list[int]] = {}
    rest = []
    for i, c in enumerate(claims):
        if c.form == "property":
            groups.setdefault(c.activation, []).append(i)
        else:
            rest.append(i)
    return [*groups.items(), *(("", [i]) for i in rest)]


def group_limit(claims: Sequence[Claim]) -> float:
    """Seconds a task checking ``claims`` may take before it is killed: twice their budgets
    (a property's derivative is proved twice), each derivation's, a derivation of the
    activation, and :data:`MARGIN`."""
    total = MARGIN
    for c in claims:
        total += 2 * c.budget + sum(max(c.budget, VERIFY_STEP * (len(d.steps) - 1))
                                    for d in c.derivations)
    if any(c.form == "property" for c in claims):
        total += derive_limit(PROPERTY_FIELD)  # what derived() uses
    return total


def check_packed(data: bytes) -> bytes:
    """The task in a worker: packed claims in, their packed results out."""
    return pack([check(c) for c in unpack(data)])


def failed(claim: Claim, reason: str) -> Result:
    """An unknown result for a claim whose task did not end (its derivations unchecked)."""
    reports = tuple(StepReport(d.written, (), typed=d.steps) for d in claim.derivations)
    return Result(claim, "unknown", f"not checked: {reason}", reports=reports)


def results_of(o: Outcome, claims: Sequence[Claim], results: Sequence[Result] | None
               ) -> list[Result]:
    """The results of a task's claims: ``results`` (unpacked from it) carrying the parent's
    claim records, or :func:`failed` ones with why the task gave none."""
    if o.status != "ok" or results is None:
        return [failed(c, str(o.value)) for c in claims]
    return [replace(r, claim=c) for r, c in zip(results, claims, strict=True)]


def check_many(claims: Sequence[Claim], progress: Callable[[int, Claim], None] | None = None,
               *, workers: int | None = None, scheduler: str | None = None) -> list[Result]:
    """Every claim checked, in order: in this process with ``workers=1`` (no scheduler), else
    as tasks (default: one process per core); ``progress(k, claim)`` as each task ends
    (``k + 1`` claims done) or, in this process, before each claim."""
    if (workers == 1 and not scheduler) or not claims:
        return check_all(claims, progress)
    groups = claim_groups(claims)
    tasks = [(str(g), (pack([claims[i] for i in ix]),)) for g, (_, ix) in enumerate(groups)]
    limit = max((group_limit([claims[i] for i in ix]) for _, ix in groups), default=MARGIN)
    done = [0]

    def tick(o: Outcome) -> None:
        ix = groups[int(o.key)][1]
        done[0] += len(ix)
        if progress is not None:
            progress(done[0] - 1, claims[ix[-1]])

    outcomes = run(TARGET, tasks, workers=workers, scheduler=scheduler, limit=limit,
                         on_done=tick)
    out: dict[int, Result] = {}
    for (_, ix), o in zip(groups, outcomes, strict=True):
        got = unpack(o.value) if o.status == "ok" else None
        out.update(zip(ix, results_of(o, [claims[i] for i in ix], got), strict=True))
    return [out[i] for i in range(len(claims))]
