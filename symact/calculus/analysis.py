"""Calculus on piecewise real functions: limits, zeros, images, monotonicity, smoothness.

A function is a list of :class:`~symact.core.pieces.Piece` records. Symbolic steps come first
(SymPy's assumptions, ``solveset``, ``solve``, ``limit``); where they fail, a float64 scan
followed by 50-digit mpmath refinement gives numeric answers that are marked as such.
Comparisons of values use exact SymPy signs when they decide, else 50-digit numerics.

>>> from sympy import Symbol, tanh
>>> x = Symbol("x", real=True)
>>> f = Function.of(tanh(x), x)
>>> lo, hi = image(f)
>>> (lo.value, lo.attained, hi.value, hi.attained)
(-1, False, 1, False)
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import mpmath
import numpy as np
import scipy.special as sc
import sympy as sp

from ..budget import check, deadline, remaining
from ..core import Piece, breakpoints, split
from ..errors import SYMPY_FAILURES, BudgetExceeded, SymactError, Undecided
from .simplify import nice

DPS = 50
SCAN_LIMIT = 1e4
SCAN_POINTS = 20001
_TINY = mpmath.mpf(10) ** -40


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
        return Function(tuple(Piece(sp.S.Zero if p.is_point else _diff(p.expr, self.x),
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
                return _subs(p.expr, self.x, point)
        raise Undecided(f"no piece contains {point}")


@lru_cache(maxsize=4096)
def _diff(expr: sp.Expr, x: sp.Symbol) -> sp.Expr:
    return sp.diff(expr, x)


def _contains(s: sp.Set, point: sp.Expr) -> bool:
    c = s.contains(point)
    if c is sp.true:
        return True
    if c is sp.false:
        return False
    raise Undecided(f"cannot tell whether {point} lies in {s}")


def _subs(expr: sp.Expr, x: sp.Symbol, point: sp.Expr) -> sp.Expr:
    value = expr.subs(x, point)
    if value.has(sp.nan, sp.zoo) or value.is_infinite:
        raise Undecided(f"{expr} is not finite at {x} = {point}")
    return value


# --- numerics --------------------------------------------------------------------------

NP_MODULES = [{"erf": sc.erf, "erfc": sc.erfc, "LambertW": lambda z: sc.lambertw(z).real},
               "numpy"]


@lru_cache(maxsize=1024)
def mp_function(expr: sp.Expr, x: sp.Symbol) -> Callable[[mpmath.mpf], mpmath.mpf]:
    """``expr`` as an mpmath function of ``x`` (code generated from the SymPy tree)."""
    return sp.lambdify(x, expr, modules="mpmath")


@lru_cache(maxsize=1024)
def np_function(expr: sp.Expr, x: sp.Symbol) -> Callable[[np.ndarray], np.ndarray]:
    f = sp.lambdify(x, expr, modules=NP_MODULES)

    def wrapped(t: np.ndarray) -> np.ndarray:
        with np.errstate(all="ignore"):
            out = f(t)
        return np.broadcast_to(np.asarray(out, dtype=float), t.shape)

    return wrapped


def mp_value(expr: sp.Expr, x: sp.Symbol | None = None, at: object = None) -> mpmath.mpf:
    """``expr`` (at ``x = at``) to 50 digits; raises Undecided if not a finite real."""
    with mpmath.workdps(DPS):
        try:
            if x is not None and expr.has(x):
                v = mp_function(expr, x)(mpmath.mpf(at) if not isinstance(at, sp.Expr)
                                         else _mp_const(at))
            else:
                v = _mp_const(expr)
        except (TypeError, ValueError, ZeroDivisionError, OverflowError) as exc:
            raise Undecided(f"cannot evaluate {expr}: {exc}") from None
        if isinstance(v, mpmath.mpc):
            if abs(v.imag) > _TINY * (1 + abs(v.real)):
                raise Undecided(f"{expr} is not real")
            v = v.real
        if not mpmath.isfinite(v):
            raise Undecided(f"{expr} is not finite")
        return +v


def _mp_const(e: sp.Expr) -> mpmath.mpf:
    if e.free_symbols:
        raise Undecided(f"{e} depends on {sorted(map(str, e.free_symbols))}")
    v = sp.N(e, DPS + 10)
    if not v.is_number or v.has(sp.nan, sp.zoo) or v.is_infinite:
        raise Undecided(f"{e} is not a finite number")
    re, im = v.as_real_imag()
    if abs(im) > 1e-40:
        raise Undecided(f"{e} is not real")
    return mpmath.mpf(str(re))


# --- comparison ------------------------------------------------------------------------

def compare(a: sp.Expr, b: sp.Expr) -> int:
    """Sign of a - b (-1, 0, 1), exactly when SymPy decides, else at 50 digits."""
    if a == b:
        return 0
    for inf, s in ((sp.S.Infinity, 1), (sp.S.NegativeInfinity, -1)):
        if a is inf:
            return 0 if b is inf else s
        if b is inf:
            return -s
    d = a - b
    if d.is_zero:
        return 0
    if d.is_positive:
        return 1
    if d.is_negative:
        return -1
    if d.free_symbols:
        ds = sp.simplify(d)
        if ds.is_zero:
            return 0
        if ds.is_positive:
            return 1
        if ds.is_negative:
            return -1
        raise Undecided(f"sign of {ds} depends on the parameters")
    va, vb = mp_value(a), mp_value(b)
    with mpmath.workdps(DPS):
        if abs(va - vb) <= _TINY * (1 + abs(va) + abs(vb)):
            return 0
        return 1 if va > vb else -1


def is_zero(e: sp.Expr) -> bool:
    return compare(e, sp.S.Zero) == 0


# --- limits ----------------------------------------------------------------------------

NONEXISTENT = sp.Symbol("nonexistent")


def _memo(fn):
    """Cache results and Undecided answers (not timeouts: a later call may have more time)."""
    table: dict = {}

    def wrapper(*args):
        if args in table:
            hit = table[args]
            if isinstance(hit, Undecided):
                raise hit
            return hit
        try:
            table[args] = fn(*args)
        except Undecided as exc:
            table[args] = exc
            raise
        return table[args]

    wrapper.__doc__ = fn.__doc__
    wrapper.__name__ = fn.__name__
    wrapper.cache_clear = table.clear
    return wrapper


@_memo
def limit(expr: sp.Expr, x: sp.Symbol, point: sp.Expr, direction: str = "+") -> sp.Expr:
    """lim expr as x -> point; NONEXISTENT for oscillation; cross-checked numerically."""
    if not expr.has(x):
        return expr
    if point.is_finite:
        v = expr.subs(x, point)
        if v.is_finite and not v.has(sp.nan, sp.zoo):
            return sp.simplify(v) if v.free_symbols else v
    value = None
    # Gruntz's time varies a lot with the form: a short plain try, then the exponential
    # form (often faster for tanh of polynomials), then plain with all the time left.
    attempts = [(expr, 0.6)]
    if expr.has(sp.tanh, sp.sinh, sp.cosh, sp.sech):
        attempts.append((expr.rewrite([sp.tanh, sp.sinh, sp.cosh, sp.sech], sp.exp), 2.0))
    attempts.append((expr, None))
    for form, seconds in attempts:
        try:
            with deadline(seconds):
                value = sp.limit(form, x, point, direction)
            break
        except BudgetExceeded:
            if seconds is None or remaining() <= 0:
                raise  # the caller's budget ran out: "timed out", not "no limit found"
            continue
        except SymactError:
            continue
        except SYMPY_FAILURES as exc:
            if seconds is None:
                raise Undecided(f"sympy.limit failed ({type(exc).__name__})") from None
    if value is None:
        raise Undecided(f"limit at {point} not found")
    if isinstance(value, sp.AccumBounds):
        return NONEXISTENT
    if isinstance(value, sp.Limit) or value.has(sp.nan) or value is sp.zoo:
        raise Undecided(f"limit at {point} not found")
    if point.is_infinite and not (expr.free_symbols - {x}):
        _check_limit_numerically(expr, x, point, value)
    return value


def _check_limit_numerically(expr: sp.Expr, x: sp.Symbol, point: sp.Expr,
                             value: sp.Expr) -> None:
    s = 1 if point is sp.S.Infinity else -1
    try:
        near, far = mp_value(expr, x, s * 10**4), mp_value(expr, x, s * 10**8)
    except Undecided:
        return  # overflow far out: nothing to compare
    with mpmath.workdps(DPS):
        if value.is_infinite:
            sign = 1 if value is sp.S.Infinity else -1
            if not (far * sign > 0 and abs(far) >= abs(near)):
                raise Undecided(f"limit {value} disagrees with f = {mpmath.nstr(far, 5)} far out")
            return
        target = mp_value(value)
        if abs(far - target) > mpmath.mpf("1e-3") * (1 + abs(target)) or \
                abs(far - target) > abs(near - target) + _TINY:
            raise Undecided(f"limit {value} disagrees with numeric evaluation")


def end_limits(f: Function) -> tuple[sp.Expr, sp.Expr]:
    """(lim at -oo, lim at +oo) from the outermost pieces."""
    x = f.x
    return (limit(f.pieces[0].expr, x, sp.S.NegativeInfinity, "+"),
            limit(f.pieces[-1].expr, x, sp.S.Infinity, "-"))


# --- zeros -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Zeros:
    """Zeros of a function inside an open interval. ``everywhere``: identically zero."""

    points: tuple[sp.Expr, ...]
    exact: bool
    how: str
    everywhere: bool = False


@_memo
def zeros(h: sp.Expr, x: sp.Symbol, interval: sp.Set) -> Zeros:
    """Zeros of ``h`` in the interior of ``interval``: exact (solveset/solve, checked by a
    scan) or numeric (sign changes of a float64 scan refined to 50 digits)."""
    if not h.has(x):
        if is_zero(h):
            return Zeros((), True, "identically zero", everywhere=True)
        return Zeros((), True, "constant and non-zero")
    if h.is_positive or h.is_negative:
        return Zeros((), True, "sign fixed by SymPy's assumptions (x real)")
    h = _tidy(h)
    if h.is_positive or h.is_negative:
        return Zeros((), True, "sign fixed by SymPy's assumptions after simplification")
    inner = sp.Interval.open(interval.inf, interval.sup)
    exact = _exact_zeros(h, x, inner)
    numeric = _scan_zeros(h, x, inner) if not (h.free_symbols - {x}) else None
    if exact is not None:
        if numeric is None or _same_points(exact, numeric):
            return Zeros(tuple(exact), True, "solved exactly (SymPy), confirmed by a scan"
                         if numeric is not None else "solved exactly (SymPy)")
    if numeric is None:
        raise Undecided(f"zeros of {h} not found symbolically")
    identified = [_identify(h, x, r) for r in numeric]
    if all(v is not None for v in identified):
        return Zeros(tuple(identified), True, "zeros located by a scan, identified as exact "
                     "numbers and verified symbolically (h = 0 exactly there)")
    return Zeros(tuple(numeric), False,
                 f"numeric: sign changes on a {SCAN_POINTS}-point scan of "
                 f"[-{SCAN_LIMIT:g}, {SCAN_LIMIT:g}], refined to {DPS} digits")


def _identify(h: sp.Expr, x: sp.Symbol, root: sp.Float) -> sp.Expr | None:
    """An exact number equal to a numeric zero (0, 3/2, sqrt(2), ...) with h(it) == 0 proved."""
    try:
        with deadline(0.4):  # simple numbers are recognised at once; others are not
            guess = sp.nsimplify(root, [sp.pi, sp.E], tolerance=1e-40, rational=False)
            if sp.count_ops(guess) > 12 or abs(sp.N(guess, DPS) - root) > 1e-40:
                return None
            value = h.subs(x, guess)
            if value == 0 or sp.simplify(value) == 0:
                return guess
    except (SymactError, *SYMPY_FAILURES):
        return None
    return None


def _tidy(h: sp.Expr) -> sp.Expr:
    """A cheaper-to-evaluate, better-conditioned equivalent (or h itself on timeout)."""
    try:
        with deadline(1.5):
            t = sp.factor(sp.cancel(sp.together(h)))
            return t if sp.count_ops(t) <= 2 * sp.count_ops(h) + 4 else h
    except SymactError:
        return h
    except SYMPY_FAILURES:
        return h


def _exact_zeros(h: sp.Expr, x: sp.Symbol, inner: sp.Interval) -> list[sp.Expr] | None:
    try:
        with deadline(1.5):
            sol = sp.solveset(h, x, inner)
            if isinstance(sol, sp.FiniteSet):
                return sorted(sol, key=lambda v: float(mp_value(v)) if not v.free_symbols
                              else 0.0)
            if sol is sp.S.EmptySet:
                return []
            if h.has(sp.tanh, sp.sinh, sp.cosh, sp.erf, sp.erfc, sp.sin, sp.cos):
                return None  # sp.solve only burns the budget on these; the scan decides
            num = sp.numer(sp.together(h))
            roots = [r for r in sp.solve(num, x) if r.is_real is not False]
            inside = []
            for r in roots:
                if r.free_symbols - h.free_symbols:
                    return None
                if _inside(r, inner):
                    inside.append(r)
            if roots and all(_confirmed_zero(h, x, r) for r in inside):
                return inside
    except SymactError:
        return None
    except SYMPY_FAILURES:
        return None
    return None


def _inside(r: sp.Expr, inner: sp.Interval) -> bool:
    c = inner.contains(r)
    if c is sp.true or c is sp.false:
        return c is sp.true
    if r.free_symbols:
        raise Undecided(f"cannot tell whether {r} lies in {inner}")
    v = mp_value(r)
    lo, hi = inner.inf, inner.sup
    return (lo.is_infinite or v > mp_value(lo)) and (hi.is_infinite or v < mp_value(hi))


def _confirmed_zero(h: sp.Expr, x: sp.Symbol, r: sp.Expr) -> bool:
    if r.free_symbols:
        return sp.simplify(h.subs(x, r)) == 0
    try:
        return abs(mp_value(h, x, r)) < _TINY
    except Undecided:
        return False


def _grid(inner: sp.Interval) -> np.ndarray:
    lo = max(float(inner.inf), -SCAN_LIMIT)
    hi = min(float(inner.sup), SCAN_LIMIT)
    t = np.linspace(math.asinh(lo), math.asinh(hi), SCAN_POINTS)
    g = np.sinh(t)
    return g[(g > lo) & (g < hi)]


def _scan_zeros(h: sp.Expr, x: sp.Symbol, inner: sp.Interval) -> list[sp.Expr]:
    with np.errstate(all="ignore"):  # under/overflow in the scan is expected and harmless
        return _scan_zeros_unguarded(h, x, inner)


def _scan_zeros_unguarded(h: sp.Expr, x: sp.Symbol, inner: sp.Interval) -> list[sp.Expr]:
    check()
    grid = _grid(inner)
    vals = np_function(h, x)(grid)
    ok = np.isfinite(vals)
    grid, vals = grid[ok], vals[ok]
    found: list[mpmath.mpf] = []
    sgn = np.sign(vals)
    # sign changes; isolated exact zeros; touching zeros (strict local minima of |h| that
    # are ~0 in float64). Plateaus of float zeros (underflow in the tails) are not zeros.
    brackets = [(grid[i], grid[i + 1]) for i in np.nonzero(sgn[:-1] * sgn[1:] < 0)[0]]
    a = np.abs(vals)
    inner = np.arange(1, len(a) - 1)
    isolated = inner[(a[1:-1] == 0) & (a[:-2] > 0) & (a[2:] > 0)]
    touching = inner[(a[1:-1] < a[:-2]) & (a[1:-1] < a[2:])
                     & (a[1:-1] < 1e-8 * np.maximum(a[:-2], a[2:]))]
    brackets += [(grid[i - 1], grid[i + 1]) for i in np.union1d(isolated, touching)]
    f = mp_function(h, x)
    if len(brackets) > 16:
        brackets = _confirm_brackets(f, brackets)
    if len(brackets) > 64:
        raise Undecided(f"more than 64 candidate zeros of {h}")
    with mpmath.workdps(DPS):
        for lo, hi in brackets:
            check()
            root = _refine(f, mpmath.mpf(lo), mpmath.mpf(hi))
            if root is not None and not any(abs(root - r) < mpmath.mpf("1e-20") for r in found):
                found.append(root)
    return [sp.Float(r, DPS) for r in sorted(found)]


def _confirm_brackets(f, brackets: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Float64 rounding noise fakes sign changes where h is tiny; keep the brackets whose
    sign change (or near-zero midpoint) survives at 30 digits."""
    if len(brackets) > 4000:
        raise Undecided("float64 scan too noisy to locate zeros")
    keep = []
    with mpmath.workdps(30):
        for lo, hi in brackets:
            check()
            a, b = f(mpmath.mpf(lo)), f(mpmath.mpf(hi))
            m = f((mpmath.mpf(lo) + mpmath.mpf(hi)) / 2)
            if a * b <= 0 or abs(m) < mpmath.mpf("1e-25") * max(abs(a), abs(b)):
                keep.append((lo, hi))
    return keep


