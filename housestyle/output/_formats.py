"""Rendering a figure to the bytes of each file format, in memory, with metadata.

Each format has one renderer: PNG (sRGB, dpi, text chunks), PNG at twice the density,
SVG (text as text in the brand's faces, carried inside and subset (:mod:`._svgfonts`),
``<title>`` and ``<desc>``, the logo as its own SVG, colour ramps as one image), PDF
(TrueType fonts cut by HarfBuzz, :mod:`._pdffonts`; no dates), lossless WebP
with XMP, CMYK TIFF at print density, and the data behind the chart: CSV and JSON
(:func:`housestyle.description._describe.data_files`; the long description also goes into the SVG's
``<desc>`` and the PDF's Subject). Nothing here writes a file or changes a
figure's size; :mod:`housestyle.export` does both.
"""

from __future__ import annotations

import base64
import functools
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

import matplotlib as mpl
import numpy as np
from matplotlib.figure import Figure
from PIL import Image, PngImagePlugin

from .._version import version
from ..brand import resolve_brand
from ..description import data_files, describe
from ..record import LOGO, finalised
from ..units import PRINT_DPI
from ._meshes import at_its_density, gouraud_as_pixels, mesh_edges_as_grid_lines
from ._pdffonts import lean_pdf_fonts
from ._pdflogo import logo_as_vectors
from ._svgfonts import quiet_font_subsetting, with_svg_fonts

__all__ = [
    "PRINT_DPI",
    "Meta",
    "drawn_rgba",
    "png_bytes",
    "quiet_font_subsetting",
    "renderers",
    "webp_bytes",
]


def _software(library: str, library_version: str) -> str:
    """What made a file: housestyle's version and the chart library's."""
    return f"housestyle {version()} ({library} {library_version})"


@dataclass(frozen=True)
class Meta:
    """The metadata written into every format that has a place for it."""

    title: str
    alt: str
    source: str
    brand: str
    software: str
    figure: Figure | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of_record(cls, info: Any, library: str, library_version: str, fig: Any = None) -> Meta:
        """The metadata of a chart finished in ``library`` (its finish record ``info``)."""
        software = _software(library, library_version)
        return cls(
            info.title or "", info.alt or "", info.source or "", info.brand.name, software, fig
        )

    @classmethod
    def of(cls, fig: Figure) -> Meta:
        info = finalised(fig)
        if info is None:
            software = _software("matplotlib", mpl.__version__)
            return cls("", "", "", resolve_brand().name, software, fig)
        return cls.of_record(info, "matplotlib", mpl.__version__, fig)

    @functools.cached_property
    def long(self) -> str:
        """The long description: the one the figure was finalised with, else drafted."""
        if self.figure is None:
            return ""
        info = finalised(self.figure)
        if info is not None and info.long:
            return info.long
        return describe(self.figure).long


def drawn_rgba(fig: Figure, dpi: float) -> Image.Image:
    """``fig`` drawn by Agg at ``dpi``, as an RGBA image."""
    buffer = io.BytesIO()
    with at_its_density(fig), mesh_edges_as_grid_lines(fig):
        fig.savefig(buffer, format="rgba", dpi=dpi)
    # as Agg sizes it: truncated, but 4.85 in at 100 dpi is 485 px (get_width_height)
    width, height = (int(v * dpi + 1e-8) for v in fig.get_size_inches())
    return Image.frombuffer("RGBA", (width, height), buffer.getvalue(), "raw", "RGBA", 0, 1)


def _png_info(meta: Meta) -> PngImagePlugin.PngInfo:
    info = PngImagePlugin.PngInfo()
    fields = {
        "Title": meta.title,
        "Description": meta.alt,
        "Source": meta.source,
        "Brand": meta.brand,
        "Software": meta.software,
    }
    for key, value in fields.items():
        if value:
            info.add_itxt(key, value)
    info.add(b"sRGB", b"\x00")  # the pixels are sRGB, perceptual intent
    return info


def _opaque(image: Image.Image) -> Image.Image:
    """Drop the alpha channel when every pixel is opaque (a quarter less to compress)."""
    if image.mode != "RGBA":
        return image
    extrema: Any = image.getextrema()  # one (low, high) per band
    return image.convert("RGB") if extrema[3] == (255, 255) else image


#: The most colours a PNG is written with as a palette: then every pixel keeps its colour.
PALETTE_COLOURS = 256


def _packed(rgb: np.ndarray) -> np.ndarray:
    """Colours as one 24-bit number each (red in the high bits), over the last axis."""
    wide = rgb.astype(np.uint32)
    return (wide[..., 0] << 16) | (wide[..., 1] << 8) | wide[..., 2]


