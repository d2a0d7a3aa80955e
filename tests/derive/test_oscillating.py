"""Activations whose f' oscillates for ever without being periodic (issue 17: the zoo's GCU,
ASU, sinc, SSU, DSU), against hand derivations and mpmath at 50 digits.

x·cos x: f(2πk) = 2πk -> +oo, f((2k+1)π) = -(2k+1)π -> -oo, so the range is the real line
(f is continuous); f'(x) = cos x - x sin x is -(π/2 + 2πk) at π/2 + 2πk: not Lipschitz.
sinc: the extrema away from 0 solve tan x = x; |sinc| <= 1/|x| keeps them inside |x| < 8.
dsu = π² sin x/(π² - x²): with u = π - x, sin x = u - u³/6 + ..., π² - x² = u(2π - u), so
f = (π/2)(1 + u/(2π) + O(u²)) and f'(π) = -1/4 (f is odd, f' even: f'(-π) = -1/4 too).
"""

import itertools
import json

import mpmath
import pytest
import sympy as sp

import symact
from symact.calculus import sign_on
from symact.calculus.isolate import isolate
from symact.calculus.oscillation import both_signs
from symact.trust import value

x = sp.Symbol("x", real=True)


def _json(expr: str) -> dict:
    return json.loads(json.dumps(symact.properties(expr, budget=20.0).to_dict()))


def _sinc(t):
    return mpmath.sin(t) / t


def _close(text: str, ref: mpmath.mpf, digits: int = 25) -> bool:
    """The field's decimal string (30 digits) against a 50-digit reference."""
    with mpmath.workdps(50):
        return abs(mpmath.mpf(text) - ref) < mpmath.mpf(10) ** -digits


@pytest.mark.parametrize("expr", ["gcu", "asu", "x*(2 + cos(x))"])
def test_growing_oscillations_have_the_whole_line_as_range_and_no_lipschitz_constant(expr):
    d = _json(expr)
    r = d["range"]
    assert (r["lower"], r["upper"], r["lower_closed"], r["upper_closed"], r["exact"]) == (
        "-oo", "oo", False, False, True)
    assert d["extrema"] == []
    assert (d["bounded_below"], d["bounded_above"], d["takes_both_signs"]) == (False, False, True)
    assert (d["monotonic"], d["derivative_monotonic"], d["convexity"]) == ("none", "none", "none")
    assert d["lipschitz"] == "oo"


def test_the_sequences_behind_the_range_hold_at_50_digits():
    # the how-line names x0 + 2πk; check f there at a large k by hand
    with mpmath.workdps(50):
        for k in (10, 1000):
            t = 2 * mpmath.pi * k
            assert abs(t * mpmath.cos(t) - t) < mpmath.mpf(10) ** -40
            t = (2 * k + 1) * mpmath.pi
            assert abs(t * mpmath.cos(t) + t) < mpmath.mpf(10) ** -40


def test_sinc_range_extrema_and_lipschitz_against_tan_x_equals_x():
    d = _json("sinc")
    with mpmath.workdps(50):
        r1 = mpmath.findroot(lambda t: mpmath.tan(t) - t, 4.49)  # first extremum off 0
        low = _sinc(r1)
        # the largest slope: sinc'' = 0 near 2.08
        d1 = lambda t: (t * mpmath.cos(t) - mpmath.sin(t)) / t**2  # noqa: E731
        s = mpmath.findroot(lambda t: mpmath.diff(d1, t), 2.08)
        lip = abs(d1(s))
    r = d["range"]
    assert r["upper"] == "1" and r["upper_closed"] and r["lower_closed"]
    assert _close(r["lower"], low)
    mins = sorted(float(e["x"]) for e in d["extrema"] if e["kind"] == "min")
    assert mins == pytest.approx([-float(r1), float(r1)], rel=1e-14)
    assert [e["x"] for e in d["extrema"] if e["kind"] == "max"] == ["0"]
    assert _close(d["lipschitz"], lip)
    assert d["continuity"] == "inf"  # a removable singularity: sin(x)/x is analytic at 0
    assert (d["monotonic"], d["convexity"], d["takes_both_signs"]) == ("none", "none", True)
    # not injective: the witness pair, not an error
    assert d["derivative_from_output"] is None and d["derivative_from_output_valid"] is False


def test_shifted_sinc_is_pi_times_sinc_of_x_minus_pi():
    d = _json("ssu")
    with mpmath.workdps(50):
        r1 = mpmath.findroot(lambda t: mpmath.tan(t) - t, 4.49)
        low = mpmath.pi * _sinc(r1)
    r = d["range"]
    assert r["upper"] == "pi" and _close(r["lower"], low)
    mins = sorted(float(e["x"]) for e in d["extrema"] if e["kind"] == "min")
    assert mins == pytest.approx([float(mpmath.pi - r1), float(mpmath.pi + r1)], rel=1e-14)
    assert d["continuity"] == "inf"


