r"""The handout's claims and proofs: per claim its statement, the verdict computed for it and
the chains, with every written step that is not right marked.

Every verdict word comes from the claim's :class:`~symact.claims.Result`, computed by the
same code as ``symact check``: ``Result.verdict`` (proved, disproved, unknown, or wrong when
a written step is wrong) names the verdict; the relation of the statement is ``=``, ``\neq``
or ``\overset{?}{=}`` by the claim's own status; a disproved property claim shows what
:func:`symact.derive.properties` derives; a wrong step is marked in its chain and named with
its file line and counterexample.

>>> print(relation("disproved"), relation("unknown"))
\neq \overset{?}{=}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sympy as sp

from ..claims.spec import VERDICTS
from ..core import escape_text, latex, render_chain
from .fields import VIEWS, interval_latex, label
from .labels import LABELS

# a prover's chain longer than this is summarised in one line instead of printed
MAX_SHOWN_STEPS = 12
# the claim's own status -> the relation its statement is set with
_RELATION = {"proved": "=", "disproved": r"\neq", "unknown": r"\overset{?}{=}"}
# the claim's own status -> the label a claimed word or yes/no is followed by (none: proved)
_WORD_MARK = {"disproved": "false", "unknown": "undecided"}
# the claim's own status -> how the handout says it when the written proof is judged apart
_ITSELF = {"proved": "holds", "disproved": "fails", "unknown": "undecided"}
# a link's status -> the label it is marked with in its chain (a right link is not marked)
_MARK = {"ok": "", "wrong": "wrong_step", "unknown": "undecided_step"}
# ... and the label of its note below the chain (the first wrong link: "first_wrong")
_NOTE = {"wrong": "wrong_note", "unknown": "undecided_note"}
DETAIL_CHARS = 200  # an undecided claim's reason is cut here


def relation(status: str) -> str:
    """The relation a claim with this status is stated with."""
    return _RELATION[status]


# --------------------------------------------------------------------------- statement


def claim_statement(claim: Any, result: Any, lang: str) -> str:
    """The claim as a display: lhs = rhs (≠ when disproved, =? when unknown) or a property
    sentence, marked the same way."""
    rel = relation(result.status) if result is not None else "="
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
        return f"{head} ${rel} {latex(v)}$"
    words = VIEWS[prop](_as_derived(prop, v), lang)
    mark = _WORD_MARK.get(result.status, "") if result is not None else ""
    return f"{head}: {words}" + (rf" \quad(\textbf{{{LABELS[lang][mark]}}})" if mark else "")


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


# --------------------------------------------------------------------------- verdict


def verdict_line(result: Any, lang: str) -> str:
    """``Verdict: wrong derivation (0.06 s)`` and, when a written proof is judged apart from
    the claim (a wrong or undecided step), what the claim itself is."""
    L = LABELS[lang]
    c = result.claim
    text = (f"{L['verdict']}: \\textbf{{{L[result.verdict]}}} "
            f"({result.seconds:.2f}~{L['seconds']})")
    if c.form == "property":
        text += f"; {L['checked_properties']}"
    if result.verdict != result.status:
        text += f". {L['claim_itself']}: {L[_ITSELF[result.status]]}"
    return text + "\n"


def verdict_details(result: Any, lang: str) -> list[str]:
    """The counterexample of a disproved claim, what properties() derives instead, or why
    the claim is undecided."""
    L = LABELS[lang]
    out = []
    cx = next((v.counterexample for v in result.verdicts
               if getattr(v, "counterexample", None) is not None), None)
    if result.status == "disproved" and cx is not None:
        out.append(f"{L['counterexample']}: {_counterexample(cx)}\n")
    c = result.claim
    if result.status == "disproved" and c.form == "property":  # derived: the field's value
        out.append(f"{L['derived_value']}: {VIEWS[c.property](result.derived, lang)}\n")
    if result.status == "unknown":
        out.append(f"{{\\small {L['reason']}: "
                   f"{escape_text(result.detail[:DETAIL_CHARS])}}}\n")
    return out


def _counterexample(cx: Any) -> str:
    """``$x = 1.0$: $2.0 \\neq 3.0$``."""
    at = ", ".join(f"${k} = {_num(val)}$" for k, val in cx.point.items())
    return f"{at}: ${_num(cx.lhs)} \\neq {_num(cx.rhs)}$"


def _num(text: str) -> str:
    """A decimal from a counterexample, shortened for print (display only)."""
    try:
        return latex(sp.Float(text, 12))
    except (ValueError, TypeError):
        return r"\text{" + escape_text(text) + "}"


# --------------------------------------------------------------------------- chains


def derivation_block(d: Any, report: Any, problems: Sequence[Any], lang: str) -> str:
    """An author's chain as written; a link that is not right is marked in the chain and
    named below it with its file line (and counterexample)."""
    L = LABELS[lang]
    title = dict(d.title).get(lang)
    head = f"\\textit{{{L['proof']}{' (' + escape_text(title) + ')' if title else ''}.}}"
    if report.status != "ok":
        head += f" \\textbf{{{L[_MARK[report.status]]}}}"
    marks = [L[_MARK[r.status]] if _MARK[r.status] else "" for r in report.results]
    chain = render_chain(list(report.written), marks if any(marks) else None,
                         as_written=True)
    lines = [head, "\\begin{align*}\n" + chain + "\n\\end{align*}"]
    lines += [_link_note(report, p, lang) for p in problems]
    return "\n".join(lines)


def _link_note(report: Any, problem: Any, lang: str) -> str:
    """``First wrong step: $a = b$ (file.toml:11); counterexample: …``."""
    L = LABELS[lang]
    k = problem.link
    a, b = (latex(e, as_written=True) for e in report.written[k:k + 2])
    first = problem.status == "wrong" and k == report.first_wrong
    what = L["first_wrong" if first else _NOTE[problem.status]]
    where = escape_text(f"{Path(problem.file).name}:{problem.line}")
    text = f"{what}: \\fit{{{a} = {b}}} (\\texttt{{{where}}})"
    cx = report.results[k].verdict.counterexample
    if problem.status == "wrong" and cx is not None:
        text += f". {L['counterexample']}: {_counterexample(cx)}"
    return text + "\n"


def _verdict_chain(v: Any) -> str:
    lines = []
    for case, steps in v.cases():
        if case:
            cond = steps[0].case_latex or r"\text{" + escape_text(case) + "}"
            lines.append(rf"&\text{{case }} {cond}\colon")
        for i, s in enumerate(steps):
            lines.append(("&" if i == 0 else "&= ") + rf"\fit{{{latex(s.expr)}}}")
    return "\\begin{align*}\n" + " \\\\\n".join(lines) + "\n\\end{align*}"


def _prover_chain(result: Any, lang: str) -> list[str]:
    """The prover's chain of a proved claim without written steps (summarised when long)."""
    L = LABELS[lang]
    v = next(iter(result.verdicts), None)
    if result.status != "proved" or v is None or not v.steps:
        return []
    if len(v.steps) > MAX_SHOWN_STEPS:
        return [f"\\textit{{{L['proof']}.}} "
                + L["steps_hidden"].replace("{n}", str(len(v.steps))) + "\n"]
    return [f"\\textit{{{L['proof']}.}}", _verdict_chain(v)]


