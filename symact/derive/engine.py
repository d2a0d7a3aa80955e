"""Derive every property of an activation from its one SymPy expression.

``properties("tanh")`` returns a frozen :class:`Properties` record. Each field is a
:class:`Derived` value saying how it was obtained, or :class:`Unknown` with the reason (a
failed or timed-out step). Nothing here is typed in per activation.

>>> p = properties("tanh")
>>> p.range.value.lower, p.range.value.upper, p.symmetry.value.kind
(-1, 1, 'odd')
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

import mpmath
import sympy as sp

from ..budget import PROPERTY_FIELD, deadline
from ..calculus import (
    NONEXISTENT,
    Bound,
    Function,
    Zeros,
    compare,
    critical_points,
    end_limits,
    end_value,
    image,
    image_set,
    limit,
    mp_value,
    shortest_simplify,
    sign_on,
    vanishes,
)
from ..core import Activation, resolve
from ..errors import SYMPY_FAILURES, BudgetExceeded, SymactError, Undecided

# per field; gelu_tanh's Lipschitz constant (limits of f' at ±oo by Gruntz) takes ~4 s alone
# and timed out at 5 s on a loaded machine
_Y = sp.Symbol("y", real=True)


@dataclass(frozen=True)
class Unknown:
    """An honest "don't know", with the reason."""

    reason: str


@dataclass(frozen=True)
class Derived:
    """A derived value and one line saying how it was obtained."""

    value: Any
    how: str


@dataclass(frozen=True)
class Range:
    lower: sp.Expr
    upper: sp.Expr
    lower_closed: bool
    upper_closed: bool
    exact: bool
    set: sp.Set


@dataclass(frozen=True)
class Extremum:
    kind: str  # "min" | "max"
    x: sp.Basic  # a point or an interval
    value: sp.Expr
    exact: bool


@dataclass(frozen=True)
class Symmetry:
    kind: str  # "odd" | "even" | "point" | "none"
    center: tuple[sp.Expr, sp.Expr] | None


@dataclass(frozen=True)
class Conditional:
    """A value that depends on the parameters: the first matching case, else ``otherwise``."""

    cases: tuple[tuple[sp.Basic, Any], ...]
    otherwise: Any


Field = Derived | Unknown


@dataclass(frozen=True)
class Properties:
    """Every derived property of a scalar activation (see SCALAR_FIELDS)."""

    name: str
    expression: sp.Expr
    parameters: Mapping[str, sp.Expr]
    derivative: Field
    derivative_from_output: Field
    value_at_zero: Field
    derivative_at_zero: Field
    limits: Field
    derivative_limits: Field
    range: Field
    extrema: Field
    symmetry: Field
    monotonic: Field
    derivative_monotonic: Field
    convexity: Field
    continuity: Field
    nondifferentiable_at: Field
    identity_near_origin: Field
    bounded_below: Field
    bounded_above: Field
    takes_both_signs: Field
    saturates: Field
    lipschitz: Field
    seconds: float = field(default=0.0, compare=False)

    def to_dict(self) -> dict[str, Any]:
        from .report import scalar_dict

        return scalar_dict(self)

    def _repr_latex_(self) -> str:
        """Jupyter: definition, range and derivative (Unknown fields say so)."""
        from ..core import latex

        def show(f: Field, render: Callable[[Any], str]) -> str:
            return r"\text{unknown}" if isinstance(f, Unknown) else render(f.value)

        name = self.name.replace("_", r"\_")
        rng = show(self.range, lambda r: latex(r.set))
        der = show(self.derivative, latex)
        return (f"$\\begin{{aligned}}\\operatorname{{{name}}}(x) &= {latex(self.expression)}"
                f" \\\\ H_f &= {rng} \\\\ f'(x) &= {der}\\end{{aligned}}$")


# The property fields, in the record's order: written once, as the record's Field members.
SCALAR_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Properties) if f.type == "Field")


@dataclass(frozen=True)
class VectorProperties:
    """Softmax-like vector activations: Jacobian, range and invariances, verified for n."""

    name: str
    expression: sp.Expr
    jacobian: Field
    range: Field
    shift_invariant: Field
    permutation_equivariant: Field
    seconds: float = field(default=0.0, compare=False)

    def to_dict(self) -> dict[str, Any]:
        from .report import vector_dict

        return vector_dict(self)

    def _repr_latex_(self) -> str:
        """Jupyter: the definition and the Jacobian."""
        from ..core import latex

        jac = (r"\text{unknown}" if isinstance(self.jacobian, Unknown)
               else latex(self.jacobian.value))
        return (f"$\\begin{{aligned}}\\operatorname{{{self.name}}} &= {latex(self.expression)}"
                f" \\\\ J &= {jac}\\end{{aligned}}$")


# --- public entry point -------------------------------------------------------------------

def properties(
    act: str | sp.Expr | Activation,
    *,
    symbolic: Iterable[str] = (),
    budget: float = PROPERTY_FIELD,
    **params: object,
) -> Properties | VectorProperties:
    """Derive the properties of a catalog name, an expression string or an Activation.

    Args:
        act: ``"elu"``, ``"x*erf(x)"``, a SymPy expression in ``x`` or an Activation.
        symbolic: parameter names kept symbolic (under their assumptions), e.g. ``["alpha"]``.
        budget: seconds per property; on expiry that field is ``Unknown("timed out ...")``.
        params: parameter values, e.g. ``alpha=0.2``.
    Raises:
        UnknownActivationError, ParseError, ParameterError: bad input.
    """
    activation = resolve(act)
    if params:
        activation = activation.with_params(**params)
    if activation.kind == "vector":
        return _vector_properties(activation, budget)
    return _derive(activation, tuple(symbolic), budget)


def lipschitz(act: str | sp.Expr | Activation, budget: float = PROPERTY_FIELD) -> Field:
    """Only the Lipschitz constant sup |f'| (what signal propagation needs), without the
    other properties."""
    ctx = _Context(resolve(act), ())
    return _run(_d_lipschitz, ctx, {}, budget)


# --- the derivation ----------------------------------------------------------------------

class _Context:
    """Shared intermediate results of one derivation, computed once, failures remembered."""

    def __init__(self, act: Activation, symbolic: tuple[str, ...]):
        self.act = act
        self.x = act.symbol
        self.expr = act.bind(symbolic)
        self._memo: dict[str, Any] = {}

    def get(self, key: str, make: Callable[[], Any]) -> Any:
        if key not in self._memo:
            try:
                self._memo[key] = make()
            except (Undecided, BudgetExceeded) as exc:
                self._memo[key] = exc
        value = self._memo[key]
        if isinstance(value, Exception):
            raise value
        return value

    def f(self) -> Function:
        return self.get("f", lambda: Function.of(self.expr, self.x))

    def df(self) -> Function:
        return self.get("df", lambda: self.f().derivative())

    def d2f(self) -> Function:
        return self.get("d2f", lambda: self.df().derivative())

    def crit(self, which: str) -> list[Zeros | None]:
        fn = {"f": self.f, "df": self.df}[which]

        return self.get(f"crit:{which}", lambda: critical_points(fn()))

    def image(self, which: str) -> tuple[Bound, Bound]:
        fn = {"f": self.f, "df": self.df}[which]
        return self.get(f"image:{which}", lambda: image(fn(), self.crit(which)))

    def jumps(self) -> list[sp.Expr]:
        return self.get("jumps", lambda: _jump_points(self.f(), 0))


def _derive(act: Activation, symbolic: tuple[str, ...], budget: float) -> Properties:
    started = time.perf_counter()
    ctx = _Context(act, symbolic)
    # shared steps first, each under its own budget, so one slow step costs one budget
    for warm in (ctx.f, ctx.df, ctx.d2f, lambda: ctx.crit("f"), lambda: ctx.image("f"),
                 lambda: ctx.crit("df"), lambda: ctx.image("df")):
        try:
            with deadline(budget):
                warm()
        except (Undecided, BudgetExceeded, SymactError, *SYMPY_FAILURES):
            pass
    fields: dict[str, Field] = {}
    for name in SCALAR_FIELDS:
        fields[name] = _run(_DERIVERS[name], ctx, fields, budget)
    params = {p.name: (p.symbol if p.name in symbolic else p.default) for p in act.params}
    return Properties(act.name, ctx.expr, params, **fields,
                      seconds=time.perf_counter() - started)


def _run(fn: Callable[..., Field], ctx: _Context, fields: dict[str, Field],
         budget: float) -> Field:
    try:
        with deadline(budget):
            return fn(ctx, fields)
    except BudgetExceeded as exc:
        return Unknown(str(exc))
    except Undecided as exc:
        return Unknown(str(exc))
    except SYMPY_FAILURES as exc:
        return Unknown(f"SymPy failed: {type(exc).__name__}: {str(exc)[:120]}")


def _value(fields: dict[str, Field], name: str) -> Any:
    f = fields[name]
    if isinstance(f, Unknown):
        raise Undecided(f"needs {name}, which is unknown")
    return f.value


def _simplify(e: sp.Expr) -> sp.Expr:
    return shortest_simplify(e, 2.0)


def _d_derivative(ctx: _Context, fields: dict) -> Field:
    df = ctx.df()
    pieces = [type(p)(_simplify(p.expr), p.interval) for p in df.pieces]
    expr = Function(tuple(pieces), ctx.x).as_expr()
    kinks = ctx.f().breakpoints()
    how = "d/dx of each piece, simplified"
    if kinks:
        how += "; at a kink the derivative of the branch containing it (PyTorch's convention)"
    return Derived(expr, how)


def _d_value_at_zero(ctx: _Context, fields: dict) -> Field:
    return Derived(sp.simplify(ctx.f().at(sp.S.Zero)), "f(0) by substitution")


def _d_derivative_at_zero(ctx: _Context, fields: dict) -> Field:
    how = "f'(0) by substitution"
    if sp.S.Zero in ctx.f().breakpoints():
        how += " (kink at 0: branch containing 0, as PyTorch)"
    return Derived(sp.simplify(ctx.df().at(sp.S.Zero)), how)


def _d_limits(ctx: _Context, fields: dict) -> Field:
    lo, hi = end_limits(ctx.f())
    return Derived({"-oo": lo, "+oo": hi}, "sympy.limit of the outer pieces, checked at "
                   "|x| = 1e4, 1e8 with mpmath")


def _d_derivative_limits(ctx: _Context, fields: dict) -> Field:
    lo, hi = end_limits(ctx.df())
    return Derived({"-oo": lo, "+oo": hi}, "sympy.limit of f' on the outer pieces, checked "
                   "numerically")


def _d_range(ctx: _Context, fields: dict) -> Field:
    _require_continuous_pieces(ctx)
    lo, hi = ctx.image("f")
    crit = ctx.crit("f")
    exact = lo.exact and hi.exact and all(c is None or c.exact for c in crit)
    s = image_set(ctx.f(), crit)
    how = "inf/sup over end values, one-sided limits and critical points of each piece"
    how += "; " + "; ".join(sorted({c.how for c in crit if c is not None}))
    return Derived(Range(end_value(lo), end_value(hi), lo.attained, hi.attained, exact, s), how)


def _d_extrema(ctx: _Context, fields: dict) -> Field:
    _value(fields, "range")
    lo, hi = ctx.image("f")
    out = []
    for kind, b in (("min", lo), ("max", hi)):
        if b.attained:
            where = _merge_where(b.where)
            out.extend(Extremum(kind, w, end_value(b), b.exact) for w in where)
    return Derived(tuple(out), "global extrema: the range's attained ends and where")


def _merge_where(where: tuple[sp.Basic, ...]) -> list[sp.Basic]:
    sets = [w if isinstance(w, sp.Set) else sp.FiniteSet(w) for w in where]
    u = sp.Union(*sets) if sets else sp.S.EmptySet
    if isinstance(u, sp.FiniteSet):
        return sorted(u, key=lambda v: float(mp_value(v)) if not v.free_symbols else 0.0)
    if isinstance(u, sp.Union):
        return list(u.args)
    return [u]


def _d_symmetry(ctx: _Context, fields: dict) -> Field:
    x = ctx.x
    f = ctx.expr
    f0 = sp.simplify(ctx.f().at(sp.S.Zero))
    mirrored = f.subs(x, -x)
    tests = [("odd", f + mirrored, (sp.S.Zero, sp.S.Zero)),
             ("even", f - mirrored, None),
             ("point", f + mirrored - 2 * f0, (sp.S.Zero, f0))]
    undecided = []
    for kind, residue, center in tests:
        if kind == "point" and compare(f0, sp.S.Zero) == 0:
            continue
        verdict, how = identically_zero(residue, x)
        if verdict is True:
            return Derived(Symmetry(kind, center), f"{kind}: {how}")
        if verdict is None:
            undecided.append(f"{kind}: {how}")
    if undecided:
        return Unknown("; ".join(undecided))
    return Derived(Symmetry("none", None), "odd, even and point symmetry refuted by "
                   "counterexamples at 50 digits")


def identically_zero(e: sp.Expr, x: sp.Symbol) -> tuple[bool | None, str]:
    """True (proved), False (counterexample) or None, for e(x) == 0 on the real line."""
    numeric = not (e.free_symbols - {x})
    solutions: list[dict] | None = None
    for t in ("3/10", "17/10", "5", "-11/4", "40"):
        v = e.subs(x, sp.Rational(t))
        if numeric:
            try:
                if abs(mp_value(v)) > mpmath.mpf("1e-30"):
                    return False, f"counterexample at x = {t}"
            except Undecided:
                continue
        else:
            vs = _simplify(v)
            if vs.is_zero is False:
                return False, f"non-zero at x = {t}"
            if vs != 0:
                solutions = _parameter_solutions(vs, solutions)
                if solutions == []:
                    return False, ("no parameter value makes it vanish at all of x = 3/10, "
                                   f"..., {t}")
    try:
        fn = Function.of(e, x)
    except Undecided as exc:
        return None, str(exc)
    for p in fn.pieces:
        if not vanishes(p.expr):
            return None, f"could not simplify {p.expr} to 0"
    return True, "f(x) and f(-x) combined simplify to the required form on every piece"


def _parameter_solutions(v: sp.Expr, known: list[dict] | None) -> list[dict] | None:
    """Parameter values with v = 0, intersected with ``known``; None when not solvable."""
    try:
        with deadline(1.0):
            found = sp.solve(v, sorted(v.free_symbols, key=str), dict=True)
    except (BudgetExceeded, *SYMPY_FAILURES):
        return known
    if known is None:
        return found
    return [d for d in found if any(all(sp.simplify(d.get(k, k) - w) == 0 for k, w in
                                        o.items()) for o in known)]


def _equal_when(a: sp.Expr, b: sp.Expr) -> bool | sp.Basic:
    """True/False, or the condition on the parameters under which a = b (ELU: alpha = 1)."""
    try:
        return compare(a, b) == 0
    except Undecided:
        d = _simplify(a - b)
        sol = sp.solve(d, sorted(d.free_symbols, key=str), dict=True)
        if not sol:
            return False
        if len(sol) > 1:
            raise
        return sp.And(*[sp.Eq(k, v) for k, v in sol[0].items()])


_MONO = {"positive": "increasing", "nonnegative": "increasing", "negative": "decreasing",
         "nonpositive": "decreasing", "zero": "constant", "mixed": "none"}


def _monotonicity(f: Function, df: Function) -> tuple[str, bool, str]:
    """increasing (strictly) | nondecreasing | decreasing | nonincreasing | constant | none."""
    kinds = []
    exact = True
    hows = set()
    for p, dp in zip(f.pieces, df.pieces, strict=True):
        if p.is_point:
            continue
        s, ex, how = sign_on(dp.expr, f.x, p.interval)
        exact &= ex
        hows.add(how)
        kinds.append(_MONO[s])
    for b in f.breakpoints():
        left, here, right = _around(f, b, 0)
        steps = [compare(here, left), compare(right, here)]
        if all(s >= 0 for s in steps):
            kinds.append("increasing" if any(steps) else "continuous")
        if all(s <= 0 for s in steps):
            kinds.append("decreasing" if any(steps) else "continuous")
        if any(s > 0 for s in steps) and any(s < 0 for s in steps):
            kinds.append("none")
    kinds = [k for k in kinds if k != "continuous"]
    if "none" in kinds:
        result = "none"
    elif set(kinds) <= {"constant"}:
        result = "constant"
    elif set(kinds) <= {"increasing"}:
        result = "increasing"
    elif set(kinds) <= {"decreasing"}:
        result = "decreasing"
    elif set(kinds) <= {"increasing", "constant"}:
        result = "nondecreasing"
    elif set(kinds) <= {"decreasing", "constant"}:
        result = "nonincreasing"
    else:
        result = "none"
    return result, exact, "; ".join(sorted(hows))


def _around(f: Function, b: sp.Expr, order: int) -> tuple[sp.Expr, sp.Expr, sp.Expr]:
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


def _d_monotonic(ctx: _Context, fields: dict) -> Field:
    _require_continuous_pieces(ctx)
    kind, _, how = _monotonicity(ctx.f(), ctx.df())
    if kind == "constant":
        kind = "nondecreasing"
    return Derived(kind, "sign of f' between its zeros on each piece, jumps at breakpoints; "
                   + how)


def _d_derivative_monotonic(ctx: _Context, fields: dict) -> Field:
    kind, _, how = _monotonicity(ctx.df(), ctx.d2f())
    if kind == "constant":
        kind = "nondecreasing"
    return Derived(kind, "sign of f'' between its zeros on each piece, jumps of f'; " + how)


def _d_convexity(ctx: _Context, fields: dict) -> Field:
    _require_continuous_pieces(ctx)
    if ctx.jumps():
        return Derived("none", "f is discontinuous")
    signs = set()
    for p, d2 in zip(ctx.f().pieces, ctx.d2f().pieces, strict=True):
        if p.is_point:
            continue
        s, _, _ = sign_on(d2.expr, ctx.x, p.interval)
        signs.add(s)
    for b in ctx.f().breakpoints():
        left, _, right = _around(ctx.f(), b, 1)
        c = compare(right, left)
        signs.add("positive" if c > 0 else "negative" if c < 0 else "zero")
    if signs <= {"positive", "nonnegative", "zero"}:
        kind = "convex"
    elif signs <= {"negative", "nonpositive", "zero"}:
        kind = "concave"
    else:
        kind = "none"
    return Derived(kind, "sign of f'' on each piece and of the jump of f' at each kink")


def _jump_points(f: Function, order: int) -> list[sp.Expr]:
    out = []
    for b in f.breakpoints():
        left, here, right = _around(f, b, order)
        if compare(left, right) != 0 or compare(left, here) != 0:
            out.append(b)
    return out


def _require_continuous_pieces(ctx: _Context) -> None:
    """Each piece and its derivative must be continuous on the piece's interval."""
    def make() -> bool:
        x = ctx.x
        for p in ctx.f().pieces:
            if p.is_point or not p.expr.has(x):
                continue
            for e in (p.expr, sp.diff(p.expr, x)):
                if smooth_on(e, x, p.interval):
                    continue
                try:
                    with deadline(3.0):
                        dom = sp.calculus.util.continuous_domain(e, x, p.interval)
                except SYMPY_FAILURES as exc:
                    raise Undecided(f"domain of {e} not found ({type(exc).__name__})") from None
                if not _covers(dom, p.interval):
                    raise Undecided(f"{e} is not continuous on {p.interval} (only on {dom})")
        return True

    ctx.get("pieces_continuous", make)


