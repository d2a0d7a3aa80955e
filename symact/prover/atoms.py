"""Zero test by independent atoms: each transcendental subterm becomes a fresh symbol.

Gradients of a whole network are large expressions built from the *same* few subterms
(``exp(-z)``, ``log(1 + exp(z))``, ``tanh(z)``) by sums, products and quotients. Replace every
such subterm, innermost first, by a symbol (the same subterm — up to a canonical form of its
argument — by the same symbol; ``exp(-u)`` by ``1/t`` where ``exp(u)`` is ``t``). If the result
is the zero rational function, the expression is zero wherever it is defined: the symbols may
take any values, the true ones included. The converse fails (the atoms may be algebraically
dependent: ``exp(2u) = exp(u)²``), so a non-zero result only means "not shown".

>>> x, y = sp.symbols("x y", real=True)
>>> s = 1 / (1 + sp.exp(-x))
>>> is_zero(sp.diff(s, x) - s * (1 - s))
True
>>> is_zero(sp.exp(2 * x) - sp.exp(x) ** 2)   # e^(2x) = (e^x)^2: exponents split
True
>>> is_zero(sp.sin(x) ** 2 + sp.cos(x) ** 2 - 1)   # true, but not shown this way
False
"""

from __future__ import annotations

import math

import sympy as sp
from sympy.core.function import AppliedUndef
from sympy.core.sorting import default_sort_key

# functions whose applications are abstracted (everything else makes the test give up)
_FUNCTIONS = (sp.exp, sp.log, sp.tanh, sp.sinh, sp.cosh, sp.erf, sp.erfc, sp.atan, sp.atanh,
              sp.asinh, sp.LambertW, sp.sin, sp.cos)


_HYPERBOLIC = (sp.tanh, sp.sinh, sp.cosh, sp.coth, sp.sech, sp.csch)


def to_exp(e: sp.Expr) -> sp.Expr:
    """Hyperbolic functions -> exponentials, nothing else.

    A blanket ``rewrite(exp)`` would also turn ``x**2`` into ``exp(2*log(x))``, which is
    false for x <= 0 over the reals.

    >>> x = sp.Symbol("x", real=True)
    >>> to_exp(x**2 * sp.tanh(x))
    x**2*(exp(x) - exp(-x))/(exp(x) + exp(-x))
    """
    return e.rewrite(list(_HYPERBOLIC), sp.exp) if e.has(*_HYPERBOLIC) else e


class NotRational(ValueError):
    """The expression holds something this test does not abstract (Piecewise, Derivative …)."""


def abstract(expr: sp.Expr, split: bool = False) -> tuple[sp.Expr, dict[sp.Symbol, sp.Expr]]:
    """``expr`` as a rational function of its variables and atom symbols, and the atoms.

    ``split`` first writes hyperbolic functions with exponentials, ``exp(a + b)`` as
    ``exp(a)·exp(b)`` and ``exp(k·log A)`` as ``A^k`` (SymPy does some of this on its own, to
    some subterms and not to others), and gives ``e^(x/2)`` and ``e^(-x)`` one atom ``e^(x/2)``.

    >>> x = sp.Symbol("x", real=True)
    >>> abstract(sp.exp(-x) + sp.exp(x))[0]
    _a0 + 1/_a0
    """
    if not split:
        return _Walk(False).run(expr)
    expr = to_exp(expr)
    walk = _Walk(True, record=True)
    walk.run(expr)  # first pass: the denominators per unit (same atoms, same symbols)
    walk.record = False
    rational = walk.walk(expr)
    used = rational.free_symbols
    return rational, {s: e for s, e in walk.atoms.items() if s in used}


