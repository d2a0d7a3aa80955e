"""The prover: ``prove(lhs, rhs)`` -> a Verdict with checked, rule-labelled steps or a
certified counterexample; ``check_steps`` checks a written derivation link by link.

``pipeline`` (prove: the stages in order), ``steps`` (check_steps, StepReport), ``verdict``
(Verdict, Step, Counterexample), ``assume`` (assumption strings -> regions), ``cases``
(breakpoints, case split), ``rules`` (named rewrite rules), ``atoms`` (zero test by
independent atoms), ``chain`` (rule chains for one case), ``verify`` (each step re-checked
symbolically), ``crosscheck`` (a case's numeric cross-check), ``points`` (sample points),
``search`` (counterexample search), ``evidence`` (the certification rule at one point),
``enclosure`` (interval enclosure of an expression), ``intervals`` (interval functions).
"""

from .assume import parse_assumptions as parse_assumptions
from .pipeline import prove as prove
from .steps import StepReport as StepReport
from .steps import check_steps as check_steps
from .verdict import Verdict as Verdict
