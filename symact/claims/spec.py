"""Proof files (``proofs/*.toml``) -> claims (checked by :mod:`symact.claims.checker`).

A file holds ``[[claim]]`` tables. Each claim has ``id``, ``title.cs``/``title.en``, ``source``
and exactly one form: an equality (``lhs``, ``rhs``), a sign claim (``sign``,
``same_sign_as``: sign(u) = sign(v)) or a property claim (``activation``, ``property``,
``value``, checked against :func:`symact.derive.engine`). ``assume`` and ``expect`` (default
"proved"; "unknown" needs ``why``) are optional, and ``[[claim.derivation]]`` tables hold the
author's chains (``steps``), checked link by link and rendered as written. Grammar with one
example per form: ``proofs/README.md``. Expressions go through the safe parser only.

>>> spec = loads('''
... [[claim]]
... id = "odd"
... title = { cs = "tanh je lichá", en = "tanh is odd" }
... source = "lecture"
... lhs = "tanh(-z)"
... rhs = "-tanh(z)"
... ''', "demo.toml")
>>> [c.id for c in spec], spec[0].rhs
(['odd'], -tanh(z))
>>> loads('[[claim]]\\nid = "a"\\nfoo = 1\\n', "bad.toml")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
symact.claims.spec.ProofFileError: bad.toml:3: claim[0].foo: unknown key 'foo' (expected one of ...)
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sympy as sp

from ..budget import CLAIM
from ..core import parse
from ..errors import SymactError

EXPECT = ("proved", "disproved", "unknown")
LANGS = ("cs", "en")
CLAIM_KEYS = ("id", "title", "source", "expect", "why", "assume", "budget", "lhs", "rhs",
              "sign", "same_sign_as", "activation", "property", "value", "params",
              "derivation")
DERIVATION_KEYS = ("steps", "assume", "title")
PROPERTIES = ("range", "symmetry", "monotonic", "derivative_monotonic", "convexity",
              "continuity", "saturates", "bounded_below", "bounded_above", "takes_both_signs",
              "identity_near_origin", "value_at_zero", "derivative_at_zero", "lipschitz",
              "derivative", "derivative_from_output", "shift_invariant",
              "permutation_equivariant")


class ProofFileError(SymactError, ValueError):
    """A proof file is not valid: ``file:line: key: what was expected, what came``."""

    def __init__(self, file: str, line: int | None, key: str, message: str):
        self.file, self.line, self.key, self.message = str(file), line, key, message
        where = f"{self.file}:{line}" if line else self.file
        super().__init__(f"{where}: {key}: {message}" if key else f"{where}: {message}")


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Derivation:
    """An author's chain ``steps[0] = steps[1] = …``; ``written`` keeps them as typed."""

    steps: tuple[str, ...]
    written: tuple[sp.Expr, ...]
    assume: str | None
    title: tuple[tuple[str, str], ...]
    line: int
    key: str


@dataclass(frozen=True)
class Claim:
    """One claim of a proof file (``form`` is "equality", "sign" or "property")."""

    id: str
    title: tuple[tuple[str, str], ...]
    source: str
    form: str
    lhs: sp.Expr | None = None
    rhs: sp.Expr | None = None
    written: tuple[sp.Expr, sp.Expr] | None = None  # lhs, rhs as typed (for print)
    assume: str | None = None
    expect: str = "proved"
    why: str = ""
    budget: float = CLAIM
    activation: str = ""
    property: str = ""
    value: Any = None
    params: tuple[tuple[str, str], ...] = ()
    derivations: tuple[Derivation, ...] = ()
    file: str = ""
    line: int = 0
    key: str = ""

    def title_in(self, lang: str) -> str:
        return dict(self.title)[lang]


@dataclass(frozen=True)
class LinkError:
    """A derivation link that is wrong (or could not be decided)."""

    file: str
    line: int
    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.key}: {self.message}"


@dataclass(frozen=True)
class Result:
    """The outcome for one claim: its verdict(s), derivation reports and wrong links."""

    claim: Claim
    status: str
    detail: str
    verdicts: tuple[Any, ...] = ()
    reports: tuple[Any, ...] = ()
    errors: tuple[LinkError, ...] = ()
    seconds: float = 0.0
    derived: Any = None

    @property
    def ok(self) -> bool:
        steps_ok = all(r.status == "ok" for r in self.reports)
        return self.status == self.claim.expect and steps_ok and not self.errors


# --------------------------------------------------------------------------- loading


