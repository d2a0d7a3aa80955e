"""``identify(expr)``: the catalog entries an expression equals, up to ``a·g(b·x + c) + d``.

The pipeline, per catalog entry ``g``: a numeric fit (:mod:`.fit`) proposes ``a, b, c, d`` and
parameter values; :mod:`.snap` turns them into exact numbers; :func:`symact.prover.prove`
decides the equality, and only a proof makes a match (its verdict, with its certificate, is
kept). When nothing matches, the entries nearest by sup-distance on [−10, 10] are listed,
each distance certified to three significant digits (:mod:`.distance`).

>>> r = identify("2*sigmoid(2*x) - 1")
>>> r.to_text().splitlines()[0]
'2*sigmoid(2*x) - 1 is tanh(x) (proved)'
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

import numpy as np
import sympy as sp

from ..budget import PROVE
from ..core import CATALOG, NAMED_CONSTANTS, Activation, X, expand, parse, scalar
from ..errors import ParameterError, ParseError
from ..prover import Verdict, prove
from .distance import INTERVAL, sup_distance
from .fit import GOOD, _named, best_fit, vector
from .snap import nice_numbers, snap, typed_numbers

IDENTIFY = 60.0  # seconds for one identification (the CLI's default)
NEAR = 3  # entries listed when nothing matches


@dataclass(frozen=True)
class Match:
    """``expression = a·name(b·x + c; params) + d``, proved."""

    name: str
    params: tuple[tuple[str, sp.Expr], ...]
    a: sp.Expr
    b: sp.Expr
    c: sp.Expr
    d: sp.Expr
    status: str
    verdict: Verdict | None = None
    changed: bool = False  # a parameter is not at its default

    def form(self, var: str = "x") -> str:
        """``tanh(x)``, ``2*sigmoid(2*x) - 1``, ``swish(x) with beta = 851/500`` (parameters
        named only when not at their defaults)."""
        inner = sp.sstr(self.b * sp.Symbol(var) + self.c)
        text = sp.sstr(self.a * sp.Function(self.name)(sp.Symbol(inner)) + self.d)
        with_params = ", ".join(f"{k} = {v}" for k, v in self.params)
        return text + (f" with {with_params}" if with_params and self.changed else "")


@dataclass(frozen=True)
class Near:
    """A catalog entry at certified sup-distance ``sup_distance`` on ``interval``."""

    name: str
    params: tuple[tuple[str, sp.Expr], ...]
    sup_distance: str
    interval: tuple[int, int]
    lower: float
    upper: float


@dataclass(frozen=True)
class Identification:
    """What ``identify`` found: proved matches, else the nearest entries; ``tried`` says what
    was not settled (fits the prover could not decide, values not recognised, the budget)."""

    expression: str
    matches: tuple[Match, ...]
    near: tuple[Near, ...]
    tried: tuple[str, ...] = ()
    variable: str = "x"

    def to_dict(self) -> dict:
        def params(ps):
            return {k: str(v) for k, v in ps}
        return {"expression": self.expression,
                "matches": [{"name": m.name, "params": params(m.params), "a": str(m.a),
                             "b": str(m.b), "c": str(m.c), "d": str(m.d), "status": m.status}
                            for m in self.matches],
                "near": [{"name": n.name, "params": params(n.params),
                          "sup_distance": n.sup_distance, "interval": list(n.interval)}
                         for n in self.near]}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def to_text(self) -> str:
        if self.matches:
            lines = [f"{self.expression} is {m.form(self.variable)} ({m.status})"
                     for m in self.matches]
        else:
            lines = [f"{self.expression} is no catalog entry up to a·g(b·x + c) + d"]
            lines += [f"  nearest: {n.name} at sup-distance {n.sup_distance} on "
                      f"[{n.interval[0]}, {n.interval[1]}]" for n in self.near]
        lines += [f"  tried: {t}" for t in self.tried]
        return "\n".join(lines)


def _fittable(act: Activation) -> list:
    """The parameters a fit may move: not those whose value is a derived constant (SELU's
    λ and α, :data:`symact.core.NAMED_CONSTANTS`)."""
    derived = set(NAMED_CONSTANTS.values())
    return [p for p in act.params if p.default not in derived]


def _allowed(act: Activation, free: list, theta: list) -> bool:
    """The parameter values are ones the entry admits (its assumptions, its ``requires``)."""
    for p, v in zip(free, theta, strict=True):
        if dict(p.assumptions).get("positive") and not v > 0:
            return False
        if dict(p.assumptions).get("nonnegative") and not v >= 0:
            return False
    try:
        act.with_params(**{p.name: v for p, v in zip(free, theta, strict=True)})
    except (ParameterError, TypeError, ValueError):  # TypeError: a relation meets zoo
        return False
    return True


def _variable(expr: sp.Expr) -> sp.Symbol:
    free = expr.free_symbols
    if len(free) != 1:
        names = ", ".join(sorted(map(str, free))) or "none"
        raise ParseError(f"identify needs an expression in one variable (found: {names})")
    return next(iter(free))


@dataclass(frozen=True)
class Target:
    """What a match is sought for: the expression as typed (the prover's left side), its
    expanded form (fitted), and the numbers it was written with (fit starts, exact values)."""

    typed: sp.Expr
    expanded: sp.Expr
    nice: tuple
    floats: tuple[float, ...]


def target(typed: sp.Expr) -> Target:
    """The :class:`Target` of an expression in :data:`symact.core.X`."""
    hints = typed_numbers(typed)
    # a derived constant written by name is a value too (SELU = λ·ELU with α = SELU's α)
    named = [(s * c, s * float(v)) for c, v in _named().items() if typed.has(c)
             for s in (1, -1)]
    return Target(typed, expand(typed), tuple(nice_numbers(hints)) + tuple(named),
                  tuple(float(h) for h in hints))


MODES = ("both", "defaults", "fitted")


def match_entry(t: Target, act: Activation, end: float, tried: list[str],
                mode: str = "both") -> Match | None:
    """``t = a·act(b·x + c; θ) + d`` proved, or None (a fit the prover did not settle is
    said in ``tried``); ``end`` is the ``time.monotonic()`` deadline. The parameters are
    first held at their defaults, then fitted (``mode`` "defaults" or "fitted" does only
    that one of the two): a clip's bounds and its scale trade off (a·hardtanh(b·x + c; lo,
    hi) + d is one function for many values), and a fit that moves them all lands on numbers
    no simple constant explains."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")
    fittable = _fittable(act)
    tries = {"both": [[], fittable] if fittable else [[]], "defaults": [[]],
             "fitted": [fittable] if fittable else []}[mode]
    found = []
    for free in tries:
        m = _match_with(t, act, free, end, tried)
        if m is not None:
            found.append(m)
            if (m.a, m.b, m.c, m.d) == (1, 1, 0, 0):
                break  # nothing simpler (quick_gelu is swish(851x/500)·500/851 at the
                # defaults, and swish with beta = 851/500: the second is kept)
    return min(found, key=simplicity) if found else None


