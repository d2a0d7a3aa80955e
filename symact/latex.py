r"""LaTeX from structure: a small SymPy ``LatexPrinter`` subclass, never string surgery.

Catalog calls get their usual names (``sigmoid`` -> ``\sigma``). With ``as_written=True``
unevaluated expressions (derivation steps) print exactly as typed: no reordering, no
cancelling; ``a/b`` is ``\frac{a}{b}`` and ``a - b`` stays ``a - b``.

>>> from symact.parse import parse
>>> latex(parse("sigmoid(z)"))
'\\sigma\\left(z\\right)'
>>> latex(parse("((e^(2*z) - 1)/e^z) / ((e^(2*z) + 1)/e^z)", evaluate=False), as_written=True)
'\\frac{\\frac{e^{2 z} - 1}{e^{z}}}{\\frac{e^{2 z} + 1}{e^{z}}}'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar

import sympy as sp
from sympy.core.function import AppliedUndef
from sympy.printing.latex import LatexPrinter, accepted_latex_functions

if TYPE_CHECKING:
    from .verdict import Verdict

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
    """LatexPrinter with catalog names and an ``as_written`` mode for unevaluated steps."""

    printmethod = "_latex"
    _default_settings: ClassVar[dict] = {**LatexPrinter._default_settings, "as_written": False}

    def _print_Function(self, expr, exp=None):
        if isinstance(expr, AppliedUndef):
            from .catalog import names_and_aliases

            name = expr.func.__name__
            if name in names_and_aliases():
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


def latex(expr: sp.Basic, *, as_written: bool = False) -> str:
    """LaTeX for one expression (``as_written`` for unevaluated derivation steps)."""
    return SymactLatexPrinter({"as_written": as_written}).doprint(expr)


def render_chain(exprs: Sequence[sp.Basic], rules: Sequence[str] | None = None, *,
                 as_written: bool = False) -> str:
    r"""An ``align*`` body ``e0 &= e1 \\ &= e2 …``; ``rules[k]`` labels link k -> k+1.

    >>> x = sp.Symbol("x")
    >>> print(render_chain([x * (x + 1), x**2 + x], ["expand"]))
    x \left(x + 1\right) &= x^{2} + x && \text{expand}
    """
    if len(exprs) < 2:
        raise ValueError("a chain needs at least two expressions")
    if rules is not None and len(rules) != len(exprs) - 1:
        raise ValueError(f"{len(exprs) - 1} links need as many labels, got {len(rules)}")
    tex = [latex(e, as_written=as_written) for e in exprs]
    lines = []
    for k in range(1, len(exprs)):
        head = tex[0] + " " if k == 1 else ""
        label = f" && \\text{{{_text(rules[k - 1])}}}" if rules else ""
        lines.append(f"{head}&= {tex[k]}{label}")
    return " \\\\\n".join(lines)


def _text(label: str) -> str:
    return "".join("\\" + ch if ch in "&%$#_{}" else ch for ch in label)


def render_verdict(verdict: Verdict) -> str:
    """A proved verdict as an ``align*`` body, one block per case, links labelled by rule."""
    blocks = []
    for case, steps in verdict.cases():
        if len(steps) < 2:
            continue
        body = render_chain([s.expr for s in steps], [s.rule for s in steps[1:]])
        if case:
            cond = steps[0].case_latex or rf"\text{{{_text(case)}}}"
            body = f"&\\text{{case }} {cond}\\colon \\\\\n{body}"
        blocks.append(body)
    return " \\\\\n".join(blocks)