def test_decaying_sine_unit_slope_at_its_removable_points_is_minus_a_quarter():
    act = symact.core.resolve("dsu")
    d = _json("dsu")
    assert d["continuity"] == "inf"
    # the derivative's pieces at x = ±pi: -1/4 (hand derivation above), not the constant's 0
    deriv = sp.sympify(d["derivative"], locals={"x": x})
    for b in (sp.pi, -sp.pi):
        assert deriv.subs(x, b) == sp.Rational(-1, 4)
    with mpmath.workdps(60):
        f = lambda t: mpmath.pi**2 * mpmath.sin(t) / (mpmath.pi**2 - t**2)  # noqa: E731
        h = mpmath.mpf(10) ** -20
        assert abs((f(mpmath.pi + h) - f(mpmath.pi - h)) / (2 * h) + mpmath.mpf(1) / 4) < 1e-15
        top = mpmath.findroot(lambda t: mpmath.diff(f, t), 2.63)
        peak, trough = f(top), -f(top)
    r = d["range"]
    assert _close(r["upper"], peak)
    assert _close(r["lower"], trough)  # odd
    assert _close(d["lipschitz"], mpmath.mpf(1))  # f'(0) = pi²/pi²
    assert act.name == "dsu"


def test_a_jump_at_the_point_is_not_a_removable_singularity():
    d = _json("Piecewise((2, Eq(x, 0)), (sin(x)/x, True))")
    assert d["continuity"] == -1
    assert d["range"]["upper"] == "2"


def test_an_oscillation_bounded_on_one_side_is_never_given_the_whole_line():
    # (1 + cos x) x² >= 0 with inf 0, sup oo: no sequence tends to -oo
    d = _json("(1 + cos(x))*x**2")
    assert "unknown" in d["range"]
    assert "unknown" in d["bounded_below"]


def test_both_signs_are_proved_at_exact_points():
    h = sp.cos(x) - x * sp.sin(x)
    a, b = both_signs(h, x, sp.Interval(-sp.oo, sp.oo))
    assert value(h.subs(x, a)) < 0 < value(h.subs(x, b))
    s, exact, how = sign_on(h, x, sp.Interval(-sp.oo, sp.oo))
    assert (s, exact) == ("mixed", True) and "ball arithmetic" in how
    # on a piece only its own points count
    a, b = both_signs(sp.cos(x) / x, x, sp.Interval.open(0, sp.oo))
    assert a > 0 and b > 0


def test_isolation_settles_a_zero_of_high_order_at_an_end_by_rolle():
    # the numerator of dsu'' read from x = pi: zero of order 3 at the end 0
    g = (x**4 * sp.sin(x) + 4 * sp.pi * x**3 * sp.sin(x) + 4 * x**3 * sp.cos(x)
         - 6 * x**2 * sp.sin(x) + 4 * sp.pi**2 * x**2 * sp.sin(x) + 12 * sp.pi * x**2 * sp.cos(x)
         - 12 * sp.pi * x * sp.sin(x) + 8 * sp.pi**2 * x * sp.cos(x) - 8 * sp.pi**2 * sp.sin(x))
    iso = isolate(g, x, sp.Interval.open(0, 8))
    assert iso is not None and iso.complete
    gm = sp.lambdify(x, g, "mpmath")
    with mpmath.workdps(30):
        for lo, hi in iso.boxes:
            assert gm(mpmath.mpf(lo.numerator) / lo.denominator) * gm(
                mpmath.mpf(hi.numerator) / hi.denominator) < 0
        # every sign change of g on a fine grid lies in one of the boxes
        grid = [mpmath.mpf(k) / 64 for k in range(1, 8 * 64)]
        changes = [t for t, u in itertools.pairwise(grid) if gm(t) * gm(u) < 0]
    assert len(changes) == len(iso.boxes)


def test_cube_slope_through_its_output_uses_the_real_cube_root():
    d = _json("cube")
    h = sp.sympify(d["derivative_from_output"], locals={"y": sp.Symbol("y", real=True)})
    (y,) = h.free_symbols
    for t in (-2, -sp.Rational(1, 3), 0, 3):
        assert sp.simplify(h.subs(y, t**3) - 3 * t**2) == 0
    assert d["derivative_from_output_valid"] is True


def test_eis_lipschitz_constant_despite_noisy_float_tails():
    d = _json("eis_family")
    with mpmath.workdps(50):
        f = lambda t: t * mpmath.log(1 + mpmath.exp(t)) / (mpmath.exp(-t) + abs(t))  # noqa: E731
        s = mpmath.findroot(lambda t: mpmath.diff(f, t, 2), 0.93)
        want = mpmath.diff(f, s)
    assert _close(d["lipschitz"], want, 20)
    assert d["convexity"] == "none"


def test_a_hidden_zero_slope_never_makes_a_sequence_unbounded():
    # sinh(1) - (e - 1/e)/2 = 0: the function is sin x, range [-1, 1] (review of this code:
    # a limit routine gave the sequence a sign; now the leading coefficient's sign is proved)
    d = _json("sin(x) + x*(sinh(1) - (E - exp(-1))/2)")
    r = d["range"]
    assert "unknown" in r or (r["lower"], r["upper"]) == ("-1", "1")


def test_the_slope_at_a_point_piece_that_depends_on_x():
    # f = sin(x)/x + x off 0 and 1 + x at 0: continuous, f'(0) = lim (sinc' + 1) = 1
    d = _json("Piecewise((sin(x)/x + x, Ne(x, 0)), (1 + x, True))")
    assert d["derivative_at_zero"] == "1" and d["continuity"] == "inf"
