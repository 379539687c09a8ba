"""The gallery: a static, self-contained HTML site built from a cookbook folder.

Any folder of recipes that follows the recipe contract (a module docstring whose
first line is the title and whose rest is Markdown, a ``TAGS`` tuple, and a
``recipe()`` function returning the finished matplotlib Figure) can be built into
a gallery: an index of cards with search, tag and library filters and a brand
switcher, and one page per recipe with its teaching text, chart, highlighted
source and downloads (PNG, 2x PNG, SVG, PDF and the ``.py``), and its check report
(:func:`housestyle.check`) with the chart as colour-blind viewers see it.

Recipes run in a pool of worker processes (started with ``spawn``), each
rendering one recipe in every brand with ``with housestyle.style(brand):
recipe()``, writing the files with :func:`housestyle.export`, checking the
figure and simulating colour-vision deficiencies on the exported PNG. The build is
incremental: ``manifest.json`` in the output folder keeps a hash of what each
chart was made from (the recipe's source, the cookbook's other files, the brand
and housestyle itself), and a chart whose hash did not change is not rendered
again. When nothing changed, neither the recipes nor plotnine are imported.

A recipe that raises is shown as failed, with its traceback on its page; the rest
of the gallery is still built and :func:`run` exits with status 1.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
import shutil
import sys
import time
import traceback
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, fields, is_dataclass
from importlib import metadata
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from .brand import DEFAULT_BRAND, Brand, HouseStyleError, brands, load_brand
from .recipes import load_recipe

__all__ = ["GalleryResult", "Recipe", "add_arguments", "build_gallery", "run"]

#: Bump when the files written per chart change, so that old outputs are rebuilt.
RENDER_FORMAT = 2
#: The formats written for every chart, in the order of the download links.
FORMATS = ("png", "png2x", "svg", "pdf")
#: Libraries a recipe can be written with; the first is assumed when nothing says.
LIBRARIES = ("matplotlib", "plotnine")
#: Widest thumbnail, in pixels; larger charts get a scaled-down copy for the index.
THUMB_WIDTH = 800
#: The colour-vision deficiencies each chart is shown with, beside its check report.
SIMULATIONS = ("deuteranopia", "protanopia", "tritanopia")
MANIFEST = "manifest.json"
_HERE = Path(__file__).resolve().parent
_ASSETS = _HERE / "_gallery"


# --------------------------------------------------------------------------- #
# Reading recipes without importing them
# --------------------------------------------------------------------------- #


@dataclass(frozen=True)
class Recipe:
    """A recipe file as read from its source, without running it."""

    slug: str
    path: Path
    title: str
    body: str
    tags: tuple[str, ...]
    library: str
    source: str
    digest: str

    @property
    def summary(self) -> str:
        """The first paragraph of the teaching text, as plain text."""
        first = self.body.strip().split("\n\n", 1)[0]
        return re.sub(r"[`*_#>\[\]]|\(http[^)]*\)", "", " ".join(first.split()))


def _slug(stem: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-") or "recipe"


def _tags(tree: ast.Module) -> tuple[str, ...]:
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == "TAGS" for t in targets):
                try:
                    value = ast.literal_eval(node.value)
                except (ValueError, TypeError, SyntaxError):
                    return ()
                return tuple(str(tag) for tag in value) if isinstance(value, Iterable) else ()
    return ()


def _imported(tree: ast.Module) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def _library(tags: tuple[str, ...], tree: ast.Module) -> str:
    for library in LIBRARIES:
        if library in tags:
            return library
    return "plotnine" if "plotnine" in _imported(tree) else "matplotlib"


def _has_recipe(tree: ast.Module) -> bool:
    return any(isinstance(n, ast.FunctionDef) and n.name == "recipe" for n in tree.body)


def read_recipe(path: Path) -> Recipe | None:
    """Read a recipe file; return None for a file that defines no ``recipe()``."""
    raw = path.read_bytes()
    source = raw.decode("utf-8", errors="replace")
    try:
        tree = ast.parse(source, filename=str(path))
    except SyntaxError:
        tree = None  # still a recipe: running it reports the error on its page
    if tree is not None and not _has_recipe(tree):
        return None
    doc = (ast.get_docstring(tree) if tree is not None else None) or ""
    title, _, body = doc.partition("\n")
    tags = _tags(tree) if tree is not None else ()
    library = _library(tags, tree) if tree is not None else LIBRARIES[0]
    return Recipe(
        slug=_slug(path.stem),
        path=path,
        title=title.strip() or path.stem,
        body=body.strip(),
        tags=tags,
        library=library,
        source=source,
        digest=hashlib.sha256(raw).hexdigest(),
    )


def find_recipes(cookbook: Path) -> tuple[list[Recipe], list[Path]]:
    """Return the recipes in ``cookbook`` and the other files recipes may read."""
    recipes, others = [], []
    for path in sorted(cookbook.rglob("*")):
        parts = path.relative_to(cookbook).parts
        if not path.is_file() or any(p.startswith(".") or p == "__pycache__" for p in parts):
            continue
        is_candidate = len(parts) == 1 and path.suffix == ".py" and not path.name.startswith("_")
        recipe = read_recipe(path) if is_candidate else None
        (recipes if recipe is not None else others).append(recipe or path)
    slugs = [r.slug for r in recipes]
    if len(set(slugs)) != len(slugs):
        raise HouseStyleError(f"cookbook: two recipe files give the same page name in {cookbook}")
    return recipes, others


# --------------------------------------------------------------------------- #
# What a chart was made from: the hashes kept in the manifest
# --------------------------------------------------------------------------- #


def _digest(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little") + data)
    return h.hexdigest()


def _files_digest(paths: Iterable[Path]) -> str:
    return _digest(*(f"{p.name}\0{_digest(p.read_bytes())}" for p in sorted(paths)))


def _plain(value: Any) -> Any:
    """A brand's value as JSON-able data; files are replaced by a hash of their bytes."""
    if is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value) if f.name != "path"}
    if isinstance(value, Path):
        return _digest(value.read_bytes()) if value.is_file() else str(value)
    if isinstance(value, dict) or hasattr(value, "items"):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def brand_digest(brand: Brand) -> str:
    """Hash everything that a brand changes in a chart, its logo's bytes included."""
    return _digest(json.dumps(_plain(brand), sort_keys=True, default=str))


