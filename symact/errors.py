"""One error base; each error also subclasses the built-in it resembles.

Also the one tuple of exceptions that mean "SymPy gave up" (:data:`SYMPY_FAILURES`): every
place that turns a failed SymPy call into an Unknown catches exactly these.

>>> issubclass(ParseError, ValueError)
True
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from sympy.polys.polyerrors import BasePolynomialError

# SymPy signals "cannot do this" in many ways: unimplemented cases, bad coercions and
# unsupported operand types, ``None`` attribute look-ups deep inside simplification,
# division by an exact zero, runaway recursion, and the polys module's own errors
# (PolynomialError, CoercionFailed, ...). ArithmeticError as a whole is left out on purpose:
# symact's own Undecided and mpmath's errors are ArithmeticErrors with meanings of their own.
SYMPY_FAILURES: tuple[type[BaseException], ...] = (
    NotImplementedError, ValueError, TypeError, AttributeError, ZeroDivisionError,
    RecursionError, BasePolynomialError,
)


class SymactError(Exception):
    """Base of every error symact raises on purpose."""


class Divergent(SymactError, ArithmeticError):
    """A Gaussian moment that does not exist (E exp(Z²)², E |1/Z|): never reported as a
    number."""


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


class Undecided(SymactError, ArithmeticError):
    """An analysis step could not decide; the message is the reason shown as Unknown."""


class ClaimError(SymactError, ValueError):
    """A claim the prover cannot take (a vector activation applied to a scalar, …)."""


class CaseError(SymactError, ValueError):
    """The case analysis cannot be carried out (too many cases, an odd region)."""


class ProofFileError(SymactError, ValueError):
    """A proof file is not valid: ``file:line: key: what was expected, what came``."""

    def __init__(self, file: str, line: int | None, key: str, message: str):
        self.file, self.line, self.key, self.message = str(file), line, key, message
        where = f"{self.file}:{line}" if line else self.file
        super().__init__(f"{where}: {key}: {message}" if key else f"{where}: {message}")


class SubmissionError(SymactError, ValueError):
    """The submissions to grade cannot be found: a path names nothing, or one student has two
    files. (What a student wrote is graded, never refused.)"""


class ExportError(SymactError, ValueError):
    """An export request cannot be served (unknown target, vector activation, bad name)."""


class DocumentError(SymactError, RuntimeError):
    """pdflatex failed; the message names the offending line of the .tex file."""
