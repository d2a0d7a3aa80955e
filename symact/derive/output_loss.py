"""Where f' computed from a rounded output loses most of its digits, and when y determines f'.

Backprop evaluates f' from the stored output through h (σ' = y(1 − y)). Rounding y to float64
moves it by δy = max(u·|y|, 2^-1075) (u = 2^-53; below 2^-1022 the spacing of subnormals), so
h(fl(y)) has relative error ≈ |h'(y)| δy / |h(y)| = |f''(x)| δy / f'(x)^2 (differentiate
h(f(x)) = f'(x): h'(y) f'(x) = f''(x), so no branch of h is chosen by a rounded y). The loss
set is the set of float64 x where that error exceeds 2^-26, half the digits: for the sigmoid
(1 − y cancels once e^x ≈ 2^27, and y is subnormal below x ≈ −1049 ln 2)

    x < −727.1  or  x > ln(1 + 2^27) ≈ 18.71.

It is found on a grid of ±2^(k/2) (|k/2| ≤ 64) and ±2^(2k) out to float64's ends (2^-1074, 2^1024),
evaluated with mpmath, each change of verdict bisected to adjacent float64 numbers.
"""

from __future__ import annotations

from collections.abc import Mapping

import mpmath
import numpy as np
import sympy as sp

from ..budget import attempt
from ..calculus import Function, mp_function, tail_form
from .context import Context, value
from .records import Conditional, Derived, Field

LOSS = mpmath.mpf(2) ** -26  # relative error above which "most digits" are lost
_U = mpmath.mpf(2) ** -53
_SUB = mpmath.mpf(2) ** -1075  # half the spacing of float64 subnormals
_MAX = mpmath.mpf(np.finfo(np.float64).max)
_Y = sp.Symbol("y", real=True)


def derive_derivative_from_output_valid(ctx: Context, fields: Mapping[str, Field]) -> Field:
    """True when y = f(x) determines f'(x), False when it does not, or the condition on the
    parameters under which it does (where ``derivative_from_output`` depends on them)."""
    h = value(fields, "derivative_from_output")
    if isinstance(h, Conditional):
        # the first matching case decides: case i holds when c_i holds and no earlier one does
        found, earlier = [], []
        for c, v in (*h.cases, (sp.true, h.otherwise)):
            if v is not None:
                found.append(sp.And(c, *[sp.Not(e) for e in earlier]))
            earlier.append(c)
        return Derived(_simplest(sp.Or(*found)), "the parameter cases where a form h(y) exists")
    if h is None:
        return Derived(False, "no form h(y): " + fields["derivative_from_output"].how)
    return Derived(True, "a form h(y) was found and proved (derivative_from_output)")


def _simplest(cond: sp.Basic) -> sp.Basic:
    """One parameter: through its set (α > 0 or (α < 0 and ...) -> a set -> a relation)."""
    free = cond.free_symbols
    if len(free) == 1:
        s = next(iter(free))
        if s.is_real:
            rel = cond.as_set().as_relational(s)
            return rel.replace(lambda e: isinstance(e, sp.core.relational.Relational),
                               lambda e: e.canonical)
        return cond
    return sp.simplify_logic(cond)


def derive_derivative_from_output_loss(ctx: Context, fields: Mapping[str, Field]) -> Field:
    """The float64 x where h(fl(f(x))) loses most digits of f'(x), or None (no such x)."""
    h = value(fields, "derivative_from_output")
    if h is None or isinstance(h, Conditional):
        return Derived(None, "no single form h(y) to evaluate")
    if ctx.f().params:
        return Derived(None, "needs numeric parameter values")
    if sp.diff(h, _Y) == 0:
        return Derived(None, "h is constant on each piece: rounding y costs nothing")
    loss = loss_set(ctx.f(), ctx.df(), ctx.d2f())
    how = (f"relative error |f''(x)|·δy/f'(x)^2 > 2^-26 with δy = max(2^-53 |y|, 2^-1075), "
           f"on {len(GRID)} float64 points, boundaries bisected to adjacent floats")
    return Derived(None if loss is sp.S.EmptySet else loss, how)


def _grid() -> np.ndarray:
    near = 2.0 ** (np.arange(-128, 129) / 2)
    far = 2.0 ** np.concatenate([np.arange(-1074, -64, 2), np.arange(66, 1024, 2)]).astype(float)
    pos = np.unique(np.concatenate([near, far, [np.finfo(np.float64).max]]))
    return np.concatenate([-pos[::-1], [0.0], pos])


GRID = _grid()
EVAL_SECONDS = 0.25  # one point at one precision; beyond, the point is unsettled
_FAILED = object()  # the evaluation raised (a pole, an overflow): no error to report
TAIL = 4.0  # beyond this and the outermost breakpoint f', f'' are taken in their tail form


