r"""The handout: one sheet per activation, the catalog property table, every proof; cs/en.

Rendered from records (Properties, signal-propagation records, proof results) through
:mod:`symact.core.tex`; every label exists in Czech and English (``LABELS``).

>>> LABELS["cs"]["proof"], LABELS["en"]["proof"]
('Důkaz', 'Proof')
>>> print(interval_latex(sp.Interval.open(-1, 1)))
\left(-1, 1\right)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import sympy as sp

from ..core import latex, render_chain
from ..errors import SYMPY_FAILURES, SymactError

LABELS: Mapping[str, Mapping[str, str]] = {
    "cs": {
        "title": "Aktivační funkce: vlastnosti a důkazy",
        "subtitle": "Jak zefektivnit učení NN: alternativní model neuronu",
        "sheets": "Listy aktivačních funkcí", "definition": "Definice",
        "domain": r"$D_f$", "range": r"$H_f$", "derivative": "Derivace",
        "output_form": r"Derivace pomocí výstupu $y = f(x)$", "limits": "Limity",
        "derivative_limits": "Limity derivace", "symmetry": "Symetrie",
        "monotonic": "Monotonie", "derivative_monotonic": "Monotonie derivace",
        "convexity": "Konvexita", "continuity": "Spojitost", "saturation": "Saturace",
        "extrema": "Extrémy", "lipschitz": r"Lipschitzova konstanta $\sup|f'|$",
        "identity": r"Aproximuje identitu v~0", "signs": "Výstupy obou znamének",
        "signal": r"Šíření signálu, $Z \sim N(0, 1)$", "gain": "Zesílení (zachová rozptyl)",
        "torch_gain": r"PyTorch \texttt{calculate\_gain}", "gradient_factor":
        r"$\mathbb{E} f'(Z)^2$", "table": "Tabulka vlastností", "proofs": "Tvrzení a důkazy",
        "proof": "Důkaz", "exercise": "Cvičení", "claim": "Tvrzení", "source": "Zdroj",
        "assume": "Předpoklady", "counterexample": "Protipříklad", "verdict": "Výsledek",
        "proved": "dokázáno", "disproved": "vyvráceno", "unknown": "nerozhodnuto",
        "yes": "ano", "no": "ne", "none": "žádná", "unknown_value": "neznámé",
        "odd": "lichá", "even": "sudá", "point": "středově souměrná podle",
        "increasing": "rostoucí", "nondecreasing": "neklesající", "decreasing": "klesající",
        "nonincreasing": "nerostoucí", "not_monotonic": "není monotónní",
        "convex": "konvexní", "concave": "konkávní", "neither": "ani konvexní, ani konkávní",
        "discontinuous": "nespojitá", "not_differentiable": "není diferencovatelná v",
        "saturates_at": r"$f' \to 0$ pro", "no_saturation": "nesaturuje",
        "min": "minimum", "max": "maximum", "at": "v", "no_form": "neexistuje (f není prostá)",
        "steps_hidden": "ověřený řetězec o {n} krocích (viz \\texttt{symact prove})",
        "checked_properties": "ověřeno proti \\texttt{properties()}", "activation": "funkce",
        "property": "vlastnost", "value": "hodnota", "moment": "moment", "reals": r"$\mathbb{R}$",
        "approx_id": r"$\approx$ id v 0", "seconds": "s",
        "shift_invariant": "Invariantní vůči posunu",
        "permutation_equivariant": "Ekvivariantní vůči permutacím",
        "bounded_below": "Omezená zdola", "bounded_above": "Omezená shora",
        "value_at_zero": "$f(0)$", "derivative_at_zero": "$f'(0)$",
        "both": "na obou koncích", "-oo": r"pro $x \to -\infty$",
        "+oo": r"pro $x \to +\infty$", "nowhere": "nikde",
        "intro": "Každá vlastnost na listech je odvozena z jediného výrazu SymPy "
                 "(\\texttt{symact}); každé tvrzení a každý krok odvození je ověřen "
                 "příkazem \\texttt{symact check}. Obsah: listy aktivačních funkcí, "
                 "tabulka vlastností, tvrzení a důkazy.",
    },
    "en": {
        "title": "Activation functions: properties and proofs",
        "subtitle": "after the lecture “Jak zefektivnit učení NN: alternativní model neuronu”",
        "sheets": "Activation sheets", "definition": "Definition", "domain": "Domain",
        "range": "Range", "derivative": "Derivative",
        "output_form": r"Derivative through the output $y = f(x)$", "limits": "Limits",
        "derivative_limits": "Limits of the derivative", "symmetry": "Symmetry",
        "monotonic": "Monotonicity", "derivative_monotonic": "Monotonicity of the derivative",
        "convexity": "Convexity", "continuity": "Continuity", "saturation": "Saturation",
        "extrema": "Extrema", "lipschitz": r"Lipschitz constant $\sup|f'|$",
        "identity": "Approximates the identity near 0", "signs": "Outputs of both signs",
        "signal": r"Signal propagation, $Z \sim N(0, 1)$",
        "gain": "Gain (variance-preserving)", "torch_gain": r"PyTorch \texttt{calculate\_gain}",
        "gradient_factor": r"$\mathbb{E} f'(Z)^2$", "table": "Property table",
        "proofs": "Claims and proofs", "proof": "Proof", "exercise": "Exercise",
        "claim": "Claim", "source": "Source", "assume": "Assumptions",
        "counterexample": "Counterexample", "verdict": "Verdict", "proved": "proved",
        "disproved": "disproved", "unknown": "unknown", "yes": "yes", "no": "no",
        "none": "none", "unknown_value": "unknown", "odd": "odd", "even": "even",
        "point": "point-symmetric about", "increasing": "increasing",
        "nondecreasing": "non-decreasing", "decreasing": "decreasing",
        "nonincreasing": "non-increasing", "not_monotonic": "not monotonic",
        "convex": "convex", "concave": "concave", "neither": "neither convex nor concave",
        "discontinuous": "discontinuous", "not_differentiable": "not differentiable at",
        "saturates_at": r"$f' \to 0$ as", "no_saturation": "does not saturate",
        "min": "minimum", "max": "maximum", "at": "at",
        "no_form": "none (f is not injective)",
        "steps_hidden": "a checked chain of {n} steps (see \\texttt{symact prove})",
        "checked_properties": "checked against \\texttt{properties()}",
        "activation": "activation", "property": "property", "value": "value",
        "moment": "moment", "reals": r"$\mathbb{R}$", "approx_id": r"$\approx$ id at 0",
        "seconds": "s",
        "shift_invariant": "Shift invariant",
        "permutation_equivariant": "Permutation equivariant",
        "bounded_below": "Bounded below", "bounded_above": "Bounded above",
        "value_at_zero": "$f(0)$", "derivative_at_zero": "$f'(0)$",
        "both": "at both ends", "-oo": r"as $x \to -\infty$",
        "+oo": r"as $x \to +\infty$", "nowhere": "nowhere",
        "intro": "Every property on the sheets is derived from one SymPy expression "
                 "(\\texttt{symact}); every claim and every step of every derivation is "
                 "checked by \\texttt{symact check}. Contents: activation sheets, the "
                 "property table, claims and proofs.",
    },
}
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


class DocumentError(SymactError, RuntimeError):
    """pdflatex failed; the message names the offending line of the .tex file."""


def _t(text: str) -> str:
    """Plain text safe for LaTeX."""
    out = []
    for ch in text:
        if ch in "&%$#_{}":
            out.append("\\" + ch)
        elif ch == "\\":
            out.append(r"\textbackslash{}")
        elif ch == "^":
            out.append(r"\^{}")
        elif ch == "~":
            out.append(r"\~{}")
        else:
            out.append(_UNICODE.get(ch, ch))
    return "".join(out)


_UNICODE = {"σ": r"$\sigma$", "δ": r"$\delta$", "β": r"$\beta$", "α": r"$\alpha$",
            "λ": r"$\lambda$", "Φ": r"$\Phi$", "∂": r"$\partial$", "∈": r"$\in$",
            "→": r"$\to$", "∞": r"$\infty$", "−": "-", "·": r"$\cdot$", "ᵀ": r"$^{T}$",
            "„": ",,", "“": "''", "”": "''", "≈": r"$\approx$", "′": "'"}


# --------------------------------------------------------------------------- values


def interval_latex(s: sp.Set) -> str:
    """An interval or union in the usual notation (open ends in round brackets)."""
    return latex(s)


def range_latex(r) -> str:
    """A derived Range; a numeric enclosure is shown at 12 digits after ``\\approx``."""
    if r.exact:
        return interval_latex(r.set)
    short = sp.Interval(_short(r.lower), _short(r.upper), not r.lower_closed,
                        not r.upper_closed)
    return r"\approx " + interval_latex(short)


def _value(field: Any, render: Callable[[Any], str], lang: str) -> str:
    from ..derive import Conditional, Unknown

    if isinstance(field, Unknown):
        return r"\textit{" + LABELS[lang]["unknown_value"] + "}"
    v = field.value
    if isinstance(v, Conditional):
        cases = "; ".join(f"{render(w)} if ${latex(c)}$" for c, w in v.cases)
        return f"{cases}; otherwise {render(v.otherwise)}"
    return render(v)


def _m(expr: sp.Basic, fit: bool = True) -> str:
    """A formula, shrunk to its table cell when too wide (``fit``: needs the preamble)."""
    return rf"\fitcell{{{latex(expr)}}}" if fit else latex(expr)


def _word(lang: str, key: str) -> str:
    return LABELS[lang].get(key, key)


def _limits(d: Mapping[str, Any], fn: str) -> str:
    from ..calculus import NONEXISTENT

    parts = []
    for end, sym in (("-oo", r"-\infty"), ("+oo", r"+\infty")):
        v = d[end]
        val = r"\text{---}" if v is NONEXISTENT else latex(v)
        parts.append(rf"\lim_{{x \to {sym}}} {fn} = {val}")
    return "$" + r",\quad ".join(parts) + "$"


def _symmetry(s, lang: str) -> str:
    if s.kind == "point":
        return f"{_word(lang, 'point')} $({latex(s.center[0])}, {latex(s.center[1])})$"
    return _word(lang, s.kind)


def _mono(kind: str, lang: str) -> str:
    return _word(lang, "not_monotonic" if kind == "none" else kind)


def _continuity(c, lang: str) -> str:
    if c == "inf":
        return r"$C^\infty$"
    if int(c) < 0:
        return _word(lang, "discontinuous")
    return f"$C^{{{int(c)}}}$"


def _saturation(d: Mapping[str, bool], lang: str) -> str:
    ends = [s for k, s in (("-oo", r"x \to -\infty"), ("+oo", r"x \to +\infty")) if d[k]]
    if not ends:
        return _word(lang, "no_saturation")
    return f"{_word(lang, 'saturates_at')} $" + r",\ ".join(ends) + "$"


def _extrema(items, lang: str) -> str:
    if not items:
        return _word(lang, "none")
    out = []
    for e in items:
        numeric = not e.exact
        where = latex(_short(e.x) if numeric else e.x)
        value = latex(_short(e.value) if numeric else e.value)
        out.append(f"{_word(lang, e.kind)} ${value}$ {_word(lang, 'at')} $x = {where}$")
    return "; ".join(out)


def _short(v: sp.Basic) -> sp.Basic:
    """A numeric value at 12 digits for print (sets and symbols unchanged)."""
    return sp.Float(v, 12) if isinstance(v, sp.Expr) and v.is_number else v


def _bool(v: bool, lang: str) -> str:
    return _word(lang, "yes" if v else "no")


# --------------------------------------------------------------------------- sheets


@dataclass(frozen=True)
class Signal:
    """Signal-propagation facts of one activation for its sheet."""

    second_moment: str
    gain: str
    torch: str
    note: str
    sup_slope: str
    gradient_factor: str


@lru_cache(maxsize=64)
def signal(name: str) -> Signal | None:
    """Moments, gain beside PyTorch's, sup|f'| and E f'(Z)² (None when not derivable)."""
    import mpmath

    from ..propagation import gains, gradient_flow, moments

    try:
        m = moments(name)
        g = gains(name, m)
        flow = gradient_flow(name, m)
    except (SymactError, ArithmeticError, *SYMPY_FAILURES):
        return None
    second = (latex(m.second_moment) if m.exact.get("second_moment")
              else mpmath.nstr(m.value("second_moment"), 12))
    gain = latex(g.forward_exact) if g.forward_exact is not None else mpmath.nstr(g.forward, 6)
    if g.forward_exact is not None:
        gain += r" \approx " + mpmath.nstr(g.forward, 6)
    torch = "" if g.torch is None else latex(g.torch)
    sup = "" if flow.sup_slope is None else latex(flow.sup_slope)
    return Signal(second, gain, torch, g.note, sup, mpmath.nstr(flow.mean_field_factor, 8))


