"""Where :mod:`symact.numeric.export` finds the kernels' source: modules, helpers, constants.

The exported modules copy these functions and constants verbatim, so the exported code is the
evaluator, bit for bit.
"""

from . import base, piecewise, smooth

MODULES = (base, smooth, piecewise)
HELPERS = ("apply", "_blocked", "_keep_nan", "_indicator", "_tiny", "_mish_factor", "_as_array",
           "_limits")
CONSTANTS = ("_BLOCK", "_BLOCKED", "_TAIL", "_INV_SQRT_2PI", "_SQRT_HALF", "_GT_K0", "_GT_K1",
             "_TS_COEF")
