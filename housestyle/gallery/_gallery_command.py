"""The ``housestyle gallery`` command: build the gallery and say what happened."""

from __future__ import annotations

import argparse
import sys
import time

from ..ink import plural
from ._build import GalleryResult, build_gallery

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
    parser.add_argument(
        "--size-format",
        dest="size_formats",
        action="append",
        metavar="FORMAT",
        help="a format to write at the other sizes (webp, png, svg, pdf); repeat for several "
        "(default: lossless WebP, or the PDF at a print size)",
    )
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: CPUs)")
    parser.add_argument("--force", action="store_true", help="render every chart again")


def _failures(entry: dict, brand: str) -> list[str]:
    """The errors of one recipe in one brand, at its default size and at each other."""
    found = [f"{brand}: {entry['error']}"] if entry.get("error") else []
    for size, shown in entry.get("sizes", {}).items():
        if shown.get("error"):
            found.append(f"{brand} {size}: {shown['error']}")
    return found


def _report_failures(result: GalleryResult) -> None:
    for slug in result.failed:
        by_brand = result.charts[slug].items()
        errors = [e for brand, entry in by_brand for e in _failures(entry, brand)]
        print(f"gallery: {slug} failed: {'; '.join(errors)}", file=sys.stderr)


def _counted(result: GalleryResult) -> str:
    """``826 charts (59 recipes x 2 brands x 7 sizes)``: every chart the gallery shows."""
    counts = {len(result.sizes.get(brand, [])) or 1 for brand in result.brands}
    sizes = plural(counts.pop(), "size") if len(counts) == 1 else "their sizes"
    recipes, brands = plural(len(result.recipes), "recipe"), plural(len(result.brands), "brand")
    return f"{plural(result.shown, 'chart')} ({recipes} x {brands} x {sizes})"


def _summary(result: GalleryResult, seconds: float) -> str:
    flagged = plural(len(result.check_errors), "recipe")
    kept = result.shown - result.drawn
    notes = sum(len(by) for by in result.layout_warnings.values())
    noted = f", {plural(notes, 'chart')} with layout notes on its page" if notes else ""
    return (
        f"gallery: {_counted(result)} in {', '.join(result.brands)}: {result.drawn} drawn, "
        f"{kept} unchanged, {len(result.failed)} failed, {flagged} with check errors"
        f"{noted}, {seconds:.1f} s -> {result.index}"
    )


def run(args: argparse.Namespace) -> int:
    """Build the gallery (``housestyle gallery``); return 1 if a recipe failed."""
    started = time.perf_counter()
    result = build_gallery(
        args.cookbook,
        args.out,
        args.brands,
        args.jobs,
        args.force,
        sizes=args.sizes,
        size_formats=args.size_formats,
    )
    _report_failures(result)
    print(_summary(result, time.perf_counter() - started), file=sys.stderr)
    return 0 if result.ok else 1
