"""What an export request holds: specs resolved to items, and the error for bad requests.

A spec is a catalog name or alias (its stable form of :mod:`symact.core.stable_forms`, with the
parameter values bound) or an expression in ``x`` (rewritten by :func:`symact.numeric.rewrite`,
exported as ``custom_1``, ``custom_2``, ... in the order given).

>>> [it.name for it in items(["relu", "x*erf(x)"])]
['relu', 'custom_1']
>>> it = items(["x*erf(x)"])[0]
>>> it.doc, it.definition
('f(x) = x*erf(x)', x*erf(x))
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sympy as sp

from ...core import FORMS, X, differentiate, names, resolve
from ...errors import ExportError
from ..rewrite import rewrite


@dataclass(frozen=True)
class Item:
    """One exported activation."""

    name: str  # the public function name in the exported module
    value: sp.Expr  # stable form of f
    derivative: sp.Expr  # stable form of f'
    doc: str  # "name(x) = definition": the docstring (text only, never parsed again)
    catalog: str | None  # the catalog name, None for a custom expression
    definition: sp.Expr  # f as defined (parameter values bound): limits and references


def items(specs: Sequence[str]) -> list[Item]:
    """One :class:`Item` per spec.

    Raises:
        ExportError: a custom expression with symbols besides x, a vector-valued activation,
            or no specs at all.
        UnknownActivationError, ParseError: from resolving a spec.
    """
    found: list[Item] = []
    n_custom = 0
    for spec in specs:
        act = resolve(spec)
        if act.name not in names() or (act.stable is None and act.kind == "scalar"):
            # a custom expression, or an entry without an authored stable form
            named = act.name in names()
            n_custom += not named
            label, expr = (act.name, act.bind()) if named else (f"custom_{n_custom}", act.expr)
            if expr.free_symbols - {X}:
                raise ExportError(f"{spec!r}: only the variable x may appear") from None
            stable = rewrite(expr)
            found.append(Item(label, stable, rewrite(differentiate(stable, X)),
                              f"{act.name if named else 'f'}(x) = {sp.sstr(expr)}", None, expr))
            continue
        if act.kind != "scalar":
            raise ExportError(f"{act.name} is vector-valued; export covers scalar activations")
        subs = act.substitution()
        form = FORMS[act.name]
        found.append(Item(act.name, form.value.subs(subs), form.derivative.subs(subs),
                          f"{act.name}(x) = {sp.sstr(act.bind())}", act.name, act.bind()))
    if not found:
        raise ExportError("nothing to export: give catalog names or expressions")
    return found

