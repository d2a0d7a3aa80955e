"""symact.trust.replay with the rules beyond expansion: hand-written certificates that use
logarithms, roots, Lambert W, limits with parameters, products and exp in regions, ITE, and
the checker's own split of a region; each accepted, and each tampered copy rejected."""

import copy

import pytest

from symact.trust.reading import FORMAT, CertificateError, _without_ite
from symact.trust.replay import verify_certificate


def certificate(lhs, rhs, cases=(), *, assume="") -> dict:
    """A proved certificate; ``cases`` as (region, [expr, ...])."""
    return {"format": FORMAT, "claim": {"lhs": lhs, "rhs": rhs, "assume": assume},
            "status": "proved", "counterexample": None,
            "cases": [{"region": region, "steps": [{"expr": e, "rule": "r"} for e in steps]}
                      for region, steps in cases]}


def tampered(cert: dict, change) -> dict:
    out = copy.deepcopy(cert)
    change(out)
    return out

ACCEPTED = {
    "softplus odd part": certificate("softplus(x) - softplus(-x)", "x", [("True", [
        "log(1 + exp(x)) - log(1 + exp(-x))", "log(1 + exp(x)) - log((exp(x) + 1)/exp(x))",
        "x"])]),
    "log x^2 on x > 0": certificate("log(x^2)", "2*log(x)", [("True", ["log(x^2)",
                                                                        "2*log(x)"])],
                                    assume="0 < x"),
    "log ab": certificate("log(a*b)", "log(a) + log(b)", [("True", ["log(a*b)"])],
                          assume="a > 0, b > 0"),
    "sqrt of a square": certificate("sqrt(x^2 + 2*x + 1)", "Abs(x + 1)", [
        ("x < -1", ["sqrt(x^2 + 2*x + 1)", "-1 - x"]),
        ("x >= -1", ["sqrt(x^2 + 2*x + 1)", "x + 1"])]),
    "Lambert W": certificate("LambertW(x)*exp(LambertW(x))", "x", [("True", [
        "LambertW(x)*exp(LambertW(x))"])], assume="x >= -exp(-1)"),
    "power laws": certificate("a^x*a^y", "a^(x + y)", [("True", ["a^x*a^y"])],
                              assume="a > 0"),
    "tanh(bx) -> sign(x)": certificate("limit(tanh(b*x), b, oo)", "sign(x)", [
        ("x < 0", ["limit(tanh(b*x), b, oo)", "-1"]), ("x == 0", ["0"]),
        ("x > 0", ["1"])]),
    "(1 + x/b)^b -> e^x": certificate("limit((1 + x/b)^b, b, oo)", "exp(x)", [
        ("True", ["limit((1 + x/b)^b, b, oo)"])]),
    "sign(ad) = sign(d)": certificate("sign(a*d)", "sign(d)", [
        ("d < 0", ["-1"]), ("d == 0", ["0"]), ("d > 0", ["1"])], assume="0 < a < 1"),
    "|xy| = |x||y|": certificate("Abs(x*y)", "Abs(x)*Abs(y)", [
        ("(x < 0) and (y < 0)", ["x*y"]), ("(x < 0) and (y >= 0)", ["-x*y"]),
        ("(x >= 0) and (y < 0)", ["-x*y"]), ("(x >= 0) and (y >= 0)", ["x*y"])]),
    "Max(x, y), split by the checker": certificate("Max(x, y)", "(x + y + Abs(x - y))/2", [
        ("True", ["Max(x, y)", "Piecewise((x, x >= y), (y, True))"])]),
    "Min(x, y), on x = y too": certificate("Min(x, y)", "(x + y - Abs(x - y))/2", [
        ("True", ["Piecewise((x, x <= y), (y, True))",
                  "Piecewise((y, x - y >= 0), (x, True))"])]),
    "elu' from its output": certificate(
        "diff(elu(x), x)", "Piecewise((1 + elu(x), elu(x) <= 0), (1, True))", [
            ("x <= 0", ["exp(x)", "Piecewise((exp(x), exp(x) <= 1), (1, True))"]),
            ("x > 0", ["1"])]),
    "left limit at a jump": certificate('limit(Piecewise((1, x < 0), (-1, True)), x, 0, "-")',
                                        "1", [("True", ["1"])]),
    "right limit of relu(x)/x": certificate('limit(relu(x)/x, x, 0, "+")', "1",
                                            [("True", ["1"])]),
    "e^W(x) = x/W(x)": certificate("exp(LambertW(x))", "x/LambertW(x)", [("0 < x", [])],
                                   assume="x > 0, LambertW(x) != 0"),
    "acosh as a logarithm": certificate("acosh(x)", "log(x + sqrt(x^2 - 1))", [("1 <= x", [])],
                                        assume="1 <= x, x + sqrt(x**2 - 1) > 0"),
    "ITE in a condition": certificate("relu(relu(x))", "relu(x)", [("True", [
        "Piecewise((0, ITE(x <= 0, True, x <= 0)), (Piecewise((0, x <= 0), (x, True)), True))",
        "relu(x)"])]),
}


