"""What each chart was made from: the hashes kept in ``manifest.json``, and the plan they give.

A chart's key hashes the recipe's source, the cookbook's other files, the brand (its
logo's bytes included) and housestyle itself with the versions of what renders. A
chart whose key did not change, and whose files are all still there, is kept from
the last build; every other chart is rendered again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, is_dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from .._files import write_text
from ..brand import Brand
from ..recipes import Recipe
from .outputs import chart_files, derived_files, image_folder

__all__ = [
    "MANIFEST",
    "RENDER_FORMAT",
    "Manifest",
    "brand_digest",
    "chart_key",
    "digest",
    "files_digest",
    "package_digest",
    "plan",
    "read_manifest",
    "remove_stale",
    "write_manifest",
]

#: Bump when the files written per chart change, so that old outputs are rebuilt.
RENDER_FORMAT = 2
MANIFEST = "manifest.json"
_PACKAGE = Path(__file__).resolve().parent.parent
#: Files of housestyle that make the gallery, not the charts: they do not key charts.
_NOT_CHART_CODE = {"gallery.py", "cli.py", "_check_cli.py"}
#: What renders a chart besides housestyle: their versions key every chart.
_RENDERERS = ("matplotlib", "plotnine", "mizani", "numpy", "pandas", "pillow")

#: ``{slug: {brand: entry}}``: an entry holds the chart's key and what rendering it gave.
Charts = dict[str, dict[str, dict[str, Any]]]
#: ``{slug: [(brand name, brand file, output folder), ...]}``: the charts to render.
Todo = dict[str, list[tuple[str, str, str]]]


def digest(*parts: str | bytes) -> str:
    """Hash ``parts`` in order, each length-prefixed so that no two lists collide."""
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
        and "__pycache__" not in p.parts
        and "_gallery" not in p.parts
        and p.name not in _NOT_CHART_CODE
    ]


def package_digest() -> str:
    """Hash housestyle's own code and data, and the versions of what renders."""
    from .._version import version

    return digest(version(), str(RENDER_FORMAT), *_versions(), files_digest(_chart_code()))


def chart_key(recipe: Recipe, shared: str, brand: str, env: str) -> str:
    """The hash of one recipe in one brand: it changes when any input does."""
    return digest(recipe.digest, shared, brand, env)


# --------------------------------------------------------------------------- #
# The manifest file
# --------------------------------------------------------------------------- #


@dataclass
class Manifest:
    """The last build's record: every chart's entry, and the key of the pages."""

    charts: Charts = field(default_factory=dict)
    site: str | None = None


def read_manifest(out: Path) -> Manifest:
    """Return the last build's manifest; an empty one when it is missing or outdated."""
    try:
        data = json.loads((out / MANIFEST).read_text())
    except (OSError, ValueError):
        return Manifest()
    if not isinstance(data, dict) or data.get("format") != RENDER_FORMAT:
        return Manifest()
    return Manifest(data.get("charts", {}), data.get("site"))


def write_manifest(out: Path, charts: Charts, previous: Charts, site: str | None) -> None:
    """Write the manifest, keeping the entries of brands not built this time.

    Going back to a brand left out of one build is then cheap.
    """
    kept = {slug: {**previous.get(slug, {}), **entries} for slug, entries in charts.items()}
    data = {"format": RENDER_FORMAT, "charts": kept, "site": site}
    write_text(out / MANIFEST, json.dumps(data, indent=1, sort_keys=True))


# --------------------------------------------------------------------------- #
# The plan: which charts to keep and which to render
# --------------------------------------------------------------------------- #


def _is_current(entry: dict[str, Any], key: str, folder: Path, slug: str) -> bool:
    if entry.get("key") != key:
        return False
    if entry.get("status") != "ok":
        return True  # a failure is kept until its inputs change
    wanted = [*chart_files(slug), entry["thumb"], *entry.get("simulations", {}).values()]
    return all((folder / name).is_file() for name in wanted)


def plan(
    recipes: list[Recipe], brands: list[Brand], out: Path, old: Charts, env: str, shared: str
) -> tuple[Charts, Todo]:
    """Split the charts into those kept from the last build and those to render.

    Returns the charts (kept entries, and ``{"key": ...}`` for each one to render)
    and the work for :func:`housestyle._gallery.pool.render_all`.
    """
    charts: Charts = {}
    todo: Todo = {}
    digests = {b.name: brand_digest(b) for b in brands}
    for recipe in recipes:
        charts[recipe.slug] = {}
        for brand in brands:
            key = chart_key(recipe, shared, digests[brand.name], env)
            folder = image_folder(out, brand.name)
            entry = old.get(recipe.slug, {}).get(brand.name)
            if entry is not None and _is_current(entry, key, folder, recipe.slug):
                charts[recipe.slug][brand.name] = entry
            else:
                charts[recipe.slug][brand.name] = {"key": key}
                todo.setdefault(recipe.slug, []).append((brand.name, str(brand.path), str(folder)))
    return charts, todo


def remove_stale(out: Path, old: Charts, slugs: set[str]) -> None:
    """Delete the files of recipes that are no longer in the cookbook."""
    for slug in set(old) - slugs:
        for brand_folder in (out / "images").glob("*"):
            for name in (*chart_files(slug), *derived_files(slug)):
                (brand_folder / name).unlink(missing_ok=True)
        (out / "recipes" / f"{slug}.html").unlink(missing_ok=True)
        (out / "source" / f"{slug}.py").unlink(missing_ok=True)
