"""Shared kernel machinery: :func:`apply` (dtype, shape, ``out=``, cache blocks) and helpers.

Imports only NumPy: :mod:`symact.numeric.export.numpy_target` copies these functions verbatim into
exported modules.
"""

from __future__ import annotations

import numpy as np

_BLOCK = 16384  # elements per block in apply(): 128 KiB per float64 temporary
# float64 kernels run in blocks where that measured faster (kernels with several full-size
# temporaries; for one- to three-pass kernels the copy of each block's result costs more);
# float16/float32 always do (the conversions to and from float64 stay in the cache)
_BLOCKED = (  # a sorted tuple: the exported source is then the same on every run
    "celu", "elu", "gelu_derivative", "gelu_tanh", "gelu_tanh_derivative", "hardswish",
    "hardswish_derivative", "leaky_relu", "mish", "mish_derivative", "selu", "selu_derivative",
    "sigmoid", "sigmoid_derivative", "softplus_derivative", "softshrink", "swish",
    "swish_derivative", "tanh_softplus",
)


def apply(kernel, x, out=None, *consts):
    """kernel(x, *consts) with NumPy semantics: any shape, dtype kept, ``out=``, no warnings.

    float16/float32 inputs are computed in float64 and rounded once; integers and bools
    give float64. Python scalars give a float, NumPy scalars a NumPy scalar of their dtype.
    Large arrays go through the kernel in blocks of ``_BLOCK`` elements (the kernels are
    elementwise): a kernel's temporaries then stay in the CPU cache instead of each
    streaming the whole array through memory, and float32 is converted block by block.
    (Exported kernels are renamed ``_k_<name>``: the prefix is ignored by ``_blocked``.)
    """
    arr = np.asarray(x)
    if arr.dtype.kind == "f" and arr.dtype.itemsize <= 8:  # float16/32/64 (cheap test)
        dtype = arr.dtype
    elif arr.dtype.kind in "biu":
        dtype = np.dtype(np.float64)
    else:
        raise TypeError(f"expected real float16/32/64 (or integer) input, got {arr.dtype}")
    if out is not None and (not isinstance(out, np.ndarray) or out.shape != arr.shape):
        raise ValueError(f"out must be an array of shape {arr.shape}")
    flat = arr.reshape(-1)
    n = flat.size
    with np.errstate(all="ignore"):
        if n <= 2 * _BLOCK or (arr.dtype == np.float64 and not _blocked(kernel.__name__)):
            res = kernel(flat.astype(np.float64, copy=False), *consts).reshape(arr.shape)
            if out is not None:
                np.copyto(out, res, casting="same_kind")
                return out
            if dtype != np.float64:
                res = res.astype(dtype)
        else:
            direct = out is not None and out.flags.c_contiguous and \
                not np.may_share_memory(out, arr)
            if direct:
                res = out.reshape(-1)
            else:
                res = np.empty(n, np.float64 if out is not None else dtype)
            for i in range(0, n, _BLOCK):
                np.copyto(res[i:i + _BLOCK],
                          kernel(flat[i:i + _BLOCK].astype(np.float64, copy=False), *consts),
                          casting="same_kind")
            res = res.reshape(arr.shape)
            if out is not None:
                if not direct:
                    np.copyto(out, res, casting="same_kind")
                return out
    if isinstance(x, float | int) and not isinstance(x, np.generic):
        return float(res)
    if arr.ndim == 0 and not isinstance(x, np.ndarray):
        return res[()]
    return res


def _blocked(name):
    """Kernels run block by block in float64: the listed ones, and every generated one
    (``custom...``): a Piecewise of n branches allocates n full-size temporaries at once."""
    name = name.removeprefix("_k_")
    return name in _BLOCKED or name.startswith("custom")


def _keep_nan(d, x):
    """Piecewise-constant derivatives: nan in, nan out (a rare patch, not a masked copy)."""
    nan = np.isnan(x)
    if nan.any():
        d[nan] = np.nan
    return d


def _indicator(mask, x, value=1.0):
    """value where mask, else 0; nan stays nan (comparisons are cheaper than np.heaviside)."""
    d = mask.astype(np.float64)
    if value != 1.0:
        d *= value
    return _keep_nan(d, x)


def _tiny(c, x):
    """c * exp(x) for x < -708, rounded once: (c * e^{x/2}) * e^{x/2} (e^{x/2} is normal)."""
    h = np.exp(0.5 * x)
    return (c * h) * h


def _as_array(x, r):
    """Generated code: broadcast a (possibly constant) result to x's shape; nan stays nan."""
    out = np.array(np.broadcast_to(r, x.shape), dtype=np.float64)
    return _keep_nan(out, x)


def _limits(x, r, at_minus_inf, at_plus_inf):
    """Generated code: the limits at ±inf, computed symbolically when the code was made.

    A nan limit means "not known" (or nonexistent): the formula's own value is kept.
    """
    if at_minus_inf == at_minus_inf:
        r[x == -np.inf] = at_minus_inf
    if at_plus_inf == at_plus_inf:
        r[x == np.inf] = at_plus_inf
    return r
