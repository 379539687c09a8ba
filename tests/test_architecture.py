"""The package's shape: rooms in layers, data flowing down, small modules, no name twice.

A static scan of housestyle/ (every import at any depth, imports inside functions and
``importlib.import_module("literal")`` included) must find no cycle between modules;
every import between rooms points down the layers written in docs/architecture.md and
goes through the room's ``__init__`` (or a public module), never a private module; no
module is over 500 lines; every module declares ``__all__``; ``finalise``, ``export``
and ``describe`` are plain functions; ``import housestyle`` loads only the brand room.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

import housestyle

PACKAGE = Path(housestyle.__file__).parent
MAX_LINES = 500
DOCS = PACKAGE.parent / "docs" / "architecture.md"


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
    """The record depends on the brand and ink only: export, checks and display read it."""
    graph = _graph()
    assert {_room(t) for t in graph["housestyle.record._record"]} <= {"brand", "_private", "errors"}
    for reader in (
        "housestyle.output._export",
        "housestyle.checks._check",
        "housestyle.output._display",
    ):
        assert "housestyle.finish._finalise" not in _reachable(graph, reader), reader


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


@pytest.mark.parametrize("name", ["finalise", "export", "describe", "check", "table"])
def test_the_verbs_are_plain_functions_and_no_module_shares_their_name(name):
    assert inspect.isfunction(getattr(housestyle, name)), name
    assert f"housestyle.{name}" not in MODULES, f"a module is named like housestyle.{name}()"


def test_finalise_and_export_are_called_as_functions(tmp_path):
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


# --------------------------------------------------------------------------- #
# The rooms and their layers
# --------------------------------------------------------------------------- #


def _layers() -> dict[str, int]:
    """Room -> layer, read from the table under "## The layers" in docs/architecture.md."""
    text = DOCS.read_text(encoding="utf-8")
    section = text.split("## The layers", 1)[1].split("\n## ", 1)[0]
    layers = {}
    for row in re.finditer(r"^\| (\d+) \| ([^|]+) \|", section, re.M):
        for room in re.findall(r"`([\w.]+)`", row.group(2)):
            layers[room.removesuffix("/").removesuffix(".py")] = int(row.group(1))
    return layers


LAYERS = _layers()


def _room(module: str) -> str:
    """The room a module lives in: its folder under housestyle/, or its own name at the top."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "housestyle"


def _upward_edges(graph: dict[str, set[str]], layers: dict[str, int]) -> list[str]:
    found = []
    for source, targets in sorted(graph.items()):
        for target in sorted(targets):
            here, there = _room(source), _room(target)
            if here != there and here != "housestyle" and layers[there] > layers[here]:
                found.append(
                    f"{source} -> {target} ({here} {layers[here]}, {there} {layers[there]})"
                )
    return found


def _private_reaches(graph: dict[str, set[str]]) -> list[str]:
    """Imports of another room's private module (``housestyle.room._module``)."""
    found = []
    for source, targets in sorted(graph.items()):
        for target in sorted(targets):
            inner = target.split(".")[2:]
            if _room(source) != _room(target) and any(part.startswith("_") for part in inner):
                found.append(f"{source} -> {target}")
    return found


def test_every_room_and_top_module_has_a_layer_in_the_docs():
    rooms = {_room(name) for name in MODULES} - {"housestyle"}
    assert sorted(rooms - set(LAYERS)) == []
    assert sorted(set(LAYERS) - rooms) == [], "the docs name a room that is not there"


def test_every_import_between_rooms_points_down():
    assert _upward_edges(_graph(), LAYERS) == []


def test_no_room_imports_another_rooms_private_module():
    assert _private_reaches(_graph()) == []


def test_the_layer_scan_finds_an_upward_import_and_a_private_reach():
    graph = {
        "housestyle.brand._brand": {"housestyle.finish._engine", "housestyle.ink"},
        "housestyle.finish._engine": {"housestyle.brand"},
    }
    layers = {"brand": 1, "ink": 1, "finish": 9}
    assert _upward_edges(graph, layers) == [
        "housestyle.brand._brand -> housestyle.finish._engine (brand 1, finish 9)"
    ]
    assert _private_reaches(graph) == ["housestyle.brand._brand -> housestyle.finish._engine"]


def test_import_housestyle_loads_only_the_brand_room():
    code = "import sys, housestyle; print(' '.join(sorted(m for m in sys.modules if m.startswith('housestyle'))))"
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    rooms = {_room(name) for name in loaded.stdout.split()}
    assert rooms <= {"housestyle", "brand", "errors", "units", "_files"}, loaded.stdout
    assert "plotnine" not in loaded.stdout


@pytest.mark.parametrize(
    ("room", "table"), [("housestyle.batch", "_DRAWING"), ("housestyle.output", "_WHERE")]
)
def test_every_name_a_room_loads_when_asked_is_the_one_its_module_defines(room, table):
    """A room that imports its heavy modules when first asked for (``_lazy``) still gives
    every name of its ``__all__``, and each lazy name is the object its module defines."""
    package = importlib.import_module(room)
    for name in package.__all__:
        assert getattr(package, name) is not None, name
    for name, module in getattr(package, table).items():
        assert name in package.__all__, name
        assert getattr(package, name) is getattr(importlib.import_module(module, room), name)
