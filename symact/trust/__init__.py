"""The trusted base: a small certificate checker that imports nothing from the prover.

``balls`` (rigorous arb enclosures of SymPy numbers, exact truth of a condition at a point),
``regions`` (what a region implies, coverage of a domain), ``samples`` (exact points of a
region), ``replay`` (``verify_certificate``: re-checks a proof's case chains or a
counterexample, no prover).
``reading`` (JSON -> a parsed certificate), ``zero`` (the exact zero test of a link),
``limits`` (limits evaluated under the signs a region gives their parameters).
"""

from .balls import PRECISIONS as PRECISIONS
from .balls import CannotEvaluate as CannotEvaluate
from .balls import Undefined as Undefined
from .balls import differ as differ
from .balls import enclose as enclose
from .balls import holds as holds
from .balls import put as put
from .balls import sign_of as sign_of
from .balls import value as value
from .reading import call_arguments as call_arguments
from .reading import innermost as innermost
from .reading import real_wherever_defined as real_wherever_defined
from .replay import CertificateCheck as CertificateCheck
from .replay import CertificateError as CertificateError
from .replay import verify_certificate as verify_certificate
