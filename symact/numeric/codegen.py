"""Stable SymPy expression -> NumPy/SciPy source, with an explicit module map.

``lambdify(erf, "numpy")`` binds ``math.erf``; here every function is printed fully qualified
(``scipy.special.erf``, ``numpy.log1p``) and the stable functions of :mod:`symact.core.stable_forms`
call the kernels of :mod:`symact.numeric.kernels`. The same source is compiled in process and
written by :mod:`symact.numeric.export.numpy_target`, so both agree bit for bit.

>>> from symact.core.parsing import parse
>>> src = numpy_source(rewrite(parse("log(1 + exp(x))")), X, "f")
>>> "numpy.logaddexp" in src or "softplus(" in src
True
"""

from __future__ import annotations

import math
import re

import numpy as np
import scipy.special
import sympy as sp
from sympy.printing.numpy import SciPyPrinter

from ..budget import deadline
from ..core import STABLE_FUNCTIONS, X, differentiate, expand
from ..errors import SYMPY_FAILURES, BudgetExceeded
from . import kernels as K
from .removable import two_parts
from .rewrite import rewrite


class _Printer(SciPyPrinter):
    """SciPy printer: full module names, stable functions as kernel calls, exact floats."""

    def __init__(self) -> None:
        super().__init__({"fully_qualified_modules": True, "allow_unknown_functions": False,
                          "inline": True})

    def _print_Float(self, e: sp.Float) -> str:
        return repr(float(e))

    def _print_Rational(self, e: sp.Rational) -> str:
        return f"({int(e.p)}/{int(e.q)})"

    def _print_NumberSymbol(self, e: sp.Expr) -> str:
        return repr(float(sp.N(e, 40)))

    def _print_Exp1(self, e: sp.Expr) -> str:
        return repr(math.e)

    def _print_Pi(self, e: sp.Expr) -> str:
        return repr(math.pi)

    def _print_Mul(self, e: sp.Expr) -> str:
        """A constant factor larger than 1 goes last, one smaller than 1 first (SymPy's
        order): (x·e^(−x²))·(2/√π) is 0 at x = 1e308 where 2·x·e^(−x²)/√π is inf·0, and
        (1/2)·x·erfc(…) stays finite where x·erfc(…)·(1/2) would overflow."""
        const = sp.Mul(*[f for f in e.args if not f.free_symbols])
        var = [f for f in e.args if f.free_symbols]
        if const == 1 or not var or not abs(const) > 1:
            return super()._print_Mul(e)
        return f"({self._print(sp.Mul(*var))})*({self._print(const)})"

    def _print_Add(self, e: sp.Expr) -> str:
        """An irrational constant term is added in two parts, (rest + c_hi) + c_lo: x - pi
        keeps its digits next to pi (the removable point of the shifted sinc)."""
        split = two_parts(e)
        if split is None:
            return super()._print_Add(e)
        rest, hi, lo = split
        return f"((({self._print(rest)}) + {hi!r}) + {lo!r})"

    def _print_Max(self, e: sp.Expr) -> str:
        return self._fold("numpy.maximum", e.args)

    def _print_Min(self, e: sp.Expr) -> str:
        return self._fold("numpy.minimum", e.args)

    def _fold(self, ufunc: str, args: tuple[sp.Expr, ...]) -> str:
        """Max(a, b, c) as maximum(maximum(a, b), c): SciPyPrinter's functools.reduce needs an
        import that neither the generated namespace nor the exported module has; a nan
        argument propagates through the ufunc."""
        out = self._print(args[0])
        for a in args[1:]:
            out = f"{ufunc}({out}, {self._print(a)})"
        return out


# stable functions call their kernels (Erfc: scipy's erfc itself, kept unevaluated in SymPy)
_CALLS = {f.__name__: ("scipy.special.erfc" if f.kernel == "erfc" else f.kernel)
          for f in STABLE_FUNCTIONS}
for _f in STABLE_FUNCTIONS:
    setattr(_Printer, f"_print_{_f.__name__}",
            lambda self, e, _k=_CALLS[_f.__name__]: f"{_k}({self._print(e.args[0])})")


def used_kernels(source: str) -> list[str]:
    """Kernel functions a generated body calls."""
    return sorted({f.kernel for f in STABLE_FUNCTIONS if re.search(rf"\b{f.kernel}\(", source)})


def _limit(expr: sp.Expr, x: sp.Symbol, to: sp.Expr) -> float:
    try:
        with deadline(3.0):
            lim = sp.limit(expr, x, to)
        val = complex(sp.N(lim))
    except (BudgetExceeded, *SYMPY_FAILURES):
        return math.nan
    return val.real if val.imag == 0 else math.nan


def numpy_source(expr: sp.Expr, x: sp.Symbol, name: str,
                 limits_of: sp.Expr | None = None) -> str:
    """Source of ``def name(x)`` evaluating ``expr`` on a float64 array.

    ``limits_of``: the plain-SymPy function whose limits at ±inf patch the result.
    """
    body = _Printer().doprint(expr.xreplace({x: sp.Symbol("x", real=True)}))
    lines = [f"def {name}(x):", f'    """{sp.sstr(expr)}"""',
             f"    r = _as_array(x, {body})"]
    if limits_of is not None:
        lo, hi = _limit(limits_of, x, -sp.oo), _limit(limits_of, x, sp.oo)
        lines.append(f"    return _limits(x, r, {lo!r}, {hi!r})")
    else:
        lines.append("    return r")
    return "\n".join(lines).replace("nan", "numpy.nan").replace("numpy.numpy", "numpy") \
        .replace("inf,", "numpy.inf,").replace("inf)", "numpy.inf)") + "\n"


def compile_numpy(expr: sp.Expr, x: sp.Symbol = X):
    """(value kernel, derivative kernel, source) for a custom expression (definitions in)."""
    expr = expand(expr)
    stable = rewrite(expr)
    # differentiate the stable form: the stable functions' fdiff keep it stable (σ' = σ·σ(−u))
    deriv = rewrite(differentiate(stable, x))
    src = numpy_source(stable, x, "custom", expr) + "\n\n" + numpy_source(
        deriv, x, "custom_derivative", differentiate(expr, x))
    namespace = {"numpy": np, "scipy": scipy, **{n: getattr(K, n) for n in dir(K)
                                                  if not n.startswith("__")}}
    exec(compile(src, "<symact generated>", "exec"), namespace)  # our own generated source
    return namespace["custom"], namespace["custom_derivative"], src
