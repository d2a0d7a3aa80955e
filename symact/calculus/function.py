"""A real function of ``x`` as ordered smooth pieces, the record the calculus works on.

``Function.of(expr, x)`` cuts ``expr`` into :class:`~symact.core.pieces.Piece` records that
cover the real line in order; the derivative is taken piece by piece (the kink convention: at a
closed end the inside branch gives the value).

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> f = Function.of(sp.Max(0, x), x)
>>> [p.interval for p in f.pieces]
[Interval(-oo, 0), Interval.open(0, oo)]
>>> f.derivative().at(sp.S.Zero)
0
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import lru_cache

import sympy as sp

from ..core import Piece, breakpoints, differentiate, split
from ..errors import Undecided
from .domain import parts, real_domain, set_text
from .limits import NONEXISTENT, limit


@dataclass(frozen=True)
class Function:
    """A real function of ``x`` as ordered pieces; ``params`` are its other free symbols."""

    pieces: tuple[Piece, ...]
    x: sp.Symbol
    # f' at the points where the convention gives another slope than the branch containing
    # the point (|x| at 0: 0, not 1); those points are single-point pieces of f
    slopes: tuple[tuple[sp.Expr, sp.Expr], ...] = field(default=(), compare=False)
    # the union of the pieces: the real line, or the real domain for ``on_domain``
    domain: sp.Set = sp.S.Reals

    @staticmethod
    def of(expr: sp.Expr, x: sp.Symbol) -> Function:
        try:
            f = Function(tuple(split(expr, x)), x)
        except ValueError as exc:
            raise Undecided(f"cannot split into pieces: {exc}") from None
        return f._kinks(expr) if expr.has(sp.Abs, sp.Heaviside, sp.sign) else f

    @staticmethod
    def on_domain(expr: sp.Expr, x: sp.Symbol) -> Function:
        """f on its real domain D_f only: each piece cut to where its expression is a finite
        real (:func:`~symact.calculus.domain.real_domain`); a point outside D_f between
        two pieces is a gap, not a breakpoint.

        >>> x = sp.Symbol("x", real=True)
        >>> f = Function.on_domain(1 / x, x)
        >>> f.domain, f.breakpoints(), f.gaps()
        (Union(Interval.open(-oo, 0), Interval.open(0, oo)), [], [(0, 0)])
        """
        f = Function.of(expr, x)
        pieces: list[Piece] = []
        for p in f.pieces:
            if p.is_point:
                v = p.expr.subs(x, next(iter(p.interval)))
                if not v.has(sp.nan, sp.zoo) and v.is_extended_real is not False and \
                        v.is_finite is not False:
                    pieces.append(p)
                continue
            pieces += [Piece(p.expr, part) for part in parts(real_domain(p.expr, x, p.interval))]
        if not pieces:
            raise Undecided(f"{expr} is not real anywhere: its domain is empty")
        if pieces == list(f.pieces):
            return f
        domain = sp.Union(*(p.interval for p in pieces))
        return Function(tuple(pieces), x, f.slopes, domain)

    def _kinks(self, expr: sp.Expr) -> Function:
        """f' at the breakpoints by the convention (:func:`symact.core.differentiate`) where
        the pieces say otherwise: the split writes |u| as u on u >= 0, whose slope at u = 0 is
        not sign(0) = 0, and x·H(x) has the single-point piece x/2 at 0, slope H(0) = 1/2."""
        source, branch = differentiate(expr, self.x), self.derivative()
        pieces, slopes = list(self.pieces), []
        for b in self.breakpoints():
            try:
                want, have = finite_subs(source, self.x, b), branch.at(b)
                value = self.at(b)
            except Undecided:
                continue
            if sp.simplify(want - have) != 0:
                pieces = _pinned(pieces, b, value)
                slopes.append((b, want))
        return Function(tuple(pieces), self.x, tuple(slopes)) if slopes else self

    @property
    def params(self) -> frozenset[sp.Symbol]:
        syms: set[sp.Symbol] = set()
        for p in self.pieces:
            syms |= p.expr.free_symbols | p.interval.free_symbols
        return frozenset(syms - {self.x})

    @property
    def numeric(self) -> bool:
        return not self.params

    def breakpoints(self) -> list[sp.Expr]:
        """The points of the domain where two consecutive pieces meet."""
        if self.domain is sp.S.Reals:
            return breakpoints(list(self.pieces))
        out: list[sp.Expr] = []
        for p, q in itertools.pairwise(self.pieces):
            b = q.interval.inf
            if p.interval.sup == b and self._has(b) and (not out or out[-1] != b):
                out.append(b)
        return out

    def gaps(self) -> list[tuple[sp.Expr, sp.Expr]]:
        """The holes of the domain between consecutive pieces, as (a, b): (0, 0) for 1/x,
        (-1, 1) for sqrt(x**2 - 1)."""
        if self.domain is sp.S.Reals:
            return []
        out = []
        for p, q in itertools.pairwise(self.pieces):
            a, b = p.interval.sup, q.interval.inf
            if a != b or not self._has(b):
                out.append((a, b))
        return out

    def _has(self, b: sp.Expr) -> bool:
        return any(_contains(p.interval, b) for p in self.pieces)

    def derivative(self) -> Function:
        """f' piece by piece; at a closed end the inside branch gives the value (the kink
        convention). At a single-point piece f' is the recorded slope (an Abs kink), the
        common limit of f' from both sides where f is continuous (sinc at 0: by the mean
        value theorem f'(0) = lim f'), else 0 (a jump has no derivative)."""
        slopes = dict(self.slopes)
        out = []
        for i, p in enumerate(self.pieces):
            if not p.is_point:
                out.append(Piece(diff(p.expr, self.x), p.interval))
                continue
            b = next(iter(p.interval))
            slope = slopes.get(b)
            out.append(Piece(slope if slope is not None else self._removable_slope(i, b),
                             p.interval))
        return Function(tuple(out), self.x, domain=self.domain)

    def continuous_point(self, i: int) -> tuple[Piece, Piece] | None:
        """(left, right) when piece i is a single point b between two interval pieces that
        meet at b and both one-sided limits of f there equal f(b) exactly; None otherwise."""
        if not 0 < i < len(self.pieces) - 1 or not self.pieces[i].is_point:
            return None
        left, here, right = self.pieces[i - 1], self.pieces[i], self.pieces[i + 1]
        b = next(iter(here.interval))
        if left.is_point or right.is_point or left.interval.sup != b or right.interval.inf != b:
            return None
        try:
            ends = [limit(left.expr, self.x, b, "-"), limit(right.expr, self.x, b, "+")]
        except Undecided:
            return None
        at = here.expr.subs(self.x, b)
        if any(e is NONEXISTENT or not e.is_finite or sp.simplify(e - at) != 0 for e in ends):
            return None
        return left, right

    def _removable_slope(self, i: int, b: sp.Expr) -> sp.Expr:
        """lim f' at the point piece b when f is continuous there and both one-sided limits
        of f' agree exactly (dsu at pi: -1/4); 0 otherwise."""
        sides = self.continuous_point(i)
        if sides is None:
            return sp.S.Zero
        left, right = sides
        try:
            slopes = [limit(diff(left.expr, self.x), self.x, b, "-"),
                      limit(diff(right.expr, self.x), self.x, b, "+")]
        except Undecided:
            return sp.S.Zero
        if any(s is NONEXISTENT or not s.is_finite for s in slopes):
            return sp.S.Zero
        return slopes[0] if sp.simplify(slopes[0] - slopes[1]) == 0 else sp.S.Zero

    def as_expr(self) -> sp.Expr:
        """Back to one Piecewise (a single smooth piece stays a plain expression; pieces
        with one expression on both sides of a gap are one)."""
        groups: list[tuple[sp.Expr, list[sp.Set]]] = []
        for p in self.pieces:
            if groups and groups[-1][0] == p.expr:
                groups[-1][1].append(p.interval)
            else:
                groups.append((p.expr, [p.interval]))
        if len(groups) == 1:
            return groups[0][0]
        args = [(e, sp.Union(*sets).as_relational(self.x)) for e, sets in groups[:-1]]
        return sp.Piecewise(*args, (groups[-1][0], True))

    def at(self, point: sp.Expr) -> sp.Expr:
        """f(point), using the piece that contains the point."""
        for p in self.pieces:
            if _contains(p.interval, point):
                return finite_subs(p.expr, self.x, point)
        if self.domain is not sp.S.Reals:
            raise Undecided(f"{self.x} = {point} is not in the domain {set_text(self.domain)}")
        raise Undecided(f"no piece contains {point}")


