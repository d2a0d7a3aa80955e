"""The enclosure of an expression at a point: an ``mpmath.iv`` interval holding its value.

:func:`evaluate` walks the SymPy tree at ``dps`` digits (variables bound to exact SymPy
numbers): numbers, ``pi``, ``E``, ``+``, ``·`` and integer powers exactly as intervals; the
other functions through :mod:`.intervals` (each result contains the true value); Piecewise
conditions decided exactly by SymPy where it can at the point, else by the sign of an
enclosure. A quantity the enclosure cannot settle raises ``Unsettled`` (callers raise the
precision), a point without a real value ``Undefined``, anything else ``NoValue``.

Two cases are estimates, not enclosures: a ``Limit`` (sampled along its approach) and a
``Derivative`` left unevaluated (``mpmath.diff``). An evaluation that used a limit estimate
is noted (:func:`clear_estimated`, :func:`used_estimate`), so that :mod:`.evidence` never
certifies a difference from it.

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> v = evaluate(sp.log(1 + sp.exp(x)) - x, {x: sp.Integer(900)}, 500)
>>> mpmath.nstr(mid(v), 5)
'1.3645e-391'
>>> holds(x > sp.sqrt(2), {x: sp.Rational(3, 2)})
True
"""

from __future__ import annotations

from collections.abc import Mapping

import mpmath
import sympy as sp

from .intervals import (
    IV_FUNCTIONS,
    MONOTONE,
    NoValue,
    Undefined,
    Unsettled,
    constant,
    exp_guarded,
    guarded,
    hyperbolic,
    is_zero,
    iv,
    ivdps,
    mid,
    monotone,
    negative,
    positive,
    real_value,
    sign_of,
)
from .rules import exact_limit

DPS = 60  # first working precision (decimal digits) of every comparison
MAX_DPS = 4000

_ESTIMATED = [False]  # set when a value used a numeric limit estimate (not rigorous)


def clear_estimated() -> None:
    """Forget earlier limit estimates (before the evaluations :func:`used_estimate` asks
    about)."""
    _ESTIMATED[0] = False


def mark_estimated() -> None:
    """Note that the value in hand used a numeric limit estimate (a remembered one)."""
    _ESTIMATED[0] = True


def used_estimate() -> bool:
    """Whether an evaluation since :func:`clear_estimated` used a numeric limit estimate."""
    return _ESTIMATED[0]


def evaluate(expr: sp.Basic, env: Mapping[sp.Symbol, object], dps: int = DPS,
             exact_limits: bool = False):
    """An interval enclosing ``expr`` at the point ``env`` (symbol -> SymPy number).

    >>> x = sp.Symbol("x", real=True)
    >>> v = evaluate(sp.tanh(x), {x: sp.Integer(1)}, 30)
    >>> with mpmath.workdps(40):
    ...     mpmath.tanh(1) in v
    True
    """
    expr = _decide_exactly(expr, env)
    if exact_limits:  # exact limits cost a Gruntz run per point: only to certify
        expr = close_limits(expr, env)
    with ivdps(dps):
        values = {s: _ev(v, {}) for s, v in env.items()}
        out = _ev(expr, values)
        if not (mpmath.isfinite(out.a) and mpmath.isfinite(out.b)):
            raise Unsettled(f"{expr} has no finite enclosure")
        return out


def _decide_exactly(expr: sp.Basic, env: Mapping[sp.Symbol, sp.Expr]) -> sp.Basic:
    """Piecewise conditions SymPy can decide exactly at the point (x > sqrt(2) at
    x = sqrt(2): an enclosure of x - sqrt(2) never settles the sign of 0)."""
    if not expr.has(sp.Piecewise) or not all(isinstance(v, sp.Basic) for v in env.values()):
        return expr
    table = {}
    for rel in free_relations(expr):
        # only where the difference is an exact rational: SymPy decides other numeric
        # relations by a 15-digit evalf, wrong for tiny values (log(1 + e^-800) -> 0)
        d = (rel.lhs - rel.rhs).xreplace(dict(env))
        if d.is_Rational:
            table[rel] = rel.func(d, 0)
    return expr.xreplace(table) if table else expr


