"""Property records -> JSON-ready dicts, text and Markdown tables; an on-disk cache.

The dict keys are a contract (issue 2): values that are expressions are SymPy strings,
numbers are also given as floats under ``*_numeric``; an Unknown is ``{"unknown": reason}``.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import sympy as sp

from .._version import __version__
from ..budget import PROPERTY_FIELD
from ..calculus import NONEXISTENT
from ..core import Activation

KEYS = (
    "name", "expression", "parameters", "derivative", "derivative_from_output",
    "value_at_zero", "derivative_at_zero", "limits", "derivative_limits", "range", "extrema",
    "symmetry", "monotonic", "derivative_monotonic", "convexity", "continuity",
    "nondifferentiable_at", "identity_near_origin", "bounded_below", "bounded_above",
    "takes_both_signs", "saturates", "lipschitz", "lipschitz_numeric",
)


def _s(e: Any) -> Any:
    """A SymPy value as the string the contract asks for."""
    if e is NONEXISTENT:
        return "nonexistent"
    if isinstance(e, bool | str) or e is None:
        return e
    return str(e)


def _f(e: Any) -> float | None:
    """A float for ``*_numeric`` (None when not a finite number)."""
    try:
        v = float(sp.N(e, 20))
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def _unknown(field: Any) -> dict[str, str] | None:
    from .engine import Unknown

    return {"unknown": field.reason} if isinstance(field, Unknown) else None


def _field(field: Any, convert) -> Any:
    from .engine import Conditional

    u = _unknown(field)
    if u is not None:
        return u
    v = field.value
    if isinstance(v, Conditional):
        return {"cases": [{"condition": _s(c), "value": convert(w)} for c, w in v.cases],
                "otherwise": convert(v.otherwise)}
    return convert(v)


def _range(r) -> dict[str, Any]:
    out = {"lower": _s(r.lower), "upper": _s(r.upper), "lower_closed": r.lower_closed,
           "upper_closed": r.upper_closed, "lower_numeric": _f(r.lower),
           "upper_numeric": _f(r.upper), "exact": r.exact}
    if not isinstance(r.set, sp.Interval):
        out["set"] = _s(r.set)
    return out


def _extrema(items) -> list[dict[str, Any]]:
    return [{"kind": e.kind, "x": _s(e.x), "value": _s(e.value),
             "x_numeric": _f(e.x) if not isinstance(e.x, sp.Set) else None,
             "value_numeric": _f(e.value)} for e in items]


def _symmetry(s) -> dict[str, Any]:
    return {"kind": s.kind, "center": None if s.center is None else [_s(c) for c in s.center]}


def _continuity(c) -> Any:
    return c if c == "inf" else int(c)


def _ends(d: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _s(v) for k, v in d.items()}


def scalar_dict(p) -> dict[str, Any]:
    """The issue-2 JSON record of a Properties value."""
    out: dict[str, Any] = {
        "name": p.name,
        "expression": _s(p.expression),
        "parameters": {k: _s(v) for k, v in p.parameters.items()},
        "derivative": _field(p.derivative, _s),
        "derivative_from_output": _field(p.derivative_from_output, _s),
        "value_at_zero": _field(p.value_at_zero, _s),
        "derivative_at_zero": _field(p.derivative_at_zero, _s),
        "limits": _field(p.limits, _ends),
        "derivative_limits": _field(p.derivative_limits, _ends),
        "range": _field(p.range, _range),
        "extrema": _field(p.extrema, _extrema),
        "symmetry": _field(p.symmetry, _symmetry),
        "monotonic": _field(p.monotonic, _s),
        "derivative_monotonic": _field(p.derivative_monotonic, _s),
        "convexity": _field(p.convexity, _s),
        "continuity": _field(p.continuity, _continuity),
        "nondifferentiable_at": _field(p.nondifferentiable_at, lambda v: [_s(a) for a in v]),
        "identity_near_origin": _field(p.identity_near_origin, bool),
        "bounded_below": _field(p.bounded_below, bool),
        "bounded_above": _field(p.bounded_above, bool),
        "takes_both_signs": _field(p.takes_both_signs, bool),
        "saturates": _field(p.saturates, dict),
        "lipschitz": _field(p.lipschitz, _s),
        "lipschitz_numeric": _field(p.lipschitz, _f),
    }
    assert tuple(out) == KEYS
    return out


def vector_dict(p) -> dict[str, Any]:
    """Softmax's record: the scalar fields that do not apply are left out."""
    return {"name": p.name, "expression": _s(p.expression), "kind": "vector",
            "jacobian": _field(p.jacobian, _s), "range": _field(p.range, _s),
            "shift_invariant": _field(p.shift_invariant, bool),
            "permutation_equivariant": _field(p.permutation_equivariant, bool)}


def hows(p) -> dict[str, str]:
    """One line per field saying how it was obtained (or why it is unknown)."""
    from .engine import Unknown

    out = {}
    for name, value in vars(p).items():
        if hasattr(value, "how"):
            out[name] = value.how
        elif isinstance(value, Unknown):
            out[name] = "unknown: " + value.reason
    return out


# --- text ----------------------------------------------------------------------------

def _plain(v: Any) -> str:
    if isinstance(v, dict) and set(v) == {"unknown"}:
        return "?"
    if isinstance(v, dict) and "lower" in v:
        lo = "[" if v["lower_closed"] else "("
        hi = "]" if v["upper_closed"] else ")"
        text = _set_text(v["set"]) if "set" in v else (
            f"{lo}{_short(v['lower'])}, {_short(v['upper'])}{hi}")
        return text if v["exact"] else text + " ~"
    if isinstance(v, dict) and "kind" in v and "center" in v:
        return v["kind"] if v["kind"] != "point" else f"point ({', '.join(v['center'])})"
    if isinstance(v, dict) and "cases" in v:
        c = v["cases"][0]
        return f"{_plain(v['otherwise'])} ({_plain(c['value'])} if {c['condition']})"
    if isinstance(v, dict):
        return ", ".join(f"{k}: {_plain(w)}" for k, w in v.items())
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, list):
        return "; ".join(_plain(w) for w in v) or "-"
    return _short(str(v))