def _match_with(t: Target, act: Activation, free: list, end: float,
                tried: list[str]) -> Match | None:
    """:func:`match_entry` with the parameters ``free`` fitted, the others at their defaults."""
    g = act.expr.subs({p.symbol: p.default for p in act.params if p not in free})
    seen = set()
    # the entry's own defaults are nice too (LipSwish's b = log(1 + e^(1/2)))
    candidates = list(t.nice) + [(s * p.default, float(s * p.default)) for p in free
                                 for s in (1, -1) if not p.default.is_Rational]
    # and the inverses of its rational ones (b = 1/30 for siren_sine's omega_0 = 30)
    candidates += [(s / p.default, float(s / p.default)) for p in act.params
                   if p.default.is_Rational and p.default != 0 for s in (1, -1)]
    proposals = []
    for fit in best_fit(t.expanded, g, X, [(p.symbol, float(p.default)) for p in free],
                        t.floats):
        exact = [snap(v, candidates) for v in (fit.a, fit.b, fit.c, fit.d, *fit.theta)]
        if fit.residual > GOOD or any(v is None for v in exact) or tuple(exact) in seen:
            continue  # not exact, or values no simple number explains: no claim
        seen.add(tuple(exact))
        proposals.append(exact)
    # the simplest first (sqrt(2)/4·identity(x) before −sqrt(2)/4·identity(−x)): the first
    # proved one is the answer
    proposals.sort(key=lambda e: _plainness(*e[:4]))
    for a, b, c, d, *theta in proposals:
        if time.monotonic() > end:
            tried.append(f"{act.name}: the budget ran out before a fit was proved")
            break
        if a == 0 or b == 0 or not _allowed(act, free, theta):
            continue
        values = {p.symbol: v for p, v in zip(free, theta, strict=True)}
        try:
            model = a * g.subs(values).subs(X, b * X + c) + d
        except (TypeError, ValueError, ZeroDivisionError):
            continue  # a value the definition cannot take (a condition x <= zoo)
        v = prove(t.typed, model, budget=max(min(PROVE, end - time.monotonic()), 0.5))
        if v.status == "proved":
            params = tuple((p.name, values.get(p.symbol, p.default)) for p in _fittable(act))
            defaults = tuple((p.name, p.default) for p in _fittable(act))
            return Match(act.name, params, a, b, c, d, "proved", v, params != defaults)
        tried.append(f"{act.name}: {sp.sstr(model)} fits numerically; the prover says "
                     f"{v.status}")
    return None


