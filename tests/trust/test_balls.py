"""symact.trust.balls: rigorous arb enclosures, checked against mpmath at 60 digits."""

import mpmath
import pytest
import sympy as sp
from flint import arb

from symact.core.selfnorm import SELU_ALPHA, SELU_LAMBDA
from symact.trust.balls import (
    CannotEvaluate,
    Undefined,
    accurate,
    attempts,
    differ,
    enclose,
    holds,
    sign_of,
    value,
)

x = sp.Symbol("x", real=True)
R = sp.Rational
mp = mpmath.mp.clone()
mp.dps = 60
THIRD = mp.mpf(1) / 3
# SELU's constants from the closed forms of Klambauer et al. (2017), appendix
_C = mp.erfc(1 / mp.sqrt(2))
SELU_A = -mp.sqrt(2 / mp.pi) / (_C * mp.exp(mp.mpf(1) / 2) - 1)
SELU_L = (1 - _C * mp.sqrt(mp.e)) * mp.sqrt(2 * mp.pi) / mp.sqrt(
    2 * mp.erfc(mp.sqrt(2)) * mp.e**2 + mp.pi * _C**2 * mp.e - 2 * (2 + mp.pi) * _C * mp.sqrt(mp.e)
    + mp.pi + 2)


def close(ball: arb, reference, digits: int = 35) -> bool:
    """The ball contains the mpmath reference (up to the reference's own 10^-55) and is
    tight: its radius is below 10^-digits, relative."""
    mid = mp.mpf(ball.mid().str(60, radius=False))
    rad = mp.mpf(ball.rad().str(5, radius=False))
    scale = max(1, abs(reference))
    return abs(mid - reference) <= rad + 10 * mp.mpf(10) ** -55 * scale and (
        rad < mp.mpf(10) ** -digits * scale)


# (expression, reference at 60 digits computed by mpmath independently)
REFERENCES = [
    (sp.exp(R(1, 3)), mp.exp(THIRD)),
    (sp.log(R(7, 2)), mp.log(mp.mpf(7) / 2)),
    (sp.sin(R(1, 3)) * sp.cos(R(2, 3)), mp.sin(THIRD) * mp.cos(2 * THIRD)),
    (sp.tan(R(3, 2)), mp.tan(mp.mpf(3) / 2)),
    (sp.tanh(R(-5, 2)), mp.tanh(mp.mpf(-5) / 2)),
    (sp.sinh(R(1, 3)) + sp.cosh(R(1, 3)), mp.exp(THIRD)),
    (sp.sech(2) + sp.csch(2) + sp.coth(2), mp.sech(2) + mp.csch(2) + mp.coth(2)),
    (sp.asinh(3) + sp.acosh(3) + sp.atanh(R(1, 3)), mp.asinh(3) + mp.acosh(3) + mp.atanh(THIRD)),
    (sp.atan(5) + sp.asin(R(1, 3)) + sp.acos(R(-1, 3)),
     mp.atan(5) + mp.asin(THIRD) + mp.acos(-THIRD)),
    (sp.erf(R(1, 3)) + sp.erfc(3), mp.erf(THIRD) + mp.erfc(3)),
    (sp.gamma(R(7, 3)) + sp.loggamma(R(9, 2)), mp.gamma(7 * THIRD) + mp.loggamma(mp.mpf(9) / 2)),
    (sp.LambertW(2) + sp.LambertW(R(-1, 5), -1),
     mp.lambertw(2).real + mp.lambertw(mp.mpf(-1) / 5, -1).real),
    (sp.sqrt(2) * sp.cbrt(R(1, 3)) * R(5, 7) ** R(-2, 5),
     mp.sqrt(2) * mp.cbrt(THIRD) * (mp.mpf(5) / 7) ** (mp.mpf(-2) / 5)),
    (sp.pi + sp.E + sp.EulerGamma, mp.pi + mp.e + mp.euler),
    (R(3, 2) ** sp.pi, (mp.mpf(3) / 2) ** mp.pi),
    (sp.Abs(R(-1, 3)) + sp.Max(1, sp.sqrt(2)) + sp.Min(R(1, 2), sp.exp(-1)),
     THIRD + mp.sqrt(2) + mp.exp(-1)),
    (sp.floor(sp.pi * 10) + sp.ceiling(-sp.E), mp.mpf(31) - 2),
    (SELU_LAMBDA * SELU_ALPHA, SELU_L * SELU_A),
]


@pytest.mark.parametrize(("expr", "reference"), REFERENCES, ids=[str(e) for e, _ in REFERENCES])
def test_enclosures_agree_with_mpmath(expr, reference):
    assert close(enclose(expr, 256), reference)


def test_an_exact_value_is_an_exact_ball():
    b = enclose(R(1, 3) + R(2, 3), 128)
    assert b.is_exact() and b == 1


def test_balls_contain_the_value_not_its_float():
    b = value(sp.sqrt(2))
    assert not b.contains(2**0.5) and abs(b - 2**0.5) < 1e-15  # 2**0.5 is not √2