def sheet(props, lang: str, sig: Signal | None = None, *, fit: bool = True) -> str:
    """One activation's sheet (fits one page); ``fit=False`` for a standalone fragment."""
    from ..core import get

    L = LABELS[lang]
    act = get(props.name)
    rows: list[tuple[str, str]] = []
    rows.append((L["definition"], rf"$f(x) = {_m(props.expression, fit)}$"))
    rows.append((L["domain"], L["reals"]))
    if act.params:
        rows[-1] = (L["domain"], L["reals"] + "; " + ", ".join(
            f"${latex(p.symbol)} = {latex(p.default)}$" for p in act.params))
    if hasattr(props, "jacobian"):
        return _vector_sheet(props, lang, rows, fit)
    rows.append((L["range"], _value(props.range, lambda r: f"${range_latex(r)}$", lang)))
    rows.append((L["derivative"], _value(props.derivative, lambda d: f"$f'(x) = {_m(d, fit)}$",
                                         lang)))
    rows.append((L["output_form"], _value(
        props.derivative_from_output,
        lambda h: L["no_form"] if h is None else f"$f' = {_m(h, fit)}$", lang)))
    rows.append((L["limits"], _value(props.limits, lambda d: _limits(d, "f(x)"), lang)))
    rows.append((L["derivative_limits"], _value(props.derivative_limits,
                                                lambda d: _limits(d, "f'(x)"), lang)))
    rows.append((L["symmetry"], _value(props.symmetry, lambda s: _symmetry(s, lang), lang)))
    rows.append((L["monotonic"], _value(props.monotonic, lambda k: _mono(k, lang), lang)))
    rows.append((L["derivative_monotonic"], _value(props.derivative_monotonic,
                                                   lambda k: _mono(k, lang), lang)))
    rows.append((L["convexity"], _value(props.convexity, lambda k: _word(lang, k), lang)))
    cont = _value(props.continuity, lambda c: _continuity(c, lang), lang)
    nd = _value(props.nondifferentiable_at, lambda v: (
        f"; {L['not_differentiable']} $x \\in \\{{{', '.join(latex(a) for a in v)}\\}}$"
        if v else ""), lang)
    rows.append((L["continuity"], cont + (nd if not nd.startswith(r"\textit") else "")))
    rows.append((L["saturation"], _value(props.saturates, lambda d: _saturation(d, lang),
                                         lang)))
    rows.append((L["extrema"], _value(props.extrema, lambda e: _extrema(e, lang), lang)))
    rows.append((L["lipschitz"], _value(props.lipschitz, lambda v: f"${latex(v)}$", lang)))
    rows.append((L["identity"], _value(props.identity_near_origin, lambda v: _bool(v, lang),
                                       lang)))
    rows.append((L["signs"], _value(props.takes_both_signs, lambda v: _bool(v, lang), lang)))
    body = _rows(rows)
    if sig is not None:
        srows = [(r"$\mathbb{E} f(Z)^2$", f"${sig.second_moment}$"),
                 (L["gain"], f"${sig.gain}$"
                  + (f"; {L['torch_gain']}: ${sig.torch}$" if sig.torch else "")),
                 (L["lipschitz"], f"${sig.sup_slope}$" if sig.sup_slope else "---"),
                 (L["gradient_factor"], f"${sig.gradient_factor}$")]
        body += f"\n\\subsection*{{{L['signal']}}}\n" + _rows(srows)
        if sig.note:
            body += "\n{\\small " + _t(sig.note) + "}\n"
    return _sheet_frame(props.name, act.reference, body, fit)


