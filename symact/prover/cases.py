"""Piecewise case analysis for the prover: breakpoints, regions, and what holds in each.

Every relation in a Piecewise condition that is linear in one variable (or polynomial with
rational coefficients) changes truth only at its real roots; those roots cut the real line
(intersected with the assumptions) into regions where each such condition is constant.

>>> import sympy as sp
>>> x = sp.Symbol("x", real=True)
>>> relu = sp.Piecewise((0, x <= 0), (x, True))
>>> cuts = breakpoints(relu, x, [x])
>>> cuts
{x: [0]}
>>> [c.label for c in split_cases(relu, x, [x], cuts, Assumptions())]
['x < 0', 'x = 0', '0 < x']
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import sympy as sp

from ..core import latex, source
from ..errors import SYMPY_FAILURES, CaseError
from .assume import Assumptions
from .enclosure import free_relations
from .orders import decide, linear_forms, sign_patterns

MAX_CASES = 64


@dataclass(frozen=True)
class Case:
    label: str
    truth: Mapping[sp.Basic, bool]  # relational atoms decided in this case
    regions: Mapping[sp.Symbol, sp.Set]  # each variable's region in this case
    rule_subs: Mapping[sp.Symbol, sp.Expr] = field(default_factory=dict)  # display-safe
    check_subs: Mapping[sp.Symbol, sp.Expr] = field(default_factory=dict)  # exact shifts
    tex: str = ""  # the label as LaTeX
    signs: Mapping[sp.Expr, int] = field(default_factory=dict)  # linear forms' signs (orders)


def condition_atoms(*exprs: sp.Expr) -> set[sp.Basic]:
    """The relations of the Piecewise conditions, but none on a limit's bound variable."""
    out: set[sp.Basic] = set()
    for e in exprs:
        out |= free_relations(e)
    return out


def breakpoints(lhs: sp.Expr, rhs: sp.Expr,
                 variables: Sequence[sp.Symbol]) -> dict[sp.Symbol, list[sp.Expr]]:
    """Numeric roots of the Piecewise conditions, per variable (0 for limit parameters)."""
    cuts: dict[sp.Symbol, set[sp.Expr]] = {v: set() for v in variables}
    for atom in condition_atoms(lhs, rhs):
        syms = relation_symbols(atom)
        if len(syms) != 1:
            continue
        (v,) = syms
        roots = truth_changes(atom, v)
        if roots is not None:
            cuts[v].update(roots)
    for lim in (lhs + rhs).atoms(sp.Limit):
        for v in lim.free_symbols:
            cuts.setdefault(v, set()).add(sp.S.Zero)  # limits often turn on the sign
    return {v: sorted(c, key=lambda e: float(e)) for v, c in cuts.items()}


def relation_symbols(atom: sp.Basic) -> set[sp.Symbol]:
    """The variables a relation really depends on: ``x + 2*y >= x + y`` is about y only
    (a sign case on it beside y's own regions would pair y < 0 with y > 0).

    >>> x, y = sp.symbols("x y", real=True)
    >>> relation_symbols(x + 2*y >= x + y)
    {y}
    """
    if not isinstance(atom, sp.core.relational.Relational):
        return set(atom.free_symbols)
    return set(sp.expand(atom.lhs - atom.rhs).free_symbols)


def truth_changes(atom: sp.Basic, v: sp.Symbol) -> list[sp.Expr] | None:
    """The real points where a relation p(v) ≷ 0 can change truth: the root of a linear p
    (numeric coefficients), or the real roots of a polynomial with rational coefficients
    (degree ≤ 8). None when the condition is of another kind."""
    d = sp.expand(atom.lhs - atom.rhs)
    a, b = d.coeff(v, 1), d.coeff(v, 0)
    if sp.expand(a * v + b - d) == 0 and a.is_number and a != 0 and b.is_number:
        return [-b / a]
    try:
        poly = sp.Poly(d, v)
    except sp.PolynomialError:
        return None
    if not (1 <= poly.degree() <= 8 and all(c.is_Rational for c in poly.all_coeffs())):
        return None
    return list(dict.fromkeys(sp.real_roots(poly)))


def split_cases(lhs, rhs, variables, cuts, facts: Assumptions) -> list[Case]:
    per_var: list[list[tuple[sp.Symbol, sp.Set]]] = []
    for v in variables:
        allowed = facts.region(v)
        pieces = []
        bounds = [sp.S.NegativeInfinity, *cuts.get(v, []), sp.S.Infinity]
        for lo, hi in itertools.pairwise(bounds):
            pieces.append(sp.Interval.open(lo, hi))
            if hi is not sp.S.Infinity:
                pieces.append(sp.FiniteSet(hi))
        parts = [(v, allowed.intersect(p)) for p in pieces]
        per_var.append([(v, s) for v, s in parts if s is not sp.S.EmptySet])
    atoms = condition_atoms(lhs, rhs)
    forms = linear_forms(atoms, variables)
    patterns = sign_patterns(forms) if forms else [()]
    out = []
    for combo, pattern in itertools.product(itertools.product(*per_var), patterns):
        if len(out) >= MAX_CASES:
            raise CaseError(f"more than {MAX_CASES} cases")
        regions = dict(combo)
        out.append(_with_signs(_make_case(regions, atoms, cuts), atoms,
                               dict(zip(forms, pattern, strict=True))))
    return out or [Case("", {}, {})]


