"""Rendering one brand page: its images (through :func:`housestyle.export`) and its HTML.

Called by :mod:`housestyle.gallery._specimen_page` only when a page is out of date: it
imports matplotlib's drawing, the brand check and Jinja2.
"""

from __future__ import annotations

import shutil
import traceback
from pathlib import Path
from typing import Any

import matplotlib.pyplot as plt
from matplotlib.colors import to_hex
from PIL import Image

from .._files import write_text
from ..brand import Brand
from ..brandkit import (
    VISIONS,
    BrandReport,
    check_brand,
    language_chart,
    sample_chart,
    strip_colours,
    type_scale_figure,
)
from ..ink import contrast_ratio
from ..libraries.mpl import style
from ..output import export
from ._jinja import HERE, environment

__all__ = ["render_page"]

#: Colours sampled along a ramp for its CSS gradient.
_GRADIENT_STOPS = 24
_VISION_NOTES = {
    "normal": "normal colour vision",
    "deuteranopia": "no green cones; the most common kind",
    "protanopia": "no red cones; reds look dark",
    "tritanopia": "no blue cones; rare",
    "greyscale": "no colour at all, as in a black-and-white print",
}


def _pixels(path: Path) -> tuple[int, int]:
    with Image.open(path) as image:
        return image.size


def _samples(brand: Brand, folder: Path) -> list[dict[str, Any]]:
    """The sample chart at every preset, each laid out afresh by export."""
    with style(brand, brand.default_size):
        fig = sample_chart()
    try:
        files = export(fig, folder / "sample", formats=["png"], sizes=list(brand.presets))
    finally:
        plt.close(fig)
    samples = []
    for preset, path in zip(brand.presets.values(), files, strict=True):
        width, height = _pixels(path)
        pixels = f"{width} × {height} px at {preset.dpi:g} dpi"
        if preset.unit != "px":
            pixels = f"{preset.width:g} × {preset.height:g} {preset.unit}, {pixels}"
        samples.append(
            {
                "preset": preset.name,
                "url": f"{brand.name}/{path.name}",
                "width": width,
                "height": height,
                "caption": f"{preset.name}: {pixels}",
            }
        )
    return samples


def _languages(brand: Brand, folder: Path) -> list[dict[str, Any]]:
    """A chart in each language the brand has words for, each laid out afresh by export."""
    locales = list(brand.words)
    if not locales:
        return []
    with style(brand, brand.default_size):
        fig = language_chart(locales)
    try:
        files = export(fig, folder / "language", formats=["png"], locales=locales)
    finally:
        plt.close(fig)
    shown = []
    for locale, path in zip(locales, files, strict=True):
        width, height = _pixels(path)
        shown.append(
            {
                "locale": locale,
                "url": f"{brand.name}/{path.name}",
                "width": width,
                "height": height,
            }
        )
    return shown


def _images(brand: Brand, folder: Path) -> dict[str, Any]:
    """Write the type scale, the samples and the logo; return what the page links.

    The one-page specimen is left to ``housestyle brand specimen``: drawing it as PDF
    and PNG would double the time each brand adds to a build.
    """
    folder.mkdir(parents=True, exist_ok=True)
    scale = type_scale_figure(brand)
    (scale_png,) = export(scale, folder / "type-scale", formats=["png"])
    width, height = _pixels(scale_png)
    logo = None
    if brand.footer.logo is not None:
        target = folder / f"logo{brand.footer.logo.suffix.lower()}"
        shutil.copyfile(brand.footer.logo, target)
        logo = f"{brand.name}/{target.name}"
    return {
        "type_scale": {"url": f"{brand.name}/type-scale.png", "width": width // 2},
        "type_scale_height": height // 2,
        "samples": _samples(brand, folder),
        "languages": _languages(brand, folder),
        "logo": logo,
    }


def _gradient(colours: list[str]) -> str:
    last = len(colours) - 1
    stops = ", ".join(f"{c} {100 * i / last:.1f}%" for i, c in enumerate(colours))
    return f"linear-gradient(to right, {stops})"


def _strips(brand: Brand, name: str) -> list[dict[str, Any]]:
    colours, kind = brand.palettes[name], brand.palette_kinds[name]
    ramp = kind in ("sequential", "diverging")
    strips: list[dict[str, Any]] = []
    for vision in VISIONS:
        seen = [to_hex(rgb) for rgb in strip_colours(colours, kind, vision)]
        if ramp:
            step = max(1, len(seen) // _GRADIENT_STOPS)
            sampled = [*seen[::step], seen[-1]]
            strips.append(
                {"vision": vision, "note": _VISION_NOTES[vision], "gradient": _gradient(sampled)}
            )
        else:
            strips.append({"vision": vision, "note": _VISION_NOTES[vision], "cells": seen})
    return strips


def _palettes(brand: Brand, report: BrandReport) -> list[dict[str, Any]]:
    figures = {p.name: p for p in report.palettes}
    found = []
    for name, colours in brand.palettes.items():
        kind = brand.palette_kinds[name]
        measured = figures.get(name)
        background = brand.colours.background
        found.append(
            {
                "name": name,
                "kind": kind,
                "colours": [
                    {"colour": c, "contrast": f"{contrast_ratio(c, background):.2f}"}
                    for c in colours
                ],
                "strips": _strips(brand, name),
                "pairs": list(measured.pairs) if measured is not None else [],
            }
        )
    return found


def _colours(report: BrandReport) -> list[dict[str, Any]]:
    return [
        {
            "name": s.role.removeprefix("colours."),
            "colour": s.colour,
            "contrast": f"{s.contrast:.2f}",
            "use": s.use,
            "needs": f"{s.needs:g}" if s.needs is not None else None,
            "labels": f"{s.labels:g}" if s.labels is not None else None,
            "fails": s.needs is not None and s.contrast < s.needs,
            "no_labels": s.labels is not None and s.contrast < s.labels,
        }
        for s in report.swatches
        if s.role.startswith("colours.")
    ]


def render_page(out: Path, brand: Brand, names: list[str]) -> str:
    """Write a brand's images and return its page's HTML.

    A brand whose images fail still gets its page, with the error and its traceback.
    """
    from .._version import version

    folder = out / "brands" / brand.name
    try:
        images, failure = _images(brand, folder), None
    except Exception as exc:  # noqa: BLE001 - shown on the page, the gallery goes on
        images, failure = None, "".join(traceback.format_exception(exc))
    css = (HERE / "static" / "specimen.css").read_text(encoding="utf-8")
    write_text(out / "assets" / "specimen.css", css)
    report = check_brand(brand)
    return (
        environment()
        .get_template("brand.html.j2")
        .render(
            root="../",
            brand=brand,
            names=names,
            version=version(),
            images=images,
            failure=failure,
            report=report,
            summary=report.summary(),
            thresholds=report.thresholds,
            colours=_colours(report),
            palettes=_palettes(brand, report),
            visions=VISIONS,
        )
    )
