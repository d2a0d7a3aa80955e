"""Load exported source as a module from a file, as a user would import it."""

import importlib.util
from pathlib import Path


def load(src: str, tmp: Path, name: str):
    path = tmp / f"{name}.py"
    path.write_text(src)
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