def _refine(f, lo: mpmath.mpf, hi: mpmath.mpf) -> mpmath.mpf | None:
    """A 50-digit zero near [lo, hi], or None. A zero must be small *relative to* f nearby:
    decaying tails (tanh' at x = 100 is 4e-87) are not zeros."""
    try:
        if f(lo) * f(hi) < 0:
            root = mpmath.findroot(f, (lo, hi), solver="anderson")
        else:
            root = mpmath.findroot(f, (lo + hi) / 2)
    except (ValueError, ZeroDivisionError):
        return None
    if isinstance(root, mpmath.mpc):
        root = root.real
    try:  # polish to full working precision (bracketing solvers stop early)
        polished = mpmath.findroot(f, root)
        if isinstance(polished, mpmath.mpf) and abs(polished - root) < mpmath.mpf("1e-6"):
            root = polished
    except (ValueError, ZeroDivisionError):
        pass
    if not lo - 1 <= root <= hi + 1:
        return None
    step = mpmath.mpf("1e-3") * (1 + abs(root))
    scale = max(abs(f(root - step)), abs(f(root + step)))
    if abs(f(root)) > _TINY or abs(f(root)) > mpmath.mpf("1e-30") * scale:
        return None
    return root


def _same_points(exact: Sequence[sp.Expr], numeric: Sequence[sp.Expr]) -> bool:
    if len(exact) != len(numeric):
        return False
    return all(abs(mp_value(e) - mp_value(n)) < mpmath.mpf("1e-15") * (1 + abs(mp_value(n)))
               for e, n in zip(exact, numeric, strict=True))


