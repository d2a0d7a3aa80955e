"""Authored stable forms of the catalog activations, and rewrite rules for custom expressions.

``FORMS[name]`` holds the value and derivative as SymPy expressions in the catalog's ``x`` (and
parameter symbols) with explicit regime splits: each Piecewise branch is proved equal to the
definition under its condition (``tests/test_stable.py``). The kernels of :mod:`symact.kernels`
evaluate exactly these forms; comments say where a kernel also uses a rounding fact (below
x = −708, 1 + eˣ rounds to 1). ``log1p``/``expm1`` are SymPy's codegen functions:
``expand_func`` turns them into log(1 + u)/exp(u) − 1 for proofs.

``RULES`` rewrite unstable patterns of custom expressions into stable functions
(:class:`Sigmoid`, :class:`Softplus`, ...), each rule a named value with a proved example.

>>> FORMS["softplus"].value
Piecewise((log1p(exp(beta*x))/beta, x <= 0), (x + log1p(exp(-beta*x))/beta, True))
>>> rewrite(parse("log(1 + exp(2*x))"))
Softplus(2*x)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sympy as sp
from sympy.codegen.cfunctions import expm1, log1p

from .activation import X
from .parse import parse  # noqa: F401  (doctest)
from .symbols import alpha, beta, lam, lambd, max_val, min_val

x = X
y = sp.Symbol("y", real=True)
exp, Pw = sp.exp, sp.Piecewise


@dataclass(frozen=True)
class StableForm:
    """Value and derivative (in x), derivative from the output (in y, or None)."""

    value: sp.Expr
    derivative: sp.Expr
    derivative_from_output: sp.Expr | None = None
    note: str = ""


def _sig(u: sp.Expr) -> sp.Expr:
    """σ(u) = 1/(1 + e^{−u}), finite for u ≥ −708; below, e^u/(1 + e^u) (the kernel: e^u)."""
    return Pw((exp(u) / (1 + exp(u)), u < -708), (1 / (1 + exp(-u)), True))


def _sig_d(u: sp.Expr, du: sp.Expr = sp.S.One) -> sp.Expr:
    """σ'(u)·du with e = e^{−|u|}: e/(1 + e)² on both sides."""
    return Pw((du * exp(u) / (1 + exp(u)) ** 2, u < 0), (du * exp(-u) / (1 + exp(-u)) ** 2,
                                                           True))


_SQ2PI = sp.sqrt(2 / sp.pi)
_GT_C = sp.Rational(44715, 10**6)
_v = 2 * _SQ2PI * x * (1 + _GT_C * x**2)  # gelu_tanh: 2u
_w = x * 2 * _SQ2PI * (1 + 3 * _GT_C * x**2)  # x·v'
_e, _q = exp(x), exp(-x)
_n = _e * (_e + 2)
_sw_s = 1 / (1 + exp(-beta * x))  # swish: σ(βx)
_TS = x * sp.cosh(x) - sp.sinh(x)
# (x + 3)/6 kept as written: SymPy would distribute it into x/6 + 1/2, which cancels near −3
_plus3 = sp.Mul(sp.Add(x, 3, evaluate=False), sp.Rational(1, 6), evaluate=False)

