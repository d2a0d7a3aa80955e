"""A reference fully connected network on symact's verified evaluators.

Backpropagation written after its four equations (Nielsen, ch. 2), vectorised over a batch:

    δ^L = ∇_a C ⊙ f'(z^L)                 (softmax: δ^L = J_softmax(z^L)ᵀ ∇_a C)
    δ^l = (δ^{l+1} W^{l+1}) ⊙ f'(z^l)
    ∂C/∂b^l = δ^l,   ∂C/∂W^l = δ^lᵀ a^{l-1}   (averaged over the batch)

f'(z) comes from the evaluator's derivative-from-output f'(a) where one exists (σ' = a(1−a),
tanh' = 1 − a²), else from f'(z).

>>> net = Network([2, 3, 1], activations=["tanh", "sigmoid"], cost="quadratic")
>>> dW, db = net.gradients(np.ones((4, 2)), np.zeros((4, 1)))
>>> [w.shape for w in dW], [b.shape for b in db]
([(3, 2), (1, 3)], [(3,), (1,)])
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import sympy as sp
from scipy.special import xlogy

from ..core import Activation, with_stable_forms
from ..errors import ParameterError
from ..numeric import catalog_kernels, evaluator, kernel_constants, softmax

COSTS = ("quadratic", "cross_entropy", "log_likelihood")
INITS = ("normal", "he", "glorot")


@dataclass(frozen=True)
class Layer:
    """One layer's activation: value, derivative, derivative-from-output (or None)."""

    name: str
    value: Callable[[np.ndarray], np.ndarray]
    derivative: Callable[[np.ndarray], np.ndarray]
    from_output: Callable[[np.ndarray], np.ndarray] | None
    softmax: bool = False


def _layer(spec: str | sp.Expr | Activation) -> Layer:
    if isinstance(spec, str) and spec.strip().lower() == "softmax":
        return Layer("softmax", lambda z: softmax(z, axis=-1), _no_derivative, None,
                     True)
    ev = evaluator(spec)
    act = next((a for a in with_stable_forms() if a.name == ev.name), None)
    same = act is not None and (not isinstance(spec, Activation) or (spec.expr == act.expr
                                and spec.params == act.params))
    if not same:
        return Layer(ev.name, ev.value, ev.derivative, ev.derivative_from_output)
    # the evaluator's own kernels on float64 arrays, without its per-call checks: a layer
    # calls them thousands of times per epoch on small arrays (callers hold np.errstate)
    v, d, dy = catalog_kernels(ev.name)
    c = kernel_constants(act)
    return Layer(ev.name, lambda z: v(z, *c), lambda z: d(z, *c),
                 None if dy is None else (lambda a: dy(a, *c)))


def _no_derivative(z: np.ndarray) -> np.ndarray:
    raise ParameterError("softmax has a Jacobian, not an elementwise derivative")


