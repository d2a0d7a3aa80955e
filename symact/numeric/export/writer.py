"""Standalone source for the evaluators: ``numpy`` (NumPy + SciPy), ``torch`` or ``jax``.

:func:`export_source` resolves the specs (:mod:`.items`), writes the module header (docstring
and the target's imports) and hands the items to the target: :mod:`.numpy_target` copies the
kernels of :mod:`symact.numeric.kernels` (catalog names) and the generated code of
:mod:`symact.numeric.codegen` (custom expressions) verbatim, so the exported module is the
in-process evaluator, bit for bit; :mod:`.array_target` prints the stable forms of
:mod:`symact.core.stable_forms` as torch/jax array code (Piecewise as nested ``where``),
computed in float64 and rounded once, with the exported derivative as the autograd rule.

>>> src = export_source(["sigmoid"], "numpy")
>>> "import sympy" in src, "def sigmoid(x, out=None):" in src
(False, True)
"""

from __future__ import annotations

from collections.abc import Sequence

from ...errors import ExportError
from .array_target import array_module
from .items import items
from .numpy_target import numpy_module

TARGETS = ("numpy", "torch", "jax")

# the imports of each target's module (jax also switches on float64, see the comment)
_IMPORTS = {
    "numpy": "import math\n\nimport numpy\nimport numpy as np\nimport scipy.special\n"
             "from scipy import special as _sc\n",
    "torch": "import math\n\nimport torch\n",
    "jax": "import math\n\nimport jax\nimport jax.numpy as jnp\nimport jax.scipy.special"
           "\n\n# float64 inside (float32/float16 inputs: computed in float64, rounded\n"
           "# once); without x64 JAX would silently compute in float32. Process-wide:\n"
           "# JAX's default dtypes are 64-bit (jnp.ones(3) is float64) from here on.\n"
           "jax.config.update(\"jax_enable_x64\", True)\n",
}


def export_source(specs: Sequence[str], target: str = "numpy") -> str:
    """Source of a module with ``name(x)`` and ``name_derivative(x)`` for each spec.

    Args:
        specs: catalog names/aliases or expressions in ``x`` (exported as ``custom_<i>``).
        target: one of :data:`TARGETS`.
    Raises:
        ExportError: unknown target, vector-valued activation, symbols besides x, no specs.
    """
    if target not in TARGETS:
        raise ExportError(f"unknown target {target!r} (expected one of {', '.join(TARGETS)})")
    found = items(specs)
    header = _header(target, [it.name for it in found])
    if target == "numpy":
        return header + numpy_module(found)
    return header + "\n\n" + array_module(found, target)


def _header(target: str, names: Sequence[str]) -> str:
    return (f'"""Activations exported by symact ({target} target): {", ".join(names)}.\n\n'
            "Each function is the evaluation of a stable form proved equal to its definition;\n"
            "regime splits are the Piecewise branches below. Generated code: do not edit.\n"
            '"""\n\n' + _IMPORTS[target] + "\n")