def loss_set(f: Function, df: Function, d2f: Function) -> sp.Set:
    """The union of intervals of x where the rounded-output form loses most digits."""
    x = f.x
    plain = [mp_function(g.as_expr(), x) for g in (f, df, d2f)]
    reached = {side for side, k, end in ((1, -1, "sup"), (-1, 0, "inf"))
               if getattr(f.pieces[k].interval, end).is_infinite}
    tails = {side: [mp_function(tail_form(g.pieces[k].expr, x, side), x) for g in (df, d2f)]
             for side, k in ((1, -1), (-1, 0)) if side in reached}
    # every breakpoint and every end of the domain is an end of some interval piece
    ends = [e for p in f.pieces if not p.is_point
            for e in (p.interval.inf, p.interval.sup) if e.is_number and e.is_finite]
    reach = max([TAIL, *(abs(float(b)) for b in ends)])

    def inside(t: float) -> bool:
        """t in D_f and f'(t) finite (sqrt at 0 has no derivative to lose)."""
        if f.domain is sp.S.Reals:
            return True
        if f.domain.contains(sp.Float(repr(t), 17)) is not sp.true:
            return False
        with mpmath.workdps(30):
            try:
                return bool(mpmath.isfinite(plain[1](mpmath.mpf(t))))
            except (ZeroDivisionError, ValueError, OverflowError):
                return False

    # cloglog's y = 1 - exp(-exp(x)) at x = 2^40 has a 10^11-digit exponent: mpmath would
    # take hours. From the first |t| on a side that does not evaluate in EVAL_SECONDS on, the
    # points further out count as unsettled (so lossy): hence the order of increasing |t|.
    slow = {1: np.inf, -1: np.inf}
    seen: dict[tuple[float, int], mpmath.mpf | None] = {}  # lossy asks for 30 digits twice

    def error(t: float, dps: int) -> mpmath.mpf | None:
        side = 1 if t > 0 else -1
        if abs(t) >= slow[side]:
            return None
        if (t, dps) in seen:
            return seen[t, dps]
        out = attempt(exact_error, t, dps, share=0.1, cap=EVAL_SECONDS)
        if out is None:
            slow[side] = abs(t)
            return None
        seen[t, dps] = out if out is not _FAILED else None
        return seen[t, dps]

    def exact_error(t: float, dps: int) -> mpmath.mpf | object:
        """|f''| δy / f'^2 at x = t (inf where y overflows or f' = 0)."""
        fd, fdd = tails[1 if t > 0 else -1] if abs(t) > reach else plain[1:]
        with mpmath.workdps(dps):
            xt = mpmath.mpf(t)
            try:
                y, d, curve = plain[0](xt), fd(xt), abs(fdd(xt))
            except (ZeroDivisionError, ValueError, OverflowError):
                return _FAILED
            if abs(y) > _MAX:
                return mpmath.inf  # y overflows: nothing is left
            if curve == 0:
                return mpmath.mpf(0)
            if d == 0:
                return mpmath.inf
            return curve * max(_U * abs(y), _SUB) / d**2

    def lossy(t: float) -> bool:
        # a small error far below the line stands (cancellation inflates f'' rather than
        # shrinking it, and the tail forms cancel the exponentials beyond TAIL); anything
        # else is confirmed by two precisions, and what no precision settles counts as lossy
        if not inside(t):
            return False  # outside D_f nothing is evaluated
        first = error(t, 30)
        if first is not None and 0 < first < LOSS / 2**8:
            return False
        for dps in (30, 300):
            a, b = error(t, dps), error(t, dps + 30)
            if a is not None and b is not None and (a == b or abs(a - b) <= abs(b) / 64):
                return bool(b > LOSS)
        return True

    verdict = {t: lossy(t) for t in sorted(map(float, GRID), key=abs)}
    marks = [verdict[float(t)] for t in GRID]
    pieces: list[sp.Set] = []
    start: float | None = -np.inf if marks[0] else None
    for i in range(1, len(GRID)):
        if marks[i] == marks[i - 1]:
            continue
        edge = _edge(lossy, float(GRID[i - 1]), float(GRID[i]), marks[i - 1])
        if marks[i]:
            start = edge
        else:
            pieces.append(_interval(start, edge))
            start = None
    if start is not None:
        pieces.append(_interval(start, np.inf))
    out = sp.Union(*pieces) if pieces else sp.S.EmptySet
    return out if f.domain is sp.S.Reals else sp.Intersection(out, f.domain)


def _edge(lossy, a: float, b: float, at_a: bool) -> float:
    """The last float from a with lossy(.) == at_a, by bisection on the float64 bit order."""
    ia, ib = _ordinal(a), _ordinal(b)
    while ib - ia > 1:
        m = (ia + ib) // 2
        if lossy(_from_ordinal(m)) == at_a:
            ia = m
        else:
            ib = m
    return _from_ordinal(ib if not at_a else ia)


def _ordinal(t: float) -> int:
    """float64 numbers in their order as integers (adjacent floats differ by 1)."""
    i = int(np.float64(t).view(np.int64))
    return i if i >= 0 else -(i & 0x7FFFFFFFFFFFFFFF)


def _from_ordinal(i: int) -> float:
    bits = i if i >= 0 else (-i) | -0x8000000000000000
    return float(np.int64(bits).view(np.float64))


def _interval(a: float, b: float) -> sp.Interval:
    def end(t: float) -> sp.Expr:
        if abs(t) == np.inf:
            return sp.oo if t > 0 else -sp.oo
        digits = len(repr(t).split("e")[0].replace("-", "").replace(".", "").lstrip("0"))
        return sp.Float(repr(t), max(digits, 15))  # prints as float64's shortest repr

    return sp.Interval(end(a), end(b))
