r"""The handout's relations section: each relation of :func:`symact.relations` as a display
with its status, grouped by kind, in Czech or English.

>>> from symact.recognition import RelationMap
>>> print(relations_section(RelationMap(("relu",), ()), "en").splitlines()[0])
\clearpage
"""

from __future__ import annotations

from ..core import escape_text
from ..recognition import RelationMap
from ..recognition.relation import HEADS, KINDS
from .labels import LABELS


def relations_section(found: RelationMap, lang: str) -> str:
    """``\\section*{Relations ...}``: the text, then per kind one line per relation (the
    implied ones counted, not shown)."""
    L, heads = LABELS[lang], HEADS[lang]
    parts = [r"\clearpage", f"\\section*{{{L['relations']}}}\\label{{relations}}",
             L["relations_text"]]
    if not found.relations:
        parts.append(L["relations_none"])
    for kind in KINDS:
        rows = found.of_kind(kind, implied=False)
        if not rows:
            continue
        parts.append(f"\\subsection*{{{heads[kind]}}}")
        parts += [f"\\noindent\\fit{{{r.to_latex()}}}\\hfill"
                  f"{{\\small {escape_text(heads[r.status])}}}\\par" for r in rows]
    if found.implied():
        parts.append(f"\\medskip{{\\small {found.implied()} {L['relations_implied']}.}}")
    return "\n".join(parts)
