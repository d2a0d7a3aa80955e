"""A derivation as written, ``e0 = e1 = … = en``, checked link by link with :func:`prove`.

Each link gets its own verdict: proved -> ok, disproved -> wrong, unknown -> unknown; the
budget is shared among the links still to check. A link whose counterexample lies where one
line *as typed* is undefined is proved again where both are defined, and is then ok with that
condition (``(x**2 - 1)/(x - 1) = x + 1`` for x ≠ 1); every ok link also names the rule that
takes one line to the next (:mod:`.teaching`). :class:`StepReport` renders the result as text
(each line as typed, its normal form below it where different), LaTeX (each link marked, the
first wrong one with its counterexample) and JSON; ``first_wrong`` is the first link disproved.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass

import sympy as sp

from ..budget import CHECK_STEPS
from ..core import escape_text, latex
from ..errors import ParseError
from .assume import Assumptions, parse_assumptions
from .domain import describe
from .pipeline import prove, read_expr
from .teaching import NAMING, as_assumption, domains, name_rule, violated
from .verdict import Counterexample, Verdict


@dataclass(frozen=True)
class StepResult:
    """Link ``index`` -> ``index + 1`` of a written derivation: ok | wrong | unknown."""

    index: int
    status: str
    verdict: Verdict
    rule: str | None = None  # ok links: the one rule taking one line to the next, or MANY
    conditions: tuple[sp.Basic, ...] = ()  # ok links: where the step holds (typed domains)
    checked: bool = True  # False: unknown untried, the derivation's budget ran out before it

    @property
    def condition(self) -> str:
        """The conditions as text, ``"x ≠ 1"``; empty when the step holds wherever the
        assumptions do."""
        return describe(self.conditions, pretty=True)


@dataclass(frozen=True)
class StepReport:
    """Per-link results of a derivation as written; ``first_wrong`` is a 0-based link."""

    written: tuple[sp.Expr, ...]  # each line parsed without evaluation (for rendering)
    results: tuple[StepResult, ...]
    assume: str = ""
    typed: tuple[str, ...] = ()  # each line as the user typed it
    normal: tuple[sp.Expr, ...] = ()  # each line's normal form (parsed and evaluated)

    @property
    def first_wrong(self) -> int | None:
        return next((r.index for r in self.results if r.status == "wrong"), None)

    @property
    def status(self) -> str:
        kinds = {r.status for r in self.results}
        return "wrong" if "wrong" in kinds else ("unknown" if "unknown" in kinds else "ok")

    @property
    def not_checked(self) -> tuple[int, ...]:
        """The 0-based links left unknown untried because the budget ran out first."""
        return tuple(r.index for r in self.results if not r.checked)

    def line(self, k: int) -> str:
        """Line ``k`` as typed (its printed form when it came as a SymPy expression)."""
        return self.typed[k] if self.typed else str(self.written[k])

    def to_text(self) -> str:
        lines = [f"derivation: {self.status}  (lines as typed; normal form below where it "
                 "differs)"]
        lines += [f"  {self.line(0)}", *self._normal_note(0)]
        for r in self.results:
            lines.append(f"  = {self.line(r.index + 1)}    [{r.status}]{_teaching(r)}")
            lines.extend(self._normal_note(r.index + 1))
            if r.status == "wrong" and r.verdict.counterexample is not None:
                c = r.verdict.counterexample
                lines.append(f"      counterexample at {_at(c)}: {c.lhs} vs {c.rhs}")
            if r.status == "unknown":
                lines.extend(f"      tried: {t}" for t in r.verdict.tried[-2:])
        if self.first_wrong is not None:
            k = self.first_wrong
            lines.append(f"first wrong step: {k + 1} ({self.line(k)} = {self.line(k + 1)})")
        skipped = self.not_checked
        if skipped:
            lines.append(f"not checked (the budget ran out): {_spans(skipped)} of "
                         f"{len(self.results)} links")
        return "\n".join(lines)

    def _normal_note(self, k: int) -> list[str]:
        if not self.normal or _plain(self.line(k)) == _plain(str(self.normal[k])):
            return []
        return [f"      normal form: {self.normal[k]}"]

    def to_latex(self) -> str:
        r"""An ``align*`` body: ``=`` and the rule for ok links, ``\stackrel{\times}{=}`` for
        wrong and ``\stackrel{?}{=}`` for unknown ones; then the first wrong step's
        counterexample."""
        tex = [latex(e, as_written=True) for e in self.written]
        rows = []
        for r in self.results:
            rel, label = _latex_link(r)
            head = tex[0] + " " if r.index == 0 else ""
            rows.append(f"{head}&{rel} {tex[r.index + 1]} && {label}")
        k = self.first_wrong
        c = None if k is None else self.results[k].verdict.counterexample
        if k is not None and c is not None:
            at = ",\\ ".join(f"{latex(sp.Symbol(n))} = {_num(v)}" for n, v in c.point.items()
                             ) or r"\text{any point}"
            rows.append(f"&\\text{{step {k + 1} is wrong: at }} {at}\\colon\\quad "
                        f"{_num(c.lhs)} \\neq {_num(c.rhs)}")
        return " \\\\\n".join(rows)

    def to_dict(self) -> dict:
        # each line printed once: str() of a long sum is slow, and a 2,000-line derivation
        # must render within its budget's margin
        normal = [str(e) for e in (self.normal or self.written)]
        return {
            "status": self.status, "assume": self.assume,
            "first_wrong": self.first_wrong, "not_checked": list(self.not_checked),
            "steps": [{"expr": str(e), "latex": latex(e, as_written=True),
                       "typed": self.line(k), "normal": normal[k]}
                      for k, e in enumerate(self.written)],
            "links": [{"index": r.index, "status": r.status,
                       "verdict": r.verdict.to_dict() if r.checked else _unchecked(r, normal),
                       "rule": r.rule, "condition": r.condition or None,
                       "checked": r.checked}
                      for r in self.results],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


_LINK = {"proved": "ok", "disproved": "wrong", "unknown": "unknown"}
# the one ``tried`` entry of a link never looked at (the derivation's budget ran out first)
NOT_CHECKED = "not checked: the derivation's budget of {budget:g} s ran out before this link"
PROVING = 0.8  # share of a link's budget for prove(); the rest names the rule


def check_steps(steps: Sequence[str | sp.Expr], *, assume: str | None = None,
                budget: float = CHECK_STEPS) -> StepReport:
    """Check each consecutive equality of a written derivation ``e0 = e1 = … = en``.

    Steps are parsed twice: unevaluated (kept for rendering exactly as written) and evaluated
    (for the proof). The budget counts from the call's start (parsing included) and is shared
    among the links still to check; once it has run out, the remaining links are ``unknown``
    at once, their ``tried`` saying that they were not checked (:data:`NOT_CHECKED`).

    >>> r = check_steps(["(1 + tanh(z/2))/2", "(1 + (e^z - 1)/(e^z + 1))/2", "1/(1 + e^z)"])
    >>> [x.status for x in r.results], r.first_wrong
    (['ok', 'wrong'], 1)
    >>> r = check_steps(["(x^2 - 1)/(x - 1)", "x + 1"])
    >>> r.results[0].status, r.results[0].rule, r.results[0].condition
    ('ok', 'cancel common factors', 'x ≠ 1')
    """
    if isinstance(steps, str) or len(steps) < 2:
        raise ParseError("a derivation needs at least two steps")
    end = time.monotonic() + budget
    written = tuple(read_expr(s, evaluate=False) for s in steps)
    exprs = tuple(read_expr(s) for s in steps)
    typed = tuple(s if isinstance(s, str) else str(e) for s, e in zip(steps, exprs,
                                                                         strict=True))
    facts = parse_assumptions(assume)  # bad assumptions are bad input, before any work
    results = []
    for i in range(len(exprs) - 1):
        left = end - time.monotonic()
        if left <= 0:
            results.append(_not_checked(i, exprs, facts, budget))
            continue
        results.append(_check_link(i, typed, exprs, facts, left / (len(exprs) - 1 - i), end))
    return StepReport(written, tuple(results), assume or "", typed, exprs)


def _not_checked(i: int, exprs: Sequence[sp.Expr], facts: Assumptions,
                 budget: float) -> StepResult:
    """Link i -> i + 1 as unknown without any work: the derivation's budget has run out."""
    v = Verdict("unknown", exprs[i], exprs[i + 1], tried=(NOT_CHECKED.format(budget=budget),),
                assume=facts.text)
    return StepResult(i, "unknown", v, checked=False)


