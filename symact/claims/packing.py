"""Pickles that keep every SymPy expression exactly as it was built, for results that travel
between worker processes (:mod:`symact.claims.parallel`, :mod:`symact.handout.parallel`).

A plain pickle rebuilds an expression by calling its class, which evaluates it again: the
unevaluated ``(tanh(z/2) + 1)/2`` of a step as written comes back as ``tanh(z/2)/2 + 1/2``,
the prover's ``(2*x + 3)/6`` as ``x/3 + 1/2``, and the handout would print other formulas.
:func:`pack` stores a compound expression as its class, its arguments and its slots, and
:func:`unpack` puts them back without calling the class (atoms, and the few classes that
keep more than their arguments, such as Union or Poly, pickle as usual).

>>> import sympy as sp
>>> z = sp.Symbol("z")
>>> half = sp.Mul(sp.Add(sp.tanh(z / 2), 1, evaluate=False), sp.Rational(1, 2), evaluate=False)
>>> sp.srepr(unpack(pack(half))) == sp.srepr(half), half == unpack(pack(half))
(True, True)
>>> import pickle
>>> pickle.loads(pickle.dumps(half)) == half  # a plain pickle evaluates it
False
"""

from __future__ import annotations

import functools
import io
import pickle
from typing import Any

from sympy.core.basic import Basic

_BASE_SLOTS = {"_mhash", "_args", "_assumptions", "__weakref__", "__dict__"}


@functools.cache
def _slots(cls: type) -> tuple[str, ...] | None:
    """The slots ``cls`` has beyond Basic's, or None when its instances are not plain
    (arguments kept elsewhere than ``_args``, or a pickling of their own)."""
    if (cls.args is not Basic.args or cls.__reduce_ex__ is not Basic.__reduce_ex__
            or cls.__setstate__ is not Basic.__setstate__):
        return None
    names: set[str] = set()
    for k in cls.__mro__:
        slots = getattr(k, "__slots__", ())
        names.update((slots,) if isinstance(slots, str) else slots)
    return tuple(sorted(names - _BASE_SLOTS))


def _rebuild(cls: type, args: tuple) -> Basic:
    """An expression of class ``cls`` with exactly ``args``, not evaluated."""
    return Basic.__new__(cls, *args)


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, Basic) and not obj.is_Atom:
            slots = _slots(type(obj))
            if slots is not None:
                state = {s: getattr(obj, s) for s in slots if hasattr(obj, s)}
                state.update(getattr(obj, "__dict__", {}))
                return _rebuild, (type(obj), obj.args), state or None
        return NotImplemented


def pack(obj: Any) -> bytes:
    """``obj`` pickled, its SymPy expressions as built."""
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
    return buffer.getvalue()


def unpack(data: bytes) -> Any:
    """What :func:`pack` packed (bytes from our own worker processes)."""
    return pickle.loads(data)