# --- sign of a function on an interval -----------------------------------------------------

def sign_on(h: sp.Expr, x: sp.Symbol, interval: sp.Set) -> tuple[str, bool, str]:
    """Sign of h on the interval's interior: ("positive"|"negative"|"zero"|"nonnegative"
    |"nonpositive"|"mixed", exact, how). "positive" allows isolated zeros? No: those give
    "nonnegative" with isolated zeros, which callers treat as strictly monotone."""
    zs = zeros(h, x, interval)
    if zs.everywhere:
        return "zero", True, zs.how
    if not h.has(x) or h.is_positive or h.is_negative:
        s = "positive" if (h.is_positive or compare(h, sp.S.Zero) > 0) else "negative"
        return s, True, zs.how
    signs = {_sign_at(h, x, t) for t in _sample_points(interval, zs.points)}
    signs.discard(0)
    if signs == {1}:
        return ("positive" if not zs.points else "nonnegative"), zs.exact, zs.how
    if signs == {-1}:
        return ("negative" if not zs.points else "nonpositive"), zs.exact, zs.how
    if not signs:
        raise Undecided(f"sign of {h} not determined")
    return "mixed", zs.exact, zs.how


def _sample_points(interval: sp.Set, pts: Sequence[sp.Expr]) -> list[sp.Expr]:
    lo, hi = interval.inf, interval.sup
    edges = [lo, *pts, hi]
    out = []
    for a, b in itertools.pairwise(edges):
        if a.is_infinite and b.is_infinite:
            out.extend([sp.Integer(-1), sp.Rational(1, 3)])
        elif a.is_infinite:
            out.append(b - 1)
        elif b.is_infinite:
            out.append(a + 1)
        else:
            out.append((a + b) / 2)
    return out


