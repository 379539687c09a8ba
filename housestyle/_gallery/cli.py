"""The ``housestyle gallery`` command: build the gallery and say what happened."""

from __future__ import annotations

import argparse
import sys
import time

from .._words import plural
from ..gallery import GalleryResult, build_gallery

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
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
    parser.add_argument(
        "--size",
        dest="sizes",
        action="append",
        metavar="PRESET",
        help="a size preset to show besides the default; repeat for several (default: all)",
    )
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: CPUs)")
    parser.add_argument("--force", action="store_true", help="render every chart again")


def _report_failures(result: GalleryResult) -> None:
    for slug in result.failed:
        errors = {str(e["error"]) for e in result.charts[slug].values() if e.get("error")}
        print(f"gallery: {slug} failed: {'; '.join(sorted(errors))}", file=sys.stderr)


def _summary(result: GalleryResult, seconds: float) -> str:
    charts = len(result.recipes) * len(result.brands)
    recipes, brands = plural(len(result.recipes), "recipe"), plural(len(result.brands), "brand")
    flagged = plural(len(result.check_errors), "recipe")
    return (
        f"gallery: {recipes} in {brands} ({', '.join(result.brands)}): "
        f"{len(result.rendered)} of {charts} charts rendered, {len(result.failed)} failed, "
        f"{flagged} with check errors, {seconds:.1f} s -> {result.index}"
    )


def run(args: argparse.Namespace) -> int:
    """Build the gallery (``housestyle gallery``); return 1 if a recipe failed."""
    started = time.perf_counter()
    result = build_gallery(
        args.cookbook, args.out, args.brands, args.jobs, args.force, sizes=args.sizes
    )
    _report_failures(result)
    print(_summary(result, time.perf_counter() - started), file=sys.stderr)
    return 0 if result.ok else 1
