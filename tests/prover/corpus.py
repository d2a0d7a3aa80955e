"""An adversarial corpus for the prover: true claims by valid rewrites, false near-misses.

True claims start from known identities (:data:`IDENTITIES`, :data:`PAIRS`,
:data:`DERIVATIVES`, :data:`BRANCHES`, :data:`CONDITIONAL`) and are rewritten validly:
a variable substituted by ``a*x + b``, by a catalog function of ``x`` or by an expression in
several variables; both sides composed with, scaled by or shifted by the same term; the chain
rule for derivatives. False claims are near-misses of true ones: ``10**-k * exp(-(x - c)**2)``
with ``c`` far out, a ``10**-30`` constant, a difference on an interval of width ``10**-6``,
at one point, a coefficient off by ``1 + 10**-12`` (outside or inside), the wrong branch of
an inverse, a difference only at a branch point or kink.

Every false claim carries a ``witness`` where an evaluator written here with mpmath (no
symact, no SymPy: :func:`evaluate`) shows both sides differ at two precisions; a generated
near-miss without such a witness is dropped, never kept with a guessed truth value. The
strings are in symact's safe grammar (``symact.parse``). ``generate(n, seed)`` is seeded
and sequential: ``generate(200, s)`` is a prefix of ``generate(5000, s)``.

>>> cases = generate(6, 1)
>>> [c.truth for c in cases]
[True, False, True, False, True, False]
"""

from __future__ import annotations

import ast
import random
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction

import mpmath as mp


@dataclass(frozen=True)
class Case:
    """One claim ``lhs = rhs`` (under ``assume``) with its known truth value."""

    lhs: str
    rhs: str
    assume: str | None
    truth: bool
    family: str  # how it was made: the rewrite (true) or the perturbation (false)
    note: str  # the identity it came from and the rewrites applied
    witness: tuple[tuple[str, str], ...] = ()  # false claims: where the sides differ (exact)

    @property
    def text(self) -> str:
        """The claim as one line (the key of KNOWN_WRONG lists)."""
        tail = f"  [assuming {self.assume}]" if self.assume else ""
        return f"{self.lhs} = {self.rhs}{tail}"


