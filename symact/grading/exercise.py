"""An exercise file (TOML): what the students prove, for how many points, in which variants.

```toml
[exercise]
id = "tanh-sigmoid"
title.cs = "Dokažte vztah mezi tanh a sigmoidem"
title.en = "Prove the relation between tanh and the sigmoid"
lhs = "sigmoid(z)"
rhs = "(1 + tanh(z/2))/2"
points = 10
# optional: assume = "x > 0"; [exercise.params] a = [2, 3] (a variant per student);
# [exercise.partial] incomplete = 5, wrong_step = 2, per_valid_step = 1 (partial credit)
```
Bad files give one line ``file:line: exercise.key: what is wrong`` (:class:`ProofFileError`).
A student's variant is chosen from the exercise id and the student id by SHA-256, so it is the
same on every machine and in every run.

>>> ex = Exercise("d", (("cs", "Derivace"), ("en", "Derivative")), "diff(sigmoid(a*x), x)",
...               "a*sigmoid(a*x)*(1 - sigmoid(a*x))", None, 4, (("a", ("2", "3")),))
>>> v = ex.variant("novak"); v.values, v.lhs
((('a', '3'),), 'diff(sigmoid(3*x), x)')
"""

from __future__ import annotations

import hashlib
import itertools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..core import parse
from ..errors import ParseError, ProofFileError
from ..prover import parse_assumptions

KEYS = ("id", "title", "lhs", "rhs", "assume", "points", "params", "partial")
# [exercise.partial]: points per status, per valid step, and the most partial credit gives
PARTIAL = ("incomplete", "wrong_step", "timeout", "per_valid_step", "cap")
LANGS = ("cs", "en")
MAX_VARIANTS = 10_000
_ID = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


@dataclass(frozen=True)
class Variant:
    """One student's version of the exercise: parameter values put into both sides."""

    values: tuple[tuple[str, str], ...]  # (parameter, value as typed), sorted by name
    lhs: str
    rhs: str

    def describe(self) -> str:
        """``a = 3, b = 1/2``; empty for an exercise without parameters."""
        return ", ".join(f"{k} = {v}" for k, v in self.values)


@dataclass(frozen=True)
class Exercise:
    """An exercise: prove ``lhs = rhs`` (under ``assume``) in steps, for ``points``."""

    id: str
    title: tuple[tuple[str, str], ...]  # (lang, text) for cs and en
    lhs: str
    rhs: str
    assume: str | None
    points: float
    params: tuple[tuple[str, tuple[str, ...]], ...] = ()  # name -> the values to choose from
    partial: tuple[tuple[str, float], ...] = ()  # status (or per_valid_step) -> points
    file: str = ""

    def title_in(self, lang: str) -> str:
        return dict(self.title)[lang]

    def variant(self, student: str) -> Variant:
        """The student's variant: the SHA-256 of ``id/student`` indexes the product of the
        parameters' value lists."""
        names = [n for n, _ in self.params]
        combos = list(itertools.product(*(vals for _, vals in self.params)))
        digest = hashlib.sha256(f"{self.id}/{student}".encode()).hexdigest()
        chosen = combos[int(digest, 16) % len(combos)] if names else ()
        values = tuple(zip(names, chosen, strict=True))
        return Variant(values, substitute(self.lhs, values), substitute(self.rhs, values))

    def credit(self, status: str, valid_steps: int) -> float:
        """Points for a graded status: all for ``correct``; else what ``[exercise.partial]``
        gives that status plus ``per_valid_step`` for each distinct valid step before the
        first problem, at most ``cap`` (default half the points: a long chain that is not a
        proof never earns full marks)."""
        if status == "correct":
            return self.points
        if status not in ("incomplete", "wrong_step", "timeout"):
            return 0.0
        part = dict(self.partial)
        got = part.get(status, 0.0) + part.get("per_valid_step", 0.0) * valid_steps
        return min(got, part.get("cap", self.points / 2))


def substitute(text: str, values: tuple[tuple[str, str], ...]) -> str:
    """``text`` with each parameter name (a whole identifier) replaced by ``(value)``, or the
    bare value when it is a plain number."""
    for name, value in values:
        shown = value if re.fullmatch(r"\d+(\.\d+)?", value) else f"({value})"
        text = _whole(name).sub(shown, text)
    return text


def _whole(name: str) -> re.Pattern[str]:
    """``name`` as a whole identifier, not a function call (``a`` in ``a*x``, not in
    ``tanh`` or ``a(x)``)."""
    return re.compile(rf"(?<![A-Za-z0-9_]){re.escape(name)}(?![A-Za-z0-9_(])")


