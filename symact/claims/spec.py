"""The records of a proof file's claims and their outcomes, and the vocabulary of the file.

A claim is read by :mod:`symact.claims.reader` into a :class:`Claim` (with its authors'
:class:`Derivation` chains) and checked by :mod:`symact.claims.checker` into a :class:`Result`
(a wrong link becomes a :class:`LinkError`). The keys a file may use are named here, and
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
    """A derivation link that is wrong (or could not be decided)."""

    file: str
    line: int
    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.key}: {self.message}"


@dataclass(frozen=True)
class Result:
    """The outcome for one claim: its verdict(s), derivation reports and wrong links."""

    claim: Claim
    status: str
    detail: str
    verdicts: tuple[Verdict, ...] = ()
    reports: tuple[StepReport, ...] = ()
    errors: tuple[LinkError, ...] = ()
    seconds: float = 0.0
    derived: Any = None  # the value properties() derived, for a property claim

    @property
    def ok(self) -> bool:
        steps_ok = all(r.status == "ok" for r in self.reports)
        return self.status == self.claim.expect and steps_ok and not self.errors


__all__ = ["CLAIM_KEYS", "DERIVATION_KEYS", "EXPECT", "FORMS", "LANGS", "PROPERTIES", "Claim",
           "Derivation", "LinkError", "ProofFileError", "Result"]
