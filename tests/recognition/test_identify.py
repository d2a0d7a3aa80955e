"""identify: disguised entries found (each match checked here with mpmath at 50 digits),
near-misses never matched, the nearest entries with certified sup-distances."""

from __future__ import annotations

import json

import mpmath
import pytest
import sympy as sp

from symact.cli import main
from symact.core import get
from symact.recognition import identify
from symact.recognition.distance import sup_distance

x = sp.Symbol("x", real=True)


E, L, T = mpmath.exp, mpmath.log, mpmath.tanh
F = mpmath.mpf
# The entries as the test writes them (hand definitions, mpmath), to check every claimed match.
ENTRIES = {
    "tanh": lambda u: T(u),
    "sigmoid": lambda u: 1 / (1 + E(-u)),
    "swish": lambda u, beta=1: u / (1 + E(-beta * u)),
    "relu": lambda u: max(u, 0),
    "softplus": lambda u, beta=1: L(1 + E(beta * u)) / beta,
    "logsigmoid": lambda u: -L(1 + E(-u)),
    "gelu_tanh": lambda u: u / 2 * (1 + T(mpmath.sqrt(2 / mpmath.pi) * (
        u + mpmath.mpf(44715) / 10**6 * u**3))),
    # the literature's entries (symact/core/zoo_*.py), as their papers write them
    "penalized_tanh": lambda u, a=0.25: T(u) if u > 0 else a * T(u),
    "bipolar_sigmoid": lambda u: (1 - E(-u)) / (1 + E(-u)),
    "rescaled_sigmoid": lambda u: 4 / (1 + E(-u)) - 2,
    "quick_gelu": lambda u: u / (1 + E(-F(1702) / 1000 * u)),
    "aria2": lambda u, a=1.5, b=2: u * (1 + E(-b * u)) ** (-a),
    "e_swish_beta": lambda u, beta=1.5: beta * u / (1 + E(-beta * u)),
    "lipswish": lambda u, b=None: u / (1 + E(-(L(1 + E(F(1) / 2)) if b is None else b) * u))
    / F(11) * 10,
    "acon_c": lambda u, p1=1, p2=0, beta=1: (p1 - p2) * u / (1 + E(-beta * (p1 - p2) * u))
    + p2 * u,
    "frelu": lambda u, b=0: u + b if u > 0 else b,
    "threshold": lambda u, threshold=0, value=0: u if u > threshold else value,
    "prelu": lambda u, a=0.25: u if u > 0 else a * u,
    "squareplus": lambda u, b=4: (u + mpmath.sqrt(u**2 + b)) / 2,
    "erfrelu": lambda u, alpha=1: u if u >= 0 else alpha * mpmath.erf(u),
    "shifted_softplus": lambda u: L(E(u) / 2 + F(1) / 2),
}
NAMES = {"beta", "a", "b", "p1", "p2", "threshold", "value", "alpha"}


@pytest.mark.parametrize("expr, name, abcd, params, reference", [
    ("2*sigmoid(2*x) - 1", "tanh", ("1", "1", "0", "0"), {}, lambda u: 2 / (1 + E(-2 * u)) - 1),
    ("x*sigmoid(1.702*x)", "swish", ("1", "1", "0", "0"), {"beta": "851/500"},
     lambda u: u / (1 + E(-F(1702) / 1000 * u))),
    ("x*sigmoid(1.702*x)", "quick_gelu", ("1", "1", "0", "0"), {},
     lambda u: u / (1 + E(-F(1702) / 1000 * u))),
    ("(x + Abs(x))/2", "relu", ("1", "1", "0", "0"), {}, lambda u: (u + abs(u)) / 2),
    ("log(1 + exp(x)) - log(2)", "softplus", ("1", "1", "0", "-log(2)"), {},
     lambda u: L(1 + E(u)) - L(2)),
    # log(2 + e^x) = log 2 + log(1 + e^(x - log 2)): a shift inside and outside
    ("log(2 + exp(x))", "softplus", ("1", "1", "-log(2)", "log(2)"), {},
     lambda u: L(2 + E(u))),
    ("3*tanh(2*t + 1) - 5", "tanh", ("3", "2", "1", "-5"), {}, lambda u: 3 * T(2 * u + 1) - 5),
    ("x/2*(1 + tanh(sqrt(2/pi)*(x + 0.044715*x**3)))", "gelu_tanh", ("1", "1", "0", "0"), {},
     lambda u: u / 2 * (1 + T(mpmath.sqrt(2 / mpmath.pi) * (u + F(44715) / 10**6 * u**3)))),
])
def test_disguised_entries_are_found_and_each_match_is_true(expr, name, abcd, params,
                                                            reference):
    found = identify(expr, budget=60)
    (best,) = [m for m in found.matches if m.name == name]
    assert tuple(map(str, (best.a, best.b, best.c, best.d))) == abcd
    assert {k: str(v) for k, v in best.params if k in params} == params
    assert best.status == "proved" and best.verdict.status == "proved"
    # the simplest first: no affine change and default parameters before the rest
    first = {"swish": "quick_gelu", "log(1 + exp(x)) - log(2)": "shifted_softplus"}
    assert found.matches[0].name == first.get(expr, first.get(name, name))
    mpmath.mp.dps = 50
    for m in found.matches:  # every claimed match, each against the test's own definitions
        g = ENTRIES[m.name]
        a, b, c, d = (mpmath.mpf(sp.N(v, 60)) for v in (m.a, m.b, m.c, m.d))
        kw = {k: mpmath.mpf(sp.N(v, 60)) for k, v in m.params if k in NAMES}
        for t in ("-3.7", "-0.4", "0.013", "0.9", "2.6"):
            u = mpmath.mpf(t)
            assert abs(reference(u) - (a * g(b * u + c, **kw) + d)) < F(10) ** -40, (m, t)


