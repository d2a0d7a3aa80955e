"""A cache for analysis steps that also remembers their Undecided answers.

Limits and zeros of the same piece are asked for by several properties; an Undecided answer is
as final as a value, so it is cached too and raised again. A timeout (``BudgetExceeded``) is
not cached: a later call may have more time.

>>> from symact.errors import Undecided
>>> calls = []
>>> @memo
... def half(n):
...     calls.append(n)
...     if n % 2:
...         raise Undecided(f"{n} is odd")
...     return n // 2
>>> half(4), half(4), calls
(2, 2, [4])
>>> for _ in range(2):
...     try:
...         half(3)
...     except Undecided as exc:
...         print(exc)
3 is odd
3 is odd
>>> calls
[4, 3]
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import Undecided


def memo(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Cache results and Undecided answers (not timeouts: a later call may have more time)."""
    table: dict = {}

    def wrapper(*args):
        if args in table:
            hit = table[args]
            if isinstance(hit, Undecided):
                raise hit
            return hit
        try:
            table[args] = fn(*args)
        except Undecided as exc:
            table[args] = exc.with_traceback(None)  # frames must not live as long as the cache
            raise
        return table[args]

    wrapper.__doc__ = fn.__doc__
    wrapper.__name__ = fn.__name__
    wrapper.cache_clear = table.clear
    return wrapper
