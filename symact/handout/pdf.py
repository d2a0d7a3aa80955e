r"""The handout's files: the .tex written atomically, the .pdf built with pdflatex.

:func:`build_pdf` compiles in a scratch folder and writes nothing when pdflatex fails
(:class:`DocumentError` names the offending line); :func:`sheet_pages` reads from the .aux
labels on which pages each activation's sheet starts and ends.

>>> sheet_pages(r"\\newlabel{sheet-tanh}{{}{2}} \\newlabel{sheet-tanh-end}{{}{2}}")
{'tanh': (2, 2)}
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import DocumentError
from ..files import write_atomic


def write_tex(text: str, path: Path) -> Path:
    """Write atomically: no partial file on failure."""
    write_atomic(path, text)
    return Path(path)


def build_pdf(text: str, path: Path, *, runs: int = 2, timeout: float = 300.0
              ) -> tuple[Path, str]:
    """Compile ``text`` with pdflatex in a scratch folder; on success write ``path`` (.tex)
    and the .pdf beside it and return (pdf path, log). On failure nothing is written and
    :class:`DocumentError` names the offending line."""
    exe = shutil.which("pdflatex")
    if exe is None:
        raise DocumentError("pdflatex not found (apt install texlive-latex-base "
                            "texlive-latex-recommended)")
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="symact-tex-") as tmp:
        src = Path(tmp) / "handout.tex"
        src.write_text(text, encoding="utf-8")
        log = ""
        for _ in range(runs):
            try:
                proc = subprocess.run([exe, "-interaction=nonstopmode", "-halt-on-error",
                                       "handout.tex"], cwd=tmp, capture_output=True,
                                      timeout=timeout, check=False)
            except subprocess.TimeoutExpired:
                raise DocumentError(f"pdflatex took longer than {timeout:g} s") from None
            logf = Path(tmp) / "handout.log"
            log = logf.read_text(encoding="latin-1") if logf.exists() else ""
            if proc.returncode != 0 or not (Path(tmp) / "handout.pdf").exists():
                raise DocumentError(_latex_error(log, text, path))
        pdf = path.with_suffix(".pdf")
        write_tex(text, path)
        shutil.copyfile(Path(tmp) / "handout.pdf", pdf)
        aux = (Path(tmp) / "handout.aux").read_text(encoding="latin-1")
    return pdf, log + "\n%% aux\n" + aux


def _latex_error(log: str, text: str, path: Path) -> str:
    """First '! ...' message of the log with 'l.N' and that line of the source."""
    msg = next((ln for ln in log.splitlines() if ln.startswith("!")), "! pdflatex failed")
    m = re.search(r"^l\.(\d+)", log, re.M)
    if not m:
        return f"pdflatex: {msg[2:]}"
    n = int(m.group(1))
    lines = text.splitlines()
    src = lines[n - 1].strip() if 0 < n <= len(lines) else ""
    return f"pdflatex: {path}:{n}: {msg[2:]}: {src[:120]}"


def sheet_pages(aux: str) -> dict[str, tuple[int, int]]:
    """(first, last) page of each sheet, from the labels in the .aux file."""
    pages: dict[str, int] = {}
    for m in re.finditer(r"\\newlabel\{sheet-([a-z0-9]+(?:-end)?)\}\{\{[^}]*\}\{(\d+)\}", aux):
        pages[m.group(1)] = int(m.group(2))
    return {k: (v, pages.get(k + "-end", v)) for k, v in pages.items() if not k.endswith("-end")}

