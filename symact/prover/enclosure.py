"""High-precision numeric evidence for the prover: evaluate, sample, compare.

A difference counts as *confirmed* only when it is stable under a doubling of the working
precision, so rounding noise (which shrinks by ``10**-p``) can never pass for a real
difference:

    differ  ⇔  d(p) ≈ d(2p) ≠ 0          (agreement to 1e-6 relative)
    agree   ⇔  |d(2p)| ≤ 10^(-p) · max(1, |lhs|, |rhs|)

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> compare(1 / (1 + sp.exp(-x)) + sp.Rational(1, 10**20) * x, 1 / (1 + sp.exp(-x)),
...         {x: sp.Integer(1)}).kind
'differ'
>>> compare(sp.tanh(x), 2 / (1 + sp.exp(-2 * x)) - 1, {x: sp.Integer(900)}).kind
'agree'
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace

import mpmath
import sympy as sp

from symact import budget

DPS = 60  # first working precision (decimal digits); ≥ 50 as the certificate rule asks
MAX_DPS = 4000
_MAX_EXP_ARG = 10**120  # exp(1e300) takes 0.1 s in mpmath, exp(1e640) 0.6 s: skip those


class Undefined(ArithmeticError):
    """The expression has no real value at the point (division by 0, log of a negative …)."""


class NoValue(ArithmeticError):
    """The value could not be computed (a limit that does not settle numerically …)."""


_ESTIMATED = [False]  # set when a value used a numeric limit estimate (not rigorous)


class Unsettled(ArithmeticError):
    """The enclosure is too wide at this precision (a condition or sign is undecided)."""


iv = mpmath.iv


@contextmanager
def _ivdps(dps: int) -> Iterator[None]:
    """mpmath.iv has no workdps; set and restore its precision."""
    old = iv.prec
    iv.dps = dps
    try:
        yield
    finally:
        iv.prec = old

# Functions with rigorous interval versions in mpmath.iv.
_IV = {sp.log: iv.log, sp.sin: iv.sin, sp.cos: iv.cos, sp.tan: iv.tan,
       sp.Abs: iv.fabs}
# Monotone functions without one: evaluated at both ends of the enclosure, rounded outwards.
_MONO = {sp.erf: (mpmath.erf, 1), sp.erfc: (mpmath.erfc, -1), sp.atan: (mpmath.atan, 1),
         sp.asinh: (mpmath.asinh, 1), sp.atanh: (mpmath.atanh, 1),
         sp.acosh: (mpmath.acosh, 1), sp.asin: (mpmath.asin, 1), sp.acos: (mpmath.acos, -1),
         sp.floor: (mpmath.floor, 1), sp.ceiling: (mpmath.ceil, 1)}


def evaluate(expr: sp.Basic, env: Mapping[sp.Symbol, object], dps: int = DPS):
    """An interval enclosing ``expr`` at the point ``env`` (symbol -> SymPy number).

    >>> x = sp.Symbol("x", real=True)
    >>> v = evaluate(sp.log(1 + sp.exp(x)) - x, {x: sp.Integer(900)}, 500)
    >>> mpmath.nstr(mid(v), 5)
    '1.3645e-391'
    """
    expr = _decide_exactly(expr, env)
    with _ivdps(dps):
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
    for pw in expr.atoms(sp.Piecewise):
        for _, cond in pw.args:
            for rel in cond.atoms(sp.core.relational.Relational):
                val = rel.xreplace(dict(env))
                if val in (sp.true, sp.false):
                    table[rel] = val
    return expr.xreplace(table) if table else expr


def mid(v) -> mpmath.mpf:
    """Midpoint of an interval as an mpf (at the interval's precision, not mp's 15 digits)."""
    with mpmath.workprec(max(mpmath.mp.prec, iv.prec) + 10):
        return (mpmath.mpf(v.a) + mpmath.mpf(v.b)) / 2


def _pos(v) -> bool:
    return v.a > 0


def _neg(v) -> bool:
    return v.b < 0


def _zero(v) -> bool:
    return v.a == 0 and v.b == 0


def _ev(e: sp.Basic, env):
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
        return _constant(e)
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
        if _zero(v):
            return _ev(e.args[1], env) if len(e.args) > 1 else iv.mpf(1) / 2
        return iv.mpf(_sign(v) > 0)
    if isinstance(e, sp.sign):
        v = _ev(e.args[0], env)
        return iv.mpf(0 if _zero(v) else _sign(v))
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
        return _hyperbolic(e.func, args[0])
    if e.func is sp.sech:
        return 1 / _hyperbolic(sp.cosh, args[0])
    if e.func is sp.exp:
        return _exp(args[0])
    if e.func is sp.log:
        if not _pos(args[0]):
            raise Undefined("log of a non-positive number") if args[0].b <= 0 else Unsettled()
    fn = _IV.get(e.func)
    if fn is not None:
        return _call(fn, *args)
    if e.func in _MONO:
        f, direction = _MONO[e.func]
        return _monotone(f, direction, args[0])
    if isinstance(e, sp.LambertW) and len(e.args) == 1:
        return _monotone(lambda t: _real(mpmath.lambertw(t)), 1, args[0])
    raise NoValue(f"cannot evaluate {e.func}")


def _constant(e: sp.Expr):
    """A numeric constant via SymPy's evalf (which tracks its own accuracy), padded."""
    v = e.evalf(iv.dps + 20)
    if not v.is_Float:
        raise NoValue(f"cannot evaluate {e}")
    with mpmath.workprec(iv.prec + 80):
        c = mpmath.mpf(v._mpf_)
        pad = abs(c) * mpmath.mpf(2) ** (-iv.prec - 10)
        return iv.mpf([c - pad, c + pad])