_ENTIRE = (sp.exp, sp.erf, sp.erfc, sp.sin, sp.cos, sp.tanh, sp.sinh, sp.cosh, sp.atan,
           sp.asinh, sp.sech, sp.Abs)


def smooth_on(e: sp.Expr, x: sp.Symbol, where: sp.Interval) -> bool:
    """True if e is visibly C^inf on ``where``: entire functions, powers with positive bases
    or natural exponents, logs of positive arguments (positivity from SymPy's assumptions
    after writing x = a + t, t >= 0, on the interval). False means "not shown"."""
    t = sp.Symbol("t", nonnegative=True)
    lo, hi = where.inf, where.sup
    shifted = e.subs(x, lo + t) if not lo.is_infinite else (
        e.subs(x, hi - t) if not hi.is_infinite else e)

    def ok(u: sp.Expr) -> bool:
        if not u.has(x) and not u.has(t):
            return True
        if u.is_Symbol:
            return True
        if isinstance(u, sp.Add | sp.Mul):
            return all(ok(a) for a in u.args)
        if isinstance(u, sp.Pow):
            b, n = u.args
            if n.is_Integer and n >= 0:
                return ok(b)
            return ok(b) and ok(n) and bool(b.is_positive)
        if isinstance(u, sp.log):
            return ok(u.args[0]) and bool(u.args[0].is_positive)
        if isinstance(u, _ENTIRE) and not isinstance(u, sp.Abs):
            return ok(u.args[0])
        return False

    if lo.is_infinite or hi.is_infinite or where.left_open is False:
        return ok(shifted)
    return ok(e)


