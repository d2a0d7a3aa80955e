"""The value a property claim expects, from the file's text to the form the checker compares.

One grammar per kind of property (``proofs/README.md`` has the table): booleans are TOML
``true``/``false``; words come from a fixed list; ``continuity`` is ``"C^k"``/``"C^inf"``
(-> ``k`` or ``"inf"``); ``symmetry`` is ``odd``/``even``/``none``/``point (x0, y0)``;
``range`` is an interval whose brackets say which ends are closed; everything else is an
expression for the safe parser (``derivative_from_output`` may be ``"none"``).

>>> expected_value("range", "[0, oo)")
(0, oo, True, False)
>>> expected_value("continuity", "C^1"), expected_value("symmetry", "point (0, 1/2)")
(1, ('point', (0, 1/2)))
>>> expected_value("convexity", "bent")
Traceback (most recent call last):
...
ValueError: expected one of convex, concave, none, got 'bent'
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from ..core import parse

# Properties whose value is true or false.
BOOLEAN = ("bounded_below", "bounded_above", "takes_both_signs", "identity_near_origin",
           "shift_invariant", "permutation_equivariant")
_MONOTONE = ("increasing", "nondecreasing", "decreasing", "nonincreasing", "none")
# Properties whose value is one word of a list.
WORDS = {"monotonic": _MONOTONE,
         "derivative_monotonic": _MONOTONE,
         "convexity": ("convex", "concave", "none"),
         "saturates": ("both", "-oo", "+oo", "neither")}


def expected_value(prop: str, value: Any) -> Any:
    """The claimed value of ``prop`` in a comparable form (a ValueError says what was
    expected and what came)."""
    if prop in BOOLEAN:
        if not isinstance(value, bool):
            raise ValueError(f"expected true or false, got {value!r}")
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected a string, got {value!r}")
    if prop in WORDS:
        if value not in WORDS[prop]:
            raise ValueError(f"expected one of {', '.join(WORDS[prop])}, got {value!r}")
        return value
    if prop == "continuity":
        return _continuity(value)
    if prop == "symmetry":
        return _symmetry(value)
    if prop == "range":
        return interval(value)
    if prop == "derivative_from_output" and value.strip() == "none":
        return None
    return parse(value)


def _continuity(value: str) -> int | str:
    """"C^2" -> 2, "-1" -> -1 (discontinuous), "C^inf" -> "inf"."""
    if value in ("inf", "C^inf"):
        return "inf"
    m = re.fullmatch(r"(?:C\^)?(-?\d+)", value.strip())
    if not m:
        raise ValueError(f"expected 'C^k', 'C^inf' or '-1', got {value!r}")
    return int(m.group(1))


def _symmetry(value: str) -> tuple[str, tuple[sp.Expr, sp.Expr] | None]:
    """"odd" -> ("odd", None), "point (0, 1/2)" -> ("point", (0, 1/2))."""
    m = re.fullmatch(r"\s*(odd|even|none|point)\s*(?:\((.*)\))?\s*", value)
    if not m or (m.group(1) == "point") != (m.group(2) is not None):
        raise ValueError(f"expected odd, even, none or 'point (x0, y0)', got {value!r}")
    if m.group(1) != "point":
        return (m.group(1), None)
    parts = m.group(2).split(",")
    if len(parts) != 2:
        raise ValueError(f"a point centre needs two coordinates, got {value!r}")
    return ("point", tuple(parse(p, symbols=()) for p in parts))


def interval(text: str) -> tuple[sp.Expr, sp.Expr, bool, bool]:
    """"(-1, 1)" -> (-1, 1, False, False); brackets say closed ends."""
    t = text.strip()
    if len(t) < 5 or t[0] not in "([" or t[-1] not in ")]":
        raise ValueError(f"expected an interval such as '(-1, 1)' or '[0, oo)', got {text!r}")
    parts = _top_split(t[1:-1])
    if len(parts) != 2:
        raise ValueError(f"an interval needs two ends, got {text!r}")
    lo, hi = (parse(p, symbols=()) for p in parts)
    return lo, hi, t[0] == "[", t[-1] == "]"


def _top_split(text: str) -> list[str]:
    """Split at the commas outside parentheses: "min(a, b), 1" -> ["min(a, b)", " 1"]."""
    parts, depth, cur = [], 0, ""
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    return [*parts, cur]


__all__ = ["BOOLEAN", "WORDS", "expected_value", "interval"]
