"""Grading benchmark: generated classes for the lecture's exercise and two derivative
exercises, graded by ``symact.grading.grade_all`` on local workers and on a Dask cluster.

The named peer, measured in the same run on the same submissions: a serial loop of
``symact.check_steps`` (what a teacher scripts today), one submission after another in this
process. Printed: the throughput ratios (serial seconds / parallel seconds), the statuses
against the generator's intent (a perturbed line that happens to stay equal is counted, not
hidden), the slowest submission against its limit (budget + margin), and the serial loop's
own slowest submission.

Targets (issue): 2 local workers >= 1.8x the serial loop; the same on a 2-worker Dask
cluster started on this machine; the slowest submission never over its limit plus 5 s.

    python benchmarks/bench_grade.py [--n 1000] [--seed 16] [--budget 10] [--workers 2]
        [--no-dask] [--no-serial] [--quick]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from symact.errors import ParseError  # noqa: E402
from symact.grading import Exercise, Submission, grade_all  # noqa: E402
from symact.grading.batch import MARGIN  # noqa: E402
from symact.grading.submission import lines  # noqa: E402
from symact.prover import check_steps  # noqa: E402

# exercise -> a valid chain from lhs to rhs (every line checked by hand)
EXERCISES = {
    Exercise("tanh-sigmoid", (("cs", "tanh a sigmoid"), ("en", "tanh and sigmoid")),
             "sigmoid(z)", "(1 + tanh(z/2))/2", None, 10.0): [
        "sigmoid(z)", "1/(1 + e^(-z))", "1/(1 + 1/e^z)", "e^z/(e^z + 1)",
        "1/2 * ((2*e^z)/(e^z + 1))", "1/2 * ((e^z + 1 + e^z - 1)/(e^z + 1))",
        "(1 + (e^z - 1)/(e^z + 1))/2", "(1 + tanh(z/2))/2"],
    Exercise("sigmoid-derivative", (("cs", "derivace sigmoidu"), ("en", "sigmoid'")),
             "diff(sigmoid(x), x)", "sigmoid(x)*(1 - sigmoid(x))", None, 5.0): [
        "diff(sigmoid(x), x)", "diff(1/(1 + e^(-x)), x)", "e^(-x)/(1 + e^(-x))^2",
        "1/(1 + e^(-x)) * e^(-x)/(1 + e^(-x))", "1/(1 + e^(-x)) * (1 - 1/(1 + e^(-x)))",
        "sigmoid(x)*(1 - sigmoid(x))"],
    Exercise("tanh-derivative", (("cs", "derivace tanh"), ("en", "tanh'")),
             "diff(tanh(x), x)", "1 - tanh(x)^2", None, 5.0): [
        "diff(tanh(x), x)", "diff(sinh(x)/cosh(x), x)",
        "(cosh(x)^2 - sinh(x)^2)/cosh(x)^2", "1 - sinh(x)^2/cosh(x)^2", "1 - tanh(x)^2"],
}
KINDS = (("correct", 0.52), ("wrong", 0.25), ("conditional", 0.05), ("unreadable", 0.05),
         ("incomplete", 0.125), ("long", 0.005))
EXPECT = {"correct": "correct", "wrong": "wrong_step", "conditional": "wrong_step",
          "unreadable": "unreadable", "incomplete": "incomplete", "long": "timeout"}
_SWAPS = (("+", "-"), ("- ", "+ "), ("2*", "3*"), ("(-", "("), ("^2", "^3"))


def _style(line: str, rng: random.Random) -> str:
    if rng.random() < 0.3:
        line = line.replace("^", "**")
    if rng.random() < 0.2:
        line = line.replace("e**(", "exp(").replace("e^(", "exp(")
    return line


def _submission(chain: list[str], kind: str, rng: random.Random) -> str:
    inner = sorted(rng.sample(range(1, len(chain) - 1), rng.randint(0, len(chain) - 2)))
    rows = [chain[0], *(chain[i] for i in inner), chain[-1]]
    if kind == "wrong":
        k = rng.randrange(1, len(rows))
        for a, b in rng.sample(_SWAPS, len(_SWAPS)):
            if a in rows[k]:
                rows[k] = rows[k].replace(a, b, 1)
                break
        else:
            rows[k] = f"2*({rows[k]})"
    elif kind == "conditional":
        k = rng.randrange(1, len(rows))
        rows.insert(k, f"(({rows[k - 1]})*x*z)/(x*z)")
    elif kind == "unreadable":
        k = rng.randrange(1, len(rows))
        rows[k] = rows[k].rstrip(")") if rows[k].endswith(")") else rows[k] + " $"
    elif kind == "incomplete":
        rows = rows[:-1] if len(rows) > 2 else rows[:1]
    elif kind == "long":
        rows.insert(1, f"{rows[0]} + sin(e^(e^(e^z)))^2 + cos(e^(e^(e^z)))^2 - 1")
    text = [("= " if i and rng.random() < 0.4 else "") + _style(r, rng)
            for i, r in enumerate(rows)]
    if rng.random() < 0.3:
        text.insert(0, "# odevzdáno")
    return "\n".join(text) + "\n"


def generate(n: int, seed: int) -> list[tuple[Exercise, Submission, str]]:
    rng = random.Random(seed)
    kinds, weights = zip(*KINDS, strict=True)
    out = []
    for i in range(n):
        ex, chain = list(EXERCISES.items())[i % len(EXERCISES)]
        kind = rng.choices(kinds, weights)[0]
        student = f"s{i:05d}"
        out.append((ex, Submission(student, f"{student}.txt", lines(_submission(
            chain, kind, rng))), kind))
    return out


def serial_loop(cases, budget: float) -> tuple[float, float]:
    """The peer: check_steps on each submission in turn; (total, slowest) seconds."""
    start, slowest = time.monotonic(), 0.0
    for _, sub, _ in cases:
        t = time.monotonic()
        try:
            check_steps([text for _, _, text in sub.lines], budget=budget)
        except ParseError:
            pass
        slowest = max(slowest, time.monotonic() - t)
    return time.monotonic() - start, slowest


def by_exercise(cases, **how) -> tuple[float, list]:
    start = time.monotonic()
    grades = []
    for ex in EXERCISES:
        subs = [s for e, s, _ in cases if e is ex]
        grades += grade_all(ex, subs, **how)
    return time.monotonic() - start, grades


def report(name: str, seconds: float, grades, cases, budget: float, serial: float | None):
    limit = budget + MARGIN
    slow = max(g.seconds for g in grades)
    ratio = f"{serial / seconds:.2f}x the serial loop" if serial else "no serial run"
    print(f"{name}: {seconds:.1f} s for {len(grades)} ({len(grades) / seconds:.1f}/s), "
          f"{ratio}; median {statistics.median(g.seconds for g in grades):.3f} s, slowest "
          f"{slow:.2f} s (limit {limit:g} s, target <= {limit + 5:g} s: "
          f"{'ok' if slow <= limit + 5 else 'OVER'})")
    intent = {s.student: k for _, s, k in cases}
    miss = Counter((intent[g.student], g.status) for g in grades
                   if EXPECT[intent[g.student]] != g.status)
    print(f"  statuses {dict(Counter(g.status for g in grades))}; not as generated: "
          f"{dict(miss) or 'none'}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--budget", type=float, default=10.0)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--no-serial", action="store_true")
    ap.add_argument("--quick", action="store_true", help="--n 90")
    args = ap.parse_args(argv)
    n = 90 if args.quick else args.n
    cases = generate(n, args.seed)
    print(f"{n} submissions over {len(EXERCISES)} exercises, budget {args.budget:g} s, "
          f"kinds {dict(Counter(k for _, _, k in cases))}")
    serial = None
    if not args.no_serial:
        serial, slowest = serial_loop(cases, args.budget)
        print(f"serial loop of check_steps (peer): {serial:.1f} s ({n / serial:.1f}/s), "
              f"slowest {slowest:.2f} s")
    took, grades = by_exercise(cases, budget=args.budget, workers=args.workers)
    report(f"grade_all, {args.workers} local workers", took, grades, cases, args.budget,
           serial)
    if not args.no_dask:
        from distributed import LocalCluster

        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster:
            took2, grades2 = by_exercise(cases, budget=args.budget,
                                         scheduler=cluster.scheduler_address)
        report(f"grade_all, Dask LocalCluster of {args.workers}", took2, grades2, cases,
               args.budget, serial)
        same = [{k: v for k, v in g.row().items() if k != "seconds"} for g in grades] == [
            {k: v for k, v in g.row().items() if k != "seconds"} for g in grades2]
        print(f"  gradebooks local vs Dask: {'identical' if same else 'DIFFERENT'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
