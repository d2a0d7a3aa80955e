from .assume import parse_assumptions as parse_assumptions
from .pipeline import ClaimError as ClaimError
from .pipeline import StepReport as StepReport
from .pipeline import check_steps as check_steps
from .pipeline import prove as prove
from .verdict import Verdict as Verdict