# --- known identities: each true for every real value of its placeholders -----------------
# One placeholder {z}: (lhs, rhs).
IDENTITIES: tuple[tuple[str, str], ...] = (
    ("sigmoid({z})", "(1 + tanh(({z})/2))/2"),
    ("sigmoid(-({z}))", "1 - sigmoid({z})"),
    ("tanh({z})", "2*sigmoid(2*({z})) - 1"),
    ("softplus({z}) - softplus(-({z}))", "{z}"),
    ("log(sigmoid({z}))", "-softplus(-({z}))"),
    ("relu({z})", "(({z}) + Abs({z}))/2"),
    ("exp(log(1 + exp({z})))", "1 + exp({z})"),
    ("tanh({z})", "(exp({z}) - exp(-({z})))/(exp({z}) + exp(-({z})))"),
    ("cosh({z})**2 - sinh({z})**2", "1"),
    ("sigmoid({z})", "exp({z})/(1 + exp({z}))"),
    ("sigmoid({z})", "1/(1 + exp(-({z})))"),
    ("softplus({z})", "log(1 + exp({z}))"),
    ("swish({z})", "({z})*sigmoid({z})"),
    ("mish({z})", "({z})*tanh(softplus({z}))"),
    ("logsigmoid({z})", "-softplus(-({z}))"),
    ("tanhshrink({z})", "{z} - tanh({z})"),
    ("softsign({z})", "({z})/(1 + Abs({z}))"),
    ("gelu({z})", "({z})*(1 + erf(({z})/sqrt(2)))/2"),
    ("sigmoid({z})*sigmoid(-({z}))", "sigmoid({z}) - sigmoid({z})**2"),
    ("relu({z}) - relu(-({z}))", "{z}"),
    ("relu({z}) + relu(-({z}))", "Abs({z})"),
    ("hardtanh({z})", "Max(-1, Min(1, {z}))"),
    ("relu6({z})", "Min(Max(0, {z}), 6)"),
    ("hardsigmoid({z})", "relu6({z} + 3)/6"),
    ("hardswish({z})", "({z})*relu6({z} + 3)/6"),
    ("leaky_relu({z})", "Max({z}, ({z})/100)"),
    ("elu({z})", "Piecewise((exp({z}) - 1, {z} <= 0), ({z}, True))"),
    ("softplus({z})", "log(2) + ({z})/2 + log(cosh(({z})/2))"),
    ("sigmoid({z}) + sigmoid(-({z}))", "1"),
    ("1 - tanh({z})**2", "1/cosh({z})**2"),
    ("sinh(2*({z}))", "2*sinh({z})*cosh({z})"),
    ("Abs({z})**2", "({z})**2"),
    ("relu(relu({z}))", "relu({z})"),
    ("softplus({z})", "relu({z}) + log(1 + exp(-Abs({z})))"),
    ("logsigmoid({z})", "Min({z}, 0) - log(1 + exp(-Abs({z})))"),
    ("celu({z})", "elu({z})"),
    ("tanh({z})", "1 - 2*sigmoid(-2*({z}))"),
    ("hardtanh({z})", "relu({z} + 1) - relu({z} - 1) - 1"),
    ("softshrink({z})", "{z} - hardtanh({z}, -1/2, 1/2)"),
    ("sigmoid({z})/sigmoid(-({z}))", "exp({z})"),
    ("softplus({z}) - ({z})", "softplus(-({z}))"),
    ("tanh(({z})/2)", "(exp({z}) - 1)/(exp({z}) + 1)"),
    ("sigmoid({z})*(1 - sigmoid({z}))", "1/(4*cosh(({z})/2)**2)"),
)
# Two placeholders {z}, {w}.
PAIRS: tuple[tuple[str, str], ...] = (
    ("Max({z}, {w})", "(({z}) + ({w}) + Abs({z} - ({w})))/2"),
    ("Min({z}, {w})", "(({z}) + ({w}) - Abs({z} - ({w})))/2"),
    ("log(exp({z}) + exp({w}))", "Max({z}, {w}) + log(1 + exp(-Abs({z} - ({w}))))"),
    ("tanh({z} + ({w}))", "(tanh({z}) + tanh({w}))/(1 + tanh({z})*tanh({w}))"),
    ("exp({z})*exp({w})", "exp({z} + ({w}))"),
    ("Abs(({z})*({w}))", "Abs({z})*Abs({w})"),
    ("Max({z}, {w}) + Min({z}, {w})", "{z} + ({w})"),
    ("relu({z} - ({w})) + ({w})", "Max({z}, {w})"),
)
# Derivatives f(u) -> f'(u), for the chain rule d/dx f(u(x)) = u'(x) f'(u(x)).
DERIVATIVES: tuple[tuple[str, str], ...] = (
    ("sigmoid({u})", "sigmoid({u})*(1 - sigmoid({u}))"),
    ("tanh({u})", "1 - tanh({u})**2"),
    ("softplus({u})", "sigmoid({u})"),
    ("log(1 + exp({u}))", "sigmoid({u})"),
    ("logsigmoid({u})", "sigmoid(-({u}))"),
    ("exp({u})", "exp({u})"),
    ("swish({u})", "sigmoid({u}) + ({u})*sigmoid({u})*(1 - sigmoid({u}))"),
    ("tanhshrink({u})", "tanh({u})**2"),
    ("gelu({u})", "(1 + erf(({u})/sqrt(2)))/2 + ({u})*exp(-({u})**2/2)/sqrt(2*pi)"),
    ("softsign({u})", "1/(1 + Abs({u}))**2"),
    ("sinh({u})", "cosh({u})"),
    ("atan({u})", "1/(1 + ({u})**2)"),
)
# Smooth inner functions of x (and y) with their x-derivatives.
INNER: tuple[tuple[str, str], ...] = (
    ("x", "1"), ("x**2", "2*x"), ("exp(x)", "exp(x)"), ("tanh(x)", "1 - tanh(x)**2"),
    ("sigmoid(x)", "sigmoid(x)*(1 - sigmoid(x))"), ("softplus(x)", "sigmoid(x)"),
    ("x*y", "y"), ("sin(x)", "cos(x)"), ("x**3 - x", "3*x**2 - 1"), ("x - y", "1"),
)
# True at kinks and jumps too ({u} any real expression): conventions that agree at 0.
BRANCHES: tuple[tuple[str, str], ...] = (
    ("sqrt(({u})**2)", "Abs({u})"),
    ("acosh(cosh({u}))", "Abs({u})"),
    ("relu({u})", "({u})*Heaviside({u}, 1/2)"),
    ("relu({u})", "({u})*Heaviside({u}, 1)"),
    ("Max({u}, 0)", "({u})*Heaviside({u}, 0)"),
    ("Heaviside({u}, 1/2)", "(1 + sign({u}))/2"),
    ("Abs({u})", "({u})*sign({u})"),
    ("hardshrink({u})", "({u})*Heaviside(Abs({u}) - 1/2, 0)"),
    ("hardshrink({u})", "Piecewise(({u}, Abs({u}) > 1/2), (0, True))"),
    ("hardtanh({u})", "Piecewise((-1, {u} < -1), ({u}, {u} < 1), (1, True))"),
    ("elu({u})", "Piecewise((exp({u}) - 1, {u} < 0), ({u}, True))"),
    ("relu6({u})", "Piecewise((0, {u} < 0), ({u}, {u} <= 6), (6, True))"),
    ("ceiling({u})", "-floor(-({u}))"),
    ("atan(sinh({u}))", "asin(tanh({u}))"),
)
# Identities that need their assumption (not substituted into).
CONDITIONAL: tuple[tuple[str, str, str], ...] = (
    ("log(x*y)", "log(x) + log(y)", "x > 0, y > 0"),
    ("exp(log(x))", "x", "x > 0"),
    ("sqrt(x)**2", "x", "x >= 0"),
    ("LambertW(x*exp(x))", "x", "x >= -1"),
    ("LambertW(x*exp(x), -1)", "x", "x <= -1"),
    ("asin(sin(x))", "x", "-pi/2 <= x <= pi/2"),
    ("atan(tan(x))", "x", "-pi/2 < x < pi/2"),
    ("tanh(atanh(x))", "x", "-1 < x < 1"),
    ("relu(x)", "x", "x >= 0"),
    ("sign(x)**2", "1", "x != 0"),
    ("log(x**2)", "2*log(Abs(x))", "x != 0"),
    ("a**x*a**y", "a**(x + y)", "a > 0"),
    ("softplus(x, b)", "log(1 + exp(b*x))/b", "b > 0"),
    ("diff(softplus(x, b), x)", "sigmoid(b*x)", "b > 0"),
    ("elu(x, a)", "Piecewise((a*(exp(x) - 1), x <= 0), (x, True))", "a > 0"),
    ("swish(x, b)", "x*sigmoid(b*x)", "b > 0"),
    ("sqrt(a**2)", "a", "a > 0"),
    ("leaky_relu(x, a)", "Max(x, a*x)", "0 < a < 1"),
)
# False on the wrong branch of an inverse or outside the region where a branch is right:
# (lhs, rhs, assume, witness point).
WRONG_BRANCH: tuple[tuple[str, str, str | None, dict[str, str]], ...] = (
    ("sqrt(x**2)", "x", None, {"x": "-3/2"}),
    ("sqrt(x**2)", "x", "x > -1", {"x": "-1/2"}),
    ("sqrt(x**2)", "x", "x >= -10**(-9)", {"x": "-1/10**10"}),
    ("Abs(x)", "x", "x > -1/10", {"x": "-1/20"}),
    ("relu(x)", "x", "x > -10**(-6)", {"x": "-1/10**7"}),
    ("acosh(cosh(x))", "x", None, {"x": "-2"}),
    ("LambertW(x*exp(x))", "x", "x >= -2", {"x": "-3/2"}),
    ("LambertW(x*exp(x))", "x", "x < -1", {"x": "-2"}),
    ("LambertW(x*exp(x))", "x", "x >= -1 - 10**(-3)", {"x": "-10005/10000"}),
    ("LambertW(x*exp(x), -1)", "x", "x < 0", {"x": "-1/2"}),
    ("LambertW(x*exp(x), -1)", "x", "x <= -1/2", {"x": "-3/4"}),
    ("asin(sin(x))", "x", "-pi/2 <= x <= 2", {"x": "7/4"}),
    ("atan(tan(x))", "x", "0 < x < 3", {"x": "2"}),
    ("acos(cos(x))", "x", "-1 < x < 1", {"x": "-1/2"}),
    ("sqrt(x**2 + 2*x + 1)", "x + 1", "x > -2", {"x": "-3/2"}),
    ("atan(1/x)", "pi/2 - atan(x)", "x != 0", {"x": "-1"}),
)
# False only at a kink, jump or branch point t of u: (lhs, rhs, value of u at the witness).
AT_BRANCH_POINT: tuple[tuple[str, str, str], ...] = (
    ("hardshrink({u})", "({u})*Heaviside(Abs({u}) - 1/2, 1)", "1/2"),
    ("hardshrink({u})", "Piecewise(({u}, Abs({u}) >= 1/2), (0, True))", "-1/2"),
    ("Heaviside({u}, 1)", "(1 + sign({u}))/2", "0"),
    ("Heaviside({u}, 0)", "(1 + sign({u}))/2", "0"),
    ("sign({u})**2", "1", "0"),
    ("ceiling({u})", "floor({u}) + 1", "2"),
    ("Piecewise(({u}, {u} < 0), ({u} + 1, True))", "Piecewise(({u}, {u} <= 0), ({u} + 1, True))",
     "0"),
    ("Piecewise((0, {u} < 0), (1, True))", "Heaviside({u}, 0)", "0"),
    ("relu({u})", "Piecewise((0, {u} < 0), ({u} + 1, Eq({u}, 0)), ({u}, True))", "0"),
    ("relu6({u})", "Piecewise((0, {u} <= 0), ({u}, {u} < 6), (7, Eq({u}, 6)), (6, True))", "6"),
    ("Heaviside({u}, 1/2)", "Heaviside({u}, 1/2) + Heaviside({u}, 0) - Heaviside({u}, 1)", "0"),
)