def _vector_sheet(props, lang: str, rows: list[tuple[str, str]], fit: bool) -> str:
    from ..core import get

    L = LABELS[lang]
    rows.append((L["range"], _value(props.range, lambda r: "$" + latex(r) + "$"
                                    if isinstance(r, sp.Basic) else _t(str(r)), lang)))
    rows.append((L["derivative"], _value(props.jacobian, lambda j: f"${_m(j, fit)}$"
                                         if isinstance(j, sp.Basic) else _t(str(j)), lang)))
    rows.append((L["shift_invariant"], _value(props.shift_invariant,
                                              lambda v: _bool(v, lang), lang)))
    rows.append((L["permutation_equivariant"], _value(props.permutation_equivariant,
                                                      lambda v: _bool(v, lang), lang)))
    return _sheet_frame(props.name, get(props.name).reference, _rows(rows), fit)


def _rows(rows: Sequence[tuple[str, str]]) -> str:
    lines = [r"\begin{tabular}{@{}p{0.28\linewidth}p{0.68\linewidth}@{}}"]
    lines += [f"{k} & {v} \\\\[2pt]" for k, v in rows]
    lines.append(r"\end{tabular}\par")
    return "\n".join(lines)


def _sheet_frame(name: str, reference: str, body: str, page: bool = True) -> str:
    """A sheet on its own page, labelled at both ends (the test reads the page numbers);
    ``page=False``: a fragment for ``symact show --format latex``."""
    head = f"\\section*{{{_t(name)}}}\n{{\\small {_t(reference)}}}\n\n{body}\n"
    if not page:
        return head
    slug = _slug(name)
    return (f"\\clearpage\n\\label{{sheet-{slug}}}\n{head}"
            f"\\label{{sheet-{slug}-end}}\n")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


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
        if hasattr(p, "jacobian"):
            cells = [_t(p.name), _value(p.range, lambda r: _t(str(r)) if not isinstance(
                r, sp.Basic) else f"${latex(r)}$", lang), "", "", "", ""]
        else:
            cells = [_t(p.name),
                     _value(p.range, lambda r: f"${range_latex(r)}$", lang),
                     _value(p.continuity, lambda c: _continuity(c, lang), lang),
                     _value(p.monotonic, lambda k: _mono(k, lang), lang),
                     _value(p.derivative_monotonic, lambda k: _mono(k, lang), lang),
                     _value(p.identity_near_origin, lambda v: _bool(v, lang), lang)]
        lines.append(" & ".join(cells) + r" \\")
    lines += [r"\bottomrule", r"\end{longtable}}"]
    return "\n".join(lines)


