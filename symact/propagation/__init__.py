from .expectations import FIELDS as FIELDS
from .expectations import fixed_point as fixed_point
from .expectations import gains as gains
from .expectations import gradient_flow as gradient_flow
from .expectations import moments as moments
from .expectations import variance_trajectory as variance_trajectory
