"""symact: activation functions as verified mathematics and verified numbers.

>>> import symact
>>> symact.get("tanh").expr
tanh(x)
"""

import os

# Before anything imports SymPy: with python-flint installed SymPy switches to flint ground
# types, and `symact show "tanh(x) + exp(-10**10*(x - 3)**2)"` then dies with SIGFPE;
# pure-Python ground types are safe.
os.environ.setdefault("SYMPY_GROUND_TYPES", "python")

from ._version import __version__
from .core import Activation, Param, get, names, parse, selu_constants
from .derive import Properties, Unknown, properties
from .errors import ParseError, SymactError, UnknownActivationError
from .grading import Exercise, Grade, grade_all, grade_text, read_exercise
from .numeric import Evaluator, evaluator, log_softmax, softmax, softmax_jvp
from .propagation import gains, moments
from .prover import StepReport, Verdict, check_steps, prove
from .recognition import Identification, RelationMap, identify, relations
from .trust import verify_certificate

__all__ = [
    "Activation",
    "Evaluator",
    "Exercise",
    "Grade",
    "Identification",
    "Param",
    "ParseError",
    "Properties",
    "RelationMap",
    "StepReport",
    "SymactError",
    "Unknown",
    "UnknownActivationError",
    "Verdict",
    "__version__",
    "check_steps",
    "evaluator",
    "gains",
    "get",
    "grade_all",
    "grade_text",
    "identify",
    "log_softmax",
    "moments",
    "names",
    "parse",
    "properties",
    "prove",
    "read_exercise",
    "relations",
    "selu_constants",
    "softmax",
    "softmax_jvp",
    "verify_certificate",
]
