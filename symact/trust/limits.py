"""Limits in a certificate, evaluated by SymPy under the signs the region gives the parameters.

A parameter (a free symbol of the limit other than its variable) that an equation of the region
pins is substituted; one whose sign the region implies becomes a Dummy of that sign; one of
unknown sign is tried positive, negative and 0, and the three values must agree exactly (the
limit then does not depend on its sign). A limit SymPy leaves unevaluated, or infinite, is
refused.

>>> import sympy as sp
>>> x, b = sp.symbols("x b", real=True)
>>> evaluate(sp.Limit(sp.tanh(b*x), b, sp.oo), x > 0)
1
>>> evaluate(sp.Limit((1 + x/b)**b, b, sp.oo), sp.true)
exp(x)
>>> evaluate(sp.Limit(sp.tanh(b*x), b, sp.oo), sp.true)
Traceback (most recent call last):
...
symact.trust.limits.LimitError: Limit(tanh(_b*x), _b, oo, dir='-') depends on the sign of x
"""

from __future__ import annotations

import itertools

import sympy as sp

from ..errors import Undecided
from .balls import put
from .regions import beside, implies, pins, resolve

MAX_PARAMETERS = 3  # of unknown sign, tried in every sign combination (3^k limits)
_BAD = (sp.Limit, sp.AccumBounds, sp.oo, -sp.oo, sp.zoo, sp.nan)
_PIECES = (sp.Piecewise, sp.Abs, sp.sign, sp.Max, sp.Min, sp.Heaviside)


class LimitError(ArithmeticError):
    """The limit cannot be replayed (unevaluated, infinite, or depends on a sign)."""


def evaluate(e: sp.Expr, where: sp.Basic, point: dict | None = None) -> sp.Expr:
    """``e`` (at ``point``, if given) with every limit replaced by its value under the
    region, innermost first. Each limit's own variable is renamed first, so that neither
    the point nor a pinned variable of the region replaces it."""
    e = e.replace(lambda n: isinstance(n, sp.Limit), _rename)
    if point:
        e = put(e, point)  # no relation decided by SymPy's own numerics
    while True:
        inner = [lim for lim in e.atoms(sp.Limit) if not lim.args[0].has(sp.Limit)]
        if not inner:
            return e
        e = e.xreplace({lim: _limit(lim, where) for lim in inner})


def _rename(lim: sp.Limit) -> sp.Limit:
    f, v, at, direction = lim.args
    d = sp.Dummy(str(v), real=True)
    return sp.Limit(f.xreplace({v: d}), d, at, str(direction))


def _options(v: sp.Symbol, where: sp.Basic) -> list[sp.Expr]:
    """What ``v`` may be on the region: a positive or negative Dummy, or 0."""
    pos, neg = sp.Dummy(f"{v}_pos", positive=True), sp.Dummy(f"{v}_neg", negative=True)
    for rel, out in ((v > 0, [pos]), (v < 0, [neg]), (v >= 0, [pos, sp.Integer(0)]),
                     (v <= 0, [neg, sp.Integer(0)])):
        try:
            if implies(where, rel):
                return out
        except Undecided:
            break
    return [pos, neg, sp.Integer(0)]


def _limit(lim: sp.Limit, where: sp.Basic) -> sp.Expr:
    lim = lim.xreplace({v: r for v, r in pins(where).items() if v in lim.free_symbols})
    params = sorted(lim.free_symbols, key=str)
    choices = [_options(v, where) for v in params]
    if sum(len(c) > 1 for c in choices) > MAX_PARAMETERS:
        raise LimitError(f"{lim}: too many parameters of unknown sign")
    values = []
    for combo in itertools.product(*choices):
        got = _one_limit(lim.xreplace(dict(zip(params, combo, strict=True))))
        if got.has(*_BAD) or not isinstance(got, sp.Expr):
            raise LimitError(f"{lim} is not a finite limit SymPy evaluates ({got})")
        back = {d: v for v, d in zip(params, combo, strict=True) if isinstance(d, sp.Dummy)}
        values.append((combo, got.xreplace(back)))
    general = values[0][1]  # a value with every parameter nonzero comes first
    for combo, got in values:
        zeros = {v: 0 for v, d in zip(params, combo, strict=True) if d == 0}
        if sp.expand(got - general.xreplace(zeros)) != 0:
            bad = ", ".join(str(v) for v, c in zip(params, choices, strict=True) if len(c) > 1)
            raise LimitError(f"{lim} depends on the sign of {bad}")
    return general


def _one_limit(lim: sp.Limit) -> sp.Expr:
    """SymPy's value of a limit, its pieces first resolved beside the point (SymPy gets
    one-sided limits of a Piecewise wrong: the left limit at 0 of 1 for x < 0, -1 else).

    >>> x = sp.Symbol("x", real=True)
    >>> _one_limit(sp.Limit(sp.Piecewise((1, x < 0), (-1, True)), x, 0, "-"))
    1
    """
    f, v, at, direction = lim.args
    if not f.has(*_PIECES):
        return lim.doit()
    sides = {"+": [1], "-": [-1], "+-": [-1, 1]}[str(direction)]
    f = f.replace(lambda n: isinstance(n, _PIECES[1:]), lambda n: n.rewrite(sp.Piecewise))
    values = set()
    for side in sides:
        try:
            near = beside(sorted(f.atoms(sp.core.relational.Relational), key=str), v, at, side)
            piece = resolve(f, near)
        except Undecided as exc:
            raise LimitError(f"{lim}: the branches beside {at} are not decided ({exc})") from None
        values.add(sp.Limit(piece, v, at, "+" if side > 0 else "-").doit())
    if len(values) != 1:
        raise LimitError(f"{lim}: the one-sided limits differ ({sorted(map(str, values))})")
    return values.pop()
