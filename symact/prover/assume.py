"""Assumption strings -> per-variable regions, through the safe parser.

Clauses are separated by top-level commas: ``"x real, y real"``, ``"0 < a < 1"`` (chained),
``"x != 0"``, ``"x >= -exp(-1)"``, ``"a positive"``. Variables are real unless declared
otherwise; a condition in one variable narrows its region, a condition in several variables
only filters sample points.

>>> parse_assumptions("0 < a < 1, x != 0").regions
{a: Interval.open(0, 1), x: Union(Interval.open(-oo, 0), Interval.open(0, oo))}
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import sympy as sp

from ..core import condition_set, parse
from ..errors import ParseError

_WORDS: Mapping[str, sp.Set] = {
    "real": sp.S.Reals,
    "positive": sp.Interval.open(0, sp.oo),
    "negative": sp.Interval.open(-sp.oo, 0),
    "nonnegative": sp.Interval(0, sp.oo),
    "nonpositive": sp.Interval(-sp.oo, 0),
    "nonzero": sp.Union(sp.Interval.open(-sp.oo, 0), sp.Interval.open(0, sp.oo)),
}


@dataclass(frozen=True)
class Assumptions:
    """``regions[x]`` is where ``x`` may lie; ``conditions`` are all parsed conditions."""

    text: str = ""
    regions: Mapping[sp.Symbol, sp.Set] = field(default_factory=dict)
    conditions: tuple[sp.Basic, ...] = ()

    def region(self, x: sp.Symbol) -> sp.Set:
        return self.regions.get(x, sp.S.Reals)


def parse_assumptions(text: str | None) -> Assumptions:
    """Parse an assumption string; raises ParseError on anything else."""
    if text is None or not text.strip():
        return Assumptions()
    if not isinstance(text, str):
        raise ParseError(f"assumptions must be a string, got {type(text).__name__}")
    regions: dict[sp.Symbol, sp.Set] = {}
    conditions: list[sp.Basic] = []
    for clause in _split(text):
        words = clause.split()
        if len(words) >= 2 and words[-1].lower() in _WORDS:
            where = _WORDS[words[-1].lower()]
            for name in " ".join(words[:-1]).replace(",", " ").split():
                sym = parse(name, catalog=False)
                if not isinstance(sym, sp.Symbol):
                    raise ParseError(f"expected a variable name before {words[-1]!r}, "
                                     f"got {name!r}")
                regions[sym] = regions.get(sym, sp.S.Reals).intersect(where)
                conditions.append(_as_condition(sym, where))
            continue
        if len(words) >= 2 and words[-1].isalpha() and words[-1] not in ("oo", "inf") \
                and not any(op in clause for op in "<>=!"):
            raise ParseError(f"unknown assumption {words[-1]!r} (expected one of "
                             f"{', '.join(_WORDS)} or a comparison)")
        cond = parse(clause, catalog=False)
        if not isinstance(cond, sp.Basic) or isinstance(cond, sp.Expr) or cond is sp.true:
            raise ParseError(f"expected a comparison such as 'x > 0', got {clause!r}")
        if cond is sp.false:
            raise ParseError(f"assumption {clause!r} is always false")
        conditions.append(cond)
        syms = cond.free_symbols
        if len(syms) == 1:
            (sym,) = syms
            try:
                where = sp.Union(*(iv.as_set() for iv in condition_set(cond, sym)))
            except ValueError:
                continue  # not linear: used only to filter sample points
            regions[sym] = regions.get(sym, sp.S.Reals).intersect(where)
            if regions[sym] is sp.S.EmptySet:
                raise ParseError(f"assumptions leave no value for {sym}")
    return Assumptions(text, regions, tuple(conditions))


def _as_condition(sym: sp.Symbol, where: sp.Set) -> sp.Basic:
    return where.as_relational(sym) if where is not sp.S.Reals else sp.true


def _split(text: str) -> list[str]:
    """Split at commas outside parentheses ("Max(a, b) > 0" stays whole)."""
    parts, depth, cur = [], 0, []
    for ch in text:
        depth += ch in "(["
        depth -= ch in ")]"
        if ch == "," and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    out = []
    for p in parts:
        p = p.strip()
        if not p:
            raise ParseError(f"empty assumption in {text!r}")
        # "x, y real": a bare name followed by a declaration joins it
        if out and _bare_names(out[-1]) and len(p.split()) >= 2 and p.split()[-1] in _WORDS:
            out[-1] = out[-1] + " " + p
        else:
            out.append(p)
    return [p for p in out if not _bare_names(p)] + [
        p + " real" for p in out if _bare_names(p)]


def _bare_names(p: str) -> bool:
    return len(p.split()) == 1 and p.strip().isidentifier() and p.strip() not in _WORDS