def _with_signs(case: Case, atoms, signs: Mapping[sp.Expr, int]) -> Case:
    """The case within one sign pattern of the linear forms: their conditions decided."""
    if not signs:
        return case
    truth = dict(case.truth)
    for atom in atoms:
        if atom not in truth:
            val = decide(atom, signs)
            if val is not None:
                truth[atom] = val
    ops = {1: ">", 0: "==", -1: "<"}
    texops = {1: ">", 0: "=", -1: "<"}
    parts = [f"{source(f)} {ops[s]} 0" for f, s in signs.items()]
    texs = [f"{latex(f)} {texops[s]} 0" for f, s in signs.items()]
    label = ", ".join(filter(None, [case.label, *parts]))
    tex = r",\ ".join(filter(None, [case.tex, *texs]))
    rule_subs, check_subs = dict(case.rule_subs), dict(case.check_subs)
    for form, s in signs.items():
        if s == 0 and not set(rule_subs) & form.free_symbols:  # a tie: x = y in its case
            v = sorted(form.free_symbols, key=str)[0]
            rule_subs[v] = check_subs[v] = sp.solve(form, v)[0]
    return Case(label, truth, case.regions, rule_subs, check_subs, tex, signs)


def _make_case(regions, atoms, cuts) -> Case:
    rule_subs: dict[sp.Symbol, sp.Expr] = {}
    check_subs: dict[sp.Symbol, sp.Expr] = {}
    labels, texs = [], []
    inner: dict[sp.Symbol, sp.Expr] = {}
    for v, region in regions.items():
        pick = interior(region)
        if pick is None:
            raise CaseError(f"cannot handle the region {region} of {v}")
        inner[v] = pick
        if isinstance(region, sp.FiniteSet) and len(region) == 1:
            rule_subs[v] = check_subs[v] = next(iter(region))
        else:
            kind = _sign_kind(region)
            if kind:
                rule_subs[v] = sp.Symbol(v.name, **{kind: True})
            shift = _shift(v, region)
            if shift is not None:
                check_subs[v] = shift
        if cuts.get(v) or region != sp.S.Reals:
            labels.append(_label(v, region))
            texs.append(_label_tex(v, region))
    truth = {}
    for atom in atoms:
        # only a condition whose root is one of the breakpoints is constant on each region
        syms = relation_symbols(atom)
        if len(syms) == 1 and syms <= set(regions):
            (v,) = syms
            roots = truth_changes(atom, v)
            if roots is not None and set(roots) <= set(cuts.get(v, ())):
                val = atom.subs(inner)
                if val in (sp.true, sp.false):
                    truth[atom] = bool(val)
        elif len(atom.free_symbols) > 1 and atom.free_symbols <= set(regions):
            val = decide_by_signs(atom, regions)  # x >= a*x from x > 0 and a < 1
            if val is not None:
                truth[atom] = val
    split = any(cuts.values())
    return Case(", ".join(labels) if split else "", truth, regions, rule_subs, check_subs,
                 r",\ ".join(texs) if split else "")


def decide_by_signs(atom: sp.Basic, regions: Mapping[sp.Symbol, sp.Set]) -> bool | None:
    """A relation p ≷ 0 in several variables decided on a product of regions when p factors
    into pieces each of one variable and of one strict sign there (or zero), else None.

    >>> x, a = sp.symbols("x a", real=True)
    >>> regs = {x: sp.Interval.open(0, sp.oo), a: sp.Interval.open(0, 1)}
    >>> decide_by_signs(x >= a * x, regs), decide_by_signs(a * x > x, regs)
    (True, False)
    """
    if not isinstance(atom, sp.core.relational.Relational) or isinstance(atom, sp.Eq | sp.Ne):
        return None
    try:
        coeff, factors = sp.factor_list(sp.expand(atom.lhs - atom.rhs))
    except (sp.PolynomialError, *SYMPY_FAILURES):
        return None
    sign = int(sp.sign(coeff)) if coeff.is_number and coeff.is_real else None
    if sign is None:
        return None
    for f, k in factors:
        s = _factor_sign(f, regions)
        if s is None:
            return None
        sign *= s**k
    return bool(atom.func(sp.Integer(sign), 0))


