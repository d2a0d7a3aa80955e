"""PyTorch's functions for the catalog names (an independent reference for tests)."""

import torch

F = torch.nn.functional

TORCH_FN = {
    "sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": F.relu,
    "leaky_relu": lambda t: F.leaky_relu(t, 0.01), "elu": F.elu, "selu": F.selu,
    "swish": F.silu, "gelu": F.gelu, "gelu_tanh": lambda t: F.gelu(t, approximate="tanh"),
    "mish": F.mish, "softplus": F.softplus, "hardtanh": F.hardtanh,
    "hardsigmoid": F.hardsigmoid, "hardswish": F.hardswish, "relu6": F.relu6, "celu": F.celu,
    "softsign": F.softsign, "logsigmoid": F.logsigmoid, "tanhshrink": F.tanhshrink,
    "softshrink": F.softshrink, "hardshrink": F.hardshrink, "identity": lambda t: t,
}
