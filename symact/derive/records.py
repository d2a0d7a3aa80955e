"""The frozen records of a derivation and their JSON contract.

A :class:`Properties` record holds one :class:`Derived` value (value + how it was obtained) or
one :class:`Unknown` (the reason) per property field. The fields are declared once, here, and
each declaration also says how the field is written to JSON and whether it is a column of
``symact table``; :data:`SCALAR_FIELDS`, :data:`KEYS` and the table's columns are read off the
record.

The JSON keys are a contract (issue 2): values that are expressions are SymPy strings, numbers
are also given as floats under ``*_numeric``; an Unknown is ``{"unknown": reason}``.

>>> from symact.derive.records import Derived, Unknown, json_field
>>> json_field(Derived(True, "by hand"), bool), json_field(Unknown("timed out"), bool)
(True, {'unknown': 'timed out'})
>>> KEYS[:4], KEYS[-2:]
(('name', 'expression', 'parameters', 'domain'), ('lipschitz_numeric', 'constants'))
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import Field as DataclassField
from dataclasses import dataclass, field, fields
from typing import Any

import sympy as sp

from ..calculus import NONEXISTENT
from ..core import NAMED_CONSTANTS, latex


@dataclass(frozen=True)
class Unknown:
    """An honest "don't know", with the reason."""

    reason: str
    # the expression whose sign, depending on the parameters, stopped the derivation
    sign_of: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Derived:
    """A derived value and one line saying how it was obtained."""

    value: Any
    how: str


@dataclass(frozen=True)
class Range:
    """The image of f: its ends, whether they are attained, and the exact set."""

    lower: sp.Expr
    upper: sp.Expr
    lower_closed: bool
    upper_closed: bool
    exact: bool
    set: sp.Set


@dataclass(frozen=True)
class Extremum:
    """A global minimum or maximum and where it is taken."""

    kind: str  # "min" | "max"
    x: sp.Basic  # a point or an interval; for a family, an expression in the integer k
    value: sp.Expr
    exact: bool
    family: bool = False  # x = c + k·T for every integer k (a periodic f)


@dataclass(frozen=True)
class Symmetry:
    """Odd, even, point symmetry about ``center`` (x, y), or none."""

    kind: str  # "odd" | "even" | "point" | "none"
    center: tuple[sp.Expr, sp.Expr] | None


@dataclass(frozen=True)
class Conditional:
    """A value that depends on the parameters: the first matching case, else ``otherwise``."""

    cases: tuple[tuple[sp.Basic, Any], ...]
    otherwise: Any


Field = Derived | Unknown


# --- JSON values ----------------------------------------------------------------------------

def _s(e: Any) -> Any:
    """A SymPy value as the string the contract asks for."""
    if e is NONEXISTENT:
        return "nonexistent"
    if isinstance(e, bool | str) or e is None:
        return e
    return str(e)


def _f(e: Any) -> float | None:
    """A float for ``*_numeric`` (None when not a finite number)."""
    try:
        v = float(sp.N(e, 20))
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def _range(r: Range) -> dict[str, Any]:
    out = {"lower": _s(r.lower), "upper": _s(r.upper), "lower_closed": r.lower_closed,
           "upper_closed": r.upper_closed, "lower_numeric": _f(r.lower),
           "upper_numeric": _f(r.upper), "exact": r.exact}
    if not isinstance(r.set, sp.Interval):
        out["set"] = _s(r.set)
    return out


def _extrema(items: tuple[Extremum, ...]) -> list[dict[str, Any]]:
    return [{"kind": e.kind, "x": _s(e.x), "value": _s(e.value),
             "x_numeric": _f(e.x) if not (isinstance(e.x, sp.Set) or e.family) else None,
             "value_numeric": _f(e.value), "family": e.family} for e in items]


def _symmetry(s: Symmetry) -> dict[str, Any]:
    return {"kind": s.kind, "center": None if s.center is None else [_s(c) for c in s.center]}


def _continuity(c: Any) -> Any:
    return c if c == "inf" else int(c)


def _ends(d: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _s(v) for k, v in d.items()}


def _points(v: tuple[sp.Expr, ...]) -> list[Any]:
    return [_s(a) for a in v]


def json_field(f: Field, convert: Callable[[Any], Any]) -> Any:
    """One field as JSON: ``convert(value)``, each case of a Conditional converted, or
    ``{"unknown": reason}``."""
    if isinstance(f, Unknown):
        return {"unknown": f.reason}
    v = f.value
    if isinstance(v, Conditional):
        return {"cases": [{"condition": _s(c), "value": convert(w)} for c, w in v.cases],
                "otherwise": convert(v.otherwise)}
    return convert(v)


def _json(convert: Callable[[Any], Any] = _s, *, numeric: bool = False,
          column: tuple[int, str] | None = None) -> dict[str, Any]:
    """The metadata of a property field: ``convert`` writes its value to JSON; ``numeric``
    adds a float under ``<name>_numeric``; ``column`` = (place, heading) makes it a column of
    ``symact table``."""
    return {"json": convert, "numeric": numeric, "column": column}


# --- the records ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Properties:
    """Every derived property of a scalar activation (see SCALAR_FIELDS)."""

    name: str
    expression: sp.Expr
    parameters: Mapping[str, sp.Expr]
    # the property fields, in JSON order; each says how it is written and its table column
    domain: Field = field(metadata=_json())
    derivative: Field = field(metadata=_json())
    derivative_from_output: Field = field(metadata=_json())
    derivative_from_output_valid: Field = field(metadata=_json())
    derivative_from_output_loss: Field = field(metadata=_json())
    value_at_zero: Field = field(metadata=_json())
    derivative_at_zero: Field = field(metadata=_json())
    limits: Field = field(metadata=_json(_ends))
    derivative_limits: Field = field(metadata=_json(_ends))
    range: Field = field(metadata=_json(_range, column=(1, "range")))
    extrema: Field = field(metadata=_json(_extrema))
    symmetry: Field = field(metadata=_json(_symmetry, column=(6, "symmetry")))
    monotonic: Field = field(metadata=_json(column=(3, "monotonic")))
    derivative_monotonic: Field = field(metadata=_json(column=(4, "f' monotonic")))
    convexity: Field = field(metadata=_json())
    continuity: Field = field(metadata=_json(_continuity, column=(2, "C^k")))
    nondifferentiable_at: Field = field(metadata=_json(_points))
    identity_near_origin: Field = field(metadata=_json(bool, column=(5, "≈ id at 0")))
    bounded_below: Field = field(metadata=_json(bool))
    bounded_above: Field = field(metadata=_json(bool))
    takes_both_signs: Field = field(metadata=_json(bool, column=(8, "± outputs")))
    saturates: Field = field(metadata=_json(dict, column=(9, "saturates (-oo, +oo)")))
    lipschitz: Field = field(metadata=_json(numeric=True, column=(7, "Lipschitz")))
    seconds: float = field(default=0.0, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return scalar_dict(self)

    def _repr_latex_(self) -> str:
        """Jupyter: definition, range and derivative (Unknown fields say so)."""
        def show(f: Field, render: Callable[[Any], str]) -> str:
            return r"\text{unknown}" if isinstance(f, Unknown) else render(f.value)

        name = self.name.replace("_", r"\_")
        rng = show(self.range, lambda r: latex(r.set))
        der = show(self.derivative, latex)
        return (f"$\\begin{{aligned}}\\operatorname{{{name}}}(x) &= {latex(self.expression)}"
                f" \\\\ H_f &= {rng} \\\\ f'(x) &= {der}\\end{{aligned}}$")


@dataclass(frozen=True)
class VectorProperties:
    """Softmax-like vector activations: Jacobian, range and invariances, verified for n."""

    name: str
    expression: sp.Expr
    jacobian: Field = field(metadata=_json())
    range: Field = field(metadata=_json())
    shift_invariant: Field = field(metadata=_json(bool))
    permutation_equivariant: Field = field(metadata=_json(bool))
    seconds: float = field(default=0.0, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return vector_dict(self)

    def _repr_latex_(self) -> str:
        """Jupyter: the definition and the Jacobian."""
        jac = (r"\text{unknown}" if isinstance(self.jacobian, Unknown)
               else latex(self.jacobian.value))
        return (f"$\\begin{{aligned}}\\operatorname{{{self.name}}} &= {latex(self.expression)}"
                f" \\\\ J &= {jac}\\end{{aligned}}$")


def property_fields(record: type) -> tuple[DataclassField[Any], ...]:
    """The record's property fields (those typed ``Field``), in declaration order."""
    return tuple(f for f in fields(record) if f.type == "Field")


