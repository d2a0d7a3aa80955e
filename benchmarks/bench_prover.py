"""Prover benchmark: the generated adversarial corpus and the repository's claims.

Runs ``symact.prove`` on ``--n`` claims of ``tests/prover/corpus.py`` (true claims by valid
rewrites of known identities, false near-misses), on the labelled corpus
``tests/prover_corpus.py`` and on every claim of ``symact/proofs/*.toml`` (through
``symact.claims.check``), each in a worker process that is killed past its limit (budget +
5 s). Prints counts per family and truth, every wrong verdict (a false claim proved, a true
one disproved, a counterexample the corpus's own mpmath evaluator cannot confirm), the share
of true claims proved, the median/p90/max time and how many claims ran over their budget.
The named peer, measured in the same run on the same generated claims: plain
``sympy.simplify(lhs - rhs) == 0`` (catalog names expanded, limits evaluated), with a timeout;
its median time is the unit of symact's, and its share of true claims proved is SymPy alone.
With ``--verify`` every proved or disproved verdict's certificate is re-checked by
``symact.verify_certificate`` (the trusted base) and the rejected ones are counted and listed.

Targets (issue): 0 wrong verdicts on both corpora; >= 97 % of true claims proved; no false
claim proved; median <= 0.1 s; no claim over its budget; (--verify) no certificate rejected.

    python benchmarks/bench_prover.py [--quick] [--n 5000] [--seed 12] [--budget 10]
        [--workers 2] [--peer-timeout 5] [--no-peer] [--no-repo] [-v] [--verify]
        [--save F | --replay F]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import multiprocessing as mpr
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "prover")]

import sympy as sp  # noqa: E402
from corpus import Case, confirms, generate  # noqa: E402
from prover_corpus import FALSE, TRUE  # noqa: E402

from symact import parse, prove, verify_certificate  # noqa: E402
from symact.claims import PROOFS, check, load_paths  # noqa: E402
from symact.core import catalog  # noqa: E402

KILL_AFTER = 5.0  # seconds past a claim's budget before its worker is killed


# --- what a worker does --------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class Outcome:
    """One claim's answer: status, seconds (measured in the worker), counterexample."""

    status: str  # proved | disproved | unknown | killed | error
    seconds: float
    point: tuple[tuple[str, str], ...] = ()
    dps: int = 0
    detail: str = ""
    certificate: str = ""  # --verify: "valid", or why verify_certificate rejected it


def _prove(lhs: str, rhs: str, assume: str | None, budget: float,
           verify: bool = False) -> Outcome:
    start = time.monotonic()
    v = prove(lhs, rhs, assume=assume, budget=budget)
    seconds = time.monotonic() - start  # the prover's time only, not the checker's
    cx = v.counterexample
    point = tuple((cx.exact or cx.point).items()) if cx is not None else ()
    checked = ""
    if verify and v.status in ("proved", "disproved"):
        check = verify_certificate(v.certificate())
        checked = "valid" if check.valid else check.reason[:300]
    return Outcome(v.status, seconds, point, cx.dps if cx is not None else 0,
                   v.tried[-1] if v.tried and v.status == "unknown" else "", checked)


def _simplify(lhs: str, rhs: str) -> Outcome:
    """The peer: ``simplify(l - r) == 0`` proves; anything else is no answer."""
    start = time.monotonic()
    left, right = (catalog.expand(parse(s)) for s in (lhs, rhs))
    left, right = (e.replace(lambda u: isinstance(u, sp.Limit), lambda u: u.doit())
                   for e in (left, right))
    zero = sp.simplify(left - right) == 0
    return Outcome("proved" if zero else "unknown", time.monotonic() - start)


_REPO: list[Any] = []


def _repo_claim(k: int) -> Outcome:
    if not _REPO:
        _REPO.extend(load_paths([PROOFS]))
    start = time.monotonic()
    r = check(_REPO[k])
    return Outcome(r.status, time.monotonic() - start, detail=r.detail)


_TASKS: dict[str, Callable[..., Outcome]] = {"prove": _prove, "simplify": _simplify,
                                             "repo": _repo_claim}


def _serve(conn: Connection) -> None:
    while True:
        task = conn.recv()
        if task is None:
            return
        key, kind, args = task
        try:
            out = _TASKS[kind](*args)
        except Exception as exc:  # a crash is an answer too (counted, never a verdict)
            out = Outcome("error", 0.0, detail=f"{type(exc).__name__}: {exc}"[:200])
        conn.send((key, out))


# --- a pool whose workers are killed from outside past their limit --------------------------
@dataclasses.dataclass(frozen=True)
class Task:
    key: int
    kind: str
    args: tuple
    limit: float  # seconds before the worker is killed


