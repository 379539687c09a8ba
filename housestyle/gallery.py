"""The gallery: a static, self-contained HTML site built from a cookbook folder.

Any folder of recipes that follows the recipe contract (:mod:`housestyle.recipes`)
can be built into a gallery: an index of cards with search, tag and library filters
and a brand switcher, and one page per recipe with its teaching text, chart,
highlighted source and downloads (PNG, 2x PNG, SVG, PDF and the ``.py``), and its
check report (:func:`housestyle.check`) with the chart as colour-blind viewers see it.

A build goes in named steps (:func:`build_gallery`): read the recipes without
running them; plan which charts changed since the last build (the hashes in
``manifest.json``, :mod:`housestyle._gallery.manifest`); render those in a pool of
spawned worker processes (:mod:`housestyle._gallery.pool`), each recipe in every
brand through the recipe contract, exported, checked and simulated
(:mod:`housestyle._gallery.render`); remove the files of recipes that are gone; and
write the pages when anything they show changed (:mod:`housestyle._gallery.site`).
When nothing changed, neither the recipes nor plotnine are imported.

A recipe that raises is shown as failed, with its traceback on its page; the rest
of the gallery is still built and ``housestyle gallery`` exits with status 1.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from pathlib import Path

from ._gallery.manifest import (
    Charts,
    digest,
    files_digest,
    package_digest,
    plan,
    read_manifest,
    remove_stale,
    write_manifest,
)
from ._gallery.outputs import GalleryResult
from ._gallery.pool import render_all
from ._gallery.specimen import write_brand_pages
from .brand import DEFAULT_BRAND, Brand, BrandLike, HouseStyleError, brands, load_brand
from .recipes import Recipe, find_recipes

__all__ = ["GalleryResult", "build_gallery"]

_ASSETS = Path(__file__).resolve().parent / "_gallery"
_FOLDER_NAME = re.compile(r"[A-Za-z0-9_.-]+")


# --------------------------------------------------------------------------- #
# Checking what was asked for, before anything is written
# --------------------------------------------------------------------------- #


def _check_jobs(jobs: int | None) -> None:
    if jobs is not None and (not isinstance(jobs, int) or jobs < 1):
        raise HouseStyleError(f"jobs: {jobs!r} is not allowed; allowed: a whole number from 1")


def _load_brands(names: Sequence[BrandLike] | None) -> list[Brand]:
    """The brands to build, the default first; each name must be usable as a folder."""
    chosen = [load_brand(n) for n in (names or brands())]
    chosen.sort(key=lambda b: b.name != DEFAULT_BRAND)  # stable: the rest keep their order
    seen = [b.name for b in chosen]
    if len(set(seen)) != len(seen):
        raise HouseStyleError(f"brand: a brand is named twice ({', '.join(seen)})")
    for brand in chosen:
        if not _FOLDER_NAME.fullmatch(brand.name):
            raise HouseStyleError(
                f"brand: {brand.name!r} cannot name a folder; allowed: letters, digits, _ . -"
            )
    return chosen


def _read_cookbook(cookbook: Path) -> tuple[list[Recipe], list[Path]]:
    if not cookbook.is_dir():
        raise HouseStyleError(f"cookbook: {cookbook} is not a folder")
    recipes, others = find_recipes(cookbook)
    if not recipes:
        raise HouseStyleError(f"cookbook: no recipe (a .py file with a recipe()) in {cookbook}")
    return recipes, others


# --------------------------------------------------------------------------- #
# The pages
# --------------------------------------------------------------------------- #


def _site_key(result: GalleryResult) -> str:
    """Hash everything the pages show, and the code that writes them."""
    code = [p for p in _ASSETS.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    shown = {
        "charts": result.charts,
        "recipes": [(r.slug, r.path.name, r.path.parent.name, r.digest) for r in result.recipes],
        "brands": result.brands,
        "descriptions": result.descriptions,
    }
    text = json.dumps(shown, sort_keys=True, default=str)
    return digest(text, files_digest([*code, Path(__file__)]))


def _pages_are_current(result: GalleryResult, key: str, previous: str | None) -> bool:
    pages = [result.index, *(result.out / "recipes" / f"{r.slug}.html" for r in result.recipes)]
    return key == previous and all(page.is_file() for page in pages)


def _write_pages(result: GalleryResult, previous: str | None, force: bool) -> str:
    """Write the site unless the pages already show this result; return the pages' key."""
    key = _site_key(result)
    if force or not _pages_are_current(result, key, previous):
        from ._gallery.site import write_site  # Jinja2, markdown-it and Pygments: slow

        write_site(result)
    return key


# --------------------------------------------------------------------------- #
# The build
# --------------------------------------------------------------------------- #


def _failed(charts: Charts) -> list[str]:
    return [s for s, by in charts.items() if any(e.get("status") != "ok" for e in by.values())]


def _result(
    out: Path, recipes: list[Recipe], chosen: list[Brand], rendered: list, charts: Charts
) -> GalleryResult:
    names = [b.name for b in chosen]
    descriptions = {b.name: b.description for b in chosen}
    return GalleryResult(out, recipes, names, rendered, _failed(charts), charts, descriptions)


def build_gallery(
    cookbook: str | Path = "cookbook",
    out: str | Path = "gallery",
    brands: Sequence[BrandLike] | None = None,
    jobs: int | None = None,
    force: bool = False,
) -> GalleryResult:
    """Build the static gallery site of a cookbook folder.

    Parameters
    ----------
    cookbook
        A folder of recipe files (``*.py`` with a ``recipe()`` function); other
        files in it (data, helper modules whose names start with ``_``) are
        treated as inputs of every recipe.
    out
        The folder to write the site to; ``out/index.html`` is its front page.
    brands
        Brand names or brand files to render every chart in; ``None`` for every
        shipped brand. The default brand comes first.
    jobs
        Worker processes; ``None`` for the number of CPUs.
    force
        Render every chart even when its inputs did not change.

    Returns
    -------
    GalleryResult
        What was built; ``result.ok`` is False when a recipe failed.

    Raises
    ------
    HouseStyleError
        For a cookbook folder that does not exist or holds no recipe, an unknown
        brand, or ``jobs`` below 1. Nothing is written then.
    """
    cookbook, out = Path(cookbook).resolve(), Path(out).resolve()
    _check_jobs(jobs)
    recipes, others = _read_cookbook(cookbook)
    chosen = _load_brands(brands)
    out.mkdir(parents=True, exist_ok=True)
    last = read_manifest(out)
    env, shared = package_digest(), files_digest(others)
    charts, todo = plan(recipes, chosen, out, {} if force else last.charts, env, shared)
    rendered = render_all(cookbook, recipes, todo, charts, jobs or os.cpu_count() or 1)
    remove_stale(out, last.charts, {r.slug for r in recipes})
    result = _result(out, recipes, chosen, rendered, charts)
    write_manifest(out, charts, last.charts, None)  # the charts are kept even if pages fail
    site = _write_pages(result, last.site, force)
    write_brand_pages(out, chosen, env, force)  # gallery/brands/<name>.html
    write_manifest(out, charts, last.charts, site)
    return result
