"""The shared state of one derivation, and the helpers every deriver uses.

A :class:`Context` computes f, f', f'', the critical points and images once and remembers
failures, so that a step that timed out costs one budget, not one per field. A deriver is a
function ``(Context, fields so far) -> Field``.

>>> from symact.core import resolve
>>> ctx = Context(resolve("relu"), ())
>>> ctx.f().breakpoints(), ctx.jumps()
([0], [])
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import sympy as sp

from ..calculus import (
    Bound,
    Function,
    Periodic,
    PieceImage,
    combined,
    compare,
    limit,
    piece_images,
    shape_of,
    shortest_simplify,
)
from ..core import Activation
from ..errors import BudgetExceeded, Undecided
from .records import Field, Unknown


class Context:
    """Shared intermediate results of one derivation, computed once, failures remembered."""

    def __init__(self, act: Activation, symbolic: tuple[str, ...]):
        self.act = act
        self.x = act.symbol
        self.expr = act.bind(symbolic)
        self._memo: dict[str, Any] = {}

    def get(self, key: str, make: Callable[[], Any]) -> Any:
        """``make()`` once per key; an Undecided or BudgetExceeded is re-raised on each call."""
        if key not in self._memo:
            try:
                self._memo[key] = make()
            except (Undecided, BudgetExceeded) as exc:
                # without its traceback: the frames (and any deadline still open in them)
                # must not live as long as the memo
                self._memo[key] = exc.with_traceback(None)
        value = self._memo[key]
        if isinstance(value, Exception):
            raise value
        return value

    def f(self) -> Function:
        """f on its real domain (the pieces cut to D_f)."""
        return self.get("f", lambda: Function.on_domain(self.expr, self.x))

    def split(self) -> Function:
        """f's pieces over the whole real line, blind to the domain (formulas only)."""
        return self.get("split", lambda: Function.of(self.expr, self.x))

    def periodic(self) -> Periodic | None:
        """The periodic structure of a one-piece f on the real line (sin, x + sin x)."""
        def make() -> Periodic | None:
            f = self.f()
            if len(f.pieces) != 1 or f.domain is not sp.S.Reals or f.params:
                return None
            return shape_of(self.expr, self.x)
        return self.get("periodic", make)

    def df(self) -> Function:
        return self.get("df", lambda: self.f().derivative())

    def d2f(self) -> Function:
        return self.get("d2f", lambda: self.df().derivative())

    def parts(self, which: str) -> tuple[PieceImage, ...]:
        """Each piece's image (an oscillating piece by its sequences or its window)."""
        fn = {"f": self.f, "df": self.df}[which]
        return self.get(f"parts:{which}", lambda: piece_images(fn()))

    def image(self, which: str) -> tuple[Bound, Bound]:
        return self.get(f"image:{which}", lambda: combined(self.parts(which)))

    def jumps(self) -> list[sp.Expr]:
        return self.get("jumps", lambda: jump_points(self.f(), 0))


Deriver = Callable[[Context, Mapping[str, Field]], Field]


def value(fields: Mapping[str, Field], name: str) -> Any:
    """The value of an earlier field; Undecided when that field is unknown."""
    f = fields[name]
    if isinstance(f, Unknown):
        raise Undecided(f"needs {name}, which is unknown")
    return f.value


def simplify(e: sp.Expr) -> sp.Expr:
    """The shortest simplification found within 2 s."""
    return shortest_simplify(e, 2.0)


def around(f: Function, b: sp.Expr, order: int) -> tuple[sp.Expr, sp.Expr, sp.Expr]:
    """(left limit, value, right limit) of the order-th derivative at breakpoint b."""
    left = right = None
    here = None
    x = f.x
    for p in f.pieces:
        e = sp.diff(p.expr, x, order) if order else p.expr
        s = p.interval
        if p.is_point:
            if next(iter(s)) == b:
                here = e.subs(x, b) if order == 0 else None
            continue
        if s.sup == b:
            left = limit(e, x, b, "-")
            if not s.right_open:
                here = left
        if s.inf == b:
            right = limit(e, x, b, "+")
            if not s.left_open:
                here = right
    if left is None or right is None:
        raise Undecided(f"no pieces on both sides of {b}")
    return left, (here if here is not None else left), right


def gap_sides(f: Function, gap: tuple[sp.Expr, sp.Expr], order: int
              ) -> tuple[sp.Expr, sp.Expr]:
    """(f at or towards the gap's left end a, f at or towards its right end b) for the
    order-th derivative; the gap (a, b) is a hole of the domain between two pieces."""
    x = f.x
    a, b = gap
    left = right = None
    for p in f.pieces:
        e = sp.diff(p.expr, x, order) if order else p.expr
        s = p.interval
        if s.sup == a:
            closed = p.is_point or not s.right_open
            left = e.subs(x, a) if closed and order == 0 else limit(e, x, a, "-")
        if s.inf == b and right is None:
            closed = p.is_point or not s.left_open
            right = e.subs(x, b) if closed and order == 0 else limit(e, x, b, "+")
    if left is None or right is None:
        raise Undecided(f"no pieces on both sides of the gap ({a}, {b})")
    return left, right


def largest(values: Iterable[sp.Expr]) -> sp.Expr:
    """The largest value under ``compare`` (the first of equal ones): sup |f'| from the
    ends of f''s range, and the chords over gaps."""
    it = iter(values)
    best = next(it)
    for v in it:
        if compare(v, best) > 0:
            best = v
    return best


def jump_points(f: Function, order: int) -> list[sp.Expr]:
    """The breakpoints where the order-th derivative of f jumps."""
    out = []
    for b in f.breakpoints():
        left, here, right = around(f, b, order)
        if compare(left, right) != 0 or compare(left, here) != 0:
            out.append(b)
    return out


def equal_when(a: sp.Expr, b: sp.Expr) -> bool | sp.Basic:
    """True/False, or the condition on the parameters under which a = b (ELU: alpha = 1)."""
    try:
        return compare(a, b) == 0
    except Undecided:
        d = simplify(a - b)
        sol = sp.solve(d, sorted(d.free_symbols, key=str), dict=True)
        if not sol:
            return False
        if len(sol) > 1:
            raise
        return sp.And(*[sp.Eq(k, v) for k, v in sol[0].items()])
