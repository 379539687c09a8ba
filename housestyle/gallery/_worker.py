"""What the gallery adds to each chart in the worker: thumbnails, checks, data.

The gallery draws its charts through the render engine
(:func:`housestyle.batch._engines.run_tasks`), as ``housestyle render`` does; the
steps here run in the worker after a chart is rendered (a task's ``after``), on the
rendered bytes, and hand back more files and the chart's manifest entry:

- at the brand's default size (:func:`chart_extras`): a thumbnail for the index when
  the chart is wide, :func:`housestyle.check`'s report, the data behind it as CSV with
  its drafted long description (:func:`data_extras`: one reading of the chart gives
  both), and for a library that writes one (Altair, Plotly) the interactive HTML page
  the recipe page embeds. The chart as seen with each colour-vision deficiency is its
  PNG through a filter in the page (:func:`housestyle.gallery._site.vision_filters`):
  no file;
- at each other size (:func:`size_extras`): the chart's pixel size, and a small
  thumbnail for the recipe page when nothing written there is a picture (a print size).

Thumbnails are lossless WebP of a reduced palette (:func:`_preview`).
"""

from __future__ import annotations

import io
import json
from typing import Any

from PIL import Image

from ..batch import Task
from ..output import FORMATS, preview, to_bytes
from ..record import adapter_for, finalised
from ._outputs import SIZE_PICTURES, thumb_file

__all__ = [
    "SIZE_THUMB_WIDTH",
    "THUMB_WIDTH",
    "chart_extras",
    "check_report",
    "data_extras",
    "size_extras",
]

#: Widest thumbnail, in pixels; larger charts get a scaled-down copy for the index.
THUMB_WIDTH = 800
#: Width of the thumbnails of the other sizes on a recipe page.
SIZE_THUMB_WIDTH = 360


def _fit_width(image: Any, width: int = THUMB_WIDTH) -> Any:
    """The image scaled down to ``width``, or itself when it is narrower."""
    if image.width <= width:
        return image
    height = round(image.height * width / image.width)
    return image.resize((width, height), Image.Resampling.LANCZOS)


#: The colours of a preview (a thumbnail or a colour-vision view) as the gallery writes it.
PREVIEW_COLOURS = 256


def _preview(image: Any) -> bytes:
    """A preview as lossless WebP of :data:`PREVIEW_COLOURS` colours.

    Thumbnails are previews, already scaled: their colours are
    reduced to a palette (Pillow's fast octree, no dither), which moves a pixel by a
    few levels at most on a chart's flat colours and smooth ramps, and the result is
    written losslessly as WebP, whose colour-indexing keeps the palette: about three
    quarters of the bytes of the same palette as PNG, written in less time. The
    exported files (PNG, SVG, PDF, the WebP pictures) are written as drawn.
    """
    out = io.BytesIO()
    palette = image.convert("RGB").quantize(
        colors=PREVIEW_COLOURS, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE
    )
    palette.convert("RGB").save(out, format="WEBP", lossless=True, quality=50, method=4)
    return out.getvalue()


def _open(png: bytes) -> Any:
    image = Image.open(io.BytesIO(png))
    image.load()
    return image


def check_report(fig: Any) -> dict[str, Any]:
    """Return ``housestyle.check(fig)`` as data; a checker that raises is reported, not fatal."""
    from ..checks import check  # slow to import: a build with nothing to render needs none

    try:
        return check(fig).to_dict()
    except Exception as exc:  # noqa: BLE001 - the chart itself is fine; show why it is unchecked
        return {"error": f"{type(exc).__name__}: {exc}"}


def data_extras(fig: Any, slug: str) -> tuple[dict[str, bytes], dict[str, Any]]:
    """The chart's data as ``slug.csv`` (when it can be read) and its long description.

    Both come from one reading of the chart (the CSV and JSON of :func:`housestyle.export`);
    a chart that cannot be described is reported, never fatal.
    """
    try:
        rendered = to_bytes(fig, ["csv", "json"])
    except Exception as exc:  # noqa: BLE001 - the chart itself is fine; say why there is no data
        return {}, {"long": None, "csv": None, "data_error": f"{type(exc).__name__}: {exc}"}
    meta = json.loads(rendered["json"])
    csv = rendered.get("csv")
    files = {f"{slug}.csv": csv} if csv is not None else {}
    return files, {
        "long": meta.get("long_description"),
        "csv": f"{slug}.csv" if csv else None,
        "source": meta.get("source"),
        # the author's alt text for the web embed; a drafted one is not put in their name
        "embed_alt": None if meta.get("alt_drafted") else meta.get("alt"),
    }


def _interactive(fig: Any, slug: str) -> dict[str, bytes]:
    """The chart as an interactive HTML page, when its library writes one (Altair)."""
    adapter = adapter_for(fig)
    if adapter is None or "html" not in adapter.formats:
        return {}
    return {f"{slug}-interactive.html": adapter.render(fig, ["html"])["html"]}


def chart_extras(
    fig: Any, files: dict[str, bytes], task: Task
) -> tuple[dict[str, bytes], dict[str, Any]]:
    """At the default size: the index thumbnail, the check report, the data."""
    slug = task.name
    image = _open(files[f"{slug}.png"])
    extra, data_info = data_extras(fig, slug)
    thumb = f"{slug}.png"
    if image.width > THUMB_WIDTH:
        thumb = thumb_file(slug)
        extra[thumb] = _preview(_fit_width(image))
    info = finalised(fig)
    live = _interactive(fig, slug)
    extra.update(live)
    return extra, {
        "status": "ok",
        "alt": (info.alt or info.title or "") if info else "",
        "thumb": thumb,
        **({"html": next(iter(live))} if live else {}),
        "width": image.width,
        "height": image.height,
        "checks": check_report(fig),
        **data_info,
    }


def size_extras(
    fig: Any, files: dict[str, bytes], task: Task
) -> tuple[dict[str, bytes], dict[str, Any]]:
    """At another size: the chart's pixel size, and what its card on the recipe page shows.

    The card shows the picture written at this size (WebP or PNG), scaled by the browser:
    no thumbnail is made for it. When only vector formats are written there (a print
    size's PDF), a thumbnail is made from the chart drawn at twice the thumbnail's width
    (:func:`housestyle.output.preview`), a fraction of the cost of its 300 dpi PNG.
    """
    slug = task.name
    pictures = [slug + FORMATS[fmt] for fmt in SIZE_PICTURES if fmt in task.formats]
    entry = {"status": "ok", "formats": list(task.formats)}
    if pictures:
        with Image.open(io.BytesIO(files[pictures[0]])) as written:  # reads the header only
            width, height = written.size
        return {}, {**entry, "thumb": pictures[0], "width": width, "height": height}
    drawn, (width, height) = preview(fig, 2 * SIZE_THUMB_WIDTH)
    thumb = thumb_file(slug)
    shown = _preview(_fit_width(drawn.convert("RGB"), SIZE_THUMB_WIDTH))
    return {thumb: shown}, {**entry, "thumb": thumb, "width": width, "height": height}