def _covers(a: sp.Set, b: sp.Set) -> bool:
    """b ⊆ a."""
    return a == b or bool((b - a) is sp.S.EmptySet or (b - a).is_empty)


MAX_ORDER = 8


def _d_continuity(ctx: _Context, fields: dict) -> Field:
    """C^k from one-sided derivatives at each breakpoint; with symbolic parameters the
    orders that hold only under an equation (ELU: alpha = 1) become a Conditional."""
    _require_continuous_pieces(ctx)
    f = ctx.f()
    bps = f.breakpoints()
    if not bps:
        return Derived("inf", "one analytic piece on the real line: C^inf")
    params = sorted(f.params, key=lambda s: s.name)
    conditions: list[sp.Basic] = []
    generic: int | None = None
    subs: dict[sp.Symbol, sp.Expr] = {}

    def answer(k: int, why: str) -> Derived:
        if generic is None:
            return Derived(k, why)
        return Derived(Conditional(((sp.And(*conditions), k),), generic),
                       why + f" (when {sp.And(*conditions)}); otherwise C^{generic}")

    for order in range(MAX_ORDER + 1):
        fn = _subs_fn(f, subs)
        for b in bps:
            b = b.subs(subs)
            left, here, right = _around(fn, b, order)
            gaps = [right - left] + ([here - left] if order == 0 else [])
            for gap in (_simplify(g) for g in gaps):
                if not (gap.free_symbols & set(params)):
                    if compare(gap, sp.S.Zero) == 0:
                        continue
                    return answer(order - 1, f"derivatives of order {order} differ at x = {b}")
                sol = sp.solve(gap, sorted(gap.free_symbols & set(params), key=str), dict=True)
                if generic is None:
                    generic = order - 1
                if not sol:
                    return answer(order - 1, f"order {order} differs at x = {b} for all "
                                  "parameter values")
                conditions.extend(sp.Eq(k, v) for k, v in sol[0].items())
                subs.update(sol[0])
    return Unknown(f"pieces agree to order {MAX_ORDER} at every breakpoint")


