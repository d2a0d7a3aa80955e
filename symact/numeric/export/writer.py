"""Standalone source for the evaluators: ``numpy`` (NumPy + SciPy), ``torch`` or ``jax``.

numpy: the kernels of :mod:`symact.numeric.kernels` (catalog names) and the generated code of
:mod:`symact.numeric.codegen` (custom expressions) are copied verbatim, so the exported module is
the in-process evaluator, bit for bit. torch/jax: the stable forms of
:mod:`symact.core.stable_forms` printed as array code (Piecewise as nested ``where``), computed in
float64 and rounded once; the value gets the exported derivative as its autograd rule
(``torch.autograd.Function``, ``jax.custom_jvp``), so backprop uses the stable derivative.

>>> src = export_source(["sigmoid"], "numpy")
>>> "import sympy" in src, "def sigmoid(x, out=None):" in src
(False, True)
"""

from __future__ import annotations

import inspect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import sympy as sp

from ...core import FORMS, TANHSHRINK_SERIES, StableFunction, X, get, names, resolve
from ...errors import SymactError
from .. import kernels as K
from ..rewrite import rewrite

TARGETS = ("numpy", "torch", "jax")


class ExportError(SymactError, ValueError):
    """An export request cannot be served (unknown target, vector activation, bad name)."""


@dataclass(frozen=True)
class _Item:
    """One exported activation: public name, value/derivative SymPy forms, catalog name."""

    name: str
    value: sp.Expr
    derivative: sp.Expr
    doc: str
    catalog: str | None


def _items(specs: Sequence[str]) -> list[_Item]:
    items: list[_Item] = []
    n_custom = 0
    for spec in specs:
        act = resolve(spec)
        if act.name not in names():  # a custom expression
            n_custom += 1
            expr = act.expr
            if expr.free_symbols - {X}:
                raise ExportError(f"{spec!r}: only the variable x may appear") from None
            stable = rewrite(expr)
            items.append(_Item(f"custom_{n_custom}", stable, rewrite(sp.diff(stable, X)),
                               f"f(x) = {sp.sstr(expr)}", None))
            continue
        if act.kind != "scalar":
            raise ExportError(f"{act.name} is vector-valued; export covers scalar activations")
        subs = act.substitution()
        form = FORMS[act.name]
        items.append(_Item(act.name, form.value.subs(subs), form.derivative.subs(subs),
                           f"{act.name}(x) = {sp.sstr(act.bind())}", act.name))
    if not items:
        raise ExportError("nothing to export: give catalog names or expressions")
    return items


def export_source(specs: Sequence[str], target: str = "numpy") -> str:
    """Source of a module with ``name(x)`` and ``name_derivative(x)`` for each spec."""
    if target not in TARGETS:
        raise ExportError(f"unknown target {target!r} (expected one of {', '.join(TARGETS)})")
    items = _items(specs)
    return _numpy(items) if target == "numpy" else _array_lib(items, target)


# --- numpy: copy the kernels -----------------------------------------------------------------
def _kernel_functions() -> dict[str, str]:
    """Source of every function defined in the kernel modules (kernels gathers them)."""
    return {n: inspect.getsource(f) for mod in K.MODULES
            for n, f in inspect.getmembers(mod, inspect.isfunction)
            if f.__module__ == mod.__name__}


def _rename(src: str, names: Sequence[str]) -> str:
    for n in names:
        src = re.sub(rf"(?<![\w.]){n}\(", f"_k_{n}(", src)
    return src


