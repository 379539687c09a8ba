"""vl-convert: laying out and rendering Vega-Lite with the brand's font files.

``vl_convert`` draws with fonts it has been given; :func:`use_fonts` registers the
folders of a brand's font files once per process, so a chart set in the brand's
family is drawn (and embedded in PDF) in that family with no system font installed.

The last few layouts and renders are kept by their exact input (the spec as JSON, the
options and the fonts registered): ``check()`` draws the PNG, SVG and PDF an export of
the same chart has just drawn (the gallery does both for every chart), and laying a
chart out at a size measures some specs twice. A kept layout is shared: read it, do not
change it.
"""

from __future__ import annotations

import io
import json
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

from ...brand import Brand
from ...output import steady_pdf_bytes
from ...units import POINTS_PER_INCH

__all__ = ["render", "scenegraph", "scenegraph_box", "steady_pdf", "use_fonts"]


_FONT_FOLDERS: set[Path] = set()
#: How many layouts and renders are kept (a chart's PNG is a few hundred kilobytes).
KEPT = 16
_kept: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
_kept_lock = threading.Lock()


def _vl_convert() -> Any:
    """vl-convert, or an error that says how to install it."""
    try:
        import vl_convert
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(
            f"writing an Altair chart needs vl-convert ({exc}); install it with "
            "pip install 'housestyle[altair]'",
            name=exc.name,
        ) from exc
    return vl_convert


def use_fonts(brand: Brand) -> None:
    """Register the folders of the brand's font files with vl-convert (once each)."""
    vlc = _vl_convert()

    for folder in sorted({path.parent for path in brand.fonts.files}):
        if folder not in _FONT_FOLDERS:
            vlc.register_font_directory(str(folder))
            _FONT_FOLDERS.add(folder)


def _converted(function: str, spec: dict[str, Any] | str, **options: Any) -> Any:
    """``vl_convert.<function>(spec, **options)``, or what the same call gave last time.

    ``spec``: a Vega-Lite spec, or an SVG for the ``svg_to_*`` conversions.
    """
    try:
        text = json.dumps(spec, sort_keys=True, allow_nan=False)
    except (TypeError, ValueError):  # not plain JSON: converted every time
        return getattr(_vl_convert(), function)(spec, **options)
    key = (function, text, tuple(sorted(options.items())), frozenset(_FONT_FOLDERS))
    with _kept_lock:
        if key in _kept:
            _kept.move_to_end(key)
            return _kept[key]
    out = getattr(_vl_convert(), function)(spec, **options)
    with _kept_lock:
        _kept[key] = out
        while len(_kept) > KEPT:
            _kept.popitem(last=False)
    return out


def scenegraph(spec: dict[str, Any]) -> dict[str, Any]:
    """Lay a spec out without drawing it: vl-convert's scenegraph (shared: read only)."""
    graph: dict[str, Any] = _converted("vegalite_to_scenegraph", spec)
    return graph


def scenegraph_box(spec: dict[str, Any]) -> tuple[float, float, float, float]:
    """Lay a spec out without drawing it: ``(left, top, width, height)`` in pixels.

    ``left`` and ``top`` are how far the content reaches left of and above the plot
    area's origin; ``width`` and ``height`` the whole extent.
    """
    graph = scenegraph(spec)
    padding = spec.get("padding", 0)
    pad_left = padding.get("left", 0) if isinstance(padding, dict) else padding
    pad_top = padding.get("top", 0) if isinstance(padding, dict) else padding
    left, top = graph["origin"]
    return left - pad_left, top - pad_top, float(graph["width"]), float(graph["height"])


def render(
    spec: dict[str, Any], fmt: str, brand: Brand, scale: float = 1.0, dpi: float = POINTS_PER_INCH
) -> bytes:
    """Return the bytes of one format: ``png`` (at ``scale``), ``svg``, ``pdf`` or ``html``."""
    use_fonts(brand)
    if fmt == "png":
        ppi = dpi * scale  # the pHYs chunk; vl-convert also scales by ppi / 72
        return bytes(_converted("svg_to_png", _svg(spec), scale=POINTS_PER_INCH / dpi, ppi=ppi))
    if fmt == "svg":
        return _svg(spec).encode()
    if fmt == "pdf":  # a page of the preset's size in points, as matplotlib's PDF is
        pdf = bytes(_converted("svg_to_pdf", _svg(spec)))
        return steady_pdf(pdf, scale=POINTS_PER_INCH / dpi)
    if fmt == "html":
        return str(_vl_convert().vegalite_to_html(spec, bundle=True)).encode()
    raise ValueError(fmt)


def _svg(spec: dict[str, Any]) -> str:
    """The spec drawn as SVG, which its PNG and PDF are converted from.

    vl-convert's own PNG and PDF of a spec are its SVG converted (by resvg and svg2pdf):
    ``svg_to_png`` and ``svg_to_pdf`` of that SVG give the same bytes (tested). So a
    chart written in several formats is laid out and drawn once, and each format costs
    only its conversion: PNG, 2x PNG, SVG and PDF of a line chart at web in 0.36 s,
    not 0.65 s.
    """
    return str(_converted("vegalite_to_svg", spec))


def steady_pdf(pdf: bytes, scale: float = 1.0) -> bytes:
    """The PDF rewritten by qpdf (pikepdf): the same bytes for the same chart, at a scale.

    vl-convert numbers a page's fonts in the order of a hash map, which differs from
    process to process; qpdf writes the objects again in the order it meets them from
    the trailer (dictionary keys sorted), with an ID made from the content. vl-convert
    makes a pixel a point; ``scale`` (72 / dpi) gives the page the preset's size in
    points, the drawing scaled as vectors.
    """
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as document:
        if scale != 1.0:
            for page in document.pages:
                page.contents_add(f"q {scale:.6f} 0 0 {scale:.6f} 0 0 cm\n".encode(), prepend=True)
                page.contents_add(b"\nQ")
                box = [float(value) * scale for value in page.mediabox]
                page.mediabox = pikepdf.Array(box)
        return steady_pdf_bytes(document)
