"""Any parameter value where the definition makes sense (issue 13, item 4).

Hand derivations: leaky ReLU with slope a is a·x for x <= 0, x above: a = 0 is ReLU
(nondecreasing, convex), a < 0 is not monotonic but convex (f' jumps up from a to 1),
a > 1 is increasing and concave (f' drops from a to 1), sup |f'| = max(|a|, 1).
ELU with alpha = -1 is 1 - e^x for x <= 0: range [0, oo), |f'| <= 1, not monotonic.
softplus with beta = -2 is log(1 + e^(-2x))/(-2): increasing from -oo to 0, f'(0) = 1/2.
"""

import mpmath
import numpy as np
import pytest
import sympy as sp

import symact
from symact.core import get
from symact.errors import ParameterError


@pytest.mark.parametrize("name, values, fragment", [
    ("celu", {"alpha": 0}, "x/alpha is undefined"),
    ("softplus", {"beta": 0}, "divides by beta"),
    ("softshrink", {"lambd": -1}, "band around 0"),
    ("hardshrink", {"lambd": "-1/2"}, "band around 0"),
    ("hardtanh", {"min_val": 2}, "min_val <= max_val"),
    ("elu", {"alpha": float("nan")}, "finite real"),
    ("elu", {"alpha": float("inf")}, "finite real"),
    ("elu", {"alpha": "oo"}, "finite real"),
])
def test_refused_only_where_the_definition_breaks(name, values, fragment):
    with pytest.raises(ParameterError, match=fragment):
        get(name).with_params(**values)


@pytest.mark.parametrize("name, values", [
    ("leaky_relu", {"alpha": 0}), ("leaky_relu", {"alpha": -0.5}), ("elu", {"alpha": -1}),
    ("elu", {"alpha": 0}), ("celu", {"alpha": -2}), ("softplus", {"beta": -2}),
    ("swish", {"beta": 0}), ("softshrink", {"lambd": 0}), ("hardtanh", {"min_val": 1}),
    ("selu", {"alpha": -1}),
])
def test_accepted_values_evaluate_the_definition(name, values):
    act = get(name).with_params(**values)
    ev = symact.evaluator(act)
    expr = act.bind()
    x = act.symbol
    f = sp.lambdify(x, expr, "mpmath")
    df = sp.lambdify(x, sp.diff(expr, x), "mpmath")
    pts = np.array([-30.0, -2.5, -1.0, -0.25, 0.3, 1.0, 2.0, 40.0])
    got, dgot = ev.value(pts), ev.derivative(pts)
    with mpmath.workdps(50):
        for t, v, d in zip(pts, got, dgot, strict=True):
            want, dwant = f(mpmath.mpf(t)), df(mpmath.mpf(t))
            assert abs(v - want) <= 4e-16 * (1 + abs(want)), (name, values, t)
            assert abs(d - dwant) <= 4e-16 * (1 + abs(dwant)), (name, values, t)


def test_kink_convention_follows_the_branch_for_any_slope():
    # the catalog's kink: leaky_relu'(0) = a (the branch x <= 0), also for a <= 0
    for a in (0, -0.5, 3):
        assert symact.evaluator(get("leaky_relu").with_params(alpha=a)).derivative(0.0) == a


def test_derivative_through_the_output_only_where_it_was_proved():
    # ELU's y + alpha (for y <= 0) needs alpha > 0: y > 0 happens for x < 0 when alpha < 0
    assert symact.evaluator("elu").derivative_from_output is not None
    assert symact.evaluator(get("elu").with_params(alpha=-1)).derivative_from_output is None


@pytest.mark.parametrize("values, mono, convex, lip, lower, upper", [
    ({"alpha": 0}, "nondecreasing", "convex", "1", "0", "oo"),
    ({"alpha": -0.5}, "none", "convex", "1", "0", "oo"),
    ({"alpha": 2}, "increasing", "concave", "2", "-oo", "oo"),
])
def test_leaky_relu_for_every_slope(values, mono, convex, lip, lower, upper):
    d = symact.properties("leaky_relu", **values).to_dict()
    assert (d["monotonic"], d["convexity"], d["lipschitz"]) == (mono, convex, lip)
    assert (d["range"]["lower"], d["range"]["upper"]) == (lower, upper)


def test_negative_alpha_elu_and_negative_beta_softplus():
    e = symact.properties("elu", alpha=-1).to_dict()
    assert e["monotonic"] == "none" and e["lipschitz"] == "1"
    r = e["range"]
    assert (r["lower"], r["lower_closed"], r["upper"]) == ("0", True, "oo")
    s = symact.properties("softplus", beta=-2).to_dict()
    assert s["monotonic"] == "increasing" and s["derivative_at_zero"] == "1/2"
    assert s["limits"] == {"-oo": "-oo", "+oo": "0"}
