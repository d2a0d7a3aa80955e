"""The shared symbols: the activation variable x and the catalog's parameter symbols.

Both the catalog and the authored stable forms use them, so they live apart from either.
"""

import sympy as sp

X = sp.Symbol("x", real=True)  # the activation variable
x = X
alpha, beta, lambd, lam = (sp.Symbol(n, positive=True) for n in ("alpha", "beta", "lambd",
                                                                  "lambda"))
min_val, max_val = sp.Symbol("min_val", real=True), sp.Symbol("max_val", real=True)


def plain(name: str) -> sp.Symbol:
    """A parameter as a plain real symbol, as the ``requires`` relations are written (the
    catalog's own symbols are positive, which would decide alpha != 0 before any value)."""
    return sp.Symbol(name, real=True)
