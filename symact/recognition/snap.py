"""Exact values for fitted floats: the nearest "nice" number within a relative tolerance.

Nice numbers are small rationals and integers up to 100, the numbers the user typed (1.702 in
``x*sigmoid(1.702*x)`` is 851/500) with their negatives, reciprocals, doubles and halves,
products of two or three of them, and a few constants of
activations (sqrt(2), 1/sqrt(2), sqrt(2/pi), log(2), pi). A snapped value is only a guess: the
prover decides.

>>> snap(1.7020000001, nice_numbers([sp.Rational(851, 500)]))
851/500
>>> snap(-0.6931471805, nice_numbers([])), snap(0.33333333, nice_numbers([]))
(-log(2), 1/3)
>>> snap(0.123456789, nice_numbers([])) is None
True
"""

from __future__ import annotations

from collections.abc import Iterable

import sympy as sp

TOLERANCE = 1e-6  # relative (absolute below 1)
_CONSTANTS = (sp.sqrt(2), 1 / sp.sqrt(2), sp.sqrt(2 / sp.pi), sp.sqrt(sp.pi), sp.log(2), sp.pi,
              sp.E)


def nice_numbers(typed: Iterable[sp.Expr]) -> list[tuple[sp.Expr, float]]:
    """The candidates with their float values, simplest first: 0, small rationals, the typed
    numbers and their relatives, constants and their small rational multiples."""
    out: list[sp.Expr] = [sp.S.Zero]
    for q in range(1, 13):
        for p in range(-12 * q, 12 * q + 1):
            r = sp.Rational(p, q)
            if r.q == q and r != 0:
                out.append(r)
    typed = [t for t in typed if t.is_real and t != 0 and t.is_finite]
    for t in typed:
        out += [t, -t, 1 / t, -1 / t, 2 * t, t / 2, -2 * t, -t / 2]
    # a scale moved through a power: 3·relu²(3x - 1/2) = 27·relu²(x - 1/6)
    for k, t in enumerate(typed):
        for u in typed[k:]:
            out += [t * u, -t * u, t * u * u, -t * u * u, t * t * u, -t * t * u]
    out += [sp.Integer(n) for n in range(-100, 101) if n]
    for c in _CONSTANTS:
        out += [k * c for k in (1, -1, 2, -2, sp.Rational(1, 2), sp.Rational(-1, 2))]
    return [(c, float(c)) for c in dict.fromkeys(out)]


def snap(value: float, candidates: list[tuple[sp.Expr, float]]) -> sp.Expr | None:
    """The first candidate within :data:`TOLERANCE` of ``value``, else None."""
    tol = TOLERANCE * max(1.0, abs(value))
    best = None
    for c, v in candidates:
        err = abs(v - value)
        if err <= tol and (best is None or err < best[1] * 1e-3):
            best = (c, err)
    return None if best is None else best[0]


def typed_numbers(expr: sp.Expr) -> list[sp.Expr]:
    """The numbers in an expression as typed (rationals and floats, not 1, -1 or 2)."""
    nums = {abs(n) for n in expr.atoms(sp.Number) if n.is_finite and abs(n) not in (0, 1, 2)}
    return sorted(nums, key=lambda n: (sp.count_ops(n), float(n)))
