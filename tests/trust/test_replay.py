"""symact.trust.replay: hand-written certificates (never the prover's), accepted or rejected.

Every tampering of a valid certificate (an expression of a chain, a region, the point, the
status) must make verification fail; unreadable input raises CertificateError.
"""

import ast
import copy
import json
from pathlib import Path

import pytest
import sympy as sp

import symact
from symact.trust import real_wherever_defined, replay
from symact.trust.replay import FORMAT, CertificateError, verify_certificate

TRUST = Path(replay.__file__).parent


def certificate(lhs, rhs, cases=(), *, assume="", status="proved", point=None) -> dict:
    """A certificate in the format of the issue; ``cases`` as (region, [expr, ...])."""
    return {
        "format": FORMAT,
        "claim": {"lhs": lhs, "rhs": rhs, "assume": assume},
        "status": status,
        "cases": [{"region": region, "steps": [{"expr": e, "rule": f"step {i}"}
                                               for i, e in enumerate(steps)]}
                  for region, steps in cases],
        "counterexample": None if point is None else {"point": point},
    }


SIGMOID = certificate("sigmoid(z)", "(1 + tanh(z/2))/2", [("True", [
    "sigmoid(z)",
    "1/(1 + exp(-z))",
    "exp(z/2)/(exp(z/2) + exp(-z/2))",
    "(exp(z/2) + exp(-z/2) + exp(z/2) - exp(-z/2))/(2*(exp(z/2) + exp(-z/2)))",
    "(1 + (exp(z/2) - exp(-z/2))/(exp(z/2) + exp(-z/2)))/2",
    "(1 + tanh(z/2))/2",
])])
RELU = certificate("relu(x)", "Max(0, x)", [
    ("x < 0", ["relu(x)", "0", "Max(0, x)"]),
    ("x == 0", ["relu(x)", "0", "Max(0, x)"]),
    ("x > 0", ["relu(x)", "x", "Max(0, x)"]),
])
SIGN = certificate("sign(x)^2", "1", status="disproved", point={"x": "0"})


def tampered(cert: dict, change) -> dict:
    out = copy.deepcopy(cert)
    change(out)
    return out


def test_sigmoid_through_tanh_is_accepted():
    check = verify_certificate(SIGMOID)
    assert check.valid, check.reason
    assert check.links == 4 and check.points >= 4 * 20  # sigmoid(z) is 1/(1 + exp(-z))


def test_relu_case_split_is_accepted():
    check = verify_certificate(RELU)
    assert check.valid, check.reason
    assert check.links == 6


def test_the_public_name():
    assert symact.verify_certificate is verify_certificate


def test_a_file_is_read(tmp_path):
    f = tmp_path / "c.json"
    f.write_text(json.dumps(SIGMOID), encoding="utf-8")
    assert verify_certificate(f).valid and verify_certificate(str(f)).valid


@pytest.mark.parametrize("cert", [SIGMOID, RELU], ids=["sigmoid", "relu"])
def test_every_changed_expression_of_a_chain_is_rejected(cert):
    for k, case in enumerate(cert["cases"]):
        for i, step in enumerate(case["steps"]):
            for change in ("3*({}) + 1", "({}) + 10^(-12)"):
                new = json.loads(json.dumps(cert))
                new["cases"][k]["steps"][i]["expr"] = change.format(step["expr"])
                check = verify_certificate(new)
                assert not check.valid, (k, i, change)


@pytest.mark.parametrize("side", ["lhs", "rhs"])
def test_a_changed_claim_is_rejected(side):
    def edit(c):
        c["claim"][side] = f"3*({c['claim'][side]})"
    assert not verify_certificate(tampered(SIGMOID, edit)).valid


@pytest.mark.parametrize(("k", "region", "why"), [
    (2, "x > 1", "cover"),  # narrowed: (0, 1] is left out
    (0, "x < -1", "cover"),
    (1, "x == 1", "cover"),  # moved: x = 0 is left out, and relu(1) != 0
    (2, "x >= -1", "not shown equal where"),  # widened: relu(x) = x fails on [-1, 0)
])
def test_a_changed_region_is_rejected(k, region, why):
    def edit(c):
        c["cases"][k]["region"] = region
    check = verify_certificate(tampered(RELU, edit))
    assert not check.valid and why in check.reason


def test_a_removed_case_is_rejected_for_coverage():
    def edit(c):
        del c["cases"][1]
    check = verify_certificate(tampered(RELU, edit))
    assert not check.valid and "do not cover" in check.reason


