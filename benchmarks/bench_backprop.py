"""One epoch of the digits data (batch 32, 64-30-10, sigmoid, quadratic cost) with
symact.nn.network, with a plain NumPy MLP written here, and with PyTorch CPU, in the same run.

    python benchmarks/bench_backprop.py [--repeats 7]

Prints the median epoch time of each and the ratios to the plain NumPy network (goal:
symact.nn.network within 1.2x).
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import time

import numpy as np

from symact.nn.demo import digits
from symact.nn.network import Network


class PlainMLP:
    """The textbook vectorised network (Nielsen's equations), sigmoid everywhere."""

    def __init__(self, sizes, seed=0):
        rng = np.random.default_rng(seed)
        self.W = [rng.standard_normal((o, i)) / np.sqrt(i) for i, o in itertools.pairwise(sizes)]
        self.b = [rng.standard_normal(o) for o in sizes[1:]]
        self.rng = rng

    def epoch(self, X, Y, batch=32, lr=0.1):
        order = self.rng.permutation(len(X))
        for s in range(0, len(X), batch):
            idx = order[s:s + batch]
            a, acts, zs = X[idx], [X[idx]], []
            for W, b in zip(self.W, self.b, strict=False):
                z = a @ W.T + b
                a = 1.0 / (1.0 + np.exp(-z))
                zs.append(z)
                acts.append(a)
            d = (a - Y[idx]) * a * (1 - a)
            n = len(idx)
            for k in range(len(self.W) - 1, -1, -1):
                gW, gb = d.T @ acts[k] / n, d.mean(axis=0)
                if k:
                    d = (d @ self.W[k]) * acts[k] * (1 - acts[k])
                self.W[k] -= lr * gW
                self.b[k] -= lr * gb


def torch_epoch_factory(X, Y, threads: int):
    import torch

    torch.set_num_threads(threads)
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(64, 30), torch.nn.Sigmoid(),
                                torch.nn.Linear(30, 10), torch.nn.Sigmoid()).double()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    Xt, Yt = torch.from_numpy(X), torch.from_numpy(Y)
    gen = torch.Generator().manual_seed(0)

    def epoch():
        order = torch.randperm(len(Xt), generator=gen)
        for s in range(0, len(Xt), 32):
            idx = order[s:s + 32]
            opt.zero_grad()
            loss = 0.5 * ((model(Xt[idx]) - Yt[idx]) ** 2).sum(dim=1).mean()
            loss.backward()
            opt.step()

    return epoch


def timed(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=7)
    args = ap.parse_args()
    data = digits()
    X, Y = data.X_train, data.Y_train
    net = Network([64, 30, 10], ["sigmoid", "sigmoid"], cost="quadratic", seed=0)
    plain = PlainMLP([64, 30, 10])
    rows = [("plain NumPy MLP (this file)", timed(lambda: plain.epoch(X, Y), args.repeats)),
            ("symact.nn.network", timed(lambda: net.train_epoch(X, Y, 32, 0.1), args.repeats))]
    try:
        for threads in (1, 2):
            rows.append((f"PyTorch CPU, {threads} thread(s)",
                         timed(torch_epoch_factory(X, Y, threads), args.repeats)))
    except ImportError:
        rows.append(("PyTorch CPU", float("nan")))
    base = rows[0][1]
    print(f"one epoch, {len(X)} samples, batch 32, 64-30-10 sigmoid (median of "
          f"{args.repeats})")
    for name, t in rows:
        print(f"{name:32} {1e3 * t:8.2f} ms   {t / base:5.2f}x plain NumPy")
    print(f"\nsymact.nn.network / plain NumPy = {rows[1][1] / base:.2f} (goal <= 1.2)")


if __name__ == "__main__":
    main()
