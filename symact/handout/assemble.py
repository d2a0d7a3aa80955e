r"""The handout as one LaTeX document: the property table, one sheet per activation, every
proof; in Czech or English.

:func:`collect` derives the records (and the signal-propagation facts), :func:`document`
assembles the source: :data:`PREAMBLE`, the title, :func:`property_table`, the sheets
(:mod:`symact.handout.sheets`) and :func:`~symact.handout.proof_blocks.proofs_section` (per
proof file, each claim's statement, its computed verdict and chains). Every value goes through
its field's one view (:mod:`symact.handout.fields`); the introduction names only the parts
the document has.

>>> print(property_table([], "en").splitlines()[0])
\section*{Property table}\label{table}
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ..claims import derived
from ..core import CATALOG, escape_text, get
from ..errors import SymactError
from ..recognition import RelationMap
from .fields import field_latex
from .labels import LABELS
from .proof_blocks import proofs_section
from .relations_block import relations_section
from .sheets import Signal, sheet, signal

PREAMBLE = r"""\documentclass[10pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage{amsmath,amssymb}
\usepackage{graphicx}
\usepackage{booktabs}
\usepackage{longtable}
\usepackage[margin=16mm]{geometry}
\allowdisplaybreaks
\setlength{\parindent}{0pt}
\setlength{\parskip}{3pt}
\newsavebox{\fitbox}
% a formula at its natural size, shrunk to the line when wider
\newcommand{\fit}[1]{\sbox{\fitbox}{$\displaystyle #1$}%
  \ifdim\wd\fitbox>0.92\linewidth\resizebox{0.92\linewidth}{!}{\usebox{\fitbox}}%
  \else\usebox{\fitbox}\fi}
\newcommand{\fitcell}[1]{\sbox{\fitbox}{$#1$}%
  \ifdim\wd\fitbox>0.64\linewidth\resizebox{0.64\linewidth}{!}{\usebox{\fitbox}}%
  \else\usebox{\fitbox}\fi}
"""


# --------------------------------------------------------------------------- table


def property_table(records: Sequence[Any], lang: str) -> str:
    """range, order of continuity, monotonic, monotonic derivative, ≈ identity near 0."""
    L = LABELS[lang]
    heads = [L["activation"], L["range"], L["continuity"], L["monotonic"],
             L["derivative_monotonic"], L["approx_id"]]
    lines = [f"\\section*{{{L['table']}}}\\label{{table}}",
             r"{\small\begin{longtable}{@{}lllp{2.2cm}p{2.2cm}l@{}}", r"\toprule",
             " & ".join(heads) + r" \\", r"\midrule", r"\endhead"]
    for p in records:
        columns = (("range",) if hasattr(p, "jacobian")  # a vector activation
                   else TABLE_COLUMNS)
        cells = [escape_text(p.name)] + [field_latex(p, f, lang) for f in columns]
        cells += [""] * (len(TABLE_COLUMNS) - len(columns))  # a vector row: range only
        lines.append(" & ".join(cells) + r" \\")
    lines += [r"\bottomrule", r"\end{longtable}}"]
    return "\n".join(lines)


TABLE_COLUMNS = ("range", "continuity", "monotonic", "derivative_monotonic",
                 "identity_near_origin")


# --------------------------------------------------------------------------- document


def document(records: Sequence[Any], results: Sequence[Any], lang: str = "en",
             signals: Mapping[str, Signal | None] | None = None,
             relations: RelationMap | None = None) -> str:
    """The complete LaTeX source: the property table, one sheet per activation, the relations
    between them (a :class:`~symact.recognition.RelationMap`, when given), the proofs (the
    section and the introduction's mention of it only when there are results)."""
    if lang not in LABELS:
        raise SymactError(f"unknown language {lang!r} (expected cs or en)")
    L = LABELS[lang]
    signals = signals or {}
    parts = [PREAMBLE, r"\begin{document}",
             f"\\begin{{center}}{{\\LARGE {L['title']}}}\\\\[4pt]"
             f"{{\\large {escape_text(L['subtitle'])}}}"
             r"\end{center}",
             introduction(bool(records), bool(results), lang, relations is not None)]
    parts.append(property_table(records, lang))  # on the title page: the overview first
    parts += [sheet(p, lang, signals.get(p.name)) for p in records]
    if relations is not None:
        parts.append(relations_section(relations, lang))
    if results:
        parts.append(proofs_section(results, lang))
    parts.append(r"\end{document}")
    return "\n".join(p for p in parts if p) + "\n"


def introduction(sheets: bool, proofs: bool, lang: str, relations: bool = False) -> str:
    """What the handout holds and how it was checked, naming only the parts it has."""
    L = LABELS[lang]
    text = [L["intro_sheets"]] if sheets else []
    if relations:
        text.append(L["intro_relations"])
    if proofs:
        text.append(L["intro_proofs"])
    contents = [L["table"], *([L["sheets"]] if sheets else []),
                *([L["relations"]] if relations else []), *([L["proofs"]] if proofs else [])]
    text.append(f"{L['contents']}: " + ", ".join(contents) + ".")
    return " ".join(text)


def collect(names: Sequence[str] = (), *, budget: float | None = None, with_signal: bool = True,
            progress: Callable[[str], None] | None = None
            ) -> tuple[list[Any], dict[str, Signal | None]]:
    """(records, signals) for the named activations (default: the catalog)."""
    acts = [get(n) for n in names] if names else list(CATALOG)
    records: list[Any] = []
    signals: dict[str, Signal | None] = {}
    for a in acts:
        if progress:
            progress(a.name)
        records.append(derived(a.name, (), budget))
        if with_signal and a.kind == "scalar":
            signals[a.name] = signal(a.name)
    return records, signals
