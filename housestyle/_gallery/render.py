"""Rendering one recipe for the gallery: exports, thumbnail, check report, simulations.

:func:`render_recipe` runs in a worker process (see :mod:`housestyle._gallery.pool`).
It loads the recipe once and renders it in each brand asked for, through the recipe
contract (:func:`housestyle.recipes.run_recipe`); a recipe that raises, or returns
something else than the finished Figure, gives a failure with its traceback.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
from PIL import Image

from .. import recipes
from ..colour import simulate_pixels
from ..export import export
from ..mpl import style
from ..recipes import chart_function, run_recipe
from ..record import finalised
from .outputs import CHART_FORMATS, SIMULATIONS

__all__ = ["THUMB_WIDTH", "check_report", "failure", "init_worker", "render_recipe"]

#: Widest thumbnail, in pixels; larger charts get a scaled-down copy for the index.
THUMB_WIDTH = 800
#: The files whose frames a failure's traceback leaves out: the reader wants their recipe's.
_MACHINERY = {Path(__file__).resolve()}


def init_worker(cookbook: str) -> None:
    """Prepare a spawned worker: the Agg backend and the cookbook importable."""
    os.environ["MPLBACKEND"] = "Agg"
    import matplotlib

    matplotlib.use("Agg")
    if cookbook not in sys.path:
        sys.path.insert(0, cookbook)


def _fit_width(image: Any) -> Any:
    """The image scaled down to :data:`THUMB_WIDTH`, or itself when it is narrower."""
    if image.width <= THUMB_WIDTH:
        return image
    height = round(image.height * THUMB_WIDTH / image.width)
    return image.resize((THUMB_WIDTH, height), Image.Resampling.LANCZOS)


def _thumbnail(png: Path, out: Path) -> tuple[str, int, int]:
    """Write a thumbnail when the chart is wide; return its file name and the chart's size."""
    with Image.open(png) as image:
        width, height = image.size
        if width <= THUMB_WIDTH:
            return png.name, width, height
        _fit_width(image).save(out, optimize=False)
    return out.name, width, height


def _simulations(png: Path, folder: Path, slug: str) -> dict[str, str]:
    """Write the chart as seen with each of :data:`SIMULATIONS`; return ``{kind: file name}``.

    The pixels are those of ``housestyle.simulate(png, kind)``; each distinct colour
    is simulated once for all three kinds. Charts wider than :data:`THUMB_WIDTH` are
    scaled down first.
    """
    with Image.open(png) as image:
        rgb = _fit_width(image.convert("RGB"))
    names = {}
    for kind, shown in simulate_pixels(np.asarray(rgb), SIMULATIONS).items():
        names[kind] = f"{slug}-{kind}.png"
        Image.fromarray(shown, "RGB").save(folder / names[kind])
    return names


def check_report(fig: Any) -> dict[str, Any]:
    """Return ``housestyle.check(fig)`` as data; a checker that raises is reported, not fatal."""
    from ..checks import check  # slow to import: a build with nothing to render needs none

    try:
        return check(fig).to_dict()
    except Exception as exc:  # noqa: BLE001 - the chart itself is fine; show why it is unchecked
        return {"error": f"{type(exc).__name__}: {exc}"}


def _render_one(
    function: Callable[..., Any], slug: str, brand_path: str, folder: Path
) -> dict[str, Any]:
    """Render, export and check one recipe in one brand; return its manifest entry."""
    started = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    with style(brand_path):  # exported and checked in the rcParams it was drawn in
        fig = run_recipe(function)
        try:
            export(fig, folder / slug, formats=CHART_FORMATS)
            info = finalised(fig)
            report = check_report(fig)
        finally:
            plt.close(fig)
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


def failure(exc: BaseException) -> dict[str, Any]:
    """A failed chart's manifest entry: the error, and the traceback of the recipe's frames."""
    machinery = {*_MACHINERY, Path(recipes.__file__).resolve()}
    shown = traceback.TracebackException.from_exception(exc)
    shown.stack = traceback.StackSummary.from_list(
        [frame for frame in shown.stack if Path(frame.filename).resolve() not in machinery]
    )
    text = "".join(shown.format())
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
        function, _ = chart_function(Path(path), prefix="housestyle_gallery_recipe")
    except BaseException as exc:  # noqa: BLE001 - any error in a recipe is reported
        failed = failure(exc)
        return {name: failed for name, _, _ in jobs}
    results = {}
    for name, brand_path, folder in jobs:
        try:
            results[name] = _render_one(function, slug, brand_path, Path(folder))
        except BaseException as exc:  # noqa: BLE001
            results[name] = failure(exc)
            plt.close("all")  # whatever the failed recipe left open
    return results
