"""Property records as text for the CLI: ``symact show`` (one field a line) and
``symact table`` (aligned text, Markdown or JSON).

Both read the JSON records of :mod:`symact.derive.records` (what the cache holds), not the
SymPy values.

>>> _set_text("Union({0}, Interval.open(1/2, oo))")
'{0} ∪ (1/2, oo)'
>>> print(show_text({"name": "relu", "monotonic": "nondecreasing", "bounded_below": True}))
name                     relu
monotonic                nondecreasing
bounded_below            yes
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from .records import Properties, property_fields


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
        cases = "; ".join(f"{_plain(c['value'])} if {c['condition']}" for c in v["cases"])
        return f"{cases}; otherwise {_plain(v['otherwise'])}"
    if isinstance(v, dict):
        return ", ".join(f"{k}: {_plain(w)}" for k, w in v.items())
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, list):
        return "; ".join(_plain(w) for w in v) or "-"
    if isinstance(v, str) and v.startswith(("Interval", "Union(", "Reals")):
        return _set_text(v)
    if v is None:
        return "-"
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
            body = rest[:-1]
            # SymPy prints [0, oo) as Interval(0, oo): an infinite end is always open
            a = "(" if body.startswith("-oo") else a
            b = ")" if body.endswith(" oo") else b
            out.append(f"{a}{body}{b}")
        elif part == "Reals":
            out.append("(-oo, oo)")
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
            f"{e['kind']} {_short(e['value'])} at x = {_short(e['x'])}"
            + (" (k ∈ Z)" if e.get("family") else "") for e in value
        ) if isinstance(value, list) else _plain(value)
        if isinstance(value, dict) and set(value) == {"unknown"}:
            text = f"unknown ({value['unknown']})"
        if key == "constants":
            text = constants_text(value) or "-"
        line = f"{key:24} {text}"
        if how and key in how:
            line += f"\n{'':24}   ↳ {how[key]}"
        lines.append(line)
    return "\n".join(lines)


def constants_text(constants: Mapping[str, Mapping[str, str]]) -> str:
    """The named constants with their values: ``SELU_ALPHA ≈ 1.6732632423543772848…``."""
    return ", ".join(f"{name} ≈ {c['value']}" for name, c in constants.items())


# (key, heading) per column: the activation's name, then the property fields declared with a
# column in the record, in the order of their places
TABLE_COLUMNS: tuple[tuple[str, str], ...] = (("name", "activation"), *(
    (f.name, f.metadata["column"][1]) for f in sorted(
        (f for f in property_fields(Properties) if f.metadata["column"]),
        key=lambda f: f.metadata["column"][0])))


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
        return "\n".join(out + _constants_footer(records))
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(heads)]
    fmt_row = "  ".join(f"{{:{w}}}" for w in widths)
    out = [fmt_row.format(*heads), fmt_row.format(*("-" * w for w in widths))]
    out += [fmt_row.format(*row) for row in rows]
    return "\n".join(out + _constants_footer(records))


def _constants_footer(records: list[Mapping[str, Any]]) -> list[str]:
    """A line defining every named constant the table's cells show (SELU's λ and α)."""
    used: dict[str, Mapping[str, str]] = {}
    for r in records:
        used.update(r.get("constants") or {})
    return ["", "where " + constants_text(dict(sorted(used.items())))] if used else []
