"""The independent-atoms zero test: what it shows, what it must never show."""

import mpmath as m
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from symact.prover import atoms

x, y, w = sp.symbols("x y w", real=True)
S = 1 / (1 + sp.exp(-x))


def test_derivative_identities_of_the_lecture():
    assert atoms.is_zero(sp.diff(S, x) - S * (1 - S))
    assert atoms.is_zero(sp.diff(sp.tanh(x), x) - (1 - sp.tanh(x) ** 2))
    assert atoms.is_zero(sp.diff(sp.log(1 + sp.exp(x)), x) - 1 / (1 + sp.exp(-x)))
    # softplus' from its output y: 1 - e^(-y); SymPy writes e^(-log u) as 1/u itself
    sp_ = sp.log(1 + sp.exp(x))
    assert atoms.is_zero((1 - sp.exp(-sp_)) - sp.diff(sp_, x))


def test_split_exponents_and_powers():
    assert atoms.is_zero(sp.exp(2 * x) - sp.exp(x) ** 2)
    assert atoms.is_zero(sp.exp(x + y) - sp.exp(x) * sp.exp(y))
    assert atoms.is_zero(sp.exp(x / 3) ** 3 - sp.exp(x))
    # e^(w log A) = A^w, however SymPy happened to write it
    a = 1 + sp.exp(x)
    assert atoms.is_zero(sp.exp(w * sp.log(a) + y) - a**w * sp.exp(y))


def test_not_shown_is_not_disproved_and_false_is_never_shown():
    # true but with dependent atoms: honest False ("not shown")
    assert not atoms.is_zero(sp.sin(x) ** 2 + sp.cos(x) ** 2 - 1)
    # hyperbolic functions are written with exponentials when the plain test fails
    assert atoms.is_zero(sp.tanh(x) - (sp.exp(2 * x) - 1) / (sp.exp(2 * x) + 1))
    assert atoms.is_zero(sp.diff(x / (1 + sp.exp(-x)), x)
                         - (x + sp.exp(x) + 1) / (4 * sp.cosh(x / 2) ** 2))
    # false claims that look alike
    assert not atoms.is_zero(sp.log(x * y) - sp.log(x) - sp.log(y) + 1)
    assert not atoms.is_zero(sp.sqrt(x**2) - x)
    assert not atoms.is_zero(sp.diff(S, x) - S * (1 + S))
    assert not atoms.is_zero(sp.exp(x) - sp.exp(-x))
    assert not atoms.is_zero(sp.exp(sp.Float("0.044715") * x) - sp.exp(x) ** sp.Float("0.044715")
                             + 1)


def test_kinks_and_unknown_functions_are_left_alone():
    assert not atoms.is_zero(sp.Piecewise((x, x > 0), (0, True)) - sp.Max(x, 0))
    assert not atoms.is_zero(sp.Function("f")(x) - sp.Function("f")(x) + sp.Derivative(
        sp.Function("f")(x), x))


_LEAVES = st.sampled_from([x, y, sp.Integer(1), sp.Integer(2), sp.Rational(1, 3), -x])
_UNARY = [sp.exp, lambda e: sp.log(1 + sp.exp(e)), sp.tanh, lambda e: 1 / (1 + sp.exp(-e)),
          lambda e: sp.exp(-e), lambda e: e**2, lambda e: 1 / (2 + e**2), sp.erf]


def _tree(depth: int):
    if depth == 0:
        return _LEAVES
    sub = _tree(depth - 1)
    return st.one_of(
        sub,
        st.tuples(st.sampled_from(range(len(_UNARY))), sub).map(lambda t: _UNARY[t[0]](t[1])),
        st.tuples(sub, sub).map(lambda t: t[0] + t[1]),
        st.tuples(sub, sub).map(lambda t: t[0] * t[1]),
        st.tuples(sub, sub).map(lambda t: t[0] - t[1]))


_SAME = [sp.expand, sp.powsimp, sp.together, lambda e: sp.expand(e, power_exp=True),
         lambda e: e.rewrite(sp.exp) if e.has(sp.tanh) else e]


@settings(max_examples=200, deadline=None)
@given(_tree(3), st.sampled_from(range(len(_SAME))), st.booleans())
def test_shown_zero_is_zero_and_a_perturbation_is_never_shown(a, k, perturb):
    """Soundness on random expressions: a − T(a) (T an equivalence SymPy applies) may be
    shown zero and then is zero at 50 digits; a − T(a) − e^(−x²)/7 is never zero and must
    never be shown zero."""
    d = a - _SAME[k](a)
    if perturb:
        d -= sp.exp(-(x**2)) / 7
    if not atoms.is_zero(d):
        return
    assert not perturb, d
    f = sp.lambdify((x, y), d, "mpmath")
    with m.workdps(50):
        for px, py in ((0.3, -1.7), (-2.5, 0.8), (4.0, 3.1)):
            try:
                v = f(m.mpf(px), m.mpf(py))
            except (ZeroDivisionError, ValueError):
                continue
            assert abs(v) < m.mpf(10) ** -40


def test_equivalent_rewrites_are_mostly_shown():
    """The property test above is not vacuous: SymPy's own rewrites are recognised."""
    e = sp.tanh(x * sp.log(1 + sp.exp(y))) / (1 + sp.exp(-x)) + sp.exp(x + 2 * y) ** 2
    shown = [atoms.is_zero(e - t(e)) for t in _SAME[:4]]
    assert all(shown)
    assert atoms.is_zero(sp.diff(e, y) - sp.diff(e, y).expand())
