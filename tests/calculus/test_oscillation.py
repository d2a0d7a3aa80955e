"""The quick refusal of zeros that never end: oscillation far out (hand-checked cases)."""

import time

import pytest
import sympy as sp

from symact import properties
from symact.calculus.oscillation import oscillation
from symact.calculus.roots import zeros
from symact.errors import Undecided

x = sp.Symbol("x", real=True)
R = sp.Interval(-sp.oo, sp.oo)


@pytest.mark.parametrize("h", [
    sp.diff(sp.sin(x) / (1 + sp.exp(-x)), x),  # ≈ cos x for large x
    sp.sin(x) + x * sp.cos(x),  # (x sin x)': x cos x dominates
    sp.cos(3 * x + 1) * (2 + sp.tanh(x)),  # period 2π/3
])
def test_oscillating_functions_are_refused_in_a_moment(h):
    started = time.monotonic()
    assert oscillation(h, x, R) is not None
    with pytest.raises(Undecided, match="changes sign in every period"):
        zeros(h, x, R)
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("h", [
    2 * x + sp.sin(2 * x),  # (x² + sin²x)': > 0 for x > 1, < 0 for x < -1
    1 + sp.cos(x) / 2,  # never zero
    sp.cos(sp.exp(x)),  # not a linear argument: not this check's business
    sp.exp(-x**2) * sp.sin(x) + x,  # the oscillation decays under x
])
def test_functions_whose_far_sign_is_fixed_are_not_refused(h):
    assert oscillation(h, x, R) is None


def test_bounded_intervals_are_never_refused():
    assert oscillation(sp.cos(x), x, sp.Interval(0, 7)) is None


def test_properties_of_sigmoid_times_sin_answer_quickly():
    """It took 81 s (each field spent its budget before Unknown)."""
    started = time.monotonic()
    p = properties("sigmoid(x)*sin(x)")
    assert time.monotonic() - started < 40
    assert "changes sign in every period" in str(p.range)
