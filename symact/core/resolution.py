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

from ..errors import SymactError
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


def custom(expr: sp.Expr, *, name: str | None = None) -> Activation:
    """An Activation from an expression in ``x`` (catalog calls expanded)."""
    expr = expand(expr)
    free = expr.free_symbols
    xs = [s for s in free if s.name == "x"]
    if not xs:
        raise SymactError(f"expression {expr} does not depend on x")
    expr = expr.subs(xs[0], X) if xs[0] != X else expr
    others = sorted((s for s in expr.free_symbols if s != X), key=lambda s: s.name)
    params = tuple(Param(s.name, s, tuple((k, v) for k, v in s.assumptions0.items()
                                          if k in ("real", "positive"))) for s in others)
    return Activation(name or str(expr), expr, params=params, reference="custom")
