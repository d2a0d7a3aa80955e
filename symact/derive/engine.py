"""Derive every property of an activation from its one SymPy expression.

``properties("tanh")`` returns a frozen :class:`~symact.derive.records.Properties` record. Each
field is a ``Derived`` value saying how it was obtained, or ``Unknown`` with the reason (a
failed or timed-out step). Nothing here is typed in per activation: one deriver per field
(the table :data:`_DERIVERS`), run in the record's field order, each under its own budget.

>>> p = properties("tanh")
>>> p.range.value.lower, p.range.value.upper, p.symmetry.value.kind
(-1, 1, 'odd')
"""

from __future__ import annotations

import time
from collections.abc import Iterable

import sympy as sp

from ..budget import PROPERTY_FIELD, deadline
from ..core import Activation, resolve
from ..errors import SYMPY_FAILURES, BudgetExceeded, SymactError, Undecided
from .context import Context, Deriver
from .monotone import derive_derivative_monotonic, derive_monotonic
from .output_form import derive_derivative_from_output
from .output_loss import derive_derivative_from_output_loss, derive_derivative_from_output_valid
from .periodic import PERIODIC_DERIVERS
from .records import SCALAR_FIELDS, Field, Properties, Unknown, VectorProperties
from .regions import regional
from .shape import derive_convexity, derive_symmetry
from .smoothness import derive_continuity, derive_nondifferentiable_at
from .values import (
    derive_bounded_above,
    derive_bounded_below,
    derive_derivative,
    derive_derivative_at_zero,
    derive_derivative_limits,
    derive_domain,
    derive_extrema,
    derive_identity_near_origin,
    derive_limits,
    derive_lipschitz,
    derive_range,
    derive_saturates,
    derive_takes_both_signs,
    derive_value_at_zero,
)
from .vector import vector_properties


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
        return vector_properties(activation, budget)
    symbolic = tuple(symbolic)
    if len(symbolic) == 1:
        # one parameter of any sign: each region of its values, joined into conditions
        activation.param(symbolic[0])
        return regional(activation, symbolic[0], budget, _derive)
    return _derive(activation, symbolic, budget)


def lipschitz(act: str | sp.Expr | Activation, budget: float = PROPERTY_FIELD) -> Field:
    """Only the Lipschitz constant sup |f'| (what signal propagation needs), without the
    other properties."""
    ctx = Context(resolve(act), ())
    return _run(derive_lipschitz, ctx, {}, budget)


def _derive(act: Activation, symbolic: tuple[str, ...], budget: float) -> Properties:
    started = time.perf_counter()
    ctx = Context(act, symbolic)
    periodic = _periodic(ctx, budget)
    # shared steps first, each under its own budget, so one slow step costs one budget
    # (a periodic f has infinitely many critical points: it is read over one period)
    whole_line = () if periodic else (lambda: ctx.parts("f"), lambda: ctx.image("f"),
                                      lambda: ctx.parts("df"), lambda: ctx.image("df"))
    for warm in (ctx.f, ctx.df, ctx.d2f, *whole_line):
        try:
            with deadline(budget):
                warm()
        except (Undecided, BudgetExceeded, SymactError, *SYMPY_FAILURES):
            pass
    fields: dict[str, Field] = {}
    # in the record's order: a field may use the fields before it (extrema needs range)
    for name in SCALAR_FIELDS:
        deriver = PERIODIC_DERIVERS.get(name, _DERIVERS[name]) if periodic else _DERIVERS[name]
        fields[name] = _run(deriver, ctx, fields, budget)
    params = {p.name: (p.symbol if p.name in symbolic else p.default) for p in act.params}
    return Properties(act.name, ctx.expr, params, **fields,
                      seconds=time.perf_counter() - started)


def _periodic(ctx: Context, budget: float) -> bool:
    try:
        with deadline(budget):
            return ctx.periodic() is not None
    except (Undecided, BudgetExceeded, SymactError, *SYMPY_FAILURES):
        return False


def _run(fn: Deriver, ctx: Context, fields: dict[str, Field], budget: float) -> Field:
    """One deriver under ``budget`` seconds; a timeout or SymPy failure becomes Unknown."""
    try:
        with deadline(budget):
            return fn(ctx, fields)
    except BudgetExceeded as exc:
        return Unknown(str(exc))
    except Undecided as exc:
        return Unknown(str(exc), getattr(exc, "expr", None))
    except SYMPY_FAILURES as exc:
        return Unknown(f"SymPy failed: {type(exc).__name__}: {str(exc)[:120]}")


# one deriver per property field of the record
_DERIVERS: dict[str, Deriver] = {
    "domain": derive_domain,
    "derivative": derive_derivative, "derivative_from_output": derive_derivative_from_output,
    "derivative_from_output_valid": derive_derivative_from_output_valid,
    "derivative_from_output_loss": derive_derivative_from_output_loss,
    "value_at_zero": derive_value_at_zero, "derivative_at_zero": derive_derivative_at_zero,
    "limits": derive_limits, "derivative_limits": derive_derivative_limits,
    "range": derive_range, "extrema": derive_extrema, "symmetry": derive_symmetry,
    "monotonic": derive_monotonic, "derivative_monotonic": derive_derivative_monotonic,
    "convexity": derive_convexity, "continuity": derive_continuity,
    "nondifferentiable_at": derive_nondifferentiable_at,
    "identity_near_origin": derive_identity_near_origin,
    "bounded_below": derive_bounded_below, "bounded_above": derive_bounded_above,
    "takes_both_signs": derive_takes_both_signs, "saturates": derive_saturates,
    "lipschitz": derive_lipschitz,
}
if set(_DERIVERS) != set(SCALAR_FIELDS):  # a field added to the record needs its deriver
    raise ImportError(f"derivers {sorted(_DERIVERS)} do not match the fields {SCALAR_FIELDS}")
