"""Limits, including oscillation (NONEXISTENT)."""

import sympy as sp

from symact.calculus import NONEXISTENT, limit

x = sp.Symbol("x", real=True)


def test_limits() -> None:
    assert limit(sp.tanh(x), x, sp.oo, "-") == 1
    assert limit(sp.sin(x), x, sp.oo, "-") is NONEXISTENT
    assert limit(x * sp.tanh(sp.log(1 + sp.exp(x))), x, -sp.oo, "+") == 0