FORMS: dict[str, StableForm] = {
    "sigmoid": StableForm(_sig(x), _sig_d(x), y * (1 - y),
                          "x < −708: 1 + eˣ rounds to 1, the kernel returns eˣ"),
    "tanh": StableForm(sp.tanh(x), (1 / sp.cosh(x)) ** 2, 1 - y**2,
                       "sech² = (1/cosh x)²: no 1 − tanh² cancellation; cosh = inf gives 0"),
    "relu": StableForm(Pw((0, x <= 0), (x, True)), Pw((0, x <= 0), (1, True)),
                       Pw((0, y <= 0), (1, True))),
    "leaky_relu": StableForm(Pw((alpha * x, x <= 0), (x, True)), Pw((alpha, x <= 0), (1, True)),
                             Pw((alpha, y <= 0), (1, True))),
    "elu": StableForm(Pw((alpha * expm1(x), x <= 0), (x, True)),
                      Pw((alpha * exp(x), x <= 0), (1, True)), Pw((y + alpha, y <= 0), (1, True))),
    "selu": StableForm(Pw((lam * alpha * expm1(x), x <= 0), (lam * x, True)),
                       Pw((lam * alpha * exp(x), x <= 0), (lam, True)),
                       Pw((y + lam * alpha, y <= 0), (lam, True))),
    "swish": StableForm(
        Pw((x * exp(beta * x) / (1 + exp(beta * x)), beta * x < -708),
           (x / (1 + exp(-beta * x)), True)),
        Pw((exp(beta * x) * (1 + exp(beta * x) + beta * x) / (1 + exp(beta * x)) ** 2,
            beta * x < -708),
           (_sw_s * (1 + beta * x / (1 + exp(beta * x))), True)),
        None, "σ(v)(1 + v·σ(−v)), v = βx; the kernel takes σ(−v) as e^{−v}·σ(v) (one exp, "
              "accurate while σ(v) is normal); βx < −708: x·e^{βx} and (1 + βx)e^{βx}, the "
              "subnormal rounded once"),
    "gelu_tanh": StableForm(
        Pw((x * exp(_v) / (1 + exp(_v)), x < 0), (x / (1 + exp(-_v)), True)),
        Pw((exp(_v) * (1 + exp(_v) + _w) / (1 + exp(_v)) ** 2, x < 0),
           ((1 + exp(-_v) + _w * exp(-_v)) / (1 + exp(-_v)) ** 2, True)),
        None, "(1 + tanh u)/2 = σ(2u): no cancellation for x < 0"),
    "mish": StableForm(
        Pw((x * _n / (_n + 2), x <= 20), (x * (1 + 2 * _q) / (1 + 2 * _q * (1 + _q)), True)),
        Pw((_n / (_n + 2) + x * 4 * _e * (1 + _e) / ((1 + _e) ** 2 + 1) ** 2, x <= 40),
           ((1 + 2 * _q) / (1 + 2 * _q * (1 + _q))
            + x * 4 * _q**2 * (1 + _q) / ((1 + _q) ** 2 + _q**2) ** 2, True)),
        None, "tanh(log(1 + eˣ)) = n/(n + 2), n = eˣ(eˣ + 2), a rational function of e^{∓x}; "
              "the NumPy kernel evaluates the first branch at min(x, 20) (min(x, 40) for the "
              "derivative): beyond, the second branch rounds to x (to 1); below −708 it rounds "
              "x·eˣ once"),
    "softplus": StableForm(
        Pw((log1p(exp(beta * x)) / beta, x <= 0), (x + log1p(exp(-beta * x)) / beta, True)),
        _sig(beta * x),
        -expm1(-beta * y), "np.logaddexp(0, βx)/β"),
    "hardtanh": StableForm(Pw((min_val, x <= min_val), (x, x < max_val), (max_val, True)),
                           Pw((0, x <= min_val), (1, x < max_val), (0, True)),
                           Pw((0, y <= min_val), (1, y < max_val), (0, True))),
    "hardsigmoid": StableForm(Pw((0, x <= -3), (_plus3, x < 3), (1, True)),
                              Pw((0, x <= -3), (sp.Rational(1, 6), x < 3), (0, True)),
                              Pw((0, y <= 0), (sp.Rational(1, 6), y < 1), (0, True)),
                              "x + 3 is exact near the kink"),
    "hardswish": StableForm(Pw((0, x <= -3), (sp.Mul(x, _plus3, evaluate=False), x < 3),
                               (x, True)),
                            Pw((0, x <= -3), ((2 * x + 3) / 6, x < 3), (1, True))),
    "relu6": StableForm(Pw((0, x <= 0), (x, x < 6), (6, True)),
                        Pw((0, x <= 0), (1, x < 6), (0, True)),
                        Pw((0, y <= 0), (1, y < 6), (0, True))),
    "celu": StableForm(Pw((alpha * expm1(x / alpha), x <= 0), (x, True)),
                       Pw((exp(x / alpha), x <= 0), (1, True)),
                       Pw((y / alpha + 1, y <= 0), (1, True))),
    "softsign": StableForm(Pw((x / (1 - x), x < 0), (x / (1 + x), True)),
                           Pw(((1 / (1 - x)) ** 2, x < 0), ((1 / (1 + x)) ** 2, True)),
                           (1 - sp.Abs(y)) ** 2, "square 1/(1 + |x|) last: subnormal results"),
    "logsigmoid": StableForm(Pw((x - log1p(exp(x)), x < 0), (-log1p(exp(-x)), True)),
                             _sig(-x), -expm1(y), "scipy log_expit"),
    "tanhshrink": StableForm(Pw((_TS / sp.cosh(x), sp.Abs(x) < 1), (x - sp.tanh(x), True)),
                             sp.tanh(x) ** 2, None,
                             "|x| < 1: x cosh x − sinh x = Σ 2k x^{2k+1}/(2k+1)!, k ≤ 10"),
    "softshrink": StableForm(Pw((x + lambd, x < -lambd), (0, x <= lambd), (x - lambd, True)),
                             Pw((1, x < -lambd), (0, x <= lambd), (1, True)),
                             Pw((0, sp.Eq(y, 0)), (1, True))),
    "hardshrink": StableForm(Pw((x, x < -lambd), (0, x <= lambd), (x, True)),
                             Pw((1, x < -lambd), (0, x <= lambd), (1, True)),
                             Pw((0, sp.Eq(y, 0)), (1, True))),
    "identity": StableForm(x, sp.S.One, sp.S.One),
}