_AFFINE_A = ("2", "-3", "1/2", "3/4", "-1", "5", "1/3", "-2/7")
_AFFINE_B = ("0", "1", "-2", "1/3", "5/2", "-7/4")
_DYADIC_A = ("1", "-1", "2", "-2", "1/2", "4", "-1/4")  # u(x) hits a branch point exactly
_DYADIC_B = ("0", "1", "-3/2", "1/4", "5")
_COMPOSE = ("tanh(x)", "sigmoid(x)", "softplus(x)", "relu(x)", "exp(x)", "x**2", "gelu(x)",
            "swish(x)", "Abs(x)", "elu(x)", "softsign(x)", "leaky_relu(x)", "hardtanh(x)",
            "mish(x)", "logsigmoid(x)", "sin(x)", "relu6(x)", "x**3", "tanh(2*x - 1)",
            "sigmoid(x/3 + 1)", "relu(x - 1/2)")
_MULTI = ("x*y", "x - y", "x + 2*y", "x*y + 1", "x**2 - y", "sigmoid(x)*y", "x/2 - y/3")
_OUTER = ("sigmoid", "tanh", "softplus", "exp", "atan")
_SCALE = ("2", "-3", "1/7", "5/2", "exp(x)", "(1 + x**2)", "sigmoid(x)", "cosh(x)")
_SHIFT = ("softplus(x)", "x**3", "tanh(x)", "relu(x - 1)", "1/3", "exp(-x)", "Abs(x)",
          "sigmoid(2*x)")
