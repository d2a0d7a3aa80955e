"""Submissions: one plain-text file per student, the file's stem is the student id.

One expression per line from the exercise's left side to its right side; blank lines and
``#`` comments are skipped, a line may start with ``=`` or hold a whole chain ``a = b = c``
(each part keeps the file line), ``^`` and ``e^z`` read as in ``check-steps``.

>>> lines("sigmoid(z)  # start\\n\\n= 1/(1 + e^(-z)) = e^z/(e^z + 1)\\n")
((1, 1, 'sigmoid(z)'), (3, 3, '1/(1 + e^(-z))'), (3, 20, 'e^z/(e^z + 1)'))
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import SubmissionError

MAX_BYTES = 1_000_000  # a submission longer than this is not read (unreadable)
# "=" alone, not "==", "<=", ">=" or "!="
_EQ = re.compile(r"(?<![<>=!])=(?!=)")


@dataclass(frozen=True)
class Submission:
    """A student's derivation: ``lines`` are (file line, column, expression text)."""

    student: str
    file: str
    lines: tuple[tuple[int, int, str], ...]
    problem: str = ""  # why the file itself cannot be read (then ``lines`` is empty)
    problem_line: int | None = None


def lines(text: str) -> tuple[tuple[int, int, str], ...]:
    """The expressions of a submission's text with their 1-based line and column."""
    out = []
    for number, raw in enumerate(text.splitlines(), start=1):
        body = raw.split("#", 1)[0]
        start = 0
        for m in [*_EQ.finditer(body), None]:
            end = m.start() if m else len(body)
            part = body[start:end]
            if part.strip():
                column = start + len(part) - len(part.lstrip()) + 1
                out.append((number, column, part.strip()))
            if m:
                start = m.end()
    return tuple(out)


def read_submission(path: str | Path) -> Submission:
    """A submission file; an undecodable or oversized file is kept with its problem (the
    student's, graded ``unreadable``), not refused."""
    path = Path(path)
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        return Submission(path.stem, str(path), (), f"longer than {MAX_BYTES} bytes", 1)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        return Submission(path.stem, str(path), (), "not UTF-8 text", line)
    return Submission(path.stem, str(path), lines(text))


def find_submissions(specs: Iterable[str]) -> tuple[Path, ...]:
    """Submission files from folders (their regular, non-hidden files), files and globs;
    :class:`SubmissionError` for a path that names nothing or two files of one student."""
    found: list[Path] = []
    for spec in specs:
        p = Path(spec)
        if p.is_dir():
            found += sorted(q for q in p.iterdir() if q.is_file() and not q.name.startswith("."))
        elif p.is_file():
            found.append(p)
        elif p.exists():
            raise SubmissionError(f"{spec}: not a regular file or folder")
        elif glob.has_magic(spec):
            hits = sorted(Path(q) for q in glob.glob(spec) if os.path.isfile(q))
            if not hits:
                raise SubmissionError(f"{spec}: the pattern matches no file")
            found += hits
        else:
            raise SubmissionError(f"{spec}: no such file or folder")
    seen: dict[str, Path] = {}
    unique = []
    for p in found:
        if p.stem in seen:
            if seen[p.stem].resolve() == p.resolve():
                continue
            raise SubmissionError(f"{p}: student {p.stem!r} has a second submission "
                                  f"({seen[p.stem]})")
        seen[p.stem] = p
        unique.append(p)
    if not unique:
        raise SubmissionError("no submissions: the folders are empty")
    return tuple(sorted(unique, key=lambda q: q.stem))