def _numpy(items: list[_Item]) -> str:
    from ..codegen import numpy_source

    funcs = _kernel_functions()
    kernel_names = [n for n in funcs if n not in K.HELPERS]
    bodies: list[str] = []
    wanted: list[str] = []
    publics: list[str] = []
    for it in items:
        if it.catalog is not None:
            from ..evaluators import catalog_kernels, kernel_constants

            act = get(it.catalog)
            consts = kernel_constants(act)
            for kern, suffix in zip(catalog_kernels(act.name), ("", "_derivative",
                                                                 "_derivative_from_output"),
                                    strict=True):
                if kern is None:
                    continue
                wanted.append(kern.__name__)
                publics.append(_np_public(it.name + suffix, kern.__name__, consts,
                                          _doc(it, suffix, kern.__doc__)))
        else:
            definition = sp.sympify(it.doc.split("= ", 1)[1], locals={"x": X})
            src = numpy_source(it.value, X, f"{it.name}", definition) + "\n\n" + \
                numpy_source(it.derivative, X, f"{it.name}_derivative",
                             sp.diff(definition, X))
            bodies.append(src)
            wanted += re.findall(r"(?<![\w.])(\w+)\(", src)
            publics.append(_np_public(it.name, it.name, (), it.doc))
            publics.append(_np_public(it.name + "_derivative", it.name + "_derivative", (),
                                      f"Derivative of {it.doc}"))
            kernel_names.append(it.name)
            kernel_names.append(it.name + "_derivative")
    # closure over the kernels the wanted ones call
    need: list[str] = []
    todo = [n for n in wanted if n in funcs]
    while todo:
        n = todo.pop()
        if n in need:
            continue
        need.append(n)
        todo += [m for m in re.findall(r"(?<![\w.])(\w+)\(", funcs[n]) if m in funcs]
    helpers = [funcs[h] for h in K.HELPERS]
    kernels = [funcs[n] for n in funcs if n in need and n not in K.HELPERS]
    consts = [f"{c} = {getattr(K, c)!r}" for c in K.CONSTANTS]
    header = _header("numpy", [it.name for it in items])
    code = "\n\n".join([*helpers, *kernels, *bodies])
    code = _rename(code, kernel_names)
    return header + "\n".join(consts) + "\n\n\n" + code + "\n\n" + "\n\n".join(publics)


def _doc(it: _Item, suffix: str, kernel_doc: str | None) -> str:
    what = {"": it.doc, "_derivative": f"Derivative of {it.doc}",
            "_derivative_from_output": f"Derivative of {it.name} from its output y"}[suffix]
    return what + ("\n\n    Stable form: " + " ".join((kernel_doc or "").split()) if kernel_doc
                   else "")


def _np_public(name: str, kernel: str, consts: tuple[float, ...], doc: str) -> str:
    args = "".join(f", {c!r}" for c in consts)
    return (f"def {name}(x, out=None):\n    \"\"\"{doc}\"\"\"\n"
            f"    return apply(_k_{kernel}, x, out{args})\n\n")


def _header(target: str, names: Sequence[str]) -> str:
    imports = {"numpy": "import math\n\nimport numpy\nimport numpy as np\nimport scipy.special\n"
                        "from scipy import special as _sc\n",
               "torch": "import math\n\nimport torch\n",
               "jax": "import math\n\nimport jax\nimport jax.numpy as jnp\nimport jax.scipy.special"
                      "\n\n# float64 inside (float32/float16 inputs: computed in float64, rounded\n"
                      "# once); without x64 JAX would silently compute in float32. Process-wide:\n"
                      "# JAX's default dtypes are 64-bit (jnp.ones(3) is float64) from here on.\n"
                      "jax.config.update(\"jax_enable_x64\", True)\n"}[target]
    return (f'"""Activations exported by symact ({target} target): {", ".join(names)}.\n\n'
            "Each function is the evaluation of a stable form proved equal to its definition;\n"
            "regime splits are the Piecewise branches below. Generated code: do not edit.\n"
            '"""\n\n' + imports + "\n")


# --- torch / jax: print the stable forms -----------------------------------------------------
_FUNCS = {
    "torch": {"exp": "torch.exp", "log": "torch.log", "log1p": "torch.log1p",
              "expm1": "torch.expm1", "tanh": "torch.tanh", "cosh": "torch.cosh",
              "sinh": "torch.sinh", "Abs": "torch.abs", "erf": "torch.special.erf",
              "erfc": "torch.special.erfc", "sqrt": "torch.sqrt", "sign": "torch.sign",
              "Erfc": "torch.special.erfc", "Sigmoid": "torch.sigmoid",
              "LogSigmoid": "torch.nn.functional.logsigmoid",
              "where": "torch.where", "and": "torch.logical_and", "or": "torch.logical_or",
              "not": "torch.logical_not"},
    "jax": {"exp": "jnp.exp", "log": "jnp.log", "log1p": "jnp.log1p", "expm1": "jnp.expm1",
            "tanh": "_tanh", "cosh": "_cosh", "sinh": "jnp.sinh", "Abs": "jnp.abs",
            "erf": "jax.scipy.special.erf", "erfc": "jax.scipy.special.erfc",
            "sqrt": "jnp.sqrt", "sign": "jnp.sign", "Sigmoid": "jax.nn.sigmoid",
            "Erfc": "jax.scipy.special.erfc",
            "LogSigmoid": "jax.nn.log_sigmoid", "where": "jnp.where",
            "and": "jnp.logical_and", "or": "jnp.logical_or", "not": "jnp.logical_not"},
}
_REL = {"<": "<", "<=": "<=", ">": ">", ">=": ">=", "==": "==", "!=": "!="}


