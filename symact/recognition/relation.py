r"""One relation between catalog entries, and the map of them, with their four renderings.

Three kinds (:data:`KINDS`), each ``LEFT = a·target(b·x + c; θ) + d`` with exact numbers:

* ``affine``: LEFT is the source entry at its defaults (``tanh(x) = 2*sigmoid(2*x) - 1``);
* ``derivative``: LEFT is its derivative (``d/dx softplus(x) = sigmoid(x)``);
* ``limit``: LEFT is its pointwise limit as one parameter goes to 0⁺ or ∞
  (``lim_{beta -> oo} softplus(x) = relu(x)``).

Status (:data:`STATUSES`): ``proved`` — the equation is proved by the prover and its
certificate is kept (``certificate``, replayed by :func:`symact.verify_certificate`);
``checked`` — a limit: the limit function was found by SymPy's Gruntz algorithm and checked
numerically (``evidence``), and *its* equation with the target is proved.

>>> import sympy as sp
>>> r = Relation("affine", "tanh", "sigmoid", (), sp.Integer(2), sp.Integer(2), sp.S.Zero,
...              sp.Integer(-1))
>>> r.to_text()
'tanh(x) = 2*sigmoid(2*x) - 1  [affine, proved]'
>>> r.to_latex()
'\\operatorname{tanh}(x) = 2 \\operatorname{sigmoid}{\\left(2 x \\right)} - 1'
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

import sympy as sp

from ..core import NAMED_CONSTANTS, escape_text, parse, source
from ..core import latex as tex

KINDS = ("affine", "derivative", "limit")
STATUSES = ("proved", "checked")
FORMATS = ("text", "markdown", "json", "latex")


def _name(name: str) -> sp.Function:
    """The entry as a function symbol printed ``\\operatorname{name}`` (underscores escaped)."""
    return sp.Function(r"\operatorname{" + name.replace("_", r"\_") + "}")


@dataclass(frozen=True)
class Relation:
    """``LEFT = a·target(b·x + c; params) + d`` (see the module docstring for LEFT)."""

    kind: str
    source: str
    target: str
    params: tuple[tuple[str, sp.Expr], ...]
    a: sp.Expr
    b: sp.Expr
    c: sp.Expr
    d: sp.Expr
    parameter: str = ""  # limit: the source's parameter
    towards: sp.Expr | None = None  # limit: 0 (from above) or oo
    status: str = "proved"
    evidence: str = ""  # limit: what the numeric check of the limit measured
    certificate: Mapping | None = field(default=None, compare=False)
    changed: bool = False  # a target parameter is not at its default
    implied_by: str = ""  # a derivative or limit that follows from a listed one (its target)

    def left(self) -> str:
        """``tanh(x)``, ``d/dx softplus(x)``, ``lim_{beta -> oo} softplus(x)``."""
        if self.kind == "derivative":
            return f"d/dx {self.source}(x)"
        if self.kind == "limit":
            to = "0+" if self.towards == 0 else sp.sstr(self.towards)
            return f"lim_{{{self.parameter} -> {to}}} {self.source}(x)"
        return f"{self.source}(x)"

    def right(self) -> str:
        """``2*sigmoid(2*x) - 1``, ``swish(x) with beta = 1702/1000``."""
        inner = sp.Symbol(sp.sstr(self.b * sp.Symbol("x") + self.c))
        text = sp.sstr(self.a * sp.Function(self.target)(inner) + self.d)
        values = ", ".join(f"{k} = {sp.sstr(v)}" for k, v in self.params)
        return text + (f" with {values}" if values and self.changed else "")

    def statement(self) -> str:
        return f"{self.left()} = {self.right()}"

    def to_text(self) -> str:
        return f"{self.statement()}  [{self.kind}, {self.status}]"

    def to_latex(self) -> str:
        """The equation in LaTeX math (no delimiters)."""
        x = sp.Symbol("x")
        right = tex(self.a * _name(self.target)(self.b * x + self.c) + self.d)
        if self.params and self.changed:
            right += r",\ " + r",\ ".join(f"{_tex_param(k)} = {tex(v)}" for k, v in self.params)
        left = _name(self.source).__name__ + "(x)"
        if self.kind == "derivative":
            left = r"\frac{d}{dx}\," + left
        elif self.kind == "limit":
            to = r"0^{+}" if self.towards == 0 else r"\infty"
            left = rf"\lim_{{{_tex_param(self.parameter)} \to {to}}} " + left
        return f"{left} = {right}"

    def to_dict(self) -> dict:
        return {"kind": self.kind, "source": self.source, "target": self.target,
                "params": {k: str(v) for k, v in self.params},
                "a": str(self.a), "b": str(self.b), "c": str(self.c), "d": str(self.d),
                "parameter": self.parameter,
                "towards": "" if self.towards is None else str(self.towards),
                "statement": self.statement(), "status": self.status,
                "evidence": self.evidence, "implied_by": self.implied_by,
                "certificate": self.certificate}


def _tex_param(name: str) -> str:
    """A parameter's LaTeX: Greek names as letters (``beta`` → ``\\beta``)."""
    return tex(sp.Symbol(name))


