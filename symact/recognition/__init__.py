"""Recognising an expression as a catalog entry (``identify``) and the map of how entries are
related (``relations``).

``fit`` (numeric a·g(b·x + c; θ) + d candidates), ``snap`` (their exact values), ``distance``
(certified sup-distance on an interval), ``matching`` (the pipeline, each match proved);
``shapes`` (the affine-invariant pre-screen), ``limits`` (checked parameter limits),
``relation`` (the records and their renderings), ``relating`` (the map, in workers, cached).
"""

from .matching import Identification as Identification
from .matching import identify as identify
from .relating import relations as relations
from .relation import Relation as Relation
from .relation import RelationMap as RelationMap