_PROBE = ("1/3", "-2/3", "3/2", "-5/4", "7/3", "2/5", "-3", "4")  # witness candidates

TRUE_FAMILIES = ("identity", "affine", "compose", "multivar", "scale", "shift", "chain",
                 "branch", "conditional")
FALSE_FAMILIES = ("bump", "tiny_constant", "interval", "one_point", "coefficient",
                  "inner_coefficient", "wrong_branch", "branch_point")
_TRUE_WEIGHTS = (1, 3, 3, 2, 2, 2, 2, 1, 1)
_FALSE_WEIGHTS = (3, 2, 2, 2, 2, 2, 1, 1)

_PAREN = re.compile(r"(?<![\w)])\((\w+)\)")


def _tidy(text: str) -> str:
    """``(x)`` -> ``x`` where the parentheses group a bare name or number (not a call)."""
    while True:
        new = _PAREN.sub(r"\1", text)
        if new == text:
            return text
        text = new


def _fill(template: str, **values: str) -> str:
    return _tidy(template.format(**values))


def _linear(a: str, b: str, var: str = "x") -> str:
    """``a*var + b`` written plainly: ``x/2 - 7/4``, ``-2*x/7 + 1``, ``-x``."""
    num, _, den = a.partition("/")
    head = {"1": var, "-1": f"-{var}"}.get(num, f"{num}*{var}") + (f"/{den}" if den else "")
    if b == "0":
        return head
    return f"{head} - {b[1:]}" if b.startswith("-") else f"{head} + {b}"


def _affine(rng: random.Random, var: str = "x") -> str:
    return _linear(rng.choice(_AFFINE_A), rng.choice(_AFFINE_B), var)


# --- true claims -----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Made:
    lhs: str
    rhs: str
    assume: str | None
    note: str


_Subst = Callable[[random.Random, str], str]


def _identity(rng: random.Random, subst: _Subst) -> _Made:
    """A one- or two-placeholder identity with each placeholder substituted."""
    if rng.random() < 0.25:
        lhs, rhs = rng.choice(PAIRS)
        z, w = subst(rng, "x"), subst(rng, "y")
        return _Made(_fill(lhs, z=z, w=w), _fill(rhs, z=z, w=w), None,
                     f"{lhs} = {rhs} with z = {z}, w = {w}")
    lhs, rhs = rng.choice(IDENTITIES)
    z = subst(rng, "x")
    return _Made(_fill(lhs, z=z), _fill(rhs, z=z), None, f"{lhs} = {rhs} with z = {z}")


def _plain(rng: random.Random, var: str) -> str:
    return var if var != "x" or rng.random() < 0.6 else rng.choice(("z", "t"))


def _composed(rng: random.Random, var: str) -> str:
    return re.sub(r"\bx\b", var, rng.choice(_COMPOSE))


def _multi(rng: random.Random, var: str) -> str:
    return rng.choice(_MULTI) if var == "x" else rng.choice(("x + y", "x*y", "y**2", "y"))


_SUBSTITUTIONS: Mapping[str, _Subst] = {"identity": _plain, "affine": _affine,
                                        "compose": _composed, "multivar": _multi}


