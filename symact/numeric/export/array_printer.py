"""Stable forms as array code for torch and jax: one vocabulary, one small subclass per target.

:class:`_ArrayPrinter` prints a SymPy node with one ``_print_<Node>`` method per node type (the
most specific class of the node's MRO wins) and one fallback that looks the function up in the
target's table or names what it cannot export. Piecewise becomes nested ``where``; numbers are
float literals (``repr(float(N(e, 40)))``, Integers as ``2.0``). The subclasses hold what
differs: the function table, whole-array constants (torch), reciprocal powers (jax).

>>> import sympy as sp
>>> x = sp.Symbol("x")
>>> PRINTERS["jax"]()(sp.Piecewise((sp.Integer(0), x < 0), (sp.exp(x), True)))
'jnp.where((x < 0.0), 0.0, jnp.exp(x))'
>>> PRINTERS["jax"]().branch(x**-2), PRINTERS["torch"]().branch(sp.Rational(1, 2))
('(1.0 / (x ** 2))', 'torch.full_like(x, 0.5)')
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import ClassVar

import sympy as sp

from ...errors import ExportError
from ..removable import two_parts

_REL = {"<": "<", "<=": "<=", ">": ">", ">=": ">=", "==": "==", "!=": "!="}


class _ArrayPrinter:
    """SymPy node -> array code; every function name comes from the target's table."""

    target: ClassVar[str] = ""  # the target's name, for the "cannot export" message
    funcs: ClassVar[Mapping[str, str]] = MappingProxyType({})  # SymPy name -> target call
    zeros_like: ClassVar[str] = ""  # the target's zeros_like and logaddexp (for Softplus)
    logaddexp: ClassVar[str] = ""

    def branch(self, e: sp.Basic) -> str:
        """``e`` as the value of a ``where`` branch (or of a whole function)."""
        return self(e)

    def __call__(self, e: sp.Basic) -> str:
        if e is sp.nan:
            return "math.nan"
        if e.is_number and not isinstance(e, sp.Integer | sp.Piecewise):
            return repr(float(sp.N(e, 40)))
        for cls in type(e).__mro__:
            method = getattr(self, f"_print_{cls.__name__}", None)
            if method is not None:
                return method(e)
        raise ExportError(f"cannot export {type(e).__name__} to {self.target}")

    def _print_Piecewise(self, e: sp.Piecewise) -> str:
        branches = list(e.args)
        if branches[-1].cond is not sp.true:
            branches.append((sp.nan, sp.true))  # no branch holds: nan, as in SymPy
        *branches, (last, _) = branches
        out = self.branch(last)
        for val, cond in reversed(branches):
            out = f"{self.funcs['where']}({self(cond)}, {self.branch(val)}, {out})"
        return out

    def _print_Heaviside(self, e: sp.Heaviside) -> str:
        u = e.args[0]
        h0 = e.args[1] if len(e.args) > 1 else sp.S.Half
        return self(sp.Piecewise((0, u < 0), (1, u > 0), (h0, sp.Eq(u, 0)),
                                 evaluate=False))

    def _print_Max(self, e: sp.Expr) -> str:
        return self._chain(self.funcs["maximum"], tuple(self.branch(a) for a in e.args),
                           printed=True)

    def _print_Min(self, e: sp.Expr) -> str:
        return self._chain(self.funcs["minimum"], tuple(self.branch(a) for a in e.args),
                           printed=True)

    def _print_Symbol(self, e: sp.Symbol) -> str:
        return e.name

    def _print_Integer(self, e: sp.Integer) -> str:
        return f"{int(e)}.0"

    def _print_Add(self, e: sp.Add) -> str:
        split = two_parts(e)  # x - pi as (x - pi_hi) - pi_lo, as the NumPy printer does
        if split is not None:
            rest, hi, lo = split
            return f"((({self(rest)}) + {hi!r}) + {lo!r})"
        return "(" + " + ".join(self(a) for a in e.args) + ")"

    def _print_Mul(self, e: sp.Mul) -> str:
        # split without re-evaluating (SymPy would distribute (x + 3)/6 into x/6 + 1/2);
        # exact coefficients (½, −1) first, the bare variable last: (2 + e)·e·x cannot
        # become (x·2)·0 = inf·0 for huge x
        num: list[str] = []
        den: list[str] = []
        last: list[str] = []
        for a in e.args:
            if a.is_Rational and not a.is_Integer:
                q = int(a.q)
                if q & (q - 1) == 0:  # a power of two: multiplying is exact
                    num.insert(0, repr(float(a)))
                    continue
                if a.p != 1:
                    num.insert(0, self(sp.Integer(a.p)))
                den.append(self(sp.Integer(q)))
            elif isinstance(a, sp.Pow) and a.exp == -1:
                den.append(self(a.base))
            elif isinstance(a, sp.Symbol):
                last.append(self(a))
            else:
                num.append(self(a))
        top = "(" + " * ".join(num + last or ["1.0"]) + ")"
        return f"({top} / {' / '.join(den)})" if den else top

    def _print_Pow(self, e: sp.Pow) -> str:
        if e.exp == sp.S.Half:
            return f"{self.funcs['sqrt']}({self(e.base)})"
        if e.exp == -1:
            return f"(1.0 / {self(e.base)})"
        if e.exp.is_Integer and e.exp < 0:
            return self._negative_power(e)
        if e.exp.is_Integer and e.exp > 0:
            return f"({self(e.base)} ** {int(e.exp)})"
        return f"({self(e.base)} ** {self(e.exp)})"

    def _negative_power(self, e: sp.Pow) -> str:
        """b**-n for an integer n > 1."""
        return f"({self(e.base)} ** {self(e.exp)})"

    def _print_Relational(self, e: sp.core.relational.Relational) -> str:
        return f"({self(e.lhs)} {_REL[e.rel_op]} {self(e.rhs)})"

    def _print_And(self, e: sp.And) -> str:
        return self._chain(self.funcs["and"], e.args)

    def _print_Or(self, e: sp.Or) -> str:
        return self._chain(self.funcs["or"], e.args)

    def _chain(self, op: str, args: tuple, printed: bool = False) -> str:
        """op(op(a, b), c); ``printed``: the arguments are already code."""
        code = list(args) if printed else [self(a) for a in args]
        out = code[0]
        for a in code[1:]:
            out = f"{op}({out}, {a})"
        return out

    def _print_ITE(self, e: sp.Basic) -> str:
        """ITE(a, b, c) in a condition (the derivative of Min(Max(x, 0), 5)): as And/Or."""
        return self(e.to_nnf())

    def _print_Not(self, e: sp.Not) -> str:
        return f"{self.funcs['not']}({self(e.args[0])})"

    def _print_Softplus(self, e: sp.Function) -> str:
        u = self(e.args[0])
        return f"{self.logaddexp}({self.zeros_like}({u}), {u})"

    def _print_TanhSoftplus(self, e: sp.Function) -> str:
        return self(sp.tanh(sp.Function("Softplus")(e.args[0])))

    def _print_Basic(self, e: sp.Basic) -> str:
        """Any other node: a function of the target's table, or not exportable."""
        name = type(e).__name__
        if name in self.funcs:
            return f"{self.funcs[name]}(" + ", ".join(self(a) for a in e.args) + ")"
        raise ExportError(f"cannot export {name} to {self.target}")


