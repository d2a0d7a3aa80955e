"""Proof files (``proofs/*.toml``) -> :class:`~symact.claims.spec.Claim` records, validated.

A file holds ``[[claim]]`` tables. Each claim has ``id``, ``title.cs``/``title.en``, ``source``
and exactly one form: an equality (``lhs``, ``rhs``), a sign claim (``sign``,
``same_sign_as``: sign(u) = sign(v)) or a property claim (``activation``, ``property``,
``value``, checked against :func:`symact.derive.properties`). ``assume`` and ``expect``
(default "proved"; "unknown" needs ``why``) are optional, and ``[[claim.derivation]]`` tables
hold the author's chains (``steps``), checked link by link and rendered as written. Grammar
with one example per form: ``proofs/README.md``. Expressions go through the safe parser only.
Every refusal is a :class:`~symact.errors.ProofFileError` naming file, line and key.

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
symact.errors.ProofFileError: bad.toml:3: claim[0].foo: unknown key 'foo' (expected one of ...)
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import sympy as sp

from ..budget import CLAIM
from ..core import get, parse
from ..errors import SymactError
from ..prover import parse_assumptions
from .expected import expected_value
from .locate import Locator
from .spec import (
    CLAIM_KEYS,
    DERIVATION_KEYS,
    EXPECT,
    FORMS,
    LANGS,
    PROPERTIES,
    Claim,
    Derivation,
    ProofFileError,
)


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
    where = Locator(file, lines)
    _keys(data, ("claim",), where, "", None)
    raw = data.get("claim")
    if not isinstance(raw, list) or not raw:
        raise where.error("claim", None, "expected one or more [[claim]] tables")
    return [_claim(item, i, where) for i, item in enumerate(raw)]


def _keys(table: Mapping, allowed: Sequence[str], where: Locator, prefix: str,
          i: int | None, sub: int | None = None) -> None:
    for k in table:
        if k not in allowed:
            raise where.error(f"{prefix}{k}", i, f"unknown key {k!r} (expected one of "
                              f"{', '.join(allowed)})", sub=sub, name=k)


def _str(table: Mapping, key: str, prefix: str, where: Locator, i: int, *,
         required: bool = True, sub: int | None = None) -> str | None:
    if key not in table:
        if required:
            raise where.error(prefix + key, i, "missing (required)", sub=sub, name="")
        return None
    v = table[key]
    if not isinstance(v, str) or not v.strip():
        raise where.error(prefix + key, i, f"expected a non-empty string, got {v!r}", sub=sub)
    return v


def _title(table: Mapping, prefix: str, where: Locator, i: int,
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


def _expr(text: str, key: str, where: Locator, i: int, *, evaluate: bool = True,
          sub: int | None = None, name: str | None = None) -> sp.Expr:
    try:
        return parse(text, evaluate=evaluate)
    except (SymactError, ValueError) as exc:
        raise where.error(key, i, f"{exc} in {text!r}", sub=sub, literal=text,
                          name=name) from None


def _claim(item: Any, i: int, where: Locator) -> Claim:
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
        try:
            parse_assumptions(assume)
        except (SymactError, ValueError) as exc:
            raise where.error(prefix + "assume", i, str(exc)) from None
    budget = item.get("budget", CLAIM)
    if isinstance(budget, bool) or not isinstance(budget, int | float) or not budget > 0:
        raise where.error(prefix + "budget", i, f"expected positive seconds, got {budget!r}")
    present = [f for f, keys in FORMS.items() if any(k in item for k in keys)]
    if len(present) != 1:
        raise where.error(prefix[:-1], i, "expected exactly one form: lhs/rhs, "
                          "sign/same_sign_as or activation/property/value"
                          + (f" (found {' and '.join(present)})" if present else ""))
    form = present[0]
    for k in FORMS[form]:
        if k not in item:
            raise where.error(prefix + k, i, f"missing (the {form} form needs "
                              f"{', '.join(FORMS[form])})", name="")
    base = dict(id=cid, title=title, source=source, form=form, assume=assume, expect=expect,
                why=why, budget=float(budget), file=where.file,
                line=where.line(i) or 0, key=prefix[:-1])
    if form == "property":
        base.update(_property(item, prefix, where, i))
    else:
        base.update(_sides(item, form, prefix, where, i))
    if "params" in item and form != "property":
        raise where.error(prefix + "params", i, "only property claims take params")
    base["derivations"] = _derivations(item.get("derivation", []), prefix, where, i)
    return Claim(**base)


def _sides(item: Mapping, form: str, prefix: str, where: Locator, i: int) -> dict[str, Any]:
    """lhs and rhs of an equality, or sign(u) and sign(v) of a sign claim; evaluated for the
    prover and unevaluated as written (for print)."""
    keys = FORMS[form]
    sides = [_str(item, k, prefix, where, i) for k in keys]
    exprs = [_expr(t, prefix + k, where, i) for t, k in zip(sides, keys, strict=True)]
    typed = [_expr(t, prefix + k, where, i, evaluate=False)
             for t, k in zip(sides, keys, strict=True)]
    if form == "sign":
        exprs = [sp.sign(e) for e in exprs]
        typed = [sp.sign(e, evaluate=False) for e in typed]
    return dict(lhs=exprs[0], rhs=exprs[1], written=tuple(typed))


def _property(item: Mapping, prefix: str, where: Locator, i: int) -> dict[str, Any]:
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
        value = expected_value(prop, value)
    except (SymactError, ValueError) as exc:
        raise where.error(prefix + "value", i, str(exc)) from None
    return dict(activation=act.name, property=prop, value=value,
                params=tuple((k, str(v)) for k, v in params.items()))


def _derivations(raw: Any, prefix: str, where: Locator, i: int) -> tuple[Derivation, ...]:
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


__all__ = ["load", "load_paths", "loads"]
