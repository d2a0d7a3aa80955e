"""The literature's entries (issue 17): references, families, names, kinks, the text records,
their evaluators and the ``--family`` filters.

Kink references are one-sided difference quotients at 50 digits of the definition, taken on the
side whose branch holds the breakpoint; PyTorch's autograd where PyTorch ships the function."""

from __future__ import annotations

import re

import mpmath
import numpy as np
import pytest
import sympy as sp

from symact.cli.app import main
from symact.core import FAMILIES, X, family, get, names_and_aliases, to_piecewise
from symact.core import vocabulary as vocab
from symact.core.catalog import BUILT_IN, CATALOG
from symact.core.entry import entry
from symact.errors import ParameterError, ParseError
from symact.numeric import evaluator

ZOO = [a for a in CATALOG if a not in BUILT_IN]
YEAR = re.compile(r"\((?:19|20)\d\d")


def test_the_catalog_has_over_a_hundred_entries_most_with_checked_references() -> None:
    assert len(CATALOG) >= 120 and len(ZOO) >= 95
    checked = [a for a in CATALOG if a.source]
    assert len(checked) >= 115
    assert all(a.source.startswith(("http://", "https://")) for a in checked)


@pytest.mark.parametrize("act", ZOO, ids=lambda a: a.name)
def test_every_entry_has_a_reference_with_authors_and_year_and_a_family(act) -> None:
    assert act.family in FAMILIES
    ref = act.reference
    # a paper (authors and year), or for a classic function the library that defines it, or
    # what was not seen said in the text
    assert YEAR.search(ref) or re.search(r"not checked|not seen|no (activation )?paper found|"
                                         r"no single origin|library|PyTorch", ref), ref
    if not act.source:
        assert "not checked" in ref  # a reference not checked says so


def test_every_family_has_entries_and_the_filter_keeps_catalog_order() -> None:
    for name in FAMILIES:
        members = family(name)
        assert members and all(a.family == name for a in members)
        assert [CATALOG.index(a) for a in members] == sorted(CATALOG.index(a) for a in members)
    assert sum(len(family(n)) for n in FAMILIES) == len(CATALOG)
    with pytest.raises(ParameterError, match="unknown family"):
        family("sigmoids")


def test_aliases_published_under_several_names() -> None:
    assert get("silu") is get("swish") is get("sil") is get("swish_1")
    assert get("parametric_relu").name == "prelu"
    assert get("requ") is get("relu_squared")


def test_no_name_shadows_a_different_grammar_function() -> None:
    # tanh, abs and sech are both catalog names and grammar functions: the same function
    same = {"tanh": sp.tanh(X), "abs": sp.Abs(X), "sech": 1 / sp.cosh(X)}
    clash = [n for n in names_and_aliases() if n in vocab.FUNCTIONS]
    assert set(clash) <= set(same)
    for name in clash:
        assert sp.simplify(get(name).bind() - same[name]) == 0


def test_parameter_values_outside_a_definition_are_refused() -> None:
    with pytest.raises(ParameterError, match="t < 1"):
        get("pdelu").with_params(t=1)  # its first branch would end at x = 1/0
    with pytest.raises(ParameterError, match="e\\*alpha"):
        get("soft_root_sign").with_params(beta=6)  # x/2 + exp(-x/6) vanishes near x = -2.4


def test_a_text_record_refuses_names_it_was_not_given() -> None:
    with pytest.raises(ParseError):
        entry("bad", "x*tanh(k*x)", "self-gated", reference="none")
    with pytest.raises(ParseError):
        entry("bad", "__import__('os')", "other", reference="none")
    with pytest.raises(ValueError, match="family"):
        entry("bad", "x", "sigmoids", reference="none")


def _mp(act):
    """The bound definition at 50 digits (mpmath evaluates Piecewise by its conditions)."""
    return sp.lambdify(X, act.bind(), "mpmath")


KINKED = [(a, k) for a in ZOO for k in range(len(a.conventions))]


@pytest.mark.parametrize(("act", "k"), KINKED, ids=lambda v: v.name if hasattr(v, "name")
                         else str(v))
