"""The LaTeX printer: catalog names, and unevaluated steps exactly as written."""

import pytest
import sympy as sp

from symact.core.parsing import parse
from symact.core.tex import latex, render_chain


@pytest.mark.parametrize(("text", "expected"), [
    ("sigmoid(z)", r"\sigma\left(z\right)"),
    ("softplus(2*x)", r"\operatorname{softplus}\left(2 x\right)"),
    ("relu(x)", r"\operatorname{ReLU}\left(x\right)"),
    ("hardswish(x)", r"\operatorname{hardswish}\left(x\right)"),
])
def test_catalog_names(text, expected):
    assert latex(parse(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("((e^(2*z) - 1)/e^z) / ((e^(2*z) + 1)/e^z)",
     r"\frac{\frac{e^{2 z} - 1}{e^{z}}}{\frac{e^{2 z} + 1}{e^{z}}}"),
    ("e^z - 1/e^z", r"e^{z} - \frac{1}{e^{z}}"),
    ("(e^z - e^(-z))/(e^z + e^(-z))", r"\frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}"),
    ("1/2 * ((e^z + 1 + e^z - 1)/(e^z + 1))",
     r"\frac{1}{2} \frac{e^{z} + 1 + e^{z} - 1}{e^{z} + 1}"),
    ("x + 1 + x", "x + 1 + x"),
    ("x - (y - 1)", r"x - \left(y - 1\right)"),
    ("2*3*x", r"2 \cdot 3 x"),
    ("-x + 3", "-x + 3"),
    ("a*(b + c)", r"a \left(b + c\right)"),
    ("(1 + tanh(z/2))/2", r"\frac{1 + \tanh\left(\frac{z}{2}\right)}{2}"),
    ("x^(-2)", "x^{-2}"),
    ("(x + 1)^(-2)", r"\left(x + 1\right)^{-2}"),
    ("-(a/b)", r"-\frac{a}{b}"),
])
def test_as_written_keeps_order_and_fractions(text, expected):
    assert latex(parse(text, evaluate=False), as_written=True) == expected


def test_evaluated_mode_is_sympys():
    e = parse("(x + 1)/2")
    assert latex(e) == sp.latex(e)


def test_render_chain_labels_and_errors():
    x = sp.Symbol("x")
    body = render_chain([x, x + 0, x], ["a_b", "c"])
    assert body.count(r"\\") == 1 and r"\text{a\_b}" in body
    with pytest.raises(ValueError):
        render_chain([x])
    with pytest.raises(ValueError):
        render_chain([x, x], ["a", "b"])
