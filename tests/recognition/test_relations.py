"""relations: the map among a small set of entries holds the relations derived by hand here,
every relation it claims is checked with the test's own mpmath definitions at 50 digits, its
certificates replay, near-misses are never related; the shape pre-screen is invariant under
affine changes; the CLI's four formats; the cache."""

from __future__ import annotations

import json
import random

import mpmath
import pytest
import sympy as sp

from symact.cli import main
from symact.core import CATALOG, X
from symact.recognition import relations
from symact.recognition.limits import parameter_limits
from symact.recognition.relation import from_record, to_record
from symact.recognition.shapes import signature
from symact.trust import verify_certificate

E, L, T, F = mpmath.exp, mpmath.log, mpmath.tanh, mpmath.mpf
ONE_PERCENT = F(1) / 100  # leaky_relu's default slope, exactly
# the entries as the test writes them (hand definitions), with their parameters' defaults
ENTRIES = {
    "sigmoid": lambda u: 1 / (1 + E(-u)),
    "tanh": lambda u: T(u),
    "relu": lambda u: max(u, 0),
    "leaky_relu": lambda u, alpha=ONE_PERCENT: u if u > 0 else alpha * u,
    "softplus": lambda u, beta=1: L(1 + E(beta * u)) / beta,
    "logsigmoid": lambda u: -L(1 + E(-u)),
    "swish": lambda u, beta=1: u / (1 + E(-beta * u)),
    "quick_gelu": lambda u: u / (1 + E(-F(1702) / 1000 * u)),
    "squareplus": lambda u, b=4: (u + mpmath.sqrt(u**2 + b)) / 2,
    "isru": lambda u, alpha=1: u / mpmath.sqrt(1 + alpha * u**2),
    "bipolar_sigmoid": lambda u: (1 - E(-u)) / (1 + E(-u)),
    "probit": lambda u: (1 + mpmath.erf(u / mpmath.sqrt(2))) / 2,
    "erf_activation": lambda u: mpmath.erf(u),
    "gaussian": lambda u: E(-u**2),
    "gelu": lambda u: u * (1 + mpmath.erf(u / mpmath.sqrt(2))) / 2,
    "gelu_tanh": lambda u: u / 2 * (1 + T(mpmath.sqrt(2 / mpmath.pi) * (
        u + F(44715) / 10**6 * u**3))),
    "softsign": lambda u: u / (1 + abs(u)),
    "arctan": lambda u: mpmath.atan(u),
    "shifted_softplus": lambda u: L(1 + E(u)) - L(2),
}
SMALL = list(ENTRIES)
# derived by hand: sigma(x) = (1 + tanh(x/2))/2 (the lecture), softplus' = sigma,
# logsigmoid' = sigma(-x) = 1 - sigma, squareplus' = (1 + x/sqrt(x^2 + 4))/2, ...
EXPECTED = {
    "sigmoid(x) = tanh(x/2)/2 + 1/2",
    "sigmoid(x) = bipolar_sigmoid(x)/2 + 1/2",
    "tanh(x) = bipolar_sigmoid(2*x)",
    "logsigmoid(x) = -softplus(-x)",
    "quick_gelu(x) = swish(x) with beta = 851/500",
    "probit(x) = erf_activation(sqrt(2)*x/2)/2 + 1/2",
    "shifted_softplus(x) = softplus(x) - log(2)",
    "relu(x) = squareplus(x) with b = 0",
    "d/dx softplus(x) = sigmoid(x)",
    "d/dx logsigmoid(x) = sigmoid(-x)",  # as the issue writes it
    "d/dx shifted_softplus(x) = sigmoid(x)",
    "d/dx squareplus(x) = isru(x/2)/2 + 1/2",
    "lim_{beta -> oo} softplus(x) = relu(x)",
    "lim_{beta -> oo} swish(x) = relu(x)",
    "lim_{alpha -> 0+} leaky_relu(x) = relu(x)",
    "lim_{b -> 0+} squareplus(x) = relu(x)",
}
# not related by any affine change, derivative or limit among these entries
NEVER = [{"tanh", "softsign"}, {"tanh", "arctan"}, {"tanh", "erf_activation"},
         {"softsign", "arctan"}, {"gelu", "gelu_tanh"}, {"sigmoid", "probit"},
         {"gelu", "swish"}, {"gelu_tanh", "swish"}]
POINTS = [F(-7), F(-2), F(-1) / 3, F(1) / 7, F(1), F(2.5), F(6)]