def test_the_tanh_approximation_of_gelu_is_never_gelu():
    found = identify("x/2*(1 + tanh(sqrt(2/pi)*(x + 0.044715*x**3)))", budget=60)
    assert "gelu" not in {m.name for m in found.matches}
    assert "gelu_tanh" in {m.name for m in found.matches}


@pytest.mark.parametrize("expr", ["tanh(x) + x**3/1000", "sigmoid(x) + sin(x)/1000",
                                  "x*sigmoid(1.702*x) + x/10**6",
                                  "log(1 + exp(x)) + exp(-x**2)/1000"])
def test_near_misses_are_not_matched(expr):
    found = identify(expr, budget=60)
    assert found.matches == ()


def test_nothing_matches_gives_the_nearest_with_certified_distances():
    found = identify("tanh(x) + x**3/1000", budget=60)
    assert found.matches == () and found.near
    # each distance certified: its ball holds the sup that mpmath finds on a dense grid
    mpmath.mp.dps = 30
    f = lambda u: T(u) + u**3 / 1000  # noqa: E731
    for n in found.near:
        g = sp.lambdify(x, get(n.name).bind(), "mpmath")
        sup = max(abs(f(t) - g(t)) for t in (mpmath.mpf(k) / 50 for k in range(-500, 501)))
        assert n.lower <= float(sup) * (1 + 1e-9) and n.interval == (-10, 10), n
    # tanh itself is farther than these, at sup |x³/1000| = 1 exactly (at the ends)
    d = sup_distance(x**3 / 1000, x)
    assert d.text == "1.00" and d.lower <= 1 <= d.upper


@pytest.mark.parametrize("h, exact", [
    (sp.tanh(x) - x / (1 + sp.Abs(x)), None),               # max found by mpmath below
    (sp.Max(x, 0) - sp.log(1 + sp.exp(x)), sp.log(2)),      # at x = 0
    (x * sp.erf(x / sp.sqrt(2)) / 2 + x / 2 - x / (1 + sp.exp(-x)), None),
])
def test_sup_distance_agrees_with_an_independent_maximisation(h, exact):
    d = sup_distance(h, x)
    f = sp.lambdify(x, h, "mpmath")
    mpmath.mp.dps = 30
    if exact is None:  # a dense scan, then the maximum polished by mpmath
        grid = [mpmath.mpf(k) / 200 for k in range(-2000, 2001)]
        t0 = max(grid, key=lambda t: abs(f(t)))
        t = mpmath.findroot(lambda u: mpmath.diff(f, u), t0) if abs(t0) < 10 else t0
        exact = max(abs(f(t)), abs(f(t0)))
    assert d.lower <= float(exact) * (1 + 1e-12) and float(exact) <= d.upper * (1 + 1e-12)
    assert d.text == str(sp.Float(float(exact), 3))


def test_cli_json_has_exactly_the_keys(capsys):
    assert main(["identify", "2*sigmoid(2*x) - 1", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"expression", "matches", "near"}
    assert set(out["matches"][0]) == {"name", "params", "a", "b", "c", "d", "status"}
    assert main(["identify", "tanh(x) + x**3/1000", "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert set(out["near"][0]) == {"name", "params", "sup_distance", "interval"}
    assert out["near"][0]["interval"] == [-10, 10]


def test_cli_text_and_bad_input(capsys):
    assert main(["identify", "2*sigmoid(2*x) - 1"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "2*sigmoid(2*x) - 1 is tanh(x) (proved)"
    assert main(["identify", "x*y"]) == 2
    assert "one variable" in capsys.readouterr().err
    assert main(["identify", "__import__('os')"]) == 2


@pytest.mark.parametrize("expr, name, abcd", [
    ("3*x*cos(2*x)", "gcu", ("3/2", "2", "0", "0")),
    ("x*tanh(exp(x))", "tanhexp", ("1", "1", "0", "0")),
    # a scale through a square: 3·relu²(3x − 1/2) = 27·relu²(x − 1/6)
    ("3*Piecewise((0, x <= 1/6), ((3*x - 1/2)**2, True))", "relu_squared",
     ("27", "1", "-1/6", "0")),
    # LipSwish's default b = log(1 + e^(1/2)) is irrational: the entry's own defaults snap
    ("-10*x/(11*(exp(x*log(1 + exp(1/2))) + 1))", "lipswish", ("1", "-1", "0", "0")),
])
def test_literature_entries_are_found(expr, name, abcd):
    found = identify(expr, budget=60)
    match = next(m for m in found.matches if m.name == name)
    assert tuple(map(str, (match.a, match.b, match.c, match.d))) == abcd
    assert match.verdict.status == "proved"
    # checked here: the claimed model against the expression at 50 digits
    f = sp.lambdify(x, sp.sympify(expr, locals={"x": x}), "mpmath")
    g = sp.lambdify(x, get(name).with_params(**dict(match.params)).bind(), "mpmath")
    a, b, c, d = (mpmath.mpf(sp.N(v, 60)) for v in (match.a, match.b, match.c, match.d))
    mpmath.mp.dps = 50
    for t in ("-2.3", "0.4", "1.7"):
        u = mpmath.mpf(t)
        assert abs(f(u) - (a * g(b * u + c) + d)) < F(10) ** -40
