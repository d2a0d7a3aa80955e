"""Grading a class: an exercise file, one derivation per student, a status per submission.

``exercise`` (the TOML file, variants, partial credit), ``submission`` (a student's file, one
expression per line), ``marking`` (one submission -> a Grade), ``batch`` (a class on worker
processes or a Dask cluster), ``feedback`` (Markdown per student, cs/en), ``report``
(gradebook.csv, report.html), ``texts`` (the words in both languages).
"""

from .batch import grade_all as grade_all
from .exercise import Exercise as Exercise
from .exercise import read_exercise as read_exercise
from .feedback import feedback_markdown as feedback_markdown
from .marking import Grade as Grade
from .marking import StepNote as StepNote
from .marking import grade as grade
from .marking import grade_text as grade_text
from .report import gradebook_csv as gradebook_csv
from .report import write_outputs as write_outputs
from .submission import Submission as Submission
from .submission import find_submissions as find_submissions
from .submission import read_submission as read_submission
