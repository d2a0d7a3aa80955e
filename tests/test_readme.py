"""README's promises: the two commands, CI runs the same test command, the tour runs."""

import doctest
import re
from pathlib import Path

import symact  # noqa: F401 - imported as a user does, outside the tests' strict np.errstate

ROOT = Path(__file__).resolve().parent.parent


def _commands() -> list[str]:
    text = (ROOT / "README.md").read_text()
    return re.findall(r"```sh\n([^\n]+)\n```", text)


def test_two_setup_commands() -> None:
    install, tests = _commands()[:2]
    assert install == "pip install -e . && symact table"
    assert "pytest" in tests


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    assert _commands()[1] in ci


def test_python_example_in_readme_runs() -> None:
    text = (ROOT / "README.md").read_text()
    block = re.search(r"```python\n(.*?)```", text, re.S).group(1)
    test = doctest.DocTestParser().get_doctest(block, {}, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0 and runner.tries > 0