def _true(rng: random.Random, family: str) -> _Made:
    """A true claim of ``family`` (one of TRUE_FAMILIES)."""
    if family in _SUBSTITUTIONS:
        made = _identity(rng, _SUBSTITUTIONS[family])
        if family == "compose" and rng.random() < 0.3:  # the same function of both sides
            g = rng.choice(_OUTER)
            made = _Made(f"{g}({made.lhs})", f"{g}({made.rhs})", None, made.note + f", {g}(.)")
        return made
    if family in ("scale", "shift"):
        made = _identity(rng, _SUBSTITUTIONS[rng.choice(list(_SUBSTITUTIONS))])
        if family == "scale":
            t = rng.choice(_SCALE)
            lhs, rhs = f"{t}*({made.lhs})", f"{t}*({made.rhs})"
        else:
            t = rng.choice(_SHIFT)
            lhs, rhs = f"{made.lhs} + {t}", f"{made.rhs} + {t}"
        return _Made(_tidy(lhs), _tidy(rhs), None, made.note + f", {family} by {t}")
    if family == "chain":  # d/dx f(u(x)) = u'(x) f'(u(x))
        f, fp = rng.choice(DERIVATIVES)
        if rng.random() < 0.6:
            u, du = rng.choice(INNER)
        else:
            du = rng.choice(_AFFINE_A)
            u = _linear(du, rng.choice(_AFFINE_B))
        lhs, outer = _fill("diff(" + f + ", x)", u=u), _fill(fp, u=u)
        rhs = outer if du == "1" else _tidy(f"({du})*({outer})")
        return _Made(lhs, rhs, None, f"d/du {f} = {fp} with u = {u}")
    if family == "branch":
        lhs, rhs = rng.choice(BRANCHES)
        u = rng.choice(("x", _affine(rng), _composed(rng, "x"), "x*y"))
        return _Made(_fill(lhs, u=u), _fill(rhs, u=u), None, f"{lhs} = {rhs} with u = {u}")
    lhs, rhs, assume = rng.choice(CONDITIONAL)
    return _Made(lhs, rhs, assume, "conditional identity")


# --- false near-misses -----------------------------------------------------------------------
@dataclass(frozen=True)
class _Miss:
    lhs: str
    rhs: str
    assume: str | None
    note: str
    candidates: tuple[dict[str, str], ...]  # witness candidates, best first
    digits: int  # the perturbation is about 10**-digits


def _false(rng: random.Random, family: str) -> _Miss:
    """A near-miss of ``family`` (one of FALSE_FAMILIES) with candidate witnesses."""
    if family == "wrong_branch":
        lhs, rhs, assume, point = rng.choice(WRONG_BRANCH)
        return _Miss(lhs, rhs, assume, "wrong branch", (point,), 0)
    if family == "branch_point":
        lhs, rhs, t = rng.choice(AT_BRANCH_POINT)
        a, b = rng.choice(_DYADIC_A), rng.choice(_DYADIC_B)
        u, x0 = _linear(a, b), (Fraction(t) - Fraction(b)) / Fraction(a)
        return _Miss(_fill(lhs, u=u), _fill(rhs, u=u), None,
                     f"{lhs} = {rhs} with u = {u}: differs only where u = {t}",
                     ({"x": str(x0)},), 0)
    if family == "inner_coefficient":  # z = a*x + b on the left, (a + 10**-k)*x + b right
        lhs, rhs = rng.choice(IDENTITIES)
        a, b, k = rng.choice(_AFFINE_A), rng.choice(_AFFINE_B), rng.choice((8, 12, 16))
        z, z2 = _linear(a, b), _linear(f"({a} + 10**(-{k}))", b)
        note = f"{lhs} = {rhs} with z = {z} on the left, z = {z2} on the right"
        probes = tuple({"x": p} for p in _PROBE[:5])
        return _Miss(_fill(lhs, z=z), _fill(rhs, z=z2), None, note, probes, k)
    base = rng.choices(TRUE_FAMILIES, weights=_TRUE_WEIGHTS)[0]
    made = _true(rng, base)
    lhs, rhs = made.lhs, made.rhs
    names = sorted(free_names(lhs) | free_names(rhs))
    v = "x" if "x" in names else names[0]
    where: dict[str, str] = {}  # where the perturbation shows
    if family == "bump":
        k, c = rng.choice((3, 6, 8, 12, 20, 30)), rng.choice(("40", "-40", "25", "60", "-100"))
        arg = f"({v} - {c})**2".replace("- -", "+ ")
        if "y" in names and v != "y" and rng.random() < 0.5:
            arg, where = arg + " - (y - 3)**2", {"y": "3"}
        rhs, digits, where = f"{rhs} + 10**(-{k})*exp(-{arg})", k, {**where, v: c}
    elif family == "tiny_constant":
        digits = rng.choice((20, 25, 30, 40))
        if rng.random() < 0.5:
            rhs = f"{rhs} + 10**(-{digits})"
        else:
            lhs = f"{lhs} - 10**(-{digits})"
    elif family == "interval":
        c = rng.choice(("1", "-3", "7/2", "20", "0"))
        cond = f"({v} > {c}) and ({v} < {c} + 10**(-6))"
        rhs, digits = f"{rhs} + Piecewise((10**(-8), {cond}), (0, True))", 8
        where = {v: f"{c} + 1/(2*10**6)"}
    elif family == "one_point":
        c = rng.choice(("0", "1", "-1/2", "3/4", "5", "1/8"))  # exact in binary
        d = rng.choice(("1", "10**(-6)", "1/3"))
        rhs, digits, where = f"{rhs} + Piecewise(({d}, Eq({v}, {c})), (0, True))", 6, {v: c}
    else:  # coefficient
        digits = rng.choice((9, 12, 15, 20))
        rhs = f"(1 + 10**(-{digits}))*({rhs})"
    candidates = [{n: "1/3" for n in names} | where] if where else []
    candidates += [{n: rng.choice(_PROBE) for n in names} | where for _ in range(4)]
    return _Miss(_tidy(lhs), _tidy(rhs), made.assume, f"{base}: {made.note}",
                 tuple(candidates), digits)