_BRACKETS = {"Interval.open": "()", "Interval.Lopen": "(]", "Interval.Ropen": "[)",
             "Interval": "[]"}


def _set_text(text: str) -> str:
    """SymPy's set string in interval notation: Union({0}, Interval.open(1/2, oo)) ->
    {0} ∪ (1/2, oo). Display only; the JSON keeps SymPy's string."""
    inner = text[len("Union("):-1] if text.startswith("Union(") else text
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(inner):
        depth += ch in "({"
        depth -= ch in ")}"
        if ch == "," and depth == 0:
            parts.append(inner[start:i].strip())
            start = i + 1
    parts.append(inner[start:].strip())
    out = []
    for part in parts:
        head, _, rest = part.partition("(")
        if head in _BRACKETS:
            a, b = _BRACKETS[head]
            out.append(f"{a}{rest[:-1]}{b}")
        else:
            out.append(part)
    return " ∪ ".join(out)


def _short(s: str) -> str:
    try:
        f = float(s)
    except ValueError:
        return s
    return s if len(s) <= 12 else f"{f:.6g}"


def show_text(d: Mapping[str, Any], how: Mapping[str, str] | None = None) -> str:
    """``symact show``: one field a line, with how it was obtained."""
    lines = []
    for key, value in d.items():
        if key.endswith("_numeric"):
            continue
        text = _plain(value) if key != "extrema" else "; ".join(
            f"{e['kind']} {_short(e['value'])} at x = {_short(e['x'])}" for e in value
        ) if isinstance(value, list) else _plain(value)
        if isinstance(value, dict) and set(value) == {"unknown"}:
            text = f"unknown ({value['unknown']})"
        line = f"{key:24} {text}"
        if how and key in how:
            line += f"\n{'':24}   ↳ {how[key]}"
        lines.append(line)
    return "\n".join(lines)


TABLE_COLUMNS = (
    ("name", "activation"), ("range", "range"), ("continuity", "C^k"),
    ("monotonic", "monotonic"), ("derivative_monotonic", "f' monotonic"),
    ("identity_near_origin", "≈ id at 0"), ("symmetry", "symmetry"),
    ("lipschitz", "Lipschitz"), ("takes_both_signs", "± outputs"),
    ("saturates", "saturates (-oo, +oo)"),
)


def _cell(d: Mapping[str, Any], key: str) -> str:
    if d.get("kind") == "vector":
        return {"name": d["name"], "range": "open simplex"}.get(key, "n/a (vector)")
    v = d.get(key)
    if key == "saturates" and isinstance(v, dict) and "-oo" in v:
        return f"{_plain(v['-oo'])}, {_plain(v['+oo'])}"
    if key == "continuity" and isinstance(v, int | str) and not isinstance(v, bool):
        return {"inf": "C^∞", -1: "discontinuous"}.get(v, f"C^{v}")
    return _plain(v)


def table(records: Iterable[Mapping[str, Any]], fmt: str = "text") -> str:
    """The catalog property table as aligned text, Markdown or JSON."""
    records = list(records)
    if fmt == "json":
        return json.dumps(records, indent=2, ensure_ascii=False)
    heads = [h for _, h in TABLE_COLUMNS]
    rows = [[_cell(r, k) for k, _ in TABLE_COLUMNS] for r in records]
    if fmt == "markdown":
        out = ["| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)]
        out += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows]
        return "\n".join(out)
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(heads)]
    fmt_row = "  ".join(f"{{:{w}}}" for w in widths)
    out = [fmt_row.format(*heads), fmt_row.format(*("-" * w for w in widths))]
    out += [fmt_row.format(*row) for row in rows]
    return "\n".join(out)


# --- cache ---------------------------------------------------------------------------

def cache_dir() -> Path | None:
    """$SYMACT_CACHE_DIR, else $XDG_CACHE_HOME/symact, else ~/.cache/symact; None when
    SYMACT_NO_CACHE is set."""
    if os.environ.get("SYMACT_NO_CACHE"):
        return None
    if os.environ.get("SYMACT_CACHE_DIR"):
        return Path(os.environ["SYMACT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "symact"


def cache_key(act: Activation, symbolic: Iterable[str], budget: float) -> str:
    text = "|".join([__version__, act.name, sp.srepr(act.expr),
                     repr([(p.name, sp.srepr(p.default)) for p in act.params]),
                     repr(sorted(symbolic)), repr(budget)])
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def record(act: Activation, *, symbolic: Iterable[str] = (), budget: float = PROPERTY_FIELD,
           use_cache: bool = True) -> tuple[dict[str, Any], dict[str, str]]:
    """(JSON record, how-lines) for an activation, served from the cache when possible.
    Records with a timed-out field are not cached: a later run may have more time."""
    from .engine import properties

    folder = cache_dir() if use_cache else None
    key = cache_key(act, symbolic, budget)
    path = folder / f"{key}.json" if folder else None
    if path and path.is_file():
        try:
            data = json.loads(path.read_text())
            return data["record"], data["how"]
        except (OSError, ValueError, KeyError):
            pass
    p = properties(act, symbolic=symbolic, budget=budget)
    rec, how = p.to_dict(), hows(p)
    if path and not any("timed out" in h for h in how.values()):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps({"record": rec, "how": how}))
            tmp.replace(path)
        except OSError:
            pass
    return rec, how
