"""Zeros: exact, numeric and identified; decaying tails are not zeros."""

import mpmath
import sympy as sp

from symact.calculus import zeros

x = sp.Symbol("x", real=True)
R = sp.Interval(-sp.oo, sp.oo)


def test_zeros_exact_numeric_and_identified() -> None:
    assert zeros(sp.diff(x / (1 + sp.exp(-x)), x), x, R).points == (
        -1 - sp.LambertW(sp.exp(-1)),)
    z = zeros(sp.erf(x) + 2 * x * sp.exp(-x**2) / sp.sqrt(sp.pi), x, R)
    assert z.exact and z.points == (0,)
    gelu_slope = sp.diff(x * (1 + sp.erf(x / sp.sqrt(2))) / 2, x)
    z = zeros(gelu_slope, x, R)
    assert not z.exact and len(z.points) == 1
    with mpmath.workdps(50):
        root = mpmath.findroot(lambda t: t * mpmath.npdf(t) + mpmath.ncdf(t), -0.75)
        assert abs(mpmath.mpf(str(sp.N(z.points[0], 45))) - root) < mpmath.mpf("1e-40")


def test_decaying_tails_are_not_zeros() -> None:
    assert zeros(1 - sp.tanh(x) ** 2, x, R).points == ()
    assert zeros(sp.exp(-x**2), x, R).points == ()