@pytest.mark.parametrize("name", ACCEPTED)
def test_accepted(name):
    check = verify_certificate(ACCEPTED[name])
    assert check.valid, check.reason


def _edit_step(case: int, step: int, expr: str):
    return lambda c: c["cases"][case]["steps"][step].update(expr=expr)


def _claim(**kw):
    return lambda c: c["claim"].update(**kw)


REJECTED = [
    ("softplus odd part", _edit_step(0, 2, "2*x"), "coefficient"),
    ("softplus odd part", _edit_step(0, 1, "log(1 + exp(x)) + log((exp(x) + 1)/exp(x))"),
     "sign flipped"),
    ("log x^2 on x > 0", _claim(assume=""), "x of any sign"),
    ("log x^2 on x > 0", _claim(assume="x > -1"), "x > -1 gives no sign"),
    ("log x^2 on x > 0", _edit_step(0, 1, "2*log(-x)"), "log(-x)"),
    ("log ab", _claim(assume=""), "a, b of any sign"),
    ("log ab", _claim(assume="a < 0, b < 0"), "both negative"),
    ("log ab", _claim(rhs="log(a) - log(b)"), "sign flipped"),
    ("sqrt of a square", _edit_step(0, 1, "x + 1"), "wrong sign on x < -1"),
    ("sqrt of a square", lambda c: c["cases"][0].update(region="x < 0"), "region widened"),
    ("Lambert W", _claim(rhs="2*x"), "coefficient"),
    ("Lambert W", _claim(lhs="LambertW(x)*exp(-LambertW(x))"), "sign of the exponent"),
    ("power laws", _claim(rhs="a^(x*y)"), "product for sum"),
    ("power laws", _claim(assume=""), "base of any sign"),
    ("tanh(bx) -> sign(x)", lambda c: c["cases"][1].update(region="x >= 0"), "region widened"),
    ("tanh(bx) -> sign(x)", _edit_step(0, 1, "1"), "sign flipped"),
    ("(1 + x/b)^b -> e^x", _claim(rhs="exp(-x)"), "sign flipped"),
    ("(1 + x/b)^b -> e^x", _claim(rhs="exp(2*x)"), "coefficient"),
    ("sign(ad) = sign(d)", _claim(assume="-1 < a < 1"), "a may be negative"),
    ("sign(ad) = sign(d)", _edit_step(0, 0, "1"), "sign flipped"),
    ("|xy| = |x||y|", _edit_step(1, 0, "x*y"), "sign flipped"),
    ("Max(x, y), split by the checker", _edit_step(0, 1, "Piecewise((y, x >= y), (x, True))"),
     "branches swapped"),
    ("Min(x, y), on x = y too", _edit_step(0, 1, "Piecewise((y, x - y > 0), (x + 1, True))"),
     "wrong on x = y"),
    ("elu' from its output", _edit_step(0, 1, "Piecewise((exp(x), exp(x) < 1/2), (1, True))"),
     "moved threshold"),
    ("left limit at a jump", _claim(rhs="-1"), "SymPy's right value"),  # SymPy says -1
    ("left limit at a jump", _claim(
        lhs='limit(Piecewise((1, x < 0), (-1, True)), x, 0, "+-")'), "two-sided"),
    ("right limit of relu(x)/x", _claim(lhs='limit(relu(x)/x, x, 0, "-")'), "left side"),
    ("e^W(x) = x/W(x)", _claim(rhs="-x/LambertW(x)"), "sign flipped"),
    ("e^W(x) = x/W(x)", _claim(assume="LambertW(x) != 0"), "x > 0 dropped: not covered"),
    ("acosh as a logarithm", _claim(rhs="log(x - sqrt(x^2 - 1))"), "sign flipped"),
    ("ITE in a condition", _edit_step(0, 0, "Piecewise((0, ITE(x <= 0, False, True)), "
                                            "(Piecewise((0, x <= 0), (x, True)), True))"),
     "ITE changed"),
]


@pytest.mark.parametrize(("name", "change", "what"), REJECTED,
                         ids=[f"{n}: {w}" for n, _, w in REJECTED])
def test_rejected(name, change, what):
    assert not verify_certificate(tampered(ACCEPTED[name], change)).valid


def test_log_of_a_product_of_any_signs_is_rejected():
    cert = certificate("log(x*y)", "log(x) + log(y)", [("True", ["log(x*y)"])])
    check = verify_certificate(cert)
    assert not check.valid and "not shown equal" in check.reason


def test_ite_reads_as_its_meaning():
    assert _without_ite("ITE(a < 0, b < 0, b > 0)") == (
        "(((a < 0) and (b < 0)) or ((not (a < 0)) and (b > 0)))")
    assert _without_ite("x + 1") == "x + 1"
    for bad in ("ITE(a < 0, b < 0)", "ITE(a < 0, b < 0, b > 0"):
        with pytest.raises(CertificateError, match="three arguments"):
            _without_ite(bad)