def _package_digest() -> str:
    """Hash housestyle's own code and data, and the versions of what renders."""
    from ._version import version

    files = [
        p
        for p in _HERE.rglob("*")
        if p.is_file()
        and p.suffix in {".py", ".yaml", ".svg", ".png", ".mplstyle"}
        and "__pycache__" not in p.parts
        and "_gallery" not in p.parts
        and p.name not in {"gallery.py", "cli.py"}
    ]
    versions = []
    for name in ("matplotlib", "plotnine", "mizani", "numpy", "pandas", "pillow"):
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=none")
    return _digest(version(), str(RENDER_FORMAT), *versions, _files_digest(files))


def chart_key(recipe: Recipe, shared: str, brand: str, env: str) -> str:
    """The hash of one recipe in one brand: it changes when any input does."""
    return _digest(recipe.digest, shared, brand, env)


# --------------------------------------------------------------------------- #
# Rendering, in worker processes
# --------------------------------------------------------------------------- #


def _init_worker(cookbook: str) -> None:
    """Prepare a spawned worker: the Agg backend and the cookbook importable."""
    os.environ["MPLBACKEND"] = "Agg"
    import matplotlib

    matplotlib.use("Agg")
    if cookbook not in sys.path:
        sys.path.insert(0, cookbook)


def _thumbnail(png: Path, out: Path) -> tuple[str, int, int]:
    """Return the thumbnail's file name and the chart's pixel size."""
    from PIL import Image

    with Image.open(png) as image:
        width, height = image.size
        if width <= THUMB_WIDTH:
            return png.name, width, height
        small = image.resize((THUMB_WIDTH, round(height * THUMB_WIDTH / width)), Image.LANCZOS)
        small.save(out, optimize=False)
    return out.name, width, height


def _simulations(png: Path, folder: Path, slug: str) -> dict[str, str]:
    """Write the chart as seen with each of :data:`SIMULATIONS`; return ``{kind: file name}``.

    The pixels are those of ``housestyle.simulate(png, kind)``; each distinct colour
    is simulated once for all three kinds. Charts wider than :data:`THUMB_WIDTH` are
    scaled down first.
    """
    import numpy as np
    from PIL import Image

    from .colour import simulate_pixels

    with Image.open(png) as image:
        rgb = image.convert("RGB")
    if rgb.width > THUMB_WIDTH:
        rgb = rgb.resize((THUMB_WIDTH, round(rgb.height * THUMB_WIDTH / rgb.width)), Image.LANCZOS)
    names = {}
    for kind, shown in simulate_pixels(np.asarray(rgb), SIMULATIONS).items():
        names[kind] = f"{slug}-{kind}.png"
        Image.fromarray(shown, "RGB").save(folder / names[kind])
    return names


