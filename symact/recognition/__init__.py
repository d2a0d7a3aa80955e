"""Recognising an expression as a catalog entry: ``identify``.

``fit`` (numeric a·g(b·x + c; θ) + d candidates), ``snap`` (their exact values), ``distance``
(certified sup-distance on an interval), ``matching`` (the pipeline, each match proved).
"""

from .matching import Identification as Identification
from .matching import identify as identify
