"""Argument types shared by the subcommands.

>>> seconds("2.5")
2.5
>>> seconds("inf")
Traceback (most recent call last):
...
argparse.ArgumentTypeError: expected a positive, finite number of seconds (at most 86400), got 'inf'
"""

from __future__ import annotations

import argparse
import math

MAX_SECONDS = 86400.0  # a day: beyond it a deadline overflows nothing, but it is a typo


def seconds(text: str) -> float:
    """A budget in seconds: positive and finite (nan, inf, 0 and negatives are refused)."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (0 < value <= MAX_SECONDS):
        raise argparse.ArgumentTypeError(
            f"expected a positive, finite number of seconds (at most {MAX_SECONDS:g}), "
            f"got {text!r}")
    return value
