"""``symact latex --budget``: the per-property budget of show and table reaches the handout."""

from __future__ import annotations

import os
import subprocess
import sys

from symact.cli import docs, main


def test_the_budget_reaches_the_derivations(monkeypatch, capsys):
    seen = []
    real = docs.prepare

    def spy(*args, **kw):
        seen.append(kw.get("budget"))
        return real(*args, **kw)

    monkeypatch.setattr(docs, "prepare", spy)
    assert main(["latex", "relu", "--no-proofs", "--workers", "1", "--budget", "2.5"]) == 0
    assert main(["latex", "relu", "--no-proofs", "--workers", "1"]) == 0
    capsys.readouterr()
    assert seen == [2.5, 10.0]


def test_a_tiny_budget_leaves_fields_unknown_in_a_fresh_process():
    # a fresh process: no analysis step remembered from other tests, no cache
    env = {**os.environ, "SYMACT_NO_CACHE": "1"}
    out = subprocess.run([sys.executable, "-m", "symact", "latex", "gelu", "--no-proofs",
                          "--workers", "1", "--budget", "0.05"], capture_output=True,
                         text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-1500:]  # the end: the exception itself
    assert r"Range & \textit{unknown}" in out.stdout


def test_a_bad_budget_is_refused(capsys):
    assert main(["latex", "gelu", "--budget", "0"]) == 2
    assert "positive, finite number of seconds" in capsys.readouterr().err