def _paletted(image: Image.Image) -> Image.Image:
    """The image as a palette of its own colours when it has at most 256: lossless.

    A chart drawn without anti-aliased curves (a bar chart from Vega, a table) often has
    a hundred colours; its palette PNG is a fifth the size of the RGB one, with the same
    pixels. An image of more colours is returned as it is.
    """
    colours = image.getcolors(PALETTE_COLOURS) if image.mode == "RGB" else None
    if colours is None:
        return image
    # each pixel's palette index read from a table of every 24-bit colour: one lookup a
    # pixel, a tenth of the time of sorting the pixels (np.unique) on a print-size image
    codes = np.sort(np.array([_packed(np.array(rgb)) for _, rgb in colours], dtype=np.uint32))
    table = np.zeros(1 << 24, dtype=np.uint8)  # calloc'd: only the palette's pages are touched
    table[codes] = np.arange(codes.size)
    index = table[_packed(np.asarray(image))]
    palette = np.stack([codes >> 16, (codes >> 8) & 255, codes & 255], axis=1)
    shown = Image.fromarray(index.astype(np.uint8), "P")
    shown.putpalette(palette.astype(np.uint8).tobytes())
    return shown


def png_bytes(image: Image.Image, dpi: float, meta: Meta) -> bytes:
    """The PNG of a drawn chart: RGB when opaque, a palette when it has few colours.

    Both are lossless; the metadata (title, alt text, source, brand, software) and the
    resolution are written in. zlib level 3: faster than 6, and on charts (large flat
    areas) no larger.
    """
    out = io.BytesIO()
    lean = _paletted(_opaque(image))
    lean.save(out, format="PNG", pnginfo=_png_info(meta), dpi=(dpi, dpi), compress_level=3)
    return out.getvalue()