class _ArrayPrinter:
    """A small explicit printer: every function name comes from the target's table."""

    def __init__(self, target: str) -> None:
        self.f = _FUNCS[target]
        self.target = target

    def branch(self, e: sp.Basic) -> str:
        """A whole array: torch.where of two Python floats would be float32."""
        if e.is_number and self.target == "torch":
            return f"torch.full_like(x, {self(e)})"
        return self(e)

    def __call__(self, e: sp.Basic) -> str:
        f = self.f
        if isinstance(e, sp.Piecewise):
            *branches, (last, _) = e.args
            out = self.branch(last)
            for val, cond in reversed(branches):
                out = f"{f['where']}({self(cond)}, {self.branch(val)}, {out})"
            return out
        if isinstance(e, sp.Symbol):
            return e.name
        if isinstance(e, sp.Integer):
            return f"{int(e)}.0"
        if e.is_number:
            return repr(float(sp.N(e, 40)))
        if isinstance(e, sp.Add):
            return "(" + " + ".join(self(a) for a in e.args) + ")"
        if isinstance(e, sp.Mul):
            # split without re-evaluating (SymPy would distribute (x + 3)/6 into x/6 + 1/2);
            # exact coefficients (½, −1) first, the bare variable last: (2 + e)·e·x cannot
            # become (x·2)·0 = inf·0 for huge x
            num: list[str] = []
            den: list[str] = []
            last: list[str] = []
            for a in e.args:
                if a.is_Rational and not a.is_Integer:
                    q = int(a.q)
                    if q & (q - 1) == 0:  # a power of two: multiplying is exact
                        num.insert(0, repr(float(a)))
                        continue
                    if a.p != 1:
                        num.insert(0, self(sp.Integer(a.p)))
                    den.append(self(sp.Integer(q)))
                elif isinstance(a, sp.Pow) and a.exp == -1:
                    den.append(self(a.base))
                elif isinstance(a, sp.Symbol):
                    last.append(self(a))
                else:
                    num.append(self(a))
            top = "(" + " * ".join(num + last or ["1.0"]) + ")"
            return f"({top} / {' / '.join(den)})" if den else top
        if isinstance(e, sp.Pow):
            if e.exp == sp.S.Half:
                return f"{f['sqrt']}({self(e.base)})"
            if e.exp == -1:
                return f"(1.0 / {self(e.base)})"
            if self.target == "jax" and e.exp.is_Integer and e.exp < 0:
                # XLA's pow(b, -2.0) goes through exp/log: square, then one division
                return f"(1.0 / ({self(e.base)} ** {int(-e.exp)}))"
            if e.exp.is_Integer and e.exp > 0:
                return f"({self(e.base)} ** {int(e.exp)})"
            return f"({self(e.base)} ** {self(e.exp)})"
        if isinstance(e, sp.core.relational.Relational):
            return f"({self(e.lhs)} {_REL[e.rel_op]} {self(e.rhs)})"
        if isinstance(e, sp.And | sp.Or):
            op = f["and"] if isinstance(e, sp.And) else f["or"]
            out = self(e.args[0])
            for a in e.args[1:]:
                out = f"{op}({out}, {self(a)})"
            return out
        if isinstance(e, sp.Not):
            return f"{f['not']}({self(e.args[0])})"
        name = type(e).__name__
        if name == "Softplus":
            z = "torch.zeros_like" if self.target == "torch" else "jnp.zeros_like"
            u = self(e.args[0])
            lae = "torch.logaddexp" if self.target == "torch" else "jnp.logaddexp"
            return f"{lae}({z}({u}), {u})"
        if name == "TanhSoftplus":
            return self(sp.tanh(sp.Function("Softplus")(e.args[0])))
        if name in f:
            return f"{f[name]}(" + ", ".join(self(a) for a in e.args) + ")"
        raise ExportError(f"cannot export {name} to {self.target}")


