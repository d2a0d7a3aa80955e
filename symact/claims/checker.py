"""Checking the claims of proof files: equalities and sign claims with the prover, the
authors' derivations link by link, property claims against :func:`symact.derive.properties`.

A property claim is compared with the derived value field by field: ranges and symmetry
centres up to ``simplify``, expressions (``value_at_zero``, ``lipschitz``, …) by the prover,
and ``derivative``/``derivative_from_output`` proved twice (from the definition by the prover,
and equal to what properties() derives); words and yes/no compared with the derived ones (a
strictly monotone f is also claimed right as non-strictly so). A wrong or undecided derivation
link becomes a :class:`~symact.claims.spec.LinkError` naming the line of the step that does
not follow; ``Result.verdict`` is then "wrong" or "unknown", whatever the claim's own status.

>>> from symact.claims.reader import loads
>>> spec = loads('''
... [[claim]]
... id = "odd"
... title = { cs = "tanh je lichá", en = "tanh is odd" }
... source = "lecture"
... lhs = "tanh(-z)"
... rhs = "-tanh(z)"
... ''', "demo.toml")
>>> check(spec[0]).status
'proved'
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

import sympy as sp

from ..budget import PROPERTY_FIELD, VERIFY_STEP
from ..core import X, parse
from ..derive import Conditional, Unknown, properties
from ..errors import ClaimError
from ..prover import StepReport, Verdict, check_steps, prove
from .locate import literal_line
from .spec import Claim, Derivation, LinkError, Result

_Y = sp.Symbol("y", real=True)  # the output in derivative_from_output, h(y) with f' = h(f)
_DONE: dict[Claim, Result] = {}


def check(claim: Claim) -> Result:
    """Check one claim and its derivations; never raises on a wrong claim. Results are
    remembered for this process (the same claim is not proved twice in one run)."""
    if claim not in _DONE:
        _DONE[claim] = _check(claim)
    return _DONE[claim]


def _check(claim: Claim) -> Result:
    started = time.monotonic()
    try:
        if claim.form == "property":
            status, detail, verdicts, derived = _check_property(claim)
        else:
            v = _prove(claim.lhs, claim.rhs, claim.assume, claim.budget)
            status, detail, verdicts, derived = v.status, _detail(v), (v,), None
    except ClaimError as exc:
        status, detail, verdicts, derived = "unknown", f"cannot take the claim: {exc}", (), None
    reports = tuple(_check_derivation(d, claim) for d in claim.derivations)
    links = [e for j, (d, rep) in enumerate(zip(claim.derivations, reports, strict=True))
             for e in _link_errors(claim, d, j, rep)]
    return Result(claim, status, detail, tuple(verdicts), reports,
                  tuple(e for e in links if e.status == "wrong"), time.monotonic() - started,
                  derived, tuple(e for e in links if e.status == "unknown"))


def _link_errors(claim: Claim, d: Derivation, j: int, report: StepReport) -> list[LinkError]:
    """Each wrong or undecided link of derivation ``j``, at the line of the step that does
    not follow (either makes the claim not as expected)."""
    out = []
    for r in report.results:
        if r.status == "ok":
            continue
        k = r.index
        msg = f"step {k} -> {k + 1} ({d.steps[k]} = {d.steps[k + 1]}) "
        cx = r.verdict.counterexample
        if r.status == "wrong":
            msg += "is wrong"
            if cx is not None:
                at = ", ".join(f"{name} = {v}" for name, v in cx.point.items())
                msg += f": at {at} the sides are {cx.lhs[:20]} and {cx.rhs[:20]}"
        else:
            tried = r.verdict.tried[-1] if r.verdict.tried else "no route"
            msg += f"could not be decided: {tried}"
        out.append(LinkError(claim.file, _step_line(claim, d, k + 1),
                             f"{d.key}.steps[{k + 1}]", msg, j, k, r.status))
    return out


def _step_line(claim: Claim, d: Derivation, k: int) -> int:
    """The line of step ``k`` as written (the derivation's line when it is not found)."""
    return literal_line(claim.file, d.steps[k], d.line) or d.line


@lru_cache(maxsize=256)
def _cached_steps(steps: tuple[str, ...], assume: str | None, budget: float) -> StepReport:
    return check_steps(list(steps), assume=assume, budget=budget)


def _check_derivation(d: Derivation, claim: Claim) -> StepReport:
    assume = d.assume if d.assume is not None else claim.assume
    # at least one step's budget per link: a long chain may outgrow the claim's budget
    links = len(d.steps) - 1
    return _cached_steps(d.steps, assume, max(claim.budget, VERIFY_STEP * links))


def _prove(lhs: sp.Expr, rhs: sp.Expr, assume: str | None, budget: float) -> Verdict:
    return prove(lhs, rhs, assume=assume, budget=budget)


def _detail(v: Verdict) -> str:
    if v.status == "disproved" and v.counterexample is not None:
        c = v.counterexample
        at = ", ".join(f"{k} = {val}" for k, val in c.point.items()) or "any point"
        return f"counterexample at {at}"
    if v.status == "unknown":
        return v.tried[-1] if v.tried else "no route"
    return f"{len(v.steps)} checked steps"


def derived(name: str, params: tuple[tuple[str, str], ...] = (),
            budget: float | None = None) -> Any:
    """properties() of a catalog activation, memoised for this process (one key however
    the arguments are written: the handout and the property claims share the records)."""

    return _derived(name, tuple(params), PROPERTY_FIELD if budget is None else float(budget))


@lru_cache(maxsize=64)
def _derived(name: str, params: tuple[tuple[str, str], ...], budget: float) -> Any:
    return properties(name, budget=budget, **dict(params))


def _check_property(claim: Claim) -> tuple[str, str, tuple, Any]:
    props = derived(claim.activation, claim.params)
    fld = getattr(props, claim.property, None)
    if fld is None:
        return "unknown", f"{claim.activation} has no field {claim.property}", (), None
    if isinstance(fld, Unknown):
        return "unknown", f"properties(): {fld.reason}", (), None
    got = fld.value
    if isinstance(got, Conditional):
        return "unknown", "the derived value depends on the parameters", (), got
    compare = _COMPARE.get(claim.property, _same)
    status, detail, verdicts = compare(claim, got)
    return status, detail, verdicts, got


def _same(claim: Claim, got: Any) -> tuple[str, str, tuple]:
    if got == claim.value:
        return "proved", f"properties(): {got}", ()
    return "disproved", f"properties() derives {got}", ()


# a derived monotonicity word -> the weaker words it makes true (strictly increasing is
# nondecreasing as well); the derived word is always the strongest that holds
_IMPLIED = {"increasing": ("nondecreasing",), "decreasing": ("nonincreasing",)}


def _monotone(claim: Claim, got: str) -> tuple[str, str, tuple]:
    if claim.value in _IMPLIED.get(got, ()):
        return "proved", f"properties(): {got}, hence {claim.value}", ()
    return _same(claim, got)


def _saturates(claim: Claim, got: Mapping[str, bool]) -> tuple[str, str, tuple]:
    ends = tuple(k for k in ("-oo", "+oo") if got.get(k))
    word = {("-oo", "+oo"): "both", ("-oo",): "-oo", ("+oo",): "+oo", (): "neither"}[ends]
    return _same(claim, word) if word != claim.value else ("proved", f"f' -> 0 at {word}", ())


def _symmetry(claim: Claim, got) -> tuple[str, str, tuple]:
    kind, center = claim.value
    if got.kind != kind:
        about = f" about {got.center}" if got.kind == "point" else ""
        return "disproved", f"properties() derives {got.kind}{about}", ()
    if center is not None and any(sp.simplify(a - b) != 0
                                  for a, b in zip(center, got.center, strict=True)):
        return "disproved", f"properties() derives the centre {got.center}", ()
    return "proved", f"properties(): {kind}" + (f" about {got.center}" if center else ""), ()


def _range(claim: Claim, got) -> tuple[str, str, tuple]:
    lo, hi, lc, hc = claim.value
    if not isinstance(got.set, sp.Interval):
        return "disproved", f"properties() derives {got.set}, not an interval", ()
    same = (sp.simplify(lo - got.lower) == 0 if lo.is_finite else lo == got.lower) and (
        sp.simplify(hi - got.upper) == 0 if hi.is_finite else hi == got.upper)
    if same and (lc, hc) == (got.lower_closed, got.upper_closed) and got.exact:
        return "proved", f"properties(): {got.set}", ()
    if not got.exact:
        return "unknown", f"properties() has only a numeric enclosure {got.set}", ()
    return "disproved", f"properties() derives {got.set}", ()


def _continuity(claim: Claim, got) -> tuple[str, str, tuple]:
    return _same(claim, got if got == "inf" else int(got))


def _equal(claim: Claim, got) -> tuple[str, str, tuple]:
    v = _prove(claim.value, got, None, claim.budget)
    return v.status, f"against properties() {got}: {_detail(v)}", (v,)


def _call(claim: Claim) -> sp.Expr:
    args = "".join(f", {v}" for _, v in claim.params)
    return parse(f"{claim.activation}(x{args})")


def _derivative(claim: Claim, got) -> tuple[str, str, tuple]:
    """Proved twice: d/dx of the definition by the prover, and equal to properties()."""
    first = _prove(sp.Derivative(_call(claim), X), claim.value, claim.assume, claim.budget)
    second = _prove(claim.value, got, claim.assume, claim.budget)
    return _both(first, second, "d/dx by the prover", "against properties()")


def _derivative_from_output(claim: Claim, got) -> tuple[str, str, tuple]:
    """h(y) with f' = h(f): proved for f' by the prover and against properties()' form."""
    if claim.value is None or got is None:
        if claim.value is None and got is None:
            return "proved", "properties(): no form (f is not injective)", ()
        return "disproved", f"properties() derives {got}", ()
    fx = _call(claim)
    mine = claim.value.subs(_Y, fx)
    first = _prove(sp.Derivative(fx, X), mine, claim.assume, claim.budget)
    on_range = _range_assumption(claim) if claim.assume is None else None
    if on_range is not None:  # compare h and properties()' form as functions of y
        second = _prove(got, claim.value, on_range, claim.budget)
    else:
        second = _prove(got.subs(_Y, fx), mine, claim.assume, claim.budget)
    return _both(first, second, "f' = h(f) by the prover", "against properties()")


def _range_assumption(claim: Claim) -> str | None:
    """"-1 < y < 1" from the derived range, when it is an exact interval."""
    r = derived(claim.activation, claim.params).range
    if isinstance(r, Unknown) or not isinstance(r.value.set, sp.Interval) or not r.value.exact:
        return None
    v = r.value
    parts = []
    if v.lower.is_finite:
        parts.append(f"y {'>=' if v.lower_closed else '>'} {sp.sstr(v.lower)}")
    if v.upper.is_finite:
        parts.append(f"y {'<=' if v.upper_closed else '<'} {sp.sstr(v.upper)}")
    return ", ".join(parts) or "y real"


def _both(a: Verdict, b: Verdict, what_a: str, what_b: str) -> tuple[str, str, tuple]:
    statuses = {a.status, b.status}
    status = ("disproved" if "disproved" in statuses else
              "unknown" if "unknown" in statuses else "proved")
    return status, f"{what_a}: {_detail(a)}; {what_b}: {_detail(b)}", (a, b)


_COMPARE: Mapping[str, Callable[[Claim, Any], tuple[str, str, tuple]]] = {
    "range": _range, "symmetry": _symmetry, "saturates": _saturates,
    "continuity": _continuity, "monotonic": _monotone, "derivative_monotonic": _monotone,
    "value_at_zero": _equal, "derivative_at_zero": _equal,
    "lipschitz": _equal, "derivative": _derivative,
    "derivative_from_output": _derivative_from_output,
}


def check_all(claims: Sequence[Claim], progress: Callable[[int, Claim], None] | None = None
              ) -> list[Result]:
    """Check claims in order; ``progress(k, claim)`` is called before each."""
    out = []
    for k, c in enumerate(claims):
        if progress is not None:
            progress(k, c)
        out.append(check(c))
    return out


__all__ = ["check", "check_all", "derived"]