def _xmp(meta: Meta) -> bytes:
    def item(tag: str, value: str) -> str:
        alt = f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt>'
        return f"<dc:{tag}>{alt}</dc:{tag}>" if value else ""

    body = (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        f"{item('title', meta.title)}{item('description', meta.alt)}"
        f"<dc:source>{escape(meta.source)}</dc:source>"
        f"<xmp:CreatorTool>{escape(meta.software)} brand {escape(meta.brand)}</xmp:CreatorTool>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    return body.encode("utf-8")


def webp_bytes(image: Image.Image, meta: Meta) -> bytes:
    """The chart as lossless WebP: the PNG's pixels in about two fifths of its bytes.

    Lossless at effort ``method=1, quality=50``: on charts (flat colours, anti-aliased
    edges) within 3% of libwebp's slowest setting, in a fifth of its time, and about as
    quick as the PNG. The metadata goes in as XMP. libwebp is deterministic: the same
    pixels give the same bytes.
    """
    out = io.BytesIO()
    image.save(out, format="WEBP", lossless=True, quality=50, method=1, xmp=_xmp(meta))
    return out.getvalue()


def _cmyk(image: Image.Image) -> Image.Image:
    """Convert RGB to CMYK with full grey-component replacement.

    Black and greys go to the K plate alone, so text prints as one ink. This is a
    device conversion without a press profile; for press work convert the PDF with
    the printer's ICC profile.
    """
    rgb = np.asarray(image.convert("RGB"), dtype=np.float64) / 255.0
    k = 1.0 - rgb.max(axis=-1)
    scale = np.where(k < 1.0, 1.0 - k, 1.0)
    cmy = (1.0 - rgb - k[..., None]) / scale[..., None]
    cmyk = np.concatenate([cmy, k[..., None]], axis=-1)
    return Image.fromarray(np.round(cmyk * 255).astype(np.uint8), mode="CMYK")


def _tiff(fig: Figure, meta: Meta) -> bytes:
    image = _flatten(drawn_rgba(fig, PRINT_DPI), fig)
    out = io.BytesIO()
    tags = {270: meta.alt or meta.title, 305: meta.software, 269: meta.title}
    info = Image.Exif()
    for tag, value in tags.items():
        if value:
            info[tag] = value
    _cmyk(image).save(
        out, format="TIFF", dpi=(PRINT_DPI, PRINT_DPI), compression="tiff_lzw", exif=info
    )
    return out.getvalue()


def _flatten(image: Image.Image, fig: Figure) -> Image.Image:
    background = Image.new("RGBA", image.size, mpl.colors.to_hex(fig.get_facecolor()))
    return Image.alpha_composite(background, image).convert("RGB")


_SVG_LOGO = re.compile(r'<image [^>]*id="' + re.escape(LOGO) + r'"[^>]*/>')
_ATTRIBUTE = re.compile(r'([\w:-]+)="([^"]*)"')


def _vector_image_dpi(fig: Figure) -> float:
    """Return the density of the images inside SVG and PDF output (the logo, heatmaps).

    Lines and text stay vectors; images are resampled to this: print quality, and at
    least twice the figure's own density for high-density screens.
    """
    return max(PRINT_DPI, 2 * fig.dpi)


def _vector_logo(svg: str, fig: Figure) -> str:
    """Swap the footer logo's pixels for the logo's own SVG, when it is one."""
    info = finalised(fig)
    logo = info.logo if info is not None else None
    if logo is None or logo.suffix.lower() != ".svg":
        return svg
    data = base64.b64encode(logo.read_bytes()).decode("ascii")
    return _SVG_LOGO.sub(lambda m: _upright_logo(m[0], data), svg, 1)


def _upright_logo(element: str, data: str) -> str:
    """The logo's ``<image>`` holding its own SVG, the right way up.

    matplotlib writes an image's pixels bottom row first and turns the element over
    (``scale(1 -1)``); the logo's SVG is top first, so the turn goes and the element is
    placed at the top of the same box.
    """
    attributes = dict(_ATTRIBUTE.findall(element))
    turned = attributes.pop("transform", "").startswith("scale(1 -1)")
    top = -float(attributes["y"]) if turned else float(attributes["y"])
    attributes.update({"xlink:href": f"data:image/svg+xml;base64,{data}", "y": f"{top:g}"})
    return "<image " + " ".join(f'{key}="{value}"' for key, value in attributes.items()) + "/>"


def _svg(fig: Figure, meta: Meta) -> bytes:
    out = io.BytesIO()
    metadata: dict[str, Any] = {"Date": None, "Creator": meta.software}
    if meta.title:  # matplotlib's SVG backend takes a string or no Title, never None
        metadata["Title"] = meta.title
    with gouraud_as_pixels(fig), at_its_density(fig):
        fig.savefig(out, format="svg", metadata=metadata, dpi=_vector_image_dpi(fig))
    text = compact_svg_paths(_vector_logo(out.getvalue().decode("utf-8"), fig))
    head = f"<title>{escape(meta.title)}</title><desc>{escape(_describe(meta))}</desc>"
    start = text.index("<svg")
    end = text.index(">", start) + 1
    text = text[:end] + "\n " + head + text[end:]
    info = finalised(fig)
    brand = info.brand if info is not None else resolve_brand()
    return with_svg_fonts(text, brand.fonts).encode("utf-8")


_PATH_DATA = re.compile(r'(\sd=")([^"]*)"')
_DECIMAL = re.compile(r"-?\d+\.\d+")
_SPACED_COMMAND = re.compile(r" ?([MLQCZz]) ?")


def _compact_path(data: str) -> str:
    """Path data with coordinates to a hundredth of a point and no idle spaces."""
    rounded = _DECIMAL.sub(lambda m: f"{float(m[0]):.2f}".rstrip("0").rstrip("."), data)
    return _SPACED_COMMAND.sub(r"\1", " ".join(rounded.split()))


def compact_svg_paths(svg: str) -> str:
    """The SVG with its path data compacted: a sixth to a third smaller, the same drawing.

    matplotlib writes each coordinate to a millionth of a point on a line of its own; a
    hundredth of a point (3.5 micrometres) is finer than any screen or press shows. Text
    drawn with a halo is two paths of glyph outlines, so a labelled scatter plot lost
    30% (386 KB to 272 KB).
    """
    return _PATH_DATA.sub(lambda m: f'{m[1]}{_compact_path(m[2])}"', svg)


def _describe(meta: Meta) -> str:
    parts = [meta.alt, meta.long, meta.source, f"Brand: {meta.brand}", meta.software]
    return " | ".join(part for part in parts if part)


def _pdf(fig: Figure, meta: Meta) -> bytes:
    out = io.BytesIO()
    metadata = {
        "Title": meta.title or None,
        "Subject": "\n\n".join(text for text in (meta.alt, meta.long) if text) or None,
        "Keywords": f"source: {meta.source}; brand: {meta.brand}",
        "Creator": meta.software,
        "Producer": f"matplotlib {mpl.__version__}",
        "CreationDate": None,
        "ModDate": None,
    }
    with (
        quiet_font_subsetting(),
        lean_pdf_fonts(),
        at_its_density(fig),
        logo_as_vectors(fig) as add_logo,
    ):
        fig.savefig(out, format="pdf", metadata=metadata, dpi=_vector_image_dpi(fig))
    return add_logo(out.getvalue())


def renderers(fig: Figure, dpi: float, meta: Meta) -> dict[str, Callable[[], bytes | None]]:
    """Return, for each format, a call that renders ``fig`` at ``dpi`` to its bytes.

    The CSV's call returns None for a chart whose data cannot be read (its JSON says so).
    """

    def raster(scale: float) -> Image.Image:
        return drawn_rgba(fig, dpi * scale)

    @functools.cache
    def data() -> tuple[bytes | None, bytes]:
        return data_files(fig, meta.software)

    return {
        "png": lambda: png_bytes(raster(1), dpi, meta),
        "png2x": lambda: png_bytes(raster(2), dpi * 2, meta),
        "svg": lambda: _svg(fig, meta),
        "pdf": lambda: _pdf(fig, meta),
        "webp": lambda: webp_bytes(raster(1), meta),
        "webp2x": lambda: webp_bytes(raster(2), meta),
        "tiff": lambda: _tiff(fig, meta),
        "csv": lambda: data()[0],
        "json": lambda: data()[1],
    }
