"""The numpy target: the evaluators' own source, copied, so the export is them bit for bit.

Catalog items copy the kernels of :mod:`symact.numeric.kernels` (the modules, helpers and
constants its ``manifest`` lists) with the kernels each one calls; custom items copy the source
:mod:`symact.numeric.codegen` generates. Kernels are renamed ``_k_<name>``, and every public
``name(x, out=None)`` is ``apply`` of its kernel with the record's kernel constants bound.

>>> from symact.numeric.export.items import items
>>> src = numpy_module(items(["relu"]))
>>> "def relu(x, out=None):" in src and "return apply(_k_relu, x, out)" in src
True
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Sequence

from ...core import X, differentiate, get
from .. import kernels as K
from ..codegen import numpy_source
from ..evaluators import catalog_kernels, kernel_constants
from .items import Item

_CALL = r"(?<![\w.])(\w+)\("  # a call of a bare name (not an attribute, not a longer name)


def numpy_module(found: list[Item]) -> str:
    """Module body (after the header): constants, helpers, kernels, public functions."""
    funcs = _kernel_functions()
    kernel_names = [n for n in funcs if n not in K.HELPERS]
    bodies: list[str] = []
    wanted: list[str] = []
    publics: list[str] = []
    for it in found:
        if it.catalog is not None:
            act = get(it.catalog)
            consts = kernel_constants(act)
            for kern, suffix in zip(catalog_kernels(act.name), ("", "_derivative",
                                                                 "_derivative_from_output"),
                                    strict=True):
                if kern is None:
                    continue
                wanted.append(kern.__name__)
                publics.append(_public(it.name + suffix, kern.__name__, consts,
                                       _doc(it, suffix, kern.__doc__)))
        else:
            defined = it.definition
            src = numpy_source(it.value, X, f"{it.name}", defined) + "\n\n" + \
                numpy_source(it.derivative, X, f"{it.name}_derivative", differentiate(defined, X))
            bodies.append(src)
            wanted += re.findall(_CALL, src)
            publics.append(_public(it.name, it.name, (), it.doc))
            publics.append(_public(it.name + "_derivative", it.name + "_derivative", (),
                                   f"Derivative of {it.doc}"))
            kernel_names.append(it.name)
            kernel_names.append(it.name + "_derivative")
    need = _closure(wanted, funcs)
    helpers = [funcs[h] for h in K.HELPERS]
    kernels = [funcs[n] for n in funcs if n in need and n not in K.HELPERS]
    consts = [f"{c} = {getattr(K, c)!r}" for c in K.CONSTANTS]
    code = "\n\n".join([*helpers, *kernels, *bodies])
    code = _rename(code, kernel_names)
    return "\n".join(consts) + "\n\n\n" + code + "\n\n" + "\n\n".join(publics)


def _kernel_functions() -> dict[str, str]:
    """Source of every function defined in the kernel modules (kernels gathers them)."""
    return {n: inspect.getsource(f) for mod in K.MODULES
            for n, f in inspect.getmembers(mod, inspect.isfunction)
            if f.__module__ == mod.__name__}


def _closure(wanted: list[str], funcs: dict[str, str]) -> list[str]:
    """The wanted kernels and every kernel they call, transitively."""
    need: list[str] = []
    todo = [n for n in wanted if n in funcs]
    while todo:
        n = todo.pop()
        if n in need:
            continue
        need.append(n)
        todo += [m for m in re.findall(_CALL, funcs[n]) if m in funcs]
    return need


def _rename(src: str, names: Sequence[str]) -> str:
    """Calls of the kernels as ``_k_<name>(``: the public functions take the bare names."""
    for n in names:
        src = re.sub(rf"(?<![\w.]){n}\(", f"_k_{n}(", src)
    return src


def _doc(it: Item, suffix: str, kernel_doc: str | None) -> str:
    what = {"": it.doc, "_derivative": f"Derivative of {it.doc}",
            "_derivative_from_output": f"Derivative of {it.name} from its output y"}[suffix]
    return what + ("\n\n    Stable form: " + " ".join((kernel_doc or "").split()) if kernel_doc
                   else "")


def _public(name: str, kernel: str, consts: tuple[float, ...], doc: str) -> str:
    args = "".join(f", {c!r}" for c in consts)
    return (f"def {name}(x, out=None):\n    \"\"\"{doc}\"\"\"\n"
            f"    return apply(_k_{kernel}, x, out{args})\n\n")
