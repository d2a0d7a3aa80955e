"""The exact zero test of the trusted base: ``vanishes(e, where)``, never ``simplify``.

``e`` (Piecewise already resolved under the region) is 0 when ``expand`` says so, or when it
becomes a rational function that vanishes identically once every transcendental subterm is an
independent symbol (an atom). The atoms are built so that equal keys mean equal values:

- ``exp(c·m)`` is ``t^(c·q)`` with ``t = exp(m/q)`` (q the common denominator of the c);
- ``log(N/D)`` splits by the factors of N and D (``factor_list``) whose sign is known: an
  ``exp`` atom is positive, a factor in the variables only has the sign the region implies
  (:func:`~symact.trust.regions.implies`), a polynomial with positive coefficients in positive
  atoms is positive, and so is one in even powers only with a positive constant (x² + 4);
  ``log(t) = m/q`` for ``t = exp(m/q)``, ``log(p/q)`` of a rational is a sum over its primes;
  the factors of unknown sign stay one ``log`` atom;
- a fractional power ``B^r`` splits the same way (``(f^k)^r = f^(k·r)`` for ``f ≥ 0``), a
  symbolic power ``B^u`` of a provably positive B is ``exp(u·log B)``;
- asinh, acosh, atanh are their logarithms (on their real domains); sin and cos of 2u, 3u, 4u
  are expanded into powers of sin u and cos u;
- ``W = LambertW(u)`` satisfies ``W = u·exp(-W)`` (its defining relation, true on both real
  branches): the atom W is replaced so.

The rational function in the atoms vanishes when its numerator does, once reduced modulo
``t^q − g^p`` for each root atom ``t = g^(p/q)`` and ``cos² u + sin² u − 1`` (identities on
every branch). Every rewrite is an identity wherever ``e`` is defined (in the reals), so a
vanishing result shows ``e = 0`` there; whatever cannot be split stays an atom, which can only
fail to show it.

>>> import sympy as sp
>>> x, y = sp.symbols("x y", real=True)
>>> vanishes(sp.log(1 + sp.exp(x)) - sp.log(1 + sp.exp(-x)) - x, sp.true)
True
>>> vanishes(sp.log(x**2) - 2*sp.log(x), x > 0), vanishes(sp.log(x**2) - 2*sp.log(x), sp.true)
(True, False)
>>> vanishes(sp.log(x*y) - sp.log(x) - sp.log(y), sp.true)
False
"""

from __future__ import annotations

import math

import sympy as sp

from ..errors import SYMPY_FAILURES, Undecided
from .balls import CannotEvaluate, Undefined, sign_of
from .regions import implies

_HYPERBOLIC = [sp.tanh, sp.sinh, sp.cosh, sp.sech, sp.csch, sp.coth]  # rewritten with exp
# ... and their inverses as logarithms, each an identity on its real domain
_INVERSE = {sp.asinh: lambda u: sp.log(u + sp.sqrt(u**2 + 1)),
            sp.acosh: lambda u: sp.log(u + sp.sqrt(u**2 - 1)),  # u >= 1
            sp.atanh: lambda u: (sp.log(1 + u) - sp.log(1 - u)) / 2}  # -1 < u < 1
# functions read with their argument's sign taken out: f(-u) = -f(u), g(-u) = g(u)
_ODD = (sp.atan, sp.asin, sp.erf, sp.sin, sp.tan, sp.sign)
_EVEN = (sp.cos, sp.Abs)
MAX_ROOT = 12  # the roots whose powers are reduced (t^q = g^p for q at most this)
MAX_EXPONENT = 64  # exp(c·m) with |c·q| above this stays an atom of its own
MAX_RATIONAL = 10**12  # log of a rational splits over its primes up to this size
_Sign = tuple[int, bool]  # (s, strict): s·f ≥ 0 on the region, > 0 when strict


def vanishes(e: sp.Expr, where: sp.Basic) -> bool:
    """``e`` (no Piecewise left) is 0 wherever it is defined in ``where``, shown exactly.

    False means "not shown", never "not zero".
    """
    try:
        if e.has(sp.floor):  # floor(u) = -ceiling(-u): one rounding function left
            e = e.rewrite(sp.ceiling)
        return e == 0 or sp.expand(e) == 0 or _on_equations(e, where) or _Atoms(e, where).zero()
    except SYMPY_FAILURES:
        return False


