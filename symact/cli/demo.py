"""``symact demo signs`` and ``symact demo train``: the lecture's claims on real data."""

from __future__ import annotations

import argparse
import sys

from ..core import resolve
from ..errors import SymactError
from ..nn import compare, plot_curves, plot_signs
from ..numeric import evaluator


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="the lecture's argument on the digits data")
    demos = p.add_subparsers(dest="demo", required=True, parser_class=type(p))
    s = demos.add_parser("signs", help="sigmoid vs tanh: gradient signs, zig-zag, saturation")
    s.add_argument("--epochs", type=int, default=5)
    s.add_argument("--plot", metavar="FILE.png", help="mixed-sign share per epoch")
    s.add_argument("--seed", type=int, default=0)
    s.set_defaults(run=run_signs)
    t = demos.add_parser("train", help="learning curves of several activations")
    t.add_argument("--activation", nargs="+", default=["sigmoid", "tanh", "relu"],
                   metavar="NAME")
    t.add_argument("--epochs", type=int, default=10)
    t.add_argument("--lr", type=float, default=0.1)
    t.add_argument("--plot", metavar="FILE.png", help="cost and accuracy per epoch")
    t.add_argument("--seed", type=int, default=0)
    t.set_defaults(run=run_train)


def _check(args: argparse.Namespace) -> None:
    if args.epochs < 1:
        raise SymactError(f"--epochs must be at least 1, got {args.epochs}")


def _progress(name: str, s) -> None:
    print(f"  {name:10} epoch {s.epoch:3}: cost {s.cost:.4f}, test accuracy "
          f"{100 * s.accuracy:5.1f}%", file=sys.stderr, flush=True)


def run_signs(args: argparse.Namespace) -> int:
    _check(args)

    evaluator("sigmoid")  # fail early on a broken install, before training
    hist = compare(["sigmoid", "tanh"], epochs=args.epochs, watch=True, seed=args.seed,
                   progress=_progress)
    print("Mixed-sign share: per-example weight-gradient rows delta_j * a_k with entries of "
          "both signs\n(layer 1: inputs are the standardised pixels; layer 2: inputs are the "
          "hidden activations)\n")
    print(f"{'hidden':8} {'epoch':>5} {'mixed L1':>9} {'mixed L2':>9} {'zigzag L1':>10} "
          f"{'zigzag L2':>10} {'saturated':>10} {'accuracy':>9}")
    for name, rows in hist.items():
        for s in rows:
            print(f"{name:8} {s.epoch:5} {100 * s.mixed_signs[0]:8.1f}% "
                  f"{100 * s.mixed_signs[1]:8.1f}% {100 * s.zigzag[0]:9.1f}% "
                  f"{100 * s.zigzag[1]:9.1f}% {100 * s.saturated[0]:9.1f}% "
                  f"{100 * s.accuracy:8.1f}%")
    sig = max(s.mixed_signs[1] for s in hist["sigmoid"])
    tanh = sum(s.mixed_signs[1] for s in hist["tanh"]) / len(hist["tanh"])
    print(f"\nSigmoid outputs are positive, so every row into the output layer has the sign "
          f"of delta_j: {100 * sig:.1f}% mixed (proved: 0%).\nWith tanh they take both "
          f"signs: {100 * tanh:.1f}% of the rows are mixed on average.")
    if args.plot:
        plot_signs(args.plot, hist)
        print(f"plot written to {args.plot}")
    return 0


def run_train(args: argparse.Namespace) -> int:
    _check(args)
    for name in args.activation:
        resolve(name)  # unknown names fail before any training
    hist = compare(args.activation, epochs=args.epochs, lr=args.lr, seed=args.seed,
                   progress=_progress)
    width = max(len(a) for a in args.activation)
    print(f"{'activation':{width}} " + " ".join(f"{'ep ' + str(e):>8}" for e in
                                                 range(1, args.epochs + 1)))
    for name, rows in hist.items():
        print(f"{name:{width}} " + " ".join(f"{100 * s.accuracy:7.1f}%" for s in rows))
    print("(test accuracy per epoch; 64-30-10, softmax output, log-likelihood, batch 32, "
          f"lr {args.lr}, seed {args.seed})")
    if args.plot:
        plot_curves(args.plot, hist)
        print(f"plot written to {args.plot}")
    return 0
