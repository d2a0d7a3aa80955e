"""derivative_from_output_valid and derivative_from_output_loss (issue 13, item 7).

The loss boundaries are checked against hand derivations of the model
|f''(x)|·δy / f'(x)² = 2^-26 (δy = 2^-53 |y|, or 2^-1075 below the normal range):
sigmoid: u(e^x − 1) = 2^-26, so x = ln(1 + 2^27); on the left (e^-x − e^x)·2^-1075 = 2^-26;
tanh: 2u sinh²x = 2^-26, so x = asinh(2^13); ELU (α = 1): u(e^-x − 1) = 2^-26.
The rounding itself is measured too: h(fl(y)) against f'(x) at 50 digits.
"""

from __future__ import annotations

import mpmath
import pytest
import sympy as sp

from symact import properties
from symact.derive import Conditional, Derived
from symact.derive.output_loss import derive_derivative_from_output_valid


@pytest.fixture(autouse=True)
def _digits():
    with mpmath.workdps(50):
        yield


def _ends(name: str) -> list[tuple[float, float]]:
    s = properties(name).derivative_from_output_loss.value
    return [(float(i.start), float(i.end)) for i in (s.args if isinstance(s, sp.Union) else [s])]


def test_sigmoid_loses_digits_where_1_minus_y_cancels_and_where_y_is_subnormal() -> None:
    (_, lo_end), (hi_start, hi_end) = (a, b) = _ends("sigmoid")
    assert a[0] == float("-inf") and hi_end == float("inf")
    assert hi_start == pytest.approx(float(mpmath.log(1 + mpmath.mpf(2) ** 27)), rel=1e-12)
    left = mpmath.findroot(lambda t: (mpmath.exp(-t) - mpmath.exp(t)) * mpmath.mpf(2) ** -1075
                           - mpmath.mpf(2) ** -26, -727)
    assert lo_end == pytest.approx(float(left), rel=1e-12)
    assert b == (hi_start, hi_end)


def test_tanh_and_elu_boundaries() -> None:
    edge = float(mpmath.asinh(2 ** 13))
    (a0, a1), (b0, b1) = _ends("tanh")
    assert (a0, b1) == (float("-inf"), float("inf"))
    assert a1 == pytest.approx(-edge, rel=1e-12) and b0 == pytest.approx(edge, rel=1e-12)
    [(c0, c1)] = _ends("elu")
    assert c0 == float("-inf")
    assert c1 == pytest.approx(-float(mpmath.log(1 + mpmath.mpf(2) ** 27)), rel=1e-12)


@pytest.mark.parametrize(("t", "lossy"), [(10.0, False), (17.0, False), (30.0, True),
                                          (-800.0, True), (-700.0, False)])
def test_rounded_sigmoid_output_really_loses_digits_there(t: float, lossy: bool) -> None:
    """The measured error of y(1 - y) at y = fl(σ(t)), against σ'(t) at 50 digits."""
    exact = mpmath.exp(-t) / (1 + mpmath.exp(-t)) ** 2
    y = mpmath.mpf(float(1 / (1 + mpmath.exp(-t))))  # the float64 output
    err = abs(y * (1 - y) - exact) / exact
    assert (err > 2 ** -26) == lossy
    ends = _ends("sigmoid")
    assert any(a <= t <= b for a, b in ends) == lossy


def test_valid_and_loss_for_forms_without_cancellation_and_without_a_form() -> None:
    relu, gelu = properties("relu"), properties("gelu")
    assert relu.derivative_from_output_valid.value is True
    assert relu.derivative_from_output_loss.value is None  # h is constant on each piece
    assert gelu.derivative_from_output_valid.value is False  # not injective: a witness pair
    assert gelu.derivative_from_output_loss.value is None
    d = properties("sigmoid").to_dict()
    assert d["derivative_from_output_valid"] is True
    assert d["derivative_from_output_loss"].startswith("Union(Interval(-oo, -727.11")


def test_valid_reads_the_parameter_cases_in_order() -> None:
    a = sp.Symbol("alpha", real=True)
    h = Derived(Conditional(((a > 0, sp.Symbol("y") + a), (sp.Eq(a, 0), None)), sp.S.One), "")
    got = derive_derivative_from_output_valid(None, {"derivative_from_output": h}).value
    assert got.as_set() == sp.Reals - {0}
    none = Derived(Conditional(((a >= 0, sp.S.One),), None), "")
    got = derive_derivative_from_output_valid(None, {"derivative_from_output": none}).value
    assert got == (a >= 0) and str(got) == "alpha >= 0"
