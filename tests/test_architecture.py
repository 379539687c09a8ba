"""The package's shape: data flows one way, modules stay small, names do not collide.

A static scan of housestyle/ (every import at any depth, imports inside functions and
``importlib.import_module("literal")`` included) must find no cycle between modules;
no module is over 600 lines; every public module imports as a module (no public
function of the package shadows it); every module declares ``__all__``. See
docs/architecture.md for the layers.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import types
from pathlib import Path

import pytest

import housestyle

PACKAGE = Path(housestyle.__file__).parent
MAX_LINES = 600


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = _modules()


def _package_of(name: str) -> str:
    return name if MODULES[name].name == "__init__.py" else name.rpartition(".")[0]


def _imported(name: str, node: ast.AST) -> set[str]:
    """The housestyle modules one import statement (or import_module call) names."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names}
    if isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            package = _package_of(name)
            for _ in range(node.level - 1):
                package = package.rpartition(".")[0]
            base = f"{package}.{base}".rstrip(".") if base else package
        return {f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names}
    if isinstance(node, ast.Call):
        function = node.func
        called = getattr(function, "attr", getattr(function, "id", ""))
        if called == "import_module" and node.args and isinstance(node.args[0], ast.Constant):
            target = str(node.args[0].value)
            return {_package_of(name) + target if target.startswith(".") else target}
    return set()


def _graph() -> dict[str, set[str]]:
    graph = {}
    for name, path in MODULES.items():
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets |= _imported(name, node)
        # the root package re-exports everything by design; an import of it is ignored
        graph[name] = {t for t in targets if t in MODULES and t not in (name, "housestyle")}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles():
    assert _cycles(_graph()) == []


def test_the_scan_finds_a_cycle_when_there_is_one():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_the_finish_record_sits_low():
    """The record depends on the brand only: export, checks and display read it."""
    graph = _graph()
    assert graph["housestyle.record"] <= {
        "housestyle.brand",
        "housestyle._private",
        "housestyle.errors",
    }
    for reader in ("housestyle.export", "housestyle.checks", "housestyle.display"):
        assert "housestyle.finalise" not in _reachable(graph, reader), reader


def _reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for target in graph[todo.pop()]:
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


@pytest.mark.parametrize("name", sorted(MODULES))
def test_module_is_small_and_declares_all(name):
    path = MODULES[name]
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.name} has {lines} lines"
    if name != "housestyle":
        module = importlib.import_module(name)
        assert isinstance(getattr(module, "__all__", None), list), f"{name} has no __all__"


PUBLIC = sorted(
    f"housestyle.{info.name}"
    for info in pkgutil.iter_modules(housestyle.__path__)
    if not info.name.startswith("_")
)


@pytest.mark.parametrize("name", PUBLIC)
def test_public_module_imports_as_a_module(name):
    namespace: dict[str, object] = {}
    exec(f"import {name} as module", namespace)  # the statement a user writes
    assert isinstance(namespace["module"], types.ModuleType), name


def test_export_and_finalise_are_modules_that_call_their_function(tmp_path):
    import housestyle.export as export_module
    import housestyle.finalise as finalise_module

    assert isinstance(export_module, types.ModuleType)
    assert isinstance(finalise_module, types.ModuleType)
    assert housestyle.export is export_module and housestyle.finalise is finalise_module
    from tests.charts import mpl_line

    fig = housestyle.finalise(mpl_line(), title="Called as a function", source="Test")
    written = housestyle.export(fig, tmp_path / "chart", formats=["png"])
    assert [p.name for p in written] == ["chart.png"]


def _test_modules_imported_by(path: Path) -> set[str]:
    """The test modules (``test_*``) that a file imports, by any form of import."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom):
            names = [node.module or "", *(alias.name for alias in node.names)]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found |= {name for name in names if name.rpartition(".")[2].startswith("test_")}
    return found


def test_no_test_module_imports_another():
    tests = Path(__file__).parent
    imports = {path.name: _test_modules_imported_by(path) for path in tests.rglob("*.py")}
    assert {name: found for name, found in imports.items() if found} == {}


def test_the_test_import_scan_sees_an_import(tmp_path):
    module = tmp_path / "test_x.py"
    module.write_text("from tests.test_gallery_browser import browser\nfrom . import test_y\n")
    assert _test_modules_imported_by(module) == {"tests.test_gallery_browser", "test_y"}
