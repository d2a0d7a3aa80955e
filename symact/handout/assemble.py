r"""The handout as one LaTeX document: the property table, one sheet per activation, every
proof; in Czech or English.

:func:`collect` derives the records (and the signal-propagation facts), :func:`document`
assembles the source: :data:`PREAMBLE`, the title, :func:`property_table`, the sheets
(:mod:`symact.handout.sheets`) and :func:`proofs_section` (per proof file, each claim's
statement, verdict and chains). Every value goes through its field's one view
(:mod:`symact.handout.fields`).

>>> print(property_table([], "en").splitlines()[0])
\section*{Property table}\label{table}
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sympy as sp

from ..claims import derived
from ..core import CATALOG, escape_text, get, latex, render_chain
from ..errors import SymactError
from .fields import VIEWS, field_latex, interval_latex, label
from .labels import LABELS
from .sheets import Signal, sheet, signal

# a prover's chain longer than this is summarised in one line instead of printed
MAX_SHOWN_STEPS = 12

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


# --------------------------------------------------------------------------- proofs


def claim_statement(claim: Any, result: Any, lang: str) -> str:
    """The claim as a display: lhs = rhs (≠ when disproved) or a property sentence."""
    rel = r"\neq" if result is not None and result.status == "disproved" else "="
    if claim.form != "property":
        lhs, rhs = (latex(e, as_written=True) for e in claim.written)
        return rf"\[ \fit{{{lhs} {rel} {rhs}}} \]"
    v = claim.value
    name = escape_text(claim.activation)
    prop = claim.property
    head = f"{name}: {label(prop, lang)}"
    if prop == "range":
        lo, hi, lower_closed, upper_closed = v
        interval = sp.Interval(lo, hi, not lower_closed, not upper_closed)
        return rf"{head} ${rel} {interval_latex(interval)}$"
    if prop == "derivative":
        return rf"{name}: \[ \fit{{f'(x) {rel} {latex(v)}}} \]"
    if prop == "derivative_from_output" and v is not None:
        return rf"{name}: \[ \fit{{f'(x) {rel} {latex(v)},\quad y = f(x)}} \]"
    if isinstance(v, sp.Basic):
        return f"{head} $= {latex(v)}$"
    return f"{head}: {VIEWS[prop](_as_derived(prop, v), lang)}"


@dataclass(frozen=True)
class _Symmetry:
    """A claimed symmetry in the shape of the derived record (what its view reads)."""

    kind: str
    center: tuple[sp.Expr, sp.Expr] | None


# a claimed saturation word -> the derived record's {end: f' -> 0 there}
_SATURATES = {"both": {"-oo": True, "+oo": True}, "-oo": {"-oo": True, "+oo": False},
              "+oo": {"-oo": False, "+oo": True}, "neither": {"-oo": False, "+oo": False}}


def _as_derived(prop: str, value: Any) -> Any:
    """A claimed value in the form :func:`symact.derive.properties` gives the field."""
    if prop == "symmetry":
        return _Symmetry(*value)
    if prop == "saturates":
        return _SATURATES[value]
    return value


def proof_block(result: Any, lang: str) -> str:
    """One claim: title, source, statement, verdict, the author's chains or the prover's."""
    L = LABELS[lang]
    c = result.claim
    out = [f"\\subsection*{{{escape_text(c.title_in(lang))}}}",
           f"{{\\small \\texttt{{{escape_text(c.id)}}} --- {L['source']}: "
           f"{escape_text(c.source)}}}\n",
           claim_statement(c, result, lang)]
    if c.assume:
        out.append(f"{L['assume']}: \\texttt{{{escape_text(c.assume)}}}\n")
    out.append(f"\n{L['verdict']}: \\textbf{{{L[result.status]}}} "
               f"({result.seconds:.2f}~{L['seconds']})"
               + (f"; {L['checked_properties']}" if c.form == "property" else "") + "\n")
    cx = next((v.counterexample for v in result.verdicts
               if getattr(v, "counterexample", None) is not None), None)
    if result.status == "disproved" and cx is not None:
        at = ", ".join(f"${k} = {_num(val)}$" for k, val in cx.point.items())
        out.append(f"{L['counterexample']}: {at}: ${_num(cx.lhs)} \\neq {_num(cx.rhs)}$\n")
    for d, report in zip(c.derivations, result.reports, strict=True):
        title = dict(d.title).get(lang)
        out.append(f"\\textit{{{L['proof']}"
                   f"{' (' + escape_text(title) + ')' if title else ''}.}}")
        out.append("\\begin{align*}\n" + render_chain(list(report.written), as_written=True)
                   + "\n\\end{align*}")
    if not c.derivations and result.status == "proved":
        for v in result.verdicts[:1]:
            if not v.steps:
                continue
            if len(v.steps) > MAX_SHOWN_STEPS:
                out.append(f"\\textit{{{L['proof']}.}} "
                           + L["steps_hidden"].replace("{n}", str(len(v.steps))) + "\n")
                continue
            out.append(f"\\textit{{{L['proof']}.}}")
            out.append(_verdict_chain(v))
    return "\n".join(out)


def _num(text: str) -> str:
    """A decimal from a counterexample, shortened for print (display only)."""
    try:
        return latex(sp.Float(text, 12))
    except (ValueError, TypeError):
        return r"\text{" + escape_text(text) + "}"


def _verdict_chain(v: Any) -> str:
    lines = []
    for case, steps in v.cases():
        if case:
            cond = steps[0].case_latex or r"\text{" + escape_text(case) + "}"
            lines.append(rf"&\text{{case }} {cond}\colon")
        for i, s in enumerate(steps):
            lines.append(("&" if i == 0 else "&= ") + rf"\fit{{{latex(s.expr)}}}")
    return "\\begin{align*}\n" + " \\\\\n".join(lines) + "\n\\end{align*}"


def proofs_section(results: Sequence[Any], lang: str) -> str:
    """Every checked claim, grouped under the name of its proof file."""
    L = LABELS[lang]
    blocks = [f"\\clearpage\n\\section*{{{L['proofs']}}}"]
    current = None
    for r in results:
        f = Path(r.claim.file).name
        if f != current:
            blocks.append(f"\\subsection*{{\\texttt{{{escape_text(f)}}}}}")
            current = f
        blocks.append(proof_block(r, lang))
    return "\n\n".join(blocks)


# --------------------------------------------------------------------------- document


def document(records: Sequence[Any], results: Sequence[Any], lang: str = "en",
             signals: Mapping[str, Signal | None] | None = None) -> str:
    """The complete LaTeX source: the property table, one sheet per activation, the proofs."""
    if lang not in LABELS:
        raise SymactError(f"unknown language {lang!r} (expected cs or en)")
    L = LABELS[lang]
    signals = signals or {}
    parts = [PREAMBLE, r"\begin{document}",
             f"\\begin{{center}}{{\\LARGE {L['title']}}}\\\\[4pt]"
             f"{{\\large {escape_text(L['subtitle'])}}}"
             r"\end{center}", L["intro"]]
    parts.append(property_table(records, lang))  # on the title page: the overview first
    parts += [sheet(p, lang, signals.get(p.name)) for p in records]
    if results:
        parts.append(proofs_section(results, lang))
    parts.append(r"\end{document}")
    return "\n".join(p for p in parts if p) + "\n"


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