def _sign(v) -> int:
    if _pos(v):
        return 1
    if _neg(v):
        return -1
    raise Unsettled("sign undecided")


def _call(fn, *args):
    try:
        return fn(*args)
    except (ValueError, ZeroDivisionError) as exc:  # ComplexResult is a ValueError
        raise Undefined(str(exc)) from None
    except mpmath.libmp.NoConvergence:
        raise NoValue(f"{fn} did not converge") from None


def _real(v):
    if isinstance(v, mpmath.mpc):
        if v.imag != 0:
            raise Undefined("complex value")
        v = v.real
    return v


def _monotone(f, direction: int, v):
    """Enclosure of a monotone f on [v.a, v.b], padded outwards by a few ulps."""
    prec = iv.prec + 20
    with mpmath.workprec(prec):
        try:
            lo, hi = f(mpmath.mpf(v.a)), f(mpmath.mpf(v.b))
        except (ValueError, ZeroDivisionError) as exc:
            raise Undefined(str(exc)) from None
        complex_ends = [isinstance(t, mpmath.mpc) for t in (lo, hi)]
        if all(complex_ends):  # atanh(2), acosh(0), asin(3): no real value
            raise Undefined("outside the real domain")
        if any(complex_ends):
            raise Unsettled("enclosure crosses the edge of the domain")
        lo, hi = (lo, hi) if direction > 0 else (hi, lo)
        pad = mpmath.mpf(2) ** (-iv.prec) * (abs(lo) + abs(hi) + mpmath.mpf(2) ** -1000)
        return iv.mpf([lo - pad, hi + pad])


def _exp(v):
    """exp with a guard: beyond ±_MAX_EXP_ARG mpmath is slow; far below, e^v is enclosed by
    [0, 10^-(dps+20)] (rigorous, and all the digits a caller can use)."""
    if v.b < -_MAX_EXP_ARG:
        return iv.mpf([0, mpmath.mpf(10) ** (-(iv.dps + 20))])
    if abs(v.a) > _MAX_EXP_ARG or abs(v.b) > _MAX_EXP_ARG:
        raise NoValue("exponent too large to evaluate")
    return _call(iv.exp, v)


def _hyperbolic(func, v):
    if func in (sp.sinh, sp.cosh, sp.csch):
        e = _exp(v)
        inv = 1 / e
        if func is sp.sinh:
            return (e - inv) / 2
        if func is sp.cosh:
            return (e + inv) / 2
        return 2 / (e - inv)
    # tanh = sign(x)(1 - q)/(1 + q) with q = e^(-2|x|) <= 1: no overflow, no wide division
    s = _sign(v) if not _zero(v) else 0
    if s == 0:
        if func is sp.tanh:
            return iv.mpf(0)
        raise Undefined(f"{func} at 0")
    q = _exp(-2 * iv.fabs(v))
    t = s * (1 - q) / (1 + q)
    return t if func is sp.tanh else 1 / t


