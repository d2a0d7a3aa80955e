"""The prover: ``prove(lhs, rhs)`` -> a Verdict with checked, rule-labelled steps or a
certified counterexample; ``check_steps`` checks a written derivation link by link.

``pipeline`` (prove: the stages in order), ``domain`` (where the sides as typed are
defined), ``steps`` (check_steps, StepReport), ``teaching`` (the rule of a student's step,
its conditions), ``verdict`` (Verdict, Step, Counterexample, certificate()), ``assume``
(assumption strings -> regions), ``cases`` (breakpoints, case split), ``orders`` (cases on
linear forms in several variables), ``rules`` (named rewrite rules), ``atoms`` (zero test by
independent atoms), ``chain`` (rule chains for one case), ``verify`` (each step re-checked
symbolically), ``crosscheck`` (a case's numeric cross-check), ``points`` (sample points),
``search`` (counterexample search), ``evidence`` (the certification rule at one point;
counterexamples confirmed in arb by :mod:`symact.trust`), ``enclosure`` (interval enclosure
of an expression), ``intervals`` (interval functions).
"""

from .assume import parse_assumptions as parse_assumptions
from .pipeline import prove as prove
from .steps import StepReport as StepReport
from .steps import check_steps as check_steps
from .teaching import domains as domains
from .teaching import implied as implied
from .verdict import Verdict as Verdict