def _check(fig: Any) -> dict[str, Any]:
    """Return ``housestyle.check(fig)`` as data; a checker that raises is reported, not fatal."""
    import housestyle

    try:
        return housestyle.check(fig).to_dict()
    except Exception as exc:  # noqa: BLE001 - the chart itself is fine; show why it is unchecked
        return {"error": f"{type(exc).__name__}: {exc}"}


def _render_one(module: Any, slug: str, brand_path: str, folder: Path) -> dict[str, Any]:
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure

    import housestyle

    started = time.perf_counter()
    with housestyle.style(brand_path):
        fig = module.recipe()
        try:
            if not isinstance(fig, Figure):
                raise TypeError(
                    f"recipe() returned a {type(fig).__name__}; the recipe contract asks for "
                    "the finished matplotlib Figure (pass a ggplot through housestyle.finalise)"
                )
            folder.mkdir(parents=True, exist_ok=True)
            housestyle.export(fig, folder / slug, formats=FORMATS)
            info = housestyle.finalised(fig)
            report = _check(fig)
        finally:
            plt.close(fig) if isinstance(fig, Figure) else plt.close("all")
    png = folder / f"{slug}.png"
    thumb, width, height = _thumbnail(png, folder / f"{slug}-thumb.png")
    return {
        "status": "ok",
        "alt": (info.alt or info.title or "") if info else "",
        "thumb": thumb,
        "width": width,
        "height": height,
        "checks": report,
        "simulations": _simulations(png, folder, slug),
        "seconds": round(time.perf_counter() - started, 3),
    }


def _failure(exc: BaseException) -> dict[str, Any]:
    lines = traceback.format_exception(exc)
    # Drop the frames of this module: the reader wants to see their recipe's lines.
    text = "".join(line for line in lines if __file__ not in line)
    return {"status": "failed", "error": f"{type(exc).__name__}: {exc}", "traceback": text}


def render_recipe(path: str, slug: str, jobs: list[tuple[str, str, str]]) -> dict[str, Any]:
    """Render one recipe in several brands; runs in a worker process.

    Parameters
    ----------
    path
        The recipe file.
    slug
        The recipe's page name, used for its files.
    jobs
        ``(brand name, brand file, output folder)`` for each brand to render.

    Returns
    -------
    dict
        ``{brand name: result}``, each result a dict with ``status`` ``"ok"`` or
        ``"failed"`` and, for failures, the error and traceback.
    """
    try:
        module = load_recipe(path, "housestyle_gallery_recipe")
    except BaseException as exc:  # noqa: BLE001 - any error in a recipe is reported
        failed = _failure(exc)
        return {name: failed for name, _, _ in jobs}
    results = {}
    for name, brand_path, folder in jobs:
        try:
            results[name] = _render_one(module, slug, brand_path, Path(folder))
        except BaseException as exc:  # noqa: BLE001
            results[name] = _failure(exc)
    return results


# --------------------------------------------------------------------------- #
# The build
# --------------------------------------------------------------------------- #


@dataclass
class GalleryResult:
    """What a gallery build did.

    Attributes
    ----------
    out
        The output folder; ``index`` is its ``index.html``.
    recipes
        The recipes found, in page order.
    brands
        The brand names shown, the default first.
    rendered
        ``(slug, brand)`` of every chart rendered in this build (not taken from
        the previous build).
    failed
        The slugs of recipes that failed in at least one brand.
    charts
        ``{slug: {brand: result}}`` as kept in the manifest.
    descriptions
        ``{brand: description}`` for the brand switcher.
    """

    out: Path
    recipes: list[Recipe]
    brands: list[str]
    rendered: list[tuple[str, str]] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    charts: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)

    @property
    def index(self) -> Path:
        """The gallery's front page."""
        return self.out / "index.html"

    @property
    def ok(self) -> bool:
        """True when every recipe rendered in every brand."""
        return not self.failed

    @property
    def check_errors(self) -> dict[str, dict[str, int]]:
        """``{slug: {brand: number of check errors}}`` of the charts that have any."""
        counts: dict[str, dict[str, int]] = {}
        for slug, by_brand in self.charts.items():
            for brand, entry in by_brand.items():
                errors = entry.get("checks", {}).get("errors", 0)
                if errors and brand in self.brands:
                    counts.setdefault(slug, {})[brand] = errors
        return counts


