"""Reading a certificate: JSON -> :class:`Certificate`, every string through the safe parser.

Claim sides and chain steps are parsed (catalog calls expanded, derivatives evaluated), regions
and assumptions become conditions, the counterexample point must be exact rationals. SymPy
writes an if-then-else condition ``ITE(a, b, c)``, which the grammar does not know: it is read
as ``(a and b) or (not a and c)``, its meaning.

>>> read({"format": FORMAT, "claim": {"lhs": "Abs(x)", "rhs": "x", "assume": "x >= 0"},
...       "status": "proved", "cases": []}).domain
x >= 0
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import sympy as sp

from ..core import definitions, expand, parse
from ..errors import SYMPY_FAILURES, SymactError

FORMAT = "symact-certificate/1"
_WORDS = {"real": lambda v: sp.true, "positive": lambda v: v > 0, "negative": lambda v: v < 0,
          "nonnegative": lambda v: v >= 0, "nonpositive": lambda v: v <= 0,
          "nonzero": lambda v: sp.Ne(v, 0)}
_RATIONAL = re.compile(r"-?\d+(/0*[1-9]\d*)?\Z")
_BOOLEAN = sp.logic.boolalg.Boolean
_ITE = re.compile(r"\bITE\(")


class CertificateError(SymactError, ValueError):
    """The certificate cannot be read: not JSON, a missing key or wrong type, a bad string."""


@dataclass(frozen=True)
class Certificate:
    """A certificate as read: parsed claim sides, domain, cases and point."""

    lhs: sp.Expr
    rhs: sp.Expr
    domain: sp.Basic
    status: str
    cases: tuple[tuple[sp.Basic, tuple[sp.Expr, ...]], ...]
    point: Mapping[sp.Symbol, sp.Rational] | None


def load(source: str | os.PathLike[str] | Mapping) -> Mapping:
    """The certificate's dict: given, or read from a JSON file."""
    if isinstance(source, Mapping):
        return source
    try:
        return json.loads(Path(source).read_text(encoding="utf-8"))
    except (OSError, TypeError, UnicodeDecodeError, RecursionError) as exc:
        raise CertificateError(f"cannot read {source}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise CertificateError(f"{source} is not JSON: {exc}") from None


def _field(obj, key: str, kind, where: str):
    if not isinstance(obj, Mapping) or key not in obj:
        raise CertificateError(f"{where}: missing key {key!r}")
    if not isinstance(obj[key], kind):
        raise CertificateError(f"{where}.{key}: wrong type {type(obj[key]).__name__}")
    return obj[key]


def read(data, opaque: bool = False) -> Certificate:
    """The certificate checked for form and parsed (never eval). ``opaque``: each innermost
    catalog call (one with no catalog call inside) is read as a variable of its own, the
    same call as the same variable throughout (what holds for every value of ``swish(x)``
    holds at it); not where a derivative, limit or integral could depend on it.

    Raises:
        CertificateError: a missing key, a wrong type, a string that does not parse.
    """
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        got = data.get("format") if isinstance(data, Mapping) else type(data).__name__
        raise CertificateError(f"format must be {FORMAT!r}, got {got!r}")
    table: dict[sp.Expr, sp.Symbol] | None = {} if opaque else None
    claim = _field(data, "claim", Mapping, "certificate")
    lhs, rhs = (_parsed(_field(claim, k, str, "claim"), f"claim.{k}", table=table)
                for k in ("lhs", "rhs"))
    domain = _assumptions(_field(claim, "assume", str | None, "claim") or "", table)
    status = _field(data, "status", str, "certificate")
    if status not in ("proved", "disproved"):
        raise CertificateError(f"status must be 'proved' or 'disproved', got {status!r}")
    cases = []
    for k, case in enumerate(_field(data, "cases", list, "certificate")):
        where = f"cases[{k}]"
        region = _condition(_field(case, "region", str, where), f"{where}.region", table)
        steps = _field(case, "steps", list, where)
        for i, s in enumerate(steps):
            _field(s, "rule", str, f"{where}.steps[{i}]")
        cases.append((region, tuple(_parsed(_field(s, "expr", str, f"{where}.steps[{i}]"),
                                          f"{where}.steps[{i}]", table=table)
                                  for i, s in enumerate(steps))))
    point = None
    if data.get("counterexample") is not None:
        raw = _field(data["counterexample"], "point", Mapping, "counterexample")
        point = {}
        for name, text in raw.items():
            sym = _parsed(str(name), "counterexample.point", sp.Symbol)
            if not (isinstance(text, str) and _RATIONAL.match(text)):
                raise CertificateError(f"counterexample.point.{name}: {text!r} is not an exact "
                                       "rational 'p/q'")
            point[sym] = sp.Rational(text)
    return Certificate(lhs, rhs, domain, status, tuple(cases), point)


_REAL_FUNCTIONS = (sp.exp, sp.sin, sp.cos, sp.tan, sp.sinh, sp.cosh, sp.tanh, sp.sech, sp.csch,
                   sp.coth, sp.atan, sp.asinh, sp.erf, sp.erfc, sp.Abs, sp.sign, sp.Heaviside,
                   sp.Max, sp.Min, sp.floor, sp.ceiling, sp.core.function.AppliedUndef)


def real_wherever_defined(e: sp.Basic) -> bool:
    """Built only from operations that are real at every real point where they are defined
    (no fractional power of a base that may be negative, no log, asin, acosh, …): a variable
    standing for it ranges over the reals, and nothing non-real is hidden behind it.

    >>> x = sp.Symbol("x", real=True)
    >>> real_wherever_defined(sp.exp(2*x) / x), real_wherever_defined(sp.sqrt(x) + 1)
    (True, False)
    """
    if e.is_Symbol or e.is_Number or e in (sp.pi, sp.E):
        return bool(e.is_real)
    if isinstance(e, sp.Pow):
        ok = e.exp.is_Integer or e.base.is_positive
        return bool(ok) and real_wherever_defined(e.base) and real_wherever_defined(e.exp)
    if isinstance(e, (sp.Add, sp.Mul, *_REAL_FUNCTIONS)):
        return all(real_wherever_defined(a) for a in e.args)
    return False


def call_arguments(exprs, kinds: tuple[type, ...]) -> set[sp.Expr]:
    """The arguments of the calls of ``kinds`` that are more than a variable or a number and
    real wherever defined, each up to sign (``-x - 1`` as ``x + 1``).

    >>> x = sp.Symbol("x", real=True)
    >>> sorted(call_arguments([sp.exp(-x - 1) + sp.tanh(x)], (sp.Function,)), key=str)
    [x + 1]
    """
    found: set[sp.Expr] = set()
    for e in exprs:
        for f in e.atoms(*kinds):
            signed = (sp.expand(-a) if a.could_extract_minus_sign() else a for a in f.args)
            found.update(a for a in signed if a.free_symbols and not a.is_Symbol
                         and real_wherever_defined(a))
    return found


def innermost(found: set[sp.Expr]) -> set[sp.Expr]:
    """Those containing none of the others (the others' substitution reaches inside them)."""
    return {a for a in found if not any(b != a and a.has(b) for b in found)}


def generalised(cert: Certificate) -> Certificate:
    """The certificate with each innermost argument of a function call in the claim's sides
    (2*x + 1/3 in exp(2*x + 1/3); up to sign) a variable of its own everywhere: what holds
    for every value of it holds at 2*x + 1/3. Not where a limit or integral binds a
    variable (the claim is then returned as it is)."""
    sides = (cert.lhs, cert.rhs)
    if any(e.has(sp.Limit, sp.Integral, sp.Derivative) for e in sides):
        return cert
    inner = sorted(innermost(call_arguments(sides, (sp.Function,))), key=sp.default_sort_key)
    if not inner:
        return cert

    def put(e: sp.Basic) -> sp.Basic:
        for k, a in enumerate(inner):
            e = e.subs(a, sp.Symbol(f"argument{k}", real=True))
        return e

    return Certificate(put(cert.lhs), put(cert.rhs), put(cert.domain), cert.status,
                       tuple((put(r), tuple(map(put, steps))) for r, steps in cert.cases),
                       cert.point)


def _parsed(text: str, where: str, kind: type = sp.Expr,
            table: dict[sp.Expr, sp.Symbol] | None = None) -> sp.Basic:
    """Safely parsed (never eval/sympify), catalog calls expanded, derivatives evaluated;
    with a ``table``, innermost catalog calls first read as variables (see :func:`read`)."""
    try:
        e = parse(_without_ite(text))
        if table is not None and not e.has(sp.Derivative, sp.Subs, sp.Limit, sp.Integral):
            inner = sorted((n for n in e.atoms(sp.core.function.AppliedUndef)
                            if _innermost_call(n) and real_wherever_defined(n)),
                           key=sp.default_sort_key)
            e = e.xreplace({n: table.setdefault(n, sp.Symbol(f"opaque{len(table)}", real=True))
                            for n in inner})
        e = _ites_unfolded(expand(definitions(e)))
    except (SymactError, *SYMPY_FAILURES) as exc:
        raise CertificateError(f"{where}: {exc}") from None
    if not isinstance(e, kind) or (kind is _BOOLEAN and isinstance(e, sp.Expr)):
        raise CertificateError(f"{where}: expected {kind.__name__}, got {text!r}")
    return e


def _innermost_call(n: sp.Basic) -> bool:
    calls = sp.core.function.AppliedUndef
    return isinstance(n, calls) and not any(a.atoms(calls) for a in n.args)


def _ites_unfolded(e: sp.Basic) -> sp.Basic:
    """Each ITE(a, b, c) that SymPy made (a Piecewise inside a relation) as its meaning.

    >>> x = sp.Symbol("x", real=True)
    >>> _ites_unfolded(sp.ITE(x < 0, x <= -1, x > 2))
    ((x >= 0) & (x > 2)) | ((x <= -1) & (x < 0))
    """
    return e.replace(lambda n: isinstance(n, sp.ITE), lambda n: sp.Or(
        sp.And(n.args[0], n.args[1]), sp.And(sp.Not(n.args[0]), n.args[2])))


def _condition(text: str, where: str, table: dict | None = None) -> sp.Basic:
    """A region "x < 0", "x = 0", "(x >= 0) & (y < 1)"; top-level commas mean "and"."""
    text = re.sub(r"(?<![<>=!])=(?!=)", "==", text).replace("&", " and ").replace("|", " or ")
    return sp.And(*(_parsed(p, where, _BOOLEAN, table) for p in _clauses(text)))


def _clauses(text: str) -> list[str]:
    parts, depth, cur = [], 0, ""
    for ch in text:
        depth += (ch in "([") - (ch in ")]")
        if ch == "," and depth == 0:
            parts, cur = [*parts, cur], ""
        else:
            cur += ch
    return [p.strip() for p in [*parts, cur] if p.strip()]


def _assumptions(text: str, table: dict | None = None) -> sp.Basic:
    """"x real, 0 < a < 1, y != 0, b positive" as one condition; "x, y positive" as written."""
    conds, pending = [], []
    for clause in _clauses(text):
        words = clause.replace(",", " ").split()
        if len(words) == 1 and words[0].isidentifier():
            pending.append(words[0])  # a bare name joins the declaration that follows
        elif len(words) >= 2 and words[-1].lower() in _WORDS:
            for name in (*pending, *words[:-1]):
                conds.append(_WORDS[words[-1].lower()](_parsed(name, "claim.assume", sp.Symbol)))
            pending = []
        else:
            pending = []
            conds.append(_condition(clause, "claim.assume", table))
    return sp.And(*conds)


def _without_ite(text: str) -> str:
    """Each ``ITE(a, b, c)`` written as ``((a) and (b)) or ((not (a)) and (c))``.

    >>> _without_ite("Piecewise((1, ITE(x < 0, y < 0, ITE(y > 1, True, x > 2))), (0, True))")
    'Piecewise((1, (((x < 0) and (y < 0)) or ((not (x < 0)) and ((((y > 1) and (True)) or \
((not (y > 1)) and (x > 2))))))), (0, True))'
    """
    found = _ITE.search(text)
    if found is None:
        return text
    args, depth, cur = [], 1, found.end()
    for i in range(found.end(), len(text)):
        depth += (text[i] in "([") - (text[i] in ")]")
        if depth == 0 or (depth == 1 and text[i] == ","):
            args.append(_without_ite(text[cur:i].strip()))
            cur = i + 1
        if depth == 0:
            break
    if depth or len(args) != 3:
        raise CertificateError(f"ITE needs three arguments: {text[found.start():][:60]!r}")
    a, b, c = args
    return (f"{text[:found.start()]}((({a}) and ({b})) or ((not ({a})) and ({c})))"
            f"{_without_ite(text[cur:])}")