def _check_link(i: int, typed: Sequence[str], exprs: Sequence[sp.Expr], facts: Assumptions,
                share: float, end: float) -> StepResult:
    """Link i -> i + 1 in ``share`` seconds: prove it; where the counterexample is outside
    a typed domain, prove it again where both lines are defined; name the rule if ok. No
    part of it is granted time beyond ``end``, the derivation's deadline, except a token
    0.05 s when less is left."""
    stop = time.monotonic() + share
    assume = facts.text or None
    v = prove(exprs[i], exprs[i + 1], assume=assume,
              budget=max(min(PROVING * share, end - time.monotonic()), 0.05))
    where = domains(typed[i], typed[i + 1], facts, budget=_left(stop, NAMING))
    c = v.counterexample
    if (v.status == "disproved" and where.gap and c is not None
            and violated(where.gap, {**c.point, **c.exact})):
        try:
            v = prove(exprs[i], exprs[i + 1], assume=as_assumption(where.gap, assume),
                      budget=_left(stop, share))
        except ParseError:  # a condition the assumptions cannot say (sigmoid(x) > 1/2)
            pass
    if v.status != "proved":
        return StepResult(i, _LINK[v.status], v)
    rule = name_rule(exprs[i], exprs[i + 1], _left(stop, NAMING), where.prev + where.next, facts)
    return StepResult(i, "ok", v, rule, where.gap)


