"""symact.trust.limits: limits with parameters, evaluated under the signs the region gives."""

import pytest
import sympy as sp

from symact.trust.limits import LimitError, evaluate

x, b, a = sp.symbols("x b a", real=True)
oo = sp.oo


@pytest.mark.parametrize(("limit", "where", "value"), [
    (sp.Limit(sp.tanh(b * x), b, oo), x > 0, 1),
    (sp.Limit(sp.tanh(b * x), b, oo), x < 0, -1),
    (sp.Limit(sp.tanh(b * x), b, oo), sp.Eq(x, 0), 0),  # pinned
    (sp.Limit(sp.log(1 + sp.exp(b * x)) / b, b, oo), x > 0, x),
    (sp.Limit(sp.log(1 + sp.exp(b * x)) / b, b, oo), x <= 0, 0),  # x < 0 and x = 0 agree
    (sp.Limit((1 + x / b) ** b, b, oo), sp.true, sp.exp(x)),  # all three signs agree
    (sp.Limit(sp.tanh(x), x, oo), sp.true, 1),
    (sp.Limit(sp.Limit(a * sp.exp(-b), b, oo) + a, a, 1), sp.true, 1),  # nested
])
def test_limits_under_the_region(limit, where, value):
    assert evaluate(limit, where) == value


@pytest.mark.parametrize(("limit", "where", "why"), [
    (sp.Limit(sp.tanh(b * x), b, oo), sp.true, "depends on the sign of x"),
    (sp.Limit(sp.tanh(b * x), b, oo), x >= 0, "depends on the sign of x"),  # 1 vs 0 at 0
    (sp.Limit(b * x, b, oo), x > 0, "not a finite limit"),
    (sp.Limit(sp.sin(b), b, oo), sp.true, "not a finite limit"),
])
def test_what_cannot_be_replayed_is_refused(limit, where, why):
    with pytest.raises(LimitError, match=why):
        evaluate(limit, where)


def test_the_limit_variable_is_not_a_parameter():
    # the point gives x = 2, but the x of the limit is its own variable
    e = sp.Limit(sp.exp(-x), x, oo) + x
    assert evaluate(e, sp.true, {x: sp.Integer(2)}) == 2
    assert evaluate(e, sp.Eq(x, 3)) == x  # a pin of the region leaves the bound x alone