def generate(n: int, seed: int) -> list[Case]:
    """``n`` distinct claims, alternately true and false, seeded (a prefix of a longer run)."""
    rng = random.Random(seed)
    out: list[Case] = []
    seen: set[tuple[str, str, str | None]] = set()
    while len(out) < n:
        case = _one(rng, truth=len(out) % 2 == 0)
        if case is None or (case.lhs, case.rhs, case.assume) in seen:
            continue
        seen.add((case.lhs, case.rhs, case.assume))
        out.append(case)
    return out


def _one(rng: random.Random, truth: bool) -> Case | None:
    if truth:
        family = rng.choices(TRUE_FAMILIES, weights=_TRUE_WEIGHTS)[0]
        made = _true(rng, family)
        return Case(made.lhs, made.rhs, made.assume, True, family, made.note)
    family = rng.choices(FALSE_FAMILIES, weights=_FALSE_WEIGHTS)[0]
    miss = _false(rng, family)
    for point in miss.candidates:
        if certify(miss.lhs, miss.rhs, miss.assume, point, miss.digits):
            return Case(miss.lhs, miss.rhs, miss.assume, False, family, miss.note,
                        tuple(sorted(point.items())))
    return None  # no certified witness: not kept


# --- an independent evaluator: the claim's strings with mpmath -----------------------------
class Undefined(ArithmeticError):
    """A side has no real value at the point (complex, infinite, division by zero)."""


Env = Mapping[str, object]
_Fn = Callable[[Env], object]


def _real(v: object) -> object:
    if isinstance(v, mp.mpc):
        if v.imag != 0:
            raise Undefined("complex value")
        v = v.real
    if isinstance(v, mp.mpf) and (mp.isnan(v) or mp.isinf(v)):
        raise Undefined("not finite")
    return v


def _half() -> mp.mpf:
    return mp.mpf(1) / 2


def _heaviside(u, h=None):
    return mp.mpf(0) if u < 0 else mp.mpf(1) if u > 0 else (_half() if h is None else h)


def _clamp(u, lo, hi):
    """hardtanh's pieces: lo for u <= lo, u for u < hi, else hi."""
    lo, hi = mp.mpf(lo), mp.mpf(hi)
    return lo if u <= lo else u if u < hi else hi


def _softshrink(u, lam=None):
    lam = _half() if lam is None else lam
    return u + lam if u < -lam else mp.mpf(0) if u <= lam else u - lam


def _hardshrink(u, lam=None):
    lam = _half() if lam is None else lam
    return u if u < -lam else mp.mpf(0) if u <= lam else u


def _softplus(u, b=None):
    b = 1 if b is None else b
    return mp.log1p(mp.exp(b * u)) / b


def _elu(u, a=None):
    return u if u > 0 else (1 if a is None else a) * mp.expm1(u)


def _celu(u, a=None):
    a = 1 if a is None else a
    return u if u > 0 else a * mp.expm1(u / a)


