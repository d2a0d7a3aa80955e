"""Zeros of an expression on an interval, and its sign there.

``zeros(h, x, interval)`` finds the zeros of ``h`` inside the open interval. Exact first: no
``x`` at all, a sign fixed by SymPy's assumptions, or ``solveset``/``solve`` (each root checked
to be a zero, the list confirmed by the scan when ``h`` has no parameters). Else numeric: sign
changes, isolated float zeros and touching zeros (``|h| < 1e-8 ·`` its neighbours) on a
:data:`SCAN_POINTS`-point asinh-spaced float64 grid over ``[-SCAN_LIMIT, SCAN_LIMIT]``, each
refined to 50 digits and kept only if ``|h(r)| < 1e-40`` and ``< 1e-30 ·`` ``|h|`` a little
away (decaying tails are not zeros). A numeric zero that ``nsimplify`` identifies as an exact
number with ``h = 0`` proved there is reported exact.

The sign of ``h`` between its zeros is :func:`~symact.calculus.signs.sign_on`.

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> R = sp.Interval(-sp.oo, sp.oo)
>>> z = zeros(sp.erf(x) + 2 * x * sp.exp(-x**2) / sp.sqrt(sp.pi), x, R)
>>> z.points, z.exact
((0,), True)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction

import mpmath
import numpy as np
import sympy as sp

from ..budget import attempt, check
from ..errors import SYMPY_FAILURES, SymactError, Undecided
from .isolate import WINDOW, isolate
from .located import locate
from .memo import memo
from .numbers import (
    DPS,
    TINY,
    is_zero,
    mp_function,
    mp_value,
    np_function,
)
from .oscillation import Oscillating, oscillation

SCAN_LIMIT = 1e4
SCAN_POINTS = 20001

_MpFunction = Callable[[mpmath.mpf], mpmath.mpf]


@dataclass(frozen=True)
class Zeros:
    """Zeros of a function inside an open interval. ``everywhere``: identically zero."""

    points: tuple[sp.Expr, ...]
    exact: bool
    how: str
    everywhere: bool = False
    # the list is proved complete over the whole interval (interval arithmetic, assumptions)
    certified: bool = False
    # with a certificate: the proved sign of h on each gap between the points
    signs: tuple[int, ...] = ()


@memo
def zeros(h: sp.Expr, x: sp.Symbol, interval: sp.Set) -> Zeros:
    """Zeros of ``h`` in the interior of ``interval``: exact (solveset/solve, checked by a
    scan) or numeric (sign changes of a float64 scan refined to 50 digits)."""
    if not h.has(x):
        if is_zero(h):
            return Zeros((), True, "identically zero", everywhere=True, certified=True)
        return Zeros((), True, "constant and non-zero", certified=True)
    if h.is_positive or h.is_negative:
        return Zeros((), True, "sign fixed by SymPy's assumptions (x real)", certified=True)
    given, h = h, _tidy(h)
    if h.is_positive or h.is_negative:
        return Zeros((), True, "sign fixed by SymPy's assumptions after simplification",
                     certified=True)
    inner = sp.Interval.open(interval.inf, interval.sup)
    if (why := oscillation(h, x, inner)) is not None:
        raise Oscillating(why)
    exact = _exact_zeros(h, x, inner)
    if h.free_symbols - {x}:
        if exact is None:
            raise Undecided(f"zeros of {h} not found symbolically")
        return Zeros(tuple(exact), True, "solved exactly (SymPy; with parameters, no "
                     "interval certificate)")
    # the derivative as computed first: tidying can hide a sign (GELU's f' factored as
    # (x + e^(x^2/2)·(1 + erf)) e^(-x^2/2) has an oo·0 the boxes cannot bound)
    iso = isolate(given, x, inner, exact)
    if iso is None or not iso.complete:
        iso = isolate(h, x, inner, exact) if given != h else iso
    if iso is not None:
        found = locate(h, x, iso, inner, exact, _refined)
        if found is not None:
            points = tuple(_identified(h, x, p) for p in found.points)
            known = all(p.is_Rational or not p.is_Float for p in points)
            how = iso.how + ("; exact values by SymPy" if known and points else "")
            if not iso.complete:  # the scan's zeros beyond the isolated window
                far = [r for r in _scan_zeros(h, x, inner) if abs(r) > WINDOW]
                points = tuple(sorted((*points, *far), key=lambda p: float(mp_value(p))))
                return Zeros(points, False, how)
            return Zeros(points, known, how, certified=True, signs=found.signs)
    numeric = _scan_zeros(h, x, inner)
    if exact is not None and _same_points(exact, numeric):
        return Zeros(tuple(exact), False, "solved exactly (SymPy), confirmed by a scan; "
                     "no interval certificate")
    return Zeros(tuple(numeric), False,
                 f"numeric: sign changes on a {SCAN_POINTS}-point scan of "
                 f"[-{SCAN_LIMIT:g}, {SCAN_LIMIT:g}], refined to {DPS} digits; no interval "
                 "certificate")


def _refined(h: sp.Expr, lo: Fraction, hi: Fraction) -> sp.Expr:
    """The zero inside an isolating box (h changes sign there) to DPS digits: a secant
    step checked by a sign change around it, else bisection."""
    (x,) = h.free_symbols
    f = mp_function(h, x)
    a, b = mpmath.mpf(lo.numerator) / lo.denominator, mpmath.mpf(hi.numerator) / hi.denominator
    with mpmath.workdps(DPS + 10):
        try:
            root = mpmath.findroot(f, (a, b), solver="anderson")
            eps = mpmath.mpf(10) ** -(DPS - 5) * (1 + abs(root))
            if isinstance(root, mpmath.mpf) and a < root < b and f(root - eps) * f(root + eps) <= 0:
                return sp.Float(root, DPS)
        except (ValueError, ZeroDivisionError, TypeError):
            pass
        fa = f(a)
        for _ in range(4 * DPS):
            m = (a + b) / 2
            fm = f(m)
            if fm == 0:
                return sp.Float(m, DPS)
            if (fm > 0) == (fa > 0):
                a, fa = m, fm
            else:
                b = m
        return sp.Float((a + b) / 2, DPS)


def _identified(h: sp.Expr, x: sp.Symbol, p: sp.Expr) -> sp.Expr:
    """A numeric zero replaced by an exact number when nsimplify finds one with h = 0."""
    if not p.is_Float:
        return p
    v = _identify(h, x, p)
    return p if v is None else v


def _identify(h: sp.Expr, x: sp.Symbol, root: sp.Float) -> sp.Expr | None:
    """An exact number equal to a numeric zero (0, 3/2, sqrt(2), ...) with h(it) == 0 proved."""
    try:  # simple numbers are recognised at once; others are not
        return attempt(_exact_number, h, x, root, share=1.0, cap=0.4)
    except (SymactError, *SYMPY_FAILURES):  # also a spent outer budget: "not identified"
        return None
    except AssertionError:
        # mpmath's pslq asserts a nonzero fixed-point tolerance, which 1e-40 is not at
        # nsimplify's 30 digits for some inputs (sin's zero 55*pi/2)
        return None


def _exact_number(h: sp.Expr, x: sp.Symbol, root: sp.Float) -> sp.Expr | None:
    guess = sp.nsimplify(root, [sp.pi, sp.E], tolerance=1e-40, rational=False)
    if sp.count_ops(guess) > 12 or abs(sp.N(guess, DPS) - root) > 1e-40:
        return None
    value = h.subs(x, guess)
    if value == 0 or sp.simplify(value) == 0:
        return guess
    return None


def _tidy(h: sp.Expr) -> sp.Expr:
    """A cheaper-to-evaluate, better-conditioned equivalent (or h itself on timeout)."""
    try:
        t = attempt(_factored, h, share=1.0, cap=1.5)
    except (SymactError, *SYMPY_FAILURES):  # also a spent outer budget: keep h
        return h
    return h if t is None else t


def _factored(h: sp.Expr) -> sp.Expr:
    t = sp.factor(sp.cancel(sp.together(h)))
    return t if sp.count_ops(t) <= 2 * sp.count_ops(h) + 4 else h


def _exact_zeros(h: sp.Expr, x: sp.Symbol, inner: sp.Interval) -> list[sp.Expr] | None:
    """The zeros by solveset/solve, each confirmed; None when SymPy cannot list them."""
    try:
        return attempt(_solved_zeros, h, x, inner, share=1.0, cap=1.5)
    except (SymactError, *SYMPY_FAILURES):  # also a spent outer budget: the scan decides
        return None


def _solved_zeros(h: sp.Expr, x: sp.Symbol, inner: sp.Interval) -> list[sp.Expr] | None:
    sol = sp.solveset(h, x, inner)
    if isinstance(sol, sp.FiniteSet):
        return sorted(sol, key=lambda v: float(mp_value(v)) if not v.free_symbols else 0.0)
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
        return abs(mp_value(h, x, r)) < TINY
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
    middle = np.arange(1, len(a) - 1)
    isolated = middle[(a[1:-1] == 0) & (a[:-2] > 0) & (a[2:] > 0)]
    touching = middle[(a[1:-1] < a[:-2]) & (a[1:-1] < a[2:])
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


def _confirm_brackets(f: _MpFunction,
                      brackets: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Float64 rounding noise fakes sign changes where h is tiny; keep the brackets whose
    sign change (or near-zero midpoint) survives at 30 digits."""
    if len(brackets) > 4000:
        raise Undecided("float64 scan too noisy to locate zeros")
    keep = []
    for lo, hi in brackets:
        check()
        # cancellation between exponentials grows with |x| (e^(3x) terms whose sum is
        # tiny): the digits grow with it, so noise far out does not survive as a zero
        with mpmath.workdps(30 + min(int(2 * max(abs(lo), abs(hi))), 1000)):
            a, b = f(mpmath.mpf(lo)), f(mpmath.mpf(hi))
            m = f((mpmath.mpf(lo) + mpmath.mpf(hi)) / 2)
            if a * b <= 0 or abs(m) < mpmath.mpf("1e-25") * max(abs(a), abs(b)):
                keep.append((lo, hi))
    return keep


def _refine(f: _MpFunction, lo: mpmath.mpf, hi: mpmath.mpf) -> mpmath.mpf | None:
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
    if abs(f(root)) > TINY or abs(f(root)) > mpmath.mpf("1e-30") * scale:
        return None
    return root


def _same_points(exact: Sequence[sp.Expr], numeric: Sequence[sp.Expr]) -> bool:
    if len(exact) != len(numeric):
        return False
    return all(abs(mp_value(e) - mp_value(n)) < mpmath.mpf("1e-15") * (1 + abs(mp_value(n)))
               for e, n in zip(exact, numeric, strict=True))
