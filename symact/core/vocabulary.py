"""The grammar's vocabulary: admitted functions and constants, and the size limits.

Data only (the allow-list of :mod:`symact.core.grammar`): a name not in ``FUNCTIONS`` or
``CONSTANTS`` (nor passed as an admitted call) is refused.

>>> FUNCTIONS["ln"] is FUNCTIONS["log"], ARITY["Max"]
(True, (1, 50))
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Mapping

import sympy as sp

MAX_LENGTH = 5000
MAX_DEPTH = 60
MAX_NODES = 3000
MAX_EXPONENT = 1000  # |n| in x**n for a numeric n
MAX_DIGITS = 1000  # digits of a numeric power or literal

NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,31}\Z")

FUNCTIONS: Mapping[str, Callable[..., sp.Basic]] = {
    "exp": sp.exp, "log": sp.log, "ln": sp.log, "sqrt": sp.sqrt, "cbrt": sp.cbrt,
    "sin": sp.sin, "cos": sp.cos, "tan": sp.tan, "atan": sp.atan, "asin": sp.asin,
    "acos": sp.acos, "tanh": sp.tanh, "sinh": sp.sinh, "cosh": sp.cosh, "sech": sp.sech,
    "csch": sp.csch, "coth": sp.coth, "asinh": sp.asinh, "acosh": sp.acosh,
    "atanh": sp.atanh, "erf": sp.erf, "erfc": sp.erfc, "LambertW": sp.LambertW,
    "Abs": sp.Abs, "abs": sp.Abs, "sign": sp.sign, "Max": sp.Max, "max": sp.Max,
    "Min": sp.Min, "min": sp.Min, "Heaviside": sp.Heaviside, "Piecewise": sp.Piecewise,
    "floor": sp.floor, "ceiling": sp.ceiling, "Eq": sp.Eq, "Ne": sp.Ne,
}
ARITY: Mapping[str, tuple[int, int]] = {
    "log": (1, 2), "Max": (1, 50), "max": (1, 50), "Min": (1, 50), "min": (1, 50),
    "Heaviside": (1, 2), "Piecewise": (1, 50), "Eq": (2, 2), "Ne": (2, 2), "LambertW": (1, 2),
}
CONSTANTS: Mapping[str, sp.Basic] = {
    "pi": sp.pi, "E": sp.E, "e": sp.E, "oo": sp.oo, "inf": sp.oo,
    "True": sp.true, "False": sp.false,
}
# names that read as a variable but mean something else in SymPy: refused, with why
RESERVED: Mapping[str, str] = {
    "nan": "nan is not a value here: where no Piecewise branch holds the result is nan "
           "already, so leave that branch out",
    "NaN": "NaN is not a value here: leave the Piecewise branch out",
    "zoo": "zoo (complex infinity) has no place in a real expression: write oo or -oo",
}
SPECIAL = ("diff", "limit")
DIRECTIONS = ("+", "-", "+-")

# Operators: the admitted binary ones, comparisons, and how refused ones are named.
BINOPS = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow, ast.BitXor)
COMPARISONS = {ast.Lt: sp.Lt, ast.LtE: sp.Le, ast.Gt: sp.Gt, ast.GtE: sp.Ge, ast.Eq: sp.Eq,
        ast.NotEq: sp.Ne}
OPERATOR_TOKENS = {ast.BitAnd: "&", ast.BitOr: "|", ast.FloorDiv: "//", ast.Mod: "%",
             ast.LShift: "<<", ast.RShift: ">>", ast.MatMult: "@", ast.Invert: "~",
             ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in",
                   ast.Not: "not"}

# what & | ~ not may join: relations and their combinations (a bare symbol is not a condition)
CONDITIONS = (sp.core.relational.Relational, sp.logic.boolalg.BooleanFunction,
              sp.logic.boolalg.BooleanAtom)

# Derivative notations from the blackboard, refused with the diff() call that means the same
# (the typed text rewritten: the grammar knows no catalog): pattern, the call as a template.
DERIVATIVES = tuple((re.compile(p), call) for p, call in (
    (r"(?<![\w.'\"])([A-Za-z]\w*)'\s*\(\s*([A-Za-z]\w*)\s*\)", r"diff(\1(\2), \2)"),  # f'(x)
    (r"(?<![\w.'\"])([A-Za-z]\w*)''\s*\(\s*([A-Za-z]\w*)\s*\)", r"diff(\1(\2), \2, 2)"),
    (r"(?<![\w.'\"])([A-Za-z]\w*)''", r"diff(\1(x), x, 2)"),  # f''(2*z)
    (r"(?<![\w.'\"])([A-Za-z]\w*)'", r"diff(\1(x), x)"),  # f'(2*z), y'
    (r"(?<![\w.])d\s*/\s*d([A-Za-z]\d*)\s*\(((?:[^()]|\([^()]*\))*)\)\s*$", r"diff(\2, \1)"),
    (r"(?<![\w.])d\s*/\s*d([A-Za-z]\d*)\b\s*(\S(?:.*\S)?)", r"diff(\2, \1)"),  # d/dx f(x)
    (r"(?<![\w.])d\s*/\s*d([A-Za-z]\d*)\b", r"diff(expression, \1)"),  # d/dx
    (r"(?<![\w.])d([A-Za-z]\d*)\s*/\s*d([A-Za-z]\d*)\b", r"diff(\1, \2)"),  # dy/dx
))
