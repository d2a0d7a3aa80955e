"""Identification benchmark: generated affine disguises of catalog entries and near-misses.

Each disguise is ``a·g(b·x + c; θ) + d`` with exact random a, b, c, d and parameter values,
written out with the catalog's definitions expanded (so the entry's name is not in it); each
near-miss is a disguise plus a small term (x³/1000, 10⁻³·sin x, a shift of 10⁻³) that no entry
equals. Every claimed match is checked independently here with mpmath at 50 digits on 12
points (a false match is a wrong verdict). Printed: the share of disguises whose entry is
found, wrong matches, near-misses wrongly matched, the median/max time.
The named peer, measured in the same run: SymPy's ``simplify(f - (a·g(b·x + c) + d)) == 0``
given the *true* a, b, c, d (an oracle for the parameters, the check alone), its share and time.

Targets (issue): >= 95 % of disguises found; no false match, ever.

    python benchmarks/bench_identify.py [--n 60] [--seed 17] [--budget 30] [--no-peer]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

import mpmath  # noqa: E402
import sympy as sp  # noqa: E402

from symact.core import X, expand, get, scalar  # noqa: E402
from symact.recognition import identify  # noqa: E402

R = sp.Rational
A = (R(1), R(2), R(-1), R(1, 2), R(3), R(-3, 2))
B = (R(1), R(2), R(1, 2), R(3), R(-1))
C = (R(0), R(0), R(1), R(-1, 2))
D = (R(0), R(0), R(1), R(-3), sp.log(2))
PARAMS = {"alpha": (R(1, 5), R(2), R(1, 2)), "beta": (R(3, 2), R(2), R(1, 3)),
          "lambd": (R(1, 4), R(1)), "min_val": (R(-2),), "max_val": (R(2),)}
NUDGE = (X**3 / 1000, sp.sin(X) / 1000, None)


def disguise(rng: random.Random):
    act = rng.choice([a for a in scalar() if a.name != "identity"])
    values = {}
    for p in act.params:
        if "derived" not in p.doc and p.name in PARAMS and rng.random() < 0.5:
            values[p.name] = rng.choice(PARAMS[p.name])
    try:
        act2 = act.with_params(**values) if values else act
    except Exception:  # a combination the entry refuses (min >= max)
        act2, values = act, {}
    a, b, c, d = rng.choice(A), rng.choice(B), rng.choice(C), rng.choice(D)
    g = expand(act2.bind())
    return act.name, values, (a, b, c, d), a * g.subs(X, b * X + c) + d


def true_at(f: sp.Expr, model: sp.Expr) -> bool:
    """Independent check: f = model at 12 points, 50 digits (mpmath)."""
    mpmath.mp.dps = 50
    F, M = (sp.lambdify(X, e, "mpmath") for e in (f, model))
    for t in (-7.3, -3.1, -1.7, -0.9, -0.31, -0.013, 0.027, 0.4, 1.3, 2.9, 4.4, 8.8):
        u = mpmath.mpf(t)
        try:
            if abs(F(u) - M(u)) > mpmath.mpf(10) ** -35 * (1 + abs(F(u))):
                return False
        except (ValueError, ZeroDivisionError, TypeError):
            return False
    return True


def entry(name: str, values: dict) -> sp.Expr:
    """A catalog entry's expression at ``values``, the definitions expanded."""
    act = get(name)
    return expand(act.with_params(**values).bind() if values else act.bind())


def false_matches(f: sp.Expr, found, label: str) -> int:
    """How many claimed matches of ``f`` the independent check refutes (each printed)."""
    bad = 0
    for m in found.matches:
        g = entry(m.name, dict(m.params))
        if not true_at(f, m.a * g.subs(X, m.b * X + m.c) + m.d):
            bad += 1
            print(f"{label}: {f} claimed {m.form()}")
    return bad


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--budget", type=float, default=30.0)
    ap.add_argument("--no-peer", action="store_true")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    found = wrong = near_wrong = 0
    times, peer_ok, peer_times, misses = [], 0, [], []
    cases = [disguise(rng) for _ in range(args.n)]
    for name, values, (a, b, c, d), f in cases:
        text = sp.sstr(f)
        t = time.monotonic()
        r = identify(text, budget=args.budget)
        times.append(time.monotonic() - t)
        wrong += false_matches(f, r, "WRONG MATCH")
        if r.matches:  # the entry itself, or another one proved equal
            found += 1
        else:
            misses.append(f"{name} {values} a,b,c,d={a},{b},{c},{d}: {text}")
        if not args.no_peer:
            g = entry(name, values)
            t = time.monotonic()
            try:
                ok = sp.simplify(f - (a * g.subs(X, b * X + c) + d)) == 0
            except Exception:  # the peer failing counts as not proved
                ok = False
            peer_times.append(time.monotonic() - t)
            peer_ok += ok
    for k, (_, _, _, f) in enumerate(cases[: max(args.n // 3, 1)]):
        nudge = NUDGE[k % len(NUDGE)]
        g = f + nudge if nudge is not None else f.subs(X, X + R(1, 1000))
        near_wrong += false_matches(g, identify(sp.sstr(g), budget=args.budget),
                                    "WRONG NEAR-MISS MATCH")
    n = len(cases)
    print(f"disguises: {found}/{n} found ({100 * found / n:.1f} %), {wrong} wrong matches; "
          f"near-misses: {near_wrong} wrongly matched of {max(n // 3, 1)}")
    print(f"identify: median {statistics.median(times):.2f} s, max {max(times):.2f} s")
    if peer_times:
        ratio = statistics.median(times) / max(statistics.median(peer_times), 1e-9)
        print(f"peer (SymPy simplify given the true a, b, c, d): {peer_ok}/{n} "
              f"({100 * peer_ok / n:.1f} %), median {statistics.median(peer_times):.2f} s, "
              f"ratio of medians symact/peer {ratio:.2f} (the peer is told the answer)")
    for m in misses:
        print(f"  missed: {m}")
    return 1 if wrong or near_wrong else 0


if __name__ == "__main__":
    sys.exit(main())