@lru_cache(maxsize=4096)
def diff(expr: sp.Expr, x: sp.Symbol) -> sp.Expr:
    """``sp.diff``, cached: the same piece is differentiated by several properties."""
    return sp.diff(expr, x)


def _pinned(pieces: list[Piece], b: sp.Expr, value: sp.Expr) -> list[Piece]:
    """The pieces with the point b taken out of its interval and given ``value``."""
    out = []
    for p in pieces:
        s = p.interval
        if not p.is_point and s.inf == b and not s.left_open:
            out += [Piece(value, sp.FiniteSet(b)),
                    Piece(p.expr, sp.Interval(b, s.sup, True, s.right_open))]
        elif not p.is_point and s.sup == b and not s.right_open:
            out += [Piece(p.expr, sp.Interval(s.inf, b, s.left_open, True)),
                    Piece(value, sp.FiniteSet(b))]
        else:
            out.append(p)
    return out


def _contains(s: sp.Set, point: sp.Expr) -> bool:
    c = s.contains(point)
    if c is sp.true:
        return True
    if c is sp.false:
        return False
    raise Undecided(f"cannot tell whether {point} lies in {s}")


def finite_subs(expr: sp.Expr, x: sp.Symbol, point: sp.Expr) -> sp.Expr:
    """``expr`` at ``x = point``; raises Undecided when that is not finite."""
    value = expr.subs(x, point)
    if value.has(sp.nan, sp.zoo) or value.is_infinite:
        raise Undecided(f"{expr} is not finite at {x} = {point}")
    return value