# --------------------------------------------------------------------------- blocks


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
    out.append("\n" + verdict_line(result, lang))
    out += verdict_details(result, lang)
    links = (*result.errors, *result.undecided)
    for j, (d, report) in enumerate(zip(c.derivations, result.reports, strict=True)):
        mine = sorted((p for p in links if p.derivation == j), key=lambda p: p.link)
        out.append(derivation_block(d, report, mine, lang))
    if not c.derivations:
        out += _prover_chain(result, lang)
    return "\n".join(out)


def summary(results: Sequence[Any], lang: str) -> str:
    """``Claims checked: 4 (disproved: 2, unknown: 1, wrong derivation: 1).``: the computed
    verdicts, counted in the order of :data:`~symact.claims.spec.VERDICTS`."""
    L = LABELS[lang]
    count = Counter(r.verdict for r in results)
    parts = [f"{L[v]}: {count[v]}" for v in VERDICTS if count[v]]
    return f"{L['claims_checked']}: {len(results)} (" + ", ".join(parts) + ")."


def proofs_section(results: Sequence[Any], lang: str) -> str:
    """Every checked claim, grouped under the name of its proof file."""
    L = LABELS[lang]
    blocks = [f"\\clearpage\n\\section*{{{L['proofs']}}}\\label{{proofs}}",
              summary(results, lang)]
    current = None
    for r in results:
        f = Path(r.claim.file).name
        if f != current:
            blocks.append(f"\\subsection*{{\\texttt{{{escape_text(f)}}}}}")
            current = f
        blocks.append(proof_block(r, lang))
    return "\n\n".join(blocks)


__all__ = ["MAX_SHOWN_STEPS", "claim_statement", "derivation_block", "proof_block",
           "proofs_section", "relation", "summary", "verdict_details", "verdict_line"]