# x cosh x − sinh x as the positive series the tanhshrink kernel sums (|x| < 1, 10 terms)
_k = sp.Symbol("k", integer=True, positive=True)
TANHSHRINK_SERIES = sp.Sum(2 * _k * x ** (2 * _k + 1) / sp.factorial(2 * _k + 1), (_k, 1, sp.oo))


# --- stable functions for custom expressions -------------------------------------------------
class StableFunction(sp.Function):
    """A function with a stable kernel; ``definition()`` gives the plain SymPy meaning."""

    kernel = ""

    def definition(self) -> sp.Expr:
        raise NotImplementedError


class Sigmoid(StableFunction):
    """σ(u) = 1/(1 + e^{−u})."""

    kernel = "sigmoid"

    def definition(self) -> sp.Expr:
        return 1 / (1 + exp(-self.args[0]))

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        u = self.args[0]
        return Sigmoid(u) * Sigmoid(-u)


class Softplus(StableFunction):
    """log(1 + e^u)."""

    kernel = "softplus"

    def definition(self) -> sp.Expr:
        return sp.log(1 + exp(self.args[0]))

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        return Sigmoid(self.args[0])


class LogSigmoid(StableFunction):
    """log σ(u) = −log(1 + e^{−u})."""

    kernel = "logsigmoid"

    def definition(self) -> sp.Expr:
        return -sp.log(1 + exp(-self.args[0]))

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        return Sigmoid(-self.args[0])


class TanhSoftplus(StableFunction):
    """tanh(log(1 + e^u)) (mish's gate)."""

    kernel = "tanh_softplus"

    def definition(self) -> sp.Expr:
        return sp.tanh(sp.log(1 + exp(self.args[0])))

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        u = self.args[0]
        return (1 - TanhSoftplus(u) ** 2) * Sigmoid(u)


class Erfc(StableFunction):
    """erfc(u), kept as written: SymPy rewrites erfc(−u) to 2 − erfc(u), which cancels."""

    kernel = "erfc"

    def definition(self) -> sp.Expr:
        return sp.erfc(self.args[0])

    def fdiff(self, argindex: int = 1) -> sp.Expr:
        u = self.args[0]
        return -2 * exp(-u**2) / sp.sqrt(sp.pi)


