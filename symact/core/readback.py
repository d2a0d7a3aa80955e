"""Expressions as text the safe parser reads back: ``parse(source(e)) == e``.

SymPy's ``str`` writes ``Derivative(f, x)``, ``Limit(f, x, 0, dir='+')``, ``(x < 0) & (y > 0)``
and ``Eq(x, 0)``, none of which the grammar admits; certificates and other files meant to be
read again use this printer instead: ``diff(f, x)``, ``limit(f, x, 0, "+")``, ``and``/``or``/
``not`` and ``==``/``!=``.

>>> import sympy as sp
>>> x, y = sp.symbols("x y", real=True)
>>> source(sp.Piecewise((1, x < 0), (0, True)) + sp.Derivative(sp.tanh(x), x))
'diff(tanh(x), x) + Piecewise((1, x < 0), (0, True))'
>>> source((x < 0) & sp.Ne(y, 1))
'(x < 0) and (y != 1)'
>>> source(sp.Limit(sp.exp(x) * x, x, -sp.oo))
'limit(x*exp(x), x, -oo, "+")'
"""

from __future__ import annotations

import sympy as sp
from sympy.printing.str import StrPrinter


class _SourcePrinter(StrPrinter):
    """StrPrinter with the grammar's spelling of the nodes ``str`` writes differently."""

    def _print_Derivative(self, expr: sp.Derivative) -> str:
        parts = [self._print(expr.expr)]
        for var, count in expr.variable_count:
            parts.append(self._print(var))
            if count != 1:
                parts.append(str(count))
        return f"diff({', '.join(parts)})"

    def _print_Limit(self, expr: sp.Limit) -> str:
        f, var, point, direction = expr.args
        return (f"limit({self._print(f)}, {self._print(var)}, {self._print(point)}, "
                f'"{direction}")')

    def _join(self, expr: sp.Basic, word: str) -> str:
        return f" {word} ".join(f"({self._print(a)})" for a in expr.args)

    def _print_And(self, expr: sp.And) -> str:
        return self._join(expr, "and")

    def _print_Or(self, expr: sp.Or) -> str:
        return self._join(expr, "or")

    def _print_Not(self, expr: sp.Not) -> str:
        return f"not ({self._print(expr.args[0])})"

    def _print_Equality(self, expr: sp.Eq) -> str:
        return f"{self._print(expr.lhs)} == {self._print(expr.rhs)}"

    def _print_Unequality(self, expr: sp.Ne) -> str:
        return f"{self._print(expr.lhs)} != {self._print(expr.rhs)}"

    def _print_BooleanTrue(self, expr) -> str:
        return "True"

    def _print_BooleanFalse(self, expr) -> str:
        return "False"


def source(expr: sp.Basic) -> str:
    """The expression (or condition) as text for :func:`symact.core.parse`."""
    return _SourcePrinter({"order": "none"}).doprint(expr)