def _on_equations(e: sp.Expr, where: sp.Basic) -> bool:
    """A polynomial e that is a multiple of a polynomial p with p = 0 a conjunct of the
    region (x*y on x*y = 0): e = q·p there, and q is a polynomial.

    >>> x, y = sp.symbols("x y", real=True)
    >>> _on_equations(2*x*y, sp.Eq(x*y, 0)), _on_equations(x, sp.Eq(x*y, 0))
    (True, False)
    """
    gens = sorted(e.free_symbols, key=str)
    if not gens or not e.is_polynomial(*gens):
        return False
    for eq in sp.And.make_args(where):
        if isinstance(eq, sp.Eq):
            p = sp.expand(eq.lhs - eq.rhs)
            if p.free_symbols and p.is_polynomial(*gens) and p.free_symbols <= set(gens) \
                    and sp.reduced(sp.expand(e), [p], *gens)[1] == 0:
                return True
    return False


def _coefficients(e: sp.Expr) -> list[sp.Expr]:
    """The rational coefficients of the exponents of exp and of symbolic powers."""
    exps = [x.args[0] for x in e.atoms(sp.exp)]
    exps += [p.exp for p in e.atoms(sp.Pow) if not p.exp.is_number]
    return [t.as_coeff_Mul()[0] for x in exps for t in sp.Add.make_args(sp.expand(x))]


def _log_number(c: sp.Expr) -> sp.Expr:
    """log of a positive number; a rational as a sum over its primes (log 4 = 2 log 2).

    >>> _log_number(sp.Rational(4, 3))
    -log(3) + 2*log(2)
    """
    if c.is_Rational and 0 < c and max(c.p, c.q) <= MAX_RATIONAL:
        p, q = sp.factorint(c.p), sp.factorint(c.q)
        return sp.Add(*(k * sp.log(b) for b, k in p.items())) - sp.Add(
            *(k * sp.log(b) for b, k in q.items()))
    return sp.log(c)


def _number_sign(c: sp.Expr) -> int:
    try:
        return sign_of(c)
    except (CannotEvaluate, Undefined):
        return 0


