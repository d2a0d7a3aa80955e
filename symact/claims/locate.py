"""The file line of a key of a proof file (tomllib keeps no positions, so the text is searched).

``claim[i]`` is the i-th ``[[claim]]`` table, ``sub`` the j-th ``[[claim.derivation]]`` inside
it; a key is found as ``key =`` (or ``key.``) at the start of a line, and a quoted ``literal``
(an expression the author typed) on or after that line. Lines are 1-based.

>>> where = Locator("t.toml", ['[[claim]]', 'id = "a"', '[[claim]]', 'id = "b"', 'lhs = "x"'])
>>> where.line(1, "lhs"), where.line(1), where.line(0, "lhs")
(5, 3, 1)
>>> str(where.error("claim[1].lhs", 1, "missing"))
't.toml:5: claim[1].lhs: missing'
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import ProofFileError


def _quotes(line: str, literal: str) -> bool:
    """Whether ``line`` holds ``literal`` as a TOML string in double or single quotes."""
    return f'"{literal}"' in line or f"'{literal}'" in line


class Locator:
    """Maps ``claim[i].key`` to a line of the file's text."""

    def __init__(self, file: str, lines: list[str]):
        self.file, self.lines = file, lines
        self.heads = [k for k, ln in enumerate(lines) if ln.strip() == "[[claim]]"]

    def block(self, i: int | None) -> tuple[int, int]:
        """0-based ``[start, end)`` of the i-th claim table (the whole file for None)."""
        if i is None or i >= len(self.heads):
            return 0, len(self.lines)
        end = self.heads[i + 1] if i + 1 < len(self.heads) else len(self.lines)
        return self.heads[i], end

    def line(self, i: int | None, key: str = "", sub: int | None = None,
             literal: str | None = None) -> int | None:
        """The line of ``key`` (or of ``literal``) in claim ``i`` (derivation ``sub``); the
        table's own line when neither is found, None outside every claim."""
        start, end = self.block(i)
        if sub is not None:  # the sub-th [[claim.derivation]] of the block
            heads = [k for k in range(start, end)
                     if self.lines[k].strip() == "[[claim.derivation]]"]
            if sub < len(heads):
                start = heads[sub]
                nxt = heads[sub + 1] if sub + 1 < len(heads) else end
                end = nxt
        found = None
        if key:
            pat = re.compile(rf"^\s*{re.escape(key)}\s*(=|\.)")
            found = next((k for k in range(start, end) if pat.match(self.lines[k])), None)
        if literal is not None:
            hit = next((k for k in range(found or start, end)
                        if _quotes(self.lines[k], literal)), None)
            found = hit if hit is not None else found
        if found is None:
            found = start if i is not None and self.heads else None
        return None if found is None else found + 1

    def error(self, key: str, i: int | None, message: str, *, sub: int | None = None,
              literal: str | None = None, name: str | None = None) -> ProofFileError:
        """A ProofFileError for ``key``, at the line of ``name`` (default: the key's last
        part, without an index)."""
        short = key.rsplit(".", 1)[-1].split("[")[0]
        return ProofFileError(self.file, self.line(i, name or short, sub, literal), key,
                              message)


def literal_line(file: str, literal: str, start: int) -> int | None:
    """The first line at or after line ``start`` of ``file`` quoting ``literal``; None when
    there is none or the file cannot be read (it may have moved since it was loaded)."""
    try:
        lines = Path(file).read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    return next((n + 1 for n in range(max(start - 1, 0), len(lines))
                 if _quotes(lines[n], literal)), None)


__all__ = ["Locator", "literal_line"]


PROOFS = Path(__file__).resolve().parents[1] / "proofs"  # the lecture's claims, shipped
