"""One symbolic parameter of any sign (issue 13, item 4): conditional answers per region.

Checked two ways: hand derivations (CELU with alpha < 0 is concave with f' -> oo at -oo;
softplus with beta < 0 is negative), and, for every region, the definition sampled with
mpmath at parameter values inside it: the sampled values lie in the claimed range, the sampled
|f'| stays below the claimed Lipschitz constant, and an "increasing" claim is never broken.
"""

import itertools

import mpmath
import pytest
import sympy as sp

from symact import properties
from symact.core import get
from symact.derive import Conditional, Unknown

T = [mpmath.mpf(t) / 4 for t in range(-40, 41)]


def _pick(field, param, a):
    v = field.value
    if not isinstance(v, Conditional):
        return v
    for cond, w in v.cases:
        if cond.subs(param, a) is sp.true:
            return w
    return v.otherwise


@pytest.mark.parametrize("name, param_name, samples", [
    ("leaky_relu", "alpha", (-2, -1, sp.Rational(-1, 2), 0, sp.Rational(1, 3), 1, 3)),
    ("elu", "alpha", (-2, sp.Rational(-1, 2), 0, sp.Rational(1, 2), 1, 2)),
    ("celu", "alpha", (-2, sp.Rational(-1, 2), sp.Rational(1, 2), 2)),
    ("softplus", "beta", (-3, sp.Rational(-1, 2), sp.Rational(1, 2), 2)),
])
def test_every_region_against_the_sampled_definition(name, param_name, samples):
    p = properties(name, symbolic=[param_name])
    a_sym = sp.Symbol(param_name, real=True)
    act = get(name)
    x = act.symbol
    for a in samples:
        expr = act.with_params(**{param_name: a}).bind()
        f = sp.lambdify(x, expr, "mpmath")
        df = sp.lambdify(x, sp.diff(expr, x), "mpmath")
        with mpmath.workdps(30):
            ys = [f(t) for t in T]
            r = _pick(p.range, a_sym, a)
            lo, hi = (sp.N(sp.sympify(e).subs(a_sym, a), 30) for e in (r.lower, r.upper))
            assert all(lo - 1e-20 <= y <= hi + 1e-20 for y in ys), (name, a)
            lip = sp.sympify(_pick(p.lipschitz, a_sym, a)).subs(a_sym, a)
            if lip != sp.oo:
                assert all(abs(df(t)) <= sp.N(lip, 30) + 1e-20 for t in T if t != 0), (name, a)
            if _pick(p.monotonic, a_sym, a) == "increasing":
                assert all(u < w for u, w in itertools.pairwise(ys)), (name, a)
            if _pick(p.monotonic, a_sym, a) == "none":
                assert any(u > w for u, w in itertools.pairwise(ys)), (name, a)


def test_celu_of_negative_alpha_by_hand():
    # x <= 0: f = alpha (e^(x/alpha) - 1) with x/alpha >= 0: f -> -oo, f'' = e^(x/alpha)/alpha < 0
    p = properties("celu", symbolic=["alpha"])
    a = sp.Symbol("alpha", real=True)
    assert _pick(p.convexity, a, -1) == "concave" and _pick(p.convexity, a, 1) == "convex"
    assert _pick(p.lipschitz, a, -1) == sp.oo and _pick(p.lipschitz, a, 2) == 1
    r = _pick(p.range, a, -1)
    assert (r.lower, r.upper) == (-sp.oo, sp.oo)
    # alpha = 0 is not a CELU at all: no case of any field speaks of it
    for v in (p.range.value, p.convexity.value):
        assert all(c.subs(a, 0) is not sp.true for c, _ in v.cases)


def test_softplus_of_negative_beta_by_hand():
    p = properties("softplus", symbolic=["beta"])
    b = sp.Symbol("beta", real=True)
    neg, pos = _pick(p.range, b, -2), _pick(p.range, b, 2)
    assert (neg.lower, neg.upper) == (-sp.oo, 0) and (pos.lower, pos.upper) == (0, sp.oo)
    assert p.monotonic.value == "increasing" and p.lipschitz.value == 1


def test_reasons_name_the_parameter_not_the_region_symbol():
    p = properties("swish", symbolic=["beta"])
    for name in ("range", "monotonic"):
        f = getattr(p, name)
        if isinstance(f, Unknown):
            assert "s_" not in f.reason and "beta" in f.reason


def test_output_determines_the_derivative_only_for_nonnegative_alpha():
    # ELU with alpha < 0: y0 = -alpha/2 comes from some x < 0 (f' = alpha + y0 = alpha/2)
    # and from x = y0 > 0 (f' = 1), so y does not determine f'; alpha = 0: y = 0 <=> x <= 0
    a = sp.Symbol("alpha", real=True)
    v = properties("elu", symbolic=["alpha"]).derivative_from_output_valid.value
    assert v.cases == ((a >= 0, True),) and v.otherwise is False
    p = properties("elu", alpha=-1)
    assert p.derivative_from_output.value is None
    assert "two pieces" in p.derivative_from_output.how
