"""Gaussian moments of an activation and its derivative, exact where SymPy can.

For Z ~ N(m, v), ``moments(act)`` gives E f(Z), E f(Z)², Var f(Z), E f'(Z), E f'(Z)²:
exact (SymPy, piece by piece) when the integrals allow and a 30-digit quadrature agrees,
otherwise mpmath quadrature with its error estimate, marked numeric.

>>> m = moments("relu")
>>> m.second_moment, m.exact["second_moment"]
(1/2, True)
"""

from __future__ import annotations

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
            budget: float = MOMENTS, exact: bool = True) -> Moments:
    """E f(Z), E f(Z)², Var f(Z), E f'(Z), E f'(Z)² for Z ~ N(mean, var).

    Args:
        act: a catalog name, an expression string or an Activation.
        mean, var: the Gaussian's parameters (numbers).
        budget: seconds for all exact attempts together; numeric quadrature follows.
        exact: False skips SymPy and integrates numerically only.

    Raises:
        SymactError: a vector-valued activation, or a variance that is not positive.
        Divergent: a moment does not exist (a tail or a pole proved by comparison).
    """
    activation = resolve(act)
    if activation.kind != "scalar":
        raise SymactError(f"{activation.name} is vector-valued: no scalar moments")
    m, v = sp.nsimplify(sp.S(mean)), sp.nsimplify(sp.S(var))
    if not (v.is_positive and m.is_real):
        raise SymactError(f"need a real mean and a positive variance, got {mean}, {var}")
    x = activation.symbol
    f = Function.of(activation.bind(), x)
    df = f.derivative()
    out: dict[str, object] = {}
    ex: dict[str, bool] = {}
    err: dict[str, object] = {}
    integrands = {"mean": (f, 1), "second_moment": (f, 2), "derivative_mean": (df, 1),
                  "derivative_second_moment": (df, 2)}
    for key, (fn, power) in integrands.items():  # E f needs E |f| < oo too
        reason = diverges(fn, power, m, v)
        if reason is not None:
            raise Divergent(f"{activation.name}: {reason} (the {key.replace('_', ' ')} does "
                            "not exist)")
    if m == 0 and _odd(activation):
        # E f(Z) = 0 for odd f and a centred Z: exact, and 0 is what quadrature cannot give
        out["mean"], ex["mean"], err["mean"] = sp.S.Zero, True, None
        del integrands["mean"]
    try:
        with deadline(budget if exact else 0.0):
            for key, (fn, power) in integrands.items():
                out[key], ex[key], err[key] = _expectation(fn, power, m, v, exact)
    except BudgetExceeded:
        pass
    for key, (fn, power) in integrands.items():
        if key not in out:
            out[key], ex[key], err[key] = _expectation(fn, power, m, v, False)
    if ex["mean"] and ex["second_moment"]:
        out["variance"] = sp.simplify(out["second_moment"] - out["mean"] ** 2)
        ex["variance"], err["variance"] = True, None
    else:
        with mpmath.workdps(WORK_DPS):
            out["variance"] = to_mpf(out["second_moment"]) - to_mpf(out["mean"]) ** 2
        ex["variance"] = False
        err["variance"] = _add_errors(err["second_moment"], err["mean"], out["mean"])
    return Moments(activation.name, m, v, **out, exact=ex, error=err)


def _odd(activation: Activation) -> bool:
    x = activation.symbol
    f = activation.bind()
    verdict, _ = identically_zero(f + f.subs(x, -x), x)
    return verdict is True


def _add_errors(e2, e1, m1) -> mpmath.mpf:
    """Error bound of E f² − (E f)² from those of E f² and E f."""
    return (e2 or 0) + 2 * abs(to_mpf(m1)) * (e1 or 0)


def _expectation(fn: Function, power: int, m: sp.Expr, v: sp.Expr,
                 exact: bool) -> tuple[object, bool, object]:
    """(value, exact?, error estimate) of E fn(Z)^power: the SymPy closed form when it
    agrees with the quadrature to DIGITS digits, else the quadrature."""
    x = fn.x
    numeric, error = quad(fn, power, m, v)
    if exact:
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
                    raise ValueError("no closed form")
                if part is None:
                    part = attempt(sp.integrate, sp.expand(p.expr**power * density),
                                   (x, lo, hi), share=1.0, cap=INTEGRAL_SECONDS)
                if part is None:
                    raise ValueError("not integrated in time")
                if part.has(sp.Integral) or part.has(sp.nan) or not part.is_finite:
                    raise ValueError("not integrated")
                total += part
            total = shortest_simplify(total, 2.0)
            with mpmath.workdps(WORK_DPS):
                if abs(to_mpf(total) - numeric) <= mpmath.mpf(10) ** (-DIGITS + 2) * (
                        1 + abs(numeric)):
                    return total, True, None
        except (BudgetExceeded, *SYMPY_FAILURES):
            pass
    return numeric, False, error
