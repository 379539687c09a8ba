"""The files of a finished Plotly figure: PNG, 2x PNG, SVG, PDF and interactive HTML.

Static formats are drawn by Chromium through Kaleido (:mod:`.session`) with the brand's
font files; what Chromium leaves to chance is made steady so the same figure gives the
same bytes in every process: PNGs are written again with the house metadata (no time,
no software version of the browser), the SVG's random ids are numbered in order, the
PDF's dates are fixed. The SVG and the HTML carry the brand's fonts inside them
(``@font-face``, subset to the characters the figure uses), so a reader's browser draws
the brand's face without it installed; the HTML has plotly.js inlined and works offline.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image

from ...brand import Brand, SizePreset
from ...output import FORMATS as SUFFIXES
from ...output import Meta, page_characters, png_bytes, webp_bytes, with_svg_fonts
from ...output import font_face_css as shared_font_face_css
from ...record import Finalised
from ...units import CSS_PX_PER_INCH, POINTS_PER_INCH
from .. import WRITTEN
from .session import render_bytes

__all__ = ["FORMATS", "font_face_css", "meta_of", "pdf", "png", "rgba", "svg", "html"]

#: Format name -> file name suffix: what a finished Plotly figure is written as.
FORMATS = {name: SUFFIXES[name] for name in WRITTEN}
_CSS_PX_PER_PT = CSS_PX_PER_INCH / POINTS_PER_INCH  # Chromium prints a CSS pixel as 0.75 pt
#: Plotly's random ids: of the defs, clip paths, legends, traces, colour bars ("cb") and
#: their gradients (``id="g<uid>-cb<uid>"``, used as ``url('#g...')``).
_UID = re.compile(r"(defs-|clip|legend|trace|cb|[\"#]g)([0-9a-f]{6})(?=[^0-9a-f])")


#: A start tag and its attributes, as the browser's XMLSerializer writes them.
_ELEMENT = re.compile(r'<([\w:-]+)((?:\s+[\w:-]+="[^"]*")+)\s*(/?)>')
_ATTRIBUTE = re.compile(r'\s+[\w:-]+="[^"]*"')


def meta_of(record: Finalised) -> Meta:
    """The metadata of a finished figure, as the matplotlib files carry it."""
    import plotly

    return Meta.of_record(record, "plotly", plotly.__version__)


def _static(fig: dict[str, Any], brand: Brand, preset: SizePreset, fmt: str, scale: float) -> bytes:
    width, height = preset.pixels
    return render_bytes(fig, brand, fmt, width, height, scale)


def rgba(fig: dict[str, Any], brand: Brand, preset: SizePreset, scale: float = 1.0) -> np.ndarray:
    """Return the figure drawn as an (height, width, 4) uint8 array."""
    image = Image.open(io.BytesIO(_static(fig, brand, preset, "png", scale)))
    return np.asarray(image.convert("RGBA"))


def png(fig: dict[str, Any], record: Finalised, scale: float = 1.0) -> bytes:
    """The PNG at ``scale`` times the preset's pixels, with the house metadata and dpi."""
    return png_bytes(_pixels(fig, record, scale), record.preset.dpi * scale, meta_of(record))


def webp(fig: dict[str, Any], record: Finalised, scale: float = 1.0) -> bytes:
    """The PNG's pixels as lossless WebP, with the house metadata."""
    return webp_bytes(_pixels(fig, record, scale), meta_of(record))


def _pixels(fig: dict[str, Any], record: Finalised, scale: float) -> Image.Image:
    raw = _static(fig, record.brand, record.preset, "png", scale)
    return Image.open(io.BytesIO(raw)).convert("RGBA")


def _steady(text: str) -> str:
    """The same SVG every time, whatever Chromium leaves to chance.

    Plotly's random ids are numbered in order of appearance, and each element's
    attributes put in one order (plotly.js sets a legend box's in an order that varies
    from draw to draw).
    """
    seen: dict[str, str] = {}

    def number(match: re.Match[str]) -> str:
        return match[1] + seen.setdefault(match[2], f"{len(seen):06x}")

    def ordered(match: re.Match[str]) -> str:
        attributes = sorted(_ATTRIBUTE.findall(match[2]))
        return f"<{match[1]}{''.join(attributes)}{match[3]}>"

    return _ELEMENT.sub(ordered, _UID.sub(number, text))


def _json(fig: dict[str, Any]) -> str:
    """The figure as JSON text, arrays and dates included (Plotly's own encoder)."""
    from plotly.utils import PlotlyJSONEncoder

    return json.dumps(fig, cls=PlotlyJSONEncoder, sort_keys=True, ensure_ascii=False)


