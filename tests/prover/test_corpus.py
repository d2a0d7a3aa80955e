"""The prover on a seeded slice of the generated adversarial corpus (``corpus.py``).

First the corpus itself, independently of symact: every known identity holds at 50 digits at
many random points (and at its kinks), every generated true claim holds at random points of
its region, every false one differs at its witness. Then the prover: no false claim proved,
no true claim disproved, every counterexample confirmed by the corpus's own evaluator, and
the share of true claims proved at least :data:`PROVED_FLOOR`. The 5,000-claim run is
``benchmarks/bench_prover.py``.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import mpmath as mp
import pytest
from corpus import (
    AT_BRANCH_POINT,
    BRANCHES,
    CONDITIONAL,
    DERIVATIVES,
    FALSE_FAMILIES,
    IDENTITIES,
    INNER,
    PAIRS,
    TRUE_FAMILIES,
    WRONG_BRANCH,
    Case,
    Undefined,
    agrees,
    certify,
    confirms,
    evaluate,
    free_names,
    generate,
    holds,
)

from symact import parse, prove
from symact.prover.assume import parse_assumptions

SEED, SIZE, BUDGET, WORKERS = 12, 160, 1.5, 2
CASES = generate(SIZE, SEED)
PROVED_FLOOR = 0.45  # measured 52.5-58.8 % (budget 1.5 s, 2 workers, prover as of this test)
# Wrong verdicts that bench_prover.py found beyond the seeded slice (generate(5000, 12)),
# run here too. Both are true (the evaluator agrees at 2,000 digits); the prover disproved
# them where a kink's argument is about 1e-345: SymPy decided the kink by a 15-digit evalf
# (fixed: evidence/enclosure let only exact rational differences be decided by SymPy).
REGRESSIONS: tuple[Case, ...] = (
    Case("sigmoid(x)*(Min(logsigmoid(x), mish(y)))",
         "sigmoid(x)*(((logsigmoid(x)) + (mish(y)) - Abs(logsigmoid(x) - (mish(y))))/2)", None,
         True, "scale", "generate(5000, 12)[4444]: disproved at x = 800, y = -900"),
    Case("relu(softplus(x) - (mish(y))) + (mish(y))", "Max(softplus(x), mish(y))", None, True,
         "compose", "generate(5000, 12)[4856]: disproved at x = -800, y = -800"),
)
# Claims the current prover gets wrong (false proved, true disproved, or a counterexample the
# evaluator cannot confirm); strict: fixing one makes its test fail until it is removed here.
KNOWN_WRONG: frozenset[str] = frozenset()
REGRESSION_BUDGET = 10.0  # the verdict must not hinge on the slice's short budget
PROVED = (*CASES, *REGRESSIONS)  # what the prover runs on
_KINKS = ("0", "1/2", "-1/2", "1", "-1", "6", "-3", "3", "2", "-2")


def _points(rng: random.Random, names: list[str], count: int, wide: float = 4.0
            ) -> list[dict[str, str]]:
    draws = (lambda: rng.uniform(-1, 1), lambda: rng.uniform(0, 1),
             lambda: rng.uniform(-wide, wide), lambda: rng.uniform(-wide / 4, wide / 4))
    return [{n: repr(rng.choice(draws)()) for n in names} for _ in range(count)]


def _holds_at_50_digits(lhs: str, rhs: str, point: Mapping[str, str]) -> bool:
    left, right = evaluate(lhs, point, 50), evaluate(rhs, point, 50)
    with mp.workdps(50):
        return abs(left - right) <= mp.mpf(10) ** -35 * max(1, abs(left), abs(right))


def _check_identity(lhs: str, rhs: str, assume: str | None, seed: int,
                    extra: tuple[dict[str, str], ...] = ()) -> int:
    """The number of points (random, then ``extra``) where both sides are defined; raises
    AssertionError at the first point where they differ at 50 digits."""
    names = sorted(free_names(lhs) | free_names(rhs))
    defined = 0
    for point in [*_points(random.Random(seed), names, 60, wide=10.0), *extra]:
        if not holds(assume, point):
            continue
        try:
            ok = _holds_at_50_digits(lhs, rhs, point)
        except Undefined:
            continue
        assert ok, f"{lhs} = {rhs} fails at {point}"
        defined += 1
    return defined


# --- the corpus, independently of symact -----------------------------------------------------
def _templates() -> list[tuple[str, str, str | None, tuple[dict[str, str], ...]]]:
    out: list[tuple[str, str, str | None, tuple[dict[str, str], ...]]] = []
    out += [(lhs.format(z="z"), rhs.format(z="z"), None, ()) for lhs, rhs in IDENTITIES]
    out += [(lhs.format(z="z", w="w"), rhs.format(z="z", w="w"), None, ()) for lhs, rhs in PAIRS]
    out += [(f"diff({f.format(u='u')}, u)", fp.format(u="u"), None, ()) for f, fp in DERIVATIVES]
    out += [(f"diff({u}, x)", du, None, ()) for u, du in INNER]
    out += [(lhs.format(u="u"), rhs.format(u="u"), None, tuple({"u": k} for k in _KINKS))
            for lhs, rhs in BRANCHES]
    out += [(lhs, rhs, assume, ()) for lhs, rhs, assume in CONDITIONAL]
    return out


@pytest.mark.parametrize(("lhs", "rhs", "assume", "kinks"), _templates(),
                         ids=[f"{t[0]} = {t[1]}" for t in _templates()])
def test_known_identity_holds_at_50_digits(lhs, rhs, assume, kinks):
    defined = _check_identity(lhs, rhs, assume, seed=len(lhs), extra=kinks)
    assert defined >= (30 if assume is None else 5)


@pytest.mark.parametrize(("lhs", "rhs", "t"), AT_BRANCH_POINT)
def test_branch_point_miss_differs_only_there(lhs, rhs, t):
    lhs, rhs = lhs.format(u="u"), rhs.format(u="u")
    assert certify(lhs, rhs, None, {"u": t})
    assert _check_identity(lhs, rhs, None, seed=7) >= 30  # agrees at random points


@pytest.mark.parametrize(("lhs", "rhs", "assume", "point"), WRONG_BRANCH)
def test_wrong_branch_differs_inside_its_assumption(lhs, rhs, assume, point):
    assert holds(assume, point) and certify(lhs, rhs, assume, point)


def test_strings_are_in_the_safe_grammar():
    for case in CASES:
        parse(case.lhs)
        parse(case.rhs)
        parse_assumptions(case.assume)


def test_seeded_prefix_and_every_family():
    assert generate(40, SEED) == CASES[:40]
    assert generate(40, SEED + 1) != CASES[:40]
    counts = Counter((c.family, c.truth) for c in CASES)
    assert {f for f, t in counts if t} == set(TRUE_FAMILIES)
    assert {f for f, t in counts if not t} == set(FALSE_FAMILIES)
    assert sum(c.truth for c in CASES) == SIZE // 2
    assert len({(c.lhs, c.rhs, c.assume) for c in CASES}) == SIZE


def test_generated_true_claims_hold_at_random_points():
    rng = random.Random(SEED)
    for case in (c for c in PROVED if c.truth):
        names = sorted(free_names(case.lhs) | free_names(case.rhs))
        defined = 0
        for point in _points(rng, names, 40):
            if defined == 8:
                break
            if not holds(case.assume, point):
                continue
            try:
                ok = agrees(case.lhs, case.rhs, point)
            except Undefined:
                continue
            assert ok, f"{case.text} fails at {point}"
            defined += 1
        assert defined >= 4, f"{case.text}: defined at {defined} points only"


def test_generated_false_claims_differ_at_their_witness():
    for case in (c for c in CASES if not c.truth):
        assert certify(case.lhs, case.rhs, case.assume, dict(case.witness), 40), case.text


# --- the prover --------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Outcome:
    status: str
    seconds: float
    point: tuple[tuple[str, str], ...]  # the counterexample, exactly, or ()
    dps: int
    tried: str


def _run(case: Case) -> _Outcome:
    start = time.monotonic()
    budget = BUDGET if case in CASES else REGRESSION_BUDGET
    v = prove(case.lhs, case.rhs, assume=case.assume, budget=budget)
    seconds = time.monotonic() - start
    cx = v.counterexample
    point = tuple((cx.exact or cx.point).items()) if cx is not None else ()
    return _Outcome(v.status, seconds, point, cx.dps if cx is not None else 0,
                    v.tried[-1] if v.tried else "")


@pytest.fixture(scope="module")
def outcomes() -> dict[str, _Outcome]:
    with ProcessPoolExecutor(WORKERS) as pool:
        return {c.text: o for c, o in zip(PROVED, pool.map(_run, PROVED, chunksize=4),
                                          strict=True)}


def wrong(case: Case, got: _Outcome) -> str:
    """Why the outcome is wrong ("" when it is not)."""
    if not case.truth and got.status == "proved":
        return "a false claim proved"
    if case.truth and got.status == "disproved":
        return f"a true claim disproved at {dict(got.point)}"
    if got.status == "disproved" and not confirms(case, dict(got.point), got.dps):
        return f"counterexample {dict(got.point)} not confirmed"
    return ""


def _param(i: int, case: Case):
    marks = [pytest.mark.xfail(strict=True, reason="known wrong")] if case.text in KNOWN_WRONG \
        else []
    name = f"{i:03d}" if i < len(CASES) else f"regression{i - len(CASES)}"
    return pytest.param(case, id=f"{name}-{case.family}", marks=marks)


@pytest.mark.parametrize("case", [_param(i, c) for i, c in enumerate(PROVED)])
def test_no_wrong_verdict(case, outcomes):
    got = outcomes[case.text]
    why = wrong(case, got)
    assert not why, f"{why}: {case.text} ({case.family}; {case.note}) -> {got}"


def test_known_wrong_are_in_the_corpus():
    assert KNOWN_WRONG <= {c.text for c in PROVED}


def test_proved_share_of_true_claims(outcomes, capsys):
    true = [c for c in CASES if c.truth]  # the seeded slice only
    proved = sum(outcomes[c.text].status == "proved" for c in true)
    share = proved / len(true)
    with capsys.disabled():
        print(f"\n[corpus seed {SEED}] true claims proved: {proved}/{len(true)} = "
              f"{100 * share:.1f} % at budget {BUDGET} s")
    assert share >= PROVED_FLOOR


def test_no_claim_far_over_its_budget(outcomes):
    slow = {c.text: outcomes[c.text].seconds for c in CASES
            if outcomes[c.text].seconds > BUDGET + 5}
    assert not slow