class _Worker:
    def __init__(self, ctx: Any):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child,), daemon=True)
        self.proc.start()
        child.close()
        self.task: Task | None = None
        self.started = 0.0

    def give(self, task: Task) -> None:
        self.task, self.started = task, time.monotonic()
        self.conn.send((task.key, task.kind, task.args))

    def stop(self, kill: bool = False) -> None:
        try:
            self.conn.send(None) if not kill else self.proc.kill()
        except OSError:  # already gone
            pass
        self.proc.join(5)


def run(tasks: Sequence[Task], workers: int, progress: str = "") -> dict[int, Outcome]:
    """Each task in a worker process; a task past its limit is killed (status "killed")."""
    ctx = mpr.get_context("fork")
    pool = [_Worker(ctx) for _ in range(min(workers, len(tasks)) or 1)]
    todo, done, shown = list(reversed(tasks)), {}, 0
    try:
        while len(done) < len(tasks):
            for w in pool:
                if w.task is None and todo:
                    w.give(todo.pop())
            busy = [w for w in pool if w.task is not None]
            now = time.monotonic()
            soonest = min(w.started + w.task.limit for w in busy) - now
            for conn in wait([w.conn for w in busy], timeout=max(soonest, 0.01)):
                w = next(w for w in busy if w.conn is conn)
                try:
                    key, out = conn.recv()
                except (EOFError, OSError):  # the worker died (a crash in C, the OOM killer)
                    w.proc.join(5)
                    key, out = w.task.key, Outcome("error", time.monotonic() - w.started,
                                                   detail=f"worker died ({w.proc.exitcode})")
                    pool[pool.index(w)] = _Worker(ctx)
                done[key], w.task = out, None
            for i, w in enumerate(pool):
                if w.task is not None and time.monotonic() - w.started > w.task.limit:
                    done[w.task.key] = Outcome("killed", time.monotonic() - w.started)
                    w.stop(kill=True)
                    pool[i] = _Worker(ctx)
            if progress and len(done) >= shown + 250:
                shown = len(done)
                print(f"  [{progress}] {shown}/{len(tasks)}", file=sys.stderr, flush=True)
    finally:
        for w in pool:
            w.stop(kill=w.task is not None)
    return done


# --- reports ------------------------------------------------------------------------------
def quantiles(values: Iterable[float]) -> tuple[float, float, float]:
    xs = sorted(values)
    if not xs:
        return 0.0, 0.0, 0.0
    return statistics.median(xs), xs[min(len(xs) - 1, int(0.9 * len(xs)))], xs[-1]


def wrong(case: Case, out: Outcome) -> str:
    """Why an outcome is wrong ("" when it is not)."""
    if not case.truth and out.status == "proved":
        return "false claim PROVED"
    if case.truth and out.status == "disproved":
        return "true claim DISPROVED"
    if out.status == "disproved":
        try:
            ok = confirms(case, dict(out.point), out.dps)
        except (ValueError, SyntaxError):  # limit() etc.: the evaluator cannot say
            ok = True
        except Exception as exc:  # never lose a run to the checker
            return f"counterexample not checked ({type(exc).__name__}: {exc})"
        if not ok:
            return "counterexample not confirmed"
    return ""


def family_table(cases: Sequence[Case], outs: Sequence[Outcome]) -> None:
    rows: dict[tuple[bool, str], Counter] = defaultdict(Counter)
    for c, o in zip(cases, outs, strict=True):
        rows[(c.truth, c.family)][o.status] += 1
    print(f"  {'truth':5s} {'family':18s} {'n':>5s} {'proved':>7s} {'disproved':>9s} "
          f"{'unknown':>7s} {'killed':>6s} {'error':>5s} {'answered':>8s}")
    for (truth, fam), cnt in sorted(rows.items(), key=lambda kv: (not kv[0][0], kv[0][1])):
        n = sum(cnt.values())
        right = cnt["proved"] if truth else cnt["disproved"]
        print(f"  {truth!s:5s} {fam:18s} {n:5d} {cnt['proved']:7d} {cnt['disproved']:9d} "
              f"{cnt['unknown']:7d} {cnt['killed']:6d} {cnt['error']:5d} "
              f"{100 * right / n:7.1f}%")


