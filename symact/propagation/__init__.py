"""Signal propagation: how a random Gaussian input's statistics pass through an activation.

``gaussian`` (integrals against N(m, v): closed forms and quadrature over pieces),
``expectations`` (``moments``: E f, E f², Var f, E f', E f'², exact where SymPy can),
``init_gains`` (``gains``: variance-preserving gains beside PyTorch's), ``meanfield``
(mean/variance maps, fixed points, variance trajectories, gradient flow).
"""

from .expectations import FIELDS as FIELDS
from .expectations import Moments as Moments
from .expectations import moments as moments
from .gaussian import gaussian_poly_exp as gaussian_poly_exp
from .init_gains import TORCH_GAINS as TORCH_GAINS
from .init_gains import Gains as Gains
from .init_gains import gains as gains
from .meanfield import FixedPoint as FixedPoint
from .meanfield import GradientFlow as GradientFlow
from .meanfield import fixed_point as fixed_point
from .meanfield import gradient_flow as gradient_flow
from .meanfield import mean_variance_map as mean_variance_map
from .meanfield import variance_trajectory as variance_trajectory