def _for_arrays(e: sp.Expr) -> sp.Expr:
    """The tanhshrink branch as the same 10-term series the NumPy kernel sums."""
    series = TANHSHRINK_SERIES.function
    k = TANHSHRINK_SERIES.limits[0][0]
    poly = sp.Add(*[series.subs(k, i) for i in range(1, 11)])
    return e.xreplace({X * sp.cosh(X) - sp.sinh(X): poly})


def _array_lib(items: list[_Item], target: str) -> str:
    from ..evaluators import evaluator

    pr = _ArrayPrinter(target)
    parts = [_header(target, [it.name for it in items]), _ARRAY_HELPERS[target]]
    for it in items:
        ev = evaluator(it.catalog or it.doc.split("= ", 1)[1])
        with np.errstate(all="ignore"):
            lim = [float(ev.value(v)) for v in (-np.inf, np.inf)]
            dlim = [float(ev.derivative(v)) for v in (-np.inf, np.inf)]
        sat = [_lit(_saturation(ev.value, lim[0], -1.0)), _lit(_saturation(ev.value, lim[1], 1.0))]
        dsat = [_lit(_saturation(ev.derivative, dlim[0], -1.0)),
                _lit(_saturation(ev.derivative, dlim[1], 1.0))]
        value = pr.branch(_for_arrays(it.value))
        deriv = pr.branch(_for_arrays(it.derivative))
        vcom = _branch_comment(it.value)
        dcom = _branch_comment(it.derivative)
        parts.append(_ARRAY_ITEM[target].format(
            name=it.name, cls="_" + "".join(w.title() for w in it.name.split("_")),
            doc=it.doc, value=value, deriv=deriv, vlo=_lit(lim[0]), vhi=_lit(lim[1]),
            dlo=_lit(dlim[0]), dhi=_lit(dlim[1]), vcom=vcom, dcom=dcom,
            vsat=f"{sat[0]}, {sat[1]}", dsat=f"{dsat[0]}, {dsat[1]}"))
    return "\n\n".join(parts)


def _saturation(f, limit: float, sign: float) -> float:
    """The smallest |x| from which ``f(sign·|x|)`` is ``limit`` bit for bit (inf: none known).

    Checked on 4 points per binade up to the largest float. Beyond it the array code returns
    the limit without evaluating the formula: no overflow of x² there (gelu_tanh' was nan
    from (1 + k·x²)·exp(−v) = inf·0 for |x| > 1e154), and exactly the evaluator's tail.
    """
    if not math.isfinite(limit):
        return math.inf
    mags = np.ldexp(np.array([1.0, 1.25, 1.5, 1.75])[None, :],
                    np.arange(-8, 1024)[:, None]).ravel()
    mags = np.append(mags[np.isfinite(mags)], np.finfo(np.float64).max)
    with np.errstate(all="ignore"):
        vals = np.asarray(f(sign * mags), dtype=np.float64)
    ok = (vals == limit) & (np.signbit(vals) == np.signbit(limit))
    if not ok[-1]:
        return math.inf
    bad = np.flatnonzero(~ok)
    return float(mags[bad[-1] + 1]) if bad.size else float(mags[0])


def _lit(v: float) -> str:
    """A float literal that is valid Python for ±inf and nan too."""
    if v != v:
        return "math.nan"
    if v in (np.inf, -np.inf):
        return "math.inf" if v > 0 else "-math.inf"
    return repr(v)


def _branch_comment(e: sp.Expr) -> str:
    if not isinstance(e, sp.Piecewise):
        return f"    # {sp.sstr(_plain(e))}"
    return "\n".join(f"    # {'otherwise' if c is sp.true else sp.sstr(c)}: {sp.sstr(_plain(v))}"
                     for v, c in e.args)


def _plain(e: sp.Expr) -> sp.Expr:
    return e.replace(lambda a: isinstance(a, StableFunction), lambda a: a.definition()) \
        if e.has(StableFunction) else e


