"""Strict numerics for every test: NumPy floating-point errors raise.

The helper modules (``torch_reference``, ``prover_corpus``) are not collected: they hold no
tests, and ``torch_reference`` imports torch, which a fresh machine does not have. With
``SYMACT_NO_SKIP=1`` (set by ``.ci/run``, where every optional tool is installed) a skipped
test fails the run.
"""

import os

import numpy as np
import pytest
from hypothesis import settings

collect_ignore = ["torch_reference.py", "prover_corpus.py", "prover/corpus.py"]

settings.register_profile("symact", deadline=None, derandomize=True, max_examples=100)
settings.load_profile("symact")


@pytest.fixture(autouse=True)
def _numpy_errors_raise():
    with np.errstate(all="raise"):
        yield


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if os.environ.get("SYMACT_NO_SKIP") != "1":
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped and exitstatus == 0:
        reporter.write_line(f"SYMACT_NO_SKIP=1: {len(skipped)} test(s) skipped; CI installs "
                            "every optional tool, so a skip is a failure", red=True)
        session.exitstatus = 1
