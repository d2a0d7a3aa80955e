"""Numeric evidence at one point: the certification rule, and counterexamples built on it.

:func:`compare` is the only place where numbers decide anything about a claim. Both sides
are enclosed (:func:`.enclosure.evaluate`) at ``d`` digits, starting at
``d = max(DPS, min(start_dps, MAX_DPS))`` (60 by default) and doubling up to 4000:

    L, R   enclosures of lhs and rhs at d digits;  w = width(L) + width(R)
    differ     ⇔  L ∩ R = ∅  and  |mid L − mid R| > 4·w
    agree      ⇔  L ∩ R ≠ ∅  and  w ≤ max(1, |mid L|, |mid R|) · 10^(−⌊d/2⌋)
    undefined  ⇔  exactly one side has no real value at the point
    skip       ⇔  a side cannot be computed, neither side has a value, or d passed 4000

Neither answer yet (or an enclosure too wide to decide a sign) doubles ``d``. Enclosures
contain the true values, so a "differ" cannot come from rounding (the exceptions are the
estimates named in :mod:`.enclosure`). A comparison that used a numeric limit estimate is
marked ``estimated`` and proves nothing: a *certified counterexample* is a point where the
outcome is "differ" or "undefined" and not estimated (:func:`conflict`), recorded by
:func:`witness`.

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> compare(1 / (1 + sp.exp(-x)) + sp.Rational(1, 10**20) * x, 1 / (1 + sp.exp(-x)),
...         {x: sp.Integer(1)}).kind
'differ'
>>> compare(sp.tanh(x), 2 / (1 + sp.exp(-2 * x)) - 1, {x: sp.Integer(900)}).kind
'agree'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

import mpmath
import sympy as sp

from .. import budget, trust
from .enclosure import (
    DPS,
    MAX_DPS,
    clear_estimated,
    close_limits,
    evaluate,
    mark_estimated,
    show,
    used_estimate,
)
from .intervals import NoValue, Undefined, Unsettled, mid
from .verdict import Counterexample


@dataclass(frozen=True)
class Outcome:
    """``kind`` is agree | differ | undefined (one side only) | skip; values at 30 digits."""

    kind: str
    lhs: str = ""
    rhs: str = ""
    dps: int = 0
    difference: str = ""
    estimated: bool = False  # a numeric limit estimate was involved: evidence, not proof


def compare(lhs: sp.Basic, rhs: sp.Basic, point: Mapping[sp.Symbol, sp.Expr],
            start_dps: int = DPS) -> Outcome:
    """Compare both sides at one point by the rule above, doubling the precision until the
    answer is clear."""
    clear_estimated()
    out = _compare(lhs, rhs, point, start_dps, False)
    if used_estimate() and out.kind == "differ":
        # the limits' estimates disagree: take them exactly at the point (the parameters'
        # values first, then the calculus engine), which may certify the difference
        clear_estimated()
        out = _compare(lhs, rhs, point, start_dps, True)
    return replace(out, estimated=True) if used_estimate() else out


def _compare(lhs, rhs, point, start_dps, close) -> Outcome:
    dps = max(DPS, min(int(start_dps), MAX_DPS))
    while dps <= MAX_DPS:
        budget.check()
        try:
            lv = _side(lhs, point, dps, close)
            rv = _side(rhs, point, dps, close)
        except NoValue:
            return Outcome("skip")
        except Unsettled:
            dps *= 2
            continue
        if lv is None or rv is None:
            if lv is None and rv is None:
                return Outcome("skip")
            return Outcome("undefined", _show(lv), _show(rv), dps)
        with mpmath.workdps(dps):
            gap = abs(mid(lv) - mid(rv))
            width = (mpmath.mpf(lv.b) - mpmath.mpf(lv.a)) + (mpmath.mpf(rv.b) - mpmath.mpf(rv.a))
            disjoint = lv.b < rv.a or rv.b < lv.a
            if disjoint and gap > 4 * width:
                return Outcome("differ", _show(lv), _show(rv), dps,
                               mpmath.nstr(mid(lv) - mid(rv), 10))
            scale = max(mpmath.mpf(1), abs(mid(lv)), abs(mid(rv)))
            if not disjoint and width <= scale * mpmath.mpf(10) ** (-(dps // 2)):
                return Outcome("agree", _show(lv), _show(rv), dps)
        dps *= 2
    return Outcome("skip")


_MEMO: dict[tuple, tuple] = {}  # (expr, point, dps, close) -> (value | error, estimated)
_MEMO_SIZE = 20000


def _side(expr, point, dps, close):
    """The enclosure, or None where the side has no real value.

    Memoised: the search, the cross-check of each case and every link of a chain enclose
    the same sides at the same exact points (a pure function of its arguments; a limit
    estimate is remembered with the value, so that it still marks the comparison)."""
    key = (expr, tuple(sorted(point.items(), key=lambda kv: kv[0].name)), dps, close)
    hit = _MEMO.get(key)
    if hit is None:
        before = used_estimate()
        clear_estimated()
        try:
            hit = (evaluate(expr, point, dps, close), used_estimate())
        except Undefined:
            hit = (None, used_estimate())
        except (NoValue, Unsettled) as exc:
            hit = (exc.with_traceback(None), used_estimate())
        if len(_MEMO) >= _MEMO_SIZE:
            _MEMO.clear()
        _MEMO[key] = hit
        if before:
            mark_estimated()
    value, estimated = hit
    if estimated:
        mark_estimated()
    if isinstance(value, NoValue | Unsettled):
        raise type(value)(*value.args)  # a fresh one: a kept traceback would grow
    return value


def _show(v) -> str:
    return "undefined" if v is None else mpmath.nstr(mid(v), 30)


def magnitude(expr: sp.Basic, point: Mapping[sp.Symbol, sp.Expr],
              max_dps: int = MAX_DPS) -> int | None:
    """Decimal exponent of ``expr`` at ``point`` once an enclosure excludes 0 (precision
    raised 4x at a time up to ``max_dps``), else None.

    >>> x = sp.Symbol("x", real=True)
    >>> magnitude((x + x * sp.exp(1000)) * sp.exp(-1000) - x, {x: sp.Integer(1)})
    -435
    """
    dps = DPS
    while dps <= max_dps:
        budget.check()
        try:
            v = evaluate(expr, point, dps)
        except Unsettled:
            dps *= 4
            continue
        if v.a > 0 or v.b < 0:
            with mpmath.workdps(DPS):
                return int(mpmath.floor(mpmath.log10(abs(mid(v)))))
        dps *= 4
    return None


def env(exprs: Iterable[sp.Expr], point: Mapping[str, sp.Expr]) -> dict[sp.Symbol, sp.Expr]:
    """A point named by variable names, bound to the symbols the expressions use."""
    return {s: point[s.name] for e in exprs for s in e.free_symbols if s.name in point}


def conflict(lhs, rhs, point: Mapping[str, sp.Expr],
             start_dps: int = DPS) -> Outcome | None:
    """The comparison at ``point`` when it certifies a difference, else None. A numeric
    limit estimate confirms nothing, and neither does a value on one side only: that is a
    domain difference (:mod:`.domain`), not a counterexample."""
    out = compare(lhs, rhs, env((lhs, rhs), point), start_dps=start_dps)
    return out if out.kind == "differ" and not out.estimated else None


def certify(lhs: sp.Basic, rhs: sp.Basic, point: Mapping[str, sp.Expr],
            conditions: Iterable[sp.Basic] = (), dps: int = DPS) -> bool:
    """Whether ``point`` is a counterexample the trusted base accepts: every coordinate an
    exact rational, the assumptions' ``conditions`` hold exactly there, and both sides,
    enclosed in arb balls (:mod:`symact.trust`) at rising precision (up to what ``dps``
    digits need), are disjoint. Limits
    are first taken exactly at the point (calculus engine); a side that cannot be enclosed
    certifies nothing.

    >>> x = sp.Symbol("x", real=True)
    >>> certify(x + sp.Rational(1, 10**30), x, {"x": sp.Integer(0)})
    True
    >>> certify(sp.sqrt(x**2), x, {"x": sp.sqrt(2)})  # not a rational point
    False
    """
    if not all(isinstance(v, sp.Rational) for v in point.values()):
        return False
    values = env((lhs, rhs), point)
    try:
        if not all(trust.holds(c, env((c,), point)) for c in conditions):
            return False
    except trust.CannotEvaluate:
        return False
    sides = [trust.put(close_limits(side, values), values) for side in (lhs, rhs)]
    need = int(dps * 3.33) + 64
    for prec in sorted({*trust.PRECISIONS, need, 2 * need}):
        budget.check()
        try:
            a, b = (trust.enclose(side, prec) for side in sides)
        except trust.CannotEvaluate:
            continue
        except trust.Undefined:
            return False  # a domain difference, not a counterexample
        if trust.differ(a, b):
            return True
    return False


def rational_points(point: Mapping[str, sp.Expr]) -> list[dict[str, sp.Expr]]:
    """The point itself when it is rational, else rational points ever closer to it (30,
    60, 120 digits): a certified counterexample sits at an exact rational point.

    >>> [abs(p["x"] - sp.sqrt(2)) < sp.Rational(1, 10**29) for p in rational_points(
    ...     {"x": sp.sqrt(2)})]
    [True, True, True]
    """
    if all(isinstance(v, sp.Rational) for v in point.values()):
        return [dict(point)]
    return [{k: v if isinstance(v, sp.Rational) else sp.Rational(str(sp.N(v, digits)))
             for k, v in point.items()} for digits in (30, 60, 120)]


def witness(outcome: Outcome, point: Mapping[str, sp.Expr]) -> Counterexample:
    """The counterexample record of a confirmed outcome: the point at 30 digits and
    exactly, both values, the precision that confirmed it."""
    shown = {k: show(v) for k, v in sorted(point.items())}
    exact = {k: str(v) for k, v in sorted(point.items())}
    return Counterexample(shown, outcome.lhs, outcome.rhs, outcome.dps, outcome.difference,
                          exact)
