"""Where a cold gallery build spends its time, per chart and per step, in CPU seconds.

Runs what a gallery worker runs for each chart (:mod:`housestyle.gallery._worker`),
in this process, one step at a time, and times each step with the process's CPU
clock (so a busy machine inflates nothing): the recipe's own code, ``finalise``, each
export format, and at the brand's default size the check and the index thumbnail;
at a print size its thumbnail. Then prints each step's total and share, each
library's total and cost a chart, the slowest charts, and what the whole cookbook
would cost on two cores.

    MPLBACKEND=Agg python bench/bench_gallery_profile.py [RECIPE ...] [--all] [--brand ou]
        [--cprofile out.prof]

Each format is timed in a render call of its own, so each pays for a layout here; the
gallery renders all of a chart's formats in one call, laid out once
(:mod:`housestyle.output._once`: 14% less CPU for the four formats at the default size,
measured interleaved on these recipes).

By default a few recipes of each kind (matplotlib, plotnine, a table); ``--all`` takes
every recipe in ``cookbook/``. ``--cprofile`` also writes a cProfile of the whole run
for ``python -m pstats`` or snakeviz.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt

import housestyle
import housestyle.finish._finalise as finalise_module
from housestyle.batch._recipes import find_recipes, load_recipe, run_recipe
from housestyle.gallery import _worker as gallery_render
from housestyle.gallery._outputs import CHART_FORMATS, SIZE_FORMATS, size_formats
from housestyle.libraries.mpl import style
from housestyle.output import FORMATS
from housestyle.output._export import to_bytes

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ("mpl_line", "mpl_small_multiples", "p9_line", "p9_small_multiples", "table_ranked")

#: CPU seconds per step, summed over the charts: {step: seconds}
STEPS: collections.Counter[str] = collections.Counter()


@contextmanager
def timed(step: str) -> Iterator[None]:
    start = time.process_time()
    try:
        yield
    finally:
        STEPS[step] += time.process_time() - start


def _timed_finalise() -> Callable[[], None]:
    """Time every finalise() call as its own step; return the call that undoes it.

    Recipes call ``housestyle.finalise``, the package's name for it, so that is the name
    wrapped (and the room's, for code that imports it from there).
    """
    import housestyle.finish as finish_room

    original = finalise_module.finalise

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with timed("finalise"):
            return original(*args, **kwargs)

    owners = (housestyle, finish_room, finalise_module)
    for owner in owners:
        owner.finalise = wrapper  # type: ignore[attr-defined]

    def undo() -> None:
        for owner in owners:
            owner.finalise = original  # type: ignore[attr-defined]

    return undo


def one_chart(
    function: Any, slug: str, brand: str, size: str, default: bool, every_format: bool
) -> float:
    """Run one chart as a gallery worker would; return its CPU seconds."""
    family = housestyle.load_brand(brand).preset(size).family
    formats = (
        CHART_FORMATS if default else size_formats(family, SIZE_FORMATS if every_format else None)
    )
    start = time.process_time()
    before = STEPS["finalise"]
    with style(brand, size):
        t0 = time.process_time()
        fig = run_recipe(function)
        STEPS["recipe"] += time.process_time() - t0 - (STEPS["finalise"] - before)
        files: dict[str, bytes] = {}
        for fmt in formats:
            with timed(f"format {fmt}"):
                files[slug + FORMATS[fmt]] = to_bytes(fig, [fmt])[fmt]
        if default:
            image = gallery_render._open(files[f"{slug}.png"])
            with timed("check"):
                gallery_render.check_report(fig)
            with timed("thumbnails"):
                if image.width > gallery_render.THUMB_WIDTH:
                    gallery_render._preview(gallery_render._fit_width(image))
        else:
            with timed("thumbnails"):  # what the worker does (a print size draws a preview)
                gallery_render.size_extras(fig, files, SimpleNamespace(name=slug, formats=formats))
    plt.close("all")
    return time.process_time() - start


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("recipes", nargs="*")
    parser.add_argument("--all", action="store_true", help="every recipe in cookbook/")
    parser.add_argument("--brand", action="append", help="default: every shipped brand")
    parser.add_argument("--cprofile", metavar="FILE", help="write a cProfile of the run")
    parser.add_argument(
        "--every-format",
        action="store_true",
        help="PNG, SVG and PDF at every size (the gallery's --size-format png,svg,pdf)",
    )
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    recipes = {r.slug: r for r in find_recipes(ROOT / "cookbook")[0]}
    chosen = sorted(recipes) if args.all else (args.recipes or list(DEFAULT))
    brands = args.brand or list(housestyle.brands())
    profiler = cProfile.Profile() if args.cprofile else None
    undo = _timed_finalise()
    per_chart: list[tuple[float, str]] = []
    per_library: collections.Counter[str] = collections.Counter()
    charts_of: collections.Counter[str] = collections.Counter()
    started = time.process_time()
    try:
        if profiler:
            profiler.enable()
        for slug in chosen:
            function = load_recipe(recipes[slug].path, "bench").recipe
            for brand in brands:
                loaded = housestyle.load_brand(brand)
                for size in loaded.presets:
                    default = size == loaded.default_size
                    seconds = one_chart(function, slug, brand, size, default, args.every_format)
                    per_chart.append((seconds, f"{slug} {brand} {size}"))
                    per_library[recipes[slug].library] += seconds
                    charts_of[recipes[slug].library] += 1
    finally:
        if profiler:
            profiler.disable()
            profiler.dump_stats(args.cprofile)
        undo()
    total = time.process_time() - started
    charts = len(per_chart)
    print(
        f"{charts} charts ({len(chosen)} recipes x {len(brands)} brands x sizes): "
        f"{total:.1f} CPU s, {total / charts:.3f} s a chart"
    )
    print(f"{'step':<24}{'CPU s':>9}{'share':>8}")
    for step, seconds in STEPS.most_common():
        print(f"{step:<24}{seconds:>9.2f}{seconds / total:>8.1%}")
    print(f"{'library':<24}{'CPU s':>9}{'share':>8}{'charts':>8}{'s a chart':>11}")
    for library, seconds in per_library.most_common():
        n = charts_of[library]
        print(f"{library:<24}{seconds:>9.2f}{seconds / total:>8.1%}{n:>8}{seconds / n:>11.3f}")
    print("slowest charts:")
    for seconds, name in sorted(per_chart, reverse=True)[:8]:
        print(f"  {seconds:6.2f} s  {name}")
    every = len(recipes) * len(brands) * 7
    print(
        f"the whole cookbook ({every} charts) at this rate: {every * total / charts:.0f} CPU s, "
        f"{every * total / charts / 2:.0f} s on two cores"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
