"""The expression grammar: an ``ast`` allow-list, never ``eval``/``sympify``/``parse_expr``.

Only numbers, names, ``+ - * / ** ^``, comparisons, ``and/or/not`` (``& | ~``), tuples (as Piecewise
arguments) and calls of known functions are admitted; everything else raises
:class:`ParseError` naming the token and its 1-based column. ``^`` means power. The grammar
knows no catalog: the caller passes the further call names it admits (``calls``). A derivative
written ``tanh'(x)``, ``d/dx tanh(x)`` or ``dy/dx`` is refused with the ``diff`` call to write.

>>> read_expression("x*erf(x)")
x*erf(x)
>>> read_expression("sigmoid(2*x)", calls={"sigmoid"})
sigmoid(2*x)
>>> read_expression("x.__class__")
Traceback (most recent call last):
...
symact.errors.ParseError: attribute access '.__class__' is not allowed at column 2
"""

from __future__ import annotations

import ast
import decimal
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import sympy as sp

from ..errors import ParseError
from . import vocabulary as vocab


@dataclass(frozen=True)
class _Options:
    symbols: Mapping[str, sp.Symbol] | None
    catalog: frozenset[str]
    evaluate: bool
    source: str


def read_expression(
    text: str,
    *,
    symbols: Iterable[str] | Mapping[str, sp.Symbol] | None = None,
    evaluate: bool = True,
    calls: Iterable[str] = (),
) -> sp.Expr:
    """Parse ``text`` into a SymPy expression without evaluating any Python (the grammar).

    Arguments, result and errors as :func:`symact.core.parsing.parse`, except that the
    admitted function names beyond the built-in ones come as ``calls`` (kept as unexpanded
    calls such as ``sigmoid(z)``) instead of the catalog's.
    """
    if not isinstance(text, str):
        raise ParseError(f"expected a string, got {type(text).__name__}")
    _precheck(text)
    source, colmap = _translate(text)
    try:
        tree = ast.parse(source, mode="eval")
    except SyntaxError as exc:
        col = colmap((exc.offset or 1) - 1)
        raise ParseError(f"syntax error: {exc.msg}", column=col) from None
    except (RecursionError, MemoryError, ValueError) as exc:
        raise ParseError(f"expression too complex ({type(exc).__name__})") from None
    _check_size(tree, colmap)
    table = None if symbols is None else dict(symbols) if isinstance(symbols, Mapping) else {
        name: sp.Symbol(name, real=True) for name in symbols}
    opts = _Options(table, frozenset(calls), evaluate, source)
    result = _Builder(opts, colmap).build(tree.body)
    if isinstance(result, tuple | str):
        raise ParseError("expected an expression, got a tuple or string", column=1)
    return result


def _precheck(text: str) -> None:
    if len(text) > vocab.MAX_LENGTH:
        raise ParseError(f"expression longer than {vocab.MAX_LENGTH} characters",
                         column=vocab.MAX_LENGTH + 1)
    if not text.strip():
        raise ParseError("empty expression", column=1)
    depth = 0
    for i, ch in enumerate(text):
        if ch in "([{":
            depth += 1
            if depth > vocab.MAX_DEPTH:
                raise ParseError(f"nesting deeper than {vocab.MAX_DEPTH} levels", token=ch,
                                 column=i + 1)
        elif ch in ")]}":
            depth -= 1
        elif not (ch.isprintable() or ch.isspace()):
            raise ParseError(f"unexpected character {ch!r}", token=ch, column=i + 1)
    for pattern, call in vocab.DERIVATIVES:
        if m := pattern.search(text):
            said, call = m[0].strip(), m.expand(call)
            raise ParseError(f"derivative notation {said[:40]!r} is not supported: write the "
                             f"derivative as {call[:80]}{'…' * (len(call) > 80)}",
                             column=m.start() + 1)


def _translate(text: str) -> tuple[str, Callable[[int], int]]:
    """Whitespace to spaces and ``^`` to ``**``; returns the source and a map from 0-based
    offsets in it back to 1-based columns of ``text``."""
    out: list[str] = []
    cols: list[int] = []
    start = len(text) - len(text.lstrip())
    for i, ch in enumerate(text[start:], start):
        if ch == "^":
            out.append("**")
            cols.extend((i, i))
        else:
            out.append(" " if ch.isspace() else ch)
            cols.append(i)
    source = "".join(out)

    def colmap(offset: int) -> int:
        return (cols[offset] if 0 <= offset < len(cols) else len(text)) + 1

    return source, colmap