def _sign_at(h: sp.Expr, x: sp.Symbol, t: sp.Expr) -> int:
    v = h.subs(x, t)
    if v.free_symbols:
        if v.is_positive:
            return 1
        if v.is_negative:
            return -1
        if v.is_zero:
            return 0
        raise Undecided(f"sign of {v} depends on the parameters")
    m = mp_value(h, x, t) if not t.free_symbols else mp_value(v)
    return 0 if abs(m) < _TINY else (1 if m > 0 else -1)


# --- images (ranges) -------------------------------------------------------------------

@dataclass(frozen=True)
class Bound:
    """One end of an image: value, whether attained, where, and whether exact."""

    value: sp.Expr
    attained: bool
    where: tuple[sp.Basic, ...] = ()
    exact: bool = True


def piece_image(p: Piece, x: sp.Symbol, crit: Zeros | None) -> tuple[Bound, Bound]:
    """(inf, sup) of a piece on its interval, from end values/limits and critical points."""
    if p.is_point:
        v = p.expr.subs(x, next(iter(p.interval)))
        b = Bound(v, True, (p.interval,))
        return b, b
    if (crit is not None and crit.everywhere) or not p.expr.has(x):
        b = Bound(p.expr, True, (p.interval,))
        return b, b
    s: sp.Interval = p.interval
    cands: list[Bound] = []
    for end, is_open, direction in ((s.inf, s.left_open, "+"), (s.sup, s.right_open, "-")):
        if end.is_infinite:
            v = limit(p.expr, x, end, direction)
            if v is NONEXISTENT:
                raise Undecided(f"{p.expr} has no limit at {end}")
            cands.append(Bound(v, False))
        elif is_open:
            cands.append(Bound(limit(p.expr, x, end, direction), False))
        else:
            cands.append(Bound(sp.simplify(_subs(p.expr, x, end)), True, (end,)))
    for c in (crit.points if crit else ()):
        v = _subs(p.expr, x, c)
        cands.append(Bound(v if not crit.exact else nice(v), True, (c,), crit.exact))
    return _extreme(cands, -1), _extreme(cands, 1)