def load(path: str | Path) -> list[Claim]:
    """Claims of one file; raises ProofFileError naming file, line and key."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProofFileError(str(p), None, "", f"cannot read: {exc}") from None
    return loads(text, str(p))


def load_paths(paths: Iterable[str | Path]) -> list[Claim]:
    """Claims of every ``*.toml`` file under the given files or folders, ids unique."""
    claims: list[Claim] = []
    seen: dict[str, Claim] = {}
    for path in paths:
        p = Path(path)
        if p.is_dir():
            files = sorted(p.glob("*.toml"))
        elif p.is_file():
            files = [p]
        else:
            raise ProofFileError(str(p), None, "", "no such file or folder")
        for f in files:
            for c in load(f):
                if c.id in seen:
                    raise ProofFileError(c.file, c.line, c.key + ".id",
                                         f"id {c.id!r} already used in {seen[c.id].file}")
                seen[c.id] = c
                claims.append(c)
    return claims


def loads(text: str, file: str = "<string>") -> list[Claim]:
    """Claims from TOML text (``file`` names it in errors)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ProofFileError(file, int(m.group(1)) if m else None, "",
                             f"invalid TOML: {msg}") from None
    lines = text.splitlines()
    where = _Locator(file, lines)
    _keys(data, ("claim",), where, "", 1)
    raw = data.get("claim")
    if not isinstance(raw, list) or not raw:
        raise where.error("claim", None, "expected one or more [[claim]] tables")
    return [_claim(item, i, where) for i, item in enumerate(raw)]


class _Locator:
    """Maps ``claim[i].key`` to a line of the file (tomllib does not keep positions)."""

    def __init__(self, file: str, lines: list[str]):
        self.file, self.lines = file, lines
        self.heads = [k for k, ln in enumerate(lines) if ln.strip() == "[[claim]]"]

    def block(self, i: int | None) -> tuple[int, int]:
        if i is None or i >= len(self.heads):
            return 0, len(self.lines)
        end = self.heads[i + 1] if i + 1 < len(self.heads) else len(self.lines)
        return self.heads[i], end

    def line(self, i: int | None, key: str = "", sub: int | None = None,
             literal: str | None = None) -> int | None:
        start, end = self.block(i)
        if sub is not None:  # the sub-th [[claim.derivation]] of the block
            heads = [k for k in range(start, end)
                     if self.lines[k].strip() == "[[claim.derivation]]"]
            if sub < len(heads):
                start = heads[sub]
                nxt = heads[sub + 1] if sub + 1 < len(heads) else end
                end = nxt
        found = None
        if key:
            pat = re.compile(rf"^\s*{re.escape(key)}\s*(=|\.)")
            found = next((k for k in range(start, end) if pat.match(self.lines[k])), None)
        if literal is not None:
            q = [f'"{literal}"', f"'{literal}'"]
            hit = next((k for k in range(found or start, end)
                        if any(s in self.lines[k] for s in q)), None)
            found = hit if hit is not None else found
        if found is None:
            found = start if i is not None and self.heads else None
        return None if found is None else found + 1

    def error(self, key: str, i: int | None, message: str, *, sub: int | None = None,
              literal: str | None = None, name: str | None = None) -> ProofFileError:
        short = key.rsplit(".", 1)[-1].split("[")[0]
        return ProofFileError(self.file, self.line(i, name or short, sub, literal), key,
                              message)


def _keys(table: Mapping, allowed: Sequence[str], where: _Locator, prefix: str,
          i: int | None, sub: int | None = None) -> None:
    for k in table:
        if k not in allowed:
            raise where.error(f"{prefix}{k}", i, f"unknown key {k!r} (expected one of "
                              f"{', '.join(allowed)})", sub=sub, name=k)


def _str(table: Mapping, key: str, prefix: str, where: _Locator, i: int, *,
         required: bool = True, sub: int | None = None) -> str | None:
    if key not in table:
        if required:
            raise where.error(prefix + key, i, "missing (required)", sub=sub, name="")
        return None
    v = table[key]
    if not isinstance(v, str) or not v.strip():
        raise where.error(prefix + key, i, f"expected a non-empty string, got {v!r}", sub=sub)
    return v