# The catalog's definitions written anew from the papers and PyTorch's documentation.
FUNCTIONS: Mapping[str, Callable[..., object]] = {
    "exp": mp.exp, "log": lambda u, b=None: mp.log(u) if b is None else mp.log(u, b),
    "ln": mp.log, "sqrt": mp.sqrt, "sin": mp.sin, "cos": mp.cos, "tan": mp.tan,
    "atan": mp.atan, "asin": mp.asin, "acos": mp.acos, "tanh": mp.tanh, "sinh": mp.sinh,
    "cosh": mp.cosh, "sech": mp.sech, "csch": mp.csch, "coth": mp.coth, "asinh": mp.asinh,
    "acosh": mp.acosh, "atanh": mp.atanh, "erf": mp.erf, "erfc": mp.erfc,
    "LambertW": lambda u, k=0: mp.lambertw(u, int(k)), "Abs": abs, "abs": abs,
    "sign": mp.sign, "Max": max, "max": max, "Min": min, "min": min,
    "Heaviside": _heaviside, "floor": mp.floor, "ceiling": mp.ceil,
    "sigmoid": lambda u: 1 / (1 + mp.exp(-u)),
    "relu": lambda u: u if u > 0 else mp.mpf(0),
    "leaky_relu": lambda u, a=None: u if u > 0 else (mp.mpf(1) / 100 if a is None else a) * u,
    "elu": _elu, "celu": _celu,
    "swish": lambda u, b=None: u / (1 + mp.exp(-(1 if b is None else b) * u)),
    "silu": lambda u: u / (1 + mp.exp(-u)),
    "gelu": lambda u: u * (1 + mp.erf(u / mp.sqrt(2))) / 2,
    "mish": lambda u: u * mp.tanh(mp.log1p(mp.exp(u))),
    "softplus": _softplus,
    "hardtanh": lambda u, lo=-1, hi=1: _clamp(u, lo, hi),
    "hardsigmoid": lambda u: _clamp(u / 6 + _half(), 0, 1),
    "hardswish": lambda u: u * _clamp(u + 3, 0, 6) / 6,
    "relu6": lambda u: _clamp(u, 0, 6),
    "softsign": lambda u: u / (1 + abs(u)),
    "logsigmoid": lambda u: -mp.log1p(mp.exp(-u)),
    "tanhshrink": lambda u: u - mp.tanh(u),
    "softshrink": _softshrink, "hardshrink": _hardshrink,
    "identity": lambda u: u,
}
_CONSTANTS: Mapping[str, Callable[[], object]] = {
    "pi": lambda: +mp.pi, "E": lambda: +mp.e, "e": lambda: +mp.e, "oo": lambda: mp.inf,
    "True": lambda: True, "False": lambda: False,
}
_BIN: Mapping[type, Callable[[object, object], object]] = {
    ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b, ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b, ast.Pow: lambda a, b: a**b, ast.BitXor: lambda a, b: a**b,
}
_CMP: Mapping[type, Callable[[object, object], bool]] = {
    ast.Lt: lambda a, b: a < b, ast.LtE: lambda a, b: a <= b, ast.Gt: lambda a, b: a > b,
    ast.GtE: lambda a, b: a >= b, ast.Eq: lambda a, b: a == b, ast.NotEq: lambda a, b: a != b,
}
_UNDEFINED = (ZeroDivisionError, ValueError, TypeError, OverflowError)


def _compile(node: ast.AST) -> _Fn:
    """One closure per node; numbers are made at call time, at the current precision."""
    if isinstance(node, ast.Constant) and isinstance(node.value, bool):
        flag = node.value
        return lambda env: flag
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
        value = node.value
        return lambda env: mp.mpf(value)
    if isinstance(node, ast.Name):
        name = node.id
        if name in _CONSTANTS:
            make = _CONSTANTS[name]
            return lambda env: make()
        return lambda env: env[name]
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN:
        op, left, right = _BIN[type(node.op)], _compile(node.left), _compile(node.right)
        return lambda env: _real(op(left(env), right(env)))
    if isinstance(node, ast.UnaryOp):
        inner = _compile(node.operand)
        if isinstance(node.op, ast.USub):
            return lambda env: -inner(env)
        if isinstance(node.op, ast.UAdd):
            return inner
        return lambda env: not inner(env)
    if isinstance(node, ast.BoolOp):
        parts = [_compile(v) for v in node.values]
        if isinstance(node.op, ast.And):
            return lambda env: all(p(env) for p in parts)
        return lambda env: any(p(env) for p in parts)
    if isinstance(node, ast.Compare):
        return _compare(node)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return _call(node.func.id, node.args)
    raise ValueError(f"not in the evaluator's grammar: {ast.dump(node)[:60]}")


def _compare(node: ast.Compare) -> _Fn:
    first = _compile(node.left)
    rest = [(_CMP[type(o)], _compile(c)) for o, c in zip(node.ops, node.comparators, strict=True)]

    def compare(env: Env) -> bool:
        a = first(env)
        for op, c in rest:
            b = c(env)
            if not op(a, b):
                return False
            a = b
        return True
    return compare


