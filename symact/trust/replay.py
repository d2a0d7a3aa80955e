"""Replay a certificate without the prover: the trusted base of a proved or disproved verdict.

A proof's case chains are re-checked link by link (limits evaluated under the region, pieces
resolved under it, then the exact zero test of :mod:`.zero`; never ``simplify``; a branch the
region leaves open is split by the checker itself), each link is cross-checked in ball
arithmetic at exact points of its region, and the regions must cover the assumed domain. A
counterexample is re-evaluated in arb at its exact point. Reading is :mod:`.reading`.

>>> cert = {"format": FORMAT, "claim": {"lhs": "Abs(x)", "rhs": "x", "assume": "x >= 0"},
...         "status": "proved", "cases": [{"region": "True", "steps": [
...             {"expr": "Abs(x)", "rule": "given"}, {"expr": "x", "rule": "abs"}]}]}
>>> check = verify_certificate(cert)
>>> check.valid, check.links, check.points >= 20
(True, 1, True)
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

import sympy as sp

from ..errors import SYMPY_FAILURES
from .balls import CannotEvaluate, Undefined, attempts, differ, holds, put, value
from .limits import LimitError, evaluate
from .reading import FORMAT, Certificate, CertificateError, generalised, load, read
from .regions import Unresolved, empty, resolve, uncovered
from .samples import sample
from .zero import vanishes

__all__ = ["FORMAT", "CertificateCheck", "CertificateError", "verify_certificate"]
MIN_POINTS = 20  # ball cross-check points per link (fewer only on a lower-dimensional region)
MAX_SPLITS = 4  # nested conditions the checker splits a region on by itself


class _Invalid(Exception):
    """Internal: the certificate does not establish its verdict; the message says why."""


class _NotShown(_Invalid):
    """Internal: a link is not shown equal in a part of its region the checker split off."""


@dataclass(frozen=True)
class CertificateCheck:
    """The result: ``valid`` when the certificate establishes its verdict, else ``reason``."""

    valid: bool
    reason: str
    status: str = ""
    links: int = 0  # links re-verified
    points: int = 0  # ball evaluations of links (or of the counterexample) that agreed



def verify_certificate(source: str | os.PathLike[str] | Mapping) -> CertificateCheck:
    """Re-check a certificate (a JSON file or its dict) without calling the prover.

    Raises:
        CertificateError: the input cannot be read (not JSON, missing keys, bad strings).
    """
    data = load(source)
    cert = read(data)
    try:
        if cert.status == "proved":
            links, points = _check_proof(cert, read(data, opaque=True))
            return CertificateCheck(True, f"proved: {len(cert.cases)} case(s), {links} "
                                    f"link(s), {points} ball checks", cert.status, links, points)
        _check_counterexample(cert)
        return CertificateCheck(True, "disproved: the two sides differ at the point",
                                cert.status, 0, 1)
    except (_Invalid, ArithmeticError, *SYMPY_FAILURES) as exc:  # Undecided among them
        why = str(exc) if isinstance(exc, _Invalid | ArithmeticError) else f"cannot replay: {exc!r}"
        return CertificateCheck(False, why, cert.status)


# ---- links: exact zero test under a region, then the ball cross-check ----

def _zero(e: sp.Expr, where: sp.Basic) -> bool:
    """The exact zero test under the region; where the region does not decide a branch,
    the checker splits it on that condition itself (at most MAX_SPLITS deep).

    Raises:
        _NotShown: not shown in one part of such a split (the part is named).
    """
    return _zero_split(e, where, MAX_SPLITS)


def _zero_split(e: sp.Expr, where: sp.Basic, depth: int) -> bool:
    try:
        resolved = resolve(e, where)
    except Unresolved as exc:
        if depth == 0:
            raise
        for part in (sp.And(where, exc.cond), sp.And(where, sp.Not(exc.cond))):
            if not (empty(part) or _zero_split(e, part, depth - 1)):
                raise _NotShown(f"not shown equal where {part}") from None
        return True
    return vanishes(resolved, where)


def _prepare(e: sp.Expr, where: sp.Basic) -> sp.Expr:
    try:
        return evaluate(e, where)
    except LimitError as exc:
        raise _Invalid(f"cannot replay a limit: {exc}") from None


def _crosscheck(a: sp.Expr, b: sp.Expr, points: list[dict], lower: bool, label: str) -> int:
    ok = 0
    for p in points:
        try:
            va, vb = value(put(a, p)), value(put(b, p))
        except (CannotEvaluate, Undefined):
            continue  # a point where a side cannot be enclosed proves nothing either way
        if differ(va, vb):
            raise _Invalid(f"{label}: the balls differ at {p}: {va} vs {vb}")
        ok += 1
    need = min(MIN_POINTS, len(points)) if lower else MIN_POINTS
    if ok < max(need, 1):
        raise _Invalid(f"{label}: only {ok} of {len(points)} points could be evaluated "
                       f"(need {need})")
    return ok


def _check_proof(cert: Certificate, opaque: Certificate) -> tuple[int, int]:
    """Coverage, then every link of every case. ``opaque`` is the same certificate with its
    innermost catalog calls read as variables: a link or a cover not shown with the
    definitions expanded may be shown there (true for every value of the calls, so true at
    theirs); each link is decided in one reading, and cross-checked in that reading."""
    if not cert.cases:
        raise _Invalid("a proved certificate needs at least one case")
    readings = (cert, opaque, generalised(cert))
    gaps = [_gap(c) for c in readings]
    if all(gaps):
        raise _Invalid(f"the regions do not cover the assumed domain ({gaps[0]})")
    links = points = 0
    for k, (region, _) in enumerate(cert.cases):
        ways = [_Reading(c.cases[k][0], c.domain, [c.lhs, *c.cases[k][1], c.rhs])
                for c in readings]
        for i in range(1, len(ways[0].chain)):
            label = f"case {region}, link {i} ({ways[0].chain[i - 1]} = {ways[0].chain[i]})"
            if ways[0].chain[i] == ways[0].chain[i - 1]:
                continue  # a chain that repeats the claim's side has no link there
            failure: _Invalid | None = None
            for way in ways:
                try:
                    points += way.link(i, label)
                    break
                except (_Invalid, ArithmeticError, *SYMPY_FAILURES) as exc:  # Undecided too
                    failure = failure or (exc if isinstance(exc, _Invalid | ArithmeticError)
                                          else _Invalid(f"{label}: cannot replay: {exc!r}"))
            else:
                raise failure
            links += 1
    return links, points


def _gap(cert: Certificate) -> str:
    """"" when the regions cover the domain, else what is not covered (or undecided)."""
    try:
        gap = uncovered(cert.domain, [r for r, _ in cert.cases])
    except (ArithmeticError, *SYMPY_FAILURES) as exc:
        return f"undecided: {exc}"
    return "" if gap is None else f"not where {gap}"


class _Reading:
    """One reading of a case: its region within the domain, its chain, sample points and
    prepared (limits evaluated) forms, computed when first needed."""

    def __init__(self, region: sp.Basic, domain: sp.Basic, chain: list[sp.Expr]) -> None:
        self.where = sp.And(region, domain)
        self.chain = chain
        self._points: tuple[list[dict], bool] | None = None
        self._prepared: dict[int, sp.Expr] = {}

    def _form(self, i: int) -> sp.Expr:
        if i not in self._prepared:
            self._prepared[i] = _prepare(self.chain[i], self.where)
        return self._prepared[i]

    def link(self, i: int, label: str) -> int:
        """Link i (chain[i-1] = chain[i]) shown exactly and cross-checked; _Invalid if not."""
        if self.where is sp.false:
            return 0  # an empty region (exp(x) < -3 read back from a variable): vacuous
        a, b = self._form(i - 1), self._form(i)
        try:
            if not _zero(a - b, self.where):
                raise _Invalid(f"{label}: not shown equal")
        except _NotShown as exc:
            raise _Invalid(f"{label}: {exc}") from None
        if self._points is None:
            syms = set().union(self.where.free_symbols, *(e.free_symbols for e in self.chain))
            self._points = sample(self.where, syms)
        return _crosscheck(a, b, *self._points, label)


def _check_counterexample(cert: Certificate) -> None:
    if cert.point is None:
        raise _Invalid("a disproved certificate needs a counterexample")
    names = cert.lhs.free_symbols | cert.rhs.free_symbols | cert.domain.free_symbols
    if set(cert.point) != names:
        raise _Invalid(f"the point must give exactly {sorted(map(str, names))}")
    try:
        if not holds(cert.domain, cert.point):
            raise _Invalid(f"the point {cert.point} violates the assumptions")
        sides = [_evaluated(s, cert.point) for s in (cert.lhs, cert.rhs)]
        if any(differ(a, b) for a, b in zip(*map(attempts, sides), strict=False)):
            return
    except (CannotEvaluate, Undefined) as exc:
        raise _Invalid(f"at {cert.point}: {exc}") from None
    raise _Invalid(f"the two sides could not be told apart at {cert.point}")


def _evaluated(side: sp.Expr, point: Mapping[sp.Symbol, sp.Rational]) -> sp.Expr:
    try:
        return evaluate(side, sp.true, dict(point))
    except LimitError as exc:
        raise _Invalid(f"cannot replay a limit: {exc}") from None
