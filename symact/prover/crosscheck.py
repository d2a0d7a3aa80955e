"""The numeric side of one case: the cross-check of a proved chain, and the counterexample
read off a chain that stopped.

A case's chain counts only if, at the case's sample points (:func:`.points.case_points`),
no comparison of the two sides certifies a difference (the rule is in :mod:`.evidence`),
at least one of them agrees, and no link of the chain conflicts at a third of the points.

>>> import sympy as sp
>>> from symact.prover.assume import Assumptions
>>> from symact.prover.cases import Case
>>> from symact.prover.verdict import Step
>>> x = sp.Symbol("x", real=True)
>>> whole = Case("", {}, {x: sp.Reals})
>>> chain = [Step(sp.Abs(x), "given", "as stated"), Step(x, "oops", "wrong")]
>>> cross_check(sp.Abs(x), x, chain, whole, Assumptions())
Traceback (most recent call last):
  ...
symact.prover.verdict.Stop: numeric disagreement at {'x': -1}
"""

from __future__ import annotations

import itertools

import sympy as sp

from . import rules
from .assume import Assumptions
from .cases import Case
from .evidence import compare, conflict, env
from .points import case_points
from .search import first_difference
from .verdict import Counterexample, Step, Stop
from .verify import check_chain


def cross_check(lhs, rhs, chain: list[Step], case: Case, facts: Assumptions) -> None:
    """Both sides, and every link of the chain, agree at high precision inside the case;
    Stop otherwise."""
    pts = case_points(case, facts)
    agreed = 0
    for pt in pts:
        out = compare(lhs, rhs, env((lhs, rhs), pt))
        if out.kind in ("differ", "undefined") and not out.estimated:
            raise Stop(f"numeric disagreement at {pt}")
        agreed += out.kind == "agree"
    if not agreed:
        raise Stop("no point where both sides could be evaluated numerically")
    exprs = [_numeric_form(s.expr) for s in chain]
    for k, (a, b) in enumerate(itertools.pairwise(exprs)):
        step = chain[k + 1]
        bad = next((pt for pt in pts[:: max(1, len(pts) // 3)]
                    if conflict(a, b, pt)), None)
        if bad is not None:
            raise Stop(f"step [{step.rule}] fails numerically at {bad}")


def _numeric_form(e: sp.Expr) -> sp.Expr:
    """Definitions in, derivatives evaluated symbolically (a numeric derivative at a kink
    would average the two sides instead of following the catalog's convention)."""
    return rules.DERIVATIVE(rules.CATALOG(e))


def case_witness(stop: Stop, case: Case, facts: Assumptions) -> Counterexample | None:
    """A counterexample from the final forms of a stopped case (limits evaluated by SymPy),
    valid only because every step from the claim to them is re-verified first."""
    left, right = stop.left, stop.right
    if not left or not right:
        return None  # the stop carried no chains
    a, b = left[-1].expr, right[-1].expr
    if a.has(sp.Limit) or b.has(sp.Limit) or not (left[0].expr.has(sp.Limit)
                                                  or right[0].expr.has(sp.Limit)):
        return None  # only limits need this route; elsewhere the direct search suffices
    if any(lim.free_symbols for s in (left[0], right[0]) for lim in s.expr.atoms(sp.Limit)):
        return None  # a symbolic limit with parameters is no evidence (the search takes
        # such limits exactly at each point instead)
    try:
        check_chain(left, case)
        check_chain(right, case)
    except Stop:
        return None
    return first_difference(a, b, case_points(case, facts), facts.conditions)
