"""Stable NumPy evaluators: value, derivative and derivative from the output.

``evaluator(name_or_activation, **params)`` returns an :class:`Evaluator` whose functions take any
array shape (scalars and 0-d arrays give the same kind back), keep float16/32/64 (float16 and
float32 are computed in float64 and rounded once), accept ``out=``, never warn, map nan to nan and
±inf to the limits, and follow the catalog's kink conventions (relu'(0) = 0). Catalog activations
run the hand-written kernels of :mod:`symact.numeric.kernels`, each the evaluation of a stable form
of :mod:`symact.core.stable_forms` that is proved equal to the definition. Custom expressions
(strings through the safe parser, or SymPy) are rewritten by :data:`symact.core.stable_forms.RULES`
and compiled from generated source with an explicit module map (scipy.special for erf).

>>> ev = evaluator("softplus")
>>> ev.value(1000.0), ev.derivative(-1000.0)
(1000.0, 0.0)
>>> float(evaluator("relu").derivative(0.0))
0.0
>>> evaluator("x*erf(x)").value(np.array([0.0, 1.0]))
array([0.        , 0.84270079])
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial

import numpy as np
import sympy as sp

from ..core import Activation, X, expand, names, resolve, with_stable_forms
from ..errors import ParameterError, SymactError
from . import kernels as K
from .codegen import compile_numpy

Kernel = Callable[..., np.ndarray]


@dataclass(frozen=True)
class Evaluator:
    """Value, derivative and (where it exists) derivative from the output y = f(x).

    ``derivative_from_output`` is None when f' is not a function of f (swish, gelu, ...).
    """

    name: str
    value: Callable[..., object]
    derivative: Callable[..., object]
    derivative_from_output: Callable[..., object] | None = None
    source: str = field(default="", repr=False)  # generated source for custom expressions


def kernel_constants(act: Activation) -> tuple[float, ...]:
    """The catalog kernel's extra arguments for ``act``'s parameter values.

    The stable form says which expressions they are (``StableForm.kernel_constants``; SELU:
    λ and the product λα, rounded once); by default the parameters in the record's order.

    >>> from symact.core import get
    >>> kernel_constants(get("elu").with_params(alpha=2))
    (2.0,)
    """
    form = act.stable
    exprs = (form.kernel_constants if form is not None and form.kernel_constants is not None
             else tuple(p.symbol for p in act.params))
    subs = act.substitution()
    return tuple(_to_float(e.subs(subs)) for e in exprs)


def _to_float(v: sp.Expr) -> float:
    return float(sp.N(v, 40))


def _bind(kernel: Kernel | None, consts: tuple[float, ...]) -> Callable[..., object] | None:
    if kernel is None:
        return None

    def call(x: object, out: np.ndarray | None = None) -> object:
        return K.apply(kernel, x, out, *consts)

    call.__name__ = kernel.__name__
    call.__doc__ = kernel.__doc__
    return call


def catalog_kernels(name: str) -> tuple[Kernel, Kernel, Kernel | None]:
    """The kernels (value, derivative, derivative from output) of a scalar catalog name."""
    v = getattr(K, name)
    return v, getattr(K, name + "_derivative"), getattr(K, name + "_derivative_from_output",
                                                          None)


def evaluator(name_or_activation: str | Activation | sp.Expr, **params: object) -> Evaluator:
    """An :class:`Evaluator` for a catalog name/alias, an Activation or a custom expression.

    Args:
        name_or_activation: ``"gelu"``, ``get("elu").with_params(alpha=2)``, ``"x*erf(x)"``
            or a SymPy expression in ``x``.
        **params: parameter values (``alpha=0.2``) for catalog activations, or values of the
            extra symbols of a custom expression.
    Raises:
        UnknownActivationError, ParseError, ParameterError.
    """
    target = name_or_activation
    if isinstance(target, str):
        target = resolve(target)
        if target.name not in names():  # a custom expression
            return _custom(target.expr, target.name, params)
    if isinstance(target, Activation):
        act = target.with_params(**params) if params else target
        if act.kind == "vector":
            raise ParameterError("softmax is vector-valued: use softmax(x, axis) / "
                                 "log_softmax / softmax_jvp")
        if _catalog_record(act) is not None and act.proved_values():
            v, d, dy = catalog_kernels(act.name)
            c = kernel_constants(act)
            return Evaluator(act.name, _bind(v, c), _bind(d, c), _bind(dy, c))
        return _custom(act.bind(), act.name, {})
    if isinstance(target, sp.Basic):
        return _custom(target, str(target), params)
    raise TypeError(f"expected a name, an Activation or a SymPy expression, got {target!r}")


def _catalog_record(act: Activation) -> Activation | None:
    """The catalog record with kernels ``act`` is (parameters aside), or None for a custom
    expression or an entry without an authored stable form."""
    base = next((a for a in with_stable_forms() if a.name == act.name), None)
    return base if base is not None and base.expr == act.expr else None


def _custom(expr: sp.Expr, name: str, params: Mapping[str, object]) -> Evaluator:
    expr = expand(expr)
    symbols = {s.name: s for s in expr.free_symbols}
    subs = {}
    for key, val in params.items():
        if key not in symbols:
            raise ParameterError(f"{name}: no symbol {key!r} (symbols: "
                                 f"{', '.join(sorted(symbols)) or 'none'})")
        if isinstance(val, bool) or not isinstance(val, int | float):
            raise ParameterError(f"parameter {key}: expected a number, got {val!r}")
        subs[symbols[key]] = sp.Float(val) if isinstance(val, float) else sp.Integer(val)
    expr = expr.xreplace(subs)
    # the symbol may be a plain Symbol('x') from SymPy input: use the real x
    if "x" in symbols and symbols["x"] != X:
        expr = expr.xreplace({symbols["x"]: X})
    extra = sorted(s.name for s in expr.free_symbols if s != X)
    if extra:
        raise ParameterError(f"{name}: give values for {', '.join(extra)} (e.g. "
                             f"{extra[0]}=1.0)")
    value_k, deriv_k, source = compile_numpy(expr, X)
    return Evaluator(name, partial(K.apply, value_k), partial(K.apply, deriv_k), None, source)


# --- softmax ---------------------------------------------------------------------------------
def _prepare(x: object) -> tuple[np.ndarray, np.dtype]:
    arr = np.asarray(x)
    if arr.dtype.kind in "biu":
        return arr.astype(np.float64), np.dtype(np.float64)
    if arr.dtype not in (np.float16, np.float32, np.float64):
        raise SymactError(f"expected real floating-point input, got {arr.dtype}")
    return arr.astype(np.float64, copy=False), arr.dtype


def _finish(res: np.ndarray, dtype: np.dtype, out: np.ndarray | None) -> np.ndarray:
    with np.errstate(all="ignore"):
        if out is not None:
            np.copyto(out, res, casting="same_kind")
            return out
        return res.astype(dtype, copy=False)


def _shifted(a: np.ndarray, axis: int) -> tuple[np.ndarray, np.ndarray]:
    """x − max(x) along axis, with +inf entries handled as the limit (the infs share 1)."""
    m = np.max(a, axis=axis, keepdims=True)
    z = a - m
    inf_rows = np.isposinf(m)
    if inf_rows.any():
        # limit x_k → +inf: exp(x − max) is 1 at the infinite entries and 0 elsewhere
        z = np.where(inf_rows, np.where(np.isposinf(a), 0.0, -np.inf), z)
    return z, m


def softmax(x: object, axis: int = -1, out: np.ndarray | None = None) -> np.ndarray:
    """softmax(x)_i = e^{x_i − m}/Σ_j e^{x_j − m}, m = max x (shift-invariant, no overflow).

    A +inf entry gives the limit (1 there, 0 elsewhere); a nan in a slice makes it nan.

    >>> softmax(np.array([1000.0, 1000.0]))
    array([0.5, 0.5])
    """
    a, dtype = _prepare(x)
    with np.errstate(all="ignore"):
        z, _ = _shifted(a, axis)
        e = np.exp(z)
        res = e / np.sum(e, axis=axis, keepdims=True)
    return _finish(res, dtype, out)


def log_softmax(x: object, axis: int = -1, out: np.ndarray | None = None) -> np.ndarray:
    """log softmax(x)_i = (x_i − m) − log Σ_j e^{x_j − m}.

    >>> log_softmax(np.array([0.0, -1000.0]))
    array([    0., -1000.])
    """
    a, dtype = _prepare(x)
    with np.errstate(all="ignore"):
        z, _ = _shifted(a, axis)
        res = z - np.log(np.sum(np.exp(z), axis=axis, keepdims=True))
    return _finish(res, dtype, out)


def softmax_jvp(x: object, v: object, axis: int = -1, log: bool = False) -> np.ndarray:
    """Jacobian-vector product: s ⊙ (v − ⟨s, v⟩) for softmax, v − ⟨s, v⟩ for log-softmax.

    The softmax Jacobian diag(s) − s sᵀ is symmetric, so this is also the vector-Jacobian
    product (backprop).

    >>> softmax_jvp(np.array([0.0, 0.0]), np.array([1.0, 0.0]))
    array([ 0.25, -0.25])
    """
    a, dtype = _prepare(x)
    vv = np.asarray(v, dtype=np.float64)
    with np.errstate(all="ignore"):
        s = softmax(a, axis)
        inner = np.sum(s * vv, axis=axis, keepdims=True)
        res = vv - inner if log else s * (vv - inner)
    return _finish(res, dtype, None)




__all__ = ["Evaluator", "evaluator", "log_softmax", "softmax", "softmax_jvp"]
