"""Gaussian moments that do not exist are reported as divergent, never as a number
(issue 13). References are hand derivations: E e^(aZ²) = ∫ e^((a − 1/2)x²) dx/√(2π) is finite
iff a < 1/2; near 0, ∫ |x|^-s dx is finite iff s < 1."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest

from symact.errors import Divergent
from symact.propagation import moments


@pytest.mark.parametrize(("expr", "missing"), [
    ("exp(x**2)", "mean"),                             # a = 1 in every moment
    ("exp(x**2/4)", "second moment"),                  # E f: a = 1/4; E f²: a = 1/2
    ("1/x", "mean"),                                   # |x|^-1 at 0
    ("abs(x)**(-1/4)", "derivative mean"),             # f ~ |x|^-1/4 fine, f' ~ |x|^-5/4
    ("sqrt(abs(x))", "derivative second moment"),      # f'² ~ 1/(4|x|)
])
def test_divergent_moments_are_never_numbers(expr: str, missing: str) -> None:
    with pytest.raises(Divergent, match=f"the {missing} does not exist"):
        moments(expr)


def test_a_fast_but_integrable_growth_keeps_its_value() -> None:
    # E Z² e^(Z²/4) = ∫ x² e^(-x²/4) dx / √(2π) = 4√π / √(2π) = 2√2
    m = moments("x*exp(x**2/8)")
    assert float(m.value("second_moment")) == pytest.approx(2 * math.sqrt(2), rel=1e-12)


def test_cli_signal_says_divergent_and_goes_on() -> None:
    run = subprocess.run([sys.executable, "-m", "symact", "signal", "--json", "1/x", "relu"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    first, second = json.loads(run.stdout)
    assert "does not exist" in first["divergent"] and "moments" not in first
    assert second["moments"]["second_moment"]["value"] == "1/2"
