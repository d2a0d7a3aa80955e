"""Hand-written NumPy/SciPy kernels for the catalog: stable, vectorised, no SymPy.

Each kernel evaluates one stable form of :mod:`symact.stable` (proved equal to the catalog
definition) on a 1-d float64 array; :func:`apply` adds dtype/shape/scalar/``out=`` handling,
silences floating-point warnings and rounds float16/float32 results once. The kernels live in
:mod:`symact.kernels_base` (``apply`` and helpers), :mod:`symact.kernels_smooth` and
:mod:`symact.kernels_piecewise`, which import only NumPy and SciPy so that
:mod:`symact.export` can copy their functions verbatim (the exported code is then the
evaluator, bit for bit); this module gathers them.

Recurring tricks (each explained where used):

* fast path + patch: a vectorised formula over the bulk, exact formulas on the rare inputs
  where it fails (found by one comparison or one reduction, then patched by index);
* in-place ufuncs (``out=``) and no data-dependent ``np.where``: on random data a select
  costs more than the arithmetic; heavy kernels run in cache-sized blocks (``apply``);
* ``c·eˣ`` for ``x < −708`` (a subnormal result) as ``(c·e^{x/2})·e^{x/2}``, so that the
  subnormal is rounded once instead of multiplying an already-rounded subnormal;
* clipping the input where the function has saturated, so ``±inf`` gives the limits and no
  ``inf·0`` appears.

>>> float(apply(sigmoid, 0.0))
0.5
>>> apply(sigmoid_derivative, np.array([-1000.0, 0.0, 1000.0]))
array([0.  , 0.25, 0.  ])
"""

from __future__ import annotations

import numpy as np  # noqa: F401  (doctest)

from . import kernels_base, kernels_piecewise, kernels_smooth
from .kernels_base import (  # noqa: F401  (re-exported)
    _BLOCK,
    _BLOCKED,
    _as_array,
    _indicator,
    _keep_nan,
    _limits,
    _tiny,
    apply,
)
from .kernels_piecewise import (  # noqa: F401  (re-exported)
    celu,
    celu_derivative,
    celu_derivative_from_output,
    elu,
    elu_derivative,
    elu_derivative_from_output,
    hardshrink,
    hardshrink_derivative,
    hardshrink_derivative_from_output,
    hardsigmoid,
    hardsigmoid_derivative,
    hardsigmoid_derivative_from_output,
    hardswish,
    hardswish_derivative,
    hardtanh,
    hardtanh_derivative,
    hardtanh_derivative_from_output,
    identity,
    identity_derivative,
    identity_derivative_from_output,
    leaky_relu,
    leaky_relu_derivative,
    leaky_relu_derivative_from_output,
    relu,
    relu6,
    relu6_derivative,
    relu6_derivative_from_output,
    relu_derivative,
    relu_derivative_from_output,
    selu,
    selu_derivative,
    selu_derivative_from_output,
    softshrink,
    softshrink_derivative,
    softshrink_derivative_from_output,
)
from .kernels_smooth import (  # noqa: F401  (re-exported)
    _GT_K0,
    _GT_K1,
    _INV_SQRT_2PI,
    _SQRT_HALF,
    _TAIL,
    _TS_COEF,
    _mish_factor,
    gelu,
    gelu_derivative,
    gelu_tanh,
    gelu_tanh_derivative,
    logsigmoid,
    logsigmoid_derivative,
    logsigmoid_derivative_from_output,
    mish,
    mish_derivative,
    sigmoid,
    sigmoid_derivative,
    sigmoid_derivative_from_output,
    softplus,
    softplus_derivative,
    softplus_derivative_from_output,
    softsign,
    softsign_derivative,
    softsign_derivative_from_output,
    swish,
    swish_derivative,
    tanh,
    tanh_derivative,
    tanh_derivative_from_output,
    tanh_softplus,
    tanhshrink,
    tanhshrink_derivative,
)

MODULES = (kernels_base, kernels_smooth, kernels_piecewise)  # where export finds the source
HELPERS = ("apply", "_keep_nan", "_indicator", "_tiny", "_mish_factor", "_as_array", "_limits")
CONSTANTS = ("_BLOCK", "_BLOCKED", "_TAIL", "_INV_SQRT_2PI", "_SQRT_HALF", "_GT_K0", "_GT_K1",
             "_TS_COEF")
