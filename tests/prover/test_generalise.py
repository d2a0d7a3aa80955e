"""Claims about nonlinear arguments of kinks (x*y, x**2 - y), rounding and sign cases.

Every proved verdict here also ships a certificate that the trusted checker accepts, and a
tampered one (region moved, a step changed) that it rejects. Truth values are hand-derived:
relu(u) = u·H(u) for every real u, ceiling(u) = −floor(−u), and so on.
"""

from __future__ import annotations

import copy

import pytest
import sympy as sp

from symact import prove, verify_certificate
from symact.prover.generalise import generalise, restore
from symact.trust.samples import sample

TRUE = [
    ("relu(x*y)", "(x*y)*Heaviside(x*y, 1)"),
    ("relu(x*y)", "(x*y)*Heaviside(x*y, 1/2)"),
    ("Heaviside(x*y, 1/2)", "(1 + sign(x*y))/2"),
    ("relu(x**2 - y) - relu(-(x**2 - y))", "x**2 - y"),
    ("Max(x*y, y)", "((x*y) + y + Abs(x*y - y))/2"),
    ("ceiling(x)", "-floor(-x)"),
    ("ceiling(sin(x))", "-floor(-(sin(x)))"),
    ("-3*(relu(x + 2*y - (x + y)) + (x + y))", "-3*(Max(x + 2*y, x + y))"),
    # a nonlinear argument eliminated through its monomial: x*y = a - 1 everywhere
    ("Max(x*y + 1, y)", "((x*y + 1) + y + Abs(x*y + 1 - y))/2"),
    ("Min(x*y + 1, y)", "((x*y + 1) + y - Abs(x*y + 1 - y))/2"),
    ("leaky_relu(x*y + 1)", "Max(x*y + 1, (x*y + 1)/100)"),
    ("Min(x**2 - y, y**2)", "((x**2 - y) + (y**2) - Abs(x**2 - y - (y**2)))/2"),
    ("-3*(hardsigmoid(x*y))", "-3*(relu6(x*y + 3)/6)"),
    ("hardswish(exp(x))", "(exp(x))*relu6(exp(x) + 3)/6"),  # regions exp(x) = 3: x = log 3
]


@pytest.mark.parametrize(("lhs", "rhs"), TRUE)
def test_proved_with_a_valid_certificate(lhs, rhs):
    v = prove(lhs, rhs, budget=20)
    assert v.status == "proved", v.tried
    check = verify_certificate(v.certificate())
    assert check.valid, check.reason


@pytest.mark.parametrize(("lhs", "rhs"), [
    ("relu(x*y)", "(x*y)*Heaviside(x*y + 10**-30, 1)"),  # differs where -1e-30 <= x*y < 0
    ("Max(x*y + 1, y)", "((x*y + 1) + y + Abs(x*y - 1 - y))/2"),  # |a - y - 2|: wrong
    ("leaky_relu(x*y + 1)", "Max(x*y + 1, (x*y + 1)/99)"),  # slope 1/99 left of the kink
    ("Max(x*y, y)", "((x*y) + y + Abs(x*y + y))/2"),
    ("relu(x**2 - y)", "x**2 - y"),
    ("ceiling(x)", "-floor(-x) + 10**-30"),
])
def test_near_misses_are_not_proved(lhs, rhs):
    v = prove(lhs, rhs, budget=20)
    assert v.status != "proved"
    if v.status == "disproved":
        assert verify_certificate(v.certificate()).valid


def test_log_factors_are_not_split_into_cyclotomic_ones():
    # the log rule factored 1 + e^(5x + 5/2) into five factors whose logs never met again;
    # the checker shows the last link since e^(5/2) is a power of the atom e^(1/2)
    v = prove("softplus(5*x + 5/2) - softplus(-(5*x + 5/2))", "5*x + 5/2", budget=20)
    assert v.status == "proved", v.tried
    check = verify_certificate(v.certificate())
    assert check.valid, check.reason


def test_a_false_generalisation_disproves_nothing():
    # |u| = |x|·|y| is false for a free u, but true at u = x*y: the claim as stated decides
    v = prove("Abs(x*y)", "Abs(x)*Abs(y)", budget=30)
    assert v.status == "proved", v.tried
    assert verify_certificate(v.certificate()).valid


def test_generalise_and_restore():
    x, y = sp.symbols("x y", real=True)
    g = generalise(sp.Max(x**2 + y**2 - 1, 0), x**2 + y**2 - 1)
    assert g is not None and g.lhs == sp.Max(0, sp.Symbol("zzgena", real=True))
    assert restore(g.lhs, g) == sp.Max(x**2 + y**2 - 1, 0)
    assert generalise(sp.Abs(x - y), x - y).names == {"zzgena": x - y}
    assert generalise(sp.Abs(x), x) is None  # nothing to generalise
    assert generalise(sp.Abs(sp.sqrt(x) - 1), x) is None  # not real for x < 0


def test_tampered_generalised_certificate_is_rejected():
    cert = prove("relu(x*y)", "(x*y)*Heaviside(x*y, 1)", budget=20).certificate()
    assert verify_certificate(cert).valid
    moved = copy.deepcopy(cert)
    for case in moved["cases"]:
        case["region"] = case["region"].replace("x*y", "x*y - 1")
    assert not verify_certificate(moved).valid
    changed = copy.deepcopy(cert)
    changed["cases"][-1]["steps"][-2]["expr"] += " + x*y/7"
    assert not verify_certificate(changed).valid


def test_samples_on_nonlinear_equations():
    x, y = sp.symbols("x y", real=True)
    for eq in (sp.Eq(x * y, 0), sp.Eq(x**2 - y, 0)):
        points, lower = sample(eq, {x, y})
        assert lower and len(points) >= 20
        assert all((eq.lhs - eq.rhs).xreplace(p) == 0 for p in points)


def test_a_monomial_is_eliminated_where_substitution_misses_it():
    x, y = sp.symbols("x y", real=True)
    g = generalise(sp.Max(x * y + 1, (x * y + 1) / 100), sp.Max(x * y + 1, y))
    (name,) = g.names
    a = sp.Symbol(name, real=True)
    assert g.lhs == sp.Max(a, a / 100) and g.rhs == sp.Max(a, y)
    assert restore(g.lhs, g) == sp.Max(x * y + 1, (x * y + 1) / 100)
