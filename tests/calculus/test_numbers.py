"""Comparison of values: exact, numeric and symbolic."""

import pytest
import sympy as sp

from symact.calculus import compare
from symact.errors import Undecided

a = sp.Symbol("a", positive=True)


def test_compare_exact_numeric_and_symbolic() -> None:
    assert compare(sp.pi, sp.Rational(355, 113)) == -1
    assert compare(sp.exp(sp.LambertW(1)), 1 / sp.LambertW(1)) == 0
    assert compare(-a, 0) == -1
    with pytest.raises(Undecided):
        compare(a, 1)
