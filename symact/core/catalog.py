"""The built-in activations as data: one literal record each, nothing registered by import.

Kinks follow PyTorch's autograd: the derivative at a breakpoint is that of the branch whose
condition contains it (relu'(0) = 0, leaky_relu'(0) = α, hardtanh'(±1) = 0,
hardswish'(−3) = 0 and hardswish'(3) = 1, softshrink'(±λ) = hardshrink'(±λ) = 0; each checked
against torch 2.13's autograd in tests/test_catalog.py).

>>> get("silu").name
'swish'
>>> [k.derivative for k in get("relu").conventions]
[0]
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

import sympy as sp

from ..errors import ParameterError, RedefinitionError, UnknownActivationError
from .activation import Activation, Kink, Param
from .selfnorm import SELU_ALPHA, SELU_LAMBDA
from .stable_forms import FORMS
from .symbols import alpha, beta, lam, lambd, max_val, min_val, x

R = sp.Rational
_REAL = (("real", True),)
_xi, _i, _j, _n = sp.IndexedBase("x"), sp.Symbol("i", integer=True), sp.Symbol(
    "j", integer=True), sp.Symbol("n", integer=True, positive=True)

TORCH = "PyTorch torch.nn.functional"


def _r(name: str) -> sp.Symbol:
    """A parameter as a plain real symbol, for the ``requires`` relations (the catalog's own
    symbols are positive, which would decide alpha != 0 before any value is given)."""
    return sp.Symbol(name, real=True)

_DEFINITIONS: tuple[Activation, ...] = (
    Activation("sigmoid", 1 / (1 + sp.exp(-x)), aliases=("logistic", "sigma"),
               reference="logistic function; lecture (sigmoid neuron)"),
    Activation("tanh", sp.tanh(x), aliases=("hyperbolic_tangent",),
               reference="lecture: tanh(z) = (e^z - e^-z)/(e^z + e^-z)"),
    Activation("relu", sp.Piecewise((0, x <= 0), (x, True)),
               aliases=("rectified_linear_unit",), reference="Nair & Hinton 2010; lecture",
               conventions=(Kink(0, 0),)),
    Activation("leaky_relu", sp.Piecewise((alpha * x, x <= 0), (x, True)),
               params=(Param("alpha", R(1, 100), doc="negative slope"),),
               aliases=("lrelu",), reference="Maas et al. 2013; " + TORCH,
               conventions=(Kink(0, alpha),)),
    Activation("elu", sp.Piecewise((alpha * (sp.exp(x) - 1), x <= 0), (x, True)),
               params=(Param("alpha", sp.S.One),), reference="Clevert et al. 2015",
               conventions=(Kink(0, alpha),)),
    Activation("selu", lam * sp.Piecewise((alpha * (sp.exp(x) - 1), x <= 0), (x, True)),
               params=(Param("lambda", SELU_LAMBDA, doc="scale, derived (symact.core.selfnorm)"),
                       Param("alpha", SELU_ALPHA, doc="derived (symact.core.selfnorm)")),
               reference="Klambauer et al. 2017", conventions=(Kink(0, lam * alpha),)),
    Activation("swish", x / (1 + sp.exp(-beta * x)), params=(Param("beta", sp.S.One),),
               aliases=("silu",), reference="Ramachandran et al. 2017; Elfwing et al. 2018"),
    Activation("gelu", x * (1 + sp.erf(x / sp.sqrt(2))) / 2,
               reference="Hendrycks & Gimpel 2016 (exact: x·Φ(x))"),
    Activation("gelu_tanh",
               x / 2 * (1 + sp.tanh(sp.sqrt(2 / sp.pi) * (x + R(44715, 10**6) * x**3))),
               reference="Hendrycks & Gimpel 2016 (tanh approximation)"),
    Activation("mish", x * sp.tanh(sp.log(1 + sp.exp(x))), reference="Misra 2019"),
    Activation("softplus", sp.log(1 + sp.exp(beta * x)) / beta,
               params=(Param("beta", sp.S.One),),
               requires=((sp.Ne(_r("beta"), 0), "the definition divides by beta"),),
               reference="Dugas et al. 2001; " + TORCH),
    Activation("softmax", sp.exp(_xi[_i]) / sp.Sum(sp.exp(_xi[_j]), (_j, 1, _n)),
               kind="vector", reference="Bridle 1990; lecture"),
    Activation("hardtanh", sp.Piecewise((min_val, x <= min_val), (x, x < max_val),
                                        (max_val, True)),
               params=(Param("min_val", -sp.S.One, _REAL), Param("max_val", sp.S.One, _REAL)),
               requires=((_r("min_val") <= _r("max_val"), "the middle branch "
                          "min_val < x < max_val must not be empty, or the branches overlap"),),
               reference=TORCH, conventions=(Kink(min_val, 0), Kink(max_val, 0))),
    Activation("hardsigmoid", sp.Piecewise((0, x <= -3), (x / 6 + R(1, 2), x < 3), (1, True)),
               reference=TORCH, conventions=(Kink(-3, 0), Kink(3, 0))),
    Activation("hardswish", sp.Piecewise((0, x <= -3), (x * (x + 3) / 6, x < 3), (x, True)),
               reference="Howard et al. 2019; " + TORCH,
               conventions=(Kink(-3, 0), Kink(3, 1))),
    Activation("relu6", sp.Piecewise((0, x <= 0), (x, x < 6), (6, True)),
               reference=TORCH, conventions=(Kink(0, 0), Kink(6, 0))),
    Activation("celu", sp.Piecewise((alpha * (sp.exp(x / alpha) - 1), x <= 0), (x, True)),
               params=(Param("alpha", sp.S.One),), reference="Barron 2017",
               requires=((sp.Ne(_r("alpha"), 0), "x/alpha is undefined"),),
               conventions=(Kink(0, 1),)),
    Activation("softsign", x / (1 + sp.Abs(x)), reference=TORCH),
    Activation("logsigmoid", -sp.log(1 + sp.exp(-x)), aliases=("log_sigmoid",),
               reference=TORCH),
    Activation("tanhshrink", x - sp.tanh(x), reference=TORCH),
    Activation("softshrink", sp.Piecewise((x + lambd, x < -lambd), (0, x <= lambd),
                                          (x - lambd, True)),
               params=(Param("lambd", R(1, 2)),), reference=TORCH,
               conventions=(Kink(-lambd, 0), Kink(lambd, 0)),
               requires=((_r("lambd") >= 0, "-lambd <= x <= lambd must be a band around 0"),)),
    Activation("hardshrink", sp.Piecewise((x, x < -lambd), (0, x <= lambd), (x, True)),
               params=(Param("lambd", R(1, 2)),), reference=TORCH,
               conventions=(Kink(-lambd, 0), Kink(lambd, 0)),
               requires=((_r("lambd") >= 0, "-lambd <= x <= lambd must be a band around 0"),)),
    Activation("identity", x, aliases=("linear",), reference="f(x) = x"),
)

# Each definition joined with its authored stable form (symact/stable.py), which the test
# suite proves equal to the definition branch by branch (tests/test_stable.py).
CATALOG: tuple[Activation, ...] = tuple(replace(a, stable=FORMS.get(a.name))
                                        for a in _DEFINITIONS)


@lru_cache(maxsize=1)
def _index() -> dict[str, Activation]:
    table: dict[str, Activation] = {}
    for act in CATALOG:
        for key in (act.name, *act.aliases):
            if key in table:
                raise RedefinitionError(f"{key!r} is defined twice ({table[key].name}, "
                                        f"{act.name})")
            table[key] = act
    return table


def names() -> list[str]:
    """Catalog names in catalog order."""
    return [a.name for a in CATALOG]


def names_and_aliases() -> list[str]:
    return list(_index())


def get(name: str) -> Activation:
    """The catalog record for a name or alias (case-insensitive, '-' same as '_')."""
    key = name.strip().lower().replace("-", "_")
    try:
        return _index()[key]
    except KeyError:
        raise UnknownActivationError(name, names_and_aliases()) from None


def scalar() -> Iterator[Activation]:
    return (a for a in CATALOG if a.kind == "scalar")


def expand(expr: sp.Expr) -> sp.Expr:
    """Replace catalog calls ``sigmoid(u)``/``elu(u, a)`` by their definitions (then ``doit``).

    Extra arguments bind the parameters in order; missing ones take their defaults.

    >>> from symact.core.parsing import parse
    >>> expand(parse("softplus(2*x)"))
    log(exp(2*x) + 1)
    """
    table = _index()

    def is_call(e: sp.Basic) -> bool:
        return isinstance(e, sp.core.function.AppliedUndef) and e.func.__name__ in table

    def definition(e: sp.Basic) -> sp.Expr:
        act = table[e.func.__name__]
        if act.kind != "scalar":
            raise ParameterError(f"{act.name} is vector-valued: it cannot be applied to "
                                 f"{', '.join(map(str, e.args))} inside an expression")
        arg, *extra = e.args
        if len(extra) > len(act.params):
            takes = (f"the input and at most {len(act.params)} parameter"
                     f"{'s' * (len(act.params) != 1)} "
                     f"({', '.join(p.name for p in act.params)})" if act.params
                     else "one argument, its input")
            raise ParameterError(f"{act.name}({', '.join(map(str, e.args))}): {act.name} takes "
                                 + takes)
        subs = {p.symbol: (extra[k] if k < len(extra) else p.default)
                for k, p in enumerate(act.params)}
        return act.expr.subs(subs).subs(act.symbol, arg)

    while True:
        new = expr.replace(is_call, definition)
        if new == expr:
            break
        expr = new
    # derivatives are evaluated; limits stay for the caller (they can be slow)
    return expr.replace(lambda e: isinstance(e, sp.Derivative), lambda e: e.doit())