def _call(name: str, args: list[ast.expr]) -> _Fn:
    if name == "Piecewise":
        pieces = [(_compile(a.elts[0]), _compile(a.elts[1])) for a in args
                  if isinstance(a, ast.Tuple)]

        def piecewise(env: Env) -> object:
            for value, cond in pieces:
                if cond(env):
                    return value(env)
            raise Undefined("no piece holds")
        return piecewise
    if name in ("Eq", "Ne"):
        a, b = _compile(args[0]), _compile(args[1])
        if name == "Eq":
            return lambda env: a(env) == b(env)
        return lambda env: a(env) != b(env)
    if name == "diff":  # numerically (mpmath's extrapolated differences), smooth points only
        body, var = _compile(args[0]), getattr(args[1], "id", "")
        return lambda env: mp.diff(lambda t: body({**env, var: t}), env[var])
    if name not in FUNCTIONS:
        raise ValueError(f"not in the evaluator's grammar: {name}()")
    fn, parts = FUNCTIONS[name], [_compile(a) for a in args]

    def call(env: Env) -> object:
        try:
            return _real(fn(*(p(env) for p in parts)))
        except _UNDEFINED as exc:
            raise Undefined(f"{name}: {exc}") from None
    return call


_CACHE: dict[str, tuple[_Fn, frozenset[str]]] = {}


def compiled(text: str) -> tuple[_Fn, frozenset[str]]:
    """The evaluator of ``text`` and the names of its variables."""
    if text not in _CACHE:
        tree = ast.parse(text.replace("^", "**").strip(), mode="eval")
        calls = {n.func.id for n in ast.walk(tree)
                 if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
        names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        _CACHE[text] = (_compile(tree.body), frozenset(names - calls - set(_CONSTANTS)))
    return _CACHE[text]


def free_names(text: str) -> frozenset[str]:
    """The variables of ``text``."""
    return compiled(text)[1]


def evaluate(text: str, point: Mapping[str, str], dps: int = 50) -> object:
    """``text`` at ``point`` (values as exact strings such as ``"-3/2"``) with ``dps``
    digits: an mpf, or a bool for a condition; raises Undefined where it has no real value."""
    with mp.workdps(dps):
        try:
            env = {k: compiled(v)[0]({}) for k, v in point.items()}
            out = compiled(text)[0](env)
        except _UNDEFINED as exc:
            raise Undefined(str(exc)) from None
        return out if isinstance(out, bool) else +mp.mpf(_real(out))


def holds(assume: str | None, point: Mapping[str, str]) -> bool:
    """Whether every clause of ``assume`` (comparisons, top-level commas) holds at ``point``."""
    if not assume:
        return True
    try:
        return all(evaluate(c, point) for c in _clauses(assume))
    except Undefined:
        return False


def _clauses(assume: str) -> list[str]:
    out, depth, start = [], 0, 0
    for i, ch in enumerate(assume):
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            out.append(assume[start:i])
            start = i + 1
    return [*out, assume[start:]]


def certify(lhs: str, rhs: str, assume: str | None, point: Mapping[str, str],
            digits: int = 0) -> bool:
    """Whether the sides differ at ``point`` (inside ``assume``): a nonzero difference that
    stays the same when the precision doubles (``digits``: size of the perturbation)."""
    if not holds(assume, point):
        return False
    dps = 60 + digits
    try:
        small, large = (evaluate(lhs, point, d) - evaluate(rhs, point, d) for d in (dps, 2 * dps))
    except Undefined:
        return False
    with mp.workdps(2 * dps):
        return large != 0 and abs(small - large) <= abs(large) / 1000


def agrees(lhs: str, rhs: str, point: Mapping[str, str], digits: int = 35) -> bool:
    """Whether the sides agree at ``point`` to ``digits`` digits (relative to the larger
    side, at least 1), at 50 digits of working precision or, where cancellation eats them,
    at 200, 1000 or 5000. Raises Undefined where a side has no real value."""
    for dps in (50, 200, 1000, 5000):
        left, right = evaluate(lhs, point, dps), evaluate(rhs, point, dps)
        with mp.workdps(dps):
            if abs(left - right) <= mp.mpf(10) ** -digits * max(1, abs(left), abs(right)):
                return True
    return False


def confirms(case: Case, point: Mapping[str, str], digits: int = 0) -> bool:
    """Whether a counterexample holds up: inside the assumption the sides differ there (at
    ``digits`` more digits), or exactly one of them has a real value. A variable the point
    leaves out (it should cancel) is set to 1/3."""
    names = free_names(case.lhs) | free_names(case.rhs) | (
        free_names(case.assume.replace(",", " and ")) if case.assume else frozenset())
    point = {n: "1/3" for n in names} | dict(point)  # a variable the point omits: any value
    # a difference such as 10**-8 * exp(-1600) at an exact point needs more digits than the
    # prover's exact evaluation reports
    if any(certify(case.lhs, case.rhs, case.assume, point, digits + more)
           for more in (0, 1000, 5000)):
        return True
    defined = []
    for side in (case.lhs, case.rhs):
        try:
            evaluate(side, point, 60 + digits)
            defined.append(True)
        except Undefined:
            defined.append(False)
    return holds(case.assume, point) and defined.count(True) == 1
