"""Enclosures of an expression on a tail ``[T, oo)`` or ``(-oo, T]``, and its sign there.

Interval arithmetic on an infinite box suffers most from dependency: ``e^-x/(1 + e^-x)`` on
``(-oo, -4]`` gives ``(0, oo)`` although it is ``1/(1 + e^x) < 1``. Two remedies:

* :func:`tail_form` writes every ``exp(c·x + d)`` through ``w = exp(-side·x)``, the quantity
  that vanishes on the tail, and cancels the rational function in ``w``: ``1/(1 + e^x)``;
* :func:`enclose_tail` encloses each term of a sum on its own, and a term whose naive box
  reaches ±oo while its limit is finite by monotonicity: where the term's derivative is
  zero-free on the tail, the term runs from its value at ``T`` to its limit (never reached).

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> tail_form(sp.exp(-x) / (1 + sp.exp(-x)), x, -1)
1/(exp(x) + 1)
"""

from __future__ import annotations

from fractions import Fraction

import sympy as sp

from ..budget import attempt
from ..errors import SYMPY_FAILURES, SymactError, Undecided
from ..trust import CannotEvaluate, value
from .boxes import Box, Indeterminate, Unsupported, box_function, plus
from .limits import NONEXISTENT, limit
from .memo import memo
from .simplify import hyperbolic_to_exp


@memo
def tail_form(e: sp.Expr, x: sp.Symbol, side: int) -> sp.Expr:
    """``e`` with its exponentials (hyperbolic functions first become exponentials) written
    through the ones that vanish on the tail: ``exp(c·u + d)`` with ``u`` = x, or ``u`` any
    base tending to ±oo there (the cubic inside GELU's tanh form), becomes ``w_u^(±c) e^d``.
    Terms with other exponentials (a Gaussian bump) are kept apart, so that no common
    denominator mixes them in. Big expressions are returned as they are (cancelling them
    costs more than the boxes gain)."""
    if sp.count_ops(e) > TAIL_FORM_OPS:
        return e
    e = hyperbolic_to_exp(e)
    linear, other = [], []
    bases: dict[sp.Expr, int] = {}
    # a non-linear base only where it comes with both signs (e^u and e^-u: a rewritten tanh)
    signs: dict[sp.Expr, set[bool]] = {}
    for a in e.atoms(sp.exp):
        c, u = a.args[0].as_independent(x, as_Add=True)[1].as_coeff_Mul()
        signs.setdefault(u, set()).add(bool(c > 0))
    for u, seen in signs.items():
        if len(seen) < 2 and _linear(u, x) is None:
            bases[u] = 0  # not usable
    split = {a: _split_arg(a.args[0], x, side, bases) for a in e.atoms(sp.exp)}
    for term in sp.Add.make_args(e):
        plain = all(split[a] is not None for a in term.atoms(sp.exp))
        (linear if plain else other).append(term)
    ws = {u: sp.Dummy("w", positive=True) for u, s in bases.items() if s}
    swap = {a: ws[u] ** (-c * bases[u]) * sp.exp(d)
            for a, parts in split.items() if parts is not None for c, u, d in [parts]}
    if not swap:
        return e
    # the plain terms over one denominator; each other term on its own (a bump factor stays a
    # generator of its own term, and never enters a common denominator)
    parts = [sp.Add(*linear), *other]
    try:
        done = attempt(lambda: [sp.cancel(sp.together(p.xreplace(swap))) for p in parts],
                       share=1.0, cap=0.5)
    except (SymactError, *SYMPY_FAILURES):
        return e
    if done is None:  # the slice ran out
        return e
    back = {w: sp.exp(-bases[u] * u) for u, w in ws.items()}
    out = sp.Add(*done).xreplace(back)
    return out if sp.count_ops(out) <= 3 * sp.count_ops(e) + 10 else e