STABLE_FUNCTIONS = (Sigmoid, Softplus, LogSigmoid, TanhSoftplus, Erfc)

# Φ(x) split as scipy's ndtr does: erfc(−x/√2)/2 below −1 (Erfc: kept as written),
# (1 + erf(x/√2))/2 on (−1, 1), 1 − erfc(x/√2)/2 above
_PHI = Pw((Erfc(-x / sp.sqrt(2)) / 2, x <= -1), ((1 + sp.erf(x / sp.sqrt(2))) / 2, x < 1),
          (1 - sp.erfc(x / sp.sqrt(2)) / 2, True))
FORMS["gelu"] = StableForm(
    sp.piecewise_fold(x * _PHI), sp.piecewise_fold(_PHI + x * exp(-x**2 / 2) / sp.sqrt(2 * sp.pi)),
    None, "x < −37: erfc(z) = erfcx(z)e^{−z²}, the subnormal rounded once")


def definitions(expr: sp.Expr) -> sp.Expr:
    """Replace stable functions by their definitions, log1p/expm1 by log/exp (for proofs)."""
    expr = expr.replace(lambda e: isinstance(e, StableFunction), lambda e: e.definition())
    return expr.replace(lambda e: isinstance(e, log1p | expm1), lambda e: sp.expand_func(e))


# --- rewrite rules ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Rule:
    """A named rewrite: ``apply`` maps a subexpression to its stable form or returns None."""

    name: str
    doc: str
    apply: Callable[[sp.Expr], sp.Expr | None]
    example: tuple[str, str]  # (input, expected output) for the rule's own test

    def __call__(self, expr: sp.Expr) -> sp.Expr:
        """Top-down: the largest matching subexpression is rewritten first."""
        if not isinstance(expr, sp.Basic) or expr.is_Atom:
            return expr
        new = self.apply(expr)
        if new is not None:
            return new.func(*(self(a) for a in new.args)) if new.args else new
        args = tuple(self(a) for a in expr.args)
        return expr.func(*args) if args != expr.args else expr


def _one_plus_exp(e: sp.Expr) -> sp.Expr | None:
    """u when e is 1 + exp(u)."""
    if isinstance(e, sp.Add) and len(e.args) == 2 and sp.S.One in e.args:
        other = e.args[0] if e.args[1] == 1 else e.args[1]
        if isinstance(other, sp.exp):
            return other.args[0]
    return None


def _sigmoid(e: sp.Expr) -> sp.Expr | None:
    # 1/(1 + e^{-u})
    if isinstance(e, sp.Pow) and e.exp == -1 and (u := _one_plus_exp(e.base)) is not None:
        return Sigmoid(-u)
    # e^u/(1 + e^u) (SymPy keeps it as a product of e^u and (1 + e^u)^-1)
    if isinstance(e, sp.Mul):
        for f in e.args:
            if isinstance(f, sp.Pow) and f.exp == -1 and (u := _one_plus_exp(f.base)) is not None:
                rest = e / f
                if rest == exp(u):
                    return Sigmoid(u)
                if isinstance(rest, sp.Mul) and exp(u) in rest.args:
                    return (rest / exp(u)) * Sigmoid(u)
    return None


def _log_sigmoid(e: sp.Expr) -> sp.Expr | None:
    if not isinstance(e, sp.log):
        return None
    a = e.args[0]
    if isinstance(a, Sigmoid):
        return LogSigmoid(a.args[0])
    # log(1/(1 + e^u)) = logsigmoid(−u)
    if isinstance(a, sp.Pow) and a.exp == -1 and (u := _one_plus_exp(a.base)) is not None:
        return LogSigmoid(-u)
    return None


def _softplus(e: sp.Expr) -> sp.Expr | None:
    if isinstance(e, sp.log) and (u := _one_plus_exp(e.args[0])) is not None:
        return Softplus(u)
    return None


