"""Rigorous ball arithmetic for SymPy expressions without free symbols (python-flint's arb).

Part of the trusted base: every ball returned contains the exact value. Callers substitute
the exact point first (:func:`put`, not ``xreplace``), so that SymPy's exact arithmetic settles
what it can (``x - 1/3`` is 0 at x = 1/3, ``LambertW(-exp(-1))`` is -1). Two outcomes are not
numbers: :class:`Undefined` (proved outside the real domain: log of a ball ≤ 0, division by
an exact 0, sqrt of a ball < 0) and :class:`CannotEvaluate` (a branch point, a domain
boundary or a branch condition the ball cannot decide, an overflow, an unsupported node).

>>> import sympy as sp
>>> enclose(sp.exp(sp.Rational(1, 3)) * sp.pi, 128).contains(3.9)
False
>>> value(sp.tanh(sp.Integer(1))).overlaps(value(2 / (1 + sp.exp(-2)) - 1))
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

import sympy as sp
from flint import arb, ctx, fmpq
from sympy.core.function import AppliedUndef

from ..core import StableFunction, definitions
from ..core import expand as expand_catalog

# Working precisions in bits, tried in turn: cheap first, ~4000 bits at most.
PRECISIONS = (128, 512, 1536, 4096)
# A value is "accurate" when its radius is below 2^-ACCURACY times max(1, |value|).
ACCURACY = 48


class CannotEvaluate(ArithmeticError):
    """The ball cannot enclose the value here (not a statement that it is undefined)."""


class Undefined(ArithmeticError):
    """Proved outside the real domain (log of a ball ≤ 0, division by an exact 0, …)."""


def _pos(b: arb) -> bool:
    return b > 0


def _inv_e() -> arb:
    return (-arb(1)).exp()


# Functions with a restricted real domain: (inside the domain, proved outside it).
_Guard = tuple[Callable[[arb], bool], Callable[[arb], bool]]
_DOMAINS: Mapping[type, _Guard] = {
    sp.log: (_pos, lambda b: b <= 0),
    sp.asin: (lambda b: b >= -1 and b <= 1, lambda b: b < -1 or b > 1),
    sp.acos: (lambda b: b >= -1 and b <= 1, lambda b: b < -1 or b > 1),
    sp.acosh: (lambda b: b >= 1, lambda b: b < 1),
    sp.atanh: (lambda b: b > -1 and b < 1, lambda b: b <= -1 or b >= 1),
    sp.loggamma: (_pos, lambda b: False),
}
# The one-argument functions and their arb methods.
_UNARY: Mapping[type, Callable[[arb], arb]] = {
    sp.exp: arb.exp, sp.log: arb.log, sp.sin: arb.sin, sp.cos: arb.cos, sp.tan: arb.tan,
    sp.sinh: arb.sinh, sp.cosh: arb.cosh, sp.tanh: arb.tanh, sp.sech: arb.sech,
    sp.csch: arb.csch, sp.coth: arb.coth, sp.asinh: arb.asinh, sp.acosh: arb.acosh,
    sp.atanh: arb.atanh, sp.atan: arb.atan, sp.asin: arb.asin, sp.acos: arb.acos,
    sp.erf: arb.erf, sp.erfc: arb.erfc, sp.gamma: arb.gamma, sp.loggamma: arb.lgamma,
}
_CONSTANTS: Mapping[sp.Basic, Callable[[], arb]] = {
    sp.pi: arb.pi, sp.E: arb.const_e, sp.EulerGamma: arb.const_euler,
    sp.Catalan: arb.const_catalan,
}


def enclose(expr: sp.Basic, prec_bits: int) -> arb:
    """A ball containing the exact value of ``expr`` (no free symbols), at ``prec_bits``.

    Raises:
        Undefined: proved outside the real domain.
        CannotEvaluate: anything the ball cannot settle (try a higher precision).

    >>> import sympy as sp
    >>> enclose(sp.LambertW(-sp.exp(-1)), 128)
    -1.00000000000000
    """
    if expr.free_symbols:
        raise CannotEvaluate(f"free symbols {sorted(map(str, expr.free_symbols))} left")
    if expr.has(AppliedUndef, StableFunction, sp.Derivative):
        expr = expand_catalog(definitions(expr))
    with ctx.workprec(prec_bits):
        b = _ev(expr)
    if not b.is_finite():
        raise CannotEvaluate(f"{expr} overflows or cannot be enclosed")
    return b


def attempts(expr: sp.Basic) -> Iterator[arb]:
    """Balls for ``expr`` at rising precision (the ones that could be computed).

    Raises Undefined at once; CannotEvaluate only when no precision gives a ball."""
    last: CannotEvaluate | None = None
    produced = False
    for prec in PRECISIONS:
        try:
            b = enclose(expr, prec)
        except CannotEvaluate as exc:
            last = exc
            continue
        produced = True
        yield b
    if not produced:
        raise last or CannotEvaluate(f"cannot enclose {expr}")


def accurate(b: arb, bits: int = ACCURACY) -> bool:
    """The radius is below 2^-bits · max(1, |b|)."""
    return bool(b.rad() <= arb(2) ** -bits * abs(b.mid()).max(arb(1)))


def value(expr: sp.Basic, bits: int = ACCURACY) -> arb:
    """The first ball at rising precision that is accurate to ``bits`` bits.

    >>> import sympy as sp
    >>> b = value(sp.Integer(2) ** sp.Rational(1, 2))
    >>> b.contains(1.4142135623730951), abs(b - 1.4142135623730951) < 1e-16
    (False, True)
    """
    b = None
    for b in attempts(expr):
        if accurate(b, bits):
            return b
    raise CannotEvaluate(f"{expr} stays wide at {PRECISIONS[-1]} bits: {b}")


def differ(lhs: arb, rhs: arb) -> bool:
    """The two balls are disjoint: the exact values are certainly different.

    >>> differ(arb(1), arb(2)), differ(arb("1 +/- 0.5"), arb("1.2"))
    (True, False)
    """
    return not lhs.overlaps(rhs)


def holds(cond: sp.Basic, point: Mapping[sp.Symbol, sp.Expr] | None = None) -> bool:
    """The exact truth of a condition at a point (exact arithmetic first, then balls).

    Raises CannotEvaluate when neither decides (e.g. an equation that is not exactly 0).

    >>> import sympy as sp
    >>> x = sp.Symbol("x", real=True)
    >>> holds(x < sp.exp(-1), {x: sp.Rational(3, 8)}), holds(sp.Eq(x, 0), {x: 0})
    (False, True)
    """
    if isinstance(cond, sp.logic.boolalg.BooleanAtom):
        return bool(cond)
    if isinstance(cond, sp.Not):
        return not holds(cond.args[0], point)
    if isinstance(cond, sp.ITE):
        return holds(cond.args[1] if holds(cond.args[0], point) else cond.args[2], point)
    if isinstance(cond, sp.And | sp.Or):
        want = isinstance(cond, sp.Or)  # the value that decides
        undecided = None
        for part in cond.args:
            try:
                if holds(part, point) == want:
                    return want
            except CannotEvaluate as exc:
                undecided = exc
        if undecided is not None:
            raise undecided
        return not want
    if not isinstance(cond, sp.core.relational.Relational):
        raise CannotEvaluate(f"cannot decide {cond}")
    d = cond.lhs - cond.rhs
    if point:
        d = put(d, point)
    s = sign_of(d)
    return bool(cond.func(s, 0))


# Nodes whose evaluation at numbers makes SymPy decide a sign by a 15-digit evalf, which
# is wrong for tiny values (log(1 + e^-800) evalf's to 0): left for the balls to decide.
_DECIDING = (sp.core.relational.Relational, sp.Abs, sp.sign, sp.Heaviside, sp.Max, sp.Min,
             sp.Piecewise, sp.floor, sp.ceiling, sp.And, sp.Or, sp.Not)


def put(expr: sp.Basic, point: Mapping[sp.Symbol, sp.Expr]) -> sp.Basic:
    """``expr`` at the exact point: arithmetic folded exactly (x − 1/3 is 0 at x = 1/3), but
    no relation, Abs, sign, Max, Min or Piecewise decided by SymPy (``xreplace`` would).

    >>> x, y = sp.symbols("x y", real=True)
    >>> e = sp.Min(-sp.log(1 + sp.exp(-x)), y)
    >>> put(e, {x: sp.Integer(800), y: sp.Rational(-1, 10**400)}).func.__name__
    'Min'
    """
    if expr in point:
        return point[expr]
    if not expr.args or isinstance(expr, sp.Symbol):
        return expr
    if isinstance(expr, sp.Piecewise):
        pairs = [(put(v, point), put(c, point)) for v, c in expr.args]
        return sp.Piecewise(*pairs, evaluate=False)
    args = [put(a, point) for a in expr.args]
    if isinstance(expr, _DECIDING):
        return expr.func(*args, evaluate=False)
    return expr.func(*args)


def sign_of(d: sp.Expr) -> int:
    """-1, 0 or 1: exactly when SymPy knows the number, else by a ball excluding 0."""
    d = sp.sympify(d)
    if d.is_Rational:
        return int(sp.sign(d))
    for b in attempts(d):
        if b > 0:
            return 1
        if b < 0:
            return -1
        if b.is_exact() and b == 0:  # a ball of radius 0 is the exact value
            return 0
    raise CannotEvaluate(f"cannot decide the sign of {d}")


def _ev(e: sp.Basic) -> arb:
    if e.is_Rational:
        return arb(fmpq(int(e.p), int(e.q)))
    if isinstance(e, sp.Float):
        r = sp.Rational(e)  # the Float's exact binary value
        return arb(fmpq(int(r.p), int(r.q)))
    if e in _CONSTANTS:
        return _CONSTANTS[e]()
    if e in (sp.zoo, sp.nan):
        raise Undefined(f"{e} (an exact division by 0 or an undefined form)")
    for cls in type(e).__mro__:
        visit = _VISITORS.get(cls)
        if visit is not None:
            return visit(e)
    if hasattr(e, "rewrite_closed"):  # a derived constant with a closed form (SELU's)
        return _ev(e.rewrite_closed())
    raise CannotEvaluate(f"{type(e).__name__} is not supported ({e})")


def _add(e: sp.Add) -> arb:
    total = arb(0)
    for a in e.args:
        total += _ev(a)
    return total


def _mul(e: sp.Mul) -> arb:
    total = arb(1)
    for a in e.args:
        total *= _ev(a)
    return total


def _pow(e: sp.Pow) -> arb:
    base, exponent = e.args
    b = _ev(base)
    if exponent.is_Integer:
        if exponent < 0 and b.contains(0):
            raise CannotEvaluate(f"division by a ball containing 0 in {e}")
        return b ** int(exponent)
    if b > 0:
        if exponent.is_Rational:
            return b ** fmpq(int(exponent.p), int(exponent.q))
        return (_ev(exponent) * b.log()).exp()
    if b < 0 and exponent.is_Rational:
        raise Undefined(f"{e}: a fractional power of a negative number is not real")
    if b >= 0 and exponent.is_Rational and exponent > 0:
        return b.nonnegative_part() ** fmpq(int(exponent.p), int(exponent.q))
    raise CannotEvaluate(f"the base of {e} is not known to be positive")


def _function(e: sp.Function) -> arb:
    (arg,) = e.args
    b = _ev(arg)
    inside, outside = _DOMAINS.get(e.func, (None, None))
    if inside is not None and not inside(b):
        if outside(b):
            raise Undefined(f"{e}: argument outside the real domain")
        raise CannotEvaluate(f"{e}: the argument ball meets a domain boundary")
    return _UNARY[e.func](b)


def _lambertw(e: sp.LambertW) -> arb:
    branch = e.args[1] if len(e.args) > 1 else sp.S.Zero
    b = _ev(e.args[0])
    edge = b + _inv_e()  # W is real for x >= -1/e (branch 0) and -1/e <= x < 0 (branch -1)
    if branch == 0 and edge > 0:
        return b.lambertw()
    if branch == -1 and edge > 0 and b < 0:
        return b.lambertw(-1)
    if branch not in (0, -1) or edge < 0 or (branch == -1 and b >= 0):
        raise Undefined(f"{e} is not real")
    raise CannotEvaluate(f"{e}: the argument ball meets the branch point -1/e")


def _sign_node(e: sp.sign) -> arb:
    return arb(sign_of(e.args[0]))


def _heaviside(e: sp.Heaviside) -> arb:
    s = sign_of(e.args[0])  # exactly 0 only when SymPy knows it: then the value at 0
    if s == 0:
        return _ev(e.args[1] if len(e.args) > 1 else sp.S.Half)
    return arb(1 if s > 0 else 0)


def _extremum(e: sp.Max | sp.Min) -> arb:
    vals = [_ev(a) for a in e.args]
    out = vals[0]
    for v in vals[1:]:
        out = out.max(v) if isinstance(e, sp.Max) else out.min(v)
    return out


def _rounding(e: sp.floor | sp.ceiling) -> arb:
    b = _ev(e.args[0])
    n = (b.floor() if isinstance(e, sp.floor) else b.ceil()).unique_fmpz()
    if n is None:
        raise CannotEvaluate(f"{e}: the ball straddles an integer")
    return arb(n)


def _piecewise(e: sp.Piecewise) -> arb:
    for val, cond in e.args:
        if holds(cond):
            return _ev(val)
    raise Undefined(f"no branch of {e} applies")


_VISITORS: Mapping[type, Callable[[sp.Basic], arb]] = {
    sp.Add: _add, sp.Mul: _mul, sp.Pow: _pow, sp.LambertW: _lambertw, sp.sign: _sign_node,
    sp.Heaviside: _heaviside, sp.Max: _extremum, sp.Min: _extremum, sp.floor: _rounding,
    sp.ceiling: _rounding, sp.Piecewise: _piecewise,
    sp.Abs: lambda e: abs(_ev(e.args[0])),
    **{f: _function for f in _UNARY},
}
