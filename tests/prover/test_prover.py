"""The prover on the labelled corpus: soundness first, then completeness and budgets."""

import itertools
import time

import mpmath as m
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from prover_corpus import FALSE, KNOWN_UNKNOWN, TRUE

from symact.core import catalog
from symact.core.parsing import parse
from symact.errors import ParseError
from symact.prover.assume import parse_assumptions
from symact.prover.pipeline import prove

BUDGET = 10.0


@pytest.fixture(scope="module")
def verdicts():
    out = {}
    for claim in (*TRUE, *FALSE):
        out[claim.label] = prove(claim.lhs, claim.rhs, assume=claim.assume, budget=BUDGET)
    return out


def test_corpus_size_and_labels():
    assert len(TRUE) >= 60 and len(FALSE) >= 60
    labels = [c.label for c in (*TRUE, *FALSE)]
    assert len(labels) == len(set(labels))


@pytest.mark.parametrize("claim", FALSE, ids=[c.label for c in FALSE])
def test_false_claim_reference_counterexample(claim):
    """Independent of symact: hand-written mpmath at the witness shows the claim false."""
    with m.workdps(claim.dps):
        args = [m.mpf(v) for v in claim.point.values()]
        left, right = claim.ref_lhs(*args), claim.ref_rhs(*args)
        gap = abs(left - right)
        assert gap > m.mpf(10) ** (-(claim.dps - 15)) * max(1, abs(left), abs(right))
    with m.workdps(2 * claim.dps):  # and the gap is stable when the precision doubles
        args = [m.mpf(v) for v in claim.point.values()]
        assert abs(abs(claim.ref_lhs(*args) - claim.ref_rhs(*args)) - gap) <= gap * 1e-6


def test_soundness_no_false_claim_proved(verdicts):
    proved = [c.label for c in FALSE if verdicts[c.label].status == "proved"]
    assert proved == []


def test_no_true_claim_disproved(verdicts):
    assert [c.label for c in TRUE if verdicts[c.label].status == "disproved"] == []


def test_completeness_at_least_96_percent(verdicts):
    share = sum(verdicts[c.label].status == "proved" for c in TRUE) / len(TRUE)
    assert share >= 0.96  # measured 93 of 96 (the three KNOWN_UNKNOWN)


@pytest.mark.parametrize("label", [
    "exercise 1: sigma = (1 + tanh(z/2))/2", "tanh is a rescaled sigmoid",
    "sigma' = sigma(1 - sigma)", "tanh' = 1 - tanh^2", "sigma(-z) = 1 - sigma(z)",
    "softplus(x) - softplus(-x) = x", "softplus' = sigma", "relu = (x + |x|)/2",
    "softplus(bx)/b -> relu as b -> oo"])
def test_issue_named_identities_proved(verdicts, label):
    assert verdicts[label].status == "proved"


@pytest.mark.parametrize("claim", FALSE, ids=[c.label for c in FALSE])
def test_counterexample_confirmed_independently(verdicts, claim):
    """The reported point, fed to the hand-written mpmath references, shows a real gap."""
    v = verdicts[claim.label]
    assert v.status == "disproved"
    cx = v.counterexample
    assert cx.dps >= 50
    dps = max(cx.dps, claim.dps) + 30
    with m.workdps(dps):
        args = [m.mpf(cx.point[name]) for name in claim.point]
        if "undefined" in (cx.lhs, cx.rhs):  # one side has no real value there
            side = claim.ref_lhs if cx.lhs == "undefined" else claim.ref_rhs
            try:
                value = side(*args)
            except ZeroDivisionError:
                return
            assert not m.isfinite(value) or m.im(value) != 0
            return
        left, right = claim.ref_lhs(*args), claim.ref_rhs(*args)
        assert abs(left - right) > m.mpf(10) ** (-(dps - 20)) * max(1, abs(left), abs(right))


