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

from dataclasses import dataclass
from functools import lru_cache

import sympy as sp

from ..core import Piece, breakpoints, split
from ..errors import Undecided


@dataclass(frozen=True)
class Function:
    """A real function of ``x`` as ordered pieces; ``params`` are its other free symbols."""

    pieces: tuple[Piece, ...]
    x: sp.Symbol

    @staticmethod
    def of(expr: sp.Expr, x: sp.Symbol) -> Function:
        try:
            return Function(tuple(split(expr, x)), x)
        except ValueError as exc:
            raise Undecided(f"cannot split into pieces: {exc}") from None

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
        return breakpoints(list(self.pieces))

    def derivative(self) -> Function:
        """f' piece by piece; at a closed end the inside branch gives the value (the kink
        convention). At a single-point piece f' is taken as 0 (a jump has no derivative)."""
        return Function(tuple(Piece(sp.S.Zero if p.is_point else diff(p.expr, self.x),
                                    p.interval) for p in self.pieces), self.x)

    def as_expr(self) -> sp.Expr:
        """Back to one Piecewise (a single smooth piece stays a plain expression)."""
        if len(self.pieces) == 1:
            return self.pieces[0].expr
        args = [(p.expr, p.interval.as_relational(self.x)) for p in self.pieces[:-1]]
        return sp.Piecewise(*args, (self.pieces[-1].expr, True))

    def at(self, point: sp.Expr) -> sp.Expr:
        """f(point), using the piece that contains the point."""
        for p in self.pieces:
            if _contains(p.interval, point):
                return finite_subs(p.expr, self.x, point)
        raise Undecided(f"no piece contains {point}")


@lru_cache(maxsize=4096)
def diff(expr: sp.Expr, x: sp.Symbol) -> sp.Expr:
    """``sp.diff``, cached: the same piece is differentiated by several properties."""
    return sp.diff(expr, x)


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
