"""Numeric stage: the stable forms compiled into NumPy evaluators, measured, exported.

evaluators  evaluator(name | Activation | expression) -> Evaluator; softmax, log_softmax, jvp
kernels/    hand-written NumPy/SciPy kernels of the catalog's stable forms (+ manifest)
rewrite     stable-form rewrite of custom expressions (log(1 + eˣ) -> softplus, ...)
codegen     stable SymPy expression -> NumPy/SciPy source with an explicit module map
accuracy    ULP errors against mpmath at 60+ digits (measure)
export/     standalone NumPy/PyTorch/JAX source (export_source)

>>> from symact.numeric import evaluator
>>> float(evaluator("sigmoid").value(0.0))
0.5
"""

from .accuracy import measure as measure
from .evaluators import Evaluator as Evaluator
from .evaluators import catalog_kernels as catalog_kernels
from .evaluators import evaluator as evaluator
from .evaluators import kernel_constants as kernel_constants
from .evaluators import log_softmax as log_softmax
from .evaluators import softmax as softmax
from .evaluators import softmax_jvp as softmax_jvp
from .export import export_source as export_source
