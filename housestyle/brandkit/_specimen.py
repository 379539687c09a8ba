"""A brand's specimen: one page that shows what the brand file says, drawn in the brand.

:func:`brand_specimen` draws an A4 page (longer when the brand has many palettes) in
the brand's own fonts and colours: its name, description and logo; every named colour
as a swatch with its hex code and contrast on the background; every palette as
readers with normal vision, deuteranopia, protanopia, tritanopia and in greyscale see
it, with hex codes and contrasts; the type scale at each preset family, in points and
pixels; and a sample chart finished at the brand's default size. ``housestyle brand
specimen FILE_OR_NAME --out FILE.png|pdf`` writes it through :func:`housestyle.export`.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

from ..brand import Brand, BrandLike, HouseStyleError, resolve_brand
from ..libraries.mpl import style
from ..output import export, to_bytes
from ..units import MM_PER_INCH
from ._draw import MM_PER_PT, Page, palette_strips, swatch_grid, type_scale
from ._rules import swatches
from ._sample import sample_chart

__all__ = [
    "PAGE_MM",
    "brand_specimen",
    "sample_chart",
    "sample_pixels",
    "type_scale_figure",
    "write_specimen",
]

#: The specimen's page, in mm: A4 portrait. A brand with many palettes gets a longer page.
PAGE_MM = (210.0, 297.0)
_MARGIN = 12.0
_COLUMN_GAP = 8.0
_DPI = 150.0
_LOGO_MM = 12.0
_NAME_SCALE = 1.6  # the brand's name, as a multiple of its title size
_FORMATS = {".png": "png", ".pdf": "pdf"}


def sample_pixels(brand: Brand, size: str | None = None) -> np.ndarray:
    """The sample chart finished at ``size`` (the default preset), as 2x RGBA pixels."""
    from PIL import Image

    with style(brand, size or brand.default_size):
        fig = sample_chart()
    data = to_bytes(fig, ["png2x"])["png2x"]
    with Image.open(io.BytesIO(data)) as image:
        return np.asarray(image.convert("RGBA"), dtype=float) / 255.0


def _logo(page: Page, right: float, top: float) -> float:
    """Draw the logo at the top right, ending at ``right``; return its left edge."""
    from ..ink import load_logo

    path = page.brand.footer.logo
    if path is None:
        return right
    logo = load_logo(path, min_dpi=2 * _DPI, height_pt=_LOGO_MM / MM_PER_PT)
    width = min(_LOGO_MM * logo.aspect, 70.0)
    height = width / logo.aspect
    page.image(right - width, top, width, height, np.asarray(logo.pixels))
    return right - width


def _header(page: Page, x: float, y: float, w: float, verdict: str) -> float:
    brand = page.brand
    text_right = _logo(page, x + w, y) - 2 * _MARGIN / 3
    y = page.text(x, y, brand.name, brand.type.title * _NAME_SCALE, bold=True)
    size = brand.type.subtitle
    for line in page.measure.wrap(
        brand.description, page.props(size), (text_right - x) / MM_PER_PT
    ):
        y = page.text(x, y, line, size)
    fonts = brand.fonts
    source = "installed" if fonts.installed else f"{len(fonts.files)} font files"
    meta = f"{brand.path.name} · {fonts.family} ({source}) · brand check: {verdict}"
    return page.text(x, y + 1.0, meta, brand.type.source, colour=brand.colours.muted_text) + 3.0


def _colour_swatches(brand: Brand) -> list[tuple[str, str, str]]:
    named = [s for s in swatches(brand) if s.role.startswith("colours.")]
    return [
        (
            s.role.removeprefix("colours."),
            s.colour,
            f"{s.contrast:.2f}:1" + (f", needs {s.needs:g}" if s.needs is not None else ""),
        )
        for s in named
    ]


def _sample(page: Page, x: float, y: float, w: float) -> float:
    brand = page.brand
    pixels = sample_pixels(brand)
    height = w * pixels.shape[0] / pixels.shape[1]
    page.image(x, y, w, height, pixels)
    page.rect(x, y, w, height, "none", edge=True)
    preset = brand.preset(brand.default_size)
    caption = f"finished at {preset.name}, {preset.pixels[0]} × {preset.pixels[1]} px"
    return page.text(x, y + height + 1.0, caption, page.small, colour=brand.colours.muted_text)


def _columns(page: Page, top: float, width: float) -> float:
    """The palettes on the left; the type scale and the sample chart on the right."""
    half = (width - _COLUMN_GAP) / 2
    left, right = _MARGIN, _MARGIN + half + _COLUMN_GAP
    y = page.heading(left, top, half, "Palettes, as each reader sees them")
    for name in page.brand.palettes:
        y = palette_strips(page, left, y, half, name)
    z = page.heading(right, top, half, "Type at each preset family")
    z = type_scale(page, right, z, half) + 3.0
    z = page.heading(right, z, half, "A sample chart")
    z = _sample(page, right, z, half)
    return max(y, z)


def _fit_page(page: Page, bottom: float) -> None:
    """Make the page long enough for what was drawn (A4 unless there is more)."""
    width, height = PAGE_MM
    height = max(height, bottom + _MARGIN)
    page.fig.set_size_inches(width / MM_PER_INCH, height / MM_PER_INCH)
    page.ax.set_ylim(height, 0)


def _verdict(brand: Brand) -> str:
    from ..ink import plural
    from ._brandcheck import check_brand

    report = check_brand(brand)
    counts = f"{plural(len(report.errors), 'error')}, {plural(len(report.warnings), 'warning')}"
    return f"{'passes' if report.ok else 'fails'} ({counts})"


def brand_specimen(brand: BrandLike | None = None) -> Figure:
    """Draw the one-page specimen of a brand; return the figure (not finalised).

    Parameters
    ----------
    brand
        A brand, its name or path; ``None`` for the current brand.
    """
    chosen = resolve_brand(brand)
    width = PAGE_MM[0] - 2 * _MARGIN
    with style(chosen):
        page = Page.create(chosen, *PAGE_MM, _DPI)
        y = _header(page, _MARGIN, _MARGIN, width, _verdict(chosen))
        y = page.heading(_MARGIN, y, width, "Colours, with their contrast on the background")
        y = swatch_grid(page, _MARGIN, y, width, _colour_swatches(chosen)) + 2.0
        bottom = _columns(page, y, width)
    _fit_page(page, bottom)
    return page.fig


def type_scale_figure(brand: BrandLike | None = None, dpi: float = 2 * 96.0) -> Figure:
    """Draw the brand's type scale alone, each role at each preset family (for web pages).

    At the default 192 dpi, shown at half its pixel width on a web page, the type is
    at its true size (96 CSS pixels to the inch).
    """
    chosen = resolve_brand(brand)
    width, pad = 120.0, 3.0
    with style(chosen):
        page = Page.create(chosen, width, PAGE_MM[1], dpi)
        bottom = type_scale(page, pad, pad, width - 2 * pad)
    height = bottom + pad
    page.fig.set_size_inches(width / MM_PER_INCH, height / MM_PER_INCH)
    page.ax.set_ylim(height, 0)
    return page.fig


def write_specimen(
    brand: BrandLike, out: str | Path, label: Callable[[str], str] = lambda name: name
) -> Path:
    """Write the specimen of ``brand`` to ``out``, a ``.png`` or ``.pdf`` file.

    The PNG is drawn at 150 dpi; the PDF embeds the brand's fonts. Written through
    :func:`housestyle.export`, so the file is replaced whole or not at all.

    Raises
    ------
    HouseStyleError
        For a file name of another type, or a brand that cannot be loaded.
    """
    path = Path(out).expanduser()
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise HouseStyleError(
            f"{label('out')}: {path.name!r} is not a .png or .pdf file name; "
            "allowed: FILE.png or FILE.pdf"
        )
    fig = brand_specimen(brand)
    return export(fig, path, formats=[fmt])[0]
