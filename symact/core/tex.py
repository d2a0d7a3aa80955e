"""LaTeX of expressions with the catalog's names, chains of equal expressions, text escaping.

The printer (:mod:`symact.core.printer`) knows no catalog; :func:`latex` passes the catalog's
names and aliases, so ``sigmoid(z)`` prints as ``\\sigma\\left(z\\right)``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sympy as sp

from .catalog import names_and_aliases
from .printer import render


def latex(expr: sp.Basic, *, as_written: bool = False) -> str:
    r"""LaTeX for one expression (``as_written`` for unevaluated derivation steps).

    >>> from symact.core.parsing import parse
    >>> latex(parse("sigmoid(z)"))
    '\\sigma\\left(z\\right)'
    """
    return render(expr, as_written=as_written, calls=names_and_aliases())


def render_chain(exprs: Sequence[sp.Basic], rules: Sequence[str] | None = None, *,
                 as_written: bool = False) -> str:
    r"""An ``align*`` body ``e0 &= e1 \\ &= e2 …``; ``rules[k]`` labels link k -> k+1.

    >>> x = sp.Symbol("x")
    >>> print(render_chain([x * (x + 1), x**2 + x], ["expand"]))
    x \left(x + 1\right) &= x^{2} + x && \text{expand}
    """
    if len(exprs) < 2:
        raise ValueError("a chain needs at least two expressions")
    if rules is not None and len(rules) != len(exprs) - 1:
        raise ValueError(f"{len(exprs) - 1} links need as many labels, got {len(rules)}")
    tex = [latex(e, as_written=as_written) for e in exprs]
    lines = []
    for k in range(1, len(exprs)):
        head = tex[0] + " " if k == 1 else ""
        label = f" && \\text{{{escape_text(rules[k - 1])}}}" if rules else ""
        lines.append(f"{head}&= {tex[k]}{label}")
    return " \\\\\n".join(lines)


def escape_text(text: str) -> str:
    r"""Plain text safe for LaTeX text mode (also inside ``\text{...}``).

    ``&%$#_{}`` get a backslash, ``\ ^ ~`` become ``\textbackslash{}``, ``\^{}``, ``\~{}``;
    the Greek letters and symbols of activation names and notes become inline math
    (:data:`_TEXT_UNICODE`), so pdflatex needs no Unicode font for them.

    >>> print(escape_text("a_b & σ(x) → 1"))
    a\_b \& $\sigma$(x) $\to$ 1
    >>> print(escape_text("x > 0"))
    x > 0
    """
    return "".join(_TEXT_ESCAPES.get(ch, ch) for ch in text)


# Unicode that the lecture's names, titles and notes use, as LaTeX that pdflatex can set.
_TEXT_UNICODE = {"σ": r"$\sigma$", "δ": r"$\delta$", "β": r"$\beta$", "α": r"$\alpha$",
                 "λ": r"$\lambda$", "Φ": r"$\Phi$", "∂": r"$\partial$", "∈": r"$\in$",
                 "→": r"$\to$", "∞": r"$\infty$", "−": "-", "·": r"$\cdot$", "ᵀ": r"$^{T}$",
                 "„": ",,", "“": "''", "”": "''", "≈": r"$\approx$", "′": "'"}
_TEXT_ESCAPES = {**{ch: "\\" + ch for ch in "&%$#_{}"}, "\\": r"\textbackslash{}",
                 "^": r"\^{}", "~": r"\~{}", **_TEXT_UNICODE}