def report(title: str, cases: Sequence[Case], outs: Sequence[Outcome], budget: float,
           verbose: bool) -> int:
    """Prints the section for one corpus; returns the number of wrong verdicts."""
    n_true = sum(c.truth for c in cases)
    print(f"\n{title}: {len(cases)} claims ({n_true} true, {len(cases) - n_true} false)")
    family_table(cases, outs)
    bad = [(c, o, why) for c, o in zip(cases, outs, strict=True) if (why := wrong(c, o))]
    wrong_dir = [b for b in bad if not b[2].startswith("counterexample")]
    print(f"  wrong verdicts: {len(wrong_dir)}   unconfirmed counterexamples: "
          f"{len(bad) - len(wrong_dir)}")
    for c, o, why in bad:
        at = ", ".join(f"{k} = {v}" for k, v in o.point) or "-"
        print(f"    {why}: {c.text}\n      verdict {o.status} at {at}; family {c.family}; "
              f"{c.note}")
    proved_true = sum(o.status == "proved" for c, o in zip(cases, outs, strict=True) if c.truth)
    false_outs = [o.status for c, o in zip(cases, outs, strict=True) if not c.truth]
    print(f"  true claims proved: {proved_true}/{n_true} = "
          f"{100 * proved_true / max(n_true, 1):.1f} %  (target >= 97 %)")
    print(f"  false claims: proved {false_outs.count('proved')} (target 0), disproved "
          f"{false_outs.count('disproved')}, unknown {false_outs.count('unknown')}, killed "
          f"{false_outs.count('killed')}, error {false_outs.count('error')}")
    med, p90, top = quantiles(o.seconds for o in outs)
    over = [sum(o.seconds > budget + extra for o in outs) for extra in (0.0, 0.5, 1.0)]
    print(f"  time per claim: median {med:.3f} s (target <= 0.1), p90 {p90:.3f} s, max "
          f"{top:.3f} s; over the {budget:g} s budget: {over[0]} (target 0; by > 0.5 s: "
          f"{over[1]}, by > 1 s: {over[2]}), killed {sum(o.status == 'killed' for o in outs)}")
    checked = [(c, o) for c, o in zip(cases, outs, strict=True) if o.certificate]
    if checked:
        rejected = [(c, o) for c, o in checked if o.certificate != "valid"]
        print(f"  certificates rejected by the checker (--verify): {len(rejected)} of "
              f"{len(checked)} (target 0)")
        for c, o in rejected[:20]:
            print(f"    [{o.status}, certificate rejected] {c.text}: {o.certificate[:160]}")
    for c, o in [(c, o) for c, o in zip(cases, outs, strict=True) if o.status == "error"][:20]:
        print(f"    [error] {c.text}: {o.detail}")
    if verbose:
        for c, o in zip(cases, outs, strict=True):
            if c.truth and o.status != "proved":
                print(f"    [not proved, {o.status}, {o.seconds:.2f} s] {c.text}  -- "
                      f"{o.detail[:120]}")
    return len(bad)


def labelled() -> list[Case]:
    """tests/prover_corpus.py as Cases."""
    return [Case(c.lhs, c.rhs, c.assume, c.true, "labelled", c.label) for c in (*TRUE, *FALSE)]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=5000, help="generated claims (default 5000)")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--budget", type=float, default=10.0, help="seconds per claim")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--peer-timeout", type=float, default=5.0,
                    help="seconds before simplify() is killed (counted at this time)")
    ap.add_argument("--quick", action="store_true", help="300 generated claims")
    ap.add_argument("--no-peer", action="store_true", help="skip sympy.simplify")
    ap.add_argument("--no-repo", action="store_true", help="skip the repository's claims")
    ap.add_argument("-v", "--verbose", action="store_true", help="list true claims not proved")
    ap.add_argument("--save", type=Path, help="write every generated claim's outcome (JSON)")
    ap.add_argument("--replay", type=Path, help="read the generated outcomes from --save")
    ap.add_argument("--verify", action="store_true", help="re-check every certificate with "
                    "symact.verify_certificate (in the worker, after the timing; it costs "
                    "about as much as proving, so the kill limit doubles)")
    args = ap.parse_args(argv)
    n = 300 if args.quick else args.n
    started = time.monotonic()
    cases = generate(n, args.seed)
    limit = (2.5 if args.verify else 1.0) * args.budget + KILL_AFTER
    print(f"symact prover benchmark: {n} generated claims (seed {args.seed}, generated in "
          f"{time.monotonic() - started:.1f} s), budget {args.budget:g} s, {args.workers} "
          f"workers (killed at {limit:g} s{', certificates re-checked' * args.verify})")
    if args.replay:
        rows = json.loads(args.replay.read_text(encoding="utf-8"))
        outs = {k: Outcome(r["status"], r["seconds"], tuple(map(tuple, r["point"])), r["dps"],
                           r["detail"], r.get("certificate", "")) for k, r in enumerate(rows)}
    else:
        outs = run([Task(k, "prove", (c.lhs, c.rhs, c.assume, args.budget, args.verify),
                         limit) for k, c in enumerate(cases)], args.workers, "generated")
    generated = [outs[k] for k in range(len(cases))]
    if args.save:
        rows = [dataclasses.asdict(o) | {"text": c.text, "truth": c.truth, "family": c.family}
                for c, o in zip(cases, generated, strict=True)]
        args.save.write_text(json.dumps(rows, indent=0), encoding="utf-8")
    bad = report("generated corpus (tests/prover/corpus.py)", cases, generated, args.budget,
                 args.verbose)
    if not args.no_repo:
        bad += repository(args)
    if not args.no_peer:
        peer(cases, generated, args)
    print(f"\nwall time {time.monotonic() - started:.0f} s; wrong verdicts or unconfirmed "
          f"counterexamples in total: {bad}")
    return 1 if bad else 0


