"""A catalog record written as text: the definition read by the grammar, never ``eval``.

The literature's entries (the ``zoo_*`` modules, one per family group) are data in this form;
the parameters become symbols with the stated assumption, and every other name in the
definition is refused. A reference was checked against a page of the paper (or, for a classic
function, of the library that defines it) where ``source`` is given; one without says so in
its text. Kinks follow the catalog's rule: the derivative of the branch whose condition holds
at the breakpoint. The research behind the records (where each formula was seen, the doubts)
is in ``research/zoo``.

>>> act = entry("prelu", "Piecewise((a*x, x <= 0), (x, True))", "rectifier",
...             params=(("a", "1/4", "real", "negative slope"),), kinks=(("0", "a"),),
...             reference="He et al. 2015")
>>> act.bind(), [k.derivative for k in act.conventions]
(Piecewise((x/4, x <= 0), (x, True)), [a])
"""

from __future__ import annotations

from collections.abc import Sequence

from .activation import Activation, Kink, Param
from .grammar import read_expression
from .symbols import X, plain

# (name, default, assumption ("positive" | "nonnegative" | "real"), doc)
ParamText = tuple[str, str, str, str]


def entry(name: str, definition: str, family: str, *, reference: str,
          params: Sequence[ParamText] = (), aliases: Sequence[str] = (),
          kinks: Sequence[tuple[str, str]] = (), requires: Sequence[tuple[str, str]] = (),
          source: str = "", doc: str = "") -> Activation:
    """The record of ``definition`` (in x and the parameters), e.g. ``"x*tanh(exp(x))"``.

    ``kinks`` are (breakpoint, derivative there) pairs, ``requires`` (relation, reason) pairs
    in the parameters read as real symbols, ``source`` where the reference was checked.
    """
    ps = tuple(Param(n, read_expression(d, symbols=()), ((kind, True),), text)
               for n, d, kind, text in params)
    table = {"x": X, **{p.name: p.symbol for p in ps}}
    real = {p.name: plain(p.name) for p in ps}
    return Activation(
        name, read_expression(definition, symbols=table), params=ps, aliases=tuple(aliases),
        reference=reference, family=family, source=source, doc=doc,
        conventions=tuple(Kink(read_expression(at, symbols=table),
                               read_expression(d, symbols=table)) for at, d in kinks),
        requires=tuple((read_expression(rel, symbols=real), why) for rel, why in requires))
