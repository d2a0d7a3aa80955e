"""An activation is one SymPy expression plus a little metadata: the bottom stage.

``symbols`` (x and the parameter symbols), ``vocabulary`` + ``grammar`` (the ast allow-list,
which knows no catalog), ``parsing`` (``parse`` with the catalog's names admitted), ``pieces``
(Abs/Max/... as Piecewise), ``printer`` + ``tex`` (LaTeX from structure, text escaping),
``stable_functions`` + ``stable_forms`` (authored stable forms, proved equal), ``selfnorm``
(SELU's constants, solved), ``activation`` (the record), ``catalog`` (the data: the built-in
records and the literature's ``zoo_*`` text records, read by ``entry``), ``resolution``
(name | expression | Activation -> Activation).
"""

from .activation import FAMILIES as FAMILIES
from .activation import Activation as Activation
from .activation import Param as Param
from .catalog import CATALOG as CATALOG
from .catalog import expand as expand
from .catalog import family as family
from .catalog import get as get
from .catalog import names as names
from .catalog import names_and_aliases as names_and_aliases
from .catalog import scalar as scalar
from .catalog import with_stable_forms as with_stable_forms
from .parsing import parse as parse
from .pieces import Piece as Piece
from .pieces import breakpoints as breakpoints
from .pieces import condition_set as condition_set
from .pieces import differentiate as differentiate
from .pieces import split as split
from .pieces import to_piecewise as to_piecewise
from .readback import source as source
from .resolution import custom as custom
from .resolution import resolve as resolve
from .selfnorm import NAMED_CONSTANTS as NAMED_CONSTANTS
from .selfnorm import selu_constants as selu_constants
from .stable_forms import FORMS as FORMS
from .stable_forms import TANHSHRINK_SERIES as TANHSHRINK_SERIES
from .stable_functions import STABLE_FUNCTIONS as STABLE_FUNCTIONS
from .stable_functions import Erfc as Erfc
from .stable_functions import LogSigmoid as LogSigmoid
from .stable_functions import Sigmoid as Sigmoid
from .stable_functions import Softplus as Softplus
from .stable_functions import StableFunction as StableFunction
from .stable_functions import TanhSoftplus as TanhSoftplus
from .stable_functions import definitions as definitions
from .symbols import X as X
from .tex import escape_text as escape_text
from .tex import latex as latex
from .tex import render_chain as render_chain
