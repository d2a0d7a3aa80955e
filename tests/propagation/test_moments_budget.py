"""Gaussian moments within their budget, quadrature included (issue 16, item 5), and the
super-exponential divergence read through the logarithm.

References are hand derivations: for f = exp(exp(x)), log(f(x)^p φ(x)) = p e^x − x²/2 − log √(2π)
tends to +oo, so f^p φ does not tend to 0 and E f(Z)^p = oo; for f = exp(-exp(x)) (0 < f ≤ 1)
every moment is finite."""

import time

import pytest
import sympy as sp

from symact.calculus import Function
from symact.errors import BudgetExceeded, Divergent
from symact.propagation import moments
from symact.propagation.convergence import _log_tends_to_zero, diverges

x = sp.Symbol("x", real=True)
LOG_PHI = -x**2 / 2


def test_a_double_exponential_is_divergent_and_quickly():
    start = time.monotonic()
    with pytest.raises(Divergent, match="the mean does not exist"):
        moments("exp(exp(x))", budget=5)
    assert time.monotonic() - start < 4  # was > 200 s: the quadrature of e^(2e^x) φ ran on


@pytest.mark.parametrize("expr", ["2**(2**x)", "x*exp(exp(x))"])
def test_towers_diverge_on_the_right(expr):
    f = Function.of(sp.sympify(expr, locals={"x": x}), x)
    assert "at x = oo" in diverges(f, 2, 0, 1)


def test_moments_that_do_not_finish_raise_budget_exceeded_in_time():
    # exp(-exp(x)): every moment is finite but its quadrature does not finish (see below);
    # exp(exp(exp(x))) is divergent, and found so within the same budget
    start = time.monotonic()
    with pytest.raises(BudgetExceeded, match=r"did not finish within 0\.5 s"):
        moments("exp(-exp(x))", budget=0.5)
    assert time.monotonic() - start < 3
    start = time.monotonic()
    with pytest.raises(Divergent, match="does not tend to 0 at x = oo"):
        moments("exp(exp(exp(x)))", budget=0.5)
    assert time.monotonic() - start < 3


def test_a_double_exponential_decay_is_never_divergent():
    # 0 < exp(-exp(x)) <= 1: every moment is finite. Its quadrature does not finish (mpmath
    # evaluates exp(-e^t) at t in the thousands, a number with a 4,000-digit exponent): the
    # answer is "not finished in time", never "divergent" and never a number
    for key in ("mean", "second_moment"):
        f = Function.of(sp.exp(-sp.exp(x)), x)
        assert diverges(f, 1 + (key == "second_moment"), 0, 1) is None
    start = time.monotonic()
    with pytest.raises(BudgetExceeded):
        moments("exp(-exp(x))", budget=1)
    assert time.monotonic() - start < 4


def test_the_logarithm_is_not_read_where_the_function_oscillates():
    # SymPy gives oo for the limit of log|sin x| + x²/2, which dips to −oo at every zero
    assert _log_tends_to_zero(sp.sin(x) * sp.exp(sp.exp(x)), 1, LOG_PHI, x, sp.oo, "-") is None
    # a tower that decays: the logarithm tends to −oo, so f φ tends to 0
    assert _log_tends_to_zero(sp.exp(-sp.exp(x)), 2, LOG_PHI, x, sp.oo, "-") is True
    assert _log_tends_to_zero(sp.exp(sp.exp(x)), 2, LOG_PHI, x, sp.oo, "-") is False


def test_a_numeric_only_call_keeps_the_budget_too():
    start = time.monotonic()
    with pytest.raises(BudgetExceeded):
        moments("sin(exp(x))", budget=0.5, exact=False)
    assert time.monotonic() - start < 3


def test_leave_keeps_exact_attempts_short_but_not_the_numbers():
    m = moments("relu", budget=20, leave=19.99)
    # the exact attempts had no time: the numbers stay, marked numeric
    assert not m.exact["second_moment"]
    assert float(m.value("second_moment")) == pytest.approx(0.5, rel=1e-25)
