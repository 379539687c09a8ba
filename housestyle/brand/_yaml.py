"""Reading a YAML file safely, with the line where every field was written.

A brand file is read with PyYAML's safe loader only, and never expanded blindly: the
document is composed into a node graph first, in which an alias is a second
reference to the node its anchor names, and the size the document would have once
every alias is expanded is counted on that graph (each node once, memoised). A
document that would expand past :data:`MAX_NODES` nodes, nests deeper than
:data:`MAX_DEPTH`, refers to itself or is larger than :data:`MAX_BYTES` is refused
before any Python value is built, so a small file cannot keep the loader busy.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import HouseStyleError

__all__ = ["MAX_BYTES", "MAX_DEPTH", "MAX_NODES", "Key", "Origin", "dotted", "read_yaml"]

#: The largest brand file read, in bytes (a brand file is a few kilobytes).
MAX_BYTES = 1_000_000
#: The most nodes a document may hold with every alias expanded.
MAX_NODES = 100_000
#: The deepest nesting of mappings and lists a document may have.
MAX_DEPTH = 32

#: Where a value sits in a document: its field names and list indices from the top.
Key = tuple[str | int, ...]


@dataclass(frozen=True)
class Origin:
    """Where a value was written: a file and a 1-based line."""

    file: Path
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


def dotted(key: Key) -> str:
    """Return a key path as a brand file's field name, such as ``palettes.focus[1]``.

    Examples
    --------
    >>> dotted(("palettes", "focus", 1))
    'palettes.focus[1]'
    >>> dotted(())
    '(top level)'
    """
    parts = [f"[{part}]" if isinstance(part, int) else f".{part}" for part in key]
    return "".join(parts).lstrip(".") or "(top level)"


def read_yaml(path: Path) -> tuple[Any, dict[Key, Origin]]:
    """Read ``path`` with safe loading; return its data and each field's origin.

    Raises
    ------
    HouseStyleError
        If the file cannot be read, is not UTF-8, not YAML, writes a field twice,
        or is too large, too deep or expands too far (see the module's notes).
    """
    text = _read_text(path)
    node = _compose(text, path)
    if node is None:
        return None, {}
    _check_expansion(node, path)
    origins: dict[Key, Origin] = {}
    _collect_origins(node, (), path, origins)
    return _construct(node, path), origins


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise HouseStyleError(
                f"{path}:1: (top level): the file is {size:,} bytes; allowed: a brand "
                f"file of at most {MAX_BYTES:,} bytes"
            )
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise HouseStyleError(f"{path}: cannot read the brand file ({exc.strerror})") from None
    except UnicodeDecodeError as exc:
        raise HouseStyleError(
            f"{path}:1: (top level): the file is not UTF-8 text ({exc.reason} at byte "
            f"{exc.start}); allowed: a YAML file saved as UTF-8"
        ) from None


def _yaml_error(exc: Exception, path: Path, text: str = "") -> HouseStyleError:
    import yaml

    if isinstance(exc, yaml.reader.ReaderError):  # a character YAML does not allow
        line = text[: exc.position].count("\n") + 1
        return HouseStyleError(
            f"{path}:{line}: not valid YAML: the file holds the control character "
            f"#x{exc.character:04x} at character {exc.position}; allowed: a YAML text file "
            "of printable characters (tabs and new lines are fine)"
        )
    mark = getattr(exc, "problem_mark", None)
    where = f"{path}:{mark.line + 1}" if mark else str(path)
    problem = getattr(exc, "problem", None) or str(exc)
    return HouseStyleError(f"{where}: not valid YAML: {problem}")


def _compose(text: str, path: Path) -> Any:
    """Parse ``text`` into a node graph (aliases not expanded), or None if empty."""
    import yaml

    try:
        loader = yaml.SafeLoader(text)  # refuses control characters here, before parsing
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, path, text) from None
    try:
        return loader.get_single_node()
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, path, text) from None
    except RecursionError:
        raise _too_deep(path, 1) from None
    finally:
        loader.dispose()


def _construct(node: Any, path: Path) -> Any:
    """Build Python values from a checked node graph, with the safe constructor only."""
    import yaml

    loader = yaml.SafeLoader("")
    try:
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, path) from None
    finally:
        loader.dispose()


def _too_deep(path: Path, line: int) -> HouseStyleError:
    return HouseStyleError(
        f"{path}:{line}: (top level): the document nests too deeply; allowed: at most "
        f"{MAX_DEPTH} levels of mappings and lists"
    )


def _children(node: Any) -> list[Any]:
    if node.id == "mapping":
        return [part for pair in node.value for part in pair]
    if node.id == "sequence":
        return list(node.value)
    return []


def _check_expansion(root: Any, path: Path) -> None:
    """Refuse a document that would expand past :data:`MAX_NODES` or nest too deep.

    Each node's expanded size is counted once and remembered, so a chain of aliases
    that would expand to billions of nodes costs one step per node written.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()

    def size(node: Any, depth: int) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        line = node.start_mark.line + 1
        if key in open_nodes:
            raise HouseStyleError(
                f"{path}:{line}: (top level): an alias refers to a node that contains it; "
                "allowed: anchors and aliases that do not loop"
            )
        if depth > MAX_DEPTH:
            raise _too_deep(path, line)
        open_nodes.add(key)
        total = 1 + sum(size(child, depth + 1) for child in _children(node))
        open_nodes.discard(key)
        if total > MAX_NODES:
            raise HouseStyleError(
                f"{path}:{line}: (top level): the document would expand to more than "
                f"{MAX_NODES:,} values through its aliases; allowed: a brand file whose "
                "anchors and aliases repeat a few values, not nested lists of them"
            )
        sizes[key] = total
        return total

    size(root, 0)


def _collect_origins(node: Any, key: Key, path: Path, out: dict[Key, Origin]) -> None:
    out.setdefault(key, Origin(path, node.start_mark.line + 1))
    if node.id == "mapping":
        seen: set[str] = set()
        for key_node, value_node in node.value:
            name = key_node.value
            if key_node.id != "scalar":
                raise HouseStyleError(
                    f"{path}:{key_node.start_mark.line + 1}: {dotted(key)}: a field name is "
                    "a list or mapping; allowed: field names that are words"
                )
            if name in seen:
                raise HouseStyleError(
                    f"{path}:{key_node.start_mark.line + 1}: {dotted(key + (name,))}: "
                    "written twice; each field may appear once"
                )
            seen.add(name)
            out[key + (name,)] = Origin(path, key_node.start_mark.line + 1)
            _collect_origins(value_node, key + (name,), path, out)
    elif node.id == "sequence":
        for index, item in enumerate(node.value):
            _collect_origins(item, key + (index,), path, out)