def repository(args: argparse.Namespace) -> int:
    """The labelled corpus and symact/proofs/*.toml; returns the number of wrong answers."""
    cases = labelled()
    limit = args.budget + KILL_AFTER  # these runs re-check no certificate
    outs = run([Task(k, "prove", (c.lhs, c.rhs, c.assume, args.budget), limit)
                for k, c in enumerate(cases)], args.workers)
    bad = report("repository corpus (tests/prover_corpus.py)", cases,
                 [outs[k] for k in range(len(cases))], args.budget, args.verbose)
    claims = load_paths([PROOFS])
    tasks = [Task(k, "repo", (k,), KILL_AFTER + c.budget * (2 + len(c.derivations)))
             for k, c in enumerate(claims)]
    results = run(tasks, args.workers)
    print(f"\nrepository claims (symact/proofs/*.toml, symact.claims.check): {len(claims)}")
    counts = Counter((c.expect, results[k].status) for k, c in enumerate(claims))
    for (expect, got), m in sorted(counts.items()):
        print(f"  expected {expect:9s} got {got:9s} {m:4d}")
    opposite = {("proved", "disproved"), ("disproved", "proved")}
    for k, c in enumerate(claims):
        o = results[k]
        if o.status != c.expect:
            tag = "WRONG" if (c.expect, o.status) in opposite else "miss"
            print(f"    {tag}: {c.id} ({Path(c.file).name}:{c.line}) expected {c.expect}, got "
                  f"{o.status}: {o.detail[:120]}")
    med, p90, top = quantiles(o.seconds for o in results.values())
    print(f"  time per claim: median {med:.3f} s, p90 {p90:.3f} s, max {top:.3f} s")
    return bad + sum((c.expect, results[k].status) in opposite for k, c in enumerate(claims))


def peer(cases: Sequence[Case], generated: Sequence[Outcome], args: argparse.Namespace) -> None:
    """sympy.simplify(lhs - rhs) == 0 on the same claims, in the same run."""
    outs = run([Task(k, "simplify", (c.lhs, c.rhs), args.peer_timeout)
                for k, c in enumerate(cases)], args.workers, "simplify")
    plain = [outs[k] for k in range(len(cases))]
    seconds = [min(o.seconds, args.peer_timeout) if o.status != "killed" else args.peer_timeout
               for o in plain]
    true_proved = sum(o.status == "proved" for c, o in zip(cases, plain, strict=True) if c.truth)
    false_proved = sum(o.status == "proved" for c, o in zip(cases, plain, strict=True)
                       if not c.truth)
    n_true = sum(c.truth for c in cases)
    ours_true = sum(o.status == "proved" for c, o in zip(cases, generated, strict=True)
                    if c.truth)
    ours_med, ours_p90, _ = quantiles(o.seconds for o in generated)
    peer_med, peer_p90, _ = quantiles(seconds)
    print(f"\npeer: sympy.simplify(lhs - rhs) == 0 on the same {len(cases)} generated claims "
          f"(timeout {args.peer_timeout:g} s, counted at the timeout)")
    print(f"  true claims proved: simplify {true_proved}/{n_true} = "
          f"{100 * true_proved / max(n_true, 1):.1f} %, symact {ours_true}/{n_true} = "
          f"{100 * ours_true / max(n_true, 1):.1f} %")
    print(f"  false claims 'proved' (simplify gave 0): {false_proved}; timeouts "
          f"{sum(o.status == 'killed' for o in plain)}, errors "
          f"{sum(o.status == 'error' for o in plain)}")
    print(f"  median time: symact {ours_med:.3f} s, simplify {peer_med:.3f} s, ratio "
          f"{ours_med / max(peer_med, 1e-9):.2f}x;  p90: symact {ours_p90:.3f} s, simplify "
          f"{peer_p90:.3f} s, ratio {ours_p90 / max(peer_p90, 1e-9):.2f}x")
    by_family: dict[str, Counter] = defaultdict(Counter)
    for c, o, ours in zip(cases, plain, generated, strict=True):
        if c.truth:
            by_family[c.family]["n"] += 1
            by_family[c.family]["simplify"] += o.status == "proved"
            by_family[c.family]["symact"] += ours.status == "proved"
    print("  true claims proved per family (simplify / symact):")
    for fam, cnt in sorted(by_family.items()):
        print(f"    {fam:18s} {cnt['simplify']:4d} / {cnt['symact']:4d} of {cnt['n']:4d}")


if __name__ == "__main__":
    raise SystemExit(main())