def _title(table: Mapping, prefix: str, where: _Locator, i: int,
           sub: int | None = None, required: bool = True) -> tuple[tuple[str, str], ...]:
    t = table.get("title")
    if t is None and not required:
        return ()
    if not isinstance(t, dict):
        raise where.error(prefix + "title", i, "expected a table with 'cs' and 'en' strings",
                          sub=sub)
    _keys(t, LANGS, where, prefix + "title.", i, sub)
    for lang in LANGS:
        if not isinstance(t.get(lang), str) or not t[lang].strip():
            raise where.error(f"{prefix}title.{lang}", i, "missing: every title needs Czech "
                              "(cs) and English (en)", sub=sub, name="title")
    return tuple((lang, t[lang]) for lang in LANGS)


def _expr(text: str, key: str, where: _Locator, i: int, *, evaluate: bool = True,
          sub: int | None = None, name: str | None = None) -> sp.Expr:
    try:
        return parse(text, evaluate=evaluate)
    except (SymactError, ValueError) as exc:
        raise where.error(key, i, f"{exc} in {text!r}", sub=sub, literal=text,
                          name=name) from None


def _claim(item: Any, i: int, where: _Locator) -> Claim:
    prefix = f"claim[{i}]."
    if not isinstance(item, dict):
        raise where.error(f"claim[{i}]", i, "expected a table")
    _keys(item, CLAIM_KEYS, where, prefix, i)
    cid = _str(item, "id", prefix, where, i)
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", cid):
        raise where.error(prefix + "id", i, f"expected letters, digits, '-', '_' or '.', "
                          f"got {cid!r}")
    title = _title(item, prefix, where, i)
    source = _str(item, "source", prefix, where, i)
    expect = item.get("expect", "proved")
    if expect not in EXPECT:
        raise where.error(prefix + "expect", i, f"expected one of {', '.join(EXPECT)}, "
                          f"got {expect!r}")
    why = _str(item, "why", prefix, where, i, required=False) or ""
    if expect == "unknown" and not why:
        raise where.error(prefix + "expect", i, "an expected 'unknown' needs a 'why' saying "
                          "what the prover cannot do")
    assume = _str(item, "assume", prefix, where, i, required=False)
    if assume is not None:
        from ..prover import parse_assumptions

        try:
            parse_assumptions(assume)
        except (SymactError, ValueError) as exc:
            raise where.error(prefix + "assume", i, str(exc)) from None
    budget = item.get("budget", CLAIM)
    if isinstance(budget, bool) or not isinstance(budget, int | float) or not budget > 0:
        raise where.error(prefix + "budget", i, f"expected positive seconds, got {budget!r}")
    forms = {"equality": ("lhs", "rhs"), "sign": ("sign", "same_sign_as"),
             "property": ("activation", "property", "value")}
    present = [f for f, keys in forms.items() if any(k in item for k in keys)]
    if len(present) != 1:
        raise where.error(prefix[:-1], i, "expected exactly one form: lhs/rhs, "
                          "sign/same_sign_as or activation/property/value"
                          + (f" (found {' and '.join(present)})" if present else ""))
    form = present[0]
    for k in forms[form]:
        if k not in item:
            raise where.error(prefix + k, i, f"missing (the {form} form needs "
                              f"{', '.join(forms[form])})", name="")
    base = dict(id=cid, title=title, source=source, form=form, assume=assume, expect=expect,
                why=why, budget=float(budget), file=where.file,
                line=where.line(i) or 0, key=prefix[:-1])
    if form in ("equality", "sign"):
        keys = ("lhs", "rhs") if form == "equality" else ("sign", "same_sign_as")
        sides = [_str(item, k, prefix, where, i) for k in keys]
        exprs = [_expr(t, prefix + k, where, i) for t, k in zip(sides, keys, strict=True)]
        typed = [_expr(t, prefix + k, where, i, evaluate=False)
                 for t, k in zip(sides, keys, strict=True)]
        if form == "sign":
            exprs = [sp.sign(e) for e in exprs]
            typed = [sp.sign(e, evaluate=False) for e in typed]
        base["lhs"], base["rhs"] = exprs
        base["written"] = tuple(typed)
    else:
        base.update(_property(item, prefix, where, i))
    if "params" in item and form != "property":
        raise where.error(prefix + "params", i, "only property claims take params")
    base["derivations"] = _derivations(item.get("derivation", []), prefix, where, i)
    return Claim(**base)


