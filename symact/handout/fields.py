r"""One LaTeX view per property field, shared by the sheet, the table and the claim statements.

A view takes a field's value in the form of the records of :func:`symact.derive.properties`
and returns text-mode LaTeX: ``VIEWS[field](value, lang, fit)``. :func:`show` adds what every
field may be instead of a value (unknown, or depending on the parameters). ``fit`` shrinks
wide formulas to their table cell (``\fitcell``, defined in the handout's preamble).

>>> import sympy as sp
>>> print(interval_latex(sp.Interval.open(-1, 1)))
\left(-1, 1\right)
>>> print(VIEWS["saturates"]({"-oo": False, "+oo": True}, "en"))
$f' \to 0$ only as $x \to +\infty$
>>> print(VIEWS["continuity"](1, "en"))
$C^{1}$
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import sympy as sp

from ..calculus import NONEXISTENT
from ..core import escape_text, latex
from ..derive import Conditional, Unknown
from .labels import LABELS, word, yes_no

View = Callable[..., str]  # (value, lang, fit=True) -> text-mode LaTeX


def show(field: Any, view: View, lang: str, fit: bool = True) -> str:
    """A record's field through its view: *unknown* in italics, each parameter case, or the
    value."""
    if isinstance(field, Unknown):
        return r"\textit{" + LABELS[lang]["unknown_value"] + "}"
    v = field.value
    if isinstance(v, Conditional):
        when, other = LABELS[lang]["when"], LABELS[lang]["otherwise"]
        cases = "; ".join(f"{view(w, lang, fit)} {when} ${latex(c)}$" for c, w in v.cases)
        return f"{cases}; {other} {view(v.otherwise, lang, fit)}"
    return view(v, lang, fit)


def label(field: str, lang: str) -> str:
    """The row label of a field (``LABELS`` key: the field's name unless renamed here)."""
    return LABELS[lang][_LABEL_KEY.get(field, field)]


# fields whose label key is not the field's name
_LABEL_KEY = {"derivative_from_output": "output_form",
              "derivative_from_output_valid": "output_valid",
              "derivative_from_output_loss": "output_loss", "takes_both_signs": "signs",
              "saturates": "saturation", "identity_near_origin": "identity",
              "jacobian": "derivative"}


# --------------------------------------------------------------------------- math pieces


def interval_latex(s: sp.Set) -> str:
    """An interval or union in the usual notation (open ends in round brackets)."""
    return latex(s)


def range_latex(r: Any) -> str:
    r"""A derived Range; a numeric enclosure is shown at 12 digits after ``\approx``."""
    if r.exact:
        return interval_latex(r.set)
    shown = sp.Interval(short(r.lower), short(r.upper), not r.lower_closed,
                        not r.upper_closed)
    return r"\approx " + interval_latex(shown)


def cell(expr: sp.Basic, fit: bool = True) -> str:
    """A formula, shrunk to its table cell when too wide (``fit``: needs the preamble)."""
    return rf"\fitcell{{{latex(expr)}}}" if fit else latex(expr)


def short(v: sp.Basic) -> sp.Basic:
    """A numeric value at 12 digits for print (sets and symbols unchanged)."""
    return sp.Float(v, 12) if isinstance(v, sp.Expr) and v.is_number else v


def point_latex(center: tuple[sp.Expr, sp.Expr]) -> str:
    """``$(x_0, y_0)$``."""
    return f"$({latex(center[0])}, {latex(center[1])})$"


# --------------------------------------------------------------------------- the views


def range_view(r: Any, lang: str, fit: bool = True) -> str:
    """A scalar Range record, a set (vector activations) or a description in words."""
    if isinstance(r, str):
        return escape_text(r)
    if isinstance(r, sp.Basic):
        return f"${latex(r)}$"
    return f"${range_latex(r)}$"


def derivative_view(d: sp.Expr, lang: str, fit: bool = True) -> str:
    return f"$f'(x) = {cell(d, fit)}$"


def output_form_view(h: sp.Expr | None, lang: str, fit: bool = True) -> str:
    """f' as a function of the output y = f(x); none when f is not injective."""
    return LABELS[lang]["no_form"] if h is None else f"$f' = {cell(h, fit)}$"


def valid_view(v: Any, lang: str, fit: bool = True) -> str:
    """Always, never, or the condition on the parameters."""
    return yes_no(v, lang) if isinstance(v, bool) else f"${latex(v)}$"


def loss_view(s: sp.Set | None, lang: str, fit: bool = True) -> str:
    """The float64 x where f' from a rounded y loses most digits (ends to 4 digits)."""
    if s is None:
        return "---"
    short = s.xreplace({f: sp.Float(f, 4) for f in s.atoms(sp.Float)})
    return f"$x \\in {latex(short)}$"


def jacobian_view(j: Any, lang: str, fit: bool = True) -> str:
    return f"${cell(j, fit)}$" if isinstance(j, sp.Basic) else escape_text(str(j))


def _limits_view(fn: str) -> View:
    def view(d: Mapping[str, Any], lang: str, fit: bool = True) -> str:
        parts = []
        for end, sym in (("-oo", r"-\infty"), ("+oo", r"+\infty")):
            if end not in d:
                continue  # the domain does not reach that end (sqrt: no -oo)
            v = d[end]
            val = r"\text{---}" if v is NONEXISTENT else latex(v)
            parts.append(rf"\lim_{{x \to {sym}}} {fn} = {val}")
        if not parts:
            return "---"  # a bounded domain has no end at infinity
        return "$" + r",\quad ".join(parts) + "$"

    return view


def symmetry_view(s: Any, lang: str, fit: bool = True) -> str:
    """A Symmetry record (kind odd/even/point/none, the centre of a point symmetry)."""
    if s.kind == "point":
        return f"{word(lang, 'point')} {point_latex(s.center)}"
    return word(lang, s.kind)


def monotonic_view(kind: str, lang: str, fit: bool = True) -> str:
    return word(lang, "not_monotonic" if kind == "none" else kind)


def word_view(key: str, lang: str, fit: bool = True) -> str:
    return word(lang, key)


def continuity_view(c: Any, lang: str, fit: bool = True) -> str:
    """``"inf"`` or the order k of C^k; a negative order means discontinuous."""
    if c == "inf":
        return r"$C^\infty$"
    if int(c) < 0:
        return word(lang, "discontinuous")
    return f"$C^{{{int(c)}}}$"


def nondifferentiable_view(points: Any, lang: str, fit: bool = True) -> str:
    """``; not differentiable at x ∈ {…}`` (empty when differentiable everywhere): it follows
    the continuity on the same row."""
    if not points:
        return ""
    where = ", ".join(latex(a) for a in points)
    return f"; {LABELS[lang]['not_differentiable']} $x \\in \\{{{where}\\}}$"


def saturation_view(d: Mapping[str, bool], lang: str, fit: bool = True) -> str:
    """The ends where f' -> 0 (``{"-oo": bool, "+oo": bool}``)."""
    ends = [s for k, s in (("-oo", r"x \to -\infty"), ("+oo", r"x \to +\infty"))
            if d.get(k)]
    if not ends:
        return word(lang, "no_saturation")
    at = "saturates_only" if len(ends) == 1 else "saturates_at"  # one end: not the other
    return f"{word(lang, at)} $" + r",\ ".join(ends) + "$"


def extrema_view(items: Any, lang: str, fit: bool = True) -> str:
    """Each Extremum as ``minimum v at x = p``; numeric ones at 12 digits."""
    if not items:
        return word(lang, "none")
    out = []
    for e in items:
        numeric = not e.exact
        where = latex(short(e.x) if numeric else e.x)
        value = latex(short(e.value) if numeric else e.value)
        family = r",\ k \in \mathbb{Z}" if e.family else ""
        out.append(f"{word(lang, e.kind)} ${value}$ {word(lang, 'at')} $x = {where}{family}$")
    return "; ".join(out)


def formula_view(v: sp.Basic, lang: str, fit: bool = True) -> str:
    return f"${latex(v)}$"


def domain_view(d: sp.Set, lang: str, fit: bool = True) -> str:
    """D_f: the real line as the lecture writes it, else the set."""
    if d is sp.S.Reals:
        return word(lang, "reals")
    return f"${latex(d)}$"


def boolean_view(v: bool, lang: str, fit: bool = True) -> str:
    return yes_no(v, lang)


# field -> its one view (scalar and vector records)
VIEWS: Mapping[str, View] = {
    "domain": domain_view,
    "range": range_view,
    "derivative": derivative_view,
    "derivative_from_output": output_form_view,
    "derivative_from_output_valid": valid_view,
    "derivative_from_output_loss": loss_view,
    "jacobian": jacobian_view,
    "value_at_zero": formula_view,
    "derivative_at_zero": formula_view,
    "limits": _limits_view("f(x)"),
    "derivative_limits": _limits_view("f'(x)"),
    "extrema": extrema_view,
    "symmetry": symmetry_view,
    "monotonic": monotonic_view,
    "derivative_monotonic": monotonic_view,
    "convexity": word_view,
    "continuity": continuity_view,
    "nondifferentiable_at": nondifferentiable_view,
    "saturates": saturation_view,
    "lipschitz": formula_view,
    "identity_near_origin": boolean_view,
    "bounded_below": boolean_view,
    "bounded_above": boolean_view,
    "takes_both_signs": boolean_view,
    "shift_invariant": boolean_view,
    "permutation_equivariant": boolean_view,
}


def field_latex(record: Any, field: str, lang: str, fit: bool = True) -> str:
    """``record.<field>`` through its view (see :func:`show`)."""
    return show(getattr(record, field), VIEWS[field], lang, fit)
