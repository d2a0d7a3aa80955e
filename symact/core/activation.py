"""The frozen ``Activation`` record: one SymPy expression plus a little metadata.

Kink convention: at a breakpoint the derivative is that of the Piecewise branch whose condition
includes the point, which is how the catalog pins PyTorch's choices (relu'(0) = 0 because relu
is written ``Piecewise((0, x <= 0), (x, True))``). ``conventions`` states the resulting values so
that the docstring, the data and a test agree.

>>> from symact.core.catalog import get
>>> get("elu").bind()
Piecewise((exp(x) - 1, x <= 0), (x, True))
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

import sympy as sp

from ..errors import ParameterError
from .grammar import read_expression
from .printer import render
from .symbols import X, plain

if TYPE_CHECKING:
    from .stable_forms import StableForm

FAMILIES = ("sigmoidal", "rectifier", "exponential", "self-gated", "periodic", "shrinkage",
            "other")


@dataclass(frozen=True)
class Param:
    """A parameter: name, default value and the assumptions it carries when symbolic."""

    name: str
    default: sp.Expr
    assumptions: tuple[tuple[str, bool], ...] = (("positive", True),)
    doc: str = ""

    @property
    def symbol(self) -> sp.Symbol:
        return sp.Symbol(self.name, **dict(self.assumptions))


@dataclass(frozen=True)
class Kink:
    """A stated convention: f'(at) = derivative (PyTorch's autograd value)."""

    at: sp.Expr
    derivative: sp.Expr

    def __post_init__(self) -> None:
        object.__setattr__(self, "at", sp.S(self.at))
        object.__setattr__(self, "derivative", sp.S(self.derivative))


@dataclass(frozen=True)
class Activation:
    """An activation function ``f(x)`` (``kind="vector"`` for softmax)."""

    name: str
    expr: sp.Expr
    params: tuple[Param, ...] = ()
    aliases: tuple[str, ...] = ()
    reference: str = ""
    conventions: tuple[Kink, ...] = ()
    stable: StableForm | None = None  # numerically stable value/derivative, proved equal
    kind: Literal["scalar", "vector"] = "scalar"
    doc: str = ""
    symbol: sp.Symbol = field(default=X)
    # where the definition makes sense: (relation in the parameters, read as real symbols of
    # their names, and the reason shown when a value breaks it), e.g. CELU's alpha != 0
    requires: tuple[tuple[sp.Basic, str], ...] = ()
    family: str = "other"  # one of FAMILIES
    # where the reference (authors, year, title) was checked: a page of the paper, or of the
    # library that defines a classic function; empty when it was not checked
    source: str = ""

    def __post_init__(self) -> None:
        if self.family not in FAMILIES:
            raise ValueError(f"{self.name}: family {self.family!r} is not one of "
                             f"{', '.join(FAMILIES)}")

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        known = ", ".join(p.name for p in self.params) or "none"
        raise ParameterError(f"{self.name} has no parameter {name!r} (parameters: {known})")

    def with_params(self, **values: object) -> Activation:
        """A copy with new default values: ``get("elu").with_params(alpha=2)``."""
        params = list(self.params)
        for key, value in values.items():
            p = self.param(key)
            v = _as_number(key, value)
            if v.is_extended_real is False or not v.is_finite:
                raise ParameterError(f"{self.name}: {key} must be a finite real number, got {v}")
            params[params.index(p)] = replace(p, default=v)
        out = replace(self, params=tuple(params))
        out.check_params()
        return out

    def check_params(self) -> None:
        """Raise ParameterError when the values break a ``requires`` relation.

        >>> from symact.core.catalog import get
        >>> get("celu").with_params(alpha=0)
        Traceback (most recent call last):
        ...
        symact.errors.ParameterError: celu: alpha = 0 breaks alpha != 0 (x/alpha is undefined)
        """
        values = {plain(p.name): p.default for p in self.params}
        for relation, why in self.requires:
            holds = relation.subs(values)
            if holds is sp.false:
                given = ", ".join(f"{s} = {values[s]}" for s in sorted(
                    relation.free_symbols, key=str))
                raise ParameterError(f"{self.name}: {given} breaks {_relation_text(relation)} "
                                     f"({why})")

    def proved_values(self) -> bool:
        """The parameter values lie where the stable forms were proved: each parameter that
        carries ``positive`` when symbolic is positive (ELU's output form y + alpha needs
        alpha > 0; any other value evaluates the definition itself)."""
        return all(not dict(p.assumptions).get("positive") or bool(p.default.is_positive)
                   for p in self.params)

    def bind(self, symbolic: Iterable[str] = ()) -> sp.Expr:
        """The expression with defaults substituted, except the ``symbolic`` parameters."""
        keep = set(symbolic)
        for name in keep:
            self.param(name)
        subs = {p.symbol: p.default for p in self.params if p.name not in keep}
        return self.expr.subs(subs) if subs else self.expr

    def substitution(self, symbolic: Iterable[str] = ()) -> Mapping[sp.Symbol, sp.Expr]:
        keep = set(symbolic)
        return {p.symbol: p.default for p in self.params if p.name not in keep}

    def _repr_latex_(self) -> str:
        r"""Jupyter: the formula, ``$\operatorname{tanh}(x) = \tanh\left(x\right)$``."""
        name = self.name.replace("_", r"\_")
        return f"$\\operatorname{{{name}}}(x) = {render(self.bind())}$"


def _relation_text(r: sp.Basic) -> str:
    """``alpha != 0`` rather than SymPy's ``Ne(alpha, 0)``."""
    if isinstance(r, sp.Ne):
        return f"{r.lhs} != {r.rhs}"
    return str(r)


def _as_number(key: str, value: object) -> sp.Expr:
    if isinstance(value, sp.Expr):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ParameterError(f"parameter {key}: expected a number, got {value!r}")
    if isinstance(value, str):
        v = read_expression(value, symbols=())
        if not v.is_number:
            raise ParameterError(f"parameter {key}: expected a number, got {value!r}")
        return v
    if isinstance(value, float) and not math.isfinite(value):
        raise ParameterError(f"parameter {key}: must be a finite real number, got {value!r}")
    return sp.Rational(repr(value)) if isinstance(value, float) else sp.Integer(value)