def _property(item: Mapping, prefix: str, where: _Locator, i: int) -> dict[str, Any]:
    from ..core import get

    name = _str(item, "activation", prefix, where, i)
    try:
        act = get(name)
    except SymactError as exc:
        raise where.error(prefix + "activation", i, str(exc)) from None
    prop = item["property"]
    if prop not in PROPERTIES:
        raise where.error(prefix + "property", i, f"unknown property {prop!r} (expected one "
                          f"of {', '.join(PROPERTIES)})")
    params = item.get("params", {})
    if not isinstance(params, dict) or not all(isinstance(v, str | int | float)
                                               for v in params.values()):
        raise where.error(prefix + "params", i, "expected a table such as { alpha = \"0.2\" }")
    try:
        act.with_params(**params)
    except (SymactError, ValueError) as exc:
        raise where.error(prefix + "params", i, str(exc)) from None
    value = item["value"]
    try:
        value = _property_value(prop, value)
    except (SymactError, ValueError) as exc:
        raise where.error(prefix + "value", i, str(exc)) from None
    return dict(activation=act.name, property=prop, value=value,
                params=tuple((k, str(v)) for k, v in params.items()))


_BOOLEAN = ("bounded_below", "bounded_above", "takes_both_signs", "identity_near_origin",
            "shift_invariant", "permutation_equivariant")
_WORDS = {"monotonic": ("increasing", "nondecreasing", "decreasing", "nonincreasing", "none"),
          "derivative_monotonic": ("increasing", "nondecreasing", "decreasing",
                                   "nonincreasing", "none"),
          "convexity": ("convex", "concave", "none"),
          "saturates": ("both", "-oo", "+oo", "neither")}


def _property_value(prop: str, value: Any) -> Any:
    """The claimed value in a comparable form (a ValueError says what was expected)."""
    if prop in _BOOLEAN:
        if not isinstance(value, bool):
            raise ValueError(f"expected true or false, got {value!r}")
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected a string, got {value!r}")
    if prop in _WORDS:
        if value not in _WORDS[prop]:
            raise ValueError(f"expected one of {', '.join(_WORDS[prop])}, got {value!r}")
        return value
    if prop == "continuity":
        if value in ("inf", "C^inf"):
            return "inf"
        m = re.fullmatch(r"(?:C\^)?(-?\d+)", value.strip())
        if not m:
            raise ValueError(f"expected 'C^k', 'C^inf' or '-1', got {value!r}")
        return int(m.group(1))
    if prop == "symmetry":
        m = re.fullmatch(r"\s*(odd|even|none|point)\s*(?:\((.*)\))?\s*", value)
        if not m or (m.group(1) == "point") != (m.group(2) is not None):
            raise ValueError(f"expected odd, even, none or 'point (x0, y0)', got {value!r}")
        if m.group(1) != "point":
            return (m.group(1), None)
        parts = m.group(2).split(",")
        if len(parts) != 2:
            raise ValueError(f"a point centre needs two coordinates, got {value!r}")
        return ("point", tuple(parse(p, symbols=()) for p in parts))
    if prop == "range":
        return _interval(value)
    if prop == "derivative_from_output" and value.strip() == "none":
        return None
    return parse(value)


def _interval(text: str) -> tuple[sp.Expr, sp.Expr, bool, bool]:
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


def _derivations(raw: Any, prefix: str, where: _Locator, i: int) -> tuple[Derivation, ...]:
    if not isinstance(raw, list):
        raise where.error(prefix + "derivation", i, "expected [[claim.derivation]] tables")
    out = []
    for j, d in enumerate(raw):
        dp = f"{prefix}derivation[{j}]."
        if not isinstance(d, dict):
            raise where.error(dp[:-1], i, "expected a table", sub=j)
        _keys(d, DERIVATION_KEYS, where, dp, i, sub=j)
        steps = d.get("steps")
        if (not isinstance(steps, list) or len(steps) < 2
                or not all(isinstance(s, str) and s.strip() for s in steps)):
            raise where.error(dp + "steps", i, "expected a list of at least two expression "
                              "strings", sub=j)
        written = tuple(_expr(s, f"{dp}steps[{k}]", where, i, evaluate=False, sub=j,
                              name="steps") for k, s in enumerate(steps))
        for k, s in enumerate(steps):  # the evaluated parse must succeed as well
            _expr(s, f"{dp}steps[{k}]", where, i, sub=j, name="steps")
        assume = _str(d, "assume", dp, where, i, required=False, sub=j)
        title = _title(d, dp, where, i, sub=j, required=False)
        out.append(Derivation(tuple(steps), written, assume, title,
                              where.line(i, "steps", j) or 0, dp[:-1]))
    return tuple(out)


__all__ = ["Claim", "Derivation", "LinkError", "ProofFileError", "Result", "load",
           "load_paths", "loads"]
