"""Prove or disprove ``lhs = rhs`` over the reals, with a checked derivation or a counterexample.

:func:`prove` reads top to bottom, one call per stage: parse -> normalise -> (exact algebra
first, for large claims) -> numeric counterexample search -> case split -> per case: apply
rules (:mod:`.chain`) -> check each step (:mod:`.verify`) -> cross-check numerically
(:mod:`.crosscheck`) -> verdict.

"proved" needs, in every case, a chain whose every step was re-verified symbolically (the
difference of consecutive steps becomes 0 in the case's region) *and* a numeric cross-check
at the case's points (±900, 1e-30, the region's edges, …): no certified difference, at
least one agreement. Large claims may instead be proved by exact algebra (expansion or
independent atoms take lhs − rhs to 0), with no conflict at a dozen points. "disproved"
needs a certified counterexample: the rule is stated once, in :mod:`.evidence` (disjoint
enclosures, their midpoints further apart than four times their summed widths; or a value
on one side only; never from a numeric limit estimate). Everything else is "unknown", with
what was tried.

>>> prove("sigmoid(z)", "(1 + tanh(z/2))/2").status
'proved'
>>> v = prove("sign(x)^2", "1")
>>> v.status, v.counterexample.point
('disproved', {'x': '0.0'})
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import sympy as sp

from ..budget import PROVE, attempt, deadline
from ..core import parse
from ..errors import SYMPY_FAILURES, BudgetExceeded, CaseError, ClaimError, ParseError, SymactError
from . import rules
from .assume import Assumptions, parse_assumptions
from .cases import Case, breakpoints, condition_atoms, region_text, split_cases
from .chain import apply_rules, backwards, derive
from .crosscheck import case_witness, cross_check
from .domain import NowhereDefined, restrict, typed_domain
from .enclosure import DPS
from .evidence import conflict
from .generalise import General, generalise, peel, restore, restore_text
from .points import quick_points, sample_points
from .search import first_difference, residual_search
from .verdict import Counterexample, Step, Stop, Verdict
from .verify import check_chain

_WRAP_UP = 0.1  # seconds of the budget kept for unwinding SymPy and building the verdict


@dataclass(frozen=True)
class _Claim:
    """A claim after normalisation, with the points where numbers test it."""

    lhs: sp.Expr  # both sides as parsed
    rhs: sp.Expr
    lchain: list[Step]  # lhs -> its normal form (catalog, derivatives, kinks as Piecewise)
    rchain: list[Step]
    variables: list[sp.Symbol]  # sorted by name
    cuts: Mapping[sp.Symbol, list[sp.Expr]]  # breakpoints of the kinks, per variable
    points: list[dict[str, sp.Expr]]  # sample points of the whole claim

    @property
    def has_conditions(self) -> bool:
        """Whether a kink of either side has a condition (a case split would follow)."""
        return bool(condition_atoms(self.lnorm, self.rnorm))

    @property
    def lnorm(self) -> sp.Expr:
        return self.lchain[-1].expr

    @property
    def rnorm(self) -> sp.Expr:
        return self.rchain[-1].expr


@dataclass(frozen=True)
class _CaseResults:
    """What the cases gave: the steps of the proved ones, the residual of each that stopped
    where the sides did not meet, and a counterexample read off a stopped case."""

    steps: tuple[Step, ...]
    proved: int
    residuals: tuple[tuple[sp.Expr, Case], ...]
    witness: Counterexample | None = None


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
    # parse: both sides and the assumptions (bad input raises before any work)
    left, right = read_expr(lhs), read_expr(rhs)
    facts = parse_assumptions(assume)
    tried: list[str] = []
    domain = ""
    try:
        # the answer is assembled after the deadline: keep a moment of the budget for it
        with deadline(budget - min(_WRAP_UP, budget / 20)):
            # domain: where both sides as typed are defined (before evaluation erased gaps)
            try:
                where, domain = restrict(facts, _typed(lhs, left) + _typed(rhs, right))
            except NowhereDefined as exc:
                raise _Vacuous(str(exc)) from None
            if domain:
                tried.append(f"decided where both sides as typed are defined: {domain}")
            verdict = _decide(left, right, where, tried)
    except _Vacuous as exc:
        tried.append(f"stopped: {exc}; a claim about no point is not decided")
        verdict = Verdict("unknown", left, right, tried=tuple(tried))
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
                   verdict.tried, facts.text, time.monotonic() - start, domain)


class _Vacuous(Exception):
    """Internal: the claim is about no point at all."""


def _typed(value: str | sp.Expr, parsed: sp.Expr) -> tuple[sp.Basic, ...]:
    """The side's domain conditions, from the text as typed when there is one."""
    return typed_domain(value if isinstance(value, str) else parsed)


