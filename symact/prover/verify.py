"""Step verification: ``a = b`` re-checked symbolically, independently of the rule that
produced the step.

The difference ``a − b`` (variables unified by name as plain reals, catalog definitions and
derivatives evaluated, kinks as one Piecewise) must become exactly 0 under one of a fixed
list of checks, each in its slice of the budget: identical, expand, rewrite(exp) + cancel,
independent atoms, lambert, inverse functions, erf, factor, log expansion, simplify. Inside
a case, the Piecewise conditions are first decided by the case's region and the variables
shifted into it (``x = c + t``, ``t > 0``).

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> verify_step(sp.tanh(x), (sp.exp(2*x) - 1) / (sp.exp(2*x) + 1))
'rewrite(exp) + cancel'
>>> verify_step(sp.Abs(x), x) is None
True
"""

from __future__ import annotations

import itertools

import sympy as sp

from ..budget import VERIFY_STEP, attempt, deadline
from ..errors import SYMPY_FAILURES, BudgetExceeded
from . import rules
from .cases import Case
from .verdict import Step, Stop

# The checks, in order (cheap first); each takes the difference and must return exactly 0.
_CHECKS = (("identical", lambda e: e),
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


def verify_step(a: sp.Expr, b: sp.Expr, *, budget: float = VERIFY_STEP) -> str | None:
    """Name of the symbolic check showing ``a = b`` for all real values, or None (also when
    the budget runs out). Catalog calls and derivatives are evaluated first."""
    try:
        with deadline(budget):
            return verify_in_case(a, b, None)
    except BudgetExceeded:
        return None


def verify_in_case(a: sp.Expr, b: sp.Expr, case: Case | None) -> str | None:
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
    for name, fn in _CHECKS:
        try:
            if attempt(fn, d) == 0:
                return name
        except SYMPY_FAILURES:
            continue
    return None


def check_chain(chain: list[Step] | tuple[Step, ...], case: Case | None) -> None:
    """Re-verify every link independently of the rule that produced it; Stop at the first
    link no check shows."""
    for prev, step in itertools.pairwise(chain):
        if verify_in_case(prev.expr, step.expr, case) is None:
            raise Stop(f"step [{step.rule}] {step.expr} could not be re-verified")