def test_regions_may_rely_on_the_assumptions():
    cert = certificate("sign(x)^2", "1", [("x < 0", ["sign(x)^2", "1"]),
                                         ("x > 0", ["sign(x)^2", "1"])], assume="x != 0")
    assert verify_certificate(cert).valid
    cert["claim"]["assume"] = ""  # x = 0 is no longer excluded
    assert not verify_certificate(cert).valid


@pytest.mark.parametrize(("lhs", "rhs", "assume"), [
    ("Max(x, -1)", "x", "x >= -exp(-1)"),  # an irrational end of the domain
    ("Abs(a) + Abs(b)", "a + b", "a, b positive"),  # the bare name a joins "positive"
    ("Min(a, 1)", "a", "0 < a < 1, x real"),
])
def test_the_assumption_grammar(lhs, rhs, assume):
    assert verify_certificate(certificate(lhs, rhs, [("True", [lhs, rhs])], assume=assume)).valid


def test_derivative_and_limit_links():
    deriv = certificate("diff(sigmoid(x), x)", "sigmoid(x)*(1 - sigmoid(x))",
                        [("True", ["diff(sigmoid(x), x)", "sigmoid(x)*(1 - sigmoid(x))"])])
    assert verify_certificate(deriv).valid
    deriv["claim"]["rhs"] = deriv["cases"][0]["steps"][1]["expr"] = "sigmoid(x)*(1 + sigmoid(x))"
    assert not verify_certificate(deriv).valid
    limit = certificate("limit(tanh(x), x, oo)", "1", [("True", ["limit(tanh(x), x, oo)", "1"])])
    assert verify_certificate(limit).valid
    param = certificate("limit(tanh(a*x), x, oo)", "1",
                        [("True", ["limit(tanh(a*x), x, oo)", "1"])], assume="a positive")
    assert verify_certificate(param).valid  # a > 0: the limit is 1
    param["claim"]["assume"] = ""  # -1 for a < 0, 0 for a = 0
    check = verify_certificate(param)
    assert not check.valid and "depends on the sign of a" in check.reason


def test_two_variables():
    cert = certificate("exp(x + y)*tanh(y)", "exp(x)*(exp(2*y) - 1)/(exp(y) + exp(-y))",
                       [("True", ["exp(x + y)*tanh(y)",
                                  "exp(x)*(exp(2*y) - 1)/(exp(y) + exp(-y))"])])
    check = verify_certificate(cert)
    assert check.valid and check.points >= 20


def test_the_ball_crosscheck_is_a_second_line_of_defence(monkeypatch):
    monkeypatch.setattr(replay, "_zero", lambda e, where: True)  # a broken zero test
    wrong = certificate("tanh(x)", "x", [("True", ["tanh(x)", "x"])])
    check = verify_certificate(wrong)
    assert not check.valid and "balls differ" in check.reason


def test_sign_squared_counterexample_at_zero_is_accepted_and_at_one_rejected():
    assert verify_certificate(SIGN).valid
    moved = tampered(SIGN, lambda c: c["counterexample"].update(point={"x": "1"}))
    check = verify_certificate(moved)
    assert not check.valid and "told apart" in check.reason


def test_a_point_violating_the_assumptions_is_rejected():
    cert = certificate("sign(x)^2", "1", assume="x != 0", status="disproved", point={"x": "0"})
    check = verify_certificate(cert)
    assert not check.valid and "violates" in check.reason
    cert["claim"]["assume"] = "0 < x < 1"
    cert["counterexample"]["point"] = {"x": "1"}  # the boundary is outside
    assert not verify_certificate(cert).valid


@pytest.mark.parametrize(("lhs", "rhs", "x", "valid"), [
    ("x + 10^(-30)", "x", "0", True),
    ("tanh(x) + exp(-10^4)", "tanh(x)", "0", True),  # tanh(0) = 0 exactly
    ("tanh(x) + exp(-1000)", "tanh(x)", "1", True),  # 5e-435: needs about 1500 bits
    ("tanh(x) + exp(-10^4)", "tanh(x)", "1", False),  # 1e-4343: beyond 4096 bits, not shown
    ("sigmoid(x)", "(1 + tanh(x/2))/2", "1/3", False),  # equal: never disproved
])
def test_near_miss_counterexamples_are_decided_by_arb(lhs, rhs, x, valid):
    cert = certificate(lhs, rhs, status="disproved", point={"x": x})
    assert verify_certificate(cert).valid is valid


