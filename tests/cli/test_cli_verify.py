"""``symact verify`` and ``symact prove --certificate``: exit codes are contracts.

verify: 0 valid, 1 invalid (the reason on one line), 2 unreadable (one line on stderr, no
traceback). prove --certificate writes the evidence of proved/disproved, nothing for unknown.
"""

import json
import subprocess
import sys

import pytest

from symact.cli.app import main
from symact.prover import Verdict
from symact.trust.replay import FORMAT

CERT = {
    "format": FORMAT,
    "claim": {"lhs": "relu(x)", "rhs": "Max(0, x)", "assume": ""},
    "status": "proved",
    "cases": [
        {"region": "x <= 0", "steps": [{"expr": "relu(x)", "rule": "given"},
                                       {"expr": "0", "rule": "catalog"},
                                       {"expr": "Max(0, x)", "rule": "max"}]},
        {"region": "x > 0", "steps": [{"expr": "relu(x)", "rule": "given"},
                                      {"expr": "x", "rule": "catalog"},
                                      {"expr": "Max(0, x)", "rule": "max"}]},
    ],
    "counterexample": None,
}
DISPROOF = {"format": FORMAT, "claim": {"lhs": "sign(x)^2", "rhs": "1", "assume": ""},
            "status": "disproved", "cases": [], "counterexample": {"point": {"x": "0"}}}


def write(tmp_path, data, name="c.json"):
    f = tmp_path / name
    f.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(f)


def one_line(text: str) -> bool:
    return text.count("\n") == 1 and "Traceback" not in text


def test_verify_valid_exit_0(tmp_path, capsys):
    assert main(["verify", write(tmp_path, CERT)]) == 0
    assert capsys.readouterr().out.startswith("valid:")
    assert main(["verify", write(tmp_path, DISPROOF)]) == 0


def test_verify_invalid_exit_1_with_the_reason_on_one_line(tmp_path, capsys):
    narrowed = json.loads(json.dumps(CERT))
    narrowed["cases"][1]["region"] = "x > 1"
    assert main(["verify", write(tmp_path, narrowed)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("invalid:") and "cover" in out and one_line(out)


@pytest.mark.parametrize("content", [
    "{not json",
    json.dumps({**CERT, "format": "other/1"}),
    json.dumps({k: v for k, v in CERT.items() if k != "cases"}),
    json.dumps(CERT).replace('"relu(x)", "rule": "given"', '"__import__(\'os\')", "rule": "g"'),
])
def test_verify_unreadable_exit_2_one_line(tmp_path, capsys, content):
    assert main(["verify", write(tmp_path, content)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("symact: error:") and one_line(err)


def test_verify_missing_file_exit_2(tmp_path, capsys):
    assert main(["verify", str(tmp_path / "missing.json")]) == 2
    assert one_line(capsys.readouterr().err)


def test_prove_writes_the_certificate(tmp_path, capsys, monkeypatch):
    # the certificate's content is Verdict.certificate()'s business; here only the plumbing
    monkeypatch.setattr(Verdict, "certificate", lambda self: CERT, raising=False)
    out = tmp_path / "relu.json"
    assert main(["prove", "relu(x)", "Max(0, x)", "--certificate", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == CERT
    assert main(["verify", str(out)]) == 0


def test_prove_unknown_writes_no_certificate(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(Verdict, "certificate", lambda self: CERT, raising=False)
    out = tmp_path / "none.json"
    code = main(["prove", "sigmoid(z)", "(1 + tanh(z/2))/2", "--budget", "0.001",
                 "--certificate", str(out)])
    assert code == 3 and not out.exists()
    err = capsys.readouterr().err
    assert "no certificate" in err and one_line(err)


def test_prove_certificate_into_a_missing_folder_exit_2(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(Verdict, "certificate", lambda self: CERT, raising=False)
    target = tmp_path / "no" / "such" / "dir.json"
    assert main(["prove", "relu(x)", "Max(0, x)", "--certificate", str(target)]) == 2
    assert one_line(capsys.readouterr().err)


def test_verify_through_the_installed_entry_point(tmp_path):
    run = subprocess.run([sys.executable, "-m", "symact", "verify", write(tmp_path, CERT)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and run.stdout.startswith("valid:"), run.stderr