# The property fields, in the record's order: written once, as the record's Field members.
SCALAR_FIELDS: tuple[str, ...] = tuple(f.name for f in property_fields(Properties))
VECTOR_FIELDS: tuple[str, ...] = tuple(f.name for f in property_fields(VectorProperties))

# The keys of scalar_dict, in order: the record's head, then each field (and its float).
KEYS: tuple[str, ...] = ("name", "expression", "parameters", *(
    k for f in property_fields(Properties)
    for k in (f.name, f"{f.name}_numeric")[:1 + f.metadata["numeric"]]), "constants")


def _fields_dict(p: Properties | VectorProperties) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in property_fields(type(p)):
        value = getattr(p, f.name)
        out[f.name] = json_field(value, f.metadata["json"])
        if f.metadata["numeric"]:
            out[f"{f.name}_numeric"] = json_field(value, _f)
    return out


def scalar_dict(p: Properties) -> dict[str, Any]:
    """The issue-2 JSON record of a Properties value (keys: :data:`KEYS`)."""
    out = {"name": p.name, "expression": _s(p.expression),
           "parameters": {k: _s(v) for k, v in p.parameters.items()}, **_fields_dict(p)}
    out["constants"] = constants_of(out)
    return out


def constants_of(record: Any) -> dict[str, dict[str, str]]:
    """Every named constant in the record's strings: {NAME: {"exact", "value"}}, the exact
    closed form as a SymPy string and the value to 30 digits (SELU's λ and α)."""
    text = json.dumps(record)
    return {name: {"exact": _s(c.rewrite_closed()), "value": str(sp.N(c, 30))}
            for name, c in sorted(NAMED_CONSTANTS.items())
            if re.search(rf"\b{name}\b", text)}


def vector_dict(p: VectorProperties) -> dict[str, Any]:
    """Softmax's record: the scalar fields that do not apply are left out."""
    return {"name": p.name, "expression": _s(p.expression), "kind": "vector",
            **_fields_dict(p)}


def hows(p: Properties | VectorProperties) -> dict[str, str]:
    """One line per field saying how it was obtained (or why it is unknown)."""
    out = {}
    for name, value in vars(p).items():
        if isinstance(value, Derived):
            out[name] = value.how
        elif isinstance(value, Unknown):
            out[name] = "unknown: " + value.reason
    return out
