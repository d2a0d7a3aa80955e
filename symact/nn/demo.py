"""The lecture's argument in numbers: sign shares, zig-zags, saturation, learning curves.

Data: scikit-learn's bundled handwritten digits (8×8, 1 797 samples, no download), inputs
standardised on the training split as the lecture recommends; 64-30-10 networks with a
softmax output and the log-likelihood cost, mini-batch SGD; everything seeded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..errors import SymactError
from ..plotting import pyplot, save
from .network import Network, mixed_sign_share, one_hot, saturated_share


@dataclass(frozen=True)
class Data:
    X_train: np.ndarray
    Y_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray


def digits(seed: int = 0, test_share: float = 0.2) -> Data:
    """The digits data, split and standardised (train statistics only)."""
    try:
        from sklearn.datasets import load_digits
    except ImportError:
        raise SymactError("the demo needs scikit-learn: pip install 'symact[demo]'") from None
    d = load_digits()
    order = np.random.default_rng(seed).permutation(len(d.target))
    n_test = round(test_share * len(order))
    test, train = order[:n_test], order[n_test:]
    X = d.data.astype(np.float64)
    mean, std = X[train].mean(axis=0), X[train].std(axis=0)
    std[std == 0] = 1.0
    Xs = (X - mean) / std
    return Data(Xs[train], one_hot(d.target[train], 10), d.target[train], Xs[test],
                d.target[test])


@dataclass
class EpochStats:
    epoch: int
    cost: float
    accuracy: float
    mixed_signs: list[float] = field(default_factory=list)
    zigzag: list[float] = field(default_factory=list)
    saturated: list[float] = field(default_factory=list)


def run(activation: str, data: Data, *, epochs: int = 10, hidden: int = 30,
        batch_size: int = 32, lr: float = 0.1, seed: int = 0, watch: bool = False,
        progress: Callable[[str, EpochStats], None] | None = None) -> list[EpochStats]:
    """Train 64-hidden-10 with ``activation`` in the hidden layer; per-epoch statistics.

    With ``watch``: per layer, the share of per-example weight-gradient rows with mixed
    signs (on 256 training examples), the share of weights whose update changed sign from
    one step to the next (zig-zag), and the share of neurons with |f'| < 0.01.
    """
    net = Network([data.X_train.shape[1], hidden, 10], [activation, "softmax"],
                  cost="log_likelihood", seed=seed)
    probe = slice(0, 256)
    history = []
    for epoch in range(1, epochs + 1):
        flips = [np.zeros(2), np.zeros(2)]
        previous: list[np.ndarray] | None = None

        def on_step(updates, Xb, Yb, flips=flips):
            nonlocal previous
            if previous is not None:
                for k, (u, p) in enumerate(zip(updates, previous, strict=True)):
                    flips[k] += (np.count_nonzero(np.sign(u) * np.sign(p) < 0), u.size)
            previous = [u.copy() for u in updates]

        net.train_epoch(data.X_train, data.Y_train, batch_size, lr,
                        on_step=on_step if watch else None)
        stats = EpochStats(epoch, net.cost(data.X_train, data.Y_train),
                           net.accuracy(data.X_test, data.y_test))
        if watch:
            stats.mixed_signs = mixed_sign_share(net, data.X_train[probe],
                                                 data.Y_train[probe])
            stats.zigzag = [float(f[0] / f[1]) if f[1] else 0.0 for f in flips]
            stats.saturated = saturated_share(net, data.X_train[probe])
        history.append(stats)
        if progress is not None:
            progress(activation, stats)
    return history


def plot_curves(path: str, histories: dict[str, list[EpochStats]]) -> None:
    plt = pyplot()
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    for name, hist in histories.items():
        epochs = [s.epoch for s in hist]
        left.plot(epochs, [s.cost for s in hist], marker="o", label=name)
        right.plot(epochs, [100 * s.accuracy for s in hist], marker="o", label=name)
    left.set(xlabel="epoch", ylabel="training cost (log-likelihood)", yscale="log")
    right.set(xlabel="epoch", ylabel="test accuracy [%]")
    for ax in (left, right):
        ax.legend()
    save(fig, path)


def plot_signs(path: str, histories: dict[str, list[EpochStats]]) -> None:
    plt = pyplot()
    fig, ax = plt.subplots(figsize=(6, 4))
    for name, hist in histories.items():
        epochs = [s.epoch for s in hist]
        ax.plot(epochs, [100 * s.mixed_signs[1] for s in hist], marker="o",
                label=f"{name}: output layer (inputs = {name} outputs)")
        ax.plot(epochs, [100 * s.mixed_signs[0] for s in hist], linestyle="--",
                label=f"{name}: hidden layer (inputs = pixels)")
    ax.set(xlabel="epoch", ylabel="weight-gradient rows with mixed signs [%]", ylim=(-5, 105))
    ax.legend(fontsize=8)
    save(fig, path)


def compare(activations: Sequence[str], **kw) -> dict[str, list[EpochStats]]:
    data = digits(kw.pop("seed", 0))
    return {a: run(a, data, **kw) for a in activations}