class _Progress:
    """A counter line on a terminal; silent otherwise."""

    def __init__(self, total: int, stream: Any = None) -> None:
        self.total, self.done = total, 0
        self.stream = stream or sys.stderr
        self.live = total > 0 and getattr(self.stream, "isatty", lambda: False)()

    def step(self, label: str) -> None:
        self.done += 1
        if self.live:
            width = shutil.get_terminal_size().columns - 1
            line = f"gallery: rendered {self.done}/{self.total} {label}"
            self.stream.write("\r" + line[:width].ljust(width))
            self.stream.flush()

    def close(self) -> None:
        if self.live:
            self.stream.write("\n")
            self.stream.flush()


def _load_brands(names: Sequence[str | Path] | None) -> list[Brand]:
    chosen = [load_brand(n) for n in (names or brands())]
    chosen.sort(key=lambda b: b.name != DEFAULT_BRAND)  # the default brand first, stable
    seen = [b.name for b in chosen]
    if len(set(seen)) != len(seen):
        raise HouseStyleError(f"brand: a brand is named twice ({', '.join(seen)})")
    for brand in chosen:
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", brand.name):
            raise HouseStyleError(
                f"brand: {brand.name!r} cannot name a folder; allowed: letters, digits, _ . -"
            )
    return chosen


def _read_manifest(out: Path) -> dict[str, Any]:
    """Return the last build's manifest: ``{"charts": {...}, "site": key}``, or empty."""
    try:
        data = json.loads((out / MANIFEST).read_text())
    except (OSError, ValueError):
        return {"charts": {}}
    if not isinstance(data, dict) or data.get("format") != RENDER_FORMAT:
        return {"charts": {}}
    return {"charts": data.get("charts", {}), "site": data.get("site")}


def _is_current(entry: dict[str, Any] | None, key: str, folder: Path, slug: str) -> bool:
    if not entry or entry.get("key") != key:
        return False
    if entry.get("status") != "ok":
        return True  # a failure is kept until its inputs change
    wanted = [f"{slug}.png", f"{slug}@2x.png", f"{slug}.svg", f"{slug}.pdf", entry["thumb"]]
    wanted += entry.get("simulations", {}).values()
    return all((folder / name).is_file() for name in wanted)


def _plan(
    recipes: list[Recipe], chosen: list[Brand], out: Path, old: dict, env: str, shared: str
) -> tuple[dict, dict[str, list[tuple[str, str, str]]]]:
    """Split the charts into those kept from the last build and those to render."""
    charts: dict[str, dict[str, dict[str, Any]]] = {}
    todo: dict[str, list[tuple[str, str, str]]] = {}
    digests = {b.name: brand_digest(b) for b in chosen}
    for recipe in recipes:
        charts[recipe.slug] = {}
        for brand in chosen:
            key = chart_key(recipe, shared, digests[brand.name], env)
            folder = out / "images" / brand.name
            entry = old.get(recipe.slug, {}).get(brand.name)
            if _is_current(entry, key, folder, recipe.slug):
                charts[recipe.slug][brand.name] = entry
            else:
                charts[recipe.slug][brand.name] = {"key": key}
                todo.setdefault(recipe.slug, []).append((brand.name, str(brand.path), str(folder)))
    return charts, todo


def _render_all(
    cookbook: Path,
    recipes: list[Recipe],
    todo: dict[str, list[tuple[str, str, str]]],
    charts: dict,
    jobs: int,
) -> list[tuple[str, str]]:
    """Render the planned charts in a spawned process pool; fill ``charts``."""
    if not todo:
        return []
    paths = {r.slug: str(r.path) for r in recipes}
    progress = _Progress(len(todo))
    rendered = []
    workers = max(1, min(jobs, len(todo)))
    context = get_context("spawn")
    with ProcessPoolExecutor(workers, context, _init_worker, (str(cookbook),)) as pool:
        futures = {pool.submit(render_recipe, paths[s], s, todo[s]): s for s in todo}
        for future in as_completed(futures):
            slug = futures[future]
            try:
                results = future.result()
            except BrokenProcessPool as exc:
                results = {name: _failure(exc) for name, _, _ in todo[slug]}
            for name, result in results.items():
                charts[slug][name].update(result)
                rendered.append((slug, name))
            progress.step(slug)
    progress.close()
    return rendered


def _remove_stale(out: Path, old: dict, slugs: set[str]) -> None:
    """Delete the files of recipes that are no longer in the cookbook."""
    for slug in set(old) - slugs:
        for brand_folder in (out / "images").glob("*"):
            for name in (f"{slug}.png", f"{slug}@2x.png", f"{slug}.svg", f"{slug}.pdf"):
                (brand_folder / name).unlink(missing_ok=True)
            for suffix in ("thumb", *SIMULATIONS):
                (brand_folder / f"{slug}-{suffix}.png").unlink(missing_ok=True)
        (out / "recipes" / f"{slug}.html").unlink(missing_ok=True)
        (out / "source" / f"{slug}.py").unlink(missing_ok=True)