def free_relations(expr: sp.Basic) -> set[sp.Basic]:
    """The relations in ``expr``'s Piecewise conditions that do not involve the bound
    variable of an enclosing limit (that variable is never split on or substituted).

    >>> x, y = sp.symbols("x y", real=True)
    >>> pw = sp.Piecewise((1, x < 0), (y, y > 0), (0, True))
    >>> sorted(map(str, free_relations(sp.Limit(pw, x, 0, "+") + pw)))
    ['x < 0', 'y > 0']
    >>> sorted(map(str, free_relations(sp.Limit(pw, x, 0, "+"))))
    ['y > 0']
    """
    out: set[sp.Basic] = set()

    def walk(node: sp.Basic, bound: frozenset) -> None:
        if isinstance(node, sp.Limit):
            walk(node.args[0], bound | {node.args[1]})
            return
        if isinstance(node, sp.Piecewise):
            for _, cond in node.args:
                out.update(r for r in cond.atoms(sp.core.relational.Relational)
                           if not r.free_symbols & bound)
        for a in node.args:
            walk(a, bound)

    walk(expr, frozenset())
    return out


def close_limits(expr: sp.Basic, env: Mapping[sp.Symbol, object]) -> sp.Basic:
    """Limits with parameters: the parameters' exact values first, then the limit by the
    calculus engine (the one ``properties`` uses, with its own numeric cross-check), never a
    symbolic limit computed with free parameters. A limit it cannot find stays, for the
    (marked) numeric estimate."""
    if not expr.has(sp.Limit) or not all(isinstance(v, sp.Basic) for v in env.values()):
        return expr

    def close(lim: sp.Limit) -> sp.Basic:
        f, var, point, direction = lim.args
        values = {s: v for s, v in env.items() if s != var}
        f, point = f.xreplace(values), point.xreplace(values)
        if f.free_symbols - {var} or point.free_symbols or f.has(sp.Limit):
            return lim
        out = exact_limit(sp.Limit(f, var, point, direction))
        return lim if isinstance(out, sp.Limit) else out

    return expr.replace(lambda a: isinstance(a, sp.Limit), close)


