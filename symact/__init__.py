"""symact: activation functions as verified mathematics and verified numbers.

>>> import symact
>>> symact.get("tanh").expr
tanh(x)
"""

from ._version import __version__
from .activation import Activation, Param
from .catalog import get, names
from .errors import ParseError, SymactError, UnknownActivationError
from .numeric import Evaluator, evaluator, log_softmax, softmax, softmax_jvp
from .parse import parse
from .propagation import gains, moments
from .properties import Properties, Unknown, properties
from .prover import StepReport, check_steps, prove
from .selfnorm import selu_constants
from .verdict import Verdict

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