class _TorchPrinter(_ArrayPrinter):
    target = "torch"
    funcs = MappingProxyType({
        "exp": "torch.exp", "log": "torch.log", "log1p": "torch.log1p",
        "expm1": "torch.expm1", "tanh": "torch.tanh", "cosh": "torch.cosh",
        "sinh": "torch.sinh", "Abs": "torch.abs", "erf": "torch.special.erf",
        "erfc": "torch.special.erfc", "sqrt": "torch.sqrt", "sign": "torch.sign",
        "Erfc": "torch.special.erfc", "Sigmoid": "torch.sigmoid",
        "LogSigmoid": "torch.nn.functional.logsigmoid",
        "where": "torch.where", "and": "torch.logical_and", "or": "torch.logical_or",
        "not": "torch.logical_not", "maximum": "torch.maximum", "minimum": "torch.minimum",
        "sin": "torch.sin", "cos": "torch.cos", "tan": "torch.tan", "atan": "torch.atan",
        "asin": "torch.asin", "acos": "torch.acos", "asinh": "torch.asinh",
        "acosh": "torch.acosh", "atanh": "torch.atanh", "floor": "torch.floor",
        "ceiling": "torch.ceil"})
    zeros_like = "torch.zeros_like"
    logaddexp = "torch.logaddexp"

    def _print_log1p(self, e: sp.Function) -> str:
        """log1p(u) = u for |u| < 2^-60 (to 2^-61): torch.log1p of a subnormal is one ULP off
        (logsigmoid at x = 725 through log1p(exp(-x)))."""
        u = self(e.args[0])
        return f"torch.where(torch.abs({u}) < 8.673617379884035e-19, {u}, torch.log1p({u}))"

    def _print_LogSigmoid(self, e: sp.Function) -> str:
        """−e^{−u} for u > 40, where log1p(e^{−u}) = e^{−u} to 2^-57: torch's logsigmoid takes
        log1p of a subnormal there and is one subnormal ULP off (u = 725, 735)."""
        u = self(e.args[0])
        return f"torch.where({u} > 40.0, -torch.exp(-{u}), torch.nn.functional.logsigmoid({u}))"

    def branch(self, e: sp.Basic) -> str:
        """A whole array: torch.where of two Python floats would be float32."""
        if e.is_number:
            return f"torch.full_like(x, {self(e)})"
        return self(e)


class _JaxPrinter(_ArrayPrinter):
    target = "jax"
    funcs = MappingProxyType({
        "exp": "jnp.exp", "log": "jnp.log", "log1p": "jnp.log1p", "expm1": "jnp.expm1",
        "tanh": "_tanh", "cosh": "_cosh", "sinh": "jnp.sinh", "Abs": "jnp.abs",
        "erf": "jax.scipy.special.erf", "erfc": "jax.scipy.special.erfc",
        "sqrt": "jnp.sqrt", "sign": "jnp.sign", "Sigmoid": "jax.nn.sigmoid",
        "Erfc": "jax.scipy.special.erfc",
        "LogSigmoid": "jax.nn.log_sigmoid", "where": "jnp.where",
        "and": "jnp.logical_and", "or": "jnp.logical_or", "not": "jnp.logical_not",
        "maximum": "jnp.maximum", "minimum": "jnp.minimum", "sin": "jnp.sin",
        "cos": "jnp.cos", "tan": "jnp.tan", "atan": "jnp.arctan", "asin": "jnp.arcsin",
        "acos": "jnp.arccos", "asinh": "jnp.arcsinh", "acosh": "jnp.arccosh",
        "atanh": "jnp.arctanh", "floor": "jnp.floor", "ceiling": "jnp.ceil"})
    zeros_like = "jnp.zeros_like"
    logaddexp = "jnp.logaddexp"

    def _negative_power(self, e: sp.Pow) -> str:
        # XLA's pow(b, -2.0) goes through exp/log: square, then one division
        return f"(1.0 / ({self(e.base)} ** {int(-e.exp)}))"


PRINTERS: Mapping[str, type[_ArrayPrinter]] = MappingProxyType(
    {"torch": _TorchPrinter, "jax": _JaxPrinter})
