"""The ``symact`` command, a thin shell over the public functions.

``app`` (parser, ``main``, list/show/table), ``proving`` (prove, check-steps), ``numeric``
(accuracy, export), ``signals`` (signal), ``docs`` (check, latex), ``demo`` (demo).
"""

from .app import main as main