def test_kink_values_are_the_derivative_of_the_branch_holding_the_point(act, k) -> None:
    kink = act.conventions[k]
    subs = act.substitution()
    at, stated = kink.at.subs(subs), kink.derivative.subs(subs)
    f = _mp(act)
    with mpmath.workdps(50):
        c = mpmath.mpf(sp.Rational(at).p) / sp.Rational(at).q
        h = mpmath.mpf(10) ** -20
        left = (f(c) - f(c - h)) / h
        right = (f(c + h) - f(c)) / h
        if act.bind().has(sp.Abs):  # Abs' = sign, 0 at 0 (torch.abs): the central quotient
            assert abs((left + right) / 2 - mpmath.mpf(float(stated))) < 1e-12, act.name
            return
        # which branch holds the point: the one whose condition is true at c
        pieces = to_piecewise(act.bind()).args
        holder = next(i for i, (_, cond) in enumerate(pieces)
                      if cond is sp.true or bool(cond.subs(X, at)))
        left_holder = next(i for i, (_, cond) in enumerate(pieces)
                           if cond is sp.true or bool(cond.subs(X, at - sp.Rational(1, 10**9))))
        side = left if holder == left_holder else right
        assert abs(side - mpmath.mpf(float(stated))) < mpmath.mpf(10) ** -12, (act.name, at)


def _torch():
    return pytest.importorskip("torch", reason="PyTorch's autograd is the reference here")


@pytest.mark.parametrize(("name", "call", "at"), [
    ("prelu", lambda t, F, torch: F.prelu(t, torch.tensor([0.25], dtype=torch.float64)), 0.0),
    ("rrelu", lambda t, F, torch: F.rrelu(t, 1 / 8, 1 / 3, training=False), 0.0),
    ("threshold", lambda t, F, torch: F.threshold(t, 0.0, 0.0), 0.0),
    ("abs", lambda t, F, torch: torch.abs(t), 0.0),
])
def test_kinks_of_entries_pytorch_ships_match_autograd(name, call, at) -> None:
    torch = _torch()
    import torch.nn.functional as F

    act = get(name)
    (kink,) = act.conventions if act.conventions else (None,)
    stated = 0 if kink is None else float(kink.derivative.subs(act.substitution()))
    t = torch.tensor([at], dtype=torch.float64, requires_grad=True)
    call(t, F, torch).sum().backward()
    assert float(t.grad[0]) == pytest.approx(stated, rel=1e-12, abs=0)
    points = torch.tensor([-2.5, -0.3, 0.0, 0.7, 3.0], dtype=torch.float64)
    ours = evaluator(name).value(points.numpy())
    np.testing.assert_allclose(ours, call(points, F, torch).numpy(), rtol=1e-14, atol=0)


# values by hand: (entry, x, f(x))
BY_HAND = [
    ("lisht", 1, mpmath.tanh(1)),
    ("squareplus", 0, 1),                       # (0 + sqrt(0 + 4))/2
    ("isru", 1, 1 / mpmath.sqrt(2)),
    ("tanhexp", 1, mpmath.tanh(mpmath.e)),
    ("gcu", mpmath.pi, -mpmath.pi),
    ("snake", mpmath.pi / 2, mpmath.pi / 2 + 1),
    ("bent_identity", 1, (mpmath.sqrt(2) - 1) / 2 + 1),
    ("shifted_softplus", 0, 0),                 # log(1/2 + 1/2)
    ("gish", 0, 0),
    ("cube", -2, -8),
    ("sqnl", 1, mpmath.mpf(3) / 4),             # 1 - 1/4
    ("soft_exponential", 1, mpmath.e),          # (e - 1)/1 + 1
]


@pytest.mark.parametrize(("name", "at", "expected"), BY_HAND)
def test_evaluators_of_entries_without_stable_forms_compute_the_definition(name, at,
                                                                          expected) -> None:
    ev = evaluator(name)
    assert float(ev.value(np.float64(at))) == pytest.approx(float(expected), rel=1e-14,
                                                             abs=1e-300)


def test_cli_list_family(capsys) -> None:
    assert main(["list", "--family", "periodic"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out and {ln.split(" ")[0].rstrip(":") for ln in out} == {
        a.name for a in family("periodic")}
    assert main(["list", "--family", "nonsense"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_cli_names_and_family_together_is_one_line_exit_2(capsys, tmp_path) -> None:
    assert main(["latex", "relu", "--family", "periodic", "-o", str(tmp_path / "h.tex")]) == 2
    err = capsys.readouterr().err
    assert err == "symact: error: give activation names or --family, not both\n"
    assert not (tmp_path / "h.tex").exists()