@pytest.fixture(autouse=True)
def fifty_digits():
    with mpmath.workdps(50):  # not mp.dps = 50 at import: other modules share the worker
        yield


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("SYMACT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    mp.delenv("SYMACT_NO_CACHE", raising=False)
    yield relations(SMALL, workers=2)
    mp.undo()


def _right(r, u):
    g = ENTRIES[r.target]
    params = {k: _mp(v) for k, v in r.params} if r.changed else {}
    return _mp(r.a) * g(_mp(r.b) * u + _mp(r.c), **params) + _mp(r.d)


def _mp(v: sp.Expr) -> mpmath.mpf:
    return mpmath.mpf(str(sp.N(v, 60)))


def _left(r, u):
    f = ENTRIES[r.source]
    if r.kind == "derivative":
        return mpmath.diff(f, u)
    if r.kind == "limit":
        far = F(10) ** (-30 if r.towards == 0 else 30)
        return f(u, **{r.parameter: far})
    return f(u)


def test_the_hand_derived_relations_are_found(found):
    statements = {r.statement() for r in found.relations}
    assert EXPECTED <= statements, EXPECTED - statements


def test_every_claimed_relation_holds_at_50_digits(found):
    assert len(found.relations) >= len(EXPECTED)
    for r in found.relations:
        for u in POINTS:
            left, right = _left(r, u), _right(r, u)
            tol = F(10) ** -20 if r.kind == "limit" else F(10) ** -40
            assert abs(left - right) <= tol * (1 + abs(right)), (r.statement(), u)


def test_every_certificate_replays_and_no_near_miss_is_related(found):
    for r in found.relations:
        check = verify_certificate(r.certificate)
        assert check.valid, (r.statement(), check.reason)
        assert {r.source, r.target} not in NEVER, r.statement()
        assert r.status == ("checked" if r.kind == "limit" else "proved")
        assert (r.kind == "limit") == bool(r.evidence)


def test_implied_derivatives_are_kept_in_json_but_not_listed(found):
    # softplus' is sigma, and also (1 + tanh(x/2))/2: the second is the first written
    # through tanh, listed once in the text, kept in the JSON
    data = json.loads(found.to_json())
    rows = [r for r in data["relations"] if r["kind"] == "derivative"
            and r["source"] == "softplus"]
    assert {r["target"] for r in rows} >= {"sigmoid", "tanh", "bipolar_sigmoid"}
    listed = [r for r in rows if not r["implied_by"]]
    assert [r["target"] for r in listed] == ["sigmoid"]
    assert "d/dx softplus(x) = tanh(x/2)/2 + 1/2" not in found.to_text()
    assert data["implied"] == found.implied() > 0
    assert data["counts"] == {k: sum(r["kind"] == k for r in data["relations"])
                              for k in ("affine", "derivative", "limit")}


def test_records_read_back_through_the_safe_parser(found):
    for r in found.relations:
        back = from_record(json.loads(json.dumps(to_record(r))))
        assert back == r


def test_a_second_map_comes_from_the_cache(found, monkeypatch, tmp_path):
    monkeypatch.setenv("SYMACT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("SYMACT_NO_CACHE", raising=False)
    names = ["sigmoid", "tanh", "softplus"]
    first = relations(names, workers=1)
    assert "d/dx softplus(x) = sigmoid(x)" in {r.statement() for r in first.relations}

    def no_workers(*args, **kwargs):
        raise AssertionError("a cached map must not start workers")
    monkeypatch.setattr("symact.recognition.relating.run", no_workers)
    assert relations(names, workers=1).relations == first.relations
    assert list((tmp_path / "relations").glob("*.json"))


@pytest.mark.parametrize("seed", [11, 12])
def test_the_shape_signature_survives_affine_changes(seed):
    # the pre-screen must never tell an entry from its own disguise (a lost relation)
    rng = random.Random(seed)
    for act in CATALOG:
        if act.kind != "scalar":
            continue
        g = act.bind()
        b = sp.Rational(rng.choice([1, -1]) * rng.randint(5, 20), 10)
        c = sp.Rational(rng.randint(-10, 10), 10)
        a = sp.Rational(rng.choice([1, -1]) * rng.randint(5, 30), 10)
        d = sp.Rational(rng.randint(-20, 20), 10)
        assert signature(a * g.subs(X, b * X + c) + d) == signature(g), (act.name, a, b, c, d)
    assert signature(sp.tanh(X)) != signature(sp.exp(-X**2))  # the screen does screen


def test_parameter_limits_are_the_hand_limits():
    from symact.core import get
    lims = {(c.parameter, str(c.towards)): c for c in parameter_limits(get("softplus"))}
    (lim,) = lims.values()
    assert ("beta", "oo") in lims and "shrinking" in lim.checked
    f = sp.lambdify(X, lim.limit, "mpmath")
    assert [f(u) for u in (F(-3), F(0), F(2))] == [0, 0, 2]
    # PDELU requires t < 1: no walk of t to infinity
    assert all(c.parameter != "t" for c in parameter_limits(get("pdelu")))


def test_cli_formats(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("SYMACT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("SYMACT_NO_CACHE", raising=False)
    names = ["sigmoid", "tanh", "softplus"]
    assert main(["relations", *names, "--format", "json", "--workers", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"entries", "counts", "implied", "relations", "tried"}
    assert set(data["relations"][0]) == {
        "kind", "source", "target", "params", "a", "b", "c", "d", "parameter", "towards",
        "statement", "status", "evidence", "implied_by", "certificate"}
    assert main(["relations", *names]) == 0
    text = capsys.readouterr().out
    assert "sigmoid(x) = tanh(x/2)/2 + 1/2  [affine, proved]" in text
    assert main(["relations", *names, "--format", "markdown"]) == 0
    assert "| `d/dx softplus(x) = sigmoid(x)` | proved |" in capsys.readouterr().out
    assert main(["relations", *names, "--format", "latex", "--lang", "cs"]) == 0
    tex = capsys.readouterr().out
    assert r"\frac{d}{dx}\,\operatorname{softplus}(x) &= \operatorname{sigmoid}" in tex
    assert "dokázáno" in tex


@pytest.mark.parametrize("argv, message", [
    (["relations", "no_such_entry"], "no_such_entry"),
    (["relations", "relu", "--family", "rectifier"], "not both"),
    (["relations", "--format", "pdf"], "invalid choice"),
])
def test_cli_bad_input_is_one_line(capsys, argv, message):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and err.count("\n") == 1