# --------------------------------------------------------------------------- proofs


def claim_statement(claim, result, lang: str) -> str:
    """The claim as a display: lhs = rhs (≠ when disproved) or a property sentence."""
    rel = r"\neq" if result is not None and result.status == "disproved" else "="
    if claim.form != "property":
        lhs, rhs = (latex(e, as_written=True) for e in claim.written)
        return rf"\[ \fit{{{lhs} {rel} {rhs}}} \]"
    v = claim.value
    name = _t(claim.activation)
    prop = claim.property
    if prop == "range":
        lo, hi, lc, hc = v
        text = (("[" if lc else "(") + f"{latex(lo)}, {latex(hi)}" + ("]" if hc else ")"))
        return rf"{name}: {LABELS[lang]['range']} ${rel} {text}$"
    if prop == "derivative":
        return rf"{name}: \[ \fit{{f'(x) {rel} {latex(v)}}} \]"
    if prop == "derivative_from_output":
        if v is None:
            return f"{name}: {LABELS[lang]['output_form']}: {LABELS[lang]['no_form']}"
        return rf"{name}: \[ \fit{{f'(x) {rel} {latex(v)},\quad y = f(x)}} \]"
    if prop == "symmetry":
        kind, center = v
        text = _word(lang, kind) + (f" $({latex(center[0])}, {latex(center[1])})$"
                                    if center else "")
        return f"{name}: {LABELS[lang]['symmetry']}: {text}"
    label = LABELS[lang][_PROPERTY_LABEL.get(prop, prop)]
    if isinstance(v, bool):
        return f"{name}: {label}: {_bool(v, lang)}"
    if isinstance(v, sp.Basic):
        return f"{name}: {label} $= {latex(v)}$"
    if prop == "continuity":
        return f"{name}: {label}: {_continuity(v, lang)}"
    if prop in ("monotonic", "derivative_monotonic"):
        return f"{name}: {label}: {_mono(v, lang)}"
    return f"{name}: {label}: {_word(lang, 'nowhere' if v == 'neither' else v)}"


