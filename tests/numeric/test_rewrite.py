"""The rewrite rules for custom expressions: each example rewrites as stated and is proved."""

import pytest
import sympy as sp

from symact.core.catalog import expand
from symact.core.parsing import parse as _parse
from symact.core.stable_functions import definitions
from symact.core.symbols import X
from symact.numeric.rewrite import RULES, rewrite
from symact.prover.pipeline import prove


def parse(text: str) -> sp.Expr:
    """Custom expressions as the evaluator sees them: catalog names (tanh) expanded."""
    return expand(_parse(text))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_rule_example_rewrites_and_is_proved(rule):
    src, expected = rule.example
    before = parse(src)
    after = rule(before)
    assert sp.srepr(after) == sp.srepr(_expected(expected)), (rule.name, after)
    verdict = prove(definitions(after), before, budget=30.0)
    assert verdict.status == "proved", (rule.name, str(verdict))


def _expected(text: str) -> sp.Expr:
    from sympy.codegen.cfunctions import expm1, log1p

    from symact.core import stable_functions as stable

    names = {"Sigmoid": stable.Sigmoid, "Softplus": stable.Softplus,
             "LogSigmoid": stable.LogSigmoid, "TanhSoftplus": stable.TanhSoftplus,
             "Erfc": stable.Erfc,
             "expm1": expm1, "log1p": log1p, "erfc": sp.erfc, "sqrt": sp.sqrt, "x": X}
    return sp.sympify(text, locals=names)  # trusted literal from this test module


@pytest.mark.parametrize("src, expected", [
    ("x/(1 + exp(-x))", "x*Sigmoid(x)"),
    ("exp(x)/(1 + exp(x))", "Sigmoid(x)"),
    ("x*tanh(log(1 + exp(x)))", "x*TanhSoftplus(x)"),
    ("log(1 + exp(-x))", "Softplus(-x)"),
    ("x/2*(1 + erf(x/sqrt(2)))", "x*Erfc(-sqrt(2)*x/2)/2"),
])
def test_rewrite_pipeline(src, expected):
    assert rewrite(parse(src)) == _expected(expected)


def test_rewrite_leaves_stable_expressions_alone():
    e = parse("x*erf(x) + tanh(x)")
    assert rewrite(e) == e
