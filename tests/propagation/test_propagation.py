"""Signal propagation against quadratures written here, hand values and the SELU paper."""

import json

import mpmath
import pytest
import sympy as sp

from symact.cli.app import main
from symact.core.activation import X
from symact.core.catalog import get, with_stable_forms
from symact.propagation.expectations import FIELDS, moments
from symact.propagation.gaussian import gaussian_poly_exp
from symact.propagation.init_gains import TORCH_GAINS, gains
from symact.propagation.meanfield import fixed_point, gradient_flow, variance_trajectory

DPS = 40


def reference(name: str, power: int, derivative: bool = False, var=1) -> mpmath.mpf:
    """An independent quadrature: mpmath on the lambdified catalog expression, split at 0
    and at the catalog's kinks."""
    act = get(name)
    e = act.bind()
    if derivative:
        e = sp.diff(e, X)
    f = sp.lambdify(X, e, "mpmath")
    kinks = sorted({float(k.at.subs(act.substitution())) for k in act.conventions} | {0.0})
    with mpmath.workdps(DPS):
        s = mpmath.sqrt(var)
        pts = [-mpmath.inf, *[mpmath.mpf(k) for k in kinks], mpmath.inf]
        return mpmath.quad(lambda t: f(t) ** power * mpmath.npdf(t, 0, s), pts)


def close(a, b, digits: int = 30) -> bool:
    with mpmath.workdps(DPS):
        return abs(mpmath.mpf(a) - mpmath.mpf(b)) <= mpmath.mpf(10) ** -digits * (1 + abs(b))


def test_relu_by_hand() -> None:
    m = moments("relu")
    assert m.second_moment == sp.Rational(1, 2) and m.exact["second_moment"]
    assert sp.simplify(m.mean - 1 / sp.sqrt(2 * sp.pi)) == 0
    assert sp.simplify(m.variance - (sp.pi - 1) / (2 * sp.pi)) == 0
    assert m.derivative_mean == sp.Rational(1, 2)


@pytest.mark.parametrize("name", ["tanh", "sigmoid", "gelu"])
def test_moments_to_30_digits(name: str) -> None:
    m = moments(name)
    assert close(m.value("mean"), reference(name, 1))
    assert close(m.value("second_moment"), reference(name, 2))
    assert close(m.value("derivative_second_moment"), reference(name, 2, derivative=True))


def test_tanh_mean_is_exactly_zero_by_symmetry() -> None:
    m = moments("tanh")
    assert m.mean == 0 and m.exact["mean"]


@pytest.mark.parametrize("act", list(with_stable_forms()), ids=lambda a: a.name)
def test_every_moment_against_quadrature(act) -> None:
    m = moments(act)
    refs = {"mean": reference(act.name, 1), "second_moment": reference(act.name, 2),
            "derivative_mean": reference(act.name, 1, True),
            "derivative_second_moment": reference(act.name, 2, True)}
    with mpmath.workdps(DPS):
        refs["variance"] = refs["second_moment"] - refs["mean"] ** 2
    for key in FIELDS:
        assert close(m.value(key), refs[key], 25), (act.name, key)


def test_moments_with_mean_and_variance() -> None:
    m = moments("relu", 0, 4)
    assert m.second_moment == 2
    m = moments("tanh", 0, 2)
    assert close(m.value("second_moment"), reference("tanh", 2, var=2), 25)


def test_gaussian_poly_exp_closed_form() -> None:
    t = sp.Symbol("t", real=True)
    e = (t**3 - 2 * t) * sp.exp(t / 2) + 5
    exact = gaussian_poly_exp(e, t, sp.Integer(-1), sp.oo, sp.Rational(1, 3), sp.Integer(2))
    f = sp.lambdify(t, e, "mpmath")
    with mpmath.workdps(DPS):
        ref = mpmath.quad(lambda u: f(u) * mpmath.npdf(u, mpmath.mpf(1) / 3, mpmath.sqrt(2)),
                          [-1, 0, 3, mpmath.inf])
    assert close(sp.N(exact, DPS), ref, 30)
    assert gaussian_poly_exp(sp.tanh(t), t, sp.S.Zero, sp.oo) is None


def test_gains_beside_pytorch() -> None:
    relu = gains("relu")
    assert relu.forward_exact == sp.sqrt(2) and relu.torch == sp.sqrt(2)
    tanh = gains("tanh")
    with mpmath.workdps(DPS):
        expected = 1 / mpmath.sqrt(reference("tanh", 2))
    assert close(tanh.forward, expected, 25)
    assert float(tanh.forward) == pytest.approx(1.5925, abs=1e-4)
    assert "5/3" in tanh.note and "+4.7%" in tanh.note
    assert set(TORCH_GAINS) <= {a.name for a in with_stable_forms()}


def test_selu_fixed_point_is_stable() -> None:
    fp = fixed_point("selu")
    assert abs(fp.mu) < 1e-12 and abs(fp.nu - 1) < 1e-12
    assert fp.stable and 0.5 < fp.spectral_radius < 0.95
    assert float(gains("selu").forward) == pytest.approx(1.0, abs=1e-25)


def test_no_positive_fixed_point_for_relu() -> None:
    with pytest.raises(ValueError):
        fixed_point("relu")


def test_gradient_flow() -> None:
    flow = gradient_flow("sigmoid")
    assert flow.sup_slope == sp.Rational(1, 4)
    assert flow.bound(10) == pytest.approx(4.0**-10)
    relu = gradient_flow("relu")
    assert float(relu.edge_of_chaos_weight_variance) == pytest.approx(2.0, rel=1e-25)
    assert float(relu.chi(2.0)) == pytest.approx(1.0)


def test_variance_trajectory_relu_with_he_gain_is_constant() -> None:
    q = variance_trajectory("relu", 20, gain=2**0.5)
    assert all(v == pytest.approx(1.0, rel=1e-12) for v in q)
    decays = variance_trajectory("tanh", 20)
    assert decays[-1] < decays[0] / 5


def test_cli_signal_json_and_latex(capsys) -> None:
    assert main(["signal", "relu", "--json"]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["moments"]["second_moment"]["value"] == "1/2"
    assert rec["gains"]["torch"] == "sqrt(2)"
    assert main(["signal", "selu", "--format", "latex"]) == 0
    out = capsys.readouterr().out
    assert "\\begin{tabular}" in out and "\\mathbb{E} f(Z)" in out


def test_cli_signal_bad_input(capsys) -> None:
    assert main(["signal", "relu", "--var", "-1"]) == 2
    assert "positive" in capsys.readouterr().err


def test_cli_signal_plot(tmp_path, capsys) -> None:
    pytest.importorskip("matplotlib")
    out = tmp_path / "var.png"
    assert main(["signal", "relu", "tanh", "--plot", str(out)]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
