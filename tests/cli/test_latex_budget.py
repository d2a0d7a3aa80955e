"""``symact latex --budget``: the per-property budget of show and table reaches the handout."""

from __future__ import annotations

from symact.cli import main


def test_a_tiny_budget_leaves_fields_unknown_and_the_default_does_not(monkeypatch, capsys):
    monkeypatch.setenv("SYMACT_NO_CACHE", "1")
    assert main(["latex", "gelu", "--no-proofs", "--workers", "1", "--budget", "0.05"]) == 0
    tight = capsys.readouterr().out
    assert r"Range & \textit{unknown}" in tight
    assert main(["latex", "gelu", "--no-proofs", "--workers", "1"]) == 0
    assert r"Range & \textit{unknown}" not in capsys.readouterr().out


def test_a_bad_budget_is_refused(capsys):
    assert main(["latex", "gelu", "--budget", "0"]) == 2
    assert "positive, finite number of seconds" in capsys.readouterr().err