def _ev(e: sp.Basic, env):
    """The enclosure of ``e`` with its symbols bound to the intervals in ``env``."""
    if e.is_Symbol:
        if e not in env:
            raise NoValue(f"no value for {e}")
        return env[e]
    if e.is_Integer:
        return iv.mpf(int(e))
    if e.is_Rational:
        return iv.mpf(int(e.p)) / int(e.q)
    if e.is_Float:
        return iv.mpf(mpmath.mpf(e))
    if e is sp.pi:  # unary + fixes the lazy constant at the current precision
        return +iv.pi
    if e is sp.E:
        return +iv.e
    if e in (sp.oo, sp.S.NegativeInfinity):
        raise NoValue("infinity")
    if e in (sp.zoo, sp.nan):
        raise Undefined(str(e))
    if isinstance(e, sp.NumberSymbol | sp.CRootOf):  # SELU's λ, α; polynomial roots
        return constant(e)
    if e.is_Add:
        out = iv.mpf(0)
        for a in e.args:
            out = out + _ev(a, env)
        return out
    if e.is_Mul:
        out = iv.mpf(1)
        for a in e.args:
            out = out * _ev(a, env)
        return out
    if e.is_Pow:
        return _pow(e, env)
    if isinstance(e, sp.Piecewise):
        for value, cond in e.args:
            if _cond(cond, env):
                return _ev(value, env)
        raise Undefined("no Piecewise branch applies")
    if isinstance(e, sp.Heaviside):
        v = _ev(e.args[0], env)
        if is_zero(v):
            return _ev(e.args[1], env) if len(e.args) > 1 else iv.mpf(1) / 2
        return iv.mpf(sign_of(v) > 0)
    if isinstance(e, sp.sign):
        v = _ev(e.args[0], env)
        return iv.mpf(0 if is_zero(v) else sign_of(v))
    if isinstance(e, sp.Max | sp.Min):
        vals = [_ev(a, env) for a in e.args]
        pick = max if isinstance(e, sp.Max) else min
        return iv.mpf([pick(v.a for v in vals), pick(v.b for v in vals)])
    if isinstance(e, sp.Limit):
        return _limit(e, env)
    if isinstance(e, sp.Derivative):
        return _derivative(e, env)
    args = [_ev(a, env) for a in e.args]
    if e.func in (sp.tanh, sp.sinh, sp.cosh, sp.coth, sp.csch):
        return hyperbolic(e.func, args[0])
    if e.func is sp.sech:
        return 1 / hyperbolic(sp.cosh, args[0])
    if e.func is sp.exp:
        return exp_guarded(args[0])
    if e.func is sp.log:
        if not positive(args[0]):
            raise Undefined("log of a non-positive number") if args[0].b <= 0 else Unsettled()
    fn = IV_FUNCTIONS.get(e.func)
    if fn is not None:
        return guarded(fn, *args)
    if e.func in MONOTONE:
        f, direction = MONOTONE[e.func]
        return monotone(f, direction, args[0])
    if isinstance(e, sp.LambertW) and len(e.args) == 1:
        return monotone(lambda t: real_value(mpmath.lambertw(t)), 1, args[0])
    raise NoValue(f"cannot evaluate {e.func}")



def _pow(e: sp.Pow, env):
    """Integer powers by interval multiplication; others as exp(exponent · log base)."""
    base = _ev(e.base, env)
    if e.exp.is_Integer:
        n = int(e.exp)
        if n < 0:
            if is_zero(base):
                raise Undefined("division by zero")
            if not (positive(base) or negative(base)):
                raise Unsettled("division by an enclosure of zero")
            return 1 / base ** (-n)
        return base**n
    if e.base is sp.E:
        return exp_guarded(_ev(e.exp, env))
    ex = _ev(e.exp, env)
    if is_zero(base):
        if positive(ex):
            return iv.mpf(0)
        raise Undefined("0 to a non-positive power")
    if negative(base):  # SymPy's x**(1/3) is the principal (complex) root for x < 0
        raise Undefined("negative base to a fractional power")
    if not positive(base):
        raise Unsettled("base sign undecided")
    return exp_guarded(ex * guarded(iv.log, base))


def _cond(c: sp.Basic, env) -> bool:
    """A condition decided by the sign of an enclosure of lhs − rhs (Unsettled if it
    straddles 0)."""
    if c is sp.true:
        return True
    if c is sp.false:
        return False
    if isinstance(c, sp.And):
        return all(_cond(a, env) for a in c.args)
    if isinstance(c, sp.Or):
        return any(_cond(a, env) for a in c.args)
    if isinstance(c, sp.Not):
        return not _cond(c.args[0], env)
    if not isinstance(c, sp.core.relational.Relational):
        raise NoValue(f"cannot decide {c}")
    d = _ev(c.lhs - c.rhs, env) if not c.rhs.is_zero else _ev(c.lhs, env)
    if is_zero(d):
        return isinstance(c, sp.LessThan | sp.GreaterThan | sp.Equality)
    s = sign_of(d)  # Unsettled when the enclosure straddles 0
    if isinstance(c, sp.StrictLessThan | sp.LessThan):
        return s < 0
    if isinstance(c, sp.StrictGreaterThan | sp.GreaterThan):
        return s > 0
    return isinstance(c, sp.Unequality)


