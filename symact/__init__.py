"""symact: activation functions as verified mathematics and verified numbers.

>>> import symact
>>> symact.get("tanh").expr
tanh(x)
"""

from ._version import __version__
from .core import Activation, Param, get, names, parse, selu_constants
from .derive import Properties, Unknown, properties
from .errors import ParseError, SymactError, UnknownActivationError
from .numeric import Evaluator, evaluator, log_softmax, softmax, softmax_jvp
from .propagation import gains, moments
from .prover import StepReport, Verdict, check_steps, prove

__all__ = [
    "Activation",
    "Evaluator",
    "Param",
    "ParseError",
    "Properties",
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
    "log_softmax",
    "moments",
    "names",
    "parse",
    "properties",
    "prove",
    "selu_constants",
    "softmax",
    "softmax_jvp",
]
