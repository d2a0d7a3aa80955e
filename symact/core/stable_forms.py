"""Authored stable forms of the catalog activations, proved equal to their definitions.

``FORMS[name]`` holds the value and derivative as SymPy expressions in the catalog's ``x`` (and
parameter symbols) with explicit regime splits: each Piecewise branch is proved equal to the
definition under its condition (``tests/core/test_stable.py``). The kernels of
:mod:`symact.numeric.kernels` evaluate exactly these forms; comments say where a kernel also uses
a rounding fact (below x = −708, 1 + eˣ rounds to 1). ``log1p``/``expm1`` are SymPy's codegen
functions: ``expand_func`` turns them into log(1 + u)/exp(u) − 1 for proofs.

>>> FORMS["softplus"].value
Piecewise((log1p(exp(beta*x))/beta, x <= 0), (x + log1p(exp(-beta*x))/beta, True))
>>> FORMS["selu"].kernel_constants
(lambda, alpha*lambda)
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp
from sympy.codegen.cfunctions import expm1, log1p

from .stable_functions import Erfc
from .symbols import X, alpha, beta, lam, lambd, max_val, min_val

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
    # The kernel's extra arguments, as expressions in the parameter symbols; None: the
    # parameters themselves, in the record's order. SELU's kernel takes λ and the product λα
    # (rounded once), not α.
    kernel_constants: tuple[sp.Expr, ...] | None = None


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
                       Pw((y + lam * alpha, y <= 0), (lam, True)),
                       kernel_constants=(lam, lam * alpha)),
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


# Φ(x) split as scipy's ndtr does: erfc(−x/√2)/2 below −1 (Erfc: kept as written),
# (1 + erf(x/√2))/2 on (−1, 1), 1 − erfc(x/√2)/2 above
_PHI = Pw((Erfc(-x / sp.sqrt(2)) / 2, x <= -1), ((1 + sp.erf(x / sp.sqrt(2))) / 2, x < 1),
          (1 - sp.erfc(x / sp.sqrt(2)) / 2, True))
FORMS["gelu"] = StableForm(
    sp.piecewise_fold(x * _PHI), sp.piecewise_fold(_PHI + x * exp(-x**2 / 2) / sp.sqrt(2 * sp.pi)),
    None, "x < −37: erfc(z) = erfcx(z)e^{−z²}, the subnormal rounded once")
