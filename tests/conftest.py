"""Strict numerics for every test: NumPy floating-point errors raise."""

import numpy as np
import pytest
from hypothesis import settings

settings.register_profile("symact", deadline=None, derandomize=True, max_examples=100)
settings.load_profile("symact")


@pytest.fixture(autouse=True)
def _numpy_errors_raise():
    with np.errstate(all="raise"):
        yield
