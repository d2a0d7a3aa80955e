"""The shared symbols: the activation variable x and the catalog's parameter symbols.

Both the catalog and the authored stable forms use them, so they live apart from either.
"""

import sympy as sp

X = sp.Symbol("x", real=True)  # the activation variable
x = X
alpha, beta, lambd, lam = (sp.Symbol(n, positive=True) for n in ("alpha", "beta", "lambd",
                                                                  "lambda"))
min_val, max_val = sp.Symbol("min_val", real=True), sp.Symbol("max_val", real=True)
