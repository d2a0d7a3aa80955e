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
from . import zoo_gated, zoo_other, zoo_rectifiers, zoo_sigmoidal
from .activation import FAMILIES, Activation, Kink, Param
from .selfnorm import SELU_ALPHA, SELU_LAMBDA
from .stable_forms import FORMS
from .symbols import alpha, beta, lam, lambd, max_val, min_val, plain, x

R = sp.Rational
_REAL = (("real", True),)
_xi, _i, _j, _n = sp.IndexedBase("x"), sp.Symbol("i", integer=True), sp.Symbol(
    "j", integer=True), sp.Symbol("n", integer=True, positive=True)

TORCH = "PyTorch torch.nn.functional"


def _docs(cls: str, host: str = "pytorch.org") -> str:
    """The PyTorch documentation page of ``torch.nn.<cls>`` (where the formula was seen)."""
    return f"https://{host}/docs/stable/generated/torch.nn.{cls}.html"


_DEFINITIONS: tuple[Activation, ...] = (
    Activation("sigmoid", 1 / (1 + sp.exp(-x)), aliases=("logistic", "sigma"),
               reference="logistic function; lecture (sigmoid neuron); " + TORCH,
               source=_docs("Sigmoid"), family="sigmoidal"),
    Activation("tanh", sp.tanh(x), aliases=("hyperbolic_tangent",),
               reference="lecture: tanh(z) = (e^z - e^-z)/(e^z + e^-z); " + TORCH,
               source=_docs("Tanh"), family="sigmoidal"),
    Activation("relu", sp.Piecewise((0, x <= 0), (x, True)),
               aliases=("rectified_linear_unit",),
               reference="Nair, V., Hinton, G. E. (2010). Rectified Linear Units Improve "
               "Restricted Boltzmann Machines. ICML 2010, pp. 807-814; lecture",
               source="https://mlanthology.org/icml/2010/nair2010icml-rectified",
               conventions=(Kink(0, 0),), family="rectifier"),
    Activation("leaky_relu", sp.Piecewise((alpha * x, x <= 0), (x, True)),
               params=(Param("alpha", R(1, 100), doc="negative slope"),),
               aliases=("lrelu",), reference="Maas, A. L., Hannun, A. Y., Ng, A. Y. (2013). "
               "Rectifier Nonlinearities Improve Neural Network Acoustic Models. ICML 2013 (as "
               "cited by MathWorks and TensorFlow; the paper not seen); " + TORCH,
               source=_docs("LeakyReLU", "docs.pytorch.org"),
               conventions=(Kink(0, alpha),), family="rectifier"),
    Activation("elu", sp.Piecewise((alpha * (sp.exp(x) - 1), x <= 0), (x, True)),
               params=(Param("alpha", sp.S.One),),
               reference="Clevert, D.-A., Unterthiner, T., Hochreiter, S. (2015). Fast and "
               "Accurate Deep Network Learning by Exponential Linear Units (ELUs). "
               "arXiv:1511.07289; ICLR 2016", source="https://tomesphere.com/paper/1511.07289",
               conventions=(Kink(0, alpha),), family="exponential"),
    Activation("selu", lam * sp.Piecewise((alpha * (sp.exp(x) - 1), x <= 0), (x, True)),
               params=(Param("lambda", SELU_LAMBDA, doc="scale, derived (symact.core.selfnorm)"),
                       Param("alpha", SELU_ALPHA, doc="derived (symact.core.selfnorm)")),
               reference="Klambauer, G., Unterthiner, T., Mayr, A., Hochreiter, S. (2017). "
               "Self-Normalizing Neural Networks. NeurIPS 2017 (arXiv:1706.02515)",
               source="https://papers.neurips.cc/paper/2017/file/"
               "5d44ee6f2c3f71b73125876103c8f6c4-Metadata.json",
               conventions=(Kink(0, lam * alpha),), family="exponential"),
    Activation("swish", x / (1 + sp.exp(-beta * x)), params=(Param("beta", sp.S.One),),
               aliases=("silu", "sil", "swish_1"),
               reference="Ramachandran, P., Zoph, B., Le, Q. V. (2017). Searching for Activation "
               "Functions. arXiv:1710.05941; Elfwing, S., Uchibe, E., Doya, K. (2018). "
               "Sigmoid-Weighted Linear Units for Neural Network Function Approximation in "
               "Reinforcement Learning. Neural Networks 107 (arXiv:1702.03118, where it is SiL)",
               source="https://tomesphere.com/paper/1710.05941", family="self-gated"),
    Activation("gelu", x * (1 + sp.erf(x / sp.sqrt(2))) / 2,
               reference="Hendrycks, D., Gimpel, K. (2016). Gaussian Error Linear Units (GELUs). "
               "arXiv:1606.08415 (exact: x·Φ(x))",
               source="https://ui.adsabs.harvard.edu/abs/2016arXiv160608415H", family="self-gated"),
    Activation("gelu_tanh",
               x / 2 * (1 + sp.tanh(sp.sqrt(2 / sp.pi) * (x + R(44715, 10**6) * x**3))),
               reference="Hendrycks, D., Gimpel, K. (2016). Gaussian Error Linear Units (GELUs). "
               "arXiv:1606.08415 (tanh approximation)",
               source="https://ui.adsabs.harvard.edu/abs/2016arXiv160608415H", family="self-gated"),
    Activation("mish", x * sp.tanh(sp.log(1 + sp.exp(x))),
               reference="Misra, D. (2019). Mish: A Self Regularized Non-Monotonic Activation "
               "Function. arXiv:1908.08681; BMVC 2020",
               source="https://ui.adsabs.harvard.edu/abs/2019arXiv190808681M/abstract",
               family="self-gated"),
    Activation("softplus", sp.log(1 + sp.exp(beta * x)) / beta,
               params=(Param("beta", sp.S.One),),
               requires=((sp.Ne(plain("beta"), 0), "the definition divides by beta"),),
               reference="Dugas, C., Bengio, Y., Bélisle, F., Nadeau, C., Garcia, R. (2001). "
               "Incorporating Second-Order Functional Knowledge for Better Option Pricing. "
               "NIPS 13; " + TORCH,
               source="https://www.cs.cornell.edu/people/tj/infogen/nips_benyah.zip",
               family="rectifier"),
    Activation("softmax", sp.exp(_xi[_i]) / sp.Sum(sp.exp(_xi[_j]), (_j, 1, _n)),
               kind="vector", reference="Bridle, J. S. (1990). Probabilistic Interpretation of "
               "Feedforward Classification Network Outputs, with Relationships to Statistical "
               "Pattern Recognition. Neurocomputing, NATO ASI Series F68; lecture",
               source="https://papperoni.kamienski.com.br/papers/"
               "91cf9fc5-c626-490a-80c4-9fd883f212df", family="other"),
    Activation("hardtanh", sp.Piecewise((min_val, x <= min_val), (x, x < max_val),
                                        (max_val, True)),
               params=(Param("min_val", -sp.S.One, _REAL), Param("max_val", sp.S.One, _REAL)),
               requires=((plain("min_val") <= plain("max_val"), "the middle branch "
                          "min_val < x < max_val must not be empty, or the branches overlap"),),
               reference=TORCH, source=_docs("Hardtanh", "docs.pytorch.org"),
               conventions=(Kink(min_val, 0), Kink(max_val, 0)),
               family="sigmoidal"),
    Activation("hardsigmoid", sp.Piecewise((0, x <= -3), (x / 6 + R(1, 2), x < 3), (1, True)),
               reference=TORCH, source=_docs("Hardsigmoid"),
               conventions=(Kink(-3, 0), Kink(3, 0)), family="sigmoidal"),
    Activation("hardswish", sp.Piecewise((0, x <= -3), (x * (x + 3) / 6, x < 3), (x, True)),
               reference="Howard, A., Sandler, M., Chu, G., et al. (2019). Searching for "
               "MobileNetV3. ICCV 2019 (arXiv:1905.02244); " + TORCH,
               source="https://alexhex7.github.io/2019/10/13/Searching%20for%20MobileNetV3/",
               conventions=(Kink(-3, 0), Kink(3, 1)), family="self-gated"),
    Activation("relu6", sp.Piecewise((0, x <= 0), (x, x < 6), (6, True)),
               reference=TORCH, source=_docs("ReLU6"), conventions=(Kink(0, 0), Kink(6, 0)),
               family="rectifier"),
    Activation("celu", sp.Piecewise((alpha * (sp.exp(x / alpha) - 1), x <= 0), (x, True)),
               params=(Param("alpha", sp.S.One),),
               reference="Barron, J. T. (2017). Continuously Differentiable Exponential Linear "
               "Units. arXiv:1704.07483", source="https://tomesphere.com/paper/1704.07483",
               requires=((sp.Ne(plain("alpha"), 0), "x/alpha is undefined"),),
               conventions=(Kink(0, 1),), family="exponential"),
    Activation("softsign", x / (1 + sp.Abs(x)), reference=TORCH, source=_docs("Softsign"),
               family="sigmoidal"),
    Activation("logsigmoid", -sp.log(1 + sp.exp(-x)), aliases=("log_sigmoid",),
               reference=TORCH, source=_docs("LogSigmoid"), family="other"),
    Activation("tanhshrink", x - sp.tanh(x), reference=TORCH, source=_docs("Tanhshrink"),
               family="shrinkage"),
    Activation("softshrink", sp.Piecewise((x + lambd, x < -lambd), (0, x <= lambd),
                                          (x - lambd, True)),
               params=(Param("lambd", R(1, 2)),), reference=TORCH,
               source=_docs("Softshrink", "docs.pytorch.org"),
               conventions=(Kink(-lambd, 0), Kink(lambd, 0)),
               requires=((plain("lambd") >= 0, "-lambd <= x <= lambd must be a band around 0"),),
               family="shrinkage"),
    Activation("hardshrink", sp.Piecewise((x, x < -lambd), (0, x <= lambd), (x, True)),
               params=(Param("lambd", R(1, 2)),), reference=TORCH, source=_docs("Hardshrink"),
               conventions=(Kink(-lambd, 0), Kink(lambd, 0)),
               requires=((plain("lambd") >= 0, "-lambd <= x <= lambd must be a band around 0"),),
               family="shrinkage"),
    Activation("identity", x, aliases=("linear",), reference="f(x) = x; PyTorch torch.nn.Identity",
               source=_docs("Identity"), family="other"),
)

# Each definition joined with its authored stable form (symact/stable.py), which the test
# suite proves equal to the definition branch by branch (tests/test_stable.py).
# The literature's further entries follow (data in text form, symact/core/zoo_*.py); they
# have no authored stable form, so their evaluators compile the definition.
BUILT_IN: tuple[Activation, ...] = tuple(replace(a, stable=FORMS.get(a.name))
                                         for a in _DEFINITIONS)
CATALOG: tuple[Activation, ...] = (
    *BUILT_IN,
    *zoo_rectifiers.ENTRIES, *zoo_gated.ENTRIES, *zoo_sigmoidal.ENTRIES, *zoo_other.ENTRIES)


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


def with_stable_forms() -> Iterator[Activation]:
    """The scalar entries with an authored stable form: the ones the evaluators have kernels
    for (the literature's further entries compile their definition instead)."""
    return (a for a in CATALOG if a.kind == "scalar" and a.stable is not None)


def family(name: str) -> list[Activation]:
    """The entries of one family (``"periodic"``), in catalog order."""
    if name not in FAMILIES:
        raise ParameterError(f"unknown family {name!r} (families: {', '.join(FAMILIES)})")
    return [a for a in CATALOG if a.family == name]


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
