"""The prover's records: a Verdict with its checked Steps or its Counterexample, and the
Stop that ends the symbolic route of one case.

Frozen records, rendered three ways: ``to_text()`` (one step a line, rule names in brackets),
``to_latex()`` (an ``align*`` body) and ``to_dict()`` (JSON-ready).

>>> import sympy as sp
>>> x = sp.Symbol("x")
>>> v = Verdict("proved", 2 * x, x + x, (Step(2 * x, "given", "as stated"),))
>>> v.to_dict()["status"], [s.rule for s in v.steps]
('proved', ['given'])
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

import sympy as sp

from ..core import escape_text, latex, render_chain, source

STATUSES = ("proved", "disproved", "unknown")
CERTIFICATE_FORMAT = "symact-certificate/1"


@dataclass(frozen=True)
class Step:
    """One link of a chain: ``expr`` equals the previous step's expr by ``rule``."""

    expr: sp.Expr
    rule: str
    justification: str
    case: str = ""
    case_latex: str = ""
    region: str = "True"  # the case's region as a condition the parser reads back


@dataclass(frozen=True)
class Counterexample:
    """A point where both sides differ, values at 30 digits, confirmed at ``dps`` digits."""

    point: Mapping[str, str]
    lhs: str
    rhs: str
    dps: int
    difference: str = ""
    exact: Mapping[str, str] = field(default_factory=dict)  # the point exactly: "sqrt(2)"

    def to_dict(self) -> dict:
        return {"point": dict(self.point), "exact": dict(self.exact), "lhs": self.lhs,
                "rhs": self.rhs, "dps": self.dps, "difference": self.difference}


@dataclass(frozen=True)
class Verdict:
    """The answer for one claim; ``steps`` only for proved, ``counterexample`` for disproved."""

    status: str
    lhs: sp.Expr
    rhs: sp.Expr
    steps: tuple[Step, ...] = ()
    counterexample: Counterexample | None = None
    tried: tuple[str, ...] = ()
    assume: str = ""
    seconds: float = 0.0
    domain: str = ""  # what the sides' typed domains add to the assumptions: "x != 0"

    def cases(self) -> list[tuple[str, list[Step]]]:
        """Steps grouped by case, in order."""
        out: list[tuple[str, list[Step]]] = []
        for s in self.steps:
            if not out or out[-1][0] != s.case:
                out.append((s.case, []))
            out[-1][1].append(s)
        return out

    def to_text(self) -> str:
        head = f"{self.status}: {self.lhs} = {self.rhs}"
        if self.assume:
            head += f"  (assuming {self.assume})"
        if self.domain:
            head += f"  (for {self.domain}, where both sides are defined)"
        lines = [head]
        for case, steps in self.cases():
            indent = "  "
            if case:
                lines.append(f"  case {case}:")
                indent = "    "
            for i, s in enumerate(steps):
                mark = "  " if i == 0 else "= "
                note = "" if i == 0 else f"    [{s.rule}] {s.justification}"
                lines.append(f"{indent}{mark}{s.expr}{note}")
        if self.counterexample is not None:
            c = self.counterexample
            at = ", ".join(f"{k} = {v}" + _exact_note(c.exact.get(k, ""))
                           for k, v in c.point.items()) or "any point"
            diff = f", lhs − rhs = {c.difference}" if c.difference else ""
            lines.append(f"  counterexample at {at}: lhs = {c.lhs}, rhs = {c.rhs}{diff} "
                         f"(confirmed at {c.dps} digits)")
        lines.extend(f"  tried: {t}" for t in self.tried)
        return "\n".join(lines)

    def to_latex(self) -> str:
        if self.status == "proved":
            return _render_proved(self)
        rel = r"\neq" if self.status == "disproved" else r"\stackrel{?}{=}"
        return f"{latex(self.lhs)} &{rel} {latex(self.rhs)}"

    def _repr_latex_(self) -> str:
        """Jupyter: the status and the chain (or lhs ≠ rhs with the counterexample)."""
        body = self.to_latex()
        return (f"$\\text{{{self.status}}}\\colon\\quad"
                f"\\begin{{aligned}}{body}\\end{{aligned}}$")

    def to_dict(self) -> dict:
        return {
            "status": self.status, "lhs": str(self.lhs), "rhs": str(self.rhs),
            "assume": self.assume, "domain": self.domain,
            "steps": [{"expr": str(s.expr), "latex": latex(s.expr), "rule": s.rule,
                       "justification": s.justification, "case": s.case}
                      for s in self.steps],
            "counterexample": None if self.counterexample is None
            else self.counterexample.to_dict(),
            "tried": list(self.tried), "seconds": round(self.seconds, 4),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def certificate(self) -> dict:
        """The evidence of a proved or disproved verdict, for :func:`symact.verify_certificate`
        (which re-checks it without the prover): each case's chain from lhs to rhs with the
        rule of every link and the case's region, or the exact counterexample point. The
        assumptions include the sides' domain (``x != 0``): where the claim was decided.

        Raises:
            ValueError: the verdict is unknown (there is no evidence to give).
        """
        if self.status not in ("proved", "disproved"):
            raise ValueError(f"an {self.status} verdict has no certificate")
        assume = ", ".join(a for a in (self.assume, self.domain) if a)
        cases = [{"region": steps[0].region,
                  "steps": [{"expr": source(s.expr), "rule": s.rule} for s in steps]}
                 for _, steps in self.cases()] if self.status == "proved" else []
        point = None
        if self.counterexample is not None:
            point = {"point": dict(self.counterexample.exact)}
        return {"format": CERTIFICATE_FORMAT,
                "claim": {"lhs": source(self.lhs), "rhs": source(self.rhs), "assume": assume},
                "status": self.status, "cases": cases, "counterexample": point}


def _exact_note(exact: str) -> str:
    """" (sqrt(2))" after a decimal when the exact value says more than the digits."""
    plain = not exact or exact.lstrip("-").isdigit() or len(exact) > 40
    return "" if plain else f" ({exact})"


def _render_proved(verdict: Verdict) -> str:
    """A proved verdict as an ``align*`` body, one block per case, links labelled by rule."""
    blocks = []
    for case, steps in verdict.cases():
        if len(steps) < 2:
            continue
        body = render_chain([s.expr for s in steps], [s.rule for s in steps[1:]])
        if case:
            cond = steps[0].case_latex or rf"\text{{{escape_text(case)}}}"
            body = f"&\\text{{case }} {cond}\\colon \\\\\n{body}"
        blocks.append(body)
    return " \\\\\n".join(blocks)


class Stop(Exception):
    """Internal: the symbolic route of one case gave up; ``reason`` says why (it goes to
    ``tried``). When the two sides did not meet, ``residual`` is their difference and
    ``left``/``right`` are the two chains, every step still to be re-verified."""

    def __init__(self, reason: str, residual: sp.Expr | None = None,
                 left: tuple[Step, ...] = (), right: tuple[Step, ...] = ()) -> None:
        super().__init__(reason)
        self.reason = reason
        self.residual = residual
        self.left = left
        self.right = right