def _decide(lhs: sp.Expr, rhs: sp.Expr, facts: Assumptions, tried: list[str],
            depth: int = 0, search: bool = True) -> Verdict:
    """The stages after parsing; each appends what it tried to ``tried``. ``search``: look
    for a counterexample first (a claim with a shared factor taken off was searched as a
    whole already)."""
    # bad input: catalog calls that cannot be expanded
    _check_definitions(lhs, rhs)
    # normalise: definitions and derivatives in, kinks as Piecewise (each side separately)
    claim = _normalise(lhs, rhs, facts)
    # exact algebra first for a large claim (a network's gradient): milliseconds, not seconds
    if _large(claim):
        quick = _quick(claim, tried)
        if quick is not None:
            return quick
    # numeric search: a certified counterexample ends it before any costly algebra
    witness = (first_difference(claim.lnorm, claim.rnorm, claim.points, facts.conditions)
               if search else None)
    if search:
        tried.append(f"numeric search at {len(claim.points)} points (≥ {DPS} digits)")
    if witness is not None:
        return Verdict("disproved", lhs, rhs, counterexample=witness, tried=tuple(tried))
    # smaller claims that imply this one: shared terms or factors off (depth 0), then
    # arguments of calls as variables of their own (x*y = u, swish(x) = a)
    smaller = [peel(lhs, rhs) if depth == 0 else None]
    # a claim in one variable without kinks keeps its direct chain (the lecture's slide)
    if depth <= 1 and (len(claim.variables) > 1 or claim.has_conditions):
        smaller += [generalise(lhs, rhs, inner=False), generalise(lhs, rhs)]
    for k, general in enumerate(smaller):
        if general is None or general in smaller[:k]:
            continue
        proved = attempt(_generalised, claim, general, facts, depth, share=0.5, cap=60.0)
        if proved is not None:
            tried.append(f"{general.how}: proved for every real value of the rest")
            return Verdict("proved", lhs, rhs, proved, tried=tuple(tried))
        tried.append(f"{general.how}: not proved that way")
    # case split: regions where every kink's condition is constant
    try:
        cases = split_cases(claim.lnorm, claim.rnorm, claim.variables, claim.cuts, facts)
    except CaseError as exc:
        tried.append(f"case analysis: {exc}")
        return Verdict("unknown", lhs, rhs, tried=tuple(tried))
    # per case: apply rules -> check each step -> cross-check numerically
    results = _prove_cases(claim, cases, facts, tried)
    if results.witness is not None:
        return Verdict("disproved", lhs, rhs, counterexample=results.witness,
                       tried=tuple(tried))
    if cases and results.proved == len(cases):
        return Verdict("proved", lhs, rhs, results.steps, tried=tuple(tried))
    # a difference too small for the search (e^-1000): the symbolic residual says where
    witness = _residual_witness(claim, results.residuals, facts)
    if witness is not None:
        tried.append("the symbolic residual pointed to a counterexample")
        return Verdict("disproved", lhs, rhs, counterexample=witness, tried=tuple(tried))
    return Verdict("unknown", lhs, rhs, tried=tuple(tried))


def _check_definitions(lhs: sp.Expr, rhs: sp.Expr) -> None:
    """Catalog calls that cannot be expanded (softmax of a scalar) are bad input."""
    try:
        rules.CATALOG(lhs - rhs)
    except ValueError as exc:
        raise ClaimError(str(exc)) from None


def _normalise(lhs: sp.Expr, rhs: sp.Expr, facts: Assumptions) -> _Claim:
    """Both sides normalised, their variables, the kinks' breakpoints, the sample points."""
    lchain, rchain = apply_rules(lhs, rules.NORMALISE), apply_rules(rhs, rules.NORMALISE)
    lnorm, rnorm = lchain[-1].expr, rchain[-1].expr
    variables = sorted(lnorm.free_symbols | rnorm.free_symbols, key=lambda s: s.name)
    cuts = breakpoints(lnorm, rnorm, variables)
    points = sample_points(variables, cuts, facts)
    return _Claim(lhs, rhs, lchain, rchain, variables, cuts, points)


def _large(claim: _Claim) -> bool:
    """Big enough that the 60-digit search costs seconds while exact algebra may take
    milliseconds (small claims keep the rule chain a reader can follow)."""
    return (len(claim.variables) >= 4
            or sp.count_ops(claim.lnorm) + sp.count_ops(claim.rnorm) > 80)


