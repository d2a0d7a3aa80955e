"""The stable forms equal the definitions (prover, per branch)."""

import math

import mpmath
import pytest
import sympy as sp

from symact.core.activation import X
from symact.core.catalog import BUILT_IN, expand, get, with_stable_forms
from symact.core.parsing import parse as _parse
from symact.core.pieces import split
from symact.core.stable_forms import FORMS, TANHSHRINK_SERIES
from symact.core.stable_functions import definitions
from symact.numeric import kernels as K
from symact.prover.pipeline import prove

NAMES = [a.name for a in with_stable_forms()]


def parse(text: str) -> sp.Expr:
    """Custom expressions as the evaluator sees them: catalog names (tanh) expanded."""
    return expand(_parse(text))
y = sp.Symbol("y", real=True)


def _assume(iv: sp.Interval) -> str:
    """The prover's assumption string for a branch interval."""
    lo, hi = iv.inf, iv.sup
    lo_op, hi_op = ("<" if iv.left_open else "<="), ("<" if iv.right_open else "<=")
    if lo != -sp.oo and hi != sp.oo:
        return f"{lo} {lo_op} x {hi_op} {hi}"
    if lo != -sp.oo:
        return f"x {'>' if iv.left_open else '>='} {lo}"
    if hi != sp.oo:
        return f"x {hi_op} {hi}"
    return "x real"


def _branches(name: str, which: str) -> list[tuple[str, sp.Expr, sp.Expr]]:
    act = get(name)
    # SELU keeps λ, α symbolic (positive): its exact constants make the proof needlessly slow
    subs = {} if name == "selu" else act.substitution()
    form = getattr(FORMS[name], which)
    target = act.expr if which == "value" else sp.diff(act.expr, X)
    pieces = split(definitions(form.subs(subs)), X)
    return [(_assume(p.interval), p.expr, target.subs(subs)) for p in pieces
            if not p.is_point]


def test_every_built_in_scalar_activation_has_a_form():
    assert set(FORMS) == {a.name for a in BUILT_IN if a.kind == "scalar"} == set(NAMES)


@pytest.mark.parametrize("which", ["value", "derivative"])
@pytest.mark.parametrize("name", NAMES)
def test_stable_form_is_proved_equal_to_definition(name, which):
    for assume, branch, definition in _branches(name, which):
        verdict = prove(branch, definition, assume=assume, budget=30.0)
        assert verdict.status == "proved", (name, which, assume, str(verdict))


@pytest.mark.parametrize("name", [n for n in NAMES if FORMS[n].derivative_from_output is not None])
def test_derivative_from_output_matches(name):
    """f'(x) = D(f(x)) at 60 digits on both sides of every kink and in the tails."""
    act = get(name)
    subs = act.substitution()
    f = sp.lambdify(X, _mp(act.expr.subs(subs)), "mpmath")
    df = sp.lambdify(X, _mp(sp.diff(act.expr, X).subs(subs)), "mpmath")
    dy = sp.lambdify(y, _mp(definitions(FORMS[name].derivative_from_output.subs(subs))),
                     "mpmath")
    with mpmath.workdps(60):
        for xv in (-7.5, -3.0, -2.5, -1.0, -0.5, -0.25, 0.0, 0.3, 0.5, 1.0, 2.0, 5.5, 6.0, 9.0):
            xm = mpmath.mpf(xv)
            assert abs(dy(f(xm)) - df(xm)) < mpmath.mpf(10) ** -40, (name, xv)


def _mp(e: sp.Expr) -> sp.Expr:
    return e.xreplace({a: sp.Float(a.evalf(80), 80) for a in e.atoms(sp.NumberSymbol)
                       if a not in (sp.pi, sp.E)})


def test_tanhshrink_series_is_x_cosh_minus_sinh():
    """The kernel's series: same Taylor coefficients, and 10 terms suffice for |x| < 1."""
    k = sp.Symbol("k", integer=True, positive=True)
    ts = sp.series(X * sp.cosh(X) - sp.sinh(X), X, 0, 40).removeO()
    term = TANHSHRINK_SERIES.function
    for kk in range(1, 19):
        assert ts.coeff(X, 2 * kk + 1) == (term / X ** (2 * k + 1)).subs(k, kk)
    assert K._TS_COEF[::-1] == tuple(2 * kk / math.factorial(2 * kk + 1) for kk in range(1, 11))
    tail = sum(2 * kk / math.factorial(2 * kk + 1) for kk in range(11, 30))
    assert tail / (1 / 3) < 1e-19  # relative to the first term, at |x| = 1
