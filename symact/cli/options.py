"""Argument types and options shared by the subcommands (budgets, counts, the parallel pair
``--workers``/``--scheduler``, the catalog choice ``--family``).

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
import os
from collections.abc import Callable, Sequence
from typing import Any

from ..core import CATALOG, FAMILIES, Activation, get
from ..core import family as family_of
from ..errors import SymactError

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


def count(text: str) -> int:
    """A positive whole number (``--workers``, ``--memory``)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {text!r}")
    return value


def add_parallel(p: argparse.ArgumentParser) -> None:
    """``--workers N`` and ``--scheduler ADDRESS`` (``table``, ``check``, ``latex``, ``grade``)."""
    p.add_argument("--workers", type=count, default=None, metavar="N",
                   help=f"local worker processes (default: all cores, {os.cpu_count()})")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="a Dask distributed scheduler, tcp://HOST:PORT, instead of local "
                        "workers")


def parallel(args: argparse.Namespace, call: Callable[[], Any]) -> Any:
    """``call()`` with the workers of ``args``; with ``--scheduler``, Dask missing or an
    unreachable or malformed address is one line (exit 2)."""
    if not args.scheduler:
        return call()
    try:
        import distributed  # noqa: F401 - optional: only to say what is missing
    except ImportError:
        raise SymactError("--scheduler needs Dask: pip install dask distributed") from None
    try:
        return call()
    except (OSError, ValueError) as exc:
        raise SymactError(f"--scheduler {args.scheduler}: {exc}") from None


def add_family(p: argparse.ArgumentParser) -> None:
    """``--family F``: only the catalog entries of one family."""
    p.add_argument("--family", choices=FAMILIES, default=None,
                   help="only the entries of this family")


def chosen(args: argparse.Namespace, names: Sequence[str] = ()) -> list[Activation]:
    """The catalog entries a command works on: the named ones, else those of ``--family``,
    else the whole catalog; names together with ``--family`` is an error."""
    family = getattr(args, "family", None)
    if names and family:
        raise SymactError("give activation names or --family, not both")
    if names:
        return [get(n) for n in names]
    return family_of(family) if family else list(CATALOG)