def _pow(e: sp.Pow, env):
    base = _ev(e.base, env)
    if e.exp.is_Integer:
        n = int(e.exp)
        if n < 0:
            if _zero(base):
                raise Undefined("division by zero")
            if not (_pos(base) or _neg(base)):
                raise Unsettled("division by an enclosure of zero")
            return 1 / base ** (-n)
        return base**n
    if e.base is sp.E:
        return _exp(_ev(e.exp, env))
    ex = _ev(e.exp, env)
    if _zero(base):
        if _pos(ex):
            return iv.mpf(0)
        raise Undefined("0 to a non-positive power")
    if _neg(base):  # SymPy's x**(1/3) is the principal (complex) root for x < 0
        raise Undefined("negative base to a fractional power")
    if not _pos(base):
        raise Unsettled("base sign undecided")
    return _exp(ex * _call(iv.log, base))


def _cond(c: sp.Basic, env) -> bool:
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
    if _zero(d):
        return isinstance(c, sp.LessThan | sp.GreaterThan | sp.Equality)
    s = _sign(d)  # Unsettled when the enclosure straddles 0
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
            with _ivdps(outer + 5 * 2**k + 10):
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
    f = e.expr
    if len(e.variable_count) != 1 or e.variable_count[0][0] not in env:
        raise NoValue("cannot evaluate a mixed derivative")
    var, n = e.variable_count[0]
    with mpmath.workdps(iv.dps):
        at = mid(env[var])
        d = mpmath.diff(lambda t: mid(_ev(f, {**env, var: iv.mpf(t)})), at, int(n))
        err = abs(d) * mpmath.mpf(10) ** (-iv.dps // 2) + mpmath.mpf(10) ** (-iv.dps // 2)
        return iv.mpf([d - err, d + err])


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
    """Compare both sides at one point, doubling the precision until the answer is clear.

    "differ" means the two enclosures are disjoint with a gap larger than both widths.
    """
    _ESTIMATED[0] = False
    out = _compare(lhs, rhs, point, start_dps)
    return replace(out, estimated=_ESTIMATED[0]) if _ESTIMATED[0] else out


def _compare(lhs, rhs, point, start_dps) -> Outcome:
    dps = max(DPS, min(int(start_dps), MAX_DPS))
    while dps <= MAX_DPS:
        budget.check()
        try:
            lv = _side(lhs, point, dps)
            rv = _side(rhs, point, dps)
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


def _side(expr, point, dps):
    try:
        return evaluate(expr, point, dps)
    except Undefined:
        return None


def holds(cond: sp.Basic, env: Mapping[sp.Symbol, sp.Expr], dps: int = DPS) -> bool:
    """Whether a condition holds at a point (exact inputs, ``dps`` digits)."""
    with _ivdps(dps):
        return _cond(cond, {s: _ev(v, {}) for s, v in env.items()})


def show(value: sp.Expr) -> str:
    """A SymPy number to 30 significant digits."""
    with _ivdps(40):
        return mpmath.nstr(mid(_ev(value, {})), 30)


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


R = sp.Rational
BASE: tuple[sp.Expr, ...] = tuple(
    v for a in (R(0), R(1), R(1, 2), R(2), R(3), R(37, 10), R(10), R(1, 10**30), R(1, 10**10),
                R(100), R(800), R(850), R(900), R(1000), R(10**5), R(7, 3))
    for v in ((a,) if a == 0 else (a, -a)))


def random_values(seed: int, n: int) -> list[sp.Expr]:
    """Seeded random rationals: uniform on [-6, 6] and log-uniform magnitudes."""
    rng = random.Random(seed)
    out: list[sp.Expr] = []
    for k in range(n):
        if k % 2:
            v = sp.Rational(rng.randint(-6000, 6000), 1000)
        else:
            v = sp.Rational(rng.choice((-1, 1)) * rng.randint(1, 999), 100) * sp.Integer(10) ** (
                rng.randint(-8, 3))
        out.append(v)
    return out


def grid(values: Mapping[sp.Symbol, Iterable[sp.Expr]], seed: int = 0,
         limit: int = 400) -> list[dict[sp.Symbol, sp.Expr]]:
    """Points covering every listed value of every variable (the others drawn at random)."""
    syms = sorted(values, key=lambda s: s.name)
    lists = {s: list(dict.fromkeys(values[s])) for s in syms}
    if not syms:
        return [{}]
    rng = random.Random(seed)
    out: list[dict[sp.Symbol, sp.Expr]] = []
    for s in syms:
        for v in lists[s]:
            pt = {t: (v if t == s else rng.choice(lists[t])) for t in syms}
            out.append(pt)
    return out[:limit]
