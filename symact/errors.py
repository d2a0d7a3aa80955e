"""One error base; each error also subclasses the built-in it resembles.

>>> issubclass(ParseError, ValueError)
True
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class SymactError(Exception):
    """Base of every error symact raises on purpose."""


class ParseError(SymactError, ValueError):
    """An expression string was refused; says what, and at which column (1-based).

    >>> str(ParseError("unknown name 'os'", token="os", column=3))
    "unknown name 'os' at column 3"
    """

    def __init__(self, message: str, *, token: str | None = None, column: int | None = None):
        self.message = message
        self.token = token
        self.column = column
        where = f" at column {column}" if column is not None else ""
        super().__init__(f"{message}{where}")


class UnknownActivationError(SymactError, KeyError):
    """A name is not in the catalog; the message suggests the closest names."""

    def __init__(self, name: str, known: Iterable[str]):
        self.name = name
        self.suggestions = tuple(difflib.get_close_matches(name, list(known), n=3, cutoff=0.5))
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(name)
        self.message = f"unknown activation {name!r}{hint}"

    def __str__(self) -> str:
        return self.message


class RedefinitionError(SymactError, ValueError):
    """Two catalog records claim the same name or alias."""


class ParameterError(SymactError, ValueError):
    """A parameter name or value does not fit the activation."""


class BudgetExceeded(SymactError, TimeoutError):
    """A time budget ran out; callers turn this into an Unknown answer."""