def test_lambertw_at_the_branch_point_is_minus_one():
    at = sp.LambertW(x).xreplace({x: -sp.exp(-1)})  # SymPy's exact arithmetic settles it
    assert enclose(at, 128).contains(-1)
    near = sp.LambertW(-sp.exp(-1) + R(1, 10**60))
    with mp.workdps(150):  # -1/e + 10^-60 cancels 60 digits
        ref = +mp.lambertw(-mp.exp(-1) + mp.mpf(10) ** -60).real
    assert close(value(near), ref, 40)


def test_heaviside_sign_piecewise_at_exact_points():
    assert enclose(sp.Heaviside(0), 128) == arb(0.5)  # 1/2 is exact in binary
    assert enclose(sp.Heaviside(0, 1), 128) == 1
    assert enclose(sp.Heaviside(sp.exp(-1) - R(1, 3)), 128) == 1
    assert enclose(sp.sign(R(1, 3) - sp.exp(-1)), 128) == -1
    pw = sp.Piecewise((x, x <= 0), (2 * x, True))
    assert close(enclose(pw.xreplace({x: R(1, 3)}), 128), mp.mpf(2) / 3, 30)
    assert enclose(pw.xreplace({x: 0}), 128) == 0


def test_log_of_a_ball_straddling_zero_cannot_be_evaluated_not_undefined():
    zero = sp.sin(1) ** 2 + sp.cos(1) ** 2 - 1  # exactly 0, which SymPy does not see
    with pytest.raises(CannotEvaluate) as info:
        enclose(sp.log(zero), 4096)
    assert not isinstance(info.value, Undefined)


@pytest.mark.parametrize("expr", [
    sp.log(R(-1, 3), evaluate=False),  # a ball entirely <= 0
    sp.log(0, evaluate=False),
    sp.sqrt(sp.sin(1) - 1),  # sqrt of a ball < 0
    R(1, 3) / (x - R(1, 3)),  # an exact division by 0 once x = 1/3
    sp.asin(2),
    sp.LambertW(R(-1, 2)),
])
def test_proved_outside_the_domain_is_undefined(expr):
    with pytest.raises(Undefined):
        enclose(expr.xreplace({x: R(1, 3)}), 128)


@pytest.mark.parametrize("expr", [
    1 / (sp.sin(1) ** 2 + sp.cos(1) ** 2 - 1),  # a ball containing 0, not an exact 0
    sp.Piecewise((1, sp.sin(1) ** 2 + sp.cos(1) ** 2 - 1 > 0), (0, True)),
    sp.exp(sp.exp(10**10)),  # overflow
    sp.zeta(3),  # unsupported
    sp.acosh(R(1, 2)),  # SymPy's value is complex: not a real ball
    x + 1,  # a free symbol
])
def test_what_a_ball_cannot_settle_is_cannot_evaluate(expr):
    with pytest.raises(CannotEvaluate) as info:
        enclose(expr, 512)
    assert not isinstance(info.value, Undefined)


def test_near_misses_are_separated_by_raising_the_precision():
    assert differ(value(R(1, 10**30)), value(sp.Integer(0)))
    lhs, rhs = sp.tanh(1) + sp.exp(-1000), sp.tanh(1)  # they differ by 5e-435
    assert not differ(value(lhs), value(rhs))  # 48 bits cannot tell them apart
    assert any(differ(a, b) for a, b in zip(attempts(lhs), attempts(rhs), strict=True))
    tiny = sp.tanh(1) + sp.exp(-10**4)  # 1e-4343: beyond 4096 bits
    assert not any(differ(a, b) for a, b in zip(attempts(tiny), attempts(rhs), strict=True))


def test_value_is_accurate():
    assert accurate(value(sp.exp(200)))
    assert accurate(value(sp.exp(-200)))  # absolute accuracy near 0


def test_holds_decides_exactly_at_exact_points():
    third = {x: R(1, 3)}
    assert holds(sp.Eq(x, R(1, 3)), third) and not holds(x < R(1, 3), third)
    assert holds(x <= R(1, 3), third) and holds(sp.Ne(x, 0), third)
    assert not holds(x < sp.exp(-1), {x: R(3, 8)})  # 0.375 > 0.3679
    assert holds(sp.And(x > 0, sp.Or(x < 0, x < 1)), third)
    assert holds(sp.Not(x > 1), third) and holds(sp.true) and not holds(sp.false)
    with pytest.raises(CannotEvaluate):
        holds(sp.Eq(sp.sin(x) ** 2 + sp.cos(x) ** 2, 1), third)  # exact, but not to a ball


def test_sign_of():
    assert [sign_of(R(-1, 3)), sign_of(0), sign_of(sp.pi - R(22, 7))] == [-1, 0, -1]


def test_holds_an_if_then_else():
    cond = sp.ITE(x < 0, x <= -1, x > 2)
    assert [holds(cond, {x: v}) for v in (-2, R(-1, 2), 1, 3)] == [True, False, False, True]


def test_an_exact_zero_ball_has_sign_zero():
    # put() leaves a decided Piecewise unevaluated; its ball is exactly 0
    pw = sp.Piecewise((0, sp.Le(R(-1, 5), 0, evaluate=False)), (1, True), evaluate=False)
    assert sign_of(pw) == 0
    assert value(sp.Heaviside(pw, 0)) == 0
