"""Name | expression | Activation -> Activation: the one resolver.

A string that is a catalog name or alias (any case, ``-`` for ``_``) or a plain identifier
other than ``x`` is looked up in the catalog (an unknown identifier raises
UnknownActivationError with suggestions); any other string is parsed safely as an expression
in ``x``. Extra symbols of an expression become its parameters.

>>> resolve("SiLU").name
'swish'
>>> act = resolve("x*sigmoid(b*x)")
>>> act.expr, [p.name for p in act.params]
(x/(1 + exp(-b*x)), ['b'])
"""

from __future__ import annotations

import sympy as sp

from ..errors import ParseError, SymactError
from .activation import Activation, Param
from .catalog import expand, get, names_and_aliases
from .parsing import parse
from .symbols import X


def resolve(act: str | sp.Expr | Activation) -> Activation:
    """A catalog record, or a custom Activation from an expression in ``x``."""
    if isinstance(act, Activation):
        return act
    if isinstance(act, str):
        key = act.strip().lower().replace("-", "_")
        if key in names_and_aliases() or (key.isidentifier() and key != "x"):
            return get(act)
        expr = parse(act)
        label = act.strip()
    elif isinstance(act, sp.Expr):
        expr, label = act, str(act)
    else:
        raise TypeError(f"expected a name, an expression or an Activation, got {act!r}")
    return custom(expr, name=label)


_MAX_BITS = 3000  # about 900 digits: beyond, SymPy's printers hit Python's int-to-str limit


def custom(expr: sp.Expr, *, name: str | None = None) -> Activation:
    """An Activation from an expression in ``x`` (catalog calls expanded)."""
    if not isinstance(expr, sp.Expr):  # x > 1, (x > 0) & (x < 1), True
        raise ParseError(f"{name or expr} is a condition, not an expression (a condition "
                         "belongs in Piecewise((value, condition), ...))")
    expr = expand(expr)
    bits = max((max(abs(int(r.p)).bit_length(), int(r.q).bit_length())
                for r in expr.atoms(sp.Rational)), default=0)
    if bits > _MAX_BITS:
        raise ParseError(f"{name or 'expression'}: it holds a number of about "
                         f"{int(bits * 0.30103)} digits (at most {int(_MAX_BITS * 0.30103)} "
                         "are supported)")
    free = expr.free_symbols
    xs = [s for s in free if s.name == "x"]
    if not xs:
        raise SymactError(f"expression {expr} does not depend on x")
    expr = expr.subs(xs[0], X) if xs[0] != X else expr
    others = sorted((s for s in expr.free_symbols if s != X), key=lambda s: s.name)
    params = tuple(Param(s.name, s, tuple((k, v) for k, v in s.assumptions0.items()
                                          if k in ("real", "positive"))) for s in others)
    return Activation(name or str(expr), expr, params=params, reference="custom")
