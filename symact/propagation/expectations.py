"""Gaussian moments of an activation and its derivative, exact where SymPy can.

For Z ~ N(m, v), ``moments(act)`` gives E f(Z), E f(Z)², Var f(Z), E f'(Z), E f'(Z)²:
exact (SymPy, piece by piece) when the integrals allow and a 30-digit quadrature agrees,
otherwise mpmath quadrature with its error estimate, marked numeric.

>>> m = moments("relu")
>>> m.second_moment, m.exact["second_moment"]
(1/2, True)
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import mpmath
import sympy as sp

from ..budget import MOMENTS, attempt, deadline
from ..calculus import Function, shortest_simplify
from ..core import Activation, resolve
from ..derive import identically_zero
from ..errors import SYMPY_FAILURES, BudgetExceeded, Divergent, SymactError
from .convergence import diverges
from .gaussian import DIGITS, WORK_DPS, gaussian_poly_exp, quad, to_mpf

INTEGRAL_SECONDS = 1.0  # per piece: SymPy either integrates quickly or not at all
FIELDS = ("mean", "second_moment", "variance", "derivative_mean", "derivative_second_moment")


@dataclass(frozen=True)
class Moments:
    """Gaussian moments of f and f'; ``exact[k]`` False means mpmath quadrature, with
    ``error[k]`` its estimate."""

    name: str
    mean_in: sp.Expr
    var_in: sp.Expr
    mean: object
    second_moment: object
    variance: object
    derivative_mean: object
    derivative_second_moment: object
    exact: dict[str, bool] = field(default_factory=dict)
    error: dict[str, object] = field(default_factory=dict)

    def value(self, key: str) -> mpmath.mpf:
        """The moment as a 30-digit mpmath number."""
        return to_mpf(getattr(self, key))


def moments(act: str | sp.Expr | Activation, mean: object = 0, var: object = 1, *,
            budget: float = MOMENTS, exact: bool = True, leave: float = 0.0) -> Moments:
    """E f(Z), E f(Z)², Var f(Z), E f'(Z), E f'(Z)² for Z ~ N(mean, var).

    Args:
        act: a catalog name, an expression string or an Activation.
        mean, var: the Gaussian's parameters (numbers).
        budget: seconds for everything: the existence checks and the quadrature first, then
            the exact attempts in whatever is left (a moment not made exact in time stays
            numeric).
        exact: False skips SymPy and integrates numerically only.
        leave: seconds at the end of the budget the exact attempts leave unused (for the
            caller's own work after them; the quadrature may still use them).

    Raises:
        SymactError: a vector-valued activation, or a variance that is not positive.
        Divergent: a moment does not exist (a tail or a pole proved by comparison).
        BudgetExceeded: the existence checks and the quadrature did not finish within the
            budget (the moments are then undecided: neither numbers nor divergent).
    """
    activation = resolve(act)
    if activation.kind != "scalar":
        raise SymactError(f"{activation.name} is vector-valued: no scalar moments")
    m, v = sp.nsimplify(sp.S(mean)), sp.nsimplify(sp.S(var))
    if not (v.is_positive and m.is_real):
        raise SymactError(f"need a real mean and a positive variance, got {mean}, {var}")
    stop = time.monotonic() + budget
    try:
        # the numbers first, all of them: without them there is no record at all
        with deadline(budget):
            f = Function.of(activation.bind(), activation.symbol)
            df = f.derivative()
            integrands = {"mean": (f, 1), "second_moment": (f, 2), "derivative_mean": (df, 1),
                          "derivative_second_moment": (df, 2)}
            _exist(activation.name, integrands, m, v)
            numeric = {key: quad(fn, power, m, v) for key, (fn, power) in integrands.items()}
    except BudgetExceeded:
        raise BudgetExceeded(f"the Gaussian moments did not finish within {budget:g} s"
                             ) from None
    out: dict[str, object] = {key: value for key, (value, _) in numeric.items()}
    err: dict[str, object] = {key: error for key, (_, error) in numeric.items()}
    ex = dict.fromkeys(integrands, False)
    left = stop - leave - time.monotonic()
    if exact and left > 0:
        try:
            with deadline(left):
                _make_exact(activation, integrands, m, v, out, ex, err)
        except BudgetExceeded:
            pass
    if "variance" not in out:
        with mpmath.workdps(WORK_DPS):
            out["variance"] = to_mpf(out["second_moment"]) - to_mpf(out["mean"]) ** 2
        ex["variance"] = False
        err["variance"] = _add_errors(err["second_moment"], err["mean"], out["mean"])
    return Moments(activation.name, m, v, **out, exact=ex, error=err)


def _exist(name: str, integrands: dict, m: sp.Expr, v: sp.Expr) -> None:
    """Raise Divergent when one of the moments does not exist (E f needs E |f| < oo too)."""
    for key, (fn, power) in integrands.items():
        reason = diverges(fn, power, m, v)
        if reason is not None:
            raise Divergent(f"{name}: {reason} (the {key.replace('_', ' ')} does not exist)")


def _make_exact(activation: Activation, integrands: dict, m: sp.Expr, v: sp.Expr,
                out: dict, ex: dict, err: dict) -> None:
    """Replace the numbers in ``out`` by closed forms where SymPy finds ones that agree
    with them, in place, one moment at a time (a deadline may stop it between two)."""
    if m == 0 and _odd(activation):
        # E f(Z) = 0 for odd f and a centred Z: exact, and 0 is what quadrature cannot give
        out["mean"], ex["mean"], err["mean"] = sp.S.Zero, True, None
    for key, (fn, power) in integrands.items():
        if not ex[key]:
            closed = _closed_form(fn, power, m, v, to_mpf(out[key]))
            if closed is not None:
                out[key], ex[key], err[key] = closed, True, None
    if ex["mean"] and ex["second_moment"]:
        variance = sp.simplify(out["second_moment"] - out["mean"] ** 2)
        out["variance"], ex["variance"], err["variance"] = variance, True, None


def _odd(activation: Activation) -> bool:
    x = activation.symbol
    f = activation.bind()
    verdict, _ = identically_zero(f + f.subs(x, -x), x)
    return verdict is True


def _add_errors(e2, e1, m1) -> mpmath.mpf:
    """Error bound of E f² − (E f)² from those of E f² and E f."""
    return (e2 or 0) + 2 * abs(to_mpf(m1)) * (e1 or 0)


def _closed_form(fn: Function, power: int, m: sp.Expr, v: sp.Expr,
                 numeric: mpmath.mpf) -> sp.Expr | None:
    """E fn(Z)^power in closed form (SymPy, piece by piece) when it agrees with the
    quadrature's ``numeric`` to DIGITS digits, else None."""
    x = fn.x
    density = sp.exp(-(x - m) ** 2 / (2 * v)) / sp.sqrt(2 * sp.pi * v)
    total = sp.S.Zero
    try:
        for p in fn.pieces:
            if p.is_point:
                continue
            lo, hi = p.interval.inf, p.interval.sup
            part = gaussian_poly_exp(p.expr**power, x, lo, hi, m, v)
            if part is None and not p.expr.has(sp.erf, sp.erfc):
                # SymPy has no Gaussian integral of tanh, logistic or log(1 + e^x)
                # forms: trying only burns the budget
                return None
            if part is None:
                part = attempt(sp.integrate, sp.expand(p.expr**power * density),
                               (x, lo, hi), share=1.0, cap=INTEGRAL_SECONDS)
            if part is None or part.has(sp.Integral) or part.has(sp.nan) or not part.is_finite:
                return None
            total += part
        total = shortest_simplify(total, 2.0)
        with mpmath.workdps(WORK_DPS):
            if abs(to_mpf(total) - numeric) <= mpmath.mpf(10) ** (-DIGITS + 2) * (
                    1 + abs(numeric)):
                return total
    except SYMPY_FAILURES:
        pass
    return None
