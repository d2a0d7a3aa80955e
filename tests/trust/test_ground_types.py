"""``import symact`` pins SymPy's ground types to pure Python (python-flint's crash SIGFPE)."""

import os
import subprocess
import sys


def test_import_symact_sets_python_ground_types():
    env = {k: v for k, v in os.environ.items() if k != "SYMPY_GROUND_TYPES"}
    code = "import symact, sympy.polys.domains as d; print(d.GROUND_TYPES)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "python"


def test_an_explicit_choice_is_kept():
    env = {**os.environ, "SYMPY_GROUND_TYPES": "gmpy"}
    code = "import symact, os; print(os.environ['SYMPY_GROUND_TYPES'])"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=120)
    assert run.stdout.strip() == "gmpy", run.stderr
