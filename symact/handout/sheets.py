r"""One page per activation: the derived properties, then its signal propagation.

Each row is a field's label and its view (:mod:`symact.handout.fields`); the sheet is
labelled ``sheet-<name>`` at its start and ``sheet-<name>-end`` at its end, so the page
numbers in the ``.aux`` file show whether it fits one page (:func:`~.pdf.sheet_pages`).

>>> print(rows([("Range", "$(0, 1)$")]))
\begin{tabular}{@{}p{0.28\linewidth}p{0.68\linewidth}@{}}
Range & $(0, 1)$ \\[2pt]
\end{tabular}\par
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import mpmath
import sympy as sp

from ..core import NAMED_CONSTANTS, escape_text, get, latex
from ..derive import Unknown
from ..errors import SYMPY_FAILURES, SymactError
from ..propagation import gains, gradient_flow, moments
from .fields import cell, field_latex, label
from .labels import LABELS

# the rows of a scalar sheet, in order (continuity also shows nondifferentiable_at)
SCALAR_ROWS = ("range", "derivative", "derivative_from_output", "derivative_from_output_valid",
               "derivative_from_output_loss", "limits", "derivative_limits",
               "symmetry", "monotonic", "derivative_monotonic", "convexity", "continuity",
               "saturates", "extrema", "lipschitz", "identity_near_origin", "takes_both_signs")
VECTOR_ROWS = ("range", "jacobian", "shift_invariant", "permutation_equivariant")


@dataclass(frozen=True)
class Signal:
    """Signal-propagation facts of one activation for its sheet (LaTeX, math mode)."""

    second_moment: str
    gain: str
    torch: str
    note: str
    sup_slope: str
    gradient_factor: str


@lru_cache(maxsize=64)
def signal(name: str) -> Signal | None:
    """Moments, gain beside PyTorch's, sup|f'| and E f'(Z)² (None when not derivable)."""
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


def sheet(props: Any, lang: str, sig: Signal | None = None, *, fit: bool = True) -> str:
    """One activation's sheet (fits one page); ``fit=False`` for a standalone fragment."""
    L = LABELS[lang]
    act = get(props.name)
    # D_f as derived (the head row); a vector activation is defined on all of R^n
    domain = (field_latex(props, "domain", lang, fit) if hasattr(props, "domain")
              else L["reals"])
    if act.params:
        domain += "; " + ", ".join(f"${latex(p.symbol)} = {_with_value(p.default)}$"
                                   for p in act.params)
    head = [(L["definition"], rf"$f(x) = {cell(props.expression, fit)}$"),
            (L["domain"], domain)]
    if hasattr(props, "jacobian"):  # a vector activation (VectorProperties)
        body = rows(head + [(label(f, lang), field_latex(props, f, lang, fit))
                            for f in VECTOR_ROWS])
        return _frame(props.name, act.reference, body, fit)
    body = rows(head + [(label(f, lang), _scalar_cell(props, f, lang, fit))
                        for f in SCALAR_ROWS])
    if sig is not None:
        body += _signal_rows(sig, lang)
    return _frame(props.name, act.reference, body, fit)


def _with_value(v: Any) -> str:
    """A parameter's LaTeX, a named constant with its value (λ_SELU ≈ 1.0507009873554805)."""
    if any(v == c for c in NAMED_CONSTANTS.values()):
        return latex(v) + r" \approx " + str(sp.N(v, 17))
    return latex(v)


def _scalar_cell(props: Any, field: str, lang: str, fit: bool) -> str:
    text = field_latex(props, field, lang, fit)
    if field == "continuity" and not isinstance(props.nondifferentiable_at, Unknown):
        text += field_latex(props, "nondifferentiable_at", lang, fit)
    return text


def _signal_rows(sig: Signal, lang: str) -> str:
    L = LABELS[lang]
    srows = [(r"$\mathbb{E} f(Z)^2$", f"${sig.second_moment}$"),
             (L["gain"], f"${sig.gain}$"
              + (f"; {L['torch_gain']}: ${sig.torch}$" if sig.torch else "")),
             (L["lipschitz"], f"${sig.sup_slope}$" if sig.sup_slope else "---"),
             (L["gradient_factor"], f"${sig.gradient_factor}$")]
    text = f"\n\\subsection*{{{L['signal']}}}\n" + rows(srows)
    if sig.note:
        text += "\n{\\small " + escape_text(sig.note) + "}\n"
    return text


def rows(items: Sequence[tuple[str, str]]) -> str:
    """A two-column table of (label, value) rows, as wide as the text."""
    lines = [r"\begin{tabular}{@{}p{0.28\linewidth}p{0.68\linewidth}@{}}"]
    lines += [f"{k} & {v} \\\\[2pt]" for k, v in items]
    lines.append(r"\end{tabular}\par")
    return "\n".join(lines)


def _frame(name: str, reference: str, body: str, page: bool = True) -> str:
    """A sheet on its own page, labelled at both ends (the test reads the page numbers);
    ``page=False``: a fragment for ``symact show --format latex``."""
    head = f"\\section*{{{escape_text(name)}}}\n{{\\small {escape_text(reference)}}}\n\n{body}\n"
    if not page:
        return head
    slug = _slug(name)
    return (f"\\clearpage\n\\label{{sheet-{slug}}}\n{head}"
            f"\\label{{sheet-{slug}-end}}\n")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())
