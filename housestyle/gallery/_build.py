"""The gallery: a static, self-contained HTML site built from a cookbook folder.

Any folder of recipes that follows the recipe contract (:mod:`housestyle.batch._recipes`)
can be built into a gallery: an index of cards with search, tag and library filters
and a brand switcher, and one page per recipe with its teaching text, chart,
highlighted source and downloads (PNG, 2x PNG, SVG, PDF and the ``.py``), and its
check report (:func:`housestyle.check`) with the chart as colour-blind viewers see it.

Each recipe is shown in every brand at every size preset the brand has: at the
brand's default size with its downloads, check report and colour-blind views, and at
each other size as a thumbnail that opens the full-size chart, with its downloads.

A build goes in named steps (:func:`build_gallery`): read the recipes without
running them; plan which charts changed since the last build (the hashes in
``manifest.json``, :mod:`housestyle.gallery._manifest`); draw those through the
render engine that ``housestyle render`` uses (:mod:`housestyle.batch._engines`:
spawned worker processes, or Dask), each recipe in each brand at each size through
the recipe contract, exported, then thumbnailed, checked and simulated in the worker
(:mod:`housestyle.gallery._worker`); remove the files of recipes that are gone; and
write the pages when anything they show changed (:mod:`housestyle.gallery._site`).
When nothing changed, neither the recipes nor plotnine are imported.

A recipe that raises is shown as failed, with its traceback on its page; the rest
of the gallery is still built and ``housestyle gallery`` exits with status 1.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..batch import Progress, Recipe, check_engine, find_recipes
from ..brand import DEFAULT_BRAND, Brand, BrandLike, HouseStyleError, brands, load_brand
from ._assets import share_assets
from ._manifest import (
    Charts,
    Planned,
    digest,
    files_digest,
    package_digest,
    plan,
    read_manifest,
    remove_stale,
    write_manifest,
)
from ._outputs import CHART_FORMATS, SIZE_FORMATS, GalleryResult, image_folder, size_files
from ._specimen_page import write_brand_pages

if TYPE_CHECKING:
    from ..batch import Outcome, Task

__all__ = ["GalleryResult", "build_gallery"]

_ASSETS = Path(__file__).resolve().parent
_FOLDER_NAME = re.compile(r"[A-Za-z0-9_.-]+")


# --------------------------------------------------------------------------- #
# Checking what was asked for, before anything is written
# --------------------------------------------------------------------------- #


def _sizes(chosen: list[Brand], names: Sequence[str] | None) -> dict[str, list[str]]:
    """Each brand's sizes to show besides its default: all of them, or those named."""
    every = {size for brand in chosen for size in brand.presets}
    unknown = [name for name in names or () if name not in every]
    if unknown:
        raise HouseStyleError(
            f"size: unknown size preset {', '.join(map(repr, unknown))}; "
            f"allowed: {', '.join(sorted(every))}"
        )
    return {
        brand.name: [
            size
            for size in brand.presets
            if size != brand.default_size and (names is None or size in names)
        ]
        for brand in chosen
    }


def _size_formats(asked: Sequence[str] | None) -> tuple[str, ...] | None:
    if asked is None:
        return None
    unknown = [fmt for fmt in asked if fmt not in SIZE_FORMATS]
    if unknown or not asked:
        raise HouseStyleError(
            f"size_formats: {', '.join(map(repr, unknown)) or 'none'} not allowed; allowed: "
            f"one or more of {', '.join(SIZE_FORMATS)}"
        )
    return tuple(asked)


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
        from ._site import write_site  # Jinja2, markdown-it and Pygments: slow

        write_site(result)
    return key


# --------------------------------------------------------------------------- #
# The build
# --------------------------------------------------------------------------- #


def _task(planned: Planned) -> Task:
    """The render task of one planned chart: the default size has the checks and views."""
    from ..batch import Task  # what draws: imported when something is to be drawn
    from ._worker import chart_extras, size_extras

    default = planned.size is None
    return Task(
        name=planned.recipe.slug,
        folder=str(planned.folder),
        target=str(planned.recipe.path),
        params={},
        brand=str(planned.brand.path),
        size=planned.brand.default_size if default else str(planned.size),
        formats=CHART_FORMATS if default else planned.formats,
        finish=False,  # the recipe contract: recipe() returns the finished Figure
        after=chart_extras if default else size_extras,
        keep_warnings=True,  # on the recipe's page and in the summary, not mid-progress
    )


def _unlinked(planned: Planned) -> None:
    """Remove a size's files of formats no longer written: no page links to them."""
    if planned.size is None:
        return
    written = set(size_files(planned.recipe.slug, planned.formats))
    for name in set(size_files(planned.recipe.slug)) - written:
        (planned.folder / name).unlink(missing_ok=True)


def _entry(planned: Planned, outcome: Outcome) -> dict[str, Any]:
    if outcome.ok:
        shown = outcome.info
    else:
        shown = {"status": "failed", "error": outcome.error, "traceback": outcome.traceback}
    return {"key": planned.key, **shown, "seconds": round(outcome.seconds, 3)}