def _factor_sign(f: sp.Expr, regions: Mapping[sp.Symbol, sp.Set]) -> int | None:
    """The sign of a factor linear in one variable, constant on that variable's region."""
    if len(f.free_symbols) != 1:
        return None
    (v,) = f.free_symbols
    region = regions.get(v)
    if not isinstance(region, sp.Interval | sp.FiniteSet):
        return None
    try:
        lo, hi = sp.Poly(f, v).all_coeffs() if sp.Poly(f, v).degree() == 1 else (None, None)
    except sp.PolynomialError:
        return None
    if lo is None:
        return None
    root = -hi / lo
    if region.is_subset(sp.Interval.open(root, sp.oo)) is True:
        return int(sp.sign(lo))
    if region.is_subset(sp.Interval.open(-sp.oo, root)) is True:
        return -int(sp.sign(lo))
    if region == sp.FiniteSet(root):
        return 0
    return None


def region_text(case: Case) -> str:
    """The case's region as a condition the parser reads back ("True" for everywhere).

    >>> x = sp.Symbol("x", real=True)
    >>> region_text(Case("0 < x", {}, {x: sp.Interval.open(0, sp.oo)}))
    '0 < x'
    >>> region_text(Case("x = 0", {}, {x: sp.FiniteSet(0)}))
    'x == 0'
    """
    parts = [source(region.as_relational(v)) for v, region in case.regions.items()
             if region != sp.S.Reals]
    ops = {1: ">", 0: "==", -1: "<"}
    parts += [f"{source(f)} {ops[s]} 0" for f, s in case.signs.items()]
    if not parts:
        return "True"
    return parts[0] if len(parts) == 1 else " and ".join(f"({p})" for p in parts)


def interior(region: sp.Set) -> sp.Expr | None:
    """An exact point inside the region (for deciding linear conditions)."""
    if isinstance(region, sp.FiniteSet):
        return next(iter(region))
    iv = region.args[0] if isinstance(region, sp.Union) else region
    if not isinstance(iv, sp.Interval):
        return None
    lo, hi = iv.start, iv.end
    if lo.is_infinite and hi.is_infinite:
        return sp.Rational(1, 3)
    if lo.is_infinite:
        return hi - 1
    if hi.is_infinite:
        return lo + 1
    return (lo + hi) / 2


def _sign_kind(region: sp.Set) -> str | None:
    if region.is_subset(sp.Interval.open(0, sp.oo)):
        return "positive"
    if region.is_subset(sp.Interval.open(-sp.oo, 0)):
        return "negative"
    if region.is_subset(sp.Interval(0, sp.oo)):
        return "nonnegative"
    if region.is_subset(sp.Interval(-sp.oo, 0)):
        return "nonpositive"
    if not region.contains(0) and region.is_subset(sp.S.Reals):
        return "nonzero"
    return None


def _shift(v: sp.Symbol, region: sp.Set) -> sp.Expr | None:
    """x = c + t (t > 0) on (c, ...), x = c - t on (..., c): weaker assumptions, so sound.
    On a bounded interval open at one end, x = (a + b·s)/(1 + s) (s > 0 or s ≥ 0) onto
    (a, b) or [a, b), so that both x − a and b − x are visibly positive (atanh's
    1 ± x); the open end is never reached, so nothing outside the region is claimed.

    Each variable gets its own fresh t; a shared one would check only the diagonal.

    >>> x = sp.Symbol("x", real=True)
    >>> s = _shift(x, sp.Interval.open(-1, 1))
    >>> sp.simplify(1 - s).is_positive, sp.simplify(1 + s).is_positive
    (True, True)
    """
    if not isinstance(region, sp.Interval):
        return None
    a, b = region.start, region.end
    if a.is_finite and b.is_finite and (region.left_open or region.right_open):
        near, far = (a, b) if region.right_open else (b, a)  # s = 0 at the closed end
        kind = "positive" if region.left_open and region.right_open else "nonnegative"
        s = sp.Dummy(f"{v.name}_s", **{kind: True})
        return (near + far * s) / (1 + s)
    if region.start.is_finite:
        kind = "positive" if region.left_open else "nonnegative"
        return region.start + sp.Dummy(f"{v.name}_t", **{kind: True})
    if region.end.is_finite:
        kind = "positive" if region.right_open else "nonnegative"
        return region.end - sp.Dummy(f"{v.name}_t", **{kind: True})
    return None


def _label_tex(v: sp.Symbol, region: sp.Set) -> str:
    if isinstance(region, sp.FiniteSet):
        return f"{latex(v)} = {latex(next(iter(region)))}"
    return latex(region.as_relational(v))


def _label(v: sp.Symbol, region: sp.Set) -> str:
    if isinstance(region, sp.FiniteSet):
        return f"{v} = {next(iter(region))}"
    rel = region.as_relational(v)
    return str(rel).replace("&", "and")
