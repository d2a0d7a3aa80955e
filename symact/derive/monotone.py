"""Monotonicity of f and of f': the sign of the next derivative between its zeros on each
piece, and the direction of each jump at a breakpoint.

A piece on which f' > 0 (or f' >= 0 with isolated zeros) is increasing; a constant piece next to
increasing ones makes f nondecreasing (ReLU); a jump against the direction makes it "none".

>>> import sympy as sp
>>> from symact.calculus import Function
>>> x = sp.Symbol("x", real=True)
>>> relu = Function.of(sp.Piecewise((0, x <= 0), (x, True)), x)
>>> monotonicity(relu, relu.derivative())[0]
'nondecreasing'
"""

from __future__ import annotations

from collections.abc import Mapping

from ..calculus import Function, compare, sign_on
from .context import Context, around, gap_sides
from .records import Derived, Field
from .smoothness import require_continuous_pieces

# the sign of f' on a piece -> how f runs there
_MONO = {"positive": "increasing", "nonnegative": "increasing", "negative": "decreasing",
         "nonpositive": "decreasing", "zero": "constant", "mixed": "none"}


def monotonicity(f: Function, df: Function) -> tuple[str, bool, str]:
    """increasing (strictly) | nondecreasing | decreasing | nonincreasing | constant | none,
    whether the signs were exact, and how they were found."""
    kinds = []
    exact = True
    hows = set()
    for p, dp in zip(f.pieces, df.pieces, strict=True):
        if p.is_point:
            continue
        s, ex, how = sign_on(dp.expr, f.x, p.interval)
        exact &= ex
        hows.add(how)
        kinds.append(_MONO[s])
    for b in f.breakpoints():
        left, here, right = around(f, b, 0)
        steps = [compare(here, left), compare(right, here)]
        if all(s >= 0 for s in steps):
            kinds.append("increasing" if any(steps) else "continuous")
        if all(s <= 0 for s in steps):
            kinds.append("decreasing" if any(steps) else "continuous")
        if any(s > 0 for s in steps) and any(s < 0 for s in steps):
            kinds.append("none")
    for gap in f.gaps():
        # across a gap of the domain only the ends can be compared (1/x: from -oo up to
        # +oo, so decreasing pieces do not make a decreasing function)
        left, right = gap_sides(f, gap, 0)
        c = compare(right, left)
        kinds.append("increasing" if c > 0 else "decreasing" if c < 0 else "continuous")
    kinds = [k for k in kinds if k != "continuous"]
    if "none" in kinds:
        result = "none"
    elif set(kinds) <= {"constant"}:
        result = "constant"
    elif set(kinds) <= {"increasing"}:
        result = "increasing"
    elif set(kinds) <= {"decreasing"}:
        result = "decreasing"
    elif set(kinds) <= {"increasing", "constant"}:
        result = "nondecreasing"
    elif set(kinds) <= {"decreasing", "constant"}:
        result = "nonincreasing"
    else:
        result = "none"
    return result, exact, "; ".join(sorted(hows))


def derive_monotonic(ctx: Context, fields: Mapping[str, Field]) -> Field:
    """How f runs; a constant f counts as nondecreasing."""
    require_continuous_pieces(ctx)
    kind, _, how = monotonicity(ctx.f(), ctx.df())
    if kind == "constant":
        kind = "nondecreasing"
    return Derived(kind, "sign of f' between its zeros on each piece, jumps at breakpoints; "
                   + how)


def derive_derivative_monotonic(ctx: Context, fields: Mapping[str, Field]) -> Field:
    """How f' runs (from the sign of f''); a constant f' counts as nondecreasing."""
    kind, _, how = monotonicity(ctx.df(), ctx.d2f())
    if kind == "constant":
        kind = "nondecreasing"
    return Derived(kind, "sign of f'' between its zeros on each piece, jumps of f'; " + how)
