"""What each chart was made from: the hashes kept in ``manifest.json``, and the plan they give.

A chart's key hashes the recipe's source, the cookbook's other files, the brand (its
logo's bytes included), the size, and housestyle itself with the versions of what
renders (:mod:`housestyle.batch._keys`, shared with ``housestyle render``). A chart
whose key did not change, and whose files are all still there, is kept from the last
build; every other chart is rendered again. Each recipe is shown in each brand at the
brand's default size (the entry itself) and at every other size (``entry["sizes"]``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._files import write_text
from ..batch import RENDER_FORMAT, Recipe, brand_digest, digest, files_digest, package_digest
from ..brand import Brand
from ._outputs import (
    chart_files,
    derived_files,
    image_folder,
    size_files,
    size_folder,
    size_formats,
)

__all__ = [
    "MANIFEST",
    "Charts",
    "Manifest",
    "Planned",
    "chart_key",
    "digest",
    "files_digest",
    "package_digest",
    "plan",
    "read_manifest",
    "remove_stale",
    "write_manifest",
]

MANIFEST = "manifest.json"

#: ``{slug: {brand: entry}}``: an entry holds the chart's key and what rendering it gave,
#: and ``"sizes"``: ``{size: entry}`` for the brand's other sizes.
Charts = dict[str, dict[str, dict[str, Any]]]


@dataclass(frozen=True)
class Planned:
    """One chart to render: a recipe in a brand at a size (None: the brand's default)."""

    recipe: Recipe
    brand: Brand
    size: str | None
    key: str
    folder: Path
    formats: tuple[str, ...] = ()


def chart_key(recipe: Recipe, shared: str, brand: str, env: str, size: str = "") -> str:
    """The hash of one recipe in one brand at one size: it changes when any input does."""
    return digest(recipe.digest, shared, brand, env, size)


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


def _is_current(entry: dict[str, Any] | None, key: str, wanted: list[str], folder: Path) -> bool:
    if entry is None or entry.get("key") != key:
        return False
    if entry.get("status") != "ok":
        return True  # a failure is kept until its inputs change
    return all((folder / name).is_file() for name in wanted)


def _default_files(entry: dict[str, Any], slug: str) -> list[str]:
    return [*chart_files(slug), entry.get("thumb", "")]


def _plan_brand(
    recipe: Recipe,
    brand: Brand,
    sizes: list[str],
    out: Path,
    old: dict[str, Any] | None,
    keys: Any,
    asked: tuple[str, ...] | None = None,
) -> tuple[dict[str, Any], list[Planned]]:
    """The entry of one recipe in one brand, with what is kept, and what to render."""
    slug, todo = recipe.slug, []
    key = keys(brand.default_size)
    folder = image_folder(out, brand.name)
    if _is_current(old, key, _default_files(old or {}, slug), folder):
        entry = {k: v for k, v in (old or {}).items() if k != "sizes"}
    else:
        entry = {"key": key}
        todo.append(Planned(recipe, brand, None, key, folder))
    kept = (old or {}).get("sizes", {})
    entry["sizes"] = {}
    for size in sizes:
        formats = size_formats(brand.preset(size).family, asked)
        key, folder = keys(f"{size} {' '.join(formats)}"), size_folder(out, brand.name, size)
        if _is_current(kept.get(size), key, size_files(slug, formats), folder):
            entry["sizes"][size] = kept[size]
        else:
            entry["sizes"][size] = {"key": key}
            todo.append(Planned(recipe, brand, size, key, folder, formats))
    return entry, todo


def plan(
    recipes: list[Recipe],
    brands: list[Brand],
    sizes: dict[str, list[str]],
    out: Path,
    old: Charts,
    env: str,
    shared: str,
    asked: tuple[str, ...] | None = None,
) -> tuple[Charts, list[Planned]]:
    """Split the charts into those kept from the last build and those to render.

    ``sizes`` gives each brand's sizes besides its default, ``asked`` the formats to
    write at them (None: :func:`~housestyle.gallery._outputs.size_formats`' default).
    Returns the charts (kept entries, and ``{"key": ...}`` for each one to render) and
    the charts to render.
    """
    charts: Charts = {}
    todo: list[Planned] = []
    digests = {b.name: brand_digest(b) for b in brands}
    for recipe in recipes:
        charts[recipe.slug] = {}
        for brand in brands:

            def keys(size: str, r: Recipe = recipe, b: Brand = brand) -> str:
                return chart_key(r, shared, digests[b.name], env, size)

            old_entry = old.get(recipe.slug, {}).get(brand.name)
            entry, planned = _plan_brand(
                recipe, brand, sizes[brand.name], out, old_entry, keys, asked
            )
            charts[recipe.slug][brand.name] = entry
            todo += planned
    return charts, todo


def remove_stale(out: Path, old: Charts, slugs: set[str]) -> None:
    """Delete the files of recipes that are no longer in the cookbook."""
    for slug in set(old) - slugs:
        for brand_folder in (out / "images").glob("*"):
            for name in (*chart_files(slug), *derived_files(slug)):
                (brand_folder / name).unlink(missing_ok=True)
            for folder in brand_folder.glob("*/"):
                for name in size_files(slug):
                    (folder / name).unlink(missing_ok=True)
        (out / "recipes" / f"{slug}.html").unlink(missing_ok=True)
        (out / "source" / f"{slug}.py").unlink(missing_ok=True)
