r"""LaTeX from structure: a small SymPy ``LatexPrinter`` subclass, never string surgery.

Admitted calls (the ``calls`` setting: the catalog's names, given by :mod:`symact.core.tex`)
get their usual names (``sigmoid`` -> ``\sigma``). With ``as_written=True``
unevaluated expressions (derivation steps) print exactly as typed: no reordering, no
cancelling; ``a/b`` is ``\frac{a}{b}`` and ``a - b`` stays ``a - b``.

>>> from symact.core.grammar import read_expression as parse
>>> render(parse("sigmoid(z)", calls={"sigmoid"}), calls={"sigmoid"})
'\\sigma\\left(z\\right)'
>>> render(parse("((e^(2*z) - 1)/e^z) / ((e^(2*z) + 1)/e^z)", evaluate=False), as_written=True)
'\\frac{\\frac{e^{2 z} - 1}{e^{z}}}{\\frac{e^{2 z} + 1}{e^{z}}}'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar

import sympy as sp
from sympy.core.function import AppliedUndef
from sympy.printing.latex import LatexPrinter, accepted_latex_functions

# How catalog calls are typeset; anything else in the catalog: \operatorname{name}.
NAMES: Mapping[str, str] = {
    "sigmoid": r"\sigma", "logistic": r"\sigma", "sigma": r"\sigma", "tanh": r"\tanh",
    "relu": r"\operatorname{ReLU}", "leaky_relu": r"\operatorname{LeakyReLU}",
    "elu": r"\operatorname{ELU}", "selu": r"\operatorname{SELU}",
    "gelu": r"\operatorname{GELU}", "softplus": r"\operatorname{softplus}",
    "swish": r"\operatorname{swish}", "silu": r"\operatorname{SiLU}",
    "mish": r"\operatorname{mish}", "identity": r"\operatorname{id}",
}


class SymactLatexPrinter(LatexPrinter):
    """LatexPrinter with named calls and an ``as_written`` mode for unevaluated steps."""

    printmethod = "_latex"
    _default_settings: ClassVar[dict] = {**LatexPrinter._default_settings, "as_written": False,
                                         "calls": frozenset()}

    def _print_Function(self, expr, exp=None):
        if isinstance(expr, AppliedUndef):
            name = expr.func.__name__
            if name in self._settings["calls"]:
                head = NAMES.get(name, r"\operatorname{{{}}}".format(name.replace("_", r"\_")))
                if exp is not None:
                    head = f"{head}^{{{exp}}}"
                args = ", ".join(self._print(a) for a in expr.args)
                return rf"{head}\left({args}\right)"
        name = expr.func.__name__
        if name in accepted_latex_functions and name != "exp" and len(expr.args) == 1:
            # \tanh\left(z\right), the same shape as the catalog calls (no extra braces)
            head = f"\\{name}" if exp is None else f"\\{name}^{{{exp}}}"
            return rf"{head}\left({self._print(expr.args[0])}\right)"
        return super()._print_Function(expr, exp)

    # ----------------------------------------------------------------- as written
    def _print_Add(self, expr, order=None):
        if not self._settings["as_written"]:
            return super()._print_Add(expr, order)
        out = []
        for i, term in enumerate(_left_terms(expr)):
            negative, magnitude = _sign_split(term)
            text = self._print(magnitude)
            if magnitude.is_Add and (i > 0 or negative):
                text = self._paren(text)
            if i == 0:
                out.append(("-" if negative else "") + text)
            else:
                out.append((" - " if negative else " + ") + text)
        return "".join(out)

    def _print_Mul(self, expr):
        if not self._settings["as_written"]:
            return super()._print_Mul(expr)
        args = expr.args
        if len(args) == 2 and _is_reciprocal(args[1]):
            return rf"\frac{{{self._print(args[0])}}}{{{self._print(args[1].base)}}}"
        if len(args) == 2 and args[0] == -1:
            text = self._print(args[1])
            return "-" + (self._paren(text) if args[1].is_Add else text)
        parts = []
        for k, a in enumerate(args):
            text = self._print(a)
            if a.is_Add or (k > 0 and _sign_split(a)[0]):
                text = self._paren(text)
            if parts and a.is_Number and args[k - 1].is_Number:
                parts.append(r" \cdot ")
            elif parts:
                parts.append(" ")
            parts.append(text)
        return "".join(parts)

    def _print_Pow(self, expr, rational=False):
        if self._settings["as_written"]:
            if _is_reciprocal(expr):
                return rf"\frac{{1}}{{{self._print(expr.base)}}}"
            if expr.exp.is_Number and expr.exp.is_negative:  # x^(-2) stays x^{-2}
                base = self._print(expr.base)
                if not (expr.base.is_Symbol or (expr.base.is_Integer and expr.base > 0)):
                    base = self._paren(base)
                return f"{base}^{{{self._print(expr.exp)}}}"
        return super()._print_Pow(expr)

    def _paren(self, text: str) -> str:
        return rf"\left({text}\right)"


def _is_reciprocal(e: sp.Basic) -> bool:
    return isinstance(e, sp.Pow) and e.exp == -1


def _left_terms(e: sp.Add) -> list[sp.Expr]:
    """Terms of a left-nested sum ((a + b) + c) as typed; a parenthesised right sum stays."""
    first, *rest = e.args
    return [*(_left_terms(first) if first.is_Add else [first]), *rest]


def _sign_split(e: sp.Expr) -> tuple[bool, sp.Expr]:
    if e.is_Mul and len(e.args) == 2 and e.args[0] == -1:
        return True, e.args[1]
    if e.is_Number and e.is_negative:
        return True, -e
    return False, e


def render(expr: sp.Basic, *, as_written: bool = False, calls: Iterable[str] = ()) -> str:
    """LaTeX for one expression; ``calls`` are the function names typeset as named calls."""
    settings = {"as_written": as_written, "calls": frozenset(calls)}
    return SymactLatexPrinter(settings).doprint(expr)
