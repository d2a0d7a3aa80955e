"""Safe string -> SymPy with the catalog's names admitted: the public :func:`parse`.

The grammar (:mod:`symact.core.grammar`) knows no catalog; this adds the catalog's names and
aliases as admitted calls, which stay unexpanded (``catalog.expand`` substitutes them).

>>> parse("x*erf(x)")
x*erf(x)
>>> parse("sigmoid(2*x)")
sigmoid(2*x)
>>> parse("x.__class__")
Traceback (most recent call last):
...
symact.errors.ParseError: attribute access '.__class__' is not allowed at column 2
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import sympy as sp

from .catalog import names_and_aliases
from .grammar import read_expression


def parse(
    text: str,
    *,
    symbols: Iterable[str] | Mapping[str, sp.Symbol] | None = None,
    evaluate: bool = True,
    catalog: bool = True,
) -> sp.Expr:
    """Parse ``text`` into a SymPy expression without evaluating any Python.

    Args:
        text: the expression, e.g. ``"softplus(2*x) - x"``.
        symbols: admitted variable names (or a name -> Symbol map); None admits any plain
            identifier. New names become real symbols.
        evaluate: False keeps the expression as written (for derivation steps).
        catalog: admit catalog names (``sigmoid(z)``) as unexpanded function calls.
    Returns:
        The SymPy expression; catalog calls stay symbolic (see ``catalog.expand``).
    Raises:
        ParseError: anything outside the allow-list, with the offending token and column.
    """
    calls = names_and_aliases() if catalog else ()
    return read_expression(text, symbols=symbols, evaluate=evaluate, calls=calls)