_PROPERTY_LABEL = {"takes_both_signs": "signs", "saturates": "saturation",
                   "identity_near_origin": "identity"}


def proof_block(result, lang: str) -> str:
    """One claim: title, source, statement, verdict, the author's chains or the prover's."""
    L = LABELS[lang]
    c = result.claim
    out = [f"\\subsection*{{{_t(c.title_in(lang))}}}",
           f"{{\\small \\texttt{{{_t(c.id)}}} --- {L['source']}: {_t(c.source)}}}\n",
           claim_statement(c, result, lang)]
    if c.assume:
        out.append(f"{L['assume']}: \\texttt{{{_t(c.assume)}}}\n")
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
        out.append(f"\\textit{{{L['proof']}{' (' + _t(title) + ')' if title else ''}.}}")
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
        return r"\text{" + _t(text) + "}"


def _verdict_chain(v) -> str:
    lines = []
    for case, steps in v.cases():
        if case:
            cond = steps[0].case_latex or r"\text{" + _t(case) + "}"
            lines.append(rf"&\text{{case }} {cond}\colon")
        for i, s in enumerate(steps):
            lines.append(("&" if i == 0 else "&= ") + rf"\fit{{{latex(s.expr)}}}")
    return "\\begin{align*}\n" + " \\\\\n".join(lines) + "\n\\end{align*}"