def _check_size(tree: ast.AST, colmap: Callable[[int], int]) -> None:
    count = 0
    stack: list[tuple[ast.AST, int]] = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > vocab.MAX_NODES:
            raise ParseError(f"expression has more than {vocab.MAX_NODES} nodes")
        if depth > 3 * vocab.MAX_DEPTH:
            col = colmap(getattr(node, "col_offset", 0))
            raise ParseError(f"expression nested deeper than {vocab.MAX_DEPTH} levels", column=col)
        for child in ast.iter_child_nodes(node):
            # the left spine of a + b + c ... is a flat list, not nesting
            flat = isinstance(node, ast.BinOp) and child is node.left and isinstance(
                child, ast.BinOp)
            stack.append((child, depth if flat else depth + 1))


class _Builder:
    def __init__(self, opts: _Options, colmap: Callable[[int], int]):
        self.opts = opts
        self.colmap = colmap

    def fail(self, message: str, node: ast.AST, token: str | None = None,
             at: int | None = None) -> ParseError:
        col = at if at is not None else getattr(node, "col_offset", None)
        if col is not None:
            # ast offsets count UTF-8 bytes; report characters
            raw = self.opts.source.encode()[:col]
            col = self.colmap(len(raw.decode(errors="ignore")))
        if token is None:
            token = ast.get_source_segment(self.opts.source, node)
        return ParseError(message, token=token, column=col)

    def attribute(self, node: ast.Attribute) -> ParseError:
        dot = node.end_col_offset - len(node.attr) - 1 if node.end_col_offset else None
        return self.fail(f"attribute access '.{node.attr}' is not allowed", node,
                         f".{node.attr}", at=dot)

    def build(self, node: ast.AST):
        ev = self.opts.evaluate
        if isinstance(node, ast.Constant):
            return self.constant(node)
        if isinstance(node, ast.Name):
            return self.name(node)
        if isinstance(node, ast.UnaryOp):
            if isinstance(node.op, ast.Not | ast.Invert):  # ~c: SymPy's printed Not
                return sp.Not(self.condition(node.operand, node.op))
            if isinstance(node.op, ast.USub | ast.UAdd):
                inner = self.expr(node.operand)
                if isinstance(node.op, ast.UAdd):
                    return inner
                return -inner if ev else sp.Mul(sp.S.NegativeOne, inner, evaluate=False)
            raise self.fail(f"operator {_token(node.op)!r} is not allowed", node, _token(node.op))
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitAnd | ast.BitOr):
            return self.junction(node)
        if isinstance(node, ast.BinOp):
            return self.chain(node)
        if isinstance(node, ast.Compare):
            return self.compare(node)
        if isinstance(node, ast.BoolOp):
            parts = [self.build(v) for v in node.values]
            return sp.And(*parts) if isinstance(node.op, ast.And) else sp.Or(*parts)
        if isinstance(node, ast.Call):
            return self.call(node)
        if isinstance(node, ast.Tuple):
            return tuple(self.build(e) for e in node.elts)
        if isinstance(node, ast.Attribute):
            raise self.attribute(node)
        if isinstance(node, ast.Lambda):
            raise self.fail("lambda is not allowed", node, "lambda")
        if isinstance(node, ast.Subscript):
            raise self.fail("subscripts are not allowed", node, "[")
        raise self.fail(f"{type(node).__name__} is not allowed", node)

    def junction(self, node: ast.BinOp) -> sp.Basic:
        """(x > 0) & (x < 1), c | d: SymPy's printed And/Or, for conditions only."""
        a, b = self.condition(node.left, node.op), self.condition(node.right, node.op)
        return sp.And(a, b) if isinstance(node.op, ast.BitAnd) else sp.Or(a, b)

    def condition(self, node: ast.AST, op: ast.AST) -> sp.Basic:
        """A condition operand of ``op`` (``&``, ``|``, ``~``, ``not``)."""
        c = self.build(node)
        if not isinstance(c, vocab.CONDITIONS):
            raise self.fail(f"operator {_token(op)!r} needs conditions such as (x > 0) & "
                            "(x < 1)", node)
        return c

    def chain(self, node: ast.BinOp) -> sp.Expr:
        """a + b - c + ... (or * /) as a loop over the left spine: long sums must not
        recurse once per term."""
        spine: list[ast.BinOp] = []
        left: ast.AST = node
        while isinstance(left, ast.BinOp):
            if not isinstance(left.op, vocab.BINOPS):
                tok = _token(left.op)
                raise self.fail(f"operator {tok!r} is not allowed", left, tok)
            spine.append(left)
            left = left.left
        value = self.expr(left)
        for op_node in reversed(spine):
            value = self.binop(op_node, value, self.expr(op_node.right))
        return value

    def expr(self, node: ast.AST) -> sp.Expr:
        value = self.build(node)
        if isinstance(value, tuple) or not isinstance(value, sp.Expr):
            raise self.fail("expected an arithmetic expression here", node)
        return value

    def constant(self, node: ast.Constant):
        value = node.value
        if isinstance(value, bool):
            return sp.true if value else sp.false
        if isinstance(value, int):
            if value.bit_length() > vocab.MAX_DIGITS * 3.33:
                raise self.fail("integer literal too large", node)
            return sp.Integer(value)
        if isinstance(value, float):
            return self.decimal(node)
        if isinstance(value, str):
            raise self.fail("string literals are not allowed (except a limit direction)",
                            node)
        raise self.fail(f"literal of type {type(value).__name__} is not allowed", node)

    def decimal(self, node: ast.Constant) -> sp.Rational:
        """The exact value of a decimal literal as typed (``1e-400`` is 10^-400, not the
        float it would round to, 0.0): the literal's own text, never ``float``."""
        text = (ast.get_source_segment(self.opts.source, node) or "").replace("_", "")
        try:
            number = decimal.Decimal(text)
        except decimal.InvalidOperation:
            raise self.fail(f"malformed number literal {text!r}", node) from None
        digits = max(abs(number.adjusted()), len(number.as_tuple().digits))
        if digits > vocab.MAX_DIGITS:
            raise self.fail(f"number literal with more than {vocab.MAX_DIGITS} digits", node)
        return sp.Rational(*number.as_integer_ratio())

    def name(self, node: ast.Name):
        ident = node.id
        if ident in vocab.CONSTANTS:
            return vocab.CONSTANTS[ident]
        if ident in vocab.RESERVED:
            raise self.fail(vocab.RESERVED[ident], node, ident)
        if ident.startswith("_") or not vocab.NAME.match(ident):
            raise self.fail(f"name {ident!r} is not allowed", node, ident)
        if ident in vocab.FUNCTIONS or ident in self.opts.catalog or ident in vocab.SPECIAL:
            raise self.fail(f"function {ident!r} used without arguments", node, ident)
        table = self.opts.symbols
        if table is None:
            return sp.Symbol(ident, real=True)
        if ident not in table:
            allowed = ", ".join(sorted(table)) or "none"
            raise self.fail(f"unknown name {ident!r} (allowed variables: {allowed})", node, ident)
        return table[ident]

    def binop(self, node: ast.BinOp, a: sp.Expr, b: sp.Expr) -> sp.Expr:
        ev = self.opts.evaluate
        op = node.op
        if isinstance(op, ast.Add):
            return sp.Add(a, b, evaluate=ev)
        if isinstance(op, ast.Sub):
            if ev:
                return a - b
            # a number is negated in place so that "e^(2z) - 1" does not print as "- 1*1"
            negated = -b if b.is_Number else sp.Mul(sp.S.NegativeOne, b, evaluate=False)
            return sp.Add(a, negated, evaluate=False)
        if isinstance(op, ast.Mult):
            return sp.Mul(a, b, evaluate=ev)
        if isinstance(op, ast.Div):
            if ev:
                return a / b
            return sp.Mul(a, sp.Pow(b, sp.S.NegativeOne, evaluate=False), evaluate=False)
        self.check_power(node, a, b)
        return sp.Pow(a, b, evaluate=ev)

    def check_power(self, node: ast.AST, base: sp.Expr, exponent: sp.Expr) -> None:
        if exponent.is_Number and abs(exponent) > vocab.MAX_EXPONENT:
            raise self.fail(f"exponent {exponent} larger than {vocab.MAX_EXPONENT}", node, "**")
        if base.is_Number and exponent.is_Number and base != 0:
            digits = abs(float(exponent)) * abs(math.log10(abs(float(base)) or 1e-300))
            if digits > vocab.MAX_DIGITS:
                raise self.fail("power too large", node, "**")

    def compare(self, node: ast.Compare):
        parts = []
        left = self.expr(node.left)
        for op, comp in zip(node.ops, node.comparators, strict=True):
            cls = vocab.COMPARISONS.get(type(op))
            if cls is None:
                tok = _token(op)
                raise self.fail(f"comparison {tok!r} is not allowed", node, tok)
            right = self.expr(comp)
            parts.append(cls(left, right))
            left = right
        return parts[0] if len(parts) == 1 else sp.And(*parts)

    def call(self, node: ast.Call):
        func = node.func
        if not isinstance(func, ast.Name):
            if isinstance(func, ast.Attribute):
                raise self.attribute(func)
            raise self.fail("only named functions can be called", node)
        fname = func.id
        if node.keywords:
            kw = node.keywords[0]
            raise self.fail(f"keyword arguments are not allowed ({kw.arg}=)", node, kw.arg)
        if fname == "diff":
            return self.diff(node)
        if fname == "limit":
            return self.limit(node)
        if fname in self.opts.catalog and fname not in vocab.FUNCTIONS:
            args = [self.expr(a) for a in node.args]
            if not args:
                raise self.fail(f"{fname}() needs an argument", node, fname)
            return sp.Function(fname)(*args)
        if fname not in vocab.FUNCTIONS:
            raise self.fail(f"unknown function {fname!r}", func, fname)
        if fname == "Piecewise":
            return self.piecewise(node)
        lo, hi = vocab.ARITY.get(fname, (1, 1))
        if not lo <= len(node.args) <= hi:
            raise self.fail(f"{fname}() takes {lo}..{hi} arguments, got {len(node.args)}",
                            node, fname)
        args = [self.build(a) for a in node.args]
        if fname in ("Eq", "Ne"):
            return vocab.FUNCTIONS[fname](*args)
        for a, arg_node in zip(args, node.args, strict=True):
            if not isinstance(a, sp.Expr):
                raise self.fail(f"{fname}() expects expressions", arg_node)
        if fname == "sqrt" and not self.opts.evaluate:
            return sp.Pow(args[0], sp.S.Half, evaluate=False)
        return vocab.FUNCTIONS[fname](*args, evaluate=self.opts.evaluate)

    def piecewise(self, node: ast.Call) -> sp.Expr:
        pairs = []
        for arg in node.args:
            if not (isinstance(arg, ast.Tuple) and len(arg.elts) == 2):
                raise self.fail("Piecewise takes (expression, condition) pairs", arg)
            value, cond = self.expr(arg.elts[0]), self.build(arg.elts[1])
            if not isinstance(cond, sp.logic.boolalg.Boolean):
                raise self.fail("a Piecewise condition must be a comparison or True", arg.elts[1])
            pairs.append((value, cond))
        try:
            return sp.Piecewise(*pairs)
        except (TypeError, ValueError) as exc:
            raise self.fail(f"invalid Piecewise: {exc}", node, "Piecewise") from None

    def diff(self, node: ast.Call) -> sp.Expr:
        if len(node.args) < 2:
            raise self.fail("diff(expr, var[, n]) needs a variable", node, "diff")
        target = self.expr(node.args[0])
        spec = []
        for arg in node.args[1:]:
            v = self.expr(arg)
            if not (v.is_Symbol or (v.is_Integer and 0 < v <= 10 and spec)):
                raise self.fail("diff(expr, var[, n]): a variable first, then orders 1 to 10",
                                arg)
            spec.append(v)
        return sp.Derivative(target, *spec)

    def limit(self, node: ast.Call) -> sp.Expr:
        if not 3 <= len(node.args) <= 4:
            raise self.fail("limit(expr, var, point[, \"+\"|\"-\"|\"+-\"])", node, "limit")
        target, var, point = (self.expr(a) for a in node.args[:3])
        if not var.is_Symbol:
            raise self.fail("limit() variable must be a name", node.args[1])
        direction = "+"
        if len(node.args) == 4:
            d = node.args[3]
            if not (isinstance(d, ast.Constant) and d.value in vocab.DIRECTIONS):
                raise self.fail('limit direction must be "+", "-" or "+-"', d)
            direction = d.value
        return sp.Limit(target, var, point, direction)


def _token(op: ast.AST) -> str:
    return vocab.OPERATOR_TOKENS.get(type(op), type(op).__name__)

