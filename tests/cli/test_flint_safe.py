"""With python-flint installed SymPy would use flint's ground types, and this ``show`` died
with SIGFPE (exit 136); ``import symact`` pins the pure-Python ground types."""

import os
import subprocess
import sys

import pytest


@pytest.mark.slow
def test_show_of_a_tiny_far_bump_does_not_crash():
    env = {k: v for k, v in os.environ.items() if k != "SYMPY_GROUND_TYPES"}
    run = subprocess.run([sys.executable, "-m", "symact", "show",
                          "tanh(x) + exp(-10**10*(x - 3)**2)"],
                         capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, (run.returncode, run.stderr[-500:])
    assert "lipschitz" in run.stdout
