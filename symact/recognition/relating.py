"""``relations()``: the proved map of how catalog entries are related (issue 17).

Per source entry (at its default parameters), three tasks, each run in a worker process that is
killed past its limit and cached on disk (:func:`symact.files.cache_dir`):

* ``affine``: the source itself against every other entry,
* ``derivative``: its derivative against every entry,
* ``limit``: its checked parameter limits (:mod:`.limits`) against every other entry,

each "against" being :func:`~.matching.match_entry` (a numeric fit, exact values, the
prover; only a proof makes a relation, and only once :func:`symact.verify_certificate` has
replayed its certificate). The pairs are pre-screened by the shape signature of
:mod:`.shapes`, which an affine change cannot alter, so that 120 entries are not 14,000 fits.
An affine pair is fitted in one direction when the other adds nothing (neither side has a
parameter to move, or only the target has).

>>> m = relations(["sigmoid", "tanh", "softplus"], workers=1)
>>> [r.statement() for r in m.relations if not r.implied_by]
['sigmoid(x) = tanh(x/2)/2 + 1/2', 'd/dx softplus(x) = sigmoid(x)']
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

import sympy as sp

from .._version import __version__
from ..budget import RELATE
from ..core import CATALOG, Activation, X, resolve
from ..errors import ParameterError
from ..files import cache_dir, write_atomic
from ..trust import verify_certificate
from ..workers import Outcome, run
from .limits import parameter_limits
from .matching import Match, Target, _fittable, match_entry, target
from .relation import KINDS, Relation, RelationMap, from_record, to_record
from .shapes import Signature, compatible, signature

TASK = "symact.recognition.relating:relate"
VARIANTS = (sp.S.Zero, sp.Rational(1, 2), sp.Integer(2))  # parameter values for signatures
SCREEN = True  # pre-screen pairs by shape (benchmarks/bench_relations.py measures without)


def _variants(act: Activation) -> tuple[Signature | None, ...]:
    """The signatures of an entry as a target: at its defaults and with each fittable
    parameter at 0, 1/2 and 2 where admitted (leaky ReLU at α = 0 has ReLU's shape)."""
    out = [signature(act.bind())]
    for p in _fittable(act):
        for v in VARIANTS:
            try:
                out.append(signature(act.with_params(**{p.name: v}).bind()))
            except (ParameterError, TypeError, ValueError):
                continue
    return tuple(dict.fromkeys(out))


@cache
def _shapes(act: Activation) -> tuple[Signature | None, tuple[Signature | None, ...],
                                      Signature | None]:
    """(signature, target variants, signature of f′) of one entry."""
    f = act.bind()
    df = sp.diff(f, X)
    return signature(f, df), _variants(act), signature(df) if df.has(X) else None


def _fits(shape: Signature | None, variants: tuple) -> bool:
    return not SCREEN or any(compatible(shape, v) for v in variants)


def _affine_targets(act: Activation, acts: Sequence[Activation]) -> list[str]:
    """The targets the source is fitted to: the shape fits, and the other direction is not
    the same search (see the module docstring)."""
    order = {a.name: k for k, a in enumerate(acts)}
    mine = _shapes(act)[0]
    out = []
    for t in acts:
        if t.name == act.name or not _fits(mine, _shapes(t)[1]):
            continue
        if _fittable(t) or (not _fittable(act) and order[act.name] < order[t.name]):
            out.append(t.name)
    return out


def tasks_of(acts: Sequence[Activation], budget: float) -> list[tuple[str, tuple]]:
    """The worker tasks ``(key, (kind, source, targets, variants, budget))`` for ``acts``."""
    out = []
    for act in acts:
        derivative = _shapes(act)[2]
        plans = {
            "affine": _affine_targets(act, acts),
            # a derivative whose shape cannot be taken is fitted to every entry
            "derivative": [t.name for t in acts if _fits(derivative, _shapes(t)[1])]
            if sp.diff(act.bind(), X).has(X) else [],
            "limit": [t.name for t in acts if t.name != act.name] if _fittable(act) else [],
        }
        for kind, targets in plans.items():
            if targets:
                # the workers screen the limits by these (None: no screen)
                shapes = {t: _shapes(resolve(t))[1] if SCREEN else (None,) for t in targets
                          } if kind == "limit" else {}
                out.append((f"{kind}:{act.name}", (kind, act.name, tuple(targets), shapes,
                                                   budget)))
    return out


_MEMO: dict[tuple, Match] = {}  # per worker process: proofs only (a miss may be the clock's)


def _match(t: Target, tname: str, end: float, tried: list[str], mode: str) -> Match | None:
    """:func:`match_entry`, its proofs remembered in the worker (twenty entries' limits are
    relu); a fit the prover rejected is settled and not said again in ``tried``."""
    key = (sp.srepr(t.typed), tname, mode)
    if key in _MEMO:
        return _MEMO[key]
    local: list[str] = []
    m = match_entry(t, resolve(tname), end, local, mode)
    if m is not None:
        _MEMO[key] = m
    tried.extend(line for line in local if not line.endswith("the prover says disproved"))
    return m


def relate(kind: str, name: str, targets: Sequence[str], shapes: dict, budget: float) -> dict:
    """One task (run in a worker): the relations of one kind from entry ``name``, as cache
    records, and what was tried."""
    end = time.monotonic() + budget
    act = resolve(name)
    tried: list[str] = []
    found: list[Relation] = []
    if kind == "limit":
        sources = [(lim, target(lim.limit)) for lim in parameter_limits(act)]
    else:
        f = act.bind()
        sources = [(None, target(sp.diff(f, X) if kind == "derivative" else f))]
    # a derivative or a limit is one function: through entries at their defaults first,
    # through re-parametrised ones only when none at its defaults is it
    modes = ("both",) if kind == "affine" else ("defaults", "fitted")
    for lim, t in sources:
        shape = signature(t.expanded) if lim is not None else None
        for mode in modes:
            before = len(found)
            for tname in targets:
                if time.monotonic() > end:
                    tried.append(f"{kind} {name}: the budget of {budget:g} s ran out before "
                                 f"{tname}")
                    return {"relations": [to_record(r) for r in found], "tried": tried,
                            "complete": False}
                if lim is not None and not _fits(shape, shapes[tname]):
                    continue
                m = _match(t, tname, end, tried, mode)
                if m is None:
                    continue
                certificate = m.verdict.certificate()
                replayed = verify_certificate(certificate)
                if not replayed.valid:  # the prover's proof, not confirmed by the checker
                    tried.append(f"{kind} {name} -> {tname}: proved, but the certificate "
                                 f"check says {replayed.reason}")
                    continue
                found.append(Relation(kind, name, tname, m.params, m.a, m.b, m.c, m.d,
                                      lim.parameter if lim else "",
                                      lim.towards if lim else None,
                                      "checked" if lim else "proved",
                                      lim.checked if lim else "", certificate, m.changed))
            if len(found) > before:
                break
    return {"relations": [to_record(r) for r in found], "tried": tried, "complete": True}


# --------------------------------------------------------------------------- the map


def relations(names: Sequence[str | Activation] = (), *, budget: float = RELATE,
              workers: int | None = None, scheduler: str | None = None,
              use_cache: bool = True, on_done: Callable[[Outcome], None] | None = None
              ) -> RelationMap:
    """The relations among the named entries (default: the scalar catalog), ``budget`` seconds
    per task, tasks in ``workers`` local processes or on a Dask ``scheduler``."""
    acts = [resolve(n) for n in names] if names else list(CATALOG)
    acts = [a for a in acts if a.kind == "scalar"]
    whole = _whole_path(acts, budget) if use_cache else None
    stored = _read_whole(whole)
    if stored is not None:  # the map of exactly these entries: no shapes, no task keys
        return _assemble(stored["relations"], stored["tried"], acts)
    tasks = tasks_of(acts, budget)
    results: dict[str, dict] = {}
    todo = []
    for key, args in tasks:
        hit = _lookup(args) if use_cache else None
        if hit is not None:
            results[key] = hit
        else:
            todo.append((key, args))
    if todo:
        outcomes = run(TASK, todo, workers=workers, scheduler=scheduler,
                       limit=1.5 * budget + 30.0, on_done=on_done)
        for (key, args), o in zip(todo, outcomes, strict=True):
            if o.status == "ok":
                results[key] = o.value
                if use_cache and o.value.get("complete"):  # a task cut short is not final
                    _store(args, o.value)
            else:
                results[key] = {"relations": [], "tried": [f"{key}: {o.status} ({o.value})"]}
    records = [r for key, _ in tasks for r in results[key]["relations"]]
    tried = [t for key, _ in tasks for t in results[key]["tried"]]
    if whole is not None and all(results[key].get("complete") for key, _ in tasks):
        _write(whole, {"relations": records, "tried": tried})
    return _assemble(records, tried, acts)


def _assemble(records: list[dict], tried: list[str], acts: Sequence[Activation]
              ) -> RelationMap:
    found = [from_record(r) for r in records]
    return RelationMap(tuple(a.name for a in acts), _ordered(found, acts), tuple(tried))


def _ordered(found: list[Relation], acts: Sequence[Activation]) -> tuple[Relation, ...]:
    """By kind, then source and target in catalog order; of an affine pair found both ways
    with no parameter moved, the one from the earlier source. The derivatives (or the limits
    at one parameter end) of one source are one function written through several entries:
    the simplest is listed, and so is each further one through an entry at its defaults not
    affinely related to a listed one; the others are marked ``implied_by`` the first (they
    stay in the map, and in its JSON)."""
    order = {a.name: k for k, a in enumerate(acts)}
    seen, out = set(), []
    for r in sorted(found, key=lambda r: (KINDS.index(r.kind), order[r.source],
                                          order[r.target])):
        pair = frozenset((r.source, r.target))
        if r.kind == "affine" and not r.changed:
            if pair in seen:
                continue
            seen.add(pair)
        out.append(r)
    classes = _classes([r for r in out if r.kind == "affine"])
    groups: dict[tuple, list[int]] = {}
    for i, r in enumerate(out):
        if r.kind != "affine":
            groups.setdefault((r.kind, r.source, r.parameter, str(r.towards)), []).append(i)
    for members in groups.values():
        ranked = sorted(members, key=lambda i: _simplicity(out[i], order))
        kept = [out[ranked[0]]]
        for i in ranked[1:]:
            r = out[i]
            if r.changed or any(classes(_node(k)) == classes(_node(r)) for k in kept):
                out[i] = replace(r, implied_by=kept[0].target)
            else:
                kept.append(r)
    return tuple(out)


def _node(r: Relation) -> tuple:
    """The function a relation's right side is built on: the target at its parameters."""
    return (r.target, r.params if r.changed else ())


def _classes(affine: list[Relation]) -> Callable[[tuple], tuple]:
    """The representative of a function's class under the affine relations (union-find over
    entries at given parameters: relu = squareplus with b = 0 joins those two only)."""
    parent: dict[tuple, tuple] = {}

    def find(n: tuple) -> tuple:
        while parent.get(n, n) != n:
            n = parent[n]
        return n
    for r in affine:
        a, b = find((r.source, ())), find(_node(r))
        if a != b:
            parent[max(a, b, key=repr)] = min(a, b, key=repr)
    return find


def _simplicity(r: Relation, order: dict[str, int]) -> tuple:
    """Fewer changes first (a, b, c, d trivial, no parameter moved), then catalog order."""
    changed = sum(v != w for v, w in ((r.a, 1), (r.b, 1), (r.c, 0), (r.d, 0)))
    return (changed + r.changed, order[r.target])


# --------------------------------------------------------------------------- the cache


@cache
def _fingerprint() -> str:
    """The source of every stage a relation depends on, and of the budgets and errors."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    files = [root / "budget.py", root / "errors.py"]
    for stage in ("core", "calculus", "trust", "prover", "recognition"):
        files += sorted((root / stage).rglob("*.py"))
    for f in files:
        h.update(str(f.relative_to(root)).encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def _path(args: tuple) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    kind, name, targets, _, budget = args
    entries = [resolve(n) for n in (name, *targets)]
    text = "|".join([__version__, sp.__version__, _fingerprint(), kind, repr(budget),
                     repr(SCREEN),
                     *(sp.srepr(a.expr) + repr([(p.name, sp.srepr(p.default))
                                                for p in a.params]) for a in entries),
                     *targets])
    return folder / "relations" / f"{hashlib.sha256(text.encode()).hexdigest()[:32]}.json"


def _whole_path(acts: Sequence[Activation], budget: float) -> Path | None:
    """Where the map of exactly ``acts`` is kept (a warm map needs no shapes and no tasks)."""
    folder = cache_dir()
    if folder is None:
        return None
    text = "|".join([__version__, sp.__version__, _fingerprint(), repr(budget), repr(SCREEN),
                     *(a.name + sp.srepr(a.expr) + repr([(p.name, sp.srepr(p.default))
                                                         for p in a.params]) for a in acts)])
    return folder / "relations" / f"map-{hashlib.sha256(text.encode()).hexdigest()[:32]}.json"


def _read_whole(path: Path | None) -> dict | None:
    return _read(path) if path is not None and path.is_file() else None


def _read(path: Path) -> dict | None:
    """A cached task result or map, or None when unreadable (then derived again). The
    relations in it had their certificates replayed when they were derived; the key holds
    the source of the checker (trust) as of the prover."""
    try:
        data = json.loads(path.read_text())
        [from_record(r) for r in data["relations"]]  # readable by the safe parser
        return data if all(isinstance(t, str) for t in data["tried"]) else None
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None


def _lookup(args: tuple) -> dict | None:
    path = _path(args)
    return _read(path) if path is not None and path.is_file() else None


def _store(args: tuple, value: dict) -> None:
    path = _path(args)
    if path is not None:
        _write(path, value)


def _write(path: Path, value: dict) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(value))
    except OSError:
        pass
