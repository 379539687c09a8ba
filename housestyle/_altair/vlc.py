"""vl-convert: laying out and rendering Vega-Lite with the brand's font files.

``vl_convert`` draws with fonts it has been given; :func:`use_fonts` registers the
folders of a brand's font files once per process, so a chart set in the brand's
family is drawn (and embedded in PDF) in that family with no system font installed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..brand import Brand

__all__ = ["render", "scenegraph_box", "use_fonts"]

_FONT_FOLDERS: set[Path] = set()


def use_fonts(brand: Brand) -> None:
    """Register the folders of the brand's font files with vl-convert (once each)."""
    import vl_convert as vlc

    for folder in sorted({path.parent for path in brand.fonts.files}):
        if folder not in _FONT_FOLDERS:
            vlc.register_font_directory(str(folder))
            _FONT_FOLDERS.add(folder)


def scenegraph_box(spec: dict[str, Any]) -> tuple[float, float, float, float]:
    """Lay a spec out without drawing it: ``(left, top, width, height)`` in pixels.

    ``left`` and ``top`` are how far the content reaches left of and above the plot
    area's origin; ``width`` and ``height`` the whole extent.
    """
    import vl_convert as vlc

    graph = vlc.vegalite_to_scenegraph(spec)
    padding = spec.get("padding", 0)
    pad_left = padding.get("left", 0) if isinstance(padding, dict) else padding
    pad_top = padding.get("top", 0) if isinstance(padding, dict) else padding
    left, top = graph["origin"]
    return left - pad_left, top - pad_top, float(graph["width"]), float(graph["height"])


def render(
    spec: dict[str, Any], fmt: str, brand: Brand, scale: float = 1.0, dpi: float = 72.0
) -> bytes:
    """Return the bytes of one format: ``png`` (at ``scale``), ``svg``, ``pdf`` or ``html``."""
    import vl_convert as vlc

    use_fonts(brand)
    if fmt == "png":
        ppi = dpi * scale  # the pHYs chunk; vl-convert also scales by ppi / 72
        return bytes(vlc.vegalite_to_png(spec, scale=72.0 / dpi, ppi=ppi))
    if fmt == "svg":
        return str(vlc.vegalite_to_svg(spec)).encode()
    if fmt == "pdf":
        return bytes(vlc.vegalite_to_pdf(spec))
    if fmt == "html":
        return str(vlc.vegalite_to_html(spec, bundle=True)).encode()
    raise ValueError(fmt)
