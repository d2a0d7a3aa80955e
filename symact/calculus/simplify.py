"""Simplification within a budget, and the one symbolic zero test of an expression.

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> vanishes(sp.tanh(x) - (sp.exp(2 * x) - 1) / (sp.exp(2 * x) + 1))
True
>>> vanishes(sp.sin(x))
False
"""

from __future__ import annotations

import sympy as sp

from ..budget import attempt
from ..errors import SYMPY_FAILURES, BudgetExceeded, SymactError

_HYPERBOLIC = (sp.tanh, sp.sinh, sp.cosh, sp.sech, sp.csch, sp.coth)


def hyperbolic_to_exp(v: sp.Expr) -> sp.Expr:
    """Only hyperbolic functions to exponentials: a blanket rewrite(exp) also turns x**2
    into exp(2 log x), which is false for x <= 0."""
    return v.rewrite(list(_HYPERBOLIC), sp.exp)


# The tries of the zero test, cheapest first; each gets its own 2 s.
_ZERO_TRIES = (
    sp.expand,
    sp.simplify,
    lambda v: sp.simplify(sp.expand(v)),
    lambda v: sp.simplify(hyperbolic_to_exp(v)),
    lambda v: sp.cancel(sp.expand(hyperbolic_to_exp(v))),
)


def vanishes(e: sp.Expr, seconds: float = 2.0) -> bool:
    """True when ``e`` simplifies to exactly 0; False means "not shown", never "non-zero".

    ``e`` = 0 wherever it is defined: SymPy's simplification may cancel a removable gap.
    """
    if e == 0:
        return True
    for zero_try in _ZERO_TRIES:
        try:
            if attempt(zero_try, e, share=1.0, cap=seconds) == 0:
                return True
        except (BudgetExceeded, *SYMPY_FAILURES):  # also a spent outer budget: "not shown"
            continue
    return False


def shortest_simplify(e: sp.Expr, seconds: float = 2.0) -> sp.Expr:
    """sp.simplify within ``seconds``, kept only if it is not longer than ``e``."""
    try:
        s = attempt(sp.simplify, e, share=1.0, cap=seconds)
        return e if s is None or sp.count_ops(s) > sp.count_ops(e) else s
    except BudgetExceeded:  # also a spent outer budget: keep e
        return e


def nice(v: sp.Expr) -> sp.Expr:
    """The shortest of a few simplifications; knows e^{W(z)} = z / W(z) (Swish: -W(1/e))."""
    def lambert(e: sp.Expr) -> sp.Expr:
        e = sp.expand(e, power_exp=True, mul=False, multinomial=False, log=False)
        return e.replace(lambda u: isinstance(u, sp.exp) and isinstance(u.args[0], sp.LambertW),
                         lambda u: u.args[0].args[0] / u.args[0])

    out = [v]
    for step in (sp.simplify, lambda e: sp.simplify(lambert(e))):
        try:
            simpler = attempt(step, v, share=1.0, cap=2.0)
        except (SymactError, *SYMPY_FAILURES):  # also a spent outer budget: skip the step
            continue
        if simpler is not None:
            out.append(simpler)
    return min(out, key=sp.count_ops)
