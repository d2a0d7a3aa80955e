"""The on-disk cache of property records: one JSON file per (activation, options, version).

A record is found again under ``cache_key(...)`` in :func:`cache_dir`; changing the version,
the expression, a parameter default, the symbolic parameters or the budget changes the key.
A record with a timed-out field is cached too (its how-line says so): the same budget would
time out again, a larger ``--budget`` is another key, and ``--no-cache`` derives afresh (a
warm table of the whole catalog must not re-derive its slowest entries every time).

>>> from symact.core import resolve
>>> relu = resolve("relu")
>>> len(cache_key(relu, (), 10.0)), cache_key(relu, (), 10.0) == cache_key(relu, (), 5.0)
(32, False)
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import sympy as sp

from .._version import __version__
from ..budget import PROPERTY_FIELD
from ..core import Activation
from ..files import cache_dir, write_atomic
from .engine import properties
from .records import hows


@functools.cache
def code_fingerprint() -> str:
    """A hash of the source of the stages a record is derived by (core, calculus, trust,
    derive): a changed derivation, even under the same version number, misses the cache."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for stage in ("core", "calculus", "trust", "derive"):
        for f in sorted((root / stage).glob("*.py")):
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def cache_key(act: Activation, symbolic: Iterable[str], budget: float) -> str:
    """A hash of everything the record depends on, the deriving code included."""
    text = "|".join([__version__, sp.__version__, code_fingerprint(), act.name,
                     sp.srepr(act.expr),
                     repr([(p.name, sp.srepr(p.default)) for p in act.params]),
                     repr(sorted(symbolic)), repr(budget)])
    return hashlib.sha256(text.encode()).hexdigest()[:32]


_MAX_ENTRY = 4 * 2**20  # bytes: a record is a few KB; anything this large is not ours


def _read(path: Path) -> tuple[dict[str, Any], dict[str, str]] | None:
    """A cache entry, or None when it is unreadable, oversized or not of the shape written
    (``{"record": {...}, "how": {str: str}}``): then the record is derived again."""
    try:
        if path.stat().st_size > _MAX_ENTRY:
            return None
        data = json.loads(path.read_text())
    except (OSError, ValueError, RecursionError):
        return None
    if not (isinstance(data, dict) and isinstance(data.get("record"), dict)
            and isinstance(data.get("how"), dict)
            and all(isinstance(k, str) and isinstance(v, str) for k, v in data["how"].items())
            and data["record"].get("name") is not None):
        return None
    return data["record"], data["how"]


def _path(act: Activation, symbolic: Iterable[str], budget: float) -> Path | None:
    folder = cache_dir()
    return folder / f"{cache_key(act, symbolic, budget)}.json" if folder else None


def lookup(act: Activation, symbolic: Iterable[str], budget: float
           ) -> tuple[dict[str, Any], dict[str, str]] | None:
    """The cached (record, how-lines), or None (not cached, unreadable, caching off)."""
    path = _path(act, symbolic, budget)
    return _read(path) if path and path.is_file() else None


def store(act: Activation, symbolic: Iterable[str], budget: float, rec: dict[str, Any],
          how: dict[str, str]) -> None:
    """Cache a record (also one with a timed-out field: see the module's docstring)."""
    path = _path(act, symbolic, budget)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps({"record": rec, "how": how}))
    except OSError:
        pass


def record(act: Activation, *, symbolic: Iterable[str] = (), budget: float = PROPERTY_FIELD,
           use_cache: bool = True) -> tuple[dict[str, Any], dict[str, str]]:
    """(JSON record, how-lines) for an activation, served from the cache when possible."""
    symbolic = tuple(symbolic)
    cached = lookup(act, symbolic, budget) if use_cache else None
    if cached is not None:
        return cached
    p = properties(act, symbolic=symbolic, budget=budget)
    rec, how = p.to_dict(), hows(p)
    if use_cache:
        store(act, symbolic, budget, rec, how)
    return rec, how
