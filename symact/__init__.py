"""symact: activation functions as verified mathematics and verified numbers.

>>> import symact
>>> symact.get("tanh").expr
tanh(x)
"""

from ._version import __version__
from .activation import Activation, Param
from .catalog import get, names
from .errors import ParseError, SymactError, UnknownActivationError
from .parse import parse
from .properties import Properties, Unknown, properties
from .selfnorm import selu_constants

__all__ = [
    "Activation",
    "Param",
    "ParseError",
    "Properties",
    "SymactError",
    "Unknown",
    "UnknownActivationError",
    "__version__",
    "get",
    "names",
    "parse",
    "properties",
    "selu_constants",
]
