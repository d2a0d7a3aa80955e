"""Calculus on piecewise real functions: limits, zeros, signs and images, exact where SymPy
decides and at 50 digits (marked as numeric) where it does not.

``numbers`` (50-digit values, ``compare``), ``function`` (the ``Function`` record of pieces),
``memo`` (a cache that keeps Undecided answers), ``limits`` (``limit``), ``ends`` (``end_limits``),
``boxes`` (interval arithmetic over the extended reals, arb ends), ``tails`` (enclosures on
``[T, oo)``), ``isolate`` (certified zero isolation), ``located`` (the zeros as numbers, the
proved signs between them), ``roots`` (``zeros``, ``sign_on``: isolate, else solve and
scan), ``ranges`` (``image``: inf and sup with attainment), ``windows`` and
``images`` (the image of pieces that oscillate for ever, piece by piece), ``simplify``
(simplification in a budget and the zero test ``vanishes``).
"""

from .domain import inner_point as inner_point
from .domain import real_domain as real_domain
from .domain import set_text as set_text
from .ends import end_limits as end_limits
from .function import Function as Function
from .images import PieceImage as PieceImage
from .images import combined as combined
from .images import piece_images as piece_images
from .images import union as union
from .limits import NONEXISTENT as NONEXISTENT
from .limits import limit as limit
from .numbers import DPS as DPS
from .numbers import NP_MODULES as NP_MODULES
from .numbers import compare as compare
from .numbers import mp_function as mp_function
from .numbers import mp_value as mp_value
from .oscillation import Oscillating as Oscillating
from .periodic import Periodic as Periodic
from .periodic import analytic as analytic
from .periodic import nonnegative_on as nonnegative_on
from .periodic import period_cover as period_cover
from .periodic import shape_of as shape_of
from .ranges import Bound as Bound
from .ranges import critical_points as critical_points
from .ranges import disjoint as disjoint
from .ranges import end_value as end_value
from .ranges import image as image
from .ranges import piece_image as piece_image
from .roots import Zeros as Zeros
from .roots import zeros as zeros
from .signs import sign_on as sign_on
from .simplify import hyperbolic_to_exp as hyperbolic_to_exp
from .simplify import nice as nice
from .simplify import shortest_simplify as shortest_simplify
from .simplify import vanishes as vanishes
from .tails import tail_form as tail_form