def proofs_section(results: Sequence[Any], lang: str) -> str:
    L = LABELS[lang]
    blocks = [f"\\clearpage\n\\section*{{{L['proofs']}}}"]
    current = None
    for r in results:
        f = Path(r.claim.file).name
        if f != current:
            blocks.append(f"\\subsection*{{\\texttt{{{_t(f)}}}}}")
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
             f"\\begin{{center}}{{\\LARGE {L['title']}}}\\\\[4pt]{{\\large {_t(L['subtitle'])}}}"
             r"\end{center}", L["intro"]]
    parts.append(property_table(records, lang))  # on the title page: the overview first
    parts += [sheet(p, lang, signals.get(p.name)) for p in records]
    if results:
        parts.append(proofs_section(results, lang))
    parts.append(r"\end{document}")
    return "\n".join(p for p in parts if p) + "\n"


def collect(names: Sequence[str] = (), *, budget: float | None = None, with_signal: bool = True,
            progress: Callable[[str], None] | None = None):
    """(records, signals) for the named activations (default: the catalog)."""
    from ..claims import derived
    from ..core import CATALOG, get

    acts = [get(n) for n in names] if names else list(CATALOG)
    records, signals = [], {}
    for a in acts:
        if progress:
            progress(a.name)
        records.append(derived(a.name, (), budget))
        if with_signal and a.kind == "scalar":
            signals[a.name] = signal(a.name)
    return records, signals


# --------------------------------------------------------------------------- output


def write_tex(text: str, path: Path) -> Path:
    """Write atomically: no partial file on failure."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent or ".", prefix=".symact-", suffix=".tex")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp's 0600 is not what a user expects
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


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


__all__ = ["LABELS", "DocumentError", "build_pdf", "collect", "document", "proof_block",
           "property_table", "sheet", "sheet_pages", "signal", "write_tex"]
