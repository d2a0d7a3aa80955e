"""Chains of rule-labelled steps: each side rewritten by rules until the two sides meet.

A chain is a list of :class:`.verdict.Step`; each step names the rule that produced it from
the previous one, and a rule that changes nothing leaves no step. For one case the left
side's chain continues with the right side's chain read backwards:
``lhs = … = common form = … = rhs``. Building a chain checks nothing; :mod:`.verify`
re-verifies every link afterwards.

>>> import sympy as sp
>>> from symact.prover import rules
>>> z = sp.Symbol("z", real=True)
>>> [s.rule for s in apply_rules(sp.tanh(z) * sp.cosh(z), (rules.EXP, rules.CANCEL))]
['given', 'exp', 'cancel']
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp

from ..budget import attempt
from ..errors import SYMPY_FAILURES
from . import rules
from .cases import Case
from .verdict import Step, Stop


def apply_rules(expr: sp.Expr, chain: Iterable[rules.Rule], first: str = "given") -> list[Step]:
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


def derive(lchain: list[Step], rchain: list[Step], case: Case) -> list[Step]:
    """lhs = … = common form = … = rhs for one case, from both sides' normalised chains;
    Stop (with the residual and both chains) when the sides do not meet."""
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
            raise Stop(f"the sides did not meet: {_short(a)} vs {_short(b)}", a - b,
                       tuple(left), tuple(right))
        left.append(Step(b, closer.name, f"{closer.description}: lhs − rhs → 0"))
    return left + backwards(right)


def backwards(right: list[Step]) -> list[Step]:
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
    tail = apply_rules(chain[-1].expr, more)
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