class _Atoms:
    """One zero test: the table of atoms, what is known of them, the region."""

    def __init__(self, e: sp.Expr, where: sp.Basic) -> None:
        self.e = e.rewrite(_HYPERBOLIC, sp.exp).replace(
            lambda n: type(n) in _INVERSE, lambda n: _INVERSE[type(n)](n.args[0])).replace(
            _multiple_angle, lambda n: sp.expand_trig(n))  # sin 2x = 2 sin x cos x
        self.where = where
        self.real = not self.e.has(sp.I)  # log(exp(u)) = u needs u real
        coeffs = _coefficients(self.e)
        self.q = math.lcm(1, *(int(c.q) for c in coeffs if c.is_Rational and c.q <= 12))
        self.table: dict[tuple, sp.Dummy] = {}
        self.logs: dict[sp.Dummy, sp.Expr] = {}  # exp atoms (positive): their logarithm
        self.lambert: dict[sp.Dummy, sp.Expr] = {}  # W atoms: their argument
        self.signs: dict[sp.Expr, _Sign | None] = {}

    def atom(self, *key) -> sp.Dummy:
        return self.table.setdefault(key, sp.Dummy(f"t{len(self.table)}"))

    def zero(self) -> bool:
        """The rational function in the atoms vanishes identically."""
        r = self.walk(self.e)
        for w, u in self.lambert.items():  # W = u·exp(-W), exp(W) = t^q
            t = self.table.get(("exp", w))
            if t is not None:
                r = r.xreplace({w: u * t ** -self.q})
        num = sp.expand(sp.fraction(sp.together(r))[0])
        return num == 0 or self._reduced(num) == 0

    def _reduced(self, num: sp.Expr) -> sp.Expr:
        """``num`` modulo ``t^q − g^p`` for each root atom ``t = g^(p/q)`` in it (t² = x² + 4
        for t = √(x² + 4)), and modulo ``cos² u + sin² u − 1``: identities wherever the atoms
        are defined (a root's principal branch included), so a zero remainder shows
        ``num = 0``."""
        # the latest atoms first (an outer root's base holds the inner ones), until no
        # reduction changes anything (a reduced outer root may bring an inner one back)
        for _ in range(len(self.table) + 1):
            before = num
            for key, t in reversed(list(self.table.items())):
                num = self._reduce(num, key, t)
            if num == before or num == 0:
                break
        return num

    def _reduce(self, num: sp.Expr, key: tuple, t: sp.Dummy) -> sp.Expr:
        """One reduction of :meth:`_reduced` for the atom ``t`` of ``key``."""
        if not num.has(t):
            return num
        if key[0] is sp.sin:
            c = self.table.get((sp.cos, key[1]))
            if c is None or not num.has(c):
                return num
            divisor, var = c**2 + t**2 - 1, c  # cos² u = 1 − sin² u
        elif key[0] in ("root", sp.Pow) and len(key) == 3 and key[2].is_Rational:
            p, q = int(key[2].p), int(key[2].q)
            if not (1 < q <= MAX_ROOT and abs(p) <= MAX_ROOT):
                return num
            divisor, var = t**q - key[1] ** p, t
        else:
            return num
        rem = sp.rem(sp.Poly(num, var), sp.Poly(divisor, var)).as_expr()
        return sp.expand(sp.fraction(sp.together(rem))[0])

    def walk(self, n: sp.Basic) -> sp.Expr:
        if n.is_number:
            if self.real and (n.has(sp.E) or n.has(sp.exp)):
                # E and exp(7/4): powers of the atom e^(1/q), as exp(c·x) is of e^(x/q)
                n = n.replace(lambda a: isinstance(a, sp.exp) and a.args[0].is_Rational,
                              lambda a: self.exp(a.args[0])).xreplace(
                    {sp.E: self.exp(sp.S.One)})
            return n.replace(lambda a: isinstance(a, sp.log) and a.args[0].is_Rational,
                             lambda a: _log_number(a.args[0]))
        if n.is_Symbol:
            return n
        args = [self.walk(a) for a in n.args]
        if isinstance(n, sp.exp):
            return self.exp(args[0])
        if isinstance(n, sp.log) and self.real:
            return self.log(args[0])
        if isinstance(n, sp.Add | sp.Mul) or (isinstance(n, sp.Pow) and args[1].is_Integer):
            return n.func(*args)
        if isinstance(n, sp.Pow):
            return self.power(*args)
        if isinstance(n, sp.LambertW):
            w = self.atom(sp.LambertW, *(_canonical(a) for a in args))
            self.lambert[w] = args[0]
            return w
        if isinstance(n, sp.Function):
            if len(args) == 1 and isinstance(n, _ODD + _EVEN):
                u = _canonical(args[0])
                if u.could_extract_minus_sign():  # atan(-u) = -atan(u), cos(-u) = cos(u)
                    return (-1 if isinstance(n, _ODD) else 1) * self.atom(n.func, -u)
                return self.atom(n.func, u)
            return self.atom(n.func, *(_canonical(a) for a in args))
        raise ValueError(f"{type(n).__name__} is not a rational function of atoms")

    def exp(self, arg: sp.Expr) -> sp.Expr:
        """exp of a walked exponent: a product of powers of exp atoms."""
        out = sp.Integer(1)
        for term in sp.Add.make_args(sp.expand(arg)):
            c, m = term.as_coeff_Mul()
            k = c * self.q
            if term.is_Rational and k.is_Integer and abs(k) <= MAX_EXPONENT and self.real:
                # exp(7/4) = (e^(1/q))^(7q/4): the atom of exp(m/q) with m = 1, so that
                # 1 + e^(7/4)·e^(-5x) factors over the rationals like e^(5x) + e^(7/4)
                out *= self._exp_atom(("exp", sp.S.One), 1 / sp.Integer(self.q)) ** k
            elif term.is_number:
                out *= sp.exp(term)
            elif not (k.is_Integer and abs(k) <= MAX_EXPONENT):
                # exp(-851x/500) is 1/exp(851x/500): one atom for ±c·m
                sign = -1 if (c < 0) != bool(m.could_extract_minus_sign()) else 1
                base = sp.expand(abs(c) * (-m if m.could_extract_minus_sign() else m))
                out *= self._exp_atom(("exp1", base), base) ** sign
            elif m.could_extract_minus_sign():
                out *= self._exp_atom(("exp", -m), -m / self.q) ** -k
            else:
                out *= self._exp_atom(("exp", m), m / self.q) ** k
        return out

    def _exp_atom(self, key: tuple, log: sp.Expr) -> sp.Dummy:
        t = self.atom(*key)
        self.logs[t] = log if self.real else sp.nan  # nan: never used without self.real
        return t

    def log(self, arg: sp.Expr) -> sp.Expr:
        """log of a walked argument, split over the factors of known sign."""
        parts = self.split(arg)
        if parts is None:
            return self.atom("log", _canonical(arg))
        c, known, rest = parts
        s = _number_sign(c)
        if s == 0 or (rest == 1 and s < 0):
            return self.atom("log", _canonical(arg))
        out = _log_number(abs(c)) + sp.Add(*(k * self.log_of(g) for g, k, _ in known))
        return out if rest == 1 else out + self.atom("log", sp.expand(s * rest))

    def log_of(self, g: sp.Expr) -> sp.Expr:
        """log of a factor g ≥ 0 (g > 0 wherever its log is defined)."""
        return self.logs[g] if g in self.logs else self.atom("log", sp.expand(g))

    def power(self, base: sp.Expr, r: sp.Expr) -> sp.Expr:
        """base^r for walked base and exponent (r not an integer)."""
        parts = self.split(base)
        if parts is None:
            return self.atom(sp.Pow, _canonical(base), _canonical(r))
        c, known, rest = parts
        s = _number_sign(c)
        if not r.is_Rational:  # exp(r·log(base)) needs base > 0
            if s > 0 and rest == 1 and all(strict for *_, strict in known) and self.real:
                return self.exp(r * self.log(base))
            return self.atom(sp.Pow, _canonical(base), _canonical(r))
        weak = any(not strict for *_, strict in known)
        if s == 0 or (rest == 1 and s < 0) or (rest != 1 and weak):
            # a factor that may be 0 beside one of unknown sign: base^r may be 0^r where
            # the root of the unknown part is undefined; keep it whole
            return self.atom(sp.Pow, _canonical(base), r)
        out = abs(c) ** r
        for g, k, _ in known:
            n = math.floor(k * r)
            if g in self.logs and self.real:  # an exp atom: t^(k·r) = exp(k·r·log t)
                out *= self.exp(k * r * self.logs[g])
            else:
                out *= g**n if k * r == n else g**n * self._root(sp.expand(g), k * r - n)
        return out if rest == 1 else out * self._root(sp.expand(s * rest), r)

    def _root(self, g: sp.Expr, r: sp.Expr) -> sp.Expr:
        """g^(p/q) as the p-th power of the one atom g^(1/q) (so that g^(2/3)·g^(1/3) is
        t³, which the reduction makes g; (g^(1/q))^p = g^(p/q) on the principal branch too)."""
        return self.atom("root", g, sp.Rational(1, r.q)) ** r.p

    def split(self, e: sp.Expr) -> tuple[sp.Expr, list[tuple[sp.Expr, int, bool]],
                                          sp.Expr] | None:
        """e = c · ∏ g^k · rest with each g ≥ 0 (its sign made so) and rest the factors of
        unknown sign; None when e is not a rational function with rational coefficients."""
        num, den = sp.fraction(sp.together(e))
        gens = sorted(e.free_symbols, key=sp.default_sort_key)
        if not self.real:  # exp atoms are positive only for real exponents
            return None
        if not gens:
            return (e, [], sp.Integer(1)) if e.is_number else None
        c, known, rest = sp.Integer(1), [], sp.Integer(1)
        for part, sign in ((num, 1), (den, -1)):
            domain = sp.Poly(part, *gens).domain
            if not (domain.is_QQ or domain.is_ZZ):
                return None
            content, factors = sp.factor_list(part, *gens)
            c *= content**sign
            for g, k in factors:
                s = self.sign(g)
                if s is None:
                    rest *= g ** (sign * k)
                else:
                    c *= s[0] ** k
                    known.append((s[0] * g, sign * k, s[1]))
        return c, known, rest

    def sign(self, f: sp.Expr) -> _Sign | None:
        """The sign of a factor on the region, when it is known, else None."""
        if f not in self.signs:
            self.signs[f] = self._sign(f)
        return self.signs[f]

    def _sign(self, f: sp.Expr) -> _Sign | None:
        if f in self.logs:
            return (1, True)  # an exp atom
        gens = f.free_symbols
        poly = sp.Poly(f, *sorted(gens, key=sp.default_sort_key))
        if len(poly.terms()) > 1 and all(c > 0 for c in poly.coeffs()):
            signs = [self.sign(g) for g in poly.gens]
            if all(s is not None and s[0] > 0 for s in signs):
                return (1, all(s[1] for s in signs) or sp.expand(f).as_coeff_Add()[0] > 0)
        # even powers of reals with positive coefficients (x² + 4): ≥ 0, and > 0 with a
        # constant term (without one the region may still say > 0: asked below)
        even = all(c > 0 for c in poly.coeffs()) and all(e % 2 == 0 for m in poly.monoms()
                                                         for e in m)
        if even and any(not any(m) for m in poly.monoms()):
            return (1, True)
        weak = (1, False) if even else None
        if any(isinstance(g, sp.Dummy) for g in gens):
            return weak
        for rel, out in ((f > 0, (1, True)), (f >= 0, (1, False)), (f < 0, (-1, True)),
                         (f <= 0, (-1, False))):
            try:
                if implies(self.where, rel):
                    return out
            except Undecided:
                return weak
        return weak


def _multiple_angle(n: sp.Basic) -> bool:
    """sin or cos of 2u, 3u or 4u (expanded into powers of sin u and cos u)."""
    if not isinstance(n, sp.sin | sp.cos):
        return False
    k = n.args[0].as_coeff_Mul()[0]
    return k.is_Integer and 2 <= abs(k) <= 4


def _canonical(a: sp.Expr) -> sp.Expr:
    return sp.cancel(sp.together(a))
