"""The records of a proof file's claims and their outcomes, and the vocabulary of the file.

A claim is read by :mod:`symact.claims.reader` into a :class:`Claim` (with its authors'
:class:`Derivation` chains) and checked by :mod:`symact.claims.checker` into a :class:`Result`
(a wrong or undecided link becomes a :class:`LinkError`; ``Result.verdict`` is what the
handout and ``symact check`` show, ``Result.problems()`` the lines they print when a claim is
not as expected). The keys a file may use are named here, and
:data:`PROPERTIES` (the properties a claim may state) is derived from the fields of
:func:`symact.derive.properties`' record:

>>> "range" in PROPERTIES, "limits" in PROPERTIES, "shift_invariant" in PROPERTIES
(True, False, True)
>>> str(ProofFileError("t.toml", 3, "claim[0].foo", "unknown key 'foo'"))
"t.toml:3: claim[0].foo: unknown key 'foo'"
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sympy as sp

from ..budget import CLAIM
from ..derive import SCALAR_FIELDS, VECTOR_FIELDS
from ..errors import ProofFileError
from ..prover import StepReport, Verdict

EXPECT = ("proved", "disproved", "unknown")  # the verdicts a claim may expect
# ... and what Result.verdict may say besides: a written step is wrong
VERDICTS = (*EXPECT, "wrong")
LANGS = ("cs", "en")  # every title is bilingual
CLAIM_KEYS = ("id", "title", "source", "expect", "why", "assume", "budget", "lhs", "rhs",
              "sign", "same_sign_as", "activation", "property", "value", "params",
              "derivation")
DERIVATION_KEYS = ("steps", "assume", "title")
# The forms of a claim and their keys; a claim has exactly one form.
FORMS = {"equality": ("lhs", "rhs"), "sign": ("sign", "same_sign_as"),
         "property": ("activation", "property", "value")}
# Fields of the scalar record whose values have no claim syntax (limit pairs, extrema, lists
# of points); every other field may be stated.
_UNSTATED = ("limits", "derivative_limits", "extrema", "nondifferentiable_at")
# ... and the fields only the vector record (softmax) has, but for its Jacobian (no syntax)
_VECTOR_ONLY = tuple(f for f in VECTOR_FIELDS if f not in SCALAR_FIELDS and f != "jacobian")
PROPERTIES: tuple[str, ...] = tuple(f for f in SCALAR_FIELDS if f not in _UNSTATED) + _VECTOR_ONLY


@dataclass(frozen=True)
class Derivation:
    """An author's chain ``steps[0] = steps[1] = …``; ``written`` keeps them as typed."""

    steps: tuple[str, ...]
    written: tuple[sp.Expr, ...]
    assume: str | None
    title: tuple[tuple[str, str], ...]
    line: int
    key: str


@dataclass(frozen=True)
class Claim:
    """One claim of a proof file (``form`` is "equality", "sign" or "property")."""

    id: str
    title: tuple[tuple[str, str], ...]
    source: str
    form: str
    lhs: sp.Expr | None = None
    rhs: sp.Expr | None = None
    written: tuple[sp.Expr, sp.Expr] | None = None  # lhs, rhs as typed (for print)
    assume: str | None = None
    expect: str = "proved"
    why: str = ""
    budget: float = CLAIM
    activation: str = ""
    property: str = ""
    value: Any = None  # the expected value, as :func:`expected.expected_value` returns it
    params: tuple[tuple[str, str], ...] = ()
    derivations: tuple[Derivation, ...] = ()
    file: str = ""
    line: int = 0
    key: str = ""

    def title_in(self, lang: str) -> str:
        return dict(self.title)[lang]


@dataclass(frozen=True)
class LinkError:
    """A derivation link that is wrong (``status`` "wrong") or could not be decided
    ("unknown"): link ``link`` joins ``steps[link]`` and ``steps[link + 1]`` of derivation
    ``derivation``; ``line`` and ``key`` name the step that does not follow."""

    file: str
    line: int
    key: str
    message: str
    derivation: int = 0
    link: int = 0
    status: str = "wrong"

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.key}: {self.message}"


@dataclass(frozen=True)
class Result:
    """The outcome for one claim: its verdict(s), derivation reports, wrong links
    (``errors``) and undecided ones (``undecided``)."""

    claim: Claim
    status: str
    detail: str
    verdicts: tuple[Verdict, ...] = ()
    reports: tuple[StepReport, ...] = ()
    errors: tuple[LinkError, ...] = ()
    seconds: float = 0.0
    derived: Any = None  # the value properties() derived, for a property claim
    undecided: tuple[LinkError, ...] = ()

    @property
    def ok(self) -> bool:
        """The expected verdict, and every written step checked right."""
        steps_ok = all(r.status == "ok" for r in self.reports)
        return self.status == self.claim.expect and steps_ok and not self.errors

    @property
    def verdict(self) -> str:
        """What the claim's author gets, as the handout and ``symact check`` show it:
        "wrong" when a written step is wrong, "disproved", "unknown" when the claim or a
        written step is undecided, else "proved" (:data:`VERDICTS`)."""
        links = {r.status for r in self.reports}
        if "wrong" in links or self.errors:
            return "wrong"
        if self.status == "proved" and "unknown" in links:
            return "unknown"
        return self.status

    def problems(self) -> tuple[str, ...]:
        """One line per reason the claim is not as expected (``file:line: key: …``): each
        wrong or undecided step, then another verdict than expected."""
        out = [str(e) for e in (*self.errors, *self.undecided)]
        if self.status != self.claim.expect:
            c = self.claim
            out.append(f"{c.file}:{c.line}: {c.key}: {self.status}, expected {c.expect}: "
                       f"{self.detail}")
        return tuple(out)


__all__ = ["CLAIM_KEYS", "DERIVATION_KEYS", "EXPECT", "FORMS", "LANGS", "PROPERTIES", "VERDICTS",
           "Claim", "Derivation", "LinkError", "ProofFileError", "Result"]
