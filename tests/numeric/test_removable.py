"""Removable singularities in floating point (the zoo's sinc, SSU = pi·sinc(x - pi), DSU =
pi²·sin x/(pi² - x²)): the evaluator and the exports near the point, against mpmath at 50
digits. Before, DSU's f'(pi + 1e-8) came out 3.44 (it is -1/4) and SSU(nextafter(pi)) 2.28
(it is pi): N/D divided two small numbers and x - pi lost pi's digits beyond float64.
"""

import math

import mpmath
import numpy as np
import pytest
import sympy as sp
from loading import load

from symact.numeric import export_source
from symact.numeric.evaluators import evaluator
from symact.numeric.removable import RADIUS, taylor_at_removable, two_parts

x = sp.Symbol("x", real=True)
PI = math.pi
# next to the point, at the Taylor branch's edge on both sides, and far away
NEAR = [np.nextafter(PI, 4), np.nextafter(PI, 3), PI + 1e-12, PI - 1e-8, PI + 1e-4,
        PI + 0.1249, PI + 0.1251, PI - 0.1251, 2.0, 10.0, -7.5]
REFS = {
    "ssu": lambda t: -mpmath.pi * mpmath.sin(t) / (t - mpmath.pi),
    "dsu": lambda t: mpmath.pi**2 * mpmath.sin(t) / (mpmath.pi**2 - t**2),
    "sinc": lambda t: mpmath.sin(t) / t,
}
POINTS = {"ssu": NEAR, "dsu": [*NEAR, -PI + 1e-9], "sinc": [1e-300, -1e-9, 0.1249, 0.13, 3.0]}


def _reference(name: str, t: float) -> tuple[float, float]:
    with mpmath.workdps(50):
        f = REFS[name]
        return float(f(mpmath.mpf(t))), float(mpmath.diff(f, mpmath.mpf(t)))


def _close(got: float, want: float, ulps: int) -> bool:
    return abs(got - want) <= ulps * np.spacing(max(abs(want), 1e-300))


@pytest.mark.parametrize("name", sorted(REFS))
def test_the_evaluator_keeps_its_digits_next_to_the_removable_point(name):
    e = evaluator(name)
    xs = np.array(POINTS[name])
    v, d = e.value(xs), e.derivative(xs)
    for t, got_v, got_d in zip(xs, v, d, strict=True):
        want_v, want_d = _reference(name, float(t))
        assert _close(got_v, want_v, 4), (name, t, got_v, want_v)
        # f' beyond the Taylor branch still divides small numbers: 1/8 costs ~2^7 ulp
        assert _close(got_d, want_d, 256) or abs(got_d - want_d) < 1e-15, (name, t, got_d,
                                                                            want_d)


def test_at_the_point_itself_value_and_slope_are_the_limits():
    e = evaluator("sinc")
    assert e.value(np.array([0.0]))[0] == 1.0 and e.derivative(np.array([0.0]))[0] == 0.0
    d = evaluator("dsu").derivative(np.array([PI, -PI]))
    assert np.allclose(d, [-0.25, -0.25], rtol=1e-15, atol=0)


def test_a_point_that_is_not_removable_keeps_its_branch():
    jump = sp.Piecewise((2, sp.Eq(x, 0)), (sp.sin(x) / x, True))
    assert taylor_at_removable(jump, x) == jump
    # a pole at 1/5: 24 terms on |x| < 1/8 would be ~1e-5 off, so no polynomial
    near_pole = sp.Piecewise((5, sp.Eq(x, 0)), (sp.sin(x) / x + 4 / (1 - 5 * x), True))
    assert taylor_at_removable(near_pole, x) == near_pole
    # another point inside the disc keeps both branches
    two = sp.Piecewise((1, sp.Eq(x, 0)), (2, sp.Eq(x, sp.Rational(1, 10))), (sp.sin(x) / x, True))
    assert taylor_at_removable(two, x) == two
    assert taylor_at_removable(sp.sin(x) / x, x) == sp.sin(x) / x
    poly = taylor_at_removable(sp.Piecewise((1, sp.Eq(x, 0)), (sp.sin(x) / x, True)), x)
    assert poly.args[0][1] == (sp.Abs(x) < RADIUS)


def test_an_irrational_constant_is_added_in_two_parts():
    rest, hi, lo = two_parts(x - sp.pi)
    assert rest == x and hi == -PI
    with mpmath.workdps(50):
        assert abs(mpmath.mpf(hi) + mpmath.mpf(lo) + mpmath.pi) < mpmath.mpf(2) ** -100
    assert two_parts(x + 1) is None and two_parts(x + sp.pi + sp.E) is None


def test_the_numpy_and_torch_exports_agree_next_to_pi(tmp_path):
    mod = load(export_source(["ssu", "dsu"], "numpy"), tmp_path, "rem_np")
    xs = np.array(NEAR)
    for name in ("ssu", "dsu"):
        v = getattr(mod, name)(xs)
        for t, got in zip(xs, v, strict=True):
            assert _close(got, _reference(name, float(t))[0], 4), (name, t)
    torch = pytest.importorskip("torch", reason="PyTorch is the export checked here")
    tmod = load(export_source(["ssu", "dsu"], "torch"), tmp_path, "rem_torch")
    for name in ("ssu", "dsu"):
        t = torch.tensor(NEAR, dtype=torch.float64, requires_grad=True)
        y = getattr(tmod, name)(t)
        y.sum().backward()
        for xv, got_v, got_d in zip(NEAR, y.detach().numpy(), t.grad.numpy(), strict=True):
            want_v, want_d = _reference(name, xv)
            assert _close(got_v, want_v, 4), (name, xv, got_v, want_v)
            assert _close(got_d, want_d, 256) or abs(got_d - want_d) < 1e-15, (name, xv)
