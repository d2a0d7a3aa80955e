"""A derivation as written, ``e0 = e1 = … = en``, checked link by link with :func:`prove`.

Each link gets its own verdict: proved -> ok, disproved -> wrong, unknown -> unknown; the
budget is shared among the links still to check. :class:`StepReport` renders the result as
text, LaTeX (each link marked) and JSON; ``first_wrong`` is the first link disproved.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass

import sympy as sp

from ..budget import CHECK_STEPS
from ..core import latex, render_chain
from ..errors import ParseError
from .assume import parse_assumptions
from .pipeline import prove, read_expr
from .verdict import Verdict


@dataclass(frozen=True)
class StepResult:
    """Link ``index`` -> ``index + 1`` of a written derivation: ok | wrong | unknown."""

    index: int
    status: str
    verdict: Verdict


@dataclass(frozen=True)
class StepReport:
    """Per-link results of a derivation as written; ``first_wrong`` is a 0-based link."""

    written: tuple[sp.Expr, ...]
    results: tuple[StepResult, ...]
    assume: str = ""

    @property
    def first_wrong(self) -> int | None:
        return next((r.index for r in self.results if r.status == "wrong"), None)

    @property
    def status(self) -> str:
        kinds = {r.status for r in self.results}
        return "wrong" if "wrong" in kinds else ("unknown" if "unknown" in kinds else "ok")

    def to_text(self) -> str:
        lines = [f"derivation: {self.status}"]
        lines.append(f"  {self.written[0]}")
        for r in self.results:
            lines.append(f"  = {self.written[r.index + 1]}    [{r.status}]")
            if r.status == "wrong" and r.verdict.counterexample is not None:
                c = r.verdict.counterexample
                at = ", ".join(f"{k} = {v}" for k, v in c.point.items())
                lines.append(f"      counterexample at {at}: {c.lhs} vs {c.rhs}")
            if r.status == "unknown":
                lines.extend(f"      tried: {t}" for t in r.verdict.tried[-2:])
        if self.first_wrong is not None:
            lines.append(f"first wrong step: {self.first_wrong + 1} "
                         f"({self.written[self.first_wrong]} = "
                         f"{self.written[self.first_wrong + 1]})")
        return "\n".join(lines)

    def to_latex(self) -> str:
        marks = [r.status for r in self.results]
        return render_chain(list(self.written), marks, as_written=True)

    def to_dict(self) -> dict:
        return {
            "status": self.status, "assume": self.assume,
            "first_wrong": self.first_wrong,
            "steps": [{"expr": str(e), "latex": latex(e, as_written=True)}
                      for e in self.written],
            "links": [{"index": r.index, "status": r.status, "verdict": r.verdict.to_dict()}
                      for r in self.results],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


_LINK = {"proved": "ok", "disproved": "wrong", "unknown": "unknown"}


def check_steps(steps: Sequence[str | sp.Expr], *, assume: str | None = None,
                budget: float = CHECK_STEPS) -> StepReport:
    """Check each consecutive equality of a written derivation ``e0 = e1 = … = en``.

    Steps are parsed twice: unevaluated (kept for rendering exactly as written) and evaluated
    (for the proof). The budget is shared among the links.

    >>> r = check_steps(["(1 + tanh(z/2))/2", "(1 + (e^z - 1)/(e^z + 1))/2", "1/(1 + e^z)"])
    >>> [x.status for x in r.results], r.first_wrong
    (['ok', 'wrong'], 1)
    """
    if isinstance(steps, str) or len(steps) < 2:
        raise ParseError("a derivation needs at least two steps")
    written = tuple(read_expr(s, evaluate=False) for s in steps)
    exprs = [read_expr(s) for s in steps]
    parse_assumptions(assume)  # bad assumptions are bad input, before any work
    end = time.monotonic() + budget
    results = []
    for i in range(len(exprs) - 1):
        share = max(end - time.monotonic(), 0.0) / (len(exprs) - 1 - i)
        v = prove(exprs[i], exprs[i + 1], assume=assume, budget=max(share, 0.05))
        results.append(StepResult(i, _LINK[v.status], v))
    return StepReport(written, tuple(results), assume or "")