@pytest.mark.parametrize("claim", TRUE, ids=[c.label for c in TRUE])
def test_every_step_reverifies_independently(verdicts, claim):
    """Each link of a produced chain agrees at 50 digits (SymPy evalf at points in the case)."""
    v = verdicts[claim.label]
    if claim.label in KNOWN_UNKNOWN:
        assert v.status == "unknown" and v.tried and not v.steps
        return
    assert v.status == "proved", v.tried
    # the claim holds where both sides are defined: the verdict's domain joins the assumptions
    facts = parse_assumptions(", ".join(filter(None, [claim.assume, v.domain])))
    checked = 0
    for case, steps in v.cases():
        names = sorted({s.name for st in steps for s in st.expr.free_symbols})
        for pt in _points(names, case, facts):
            vals = [_value(s.expr, pt) for s in steps]
            for a, b in itertools.pairwise(vals):
                assert abs(a - b) <= sp.Float(10, 50) ** -35 * max(1, abs(a)), (case, pt)
                checked += 1
    # a claim that SymPy already evaluates to the same expression has one-step chains
    assert checked > 0 or all(len(st) == 1 for _, st in v.cases())


def _points(names, case, facts):
    cands = ["-3.25", "-1", "-0.5", "0", "0.25", "1", "2.5", "40"]
    out = []
    for k in range(len(cands)):
        pt = {n: cands[(k + 3 * i) % len(cands)] for i, n in enumerate(names)}
        if _in_case(pt, case) and all(_holds(c, pt) for c in facts.conditions):
            out.append(pt)
    for part in case.split(", ") if case else ():
        if " = " in part:  # a point case (x = 0, or (x - y) = 0 once generalised): on it
            lhs, val = (parse(t) for t in part.split(" = "))
            v = sorted(lhs.free_symbols, key=str)[-1]
            pt = {k: "1" for k in names}
            root = sp.solve(lhs.xreplace({sp.Symbol(k, real=True): 1 for k in names
                                          if k != v.name}) - val, v)
            pt[v.name] = str(root[0]) if root else "1"
            if _in_case(pt, case):
                out.append(pt)
    return out


def _in_case(pt, case):
    for part in case.split(", ") if case else ():
        if " = " in part:
            lhs, val = (parse(t) for t in part.split(" = "))
            at = {sp.Symbol(k, real=True): sp.Rational(v) for k, v in pt.items()}
            if lhs.xreplace(at) != val:
                return False
        elif not _holds(parse(part), pt):
            return False
    return True


def _holds(cond, pt):
    """Exactly at the point; a condition SymPy cannot settle there (cos(x) != 0 at x = 1)
    by 50 digits; a condition on a variable the chain no longer has says nothing."""
    if any(s.name not in pt for s in cond.free_symbols):
        return True
    val = cond.xreplace({s: sp.Rational(pt[s.name]) for s in cond.free_symbols
                         if s.name in pt})
    if val in (sp.true, sp.false):
        return bool(val)
    return bool(val.func(sp.N(val.lhs - val.rhs, 50), 0))


def _one_sided(lim):
    """A limit at a finite point along x = c ± t, t > 0 (SymPy's own limit answers -1 for
    the left limit of Piecewise((1, x < 0), (-1, True)) at 0)."""
    f, var, point, direction = lim.args
    if not point.is_finite or str(direction) not in "+-":
        return lim.doit()
    t = sp.Symbol("t", positive=True)
    return sp.limit(f.subs(var, point + (1 if str(direction) == "+" else -1) * t), t, 0, "+")


def _value(e, pt):
    e = catalog.expand(e)
    e = e.xreplace({s: sp.Rational(pt[s.name]) for s in e.free_symbols})
    e = e.replace(lambda a: isinstance(a, sp.Limit), _one_sided)
    e = e.rewrite(sp.Piecewise) if e.has(sp.Heaviside, sp.sign, sp.Abs) else e
    return sp.N(e, 50)