class _Walk:
    """One bottom-up pass; ``scales`` maps (kind, base, unit) to the lcm of the
    denominators of its coefficients (recorded in a first pass, used in the second)."""

    def __init__(self, split: bool, record: bool = False) -> None:
        self.split, self.record = split, record
        self.scales: dict[tuple, int] = {}
        self.table: dict[tuple, sp.Symbol] = {}
        self.atoms: dict[sp.Symbol, sp.Expr] = {}
        self.logs: dict[sp.Symbol, sp.Expr] = {}  # atom of log(A) -> abstracted A

    def run(self, expr: sp.Expr) -> tuple[sp.Expr, dict[sp.Symbol, sp.Expr]]:
        return self.walk(expr), self.atoms

    def atom(self, key: tuple, original: sp.Expr) -> sp.Symbol:
        if key not in self.table:
            sym = sp.Dummy(f"a{len(self.table)}")
            self.table[key] = sym
            self.atoms[sym] = original
        return self.table[key]

    def scaled(self, kind: tuple, c: sp.Expr, m: sp.Expr, original: sp.Expr) -> sp.Expr:
        """e^(c·m) (or base^(c·m)) as (atom of the unit)^k for an integer k."""
        if not c.is_Rational or abs(c.p) > 12 or c.q > 12:  # 0.044715·x stays one atom
            c, m = sp.Integer(1), c * m
        if default_sort_key(-m) < default_sort_key(m):
            c, m = -c, -m
        key = (*kind, _canonical(m))
        if self.record:
            self.scales[key] = math.lcm(self.scales.get(key, 1), int(c.q))
        q = self.scales.get(key, int(c.q))
        return self.atom((*kind, _canonical(m / q)), original) ** int(c * q)

    def power(self, base: sp.Expr, exponent: sp.Expr, original: sp.Expr) -> sp.Expr:
        if exponent.is_Integer:
            return base**exponent
        if not self.split:
            return self.atom(("pow", _canonical(base), _canonical(exponent)), original)
        out = sp.Integer(1)
        for c, m in _terms(exponent):
            out *= base**c if m == 1 and c.is_Integer else self.scaled(
                ("pow", _canonical(base)), c, m, original)
        return out

    def exponential(self, u: sp.Expr, original: sp.Expr) -> sp.Expr:
        if not self.split:
            plus, minus = _canonical(u), _canonical(-u)
            if default_sort_key(minus) < default_sort_key(plus):
                return 1 / self.atom(("exp", minus), original)
            return self.atom(("exp", plus), original)
        out = sp.Integer(1)
        for c, m in _terms(u):
            found = [f for f in sp.Mul.make_args(m) if f in self.logs]
            if len(found) == 1:  # e^(k log A) = A^k (A > 0 wherever log A is real)
                out *= self.power(self.logs[found[0]], c * m / found[0], original)
            else:
                out *= self.scaled(("exp",), c, m, original)
        return out

    def walk(self, e: sp.Expr) -> sp.Expr:
        if e.is_Atom:
            if e.is_Symbol or e.is_Rational:
                return e
            if isinstance(e, sp.NumberSymbol):
                return self.atom(("const", e), e)
            raise NotRational(f"cannot abstract {e}")
        if isinstance(e, sp.Piecewise | sp.Derivative | sp.Integral | AppliedUndef):
            raise NotRational(f"{type(e).__name__} is not abstracted")
        args = [self.walk(a) for a in e.args]
        if e.is_Add:
            return sp.Add(*args)
        if e.is_Mul:
            return sp.Mul(*args)
        if e.is_Pow:
            return self.power(args[0], args[1], e)
        if isinstance(e, sp.exp):
            return self.exponential(args[0], e)
        if isinstance(e, _FUNCTIONS):
            sym = self.atom((e.func, *map(_canonical, args)), e)
            if isinstance(e, sp.log) and len(args) == 1:
                self.logs[sym] = args[0]
            return sym
        raise NotRational(f"{type(e).__name__} is not abstracted")


def _terms(u: sp.Expr) -> list[tuple[sp.Expr, sp.Expr]]:
    """u = Σ c·m over one primitive denominator, c the numeric coefficients: the same
    split for u and u/2 (cancel alone may put the 2 in front or into the denominator)."""
    num, den = sp.fraction(sp.cancel(u))
    content, den = den.as_content_primitive()
    terms = (t.as_coeff_Mul() for t in sp.Add.make_args(sp.expand(num / content)))
    return [(c, m / den) for c, m in terms]


def _canonical(e: sp.Expr) -> sp.Expr:
    """One form per rational function: expanded numerator over expanded denominator."""
    return sp.cancel(e)


def is_zero(expr: sp.Expr) -> bool:
    """True when ``expr`` is zero as a rational function of independent atoms (so zero
    wherever it is defined); False when not shown (never "is non-zero")."""
    for split in (False, True):
        try:
            rational, _ = abstract(expr, split)
        except NotRational:
            return False
        if rational == 0:
            return True
        numerator, _ = rational.as_numer_denom()
        if sp.expand(numerator) == 0:
            return True
    return False


def rule_apply(expr: sp.Expr) -> sp.Expr:
    """The rule's form: 0 when shown zero, else the expression unchanged."""
    return sp.Integer(0) if is_zero(expr) else expr
