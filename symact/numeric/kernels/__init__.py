"""Hand-written NumPy/SciPy kernels for the catalog: stable, vectorised, no SymPy.

Each kernel evaluates one stable form of :mod:`symact.core.stable_forms` (proved equal to the
catalog definition) on a 1-d float64 array; :func:`apply` adds dtype/shape/scalar/``out=`` handling,
silences floating-point warnings and rounds float16/float32 results once. The kernels live in
:mod:`.base` (``apply`` and helpers), :mod:`.smooth` and :mod:`.piecewise`, which import only NumPy
and SciPy so that :mod:`symact.numeric.export.numpy_target` can copy their functions verbatim (the
exported code is then the evaluator, bit for bit); this module gathers them.

Recurring tricks (each explained where used):

* fast path + patch: a vectorised formula over the bulk, exact formulas on the rare inputs
  where it fails (found by one comparison or one reduction, then patched by index);
* in-place ufuncs (``out=``) and no data-dependent ``np.where``: on random data a select
  costs more than the arithmetic; heavy kernels run in cache-sized blocks (``apply``);
* ``c·eˣ`` for ``x < −708`` (a subnormal result) as ``(c·e^{x/2})·e^{x/2}``, so that the
  subnormal is rounded once instead of multiplying an already-rounded subnormal;
* clipping the input where the function has saturated, so ``±inf`` gives the limits and no
  ``inf·0`` appears.

>>> import numpy as np
>>> float(apply(sigmoid, 0.0))
0.5
>>> apply(sigmoid_derivative, np.array([-1000.0, 0.0, 1000.0]))
array([0.  , 0.25, 0.  ])
"""


from .base import (
    _BLOCK as _BLOCK,
)
from .base import (
    _BLOCKED as _BLOCKED,
)
from .base import (
    _as_array as _as_array,
)
from .base import (
    _blocked as _blocked,
)
from .base import (
    _indicator as _indicator,
)
from .base import (
    _keep_nan as _keep_nan,
)
from .base import (
    _limits as _limits,
)
from .base import (
    _tiny as _tiny,
)
from .base import (
    apply as apply,
)
from .manifest import CONSTANTS as CONSTANTS
from .manifest import HELPERS as HELPERS
from .manifest import MODULES as MODULES
from .piecewise import (
    celu as celu,
)
from .piecewise import (
    celu_derivative as celu_derivative,
)
from .piecewise import (
    celu_derivative_from_output as celu_derivative_from_output,
)
from .piecewise import (
    elu as elu,
)
from .piecewise import (
    elu_derivative as elu_derivative,
)
from .piecewise import (
    elu_derivative_from_output as elu_derivative_from_output,
)
from .piecewise import (
    hardshrink as hardshrink,
)
from .piecewise import (
    hardshrink_derivative as hardshrink_derivative,
)
from .piecewise import (
    hardshrink_derivative_from_output as hardshrink_derivative_from_output,
)
from .piecewise import (
    hardsigmoid as hardsigmoid,
)
from .piecewise import (
    hardsigmoid_derivative as hardsigmoid_derivative,
)
from .piecewise import (
    hardsigmoid_derivative_from_output as hardsigmoid_derivative_from_output,
)
from .piecewise import (
    hardswish as hardswish,
)
from .piecewise import (
    hardswish_derivative as hardswish_derivative,
)
from .piecewise import (
    hardtanh as hardtanh,
)
from .piecewise import (
    hardtanh_derivative as hardtanh_derivative,
)
from .piecewise import (
    hardtanh_derivative_from_output as hardtanh_derivative_from_output,
)
from .piecewise import (
    identity as identity,
)
from .piecewise import (
    identity_derivative as identity_derivative,
)
from .piecewise import (
    identity_derivative_from_output as identity_derivative_from_output,
)
from .piecewise import (
    leaky_relu as leaky_relu,
)
from .piecewise import (
    leaky_relu_derivative as leaky_relu_derivative,
)
from .piecewise import (
    leaky_relu_derivative_from_output as leaky_relu_derivative_from_output,
)
from .piecewise import (
    relu as relu,
)
from .piecewise import (
    relu6 as relu6,
)
from .piecewise import (
    relu6_derivative as relu6_derivative,
)
from .piecewise import (
    relu6_derivative_from_output as relu6_derivative_from_output,
)
from .piecewise import (
    relu_derivative as relu_derivative,
)
from .piecewise import (
    relu_derivative_from_output as relu_derivative_from_output,
)
from .piecewise import (
    selu as selu,
)
from .piecewise import (
    selu_derivative as selu_derivative,
)
from .piecewise import (
    selu_derivative_from_output as selu_derivative_from_output,
)
from .piecewise import (
    softshrink as softshrink,
)
from .piecewise import (
    softshrink_derivative as softshrink_derivative,
)
from .piecewise import (
    softshrink_derivative_from_output as softshrink_derivative_from_output,
)
from .smooth import (
    _GT_K0 as _GT_K0,
)
from .smooth import (
    _GT_K1 as _GT_K1,
)
from .smooth import (
    _INV_SQRT_2PI as _INV_SQRT_2PI,
)
from .smooth import (
    _SQRT_HALF as _SQRT_HALF,
)
from .smooth import (
    _TAIL as _TAIL,
)
from .smooth import (
    _TS_COEF as _TS_COEF,
)
from .smooth import (
    _mish_factor as _mish_factor,
)
from .smooth import (
    gelu as gelu,
)
from .smooth import (
    gelu_derivative as gelu_derivative,
)
from .smooth import (
    gelu_tanh as gelu_tanh,
)
from .smooth import (
    gelu_tanh_derivative as gelu_tanh_derivative,
)
from .smooth import (
    logsigmoid as logsigmoid,
)
from .smooth import (
    logsigmoid_derivative as logsigmoid_derivative,
)
from .smooth import (
    logsigmoid_derivative_from_output as logsigmoid_derivative_from_output,
)
from .smooth import (
    mish as mish,
)
from .smooth import (
    mish_derivative as mish_derivative,
)
from .smooth import (
    sigmoid as sigmoid,
)
from .smooth import (
    sigmoid_derivative as sigmoid_derivative,
)
from .smooth import (
    sigmoid_derivative_from_output as sigmoid_derivative_from_output,
)
from .smooth import (
    softplus as softplus,
)
from .smooth import (
    softplus_derivative as softplus_derivative,
)
from .smooth import (
    softplus_derivative_from_output as softplus_derivative_from_output,
)
from .smooth import (
    softsign as softsign,
)
from .smooth import (
    softsign_derivative as softsign_derivative,
)
from .smooth import (
    softsign_derivative_from_output as softsign_derivative_from_output,
)
from .smooth import (
    swish as swish,
)
from .smooth import (
    swish_derivative as swish_derivative,
)
from .smooth import (
    tanh as tanh,
)
from .smooth import (
    tanh_derivative as tanh_derivative,
)
from .smooth import (
    tanh_derivative_from_output as tanh_derivative_from_output,
)
from .smooth import (
    tanh_softplus as tanh_softplus,
)
from .smooth import (
    tanhshrink as tanhshrink,
)
from .smooth import (
    tanhshrink_derivative as tanhshrink_derivative,
)