@pytest.mark.parametrize(("lhs", "rhs"), [
    ("exp(exp(exp(exp(exp(exp(x))))))*exp(-exp(exp(exp(exp(exp(x))))))",
     "exp(exp(exp(exp(exp(x)))))"),
    (sp.Add(*(parse(f"tanh({k}*x)^2 * sigmoid(x/{k})") for k in range(1, 201))),
     sp.Add(*(parse(f"sigmoid({k}*x)*tanh(x + {k})") for k in range(1, 201)))),
])
def test_budget_holds_on_pathological_claims(lhs, rhs):
    start = time.monotonic()
    v = prove(lhs, rhs, budget=1.0)
    assert time.monotonic() - start < 1.0 + 1.0
    assert v.status in ("unknown", "disproved")
    if v.status == "unknown":
        assert v.tried


def test_budget_exhaustion_reports_what_was_tried():
    v = prove("sigmoid(z)", "(1 + tanh(z/2))/2", budget=0.001)
    assert v.status == "unknown" and any("budget" in t for t in v.tried)


def test_counterexample_only_beyond_800():
    v = prove("Min(x, 800)", "x")
    assert v.status == "disproved" and m.mpf(v.counterexample.point["x"]) > 800


def test_sign_squared_false_only_at_zero():
    v = prove("sign(x)^2", "1")
    assert v.status == "disproved" and m.mpf(v.counterexample.point["x"]) == 0
    assert prove("sign(x)^2", "1", assume="x != 0").status == "proved"


def test_tiny_differences_never_proved():
    for rhs in ("sigmoid(z) + 1e-20*z", "sigmoid(z) + exp(-1000)", "sigmoid(z) + exp(-5000)"):
        assert prove("sigmoid(z)", rhs).status != "proved"


def test_assumption_forms():
    a = parse_assumptions("x real, y real")
    assert a.region(sp.Symbol("x", real=True)) == sp.S.Reals
    b = parse_assumptions("0 < a < 1")
    assert b.region(sp.Symbol("a", real=True)) == sp.Interval.open(0, 1)
    c = parse_assumptions("x >= -exp(-1)")
    assert c.region(sp.Symbol("x", real=True)) == sp.Interval(-sp.exp(-1), sp.oo)
    d = parse_assumptions("x, y positive")
    assert d.region(sp.Symbol("y", real=True)) == sp.Interval.open(0, sp.oo)


@pytest.mark.parametrize("bad", ["x integer", "x >", "__import__('os')", "x > 1, x < 0"])
def test_bad_assumptions_raise_parse_error(bad):
    with pytest.raises(ParseError):
        parse_assumptions(bad)


def test_assumption_restricts_claim():
    assert prove("a^x*a^y", "a^(x + y)", assume="a > 0").status == "proved"
    assert prove("sqrt(a^2)", "a").status == "disproved"
    v = prove("log(a)", "a - 1", assume="0 < a < 1")
    assert v.status == "disproved" and 0 < m.mpf(v.counterexample.point["a"]) < 1


def test_verdict_outputs():
    v = prove("tanh(z)", "2*sigmoid(2*z) - 1")
    d = v.to_dict()
    assert d["status"] == "proved" and d["steps"][0]["rule"] == "given"
    assert "[catalog]" in v.to_text() and "&=" in v.to_latex()
    w = prove("relu(x)", "x").to_dict()
    assert w["status"] == "disproved" and w["counterexample"]["point"]["x"].startswith("-")


def test_bad_input_raises():
    with pytest.raises(ParseError):
        prove("x +", "1")
    with pytest.raises(ParseError):
        prove("os.system('ls')", "1")