def _subs_fn(f: Function, subs: Mapping[sp.Symbol, sp.Expr]) -> Function:
    if not subs:
        return f
    return Function(tuple(type(p)(p.expr.subs(subs), p.interval.subs(subs))
                          for p in f.pieces), f.x)


def _d_nondifferentiable_at(ctx: _Context, fields: dict) -> Field:
    _require_continuous_pieces(ctx)
    f = ctx.f()
    always, conditional, conditions = [], [], []
    for b in f.breakpoints():
        l0, h0, r0 = _around(f, b, 0)
        l1, _, r1 = _around(f, b, 1)
        smooth = sp.And(_equal_when(l0, r0), _equal_when(l0, h0), _equal_when(l1, r1))
        if smooth is sp.false:
            always.append(b)
        elif smooth is not sp.true:
            conditional.append(b)
            conditions.append(smooth)
    how = "breakpoints where f jumps or its one-sided derivatives differ"
    if not conditional:
        return Derived(tuple(always), how)
    return Derived(Conditional(((sp.And(*conditions), tuple(always)),),
                               tuple(always + conditional)), how)


def _d_identity_near_origin(ctx: _Context, fields: dict) -> Field:
    v0, d0 = _value(fields, "value_at_zero"), _value(fields, "derivative_at_zero")
    ok = sp.And(_equal_when(v0, sp.S.Zero), _equal_when(d0, sp.S.One))
    how = f"f(0) = {v0}, f'(0) = {d0}; needs f(0) = 0 and f'(0) = 1"
    if ok in (sp.true, sp.false):
        return Derived(ok is sp.true, how)
    return Derived(Conditional(((ok, True),), False), how)


