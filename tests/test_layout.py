"""The package layout of DESIGN.md, enforced: layer rule, no import cycle, small modules, faces.

Every import counts, also those inside functions and under ``TYPE_CHECKING``; the only
imports allowed inside functions are of the optional dependencies.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

import symact

PACKAGE = Path(symact.__file__).parent
MAX_LINES = 400
OPTIONAL = ("matplotlib", "torch", "jax", "jaxlib", "sklearn", "distributed", "dask")
# Root modules that every stage may use (utilities below every stage).
UTILITIES = {"errors", "budget", "files", "plotting", "workers", "_version"}
# stage -> the stages it may import (besides itself and the utilities)
LAYERS = {
    "core": set(),
    "calculus": {"trust", "core"},  # boxes: enclosures of constants by the trusted balls
    "trust": {"core"},  # the trusted base: the certificate checker, nothing of the prover
    "prover": {"trust", "calculus", "core"},
    "derive": {"calculus", "core"},
    "numeric": {"core"},
    "nn": {"numeric", "core"},
    "propagation": {"derive", "calculus", "core"},
    "claims": {"prover", "trust", "derive", "calculus", "core"},
    "handout": {"recognition", "claims", "prover", "trust", "propagation", "derive",
                "calculus", "core"},
    "grading": {"prover", "trust", "calculus", "core"},
    "recognition": {"prover", "trust", "calculus", "core"},
    "cli": {"recognition", "grading", "handout", "claims", "propagation", "nn", "numeric",
            "prover", "trust", "derive", "calculus", "core"},
}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, dotted
    target: str  # the imported symact module (or external top-level name), dotted
    line: int
    local: bool  # inside a function


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str, path: Path) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    local = {id(n) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
             for n in ast.walk(f)}
    base = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                up = base[:len(base) - node.level + 1]
                module = ".".join(up + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            targets = [f"{module}.{a.name}" if f"{module}.{a.name}" in MODULES else module
                       for a in node.names]
        else:
            continue
        for t in targets:
            while t.startswith("symact") and t not in MODULES:
                t = t.rpartition(".")[0]
            found.append(Import(name, t, node.lineno, id(node) in local))
    return found


IMPORTS = [imp for name, path in MODULES.items() for imp in _imports(name, path)]


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_layer_rule() -> None:
    wrong = []
    for imp in IMPORTS:
        if not imp.target.startswith("symact"):
            continue
        src, dst = _stage(imp.module), _stage(imp.target)
        if src in ("", "__main__") or src == dst or dst in UTILITIES:
            continue  # the public face and the entry point see everything
        allowed = LAYERS.get(src, set())
        if src in UTILITIES:
            allowed = UTILITIES
        if dst not in allowed:
            wrong.append(f"{imp.module}:{imp.line} imports {imp.target} ({src} -> {dst})")
    assert not wrong, "imports against the layer rule:\n" + "\n".join(wrong)


def test_no_import_cycle() -> None:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for imp in IMPORTS:
        if imp.target in MODULES and imp.target != imp.module:
            graph[imp.module].add(imp.target)
    cycles = _strongly_connected(graph)
    assert not cycles, "import cycles:\n" + "\n".join(" <-> ".join(sorted(c)) for c in cycles)


def _strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's algorithm, iterative; components with more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            v, children = work[-1]
            for w in children:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(graph[w]))))
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[v])
                if low[v] == index[v]:
                    comp = set()
                    while True:
                        w = stack.pop()
                        on_stack.discard(w)
                        comp.add(w)
                        if w == v:
                            break
                    if len(comp) > 1:
                        out.append(comp)
    return out


def test_cycle_finder_finds_cycles() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _strongly_connected(graph) == [{"a", "b", "c"}]


def test_function_local_imports_are_optional_dependencies_only() -> None:
    local = [f"{i.module}:{i.line} imports {i.target}" for i in IMPORTS
             if i.local and i.target.split(".")[0] not in OPTIONAL]
    assert not local, "imports inside functions (move them to the top):\n" + "\n".join(local)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_module_is_small(name: str) -> None:
    lines = len(MODULES[name].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{name} has {lines} lines (at most {MAX_LINES}): split by concept"


def test_no_module_is_named_like_a_public_function() -> None:
    public = set(symact.__all__)
    clash = [m for m in MODULES if m.rpartition(".")[2] in public]
    assert not clash, f"modules named like a public name: {clash}"
    import symact.derive as derive

    assert type(derive).__name__ == "module"


@pytest.mark.parametrize("name", sorted(m for m, p in MODULES.items()
                                        if p.name == "__init__.py" and m != "symact"))
def test_face_only_reexports(name: str) -> None:
    """A face holds a docstring and ``from .module import name as name`` lines, nothing else,
    and never re-exports a name that is also one of its modules."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    submodules = {m.rpartition(".")[2] for m in MODULES if m.rpartition(".")[0] == name}
    for i, node in enumerate(tree.body):
        if i == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # the docstring
        assert isinstance(node, ast.ImportFrom) and node.level == 1, (
            f"{name}, line {node.lineno}: a face only re-exports")
        for alias in node.names:
            assert alias.asname == alias.name, (
                f"{name}, line {node.lineno}: write `{alias.name} as {alias.name}`")
            assert alias.name not in submodules or node.module is None, (
                f"{name} re-exports {alias.name!r}, which is also one of its modules")


def test_public_api_is_unchanged() -> None:
    # the restructure's names, plus grading (issue 16: Exercise, Grade, grade_all,
    # grade_text, read_exercise), identification and relations (issue 17: Identification,
    # identify, RelationMap, relations)
    assert symact.__all__ == sorted(symact.__all__)
    assert symact.__all__ == [
        "Activation", "Evaluator", "Exercise", "Grade", "Identification", "Param", "ParseError",
        "Properties", "RelationMap", "StepReport", "SymactError", "Unknown",
        "UnknownActivationError", "Verdict", "__version__", "check_steps", "evaluator",
        "gains", "get", "grade_all",
        "grade_text", "identify", "log_softmax", "moments", "names", "parse", "properties",
        "prove", "read_exercise", "relations", "selu_constants", "softmax", "softmax_jvp",
        "verify_certificate"]
    for name in symact.__all__:
        assert getattr(symact, name) is not None
