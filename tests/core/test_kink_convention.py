"""One kink convention in every layer (issue 13, item 5): the derivative of the branch whose
condition holds at the point (Max and Min as SymPy's Piecewise: a tie takes the first
argument's branch, so Max(0, x)' = 0 at 0 like the catalog's relu), Abs' = sign (0 at 0, as
torch.abs), sign and Heaviside with derivative 0 (PyTorch's zero gradient).

The references are by hand (and PyTorch's autograd where it is installed, else skipped)."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

import symact
from symact import evaluator, properties
from symact.numeric.export import export_source

# expression, point, f'(point) by the convention
CASES = [
    ("Max(x, 0)", 0, 0),        # = relu: the branch x <= 0
    ("Max(0, x) + x", 0, 1),
    ("Min(x, 0)", 0, 0),        # Piecewise((0, x >= 0), (x, True))
    ("abs(x)", 0, 0),           # sign(0)
    ("abs(x - 1) + x", 1, 1),   # sign(0) + 1
    ("x/(1 + abs(x))", 0, 1),   # 1/(1 + 0) - 0·sign(0)
    ("Max(x, 2*x - 1)", 1, 1),  # x >= 2x - 1 holds at the tie
    ("x*Heaviside(x)", 0, sp.Rational(1, 2)),  # H(0) = 1/2 is a value; H' = 0
]


@pytest.mark.parametrize(("expr", "at", "slope"), CASES)
def test_properties_evaluator_export_and_prover_agree_at_the_kink(expr, at, slope) -> None:
    p = properties(expr)
    assert p.derivative.value is not None
    x = sp.Symbol("x", real=True)
    if at == 0:
        assert p.derivative_at_zero.value == slope
    assert sp.sympify(str(p.derivative.value), locals={"x": x}).subs(x, at) == slope
    assert float(evaluator(expr).derivative(float(at))) == float(slope)
    namespace: dict = {}
    exec(compile(export_source([expr]), "<export>", "exec"), namespace)
    assert float(namespace["custom_1_derivative"](np.float64(at))) == float(slope)
    claim = symact.prove(f"diff({expr}, x)",
                         str(p.derivative.value))
    assert claim.status == "proved", claim


def test_custom_max_is_the_catalog_relu_at_zero() -> None:
    custom, relu = properties("Max(x, 0)"), properties("relu")
    assert custom.derivative_at_zero.value == relu.derivative_at_zero.value == 0
    assert float(evaluator("Max(x, 0)").derivative(0.0)) == float(evaluator("relu").derivative(
        0.0)) == 0.0
    assert symact.prove("diff(Max(x, 0), x)", "diff(relu(x), x)").status == "proved"
    # SymPy's own d/dx Max(0, x) = Heaviside(x) is 1/2 at 0: not our convention
    assert symact.prove("diff(Max(x, 0), x)", "Heaviside(x)").status == "disproved"


@pytest.mark.parametrize(("expr", "at"), [("abs(x)", 0.0), ("abs(x - 1) + x", 1.0),
                                          ("x/(1 + abs(x))", 0.0)])
def test_abs_kinks_match_torch_autograd(expr: str, at: float) -> None:
    torch = pytest.importorskip("torch", reason="PyTorch is optional")
    t = torch.tensor(at, dtype=torch.float64, requires_grad=True)
    forms = {"abs(x)": lambda u: u.abs(), "abs(x - 1) + x": lambda u: (u - 1).abs() + u,
             "x/(1 + abs(x))": lambda u: u / (1 + u.abs())}
    forms[expr](t).backward()
    assert float(evaluator(expr).derivative(at)) == t.grad.item()
    assert float(properties(expr).derivative.value.subs(sp.Symbol("x", real=True), at)) == \
        t.grad.item()