@pytest.mark.parametrize(("lhs", "rhs", "assume", "truth"), [
    # only false in (1234.5, 1234.6): the breakpoints are sampled
    ("Piecewise((1, (x > 1234.5) and (x < 1234.6)), (0, True))", "0", None, False),
    # a polynomial condition: its real roots become breakpoints
    ("Piecewise((1, x^2 > 15000000000), (0, True))", "0", None, False),
    # exact irrational breakpoint: x = sqrt(2) is decided exactly, not by an enclosure; the
    # sides differ only there, and a certified counterexample needs a rational point: unknown
    ("Piecewise((x^2, x^3 - 2*x > 0), (0, True))",
     "Piecewise((x^2, (x >= sqrt(2)) or ((x > -sqrt(2)) and (x < 0))), (0, True))", None, None),
    ("Piecewise((x^2, x^3 - 2*x > 0), (0, True))",
     "Piecewise((x^2, (x > sqrt(2)) or ((x > -sqrt(2)) and (x < 0))), (0, True))", None, True),
    # a numeric limit estimate at x = 1e-30 sits on a plateau (x/2): never a counterexample
    ("limit(x*sigmoid(b*x), b, oo)", "relu(x)", None, True),
    ("x + exp(-1000)*x", "x", None, False),
    # differences below 10^-1000 or only near x = 825: the residual sets point and precision
    ("x*(1 + exp(-3000))", "x", None, False),
    ("sigmoid(x) + exp(-(x - 825)^2)", "sigmoid(x)", None, False),
    # both sides are real only at x = 0 (principal roots): a claim about one point
    ("x^(1/3)", "-(-x)^(1/3)", None, None),
    ("log(a) + log(b)", "log(a*b)", None, True),  # where both are defined: a, b > 0
    ("a^x*b^x", "(a*b)^x", "a > 0, b > 0", True),
    ("leaky_relu(x, a)", "Max(x, a*x)", "a > 0", False),
    ("limit((1 + 1/b)^b, b, oo)", "E", None, True),
    ("atanh(tanh(x))", "x", None, True),
])
def test_adversarial_claims(lhs, rhs, assume, truth):
    v = prove(lhs, rhs, assume=assume)
    expected = {True: "proved", False: "disproved", None: "unknown"}[truth]
    assert v.status == expected, v.to_text()


_BASES = [c for c in TRUE if c.label in {
    "exercise 1: sigma = (1 + tanh(z/2))/2", "tanh is a rescaled sigmoid",
    "sigma' = sigma(1 - sigma)", "softplus(x) - softplus(-x) = x", "relu = (x + |x|)/2",
    "swish = x sigma(x)", "Max(0, x) = (x + |x|)/2", "hardtanh = clamp"}]
_BUMPS = ["1", "x", "z^2", "exp(-x^2)", "sigmoid(z)", "Abs(x - 3)"]


@given(st.sampled_from(_BASES), st.sampled_from(_BUMPS), st.integers(3, 40),
       st.sampled_from([1, -1, 7]))
@settings(max_examples=100)
def test_perturbed_true_claims_are_disproved(claim, bump, k, sign):
    """Soundness fuzz: a true identity plus sign·10^-k·g is false somewhere; never proved."""
    rhs = f"({claim.rhs}) + ({sign})*10^(-{k})*({bump})"
    v = prove(claim.lhs, rhs, assume=claim.assume)
    assert v.status == "disproved", v.to_text()


@pytest.mark.parametrize(("lhs", "rhs"), [
    # found by benchmarks/bench_prover.py: SymPy decided Min's condition at x = 800 by a
    # 15-digit evalf (log(1 + e^-800) -> 0) and both evaluators took its wrong branch
    ("sigmoid(x)*Min(logsigmoid(x), mish(y))",
     "sigmoid(x)*(logsigmoid(x) + mish(y) - Abs(logsigmoid(x) - mish(y)))/2"),
    ("relu(softplus(x) - mish(y)) + mish(y)", "Max(softplus(x), mish(y))"),
    ("Min(logsigmoid(x), -exp(-2*x))",
     "(logsigmoid(x) - exp(-2*x) - Abs(logsigmoid(x) + exp(-2*x)))/2"),
])
def test_tiny_tails_never_disprove_a_true_claim(lhs, rhs):
    assert prove(lhs, rhs, budget=5).status != "disproved"
