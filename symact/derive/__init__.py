"""derive: an activation's properties, derived from its one SymPy expression.

- records: the frozen records (Properties, Derived, Unknown, ...) and their JSON contract
- context: the shared state of one derivation and the helpers every deriver uses
- values: derivative, values at 0, limits, range, extrema, bounds, signs, saturation, Lipschitz
- shape: symmetry (and ``identically_zero``) and convexity
- monotone: monotonicity of f and f'
- smoothness: continuity class C^k, points of non-differentiability, smooth pieces
- output_form: the derivative through the output, f' = h(f)
- vector: softmax's Jacobian, range and invariances
- engine: ``properties()`` and ``lipschitz()``: one deriver per field, each under a budget
- cache: the on-disk cache of JSON records (``record()``)
- batch: many records, the uncached derived in worker processes (``records_of()``)
- regions: one symbolic parameter of any sign, derived per region into Conditionals
- periodic: the fields of a periodic or periodic-plus-linear f, read over one period
- text: ``symact show`` and ``symact table`` output
"""

from .batch import records_of as records_of
from .cache import record as record
from .engine import lipschitz as lipschitz
from .engine import properties as properties
from .records import KEYS as KEYS
from .records import SCALAR_FIELDS as SCALAR_FIELDS
from .records import VECTOR_FIELDS as VECTOR_FIELDS
from .records import Conditional as Conditional
from .records import Derived as Derived
from .records import Properties as Properties
from .records import Unknown as Unknown
from .records import VectorProperties as VectorProperties
from .shape import identically_zero as identically_zero
from .text import TABLE_COLUMNS as TABLE_COLUMNS
from .text import show_text as show_text
from .text import table as table