def to_record(r: Relation) -> dict:
    """A relation as a JSON-able dict the cache stores (:func:`from_record` reads it back)."""
    return {"kind": r.kind, "source": r.source, "target": r.target,
            "params": [[k, source(v)] for k, v in r.params],
            "abcd": [source(v) for v in (r.a, r.b, r.c, r.d)], "parameter": r.parameter,
            "towards": "" if r.towards is None else source(r.towards), "status": r.status,
            "evidence": r.evidence, "certificate": r.certificate, "changed": r.changed,
            "implied_by": r.implied_by}


def _number(text: str) -> sp.Expr:
    """A number read by the safe parser (never ``eval``), SELU's constants by name."""
    e = parse(text)
    return e.xreplace({s: NAMED_CONSTANTS[str(s)] for s in e.free_symbols
                       if str(s) in NAMED_CONSTANTS})


def from_record(data: Mapping) -> Relation:
    """The inverse of :func:`to_record`."""
    a, b, c, d = (_number(v) for v in data["abcd"])
    towards = _number(data["towards"]) if data["towards"] else None
    return Relation(data["kind"], data["source"], data["target"],
                    tuple((k, _number(v)) for k, v in data["params"]), a, b, c, d,
                    data["parameter"], towards, data["status"], data["evidence"],
                    data["certificate"], bool(data["changed"]), data.get("implied_by", ""))


@dataclass(frozen=True)
class RelationMap:
    """The relations among ``entries``, by kind then source in catalog order; ``tried``
    says what was not settled (a fit the prover left unknown, a task past its limit)."""

    entries: tuple[str, ...]
    relations: tuple[Relation, ...]
    tried: tuple[str, ...] = ()

    def of_kind(self, kind: str, implied: bool = True) -> list[Relation]:
        """The relations of one kind (without the implied ones when ``implied`` is False)."""
        return [r for r in self.relations if r.kind == kind and (implied or not r.implied_by)]

    def counts(self) -> dict[str, int]:
        return {k: len(self.of_kind(k)) for k in KINDS}

    def implied(self) -> int:
        return sum(bool(r.implied_by) for r in self.relations)

    def render(self, fmt: str, lang: str = "en") -> str:
        """The map as ``text``, ``markdown``, ``json`` or ``latex`` (headings in ``lang``)."""
        if fmt == "latex":
            return self.to_latex(lang)
        return {"text": self.to_text, "markdown": self.to_markdown, "json": self.to_json}[fmt]()

    def _summary(self) -> str:
        counts = ", ".join(f"{n} {k}" for k, n in self.counts().items())
        implied = self.implied()
        also = (f"; {implied} more derivatives and limits are a listed one written through "
                f"another entry, shown by --format json") if implied else ""
        return (f"{len(self.relations)} relations among {len(self.entries)} entries "
                f"({counts}{also})")

    def to_text(self) -> str:
        lines = [self._summary()]
        for kind in KINDS:
            for r in self.of_kind(kind, implied=False):
                lines.append(r.to_text())
                if r.evidence:
                    lines.append(f"    limit checked: {r.evidence}")
        lines += [f"  tried: {t}" for t in self.tried]
        return "\n".join(lines)

    def to_markdown(self) -> str:
        lines = [f"# Relations\n\n{self._summary()}."]
        for kind in KINDS:
            rows = self.of_kind(kind, implied=False)
            if not rows:
                continue
            lines += [f"\n## {kind.capitalize()}\n", "| relation | status |", "|---|---|"]
            lines += [f"| `{r.statement()}` | {r.status} |" for r in rows]
        if self.tried:
            lines += ["\n## Not settled\n"] + [f"- {t}" for t in self.tried]
        return "\n".join(lines) + "\n"

    def to_dict(self) -> dict:
        return {"entries": list(self.entries), "counts": self.counts(),
                "implied": self.implied(),
                "relations": [r.to_dict() for r in self.relations],
                "tried": list(self.tried)}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def to_latex(self, lang: str = "en") -> str:
        """One ``align*`` block per kind, each line the equation and its status."""
        heads = HEADS[lang]
        parts = []
        for kind in KINDS:
            rows = self.of_kind(kind, implied=False)
            if not rows:
                continue
            parts.append(f"\\subsection*{{{heads[kind]}}}")
            body = [f"{r.to_latex().replace(' = ', ' &= ', 1)} "
                    f"&& \\text{{{escape_text(heads[r.status])}}}" for r in rows]
            parts.append("\\begin{align*}\n" + " \\\\\n".join(body) + "\n\\end{align*}")
        return "\n".join(parts)


# the headings of the LaTeX rendering (the handout's section adds its own title and text)
HEADS = {
    "en": {"affine": "Affine changes of input and output", "derivative": "Derivatives",
           "limit": "Parameter limits", "proved": "proved",
           "checked": "limit checked numerically, identity proved"},
    "cs": {"affine": "Afinní změny vstupu a výstupu", "derivative": "Derivace",
           "limit": "Limity parametrů", "proved": "dokázáno",
           "checked": "limita ověřena numericky, rovnost dokázána"},
}