def _extreme(cands: Sequence[Bound], direction: int) -> Bound:
    best = cands[0]
    ties = [best]
    for c in cands[1:]:
        k = compare(c.value, best.value) * direction
        if k > 0:
            best, ties = c, [c]
        elif k == 0:
            ties.append(c)
    attained = [t for t in ties if t.attained]
    where = tuple(w for t in attained for w in t.where)
    value = next((t.value for t in ties if t.exact), best.value)
    exact = any(t.exact for t in ties)
    return Bound(value, bool(attained), where, exact)


def critical_points(f: Function) -> list[Zeros | None]:
    """Zeros of f' inside each interval piece (None for single-point pieces)."""
    return [None if p.is_point else zeros(_diff(p.expr, f.x), f.x, p.interval)
            for p in f.pieces]


def image(f: Function, crit: Sequence[Zeros | None] | None = None) -> tuple[Bound, Bound]:
    """inf and sup of f over the real line (with attainment); needs continuity per piece."""
    if crit is None:
        crit = critical_points(f)
    ends = [piece_image(p, f.x, c) for p, c in zip(f.pieces, crit, strict=True)]
    return _extreme([e[0] for e in ends], -1), _extreme([e[1] for e in ends], 1)


def image_set(f: Function, crit: Sequence[Zeros | None]) -> sp.Set:
    """The exact image as a union of the pieces' images (hardshrink: three parts)."""
    parts = []
    for p, c in zip(f.pieces, crit, strict=True):
        lo, hi = piece_image(p, f.x, c)
        if compare(lo.value, hi.value) == 0:
            parts.append(sp.FiniteSet(lo.value))
        else:
            parts.append(sp.Interval(end_value(lo), end_value(hi), not lo.attained,
                                     not hi.attained))
    return sp.Union(*_merge(parts))