def test_a_point_must_name_exactly_the_variables():
    for point in ({}, {"x": "0", "y": "1"}):
        assert not verify_certificate(tampered(
            SIGN, lambda c, p=point: c["counterexample"].update(point=p))).valid


@pytest.mark.parametrize(("cert", "flipped"), [(SIGMOID, "disproved"), (SIGN, "proved")])
def test_a_flipped_status_is_rejected(cert, flipped):
    check = verify_certificate(tampered(cert, lambda c: c.update(status=flipped)))
    assert not check.valid


@pytest.mark.parametrize("change", [
    lambda c: c.update(format="symact-certificate/2"),
    lambda c: c.pop("format"),
    lambda c: c.pop("cases"),
    lambda c: c["claim"].pop("lhs"),
    lambda c: c.update(status="unknown"),
    lambda c: c["cases"][0]["steps"][0].update(expr="__import__('os').system('true')"),
    lambda c: c["cases"][0]["steps"][0].update(expr="x.__class__"),
    lambda c: c["cases"][0]["steps"][0].pop("rule"),
    lambda c: c["cases"][0].update(region="x + 1"),  # not a condition
    lambda c: c["cases"][0].update(steps="x"),
    lambda c: c["claim"].update(assume="x integer"),
], ids=["format", "no-format", "no-cases", "no-lhs", "unknown", "import", "attribute", "no-rule",
        "region-expr", "steps-type", "assume-word"])
def test_unreadable_certificates_raise(change):
    with pytest.raises(CertificateError):
        verify_certificate(tampered(SIGMOID, change))


@pytest.mark.parametrize("value", ["1e-400", "0.5", "1/0", "sqrt(2)", 1, "x"])
def test_a_point_must_be_exact_rational_strings(value):
    with pytest.raises(CertificateError):
        verify_certificate(tampered(SIGN, lambda c: c["counterexample"].update(
            point={"x": value})))


def test_unreadable_files_raise(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    for source in (bad, tmp_path / "missing.json", tmp_path):
        with pytest.raises(CertificateError):
            verify_certificate(source)
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(CertificateError):
        verify_certificate(bad)
    assert issubclass(CertificateError, symact.SymactError) and issubclass(
        CertificateError, ValueError)


def test_the_checker_is_small():
    lines = len((TRUST / "replay.py").read_text(encoding="utf-8").splitlines())
    assert lines <= 300, f"replay.py has {lines} lines: the trusted checker stays small"


def test_the_trusted_base_imports_nothing_of_the_prover():
    allowed = {"sympy", "flint", "symact.core", "symact.errors"}
    stdlib = {"__future__", "collections", "dataclasses", "functools", "itertools", "json",
              "math", "os", "pathlib", "random", "re"}
    for path in sorted(TRUST.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = ["symact." + (node.module or "") if node.level == 2 else
                         "symact.trust" if node.level == 1 else node.module or ""]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                ok = (top in stdlib or name.startswith("symact.trust")
                      or any(name == a or name.startswith(a + ".") for a in allowed))
                assert ok, f"{path.name} imports {name}"


def test_readings_with_calls_and_arguments_as_variables():
    # links true for every value of swish(x), elu(y) (or of 2*x + 1/3), which the
    # definitions alone do not show; a wrong link stays wrong in every reading
    for lhs, rhs in (("Max(swish(x), elu(y))",
                      "(swish(x) + elu(y) + Abs(swish(x) - elu(y)))/2"),
                     ("logsigmoid(2*x + 1/3)",
                      "Min(2*x + 1/3, 0) - log(1 + exp(-Abs(2*x + 1/3)))")):
        cert = symact.prove(lhs, rhs, budget=30).certificate()
        assert verify_certificate(cert).valid
        bad = {**cert, "cases": [{**c, "steps": [*c["steps"][:-1], {
            "expr": c["steps"][-1]["expr"] + " + Abs(x)/9", "rule": "oops"}]}
            for c in cert["cases"]]}
        assert not verify_certificate(bad).valid


def test_no_variable_stands_for_a_value_that_may_be_complex():
    x = sp.Symbol("x", real=True)
    assert real_wherever_defined(sp.tanh(x**2 - 1) / x)
    assert not real_wherever_defined(sp.log(x) + 1)
    assert not real_wherever_defined(x ** sp.Rational(1, 3))