def _quick(claim: _Claim, tried: list[str]) -> Verdict | None:
    """lhs − rhs → 0 by expansion or by independent atoms (both exact), confirmed at a
    dozen points; None when neither shows it (the full pipeline follows)."""
    lnorm, rnorm = claim.lnorm, claim.rnorm
    if lnorm.has(sp.Piecewise) or rnorm.has(sp.Piecewise):
        return None  # kinks need the case analysis
    if any(conflict(lnorm, rnorm, pt) for pt in claim.points[:2]):
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
    chain = [*claim.lchain, Step(rnorm, closer.name, f"{closer.description}: lhs − rhs → 0")]
    try:
        check_chain(claim.lchain, None)
        check_chain(claim.rchain, None)
    except Stop as stop:
        tried.append(f"exact algebra first: {stop.reason}")
        return None
    for pt in quick_points(claim.points):  # a SymPy slip or a domain gap (x/x) shows here
        if conflict(lnorm, rnorm, pt):
            tried.append(f"exact algebra first: contradicted numerically at {pt}")
            return None
    tried.append(f"exact algebra first: {closer.name}, confirmed at ≥ {DPS} digits")
    return Verdict("proved", claim.lhs, claim.rhs, tuple(chain + backwards(claim.rchain)),
                   tried=tuple(tried))


def _generalised(claim: _Claim, general: General, facts: Assumptions,
                 depth: int) -> tuple[Step, ...] | None:
    """The steps of the generalised claim (proved for every value of the new variables),
    with their meaning put back; None when it is not proved. Its disproof proves nothing:
    a new variable may take values its polynomial never takes."""
    new = {sp.Symbol(n, real=True) for n in general.names}
    if any(c.free_symbols & new for c in typed_domain(general.lhs) + typed_domain(general.rhs)):
        return None  # log(u) is not defined for every u: the stronger claim is not stronger
    try:
        verdict = _decide(general.lhs, general.rhs, facts, [], depth=depth + 1,
                          search=bool(general.names))
    except (*SYMPY_FAILURES, SymactError, ArithmeticError):
        return None
    if verdict.status != "proved" or not verdict.steps:
        return None
    steps = [Step(restore(s.expr, general), s.rule, s.justification,
                  restore_text(s.case, general), restore_text(s.case_latex, general, tex=True),
                  restore_text(s.region, general)) for s in verdict.steps]
    # each case's chain starts at lhs and ends at rhs exactly as stated
    out: list[Step] = []
    for k, s in enumerate(steps):
        first = k == 0 or steps[k - 1].case != s.case
        last = k == len(steps) - 1 or steps[k + 1].case != s.case
        target = claim.lhs if first else claim.rhs if last else None
        if target is not None and s.expr != target:
            if sp.expand(s.expr - target) != 0:
                return None
            s = Step(target, s.rule, s.justification, s.case, s.case_latex, s.region)
        out.append(s)
    return tuple(out)


def _prove_cases(claim: _Claim, cases: Sequence[Case], facts: Assumptions,
                 tried: list[str]) -> _CaseResults:
    """Each case: rules build the chain, every link is re-verified, numbers cross-check;
    a case that stops says why in ``tried``. Ends early on a counterexample."""
    steps: list[Step] = []
    residuals: list[tuple[sp.Expr, Case]] = []
    proved = 0
    for case in cases:
        where = f"case {case.label}: " if case.label else ""
        try:
            chain = derive(claim.lchain, claim.rchain, case)  # apply rules
            check_chain(chain, case)  # every link re-verified symbolically
            cross_check(claim.lnorm, claim.rnorm, chain, case, facts)  # and at >= 60 digits
        except Stop as stop:
            tried.append(where + stop.reason)
            if stop.residual is not None:
                residuals.append((stop.residual, case))
            witness = case_witness(stop, case, facts)
            if witness is not None:
                tried.append(where + "the evaluated forms of both sides differ (every "
                             "step to them re-verified)")
                return _CaseResults(tuple(steps), proved, tuple(residuals), witness)
            continue
        proved += 1
        region = region_text(case)
        steps.extend(Step(s.expr, s.rule, s.justification, case.label, case.tex, region)
                     for s in chain)
    return _CaseResults(tuple(steps), proved, tuple(residuals))


def _residual_witness(claim: _Claim, residuals: Sequence[tuple[sp.Expr, Case | None]],
                      facts: Assumptions) -> Counterexample | None:
    """The residual search over the expanded difference, the plain one, then the cases'."""
    difference = claim.lnorm - claim.rnorm
    # the plain difference: Add cancels what both sides share (σ(z) + e^-1000 − σ(z))
    ordered: list[tuple[sp.Expr, Case | None]] = [(difference, None), *residuals]
    expanded = attempt(sp.expand, difference, share=0.2, cap=1.0)
    if expanded is not None:
        ordered.insert(0, (expanded, None))  # x(1 + e^-3000) - x -> x e^-3000
    return residual_search(claim.lnorm, claim.rnorm, ordered, claim.points, facts.conditions)


def read_expr(value: str | sp.Expr, evaluate: bool = True) -> sp.Expr:
    """A claim's side: a string through the safe parser, a SymPy expression as it is, an
    int or float as an exact number."""
    if isinstance(value, str):
        return parse(value, evaluate=evaluate)
    if isinstance(value, sp.Expr):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return sp.Rational(repr(value)) if isinstance(value, float) else sp.Integer(value)
    raise ParseError(f"expected a string or a SymPy expression, got {type(value).__name__}")