def _limit(e: sp.Limit, env):
    """A limit estimated from its approach: the last three samples must agree to ~half the
    working digits, relative to their size; NoValue otherwise.

    Not rigorous (a plateau can fool any finite sampling): outcomes that used it are marked
    ``estimated`` and are never taken as counterexamples."""
    _ESTIMATED[0] = True
    if iv.dps > 4 * DPS:  # an estimate gains nothing from more digits; it only gets slow
        raise NoValue("limit estimate needs no more precision")
    f, var, point, direction = e.args
    # an irrational-looking factor keeps the samples off any period (sin(pi*b) at b = 10^k)
    odd = sp.Rational(14142135623, 10**10)
    if point in (sp.oo, sp.S.NegativeInfinity):
        seq = [odd * sp.Integer(10) ** (5 * 2**k) * (1 if point is sp.oo else -1)
               for k in range(7)]
    else:
        sign = -1 if str(direction) == "-" else 1
        seq = [point + sign * odd / sp.Integer(10) ** (5 * 2**k) for k in range(7)]
    vals = []
    outer = iv.dps
    for k, t in enumerate(seq):
        # b = 10^N must be resolved next to 1: work with N more digits
        try:
            with ivdps(outer + 5 * 2**k + 10):
                vals.append(_ev(f, {**env, var: _ev(t, env)}))
        except (NoValue, Unsettled):
            break
    if len(vals) < 4:
        raise NoValue("limit does not settle numerically")
    with mpmath.workprec(iv.prec + 10):  # mp's own 53 bits would round the estimate
        tol = mpmath.mpf(10) ** (-iv.dps // 2)
        v1, v2, v3 = vals[-3:]  # the tail only: early samples may sit on a plateau
        m1, m2, m3 = mid(v1), mid(v2), mid(v3)
        scale = max(abs(m1), abs(m2), abs(m3), mpmath.mpf(10) ** (-iv.dps))
        narrow = all(mpmath.mpf(v.b) - mpmath.mpf(v.a) <= tol * scale for v in (v1, v2, v3))
        if narrow and abs(m3 - m2) <= tol * scale and abs(m2 - m1) <= tol * scale:
            err = 10 * (abs(m3 - m2) + mpmath.mpf(v3.b) - mpmath.mpf(v3.a)) + tol * scale / 100
            return iv.mpf([m3 - err, m3 + err])
        if abs(m1) > abs(m2) > abs(m3) and abs(m2) <= tol:  # decaying to 0 (log 2 / b)
            return iv.mpf([-10 * abs(m2), 10 * abs(m2)])
    raise NoValue("limit does not settle numerically")


def _derivative(e: sp.Derivative, env):
    """A derivative estimated by ``mpmath.diff`` at the midpoint, padded by 10^-(dps/2)
    (relative plus absolute): evidence for a Derivative SymPy left unevaluated."""
    f = e.expr
    if len(e.variable_count) != 1 or e.variable_count[0][0] not in env:
        raise NoValue("cannot evaluate a mixed derivative")
    var, n = e.variable_count[0]
    with mpmath.workdps(iv.dps):
        at = mid(env[var])
        d = mpmath.diff(lambda t: mid(_ev(f, {**env, var: iv.mpf(t)})), at, int(n))
        err = abs(d) * mpmath.mpf(10) ** (-iv.dps // 2) + mpmath.mpf(10) ** (-iv.dps // 2)
        return iv.mpf([d - err, d + err])


def holds(cond: sp.Basic, env: Mapping[sp.Symbol, sp.Expr], dps: int = DPS) -> bool:
    """Whether a condition holds at a point (exact inputs, ``dps`` digits)."""
    with ivdps(dps):
        return _cond(cond, {s: _ev(v, {}) for s, v in env.items()})


def show(value: sp.Expr) -> str:
    """A SymPy number to 30 significant digits."""
    with ivdps(40):
        return mpmath.nstr(mid(_ev(value, {})), 30)