def _d_bounded_below(ctx: _Context, fields: dict) -> Field:
    r: Range = _value(fields, "range")
    return Derived(r.lower is not sp.S.NegativeInfinity, f"range lower end {r.lower}")


def _d_bounded_above(ctx: _Context, fields: dict) -> Field:
    r: Range = _value(fields, "range")
    return Derived(r.upper is not sp.S.Infinity, f"range upper end {r.upper}")


def _d_takes_both_signs(ctx: _Context, fields: dict) -> Field:
    r: Range = _value(fields, "range")
    neg = compare(r.lower, sp.S.Zero) < 0
    pos = compare(r.upper, sp.S.Zero) > 0
    return Derived(neg and pos, f"range {_interval_text(r)} {'meets' if neg and pos else 'misses'}"
                   " both (-oo, 0) and (0, oo)")


def _interval_text(r: Range) -> str:
    return (("[" if r.lower_closed else "(") + f"{r.lower}, {r.upper}"
            + ("]" if r.upper_closed else ")"))


def _d_saturates(ctx: _Context, fields: dict) -> Field:
    lims = _value(fields, "derivative_limits")
    out = {k: (v is not NONEXISTENT and compare(v, sp.S.Zero) == 0) for k, v in lims.items()}
    return Derived(out, "f' -> 0 at that end")