def _render(
    todo: list[Planned], charts: Charts, engine: str, jobs: int | None, client: Any
) -> list[tuple[str, str]]:
    """Draw the planned charts on the engine; fill in ``charts``.

    Returns the recipes and brands with a chart drawn (``len(todo)`` charts in all).
    """
    if not todo:
        return []
    from ..batch import run_tasks  # what draws: imported when something is to be drawn

    tasks = [_task(planned) for planned in todo]
    by_task = {id(task): planned for task, planned in zip(tasks, todo, strict=True)}
    rendered: dict[tuple[str, str], None] = {}
    bar = Progress(len(tasks), "gallery")

    def done(task: Task, outcome: Outcome) -> None:
        planned = by_task[id(task)]
        slug, brand = planned.recipe.slug, planned.brand.name
        entry = charts[slug][brand]
        if planned.size is None:
            charts[slug][brand] = {**_entry(planned, outcome), "sizes": entry["sizes"]}
        else:
            entry["sizes"][planned.size] = _entry(planned, outcome)
        rendered[(slug, brand)] = None
        if outcome.ok:
            _unlinked(planned)
        bar.step(f"{slug} {brand} {planned.size or ''}".strip(), outcome.ok)

    try:
        run_tasks(tasks, done, engine=engine, jobs=jobs, client=client)
    finally:
        bar.close()
    return list(rendered)


def _interactive_pages(out: Path, charts: Charts) -> list[Path]:
    """The interactive pages of the charts kept (Altair, Plotly), in every brand."""
    return [
        image_folder(out, brand) / entry["html"]
        for by_brand in charts.values()
        for brand, entry in by_brand.items()
        if entry.get("html")
    ]


def _failed(charts: Charts) -> list[str]:
    def ok(entry: dict[str, Any]) -> bool:
        sizes = entry.get("sizes", {}).values()
        return entry.get("status") == "ok" and all(e.get("status") == "ok" for e in sizes)

    return [slug for slug, by in charts.items() if not all(ok(e) for e in by.values())]


def _result(
    out: Path,
    recipes: list[Recipe],
    chosen: list[Brand],
    rendered: list,
    charts: Charts,
    sizes: dict[str, list[str]],
    drawn: int,
) -> GalleryResult:
    names = [b.name for b in chosen]
    descriptions = {b.name: b.description for b in chosen}
    shown = {b.name: [b.default_size, *sizes[b.name]] for b in chosen}
    return GalleryResult(
        out, recipes, names, rendered, _failed(charts), charts, descriptions, shown, drawn
    )


def build_gallery(
    cookbook: str | Path = "cookbook",
    out: str | Path = "gallery",
    brands: Sequence[BrandLike] | None = None,
    jobs: int | None = None,
    force: bool = False,
    sizes: Sequence[str] | None = None,
    engine: str = "process",
    client: Any = None,
    size_formats: Sequence[str] | None = None,
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
    sizes
        The size presets to show each recipe at besides each brand's default;
        ``None`` for all of them.
    engine, client
        The render engine (``"process"``, ``"dask"`` or ``"serial"``) and, for
        Dask, the client or scheduler address (see :func:`housestyle.render_many`).
    size_formats
        The formats to write at the other sizes, of ``webp``, ``png``, ``svg`` and
        ``pdf``; ``None`` for lossless WebP, or the PDF at a print size: a PNG or SVG at
        web-wide, a PDF at social or a picture at print-page is opt-in.

    Returns
    -------
    GalleryResult
        What was built; ``result.ok`` is False when a recipe failed.

    Raises
    ------
    HouseStyleError
        For a cookbook folder that does not exist or holds no recipe, an unknown
        brand, size or format, an unknown engine, or ``jobs`` below 1. Nothing is
        written then.
    """
    cookbook, out = Path(cookbook).resolve(), Path(out).resolve()
    check_engine(engine, jobs, None)
    asked = _size_formats(size_formats)
    recipes, others = _read_cookbook(cookbook)
    chosen = _load_brands(brands)
    shown = _sizes(chosen, sizes)
    out.mkdir(parents=True, exist_ok=True)
    last = read_manifest(out)
    env, shared = package_digest(), files_digest(others)
    old = {} if force else last.charts
    charts, todo = plan(recipes, chosen, shown, out, old, env, shared, asked)
    rendered = _render(todo, charts, engine, jobs, client)
    remove_stale(out, last.charts, {r.slug for r in recipes})
    share_assets(out, _interactive_pages(out, charts))
    result = _result(out, recipes, chosen, rendered, charts, shown, len(todo))
    changed = bool(todo) or charts != last.charts
    if changed:  # the charts are kept even if the pages fail
        write_manifest(out, charts, last.charts, None)
    site = _write_pages(result, last.site, force)
    write_brand_pages(out, chosen, env, force)  # gallery/brands/<name>.html
    if changed or site != last.site:  # a build that changed nothing writes nothing
        write_manifest(out, charts, last.charts, site)
    return result