class Network:
    """A fully connected network: ``sizes`` = [n_in, n_1, ..., n_out], one activation per
    layer, weights ``weights[l]`` of shape (n_out, n_in) and biases of shape (n_out,)."""

    def __init__(self, sizes: Sequence[int], activations: Sequence[str | sp.Expr | Activation],
                 cost: str = "quadratic", seed: int = 0, init: str = "normal"):
        if len(sizes) < 2 or not all(_positive_int(n) for n in sizes):
            raise ParameterError(f"sizes must be at least two positive integers, got {sizes}")
        if len(activations) != len(sizes) - 1:
            raise ParameterError(f"need {len(sizes) - 1} activations (one per layer), "
                                 f"got {len(activations)}")
        if cost not in COSTS:
            raise ParameterError(f"cost must be one of {', '.join(COSTS)}, got {cost!r}")
        if init not in INITS:
            raise ParameterError(f"init must be one of {', '.join(INITS)}, got {init!r}")
        self.sizes = [int(n) for n in sizes]
        self.layers = [_layer(a) for a in activations]
        if any(layer.softmax for layer in self.layers[:-1]):
            raise ParameterError("softmax is only supported as the output layer")
        if cost == "log_likelihood" and not self.layers[-1].softmax:
            raise ParameterError("the log-likelihood cost needs a softmax output layer")
        self.cost_name = cost
        self.rng = np.random.default_rng(seed)
        self.weights = [self._init(n_in, n_out, init) for n_in, n_out in
                        zip(self.sizes[:-1], self.sizes[1:], strict=True)]
        self.biases = [self.rng.standard_normal(n_out) for n_out in self.sizes[1:]]
        self._velocity: list[np.ndarray] | None = None

    def _init(self, n_in: int, n_out: int, how: str) -> np.ndarray:
        scale = {"normal": 1 / np.sqrt(n_in), "he": np.sqrt(2 / n_in),
                 "glorot": np.sqrt(2 / (n_in + n_out))}[how]
        return self.rng.standard_normal((n_out, n_in)) * scale

    # --- forward -----------------------------------------------------------------------

    def forward(self, X: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """(zs, activations): activations[0] is X, activations[l+1] = f(zs[l])."""
        with np.errstate(all="ignore"):  # the kernels' masked tails over/underflow by design
            return self._forward(X)

    def _forward(self, X: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
        a = _floats(X)
        zs, acts = [], [a]
        for W, b, layer in zip(self.weights, self.biases, self.layers, strict=True):
            z = a @ W.T
            z += b
            a = layer.value(z)
            zs.append(z)
            acts.append(a)
        return zs, acts

    def predict(self, X: np.ndarray) -> np.ndarray:
        return self.forward(X)[1][-1]

    def cost(self, X: np.ndarray, Y: np.ndarray) -> float:
        """The cost averaged over the batch."""
        a = self.predict(X)
        Y = np.asarray(Y, dtype=np.float64)
        with np.errstate(divide="ignore", invalid="ignore"):
            if self.cost_name == "quadratic":
                per = 0.5 * np.sum((a - Y) ** 2, axis=1)
            elif self.cost_name == "cross_entropy":
                per = -np.sum(xlogy(Y, a) + xlogy(1 - Y, 1 - a), axis=1)
            else:
                per = -np.sum(xlogy(Y, a), axis=1)
        return float(np.mean(per))

    # --- backward ----------------------------------------------------------------------

    def slope(self, layer: Layer, z: np.ndarray, a: np.ndarray) -> np.ndarray:
        """f'(z), from the output a when the activation has such a form."""
        return layer.from_output(a) if layer.from_output is not None else layer.derivative(z)

    def output_delta(self, z: np.ndarray, a: np.ndarray, Y: np.ndarray) -> np.ndarray:
        """δ^L = ∇_a C ⊙ f'(z^L); for softmax the Jacobian-vector product instead."""
        layer = self.layers[-1]
        if self.cost_name == "quadratic":
            grad_a = a - Y
        elif self.cost_name == "cross_entropy":
            if layer.from_output is not None and layer.name == "sigmoid":
                # ∇_a C ⊙ σ' = (a − y)/(a(1 − a)) · a(1 − a) = a − y: the cancellation
                # done exactly keeps saturated outputs finite
                return a - Y
            with np.errstate(divide="ignore", invalid="ignore"):
                grad_a = (a - Y) / (a * (1 - a))
        else:
            if layer.softmax:
                # J_softmaxᵀ (−y/a) = a Σy − y = a − y for one-hot (Σy = 1) targets
                return a * Y.sum(axis=1, keepdims=True) - Y
            grad_a = -Y / a
        if layer.softmax:
            # Jᵀ g = a ⊙ (g − <a, g>) (J is symmetric)
            return a * (grad_a - np.sum(a * grad_a, axis=1, keepdims=True))
        return grad_a * self.slope(layer, z, a)

    def backprop(self, X: np.ndarray, Y: np.ndarray
                 ) -> tuple[list[np.ndarray], list[np.ndarray], list[np.ndarray]]:
        """(deltas, activations, zs) for a batch: the four equations, nothing else."""
        with np.errstate(all="ignore"):
            return self._backprop(X, Y)

    def _backprop(self, X: np.ndarray, Y: np.ndarray):
        Y = _floats(Y)
        zs, acts = self._forward(X)
        deltas = [self.output_delta(zs[-1], acts[-1], Y)]
        for l in range(len(self.weights) - 2, -1, -1):  # noqa: E741 - l as in the lecture
            back = deltas[0] @ self.weights[l + 1]
            back *= self.slope(self.layers[l], zs[l], acts[l + 1])
            deltas.insert(0, back)
        return deltas, acts, zs

    def gradients(self, X: np.ndarray, Y: np.ndarray
                  ) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """(dW, db): ∂C/∂W^l = mean over the batch of δ^l a^{l-1}ᵀ, ∂C/∂b^l = mean δ^l."""
        with np.errstate(all="ignore"):
            return self._gradients(X, Y)

    def _gradients(self, X: np.ndarray, Y: np.ndarray):
        deltas, acts, _ = self._backprop(X, Y)
        n = len(acts[0])
        dW = [np.divide(d.T @ a, n) for d, a in zip(deltas, acts[:-1], strict=True)]
        db = [np.add.reduce(d, axis=0) / n for d in deltas]
        return dW, db

    # --- training ----------------------------------------------------------------------

    def step(self, X: np.ndarray, Y: np.ndarray, lr: float, momentum: float = 0.0,
             l2: float = 0.0) -> list[np.ndarray]:
        """One SGD step: v = μ v − η (∇W + λ W), W += v; b −= η ∇b. Returns the updates v."""
        with np.errstate(all="ignore"):
            return self._step(X, Y, lr, momentum, l2)

    def _step(self, X, Y, lr, momentum, l2) -> list[np.ndarray]:
        dW, db = self._gradients(X, Y)
        updates = []
        for k, (W, g) in enumerate(zip(self.weights, dW, strict=True)):
            if l2:
                g = g + l2 * W
            g *= -lr
            if momentum:
                if self._velocity is None:
                    self._velocity = [np.zeros_like(w) for w in self.weights]
                g += momentum * self._velocity[k]
                self._velocity[k] = g
            W += g
            updates.append(g)
        for b, g in zip(self.biases, db, strict=True):
            b -= lr * g
        return updates

    def train_epoch(self, X: np.ndarray, Y: np.ndarray, batch_size: int = 32,
                    lr: float = 0.1, momentum: float = 0.0, l2: float = 0.0,
                    on_step: Callable[[list[np.ndarray], np.ndarray, np.ndarray], None]
                    | None = None) -> None:
        """One pass over shuffled mini-batches; ``on_step(updates, Xb, Yb)`` sees each."""
        order = self.rng.permutation(len(X))
        with np.errstate(all="ignore"):  # one context per epoch, not per step
            for start in range(0, len(X), batch_size):
                idx = order[start:start + batch_size]
                updates = self._step(X[idx], Y[idx], lr, momentum, l2)
                if on_step is not None:
                    on_step(updates, X[idx], Y[idx])

    def accuracy(self, X: np.ndarray, labels: np.ndarray) -> float:
        return float(np.mean(np.argmax(self.predict(X), axis=1) == labels))


def _floats(a: object) -> np.ndarray:
    """float64, except object arrays (SymPy entries: the symbolic gradient tests) stay."""
    arr = np.asarray(a)
    return arr if arr.dtype == object else arr.astype(np.float64, copy=False)


def one_hot(labels: np.ndarray, classes: int) -> np.ndarray:
    out = np.zeros((len(labels), classes))
    out[np.arange(len(labels)), labels] = 1.0
    return out


def mixed_sign_share(net: Network, X: np.ndarray, Y: np.ndarray) -> list[float]:
    """Per layer: the share of (example, neuron) pairs whose incoming weight-gradient row
    δ_j a^{l-1} has entries of both signs. With positive inputs a^{l-1} (sigmoid outputs)
    it is 0: every entry has the sign of δ_j."""
    deltas, acts, _ = net.backprop(X, Y)
    shares = []
    for d, a in zip(deltas, acts[:-1], strict=True):
        rows = d[:, :, None] * a[:, None, :]  # (batch, n_out, n_in): per-example rows
        pos = (rows > 0).any(axis=2)
        neg = (rows < 0).any(axis=2)
        shares.append(float(np.mean(pos & neg)))
    return shares


def saturated_share(net: Network, X: np.ndarray, threshold: float = 0.01) -> list[float]:
    """Per hidden/output layer: share of (example, neuron) with |f'(z)| < threshold."""
    zs, acts = net.forward(X)
    out = []
    for layer, z, a in zip(net.layers, zs, acts[1:], strict=True):
        if layer.softmax:
            out.append(float(np.mean(a * (1 - a) < threshold)))
        else:
            out.append(float(np.mean(np.abs(net.slope(layer, z, a)) < threshold)))
    return out


def _positive_int(n: object) -> bool:
    """An integer >= 1 (numpy integers too); 1.5, 2.0 and True are refused, not truncated."""
    if isinstance(n, bool):
        return False
    try:
        return operator.index(n) >= 1
    except TypeError:
        return False
