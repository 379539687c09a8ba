"""The hashes that say whether a chart's inputs changed.

A chart is drawn again when any of its inputs changed: the recipe's source, the data
files it declares, the brand (its logo's bytes included), the parameters, the size,
the formats, or housestyle itself with the versions of what renders. Each input is
hashed here; the gallery and ``housestyle render`` both key their charts with them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import fields, is_dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from ..brand import Brand

__all__ = [
    "RENDER_FORMAT",
    "brand_digest",
    "digest",
    "files_digest",
    "package_digest",
    "params_digest",
]

#: Bump when the files written per chart change, so that old outputs are drawn again.
RENDER_FORMAT = 3
_PACKAGE = Path(__file__).resolve().parent.parent
#: Parts of housestyle that run charts or build pages, not draw them: they key no chart.
_NOT_CHART_FOLDERS = {"gallery", "notebook", "__pycache__"}
#: In ``batch/`` only the recipe contract draws charts; the rest runs them.
_CHART_CODE_IN_BATCH = {"_recipes.py"}
#: What renders a chart besides housestyle: their versions key every chart.
_RENDERERS = ("matplotlib", "plotnine", "mizani", "numpy", "pandas", "pillow", "fonttools")


def digest(*parts: str | bytes) -> str:
    """Hash ``parts`` in order, each length-prefixed so that no two lists collide.

    Examples
    --------
    >>> digest("ab", "c") == digest("a", "bc")
    False
    """
    h = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little") + data)
    return h.hexdigest()


def files_digest(paths: Iterable[Path]) -> str:
    """Hash the names and bytes of ``paths``, in name order."""
    return digest(*(f"{p.name}\0{digest(p.read_bytes())}" for p in sorted(paths)))


def _plain(value: Any) -> Any:
    """A brand's value as JSON-able data; files are replaced by a hash of their bytes."""
    if is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value) if f.name != "path"}
    if isinstance(value, Path):
        return digest(value.read_bytes()) if value.is_file() else str(value)
    if isinstance(value, dict) or hasattr(value, "items"):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def brand_digest(brand: Brand) -> str:
    """Hash everything that a brand changes in a chart, its logo's bytes included."""
    return digest(json.dumps(_plain(brand), sort_keys=True, default=str))


def params_digest(params: dict[str, Any]) -> str:
    """Hash a chart's parameters: names, values and the values' types.

    Examples
    --------
    >>> params_digest({"top": 5}) == params_digest({"top": "5"})
    False
    """
    typed = [(name, type(value).__name__, repr(value)) for name, value in params.items()]
    return digest(json.dumps(typed))


def _versions() -> list[str]:
    found = []
    for name in _RENDERERS:
        try:
            found.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name}=none")
    return found


def _chart_code() -> list[Path]:
    return [
        p
        for p in _PACKAGE.rglob("*")
        if p.is_file()
        and p.suffix in {".py", ".yaml", ".svg", ".png", ".mplstyle"}
        and not _NOT_CHART_FOLDERS.intersection(p.relative_to(_PACKAGE).parts)
        and p.name != "cli.py"
        and (p.parent.name != "batch" or p.name in _CHART_CODE_IN_BATCH)
    ]


def package_digest() -> str:
    """Hash housestyle's own code and data, its version, and the versions of what renders."""
    from .._version import version

    return digest(version(), str(RENDER_FORMAT), *_versions(), files_digest(_chart_code()))