_ARRAY_HELPERS = {
    "torch": '''def _finish(x, f, at_minus_inf, at_plus_inf):
    """f on float64 (finite x), the limits at ±inf (nan: none known), rounded once."""
    x64 = x.to(torch.float64)
    inf = torch.isinf(x64)
    r = f(torch.where(inf, torch.zeros_like(x64), x64))
    r = torch.where(torch.isnan(x64), x64, r)
    if at_minus_inf == at_minus_inf:
        r = torch.where(x64 == -math.inf, torch.full_like(r, at_minus_inf), r)
    if at_plus_inf == at_plus_inf:
        r = torch.where(x64 == math.inf, torch.full_like(r, at_plus_inf), r)
    return r.to(x.dtype)
''',
    "jax": '''_TINY = 2.2250738585072014e-308  # the smallest normal float64


def _tanh(u):
    """tanh u = sign(u)·(−t)/(2 + t), t = expm1(−2|u|): XLA's tanh is ~7 ULP off near ±1."""
    t = jnp.expm1(-2.0 * jnp.abs(u))
    return jnp.copysign(-t / (2.0 + t), u)


def _cosh(u):
    """(eᵘ + e⁻ᵘ)/2: XLA's cosh is ~10 ULP off for |u| ≈ 40."""
    return 0.5 * (jnp.exp(u) + jnp.exp(-u))


def _subnormal_and_sign(x):
    """(x is subnormal, sign bit of x), read from the bits: XLA on CPU treats subnormal
    operands as zero (DAZ), so arithmetic and comparisons cannot see them."""
    if not jnp.issubdtype(x.dtype, jnp.floating):
        return jnp.zeros(x.shape, bool), x < 0
    info = jnp.finfo(x.dtype)
    b = jax.lax.bitcast_convert_type(x, jnp.dtype(f"uint{info.bits}"))
    mant = (1 << int(info.nmant)) - 1
    expo = ((1 << int(info.nexp)) - 1) << int(info.nmant)
    return ((b & expo) == 0) & ((b & mant) != 0), (b >> (info.bits - 1)) == 1


def _finish(x, f, at_minus_inf, at_plus_inf, below=math.inf, above=math.inf,
            one_sided=False):
    """f on float64 (finite x), the limits at ±inf (nan: none known), rounded once to the
    dtype of x (float64 for integer x). x <= -below / x >= above: the limit itself (f has
    reached it in float64 there); f then sees a safe 0 instead of x, so no branch overflows.

    one_sided (derivatives): a subnormal x is evaluated as the smallest normal number of its
    sign, so a kink at 0 gets the derivative of the side x lies on, not the convention at 0.
    """
    x = jnp.asarray(x)
    dtype = x.dtype if jnp.issubdtype(x.dtype, jnp.floating) else jnp.dtype("float64")
    x64 = x.astype(jnp.float64)
    if x64.dtype != jnp.float64:
        raise RuntimeError("jax_enable_x64 was switched off after this module was imported: "
                           "the activations need float64 (jax.config.update("
                           "'jax_enable_x64', True))")
    if one_sided:
        sub, neg = _subnormal_and_sign(x)
        x64 = jnp.where(sub, jnp.where(neg, -_TINY, _TINY), x64)
    lo, hi = x64 <= -below, x64 >= above
    r = f(jnp.where(jnp.isinf(x64) | lo | hi, 0.0, x64)) + jnp.zeros_like(x64)
    r = jnp.where(jnp.isnan(x64), x64, r)
    if at_minus_inf == at_minus_inf:
        r = jnp.where((x64 == -math.inf) | lo, at_minus_inf, r)
    if at_plus_inf == at_plus_inf:
        r = jnp.where((x64 == math.inf) | hi, at_plus_inf, r)
    return r.astype(dtype)
''',
}

_ARRAY_ITEM = {
    "torch": '''def _{name}_value(x):
{vcom}
    return {value}


def _{name}_derivative(x):
{dcom}
    return {deriv}


class {cls}(torch.autograd.Function):
    """Autograd uses the exported stable derivative."""

    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return _finish(x, _{name}_value, {vlo}, {vhi})

    @staticmethod
    def backward(ctx, grad):
        (x,) = ctx.saved_tensors
        return grad * _finish(x, _{name}_derivative, {dlo}, {dhi})


def {name}(x):
    """{doc}"""
    return {cls}.apply(x)


def {name}_derivative(x):
    """Derivative of {doc}"""
    return _finish(x, _{name}_derivative, {dlo}, {dhi})
''',
    "jax": '''def _{name}_value(x):
{vcom}
    return {value}


def _{name}_derivative(x):
{dcom}
    return {deriv}


@jax.custom_jvp
def {name}(x):
    """{doc}"""
    return _finish(x, _{name}_value, {vlo}, {vhi}, {vsat})


@{name}.defjvp
def _{name}_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    return {name}(x), {name}_derivative(x) * t


def {name}_derivative(x):
    """Derivative of {doc}"""
    return _finish(x, _{name}_derivative, {dlo}, {dhi}, {dsat}, one_sided=True)
''',
}
