"""Prove or disprove ``lhs = rhs`` over the reals, with a checked derivation or a counterexample.

The pipeline of :func:`prove` reads top to bottom: parse -> normalise -> (cheap numeric
counterexample search) -> case split -> apply rules -> check each step -> numeric cross-check
-> verdict. "proved" needs *both* a chain whose every step was re-verified symbolically (the
difference of consecutive steps simplifies to 0 in the case's region) *and* agreement at ≥ 50
digits at points that include ±900, 1e-30, every case region and breakpoint. "disproved"
needs a counterexample whose difference is stable when the precision doubles. Everything else
is "unknown", with what was tried.

>>> prove("sigmoid(z)", "(1 + tanh(z/2))/2").status
'proved'
>>> v = prove("sign(x)^2", "1")
>>> v.status, v.counterexample.point
('disproved', {'x': '0.0'})
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sympy as sp

from ..budget import CHECK_STEPS, PROVE, VERIFY_STEP, attempt, deadline
from ..core import parse
from ..errors import SYMPY_FAILURES, BudgetExceeded, ParseError, SymactError
from . import enclosure as mpcheck
from . import rules, search
from .assume import Assumptions, parse_assumptions
from .cases import Case, CaseError, breakpoints, split_cases
from .verdict import STATUSES, Counterexample, Step, Verdict


class ClaimError(SymactError, ValueError):
    """A claim the prover cannot take (a vector activation applied to a scalar, …)."""


class _Stop(Exception):
    """Internal: the symbolic route gave up (message says why)."""


# --------------------------------------------------------------------------- the pipeline


def prove(lhs: str | sp.Expr, rhs: str | sp.Expr, *, assume: str | None = None,
          budget: float = PROVE) -> Verdict:
    """Decide ``lhs = rhs`` for all real values of the variables allowed by ``assume``.

    Args:
        lhs, rhs: strings (safe parser; catalog names, ``diff``, ``limit`` allowed) or SymPy.
        assume: e.g. ``"x real, y real"``, ``"0 < a < 1"``, ``"x != 0"``.
        budget: seconds; when it runs out the answer is "unknown" with ``tried``.
    Raises:
        ParseError: a side or the assumptions are not valid input.

    >>> prove("softplus(x) - softplus(-x)", "x").status
    'proved'
    """
    start = time.monotonic()
    left, right = _expr(lhs), _expr(rhs)
    facts = parse_assumptions(assume)
    tried: list[str] = []
    try:
        with deadline(budget):
            verdict = _decide(left, right, facts, tried)
    except BudgetExceeded:
        tried.append(f"stopped: the budget of {budget:g} s ran out")
        verdict = Verdict("unknown", left, right, tried=tuple(tried))
    except RecursionError:
        tried.append("stopped: expression too deep for SymPy")
        verdict = Verdict("unknown", left, right, tried=tuple(tried))
    except SymactError:
        raise
    except (*SYMPY_FAILURES, ArithmeticError, IndexError, KeyError) as exc:
        # a SymPy failure deep inside a rule is not an answer: say so, never a traceback
        tried.append(f"stopped: {type(exc).__name__} in SymPy: {exc}")
        verdict = Verdict("unknown", left, right, tried=tuple(tried))
    return Verdict(verdict.status, left, right, verdict.steps, verdict.counterexample,
                   verdict.tried, facts.text, time.monotonic() - start)


def _decide(lhs: sp.Expr, rhs: sp.Expr, facts: Assumptions, tried: list[str]) -> Verdict:
    """parse (done) -> normalise -> search -> cases -> rules -> check steps -> cross-check."""
    _check_definitions(lhs, rhs)
    # normalise: definitions and derivatives in, kinks as Piecewise (each side separately)
    lchain, rchain = _apply(lhs, rules.NORMALISE), _apply(rhs, rules.NORMALISE)
    lnorm, rnorm = lchain[-1].expr, rchain[-1].expr
    variables = sorted(lnorm.free_symbols | rnorm.free_symbols, key=lambda s: s.name)
    cuts = breakpoints(lnorm, rnorm, variables)
    points = search.sample_points(variables, cuts, facts)
    if _large(lnorm, rnorm, variables):  # e.g. a network's gradient: exact algebra first
        quick = _quick(lhs, rhs, lchain, rchain, points, tried)
        if quick is not None:
            return quick
    # cheap first: a confirmed counterexample ends the search before any costly algebra
    witness = search.first_difference(lnorm, rnorm, points)
    tried.append(f"numeric search at {len(points)} points (≥ {mpcheck.DPS} digits)")
    if witness is not None:
        return Verdict("disproved", lhs, rhs, counterexample=witness, tried=tuple(tried))
    try:
        cases = split_cases(lnorm, rnorm, variables, cuts, facts)
    except CaseError as exc:
        tried.append(f"case analysis: {exc}")
        return Verdict("unknown", lhs, rhs, tried=tuple(tried))
    steps: list[Step] = []
    residuals: list[tuple[sp.Expr, Case | None]] = []
    proved_cases = 0
    for case in cases:
        where = f"case {case.label}: " if case.label else ""
        try:
            chain = _derive(lhs, rhs, lchain, rchain, case)  # apply rules
            _check_chain(chain, case)  # every link re-verified symbolically
            _cross_check(lnorm, rnorm, chain, case, facts)  # and at >= 60 digits
        except _Stop as stop:
            tried.append(where + stop.args[0])
            if len(stop.args) > 1:
                residuals.append((stop.args[1], case))
            if len(stop.args) > 3:
                witness = _case_witness(stop.args[2], stop.args[3], case, facts)
                if witness is not None:
                    tried.append(where + "the evaluated forms of both sides differ (every "
                                 "step to them re-verified)")
                    return Verdict("disproved", lhs, rhs, counterexample=witness,
                                   tried=tuple(tried))
            continue
        proved_cases += 1
        steps.extend(Step(s.expr, s.rule, s.justification, case.label, case.tex)
                     for s in chain)
    if cases and proved_cases == len(cases):
        return Verdict("proved", lhs, rhs, tuple(steps), tried=tuple(tried))
    # the plain difference first: Add cancels what both sides share (σ(z) + e^-1000 − σ(z))
    residuals.insert(0, (lnorm - rnorm, None))
    expanded = attempt(sp.expand, lnorm - rnorm, share=0.2, cap=1.0)
    if expanded is not None:
        residuals.insert(0, (expanded, None))  # x(1 + e^-3000) - x -> x e^-3000
    witness = search.residual_search(lnorm, rnorm, residuals, points)
    if witness is not None:
        tried.append("the symbolic residual pointed to a counterexample")
        return Verdict("disproved", lhs, rhs, counterexample=witness, tried=tuple(tried))
    return Verdict("unknown", lhs, rhs, tried=tuple(tried))


def _large(lnorm: sp.Expr, rnorm: sp.Expr, variables) -> bool:
    """Big enough that the 60-digit search costs seconds while exact algebra may take
    milliseconds (small claims keep the rule chain a reader can follow)."""
    return len(variables) >= 4 or sp.count_ops(lnorm) + sp.count_ops(rnorm) > 80


def _quick(lhs, rhs, lchain: list[Step], rchain: list[Step], points,
           tried: list[str]) -> Verdict | None:
    """lhs − rhs → 0 by expansion or by independent atoms (both exact), confirmed at a
    dozen points; None when neither shows it (the full pipeline follows)."""
    lnorm, rnorm = lchain[-1].expr, rchain[-1].expr
    if lnorm.has(sp.Piecewise) or rnorm.has(sp.Piecewise):
        return None  # kinks need the case analysis
    if any(search.conflict(lnorm, rnorm, pt) for pt in points[:2]):
        return None  # a false claim usually shows at once: no algebra for it
    closer = None
    for rule in (rules.ATOMS, rules.EXPAND):
        try:
            if attempt(rule, lnorm - rnorm, share=0.25, cap=20.0) == 0:
                closer = rule
                break
        except SYMPY_FAILURES:
            continue
    if closer is None:
        tried.append("exact algebra first (independent atoms; expand): not shown zero")
        return None
    chain = [*lchain, Step(rnorm, closer.name, f"{closer.description}: lhs − rhs → 0")]
    try:
        _check_chain(lchain, None)
        _check_chain(rchain, None)
    except _Stop as stop:
        tried.append(f"exact algebra first: {stop.args[0]}")
        return None
    for pt in search.quick_points(points):  # a SymPy slip or a domain gap (x/x) shows here
        if search.conflict(lnorm, rnorm, pt):
            tried.append(f"exact algebra first: contradicted numerically at {pt}")
            return None
    tried.append(f"exact algebra first: {closer.name}, confirmed at ≥ {mpcheck.DPS} digits")
    return Verdict("proved", lhs, rhs, tuple(chain + _backwards(rchain)), tried=tuple(tried))


def _check_definitions(lhs: sp.Expr, rhs: sp.Expr) -> None:
    """Catalog calls that cannot be expanded (softmax of a scalar) are bad input."""
    try:
        rules.CATALOG(lhs - rhs)
    except ValueError as exc:
        raise ClaimError(str(exc)) from None


def _expr(value: str | sp.Expr, evaluate: bool = True) -> sp.Expr:
    if isinstance(value, str):
        return parse(value, evaluate=evaluate)
    if isinstance(value, sp.Expr):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return sp.Rational(repr(value)) if isinstance(value, float) else sp.Integer(value)
    raise ParseError(f"expected a string or a SymPy expression, got {type(value).__name__}")


def _apply(expr: sp.Expr, chain: Iterable[rules.Rule], first: str = "given") -> list[Step]:
    """Apply rules in order, keeping a step for each rule that changed something."""
    steps = [Step(expr, first, "as stated")]
    current = expr
    for rule in chain:
        try:
            new = attempt(rule, current)
        except SYMPY_FAILURES:
            continue  # SymPy could not apply it here: the next rule may
        if new is None:  # the rule ran out of its share of the budget: skip it
            continue
        # a change invisible in print (catalog tanh -> SymPy tanh) makes no step of its own
        if new != current and str(new) != str(steps[-1].expr):
            steps.append(Step(new, rule.name, rule.description))
        current = new
    if current != steps[-1].expr:
        steps[-1] = Step(current, steps[-1].rule, steps[-1].justification)
    return steps


# --------------------------------------------------------------------------- derivation


def _derive(lhs, rhs, lchain: list[Step], rchain: list[Step], case: Case) -> list[Step]:
    """lhs = … = common form = … = rhs for one case; steps carry their rule names."""
    resolve = rules.case_rule(case.truth, case.label) if case.truth else None
    extra = [resolve] if resolve else []
    if case.rule_subs:
        extra.append(rules.assuming(case.rule_subs, case.label or "assumptions"))
    left = _extend(lchain, (*extra, *rules.REWRITE))
    right = _extend(rchain, (*extra, *rules.REWRITE))
    a, b = left[-1].expr, right[-1].expr
    if a != b:
        closer = _close(a, b, case)
        if closer is None:
            raise _Stop(f"the sides did not meet: {_short(a)} vs {_short(b)}", a - b, left,
                        right)
        left.append(Step(b, closer.name, f"{closer.description}: lhs − rhs → 0"))
    return left + _backwards(right)


def _backwards(right: list[Step]) -> list[Step]:
    """The right side's chain read backwards, to continue the left one: each step keeps
    the rule that led to it."""
    return [Step(right[i - 1].expr, right[i].rule, right[i].justification + " (from right)")
            for i in range(len(right) - 1, 0, -1)]


def _short(e: sp.Expr, limit: int = 200) -> str:
    """A form for a one-line message: long expressions are cut with their size named."""
    text = str(e)
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"


def _extend(chain: list[Step], more: Iterable[rules.Rule]) -> list[Step]:
    """Continue a chain; invisible changes update its last expression in place."""
    tail = _apply(chain[-1].expr, more)
    last = chain[-1]
    return [*chain[:-1], Step(tail[0].expr, last.rule, last.justification), *tail[1:]]


def _close(a: sp.Expr, b: sp.Expr, case: Case | None = None) -> rules.Rule | None:
    """The first closing rule that takes lhs − rhs to 0, also tried with the case's region
    written into the variables (x = -1 + t, t > 0 makes sqrt((x + 1)^2) = x + 1 visible)."""
    d = a - b
    forms = [d]
    if case is not None and case.check_subs:
        plain = {s: sp.Symbol(s.name, real=True) for s in d.free_symbols}
        shifted = d.xreplace(plain).subs(
            {sp.Symbol(v.name, real=True): e for v, e in case.check_subs.items()})
        forms.append(shifted)
    for rule in rules.CLOSE:
        for form in forms:
            try:
                if attempt(rule, form) == 0:
                    return rule
            except SYMPY_FAILURES:
                continue
    return None


def _check_chain(chain: list[Step], case: Case | None) -> None:
    """Re-verify every link independently of the rule that produced it."""
    for prev, step in itertools.pairwise(chain):
        how = _verify(prev.expr, step.expr, case)
        if how is None:
            raise _Stop(f"step [{step.rule}] {step.expr} could not be re-verified")


def verify_step(a: sp.Expr, b: sp.Expr, *, budget: float = VERIFY_STEP) -> str | None:
    """Name of the symbolic check showing ``a = b`` for all real values, or None (also when
    the budget runs out). Catalog calls and derivatives are evaluated first.

    >>> x = sp.Symbol("x", real=True)
    >>> verify_step(sp.tanh(x), (sp.exp(2*x) - 1) / (sp.exp(2*x) + 1))
    'rewrite(exp) + cancel'
    """
    try:
        with deadline(budget):
            return _verify(a, b, None)
    except BudgetExceeded:
        return None


def _verify(a: sp.Expr, b: sp.Expr, case: Case | None) -> str | None:
    """verify_step inside one case: kinks decided by the case's region (each condition is
    constant between its breakpoints), variables shifted into the region (x = c + t)."""
    # the same variable may carry different assumptions in the two steps: unify by name
    plain = {s: sp.Symbol(s.name, real=True) for s in (a - b).free_symbols}
    d = rules.DERIVATIVE(rules.CATALOG((a - b).xreplace(plain)))
    d = rules.PIECEWISE(d)
    if case is not None:
        if case.truth:
            d = d.xreplace({k: (sp.true if v else sp.false) for k, v in case.truth.items()})
        subs = {sp.Symbol(v.name, real=True): e for v, e in case.check_subs.items()}
        d = d.subs(subs)
        d = sp.piecewise_fold(d) if d.has(sp.Piecewise) else d
    checks = (("identical", lambda e: e),
              ("expand", sp.expand),
              ("rewrite(exp) + cancel", lambda e: sp.cancel(sp.together(
                  sp.powsimp(rules.to_exp(e))))),
              ("independent atoms", rules.ATOMS),
              ("lambert", lambda e: sp.cancel(rules.LAMBERT(e))),
              ("inverse functions", lambda e: sp.cancel(rules.INVERSE(e))),
              ("erf", lambda e: sp.expand(rules.ERF(e))),
              ("factor", lambda e: sp.factor(rules.to_exp(e), deep=True)),
              ("log expansion", lambda e: sp.cancel(rules.LOG(rules.to_exp(e)))),
              ("simplify", lambda e: sp.simplify(rules.to_exp(e))))
    for name, fn in checks:
        try:
            if attempt(fn, d) == 0:
                return name
        except SYMPY_FAILURES:
            continue
    return None


# --------------------------------------------------------------------------- numerics


def _case_witness(left: list[Step], right: list[Step], case: Case,
                  facts: Assumptions) -> Counterexample | None:
    """A counterexample from the case's final forms (limits evaluated by SymPy), valid only
    because every step from the claim to them is re-verified first."""
    a, b = left[-1].expr, right[-1].expr
    if a.has(sp.Limit) or b.has(sp.Limit) or not (left[0].expr.has(sp.Limit)
                                                  or right[0].expr.has(sp.Limit)):
        return None  # only limits need this route; elsewhere the direct search suffices
    try:
        _check_chain(left, case)
        _check_chain(right, case)
    except _Stop:
        return None
    return search.first_difference(a, b, search.case_points(case, facts))


def _cross_check(lhs, rhs, chain: list[Step], case: Case, facts: Assumptions) -> None:
    """Both sides, and every link of the chain, agree at high precision inside the case."""
    pts = search.case_points(case, facts)
    agreed = 0
    for pt in pts:
        out = mpcheck.compare(lhs, rhs, search.env((lhs, rhs), pt))
        if out.kind in ("differ", "undefined") and not out.estimated:
            raise _Stop(f"numeric disagreement at {pt}")
        agreed += out.kind == "agree"
    if not agreed:
        raise _Stop("no point where both sides could be evaluated numerically")
    exprs = [_numeric_form(s.expr) for s in chain]
    for k, (a, b) in enumerate(itertools.pairwise(exprs)):
        step = chain[k + 1]
        bad = next((pt for pt in pts[:: max(1, len(pts) // 3)]
                    if search.conflict(a, b, pt)), None)
        if bad is not None:
            raise _Stop(f"step [{step.rule}] fails numerically at {bad}")


def _numeric_form(e: sp.Expr) -> sp.Expr:
    """Definitions in, derivatives evaluated symbolically (a numeric derivative at a kink
    would average the two sides instead of following the catalog's convention)."""
    return rules.DERIVATIVE(rules.CATALOG(e))


# --------------------------------------------------------------------------- check_steps


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
        from ..core import render_chain

        marks = [r.status for r in self.results]
        return render_chain(list(self.written), marks, as_written=True)

    def to_dict(self) -> dict:
        from ..core import latex

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
    written = tuple(_expr(s, evaluate=False) for s in steps)
    exprs = [_expr(s) for s in steps]
    parse_assumptions(assume)  # bad assumptions are bad input, before any work
    end = time.monotonic() + budget
    results = []
    for i in range(len(exprs) - 1):
        share = max(end - time.monotonic(), 0.0) / (len(exprs) - 1 - i)
        v = prove(exprs[i], exprs[i + 1], assume=assume, budget=max(share, 0.05))
        results.append(StepResult(i, _LINK[v.status], v))
    return StepReport(written, tuple(results), assume or "")


__all__ = ["STATUSES", "ClaimError", "Counterexample", "Step", "StepReport", "StepResult",
           "Verdict", "check_steps", "prove", "verify_step"]