def _ends(s: sp.Set) -> tuple[sp.Expr, sp.Expr, bool, bool]:
    if isinstance(s, sp.FiniteSet):
        (v,) = s
        return v, v, True, True
    return s.inf, s.sup, not s.left_open, not s.right_open


def _merge(parts: list[sp.Set]) -> list[sp.Set]:
    """Join touching or overlapping intervals with our own comparisons (SymPy's Union
    cannot order symbolic ends such as -alpha and 0)."""
    items = [_ends(p) for p in parts]
    items.sort(key=_order_key(items))
    out: list[tuple[sp.Expr, sp.Expr, bool, bool]] = []
    for lo, hi, lc, hc in items:
        if out:
            plo, phi, plc, phc = out[-1]
            c = compare(lo, phi)
            if c < 0 or (c == 0 and (lc or phc)):
                if compare(hi, phi) > 0:
                    out[-1] = (plo, hi, plc, hc)
                elif compare(hi, phi) == 0:
                    out[-1] = (plo, phi, plc, phc or hc)
                continue
        out.append((lo, hi, lc, hc))
    return [sp.FiniteSet(lo) if compare(lo, hi) == 0 else sp.Interval(lo, hi, not lc, not hc)
            for lo, hi, lc, hc in out]


def _order_key(items):
    import functools

    def cmp(a, b) -> int:
        return compare(a[0], b[0]) or (0 if a[2] == b[2] else (-1 if a[2] else 1))

    return functools.cmp_to_key(cmp)


def disjoint(a: sp.Set, b: sp.Set) -> bool:
    """No common point, decided with ``compare`` (works for symbolic ends)."""
    alo, ahi, alc, ahc = _ends(a)
    blo, bhi, blc, bhc = _ends(b)
    if compare(ahi, blo) < 0 or compare(bhi, alo) < 0:
        return True
    if compare(ahi, blo) == 0:
        return not (ahc and blc)
    if compare(bhi, alo) == 0:
        return not (bhc and alc)
    return False


def end_value(b: Bound) -> sp.Expr:
    """The bound's value: exact, or a 30-digit Float for a numeric one."""
    if b.exact or b.value.is_infinite:
        return b.value
    return sp.Float(mpmath.nstr(mp_value(b.value), 30), 30)