def _characters(fig: dict[str, Any]) -> str:
    """Every character the figure may show: its JSON's, and what number formats write."""
    return page_characters(_json(fig))


def font_face_css(brand: Brand, characters: str) -> str:
    """``@font-face`` rules for the brand's files, subset to ``characters`` (base64 WOFF)."""
    return shared_font_face_css(brand.fonts, characters)


def svg(fig: dict[str, Any], record: Finalised) -> bytes:
    """The SVG: text as text in the brand's family, the font inside, sized in points."""
    text = _static(fig, record.brand, record.preset, "svg", 1).decode("utf-8")
    text = _steady(text)
    width_pt, height_pt = record.preset.points
    meta = meta_of(record)
    parts = [meta.alt, meta.source, f"Brand: {meta.brand}", meta.software]
    head = (
        f"<title>{escape(meta.title)}</title><desc>{escape(' | '.join(p for p in parts if p))}"
        "</desc>"
    )
    start = text.index("<svg")
    end = text.index(">", start) + 1
    root = re.sub(r' width="[\d.]+"', f' width="{width_pt:g}pt"', text[start:end], count=1)
    root = re.sub(r' height="[\d.]+"', f' height="{height_pt:g}pt"', root, count=1)
    # the faces its text uses, cut to the characters it shows
    shown = with_svg_fonts(text[:start] + root + head + text[end:], record.brand.fonts)
    return shown.encode("utf-8")


def pdf(fig: dict[str, Any], record: Finalised) -> bytes:
    """The PDF at the preset's size in points, the brand's fonts embedded, no dates.

    Chromium names the document after Kaleido's page and dates it; the document
    information is written again (pikepdf) with the chart's title, alt text, source and
    brand, as the matplotlib PDFs carry them, and an ID made from the content.
    """
    import pikepdf

    scale = POINTS_PER_INCH / record.preset.dpi * _CSS_PX_PER_PT  # a 1x pixel is 72/dpi points
    data = _static(fig, record.brand, record.preset, "pdf", scale)
    meta = meta_of(record)
    with pikepdf.open(io.BytesIO(data)) as document:
        info = {
            "/Title": meta.title,
            "/Subject": meta.alt,
            "/Keywords": f"source: {meta.source}; brand: {meta.brand}",
            "/Creator": meta.software,
            "/Producer": "Kaleido (Chromium)",
        }
        document.docinfo = document.make_indirect(
            pikepdf.Dictionary({k: pikepdf.String(v) for k, v in info.items() if v})
        )
        out = io.BytesIO()
        document.save(out, deterministic_id=True, fix_metadata_version=False)
    return out.getvalue()


def html(fig: dict[str, Any], record: Finalised) -> bytes:
    """An interactive page that works offline: plotly.js and the brand's fonts inside it."""
    import plotly.graph_objects as go
    import plotly.io as pio

    meta = meta_of(record)
    key = hashlib.sha256(_json(fig).encode("utf-8")).hexdigest()[:12]
    body = pio.to_html(
        go.Figure(fig),
        include_plotlyjs=True,
        full_html=False,
        div_id=f"housestyle-{key}",
        config={"displayModeBar": False, "responsive": False},  # no bar over the title
    )
    width, height = record.preset.pixels
    description = escape(meta.alt or meta.title)
    page = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(meta.title)}</title>\n"
        f'<meta name="description" content="{escape(meta.alt, {chr(34): "&quot;"})}">\n'
        f'<meta name="generator" content="{escape(meta.software)}">\n'
        f"<style>{font_face_css(record.brand, _characters(fig))}"
        f"body{{margin:0;background:{record.brand.colours.background}}}</style>\n</head>\n"
        f'<body>\n<figure style="margin:0;width:{width}px;height:{height}px" role="img" '
        f'aria-label="{description}">\n{body}\n</figure>\n</body>\n</html>\n'
    )
    return page.encode("utf-8")


def render(fig: dict[str, Any], record: Finalised, formats: Sequence[str]) -> dict[str, bytes]:
    """Return ``{format: bytes}`` for each format asked for."""
    makers = {
        "png": lambda: png(fig, record, 1.0),
        "png2x": lambda: png(fig, record, 2.0),
        "webp": lambda: webp(fig, record),
        "webp2x": lambda: webp(fig, record, 2.0),
        "svg": lambda: svg(fig, record),
        "pdf": lambda: pdf(fig, record),
        "html": lambda: html(fig, record),
    }
    return {name: makers[name]() for name in formats}