def _left(stop: float, cap: float) -> float:
    """Seconds until ``stop``, at most ``cap``, at least a token 0.05."""
    return max(min(stop - time.monotonic(), cap), 0.05)


def _unchecked(r: StepResult, normal: Sequence[str]) -> dict:
    """An unchecked link's verdict as :meth:`Verdict.to_dict` gives it, its sides taken from
    the lines already printed (0 stands in for them while the record is rendered)."""
    v = r.verdict
    stand_in = Verdict(v.status, sp.S.Zero, sp.S.Zero, tried=v.tried, assume=v.assume)
    return {**stand_in.to_dict(), "lhs": normal[r.index], "rhs": normal[r.index + 1]}


def _spans(indices: Sequence[int]) -> str:
    """0-based links as 1-based spans, ``"links 3, 5-9"``.

    >>> _spans([2, 4, 5, 6, 7, 8])
    'links 3, 5-9'
    """
    runs: list[list[int]] = []
    for k in indices:
        if runs and k == runs[-1][1] + 1:
            runs[-1][1] = k
        else:
            runs.append([k, k])
    text = ", ".join(f"{a + 1}" if a == b else f"{a + 1}-{b + 1}" for a, b in runs)
    return ("link " if len(indices) == 1 else "links ") + text


def _teaching(r: StepResult) -> str:
    """`` definition of sigmoid; valid for x ≠ 1`` after an ok link's status."""
    parts = [p for p in (r.rule, r.condition and f"valid for {r.condition}") if p]
    return " " + "; ".join(parts) if parts else ""


def _latex_link(r: StepResult) -> tuple[str, str]:
    """The relation and the label of one link in the LaTeX chain."""
    if r.status == "wrong":
        return r"\stackrel{\times}{=}", r"\text{wrong}"
    if r.status == "unknown":
        return r"\stackrel{?}{=}", r"\text{?}"
    label = rf"\text{{{escape_text(r.rule or 'ok')}}}"
    if r.conditions:
        conds = ",\\ ".join(latex(c) for c in r.conditions)
        label += rf"\text{{, valid for }} {conds}"
    return "=", label


def _at(c: Counterexample) -> str:
    return ", ".join(f"{k} = {v}" for k, v in c.point.items()) or "any point"


def _num(text: str) -> str:
    """A decimal of a counterexample for print (12 digits), or ``\\text{undefined}``."""
    try:
        return latex(sp.Float(text, 12))
    except (ValueError, TypeError):
        return r"\text{" + escape_text(text) + "}"


def _plain(text: str) -> str:
    """Text compared without spaces, ``^`` read as ``**``."""
    return "".join(text.split()).replace("^", "**")
