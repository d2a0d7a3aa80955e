"""Softmax's properties, derived for concrete sizes n = 2, 3, 4.

s_i = e^{x_i} / Σ_j e^{x_j}; the Jacobian is diag(s) − s sᵀ, the range is the open simplex,
s(x + c) = s(x) and s(Px) = P s(x). Each claim is checked entry by entry with SymPy.

>>> import sympy as sp
>>> softmax_vector(list(sp.symbols("a b")))
[exp(a)/(exp(a) + exp(b)), exp(b)/(exp(a) + exp(b))]
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import sympy as sp

from ..budget import deadline
from ..calculus import vanishes
from ..core import Activation
from ..errors import BudgetExceeded
from .records import Derived, Field, Unknown, VectorProperties

SIZES = (2, 3, 4)


def softmax_vector(xs: list[sp.Symbol]) -> list[sp.Expr]:
    """[e^{x_i} / Σ_j e^{x_j}]_i."""
    total = sum(sp.exp(v) for v in xs)
    return [sp.exp(v) / total for v in xs]


def _symbols(n: int) -> list[sp.Symbol]:
    return list(sp.symbols(f"x1:{n + 1}", real=True))


def _jacobian(n: int) -> bool:
    xs = _symbols(n)
    s = softmax_vector(xs)
    return all(vanishes(sp.diff(s[i], xs[j]) - ((s[i] if i == j else 0) - s[i] * s[j]))
               for i in range(n) for j in range(n))


def _simplex(n: int) -> bool:
    xs = _symbols(n)
    s = softmax_vector(xs)
    if not (vanishes(sum(s) - 1) and all(si.is_positive for si in s)):
        return False
    # every point of the open simplex is reached: softmax(log p) = p
    ps = list(sp.symbols(f"p1:{n}", positive=True))
    p = [*ps, 1 - sum(ps)]
    back = softmax_vector([sp.log(v) for v in p])
    return all(vanishes(sp.expand_log(b, force=True) - v) for b, v in zip(back, p, strict=True))


def _shift(n: int) -> bool:
    xs = _symbols(n)
    c = sp.Symbol("c", real=True)
    a, b = softmax_vector([v + c for v in xs]), softmax_vector(xs)
    return all(vanishes(sp.powsimp(sp.expand(u - v))) or vanishes(u - v) for u, v in zip(a, b,
                                                                                  strict=True))


def _permutation(n: int) -> bool:
    xs = _symbols(n)
    s = softmax_vector(xs)
    perms = [[*range(1, n), 0], [1, 0, *range(2, n)]]
    for perm in perms:
        permuted = softmax_vector([xs[k] for k in perm])
        if not all(vanishes(permuted[i] - s[perm[i]]) for i in range(n)):
            return False
    return True


_CLAIMS: dict[str, tuple[Callable[[int], bool], Any, str]] = {
    "jacobian": (_jacobian, "diag(s) - s*s^T",
                 "d s_i/d x_j - (delta_ij s_i - s_i s_j) simplifies to 0"),
    "range": (_simplex, "open simplex {s : s_i > 0, sum(s) = 1}",
              "s_i > 0, sum s_i = 1, and softmax(log p) = p for every p in the simplex"),
    "shift_invariant": (_shift, True, "s(x + c) - s(x) simplifies to 0"),
    "permutation_equivariant": (_permutation, True,
                                "s(Px) = P s(x) for a cyclic shift and a swap"),
}


def vector_properties(act: Activation, budget: float) -> VectorProperties:
    """The record of a vector activation (softmax), each claim under its own budget."""
    started = time.perf_counter()
    fields = derive_softmax(budget)
    return VectorProperties(act.name, act.expr, **fields, seconds=time.perf_counter() - started)


def derive_softmax(budget: float) -> dict[str, Field]:
    """Each claim of :data:`_CLAIMS` verified for every n in :data:`SIZES`, or Unknown."""
    out: dict[str, Field] = {}
    for key, (claim, value, how) in _CLAIMS.items():
        try:
            with deadline(budget):
                ok = all(claim(n) for n in SIZES)
        except BudgetExceeded as exc:
            out[key] = Unknown(str(exc))
            continue
        sizes = ", ".join(map(str, SIZES))
        out[key] = Derived(value, f"{how}; verified for n = {sizes}") if ok else Unknown(
            f"could not verify: {how}")
    return out