def read_exercise(path: str | Path) -> Exercise:
    """Read and check an exercise file; :class:`ProofFileError` names file, line and key."""
    path = Path(path)
    if not path.is_file():
        raise ProofFileError(str(path), None, "", "not a regular file")
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise ProofFileError(str(path), None, "", f"cannot be read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        raise ProofFileError(str(path), int(line.group(1)) if line else None, "",
                             f"not valid TOML: {exc}") from None
    lines = text.splitlines()

    def bad(key: str, message: str) -> ProofFileError:
        short = key.rsplit(".", 1)[-1]
        pat = re.compile(rf"^\s*{re.escape(short)}\s*(=|\.)")
        found = next((k + 1 for k, ln in enumerate(lines) if pat.match(ln)), None)
        return ProofFileError(str(path), found, key, message)

    extra = sorted(set(data) - {"exercise"})
    if extra:
        raise bad(extra[0], f"unknown table {extra[0]!r}; an exercise file has [exercise]")
    ex = data.get("exercise")
    if not isinstance(ex, dict):
        raise ProofFileError(str(path), None, "exercise", "missing the [exercise] table")
    for key in ex:
        if key not in KEYS:
            raise bad(f"exercise.{key}", f"unknown key {key!r}; expected one of "
                      f"{', '.join(KEYS)}")
    for key in ("id", "title", "lhs", "rhs", "points"):
        if key not in ex:
            raise ProofFileError(str(path), None, f"exercise.{key}", "missing")
    ident = ex["id"]
    if not isinstance(ident, str) or not _ID.match(ident):
        raise bad("exercise.id", "expected a short name of letters, digits, '.', '_', '-'")
    title = ex["title"]
    if not isinstance(title, dict) or set(title) != set(LANGS) or not all(
            isinstance(t, str) and t.strip() for t in title.values()):
        raise bad("exercise.title", "expected title.cs and title.en, both non-empty strings")
    points = ex["points"]
    if isinstance(points, bool) or not isinstance(points, int | float) or not points > 0:
        raise bad("exercise.points", f"expected a positive number, got {points!r}")
    assume = ex.get("assume")
    if assume is not None and not isinstance(assume, str):
        raise bad("exercise.assume", "expected a string such as \"x > 0\"")
    params = _params(ex.get("params", {}), bad)
    partial = _partial(ex.get("partial", {}), float(points), bad)
    out = Exercise(ident, tuple((k, title[k]) for k in LANGS), _expr(ex["lhs"], "lhs", bad),
                   _expr(ex["rhs"], "rhs", bad), assume or None, float(points), params,
                   partial, str(path))
    try:
        parse_assumptions(out.assume)
    except ParseError as exc:
        raise bad("exercise.assume", str(exc)) from None
    for name, _ in params:
        if not _whole(name).search(out.lhs + " " + out.rhs):
            raise bad(f"exercise.params.{name}", f"parameter {name!r} is in neither side")
    for values in itertools.product(*(v for _, v in params)):
        pairs = tuple(zip((n for n, _ in params), values, strict=True))
        for side in ("lhs", "rhs"):
            _expr(substitute(getattr(out, side), pairs), side, bad)
    return out


def _expr(value: object, key: str, bad) -> str:
    if not isinstance(value, str) or not value.strip():
        raise bad(f"exercise.{key}", "expected an expression as a string")
    try:
        parse(value, evaluate=False)
    except ParseError as exc:
        raise bad(f"exercise.{key}", str(exc)) from None
    return value


def _params(table: object, bad) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(table, dict):
        raise bad("exercise.params", "expected a table of parameter = [values]")
    out, count = [], 1
    for name in sorted(table):
        values = table[name]
        key = f"exercise.params.{name}"
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", name):
            raise bad(key, "expected a plain parameter name")
        if not isinstance(values, list) or not values:
            raise bad(key, "expected a non-empty list of values")
        typed = []
        for v in values:
            if isinstance(v, bool) or not isinstance(v, int | float | str):
                raise bad(key, f"expected numbers or expression strings, got {v!r}")
            text = repr(v) if isinstance(v, float) else str(v)
            try:
                e = parse(text, catalog=False)
            except ParseError as exc:
                raise bad(key, f"{text!r}: {exc}") from None
            if e.free_symbols or not e.is_real:
                raise bad(key, f"{text!r} is not a real number")
            typed.append(text)
        if len(set(typed)) != len(typed):
            raise bad(key, "a value is listed twice")
        count *= len(typed)
        out.append((name, tuple(typed)))
    if count > MAX_VARIANTS:
        raise bad("exercise.params", f"{count} variants; at most {MAX_VARIANTS}")
    return tuple(out)


def _partial(table: object, points: float, bad) -> tuple[tuple[str, float], ...]:
    if not isinstance(table, dict):
        raise bad("exercise.partial", "expected a table such as incomplete = 5")
    out = []
    for key, value in table.items():
        if key not in PARTIAL:
            raise bad(f"exercise.partial.{key}", f"unknown key {key!r}; expected one of "
                      f"{', '.join(PARTIAL)}")
        if isinstance(value, bool) or not isinstance(value, int | float) or not (
                0 <= value <= points):
            raise bad(f"exercise.partial.{key}", f"expected points between 0 and {points:g}")
        out.append((key, float(value)))
    return tuple(sorted(out))


def same_line(typed: str, target: str) -> bool:
    """Whether a student's line is the target up to SymPy's automatic normal form."""
    try:
        return parse(typed) == parse(target)
    except ParseError:
        return False