def _tanh_softplus(e: sp.Expr) -> sp.Expr | None:
    if isinstance(e, sp.tanh):
        a = e.args[0]
        if isinstance(a, Softplus):
            return TanhSoftplus(a.args[0])
        if (u := _softplus(a)) is not None:
            return TanhSoftplus(u.args[0])
    return None


def _one_plus(e: sp.Expr, f: type) -> tuple[int, sp.Expr] | None:
    """(s, u) when e is 1 + s·f(u) with s = ±1."""
    if isinstance(e, sp.Add) and len(e.args) == 2 and sp.S.One in e.args:
        other = e.args[0] if e.args[1] == 1 else e.args[1]
        if isinstance(other, f):
            return 1, other.args[0]
        if isinstance(other, sp.Mul) and other.args[0] == -1 and len(other.args) == 2 \
                and isinstance(other.args[1], f):
            return -1, other.args[1].args[0]
    return None


def _erf(e: sp.Expr) -> sp.Expr | None:
    # 1 + erf(u) = erfc(−u) and 1 − erf(u) = erfc(u): no cancellation in the tail
    if (m := _one_plus(e, sp.erf)) is not None:
        s, u = m
        return Erfc(-u) if s == 1 else Erfc(u)
    return None


def _tanh_sum(e: sp.Expr) -> sp.Expr | None:
    # 1 ± tanh(u) = 2σ(±2u)
    if (m := _one_plus(e, sp.tanh)) is not None:
        s, u = m
        return 2 * Sigmoid(2 * s * u)
    return None


def _expm1(e: sp.Expr) -> sp.Expr | None:
    if isinstance(e, sp.Add) and len(e.args) == 2 and sp.S.NegativeOne in e.args:
        other = e.args[0] if e.args[1] == -1 else e.args[1]
        if isinstance(other, sp.exp):
            return expm1(other.args[0])
    return None


def _log1p(e: sp.Expr) -> sp.Expr | None:
    if isinstance(e, sp.log) and isinstance(e.args[0], sp.Add) and sp.S.One in e.args[0].args:
        return log1p(e.args[0] - 1)
    return None


RULES: tuple[Rule, ...] = (
    Rule("sigmoid", "1/(1 + e^{−u}) and e^u/(1 + e^u) → σ(u)", _sigmoid,
         ("1/(1 + exp(-x))", "Sigmoid(x)")),
    Rule("log_sigmoid", "log σ(u) → logsigmoid(u)", _log_sigmoid,
         ("log(1/(1 + exp(-x)))", "LogSigmoid(x)")),
    Rule("softplus", "log(1 + e^u) → softplus(u) = logaddexp(0, u)", _softplus,
         ("log(1 + exp(2*x))", "Softplus(2*x)")),
    Rule("tanh_softplus", "tanh(softplus(u)) → a rational function of e^{∓u}", _tanh_softplus,
         ("tanh(log(1 + exp(x)))", "TanhSoftplus(x)")),
    Rule("erf_complement", "1 ± erf(u) → erfc(∓u)", _erf,
         ("x*(1 + erf(x/sqrt(2)))/2", "x*Erfc(-sqrt(2)*x/2)/2")),
    Rule("tanh_sum", "1 ± tanh(u) → 2σ(±2u)", _tanh_sum,
         ("x*(1 + tanh(x))/2", "x*Sigmoid(2*x)")),
    Rule("expm1", "e^u − 1 → expm1(u)", _expm1, ("exp(x) - 1", "expm1(x)")),
    Rule("log1p", "log(1 + u) → log1p(u)", _log1p, ("log(1 + x**2)", "log1p(x**2)")),
)


def rewrite(expr: sp.Expr, rules: tuple[Rule, ...] = RULES) -> sp.Expr:
    """Apply the rules in order, each to every matching subexpression (top-down).

    Common factors are pulled out first: x·erf(x)/2 + x/2 becomes x·(1 + erf(x))/2.
    """
    expr = sp.factor_terms(expr)
    for rule in rules:
        expr = rule(expr)
    return expr
