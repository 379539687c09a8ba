"""The gallery's web embeds: one per recipe per brand, from the pictures already drawn.

A recipe page offers its chart's web embed (:mod:`housestyle.output._embed`) beside
the PNG, SVG and PDF. The gallery draws no picture for it: the embed of a chart in a
brand picks between the gallery's own files of that chart at ``web``, ``web-wide``
and ``social`` (whichever the build drew; the brand's default size with its 2x file),
and, on a dark page, the same sizes in the brand's dark twin when the build drew that
brand too. So it costs one small HTML file. Its links are relative to the gallery's
``images/<brand>/`` folder: to publish a chart elsewhere, ``housestyle render
--format html`` writes an embed with every picture beside it.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from .._files import write_text
from ..brand import Brand, HouseStyleError, load_brand
from ..output import EMBED_SIZES, FORMATS, EmbedText, Picture, embed_markup
from ._outputs import SIZE_PICTURES, GalleryResult, image_folder

__all__ = ["embed_name", "write_embeds"]


def embed_name(slug: str) -> str:
    """The file name of a chart's embed, in its brand's image folder."""
    return f"{slug}.html"


def _brand(name: str) -> Brand | None:
    try:
        return load_brand(name)
    except HouseStyleError:  # a brand given as a file: its name alone does not load it
        return None


def _picture(result: GalleryResult, slug: str, brand: str, size: str, prefix: str) -> Any:
    """The gallery's picture of a chart at one size, or None when it was not drawn."""
    entry = result.charts.get(slug, {}).get(brand, {})
    sizes = result.sizes.get(brand, [])
    if size not in sizes or entry.get("status") != "ok":
        return None
    if size == sizes[0]:  # the brand's default size: in the brand's folder, with a 2x file
        hidpi = f"{prefix}{slug}{FORMATS['webp2x']}"
        return Picture(f"{prefix}{slug}.png", hidpi, entry["width"], entry["height"])
    at = entry.get("sizes", {}).get(size, {})
    shown = [fmt for fmt in SIZE_PICTURES if fmt in at.get("formats", ())]
    if at.get("status") != "ok" or not shown:
        return None
    return Picture(f"{prefix}{size}/{slug}{FORMATS[shown[0]]}", None, at["width"], at["height"])


def _pictures(result: GalleryResult, slug: str, brand: str, dark: str | None) -> list[dict]:
    found = []
    for size in EMBED_SIZES:
        light = _picture(result, slug, brand, size, "")
        if light is None:
            continue
        looks = {"light": light}
        shaded = _picture(result, slug, dark, size, f"../{dark}/") if dark else None
        if shaded is not None:
            looks["dark"] = shaded
        found.append(looks)
    return sorted(found, key=lambda looks: looks["light"].width)


def _dark_twin(brand: Brand | None, shown: list[str]) -> str | None:
    twin = brand.variant("dark") if brand is not None else None
    if twin is None or brand is None or twin.name == brand.name or twin.name not in shown:
        return None
    return twin.name


def write_embeds(result: GalleryResult) -> dict[tuple[str, str], str]:
    """Write each chart's embed; return ``{(slug, brand): file name}`` of those written.

    A chart without alt text, long description or data has none (the embed would be
    refused), and a stale one is removed.
    """
    written = {}
    for brand_name in result.brands:
        brand = _brand(brand_name)
        dark = _dark_twin(brand, result.brands)
        folder = image_folder(result.out, brand_name)
        for recipe in result.recipes:
            entry = result.charts.get(recipe.slug, {}).get(brand_name, {})
            target = folder / embed_name(recipe.slug)
            pictures = _pictures(result, recipe.slug, brand_name, dark)
            csv = entry.get("csv")
            if not (pictures and csv and entry.get("long") and (folder / csv).is_file()):
                target.unlink(missing_ok=True)
                continue
            text = EmbedText(entry.get("embed_alt"), entry.get("long"), entry.get("source"))
            data = pd.read_csv(folder / csv)
            try:
                markup = embed_markup(pictures, text, data, csv, brand or load_brand())
            except HouseStyleError:
                target.unlink(missing_ok=True)
                continue
            write_text(target, markup)
            written[(recipe.slug, brand_name)] = target.name
    return written
