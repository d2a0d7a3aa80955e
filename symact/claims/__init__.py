"""Claims: ``symact/proofs/*.toml`` (:data:`PROOFS`, shipped with the package) ->
:class:`Claim` records -> checked :class:`Result` records.

``spec`` (the records, the file's keys and the properties a claim may state), ``locate`` (the
file line of a key), ``expected`` (a property claim's value: intervals, words, booleans),
``reader`` (load and validate files; errors name file, line and key), ``checker`` (claims
against the prover and :func:`symact.derive.properties`, derivations link by link), ``parallel``
(the same checks as tasks in worker processes: :func:`check_many`).
"""

from .checker import check as check
from .checker import check_all as check_all
from .checker import derived as derived
from .locate import PROOFS as PROOFS
from .parallel import check_many as check_many
from .reader import load_paths as load_paths
from .reader import loads as loads
from .spec import Claim as Claim
from .spec import Result as Result