def identify(expr: str | sp.Expr, *, budget: float = IDENTIFY) -> Identification:
    """The catalog entries ``expr`` equals up to an exact affine change (each proved), else the
    nearest ones by certified sup-distance on [−10, 10]."""
    end = time.monotonic() + budget
    typed = parse(expr) if isinstance(expr, str) else expr
    typed = typed.xreplace({s: NAMED_CONSTANTS[str(s)] for s in typed.free_symbols
                            if str(s) in NAMED_CONSTANTS})  # SELU_ALPHA typed as a name
    text = expr if isinstance(expr, str) else str(expr)
    var = _variable(expand(typed))
    t = target(typed.xreplace({var: X}))
    matches, tried = [], []
    for act in scalar():
        if time.monotonic() > end:
            tried.append(f"the budget of {budget:g} s ran out before {act.name}")
            break
        m = match_entry(t, act, end, tried)
        if m is not None:
            matches.append(m)
    matches.sort(key=simplicity)
    near = () if matches else _nearest(t.expanded, end)
    return Identification(text, tuple(matches), near, tuple(tried), str(var))


def _plainness(a: sp.Expr, b: sp.Expr, c: sp.Expr, d: sp.Expr) -> tuple:
    """Fewer of a, b, c, d changed, fewer negative, smaller (the order of :func:`simplicity`)."""
    changed = sum(v != w for v, w in ((a, 1), (b, 1), (c, 0), (d, 0)))
    negative = int(float(a) < 0) + int(float(b) < 0)
    return changed, negative, sum(abs(float(v)) for v in (a, b, c, d))


def simplicity(m: Match) -> tuple:
    """Fewer changes first (no affine change, default parameters), then smaller numbers, then
    catalog order (the lecture's relu before FReLU with b = 0)."""
    changed, negative, size = _plainness(m.a, m.b, m.c, m.d)
    # a moved parameter counts as one change, as does each of a, b, c, d
    return (changed + m.changed, negative, size, _ORDER.get(m.name, len(_ORDER)))


_ORDER = {a.name: k for k, a in enumerate(CATALOG)}


def _nearest(f: sp.Expr, end: float) -> tuple[Near, ...]:
    """The :data:`NEAR` entries (default parameters) nearest to ``f`` on [−10, 10]:
    ranked by a float estimate, each distance then certified (uncertified ones left out)."""
    xs = np.linspace(*INTERVAL, 2001)
    F = vector(f, X)(xs)
    ranked = []
    for act in scalar():
        g = act.bind()
        G = vector(g, X)(xs)
        if np.all(np.isfinite(F - G)):
            ranked.append((float(np.max(np.abs(F - G))), act, g))
    ranked.sort(key=lambda t: t[0])
    out = []
    for _, act, g in ranked[:NEAR]:
        left = end - time.monotonic()
        if left <= 0:
            break
        d = sup_distance(f - g, X, budget=min(left, 5.0))
        if d.text:
            out.append(Near(act.name, tuple((p.name, p.default) for p in act.params), d.text,
                            d.interval, d.lower, d.upper))
    return tuple(out)