def _write_manifest(out: Path, charts: dict, previous: dict, site: str | None) -> None:
    # Keep the entries of brands not built this time, so that going back to them is cheap.
    kept = {slug: {**previous.get(slug, {}), **entries} for slug, entries in charts.items()}
    data = {"format": RENDER_FORMAT, "charts": kept, "site": site}
    _write_text(out / MANIFEST, json.dumps(data, indent=1, sort_keys=True))


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
    return _digest(text, _files_digest([*code, Path(__file__)]))


def _site_is_current(result: GalleryResult, key: str, previous: str | None) -> bool:
    pages = [result.index, *(result.out / "recipes" / f"{r.slug}.html" for r in result.recipes)]
    return key == previous and all(page.is_file() for page in pages)


def _write_text(path: Path, text: str) -> None:
    """Write ``path`` only when its content changes, atomically."""
    try:
        if path.read_text(encoding="utf-8") == text:
            return
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)


def build_gallery(
    cookbook: str | Path = "cookbook",
    out: str | Path = "gallery",
    brands: Sequence[str | Path] | None = None,
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
    if not cookbook.is_dir():
        raise HouseStyleError(f"cookbook: {cookbook} is not a folder")
    if jobs is not None and (not isinstance(jobs, int) or jobs < 1):
        raise HouseStyleError(f"jobs: {jobs!r} is not allowed; allowed: a whole number from 1")
    chosen = _load_brands(brands)
    recipes, others = find_recipes(cookbook)
    if not recipes:
        raise HouseStyleError(f"cookbook: no recipe (a .py file with a recipe()) in {cookbook}")
    out.mkdir(parents=True, exist_ok=True)
    manifest = _read_manifest(out)
    previous = manifest["charts"]
    old = {} if force else previous
    env, shared = _package_digest(), _files_digest(others)
    charts, todo = _plan(recipes, chosen, out, old, env, shared)
    rendered = _render_all(cookbook, recipes, todo, charts, jobs or os.cpu_count() or 1)
    _remove_stale(out, previous, {r.slug for r in recipes})
    failed = [s for s, by in charts.items() if any(e.get("status") != "ok" for e in by.values())]
    descriptions = {b.name: b.description for b in chosen}
    names = [b.name for b in chosen]
    result = GalleryResult(out, recipes, names, rendered, failed, charts, descriptions)
    _write_manifest(out, charts, previous, None)  # the charts are kept even if pages fail
    site = _site_key(result)
    if force or not _site_is_current(result, site, manifest.get("site")):
        from ._gallery.site import write_site  # Jinja2, markdown-it and Pygments

        write_site(result)
    _write_manifest(out, charts, previous, site)
    return result


# --------------------------------------------------------------------------- #
# The command
# --------------------------------------------------------------------------- #


def add_arguments(parser: Any) -> None:
    """Add the ``housestyle gallery`` options to an argparse parser."""
    parser.add_argument("--cookbook", default="cookbook", help="recipe folder (default: cookbook)")
    parser.add_argument("--out", default="gallery", help="output folder (default: gallery)")
    parser.add_argument(
        "--brand",
        dest="brands",
        action="append",
        metavar="NAME",
        help="a brand name or brand file; repeat for several (default: every shipped brand)",
    )
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: CPUs)")
    parser.add_argument("--force", action="store_true", help="render every chart again")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def run(args: Any) -> int:
    """Build the gallery (``housestyle gallery``); return 1 if a recipe failed."""
    started = time.perf_counter()
    result = build_gallery(args.cookbook, args.out, args.brands, args.jobs, args.force)
    for slug in result.failed:
        errors = {e.get("error") for e in result.charts[slug].values() if e.get("error")}
        print(f"gallery: {slug} failed: {'; '.join(sorted(errors))}", file=sys.stderr)
    charts = len(result.recipes) * len(result.brands)
    recipes, brands = _count(len(result.recipes), "recipe"), _count(len(result.brands), "brand")
    flagged = len(result.check_errors)
    print(
        f"gallery: {recipes} in {brands} "
        f"({', '.join(result.brands)}): {len(result.rendered)} of {charts} charts rendered, "
        f"{len(result.failed)} failed, {_count(flagged, 'recipe')} with check errors, "
        f"{time.perf_counter() - started:.1f} s -> {result.index}",
        file=sys.stderr,
    )
    return 0 if result.ok else 1