def _d_lipschitz(ctx: _Context, fields: dict) -> Field:
    _require_continuous_pieces(ctx)
    if ctx.jumps():
        return Derived(sp.oo, "f jumps, so no Lipschitz constant")
    lo, hi = ctx.image("df")
    a, b = abs(end_value(lo)), abs(end_value(hi))
    value = a if compare(a, b) >= 0 else b
    exact = lo.exact and hi.exact and all(c is None or c.exact for c in ctx.crit("df"))
    return Derived(value, "sup |f'| from the range of f' (ends, limits, zeros of f'')"
                   + ("" if exact else "; numeric, 30 digits"))


def _d_derivative_from_output(ctx: _Context, fields: dict) -> Field:
    from .output_form import derivative_from_output

    return derivative_from_output(ctx.f(), ctx.df(), _Y)


_DERIVERS: dict[str, Callable[[_Context, dict], Field]] = {
    "derivative": _d_derivative, "derivative_from_output": _d_derivative_from_output,
    "value_at_zero": _d_value_at_zero, "derivative_at_zero": _d_derivative_at_zero,
    "limits": _d_limits, "derivative_limits": _d_derivative_limits, "range": _d_range,
    "extrema": _d_extrema, "symmetry": _d_symmetry, "monotonic": _d_monotonic,
    "derivative_monotonic": _d_derivative_monotonic, "convexity": _d_convexity,
    "continuity": _d_continuity, "nondifferentiable_at": _d_nondifferentiable_at,
    "identity_near_origin": _d_identity_near_origin, "bounded_below": _d_bounded_below,
    "bounded_above": _d_bounded_above, "takes_both_signs": _d_takes_both_signs,
    "saturates": _d_saturates, "lipschitz": _d_lipschitz,
}


# --- vector-valued (softmax) -------------------------------------------------------------

def _vector_properties(act: Activation, budget: float) -> VectorProperties:
    from .vector import derive_softmax

    started = time.perf_counter()
    fields = derive_softmax(budget)
    return VectorProperties(act.name, act.expr, **fields, seconds=time.perf_counter() - started)