def _split_arg(arg: sp.Expr, x: sp.Symbol, side: int,
               bases: dict[sp.Expr, int]) -> tuple[sp.Expr, sp.Expr, sp.Expr] | None:
    """arg = c·u + d with u tending to ±oo on the tail (its sign stored in bases)."""
    lin = _linear(arg, x)
    if lin is not None:
        bases.setdefault(x, side)
        return lin[0], x, lin[1]
    if not arg.has(x):
        return None
    d, rest = arg.as_independent(x, as_Add=True)
    c, u = rest.as_coeff_Mul()
    if bases.get(u) == 0:
        return None
    if u not in bases:
        try:
            lim = limit(u, x, sp.oo if side > 0 else -sp.oo)
        except (Undecided, *SYMPY_FAILURES):
            return None
        if lim not in (sp.oo, -sp.oo):
            return None
        bases[u] = 1 if lim is sp.oo else -1
    return c, u, d


def _linear(arg: sp.Expr, x: sp.Symbol) -> tuple[sp.Expr, sp.Expr] | None:
    c = sp.diff(arg, x)
    if c.has(x) or c == 0 or not c.is_Rational:
        return None
    return c, sp.expand(arg - c * x)


# The largest expression (in SymPy operations) put in tail form.
TAIL_FORM_OPS = 60
# The largest term (in SymPy operations) whose monotonicity is tried on a tail.
MONOTONE_OPS = 40


def tail_box(t: Fraction, side: int) -> Box:
    return Box.of(t, None) if side > 0 else Box.of(None, t)


def enclose_tail(e: sp.Expr, x: sp.Symbol, t: Fraction, side: int) -> Box | None:
    """A box holding every value of ``e`` on the tail beyond ``t``, or None. Cheapest
    first: the plain box of each form, then term by term, then terms by monotonicity (a
    limit each, the costly step)."""
    box = tail_box(t, side)
    forms = list(dict.fromkeys((e, tail_form(e, x, side))))
    best = None
    for form in forms:
        whole = _naive(form, x, box)
        if whole is not None and whole.zero_free():
            return whole
        best = best or whole
    for form in forms:
        terms = sp.Add.make_args(form)
        parts = [_naive(term, x, box) for term in terms]
        for i, term in enumerate(terms):
            if parts[i] is not None and parts[i].finite():
                continue
            if all(p is not None for p in parts) and _sum(parts).zero_free():
                break
            mono = _monotone_term(term, x, t, side, box)
            parts[i] = mono if mono is not None else parts[i]
        if any(p is None for p in parts):
            continue
        total = _sum(parts)
        if total.zero_free():
            return total
        best = best or total
    return best


def _naive(e: sp.Expr, x: sp.Symbol, box: Box) -> Box | None:
    try:
        return box_function(e, x)(box)
    except Indeterminate:
        return None


def _sum(parts: list[Box]) -> Box:
    out = parts[0]
    for p in parts[1:]:
        out = plus(out, p)
    return out


def _monotone_term(term: sp.Expr, x: sp.Symbol, t: Fraction, side: int,
                   box: Box) -> Box | None:
    """Where the term's slope is zero-free on the tail, it runs strictly from its value at t
    towards its far end: one end of the box is the value at t, the other the plain box's
    (or the limit's, when the plain box cannot be had), and the far end is never reached.
    Big terms are left alone: their derivatives (Mish's) cost seconds to build and bound."""
    if sp.count_ops(term) > MONOTONE_OPS:
        return None
    d = tail_form(sp.factor_terms(sp.diff(term, x)), x, side)
    try:
        slope = box_function(d, x)(box).sign()
        if slope == 0:
            return None
        start = box_function(term, x)(Box.of(t, t))
        far = _naive(term, x, box)
        if far is None:
            lim = limit(term, x, sp.oo if side > 0 else -sp.oo)
            if lim is NONEXISTENT or lim.free_symbols or not lim.is_finite:
                return None
            far = Box.ball(value(lim))
    except (Indeterminate, Unsupported, Undecided, CannotEvaluate):
        return None
    if slope * side > 0:  # the far values are the large ones: [f(t), far.hi)
        b = Box(start.lo, far.hi, False, False, True)
    else:  # (far.lo, f(t)]
        b = Box(far.lo, start.hi, False, True, False)
    return Box(b.lo, b.hi, b.zero_free(), b.lo_open, b.hi_open)
