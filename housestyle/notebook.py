"""Notebooks: a finished chart shown with buttons that download it.

:func:`show` displays a figure with buttons that download it as PNG, SVG and PDF:
the bytes of :func:`housestyle.export`, rendered in memory and embedded as ``data:``
links. No browser-side screenshots, nothing from the network.

A finalised figure shows in Jupyter as its exported 2x PNG by itself
(:mod:`housestyle.display`); the explorer, which re-renders a chart as widgets
change, is :func:`housestyle.explore` (:mod:`housestyle.explorer`).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from matplotlib.figure import Figure

from ._files import file_stem
from .brand import Brand, HouseStyleError
from .context import resolve_brand
from .display import MIME_TYPES, _img_html, _pixels, _plain, _selected, data_uri
from .export import FORMATS, check_formats, render
from .record import finalised
from .tables import table

__all__ = ["Shown", "show"]


def _as_figure(obj: Any) -> Figure:
    if isinstance(obj, Figure):
        return obj
    if type(obj).__name__ in ("DataFrame", "Styler"):
        return table(obj)
    raise HouseStyleError(
        f"fig_or_table: a {type(obj).__name__} cannot be shown; allowed: a matplotlib Figure "
        "(pass a plotnine ggplot through housestyle.finalise first), a DataFrame or a Styler"
    )


@dataclass(frozen=True)
class Shown:
    """A figure with download buttons, as :func:`show` returns it.

    Attributes
    ----------
    figure
        The figure shown.
    png2x
        The 2x PNG displayed.
    files
        ``{format: bytes}`` offered for download, exactly as :func:`housestyle.export`
        writes them.
    names
        ``{format: file name}`` each download is saved as.
    html
        The HTML displayed.
    """

    figure: Figure
    png2x: bytes
    files: dict[str, bytes]
    names: dict[str, str]
    html: str = field(repr=False)

    def _repr_html_(self) -> str:
        return self.html

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        bundle = {"text/html": self.html, "text/plain": _plain(self.figure)}
        return _selected(bundle, include, exclude)


def _brand_of(fig: Figure) -> Brand:
    info = finalised(fig)
    return info.brand if info is not None else resolve_brand()


def _kilobytes(size: int) -> str:
    return f"{size / 1024:.0f} kB" if size >= 1024 else f"{size} B"


def _button_css(brand: Brand) -> str:
    c = brand.colours
    return (
        "display:inline-flex;align-items:baseline;gap:6px;padding:5px 12px;"
        f"border:1px solid {c.gridline};border-radius:4px;background:{c.background};"
        f"color:{c.text};text-decoration:none;font-weight:bold;font-size:13px;line-height:1.4"
    )


def _inset(fig: Figure) -> str:
    """The brand's left margin as a share of the figure width, to align the buttons."""
    info = finalised(fig)
    if info is None:
        return "0"
    return f"{100 * info.brand.layout.margins.left / info.preset.points[0]:.2f}%"


def _buttons(shown_files: dict[str, bytes], names: dict[str, str], brand: Brand, inset: str) -> str:
    label_css = f"font-weight:normal;color:{brand.colours.muted_text};font-size:12px"
    links = [
        f'<a class="housestyle-download" download="{html.escape(names[fmt])}" '
        f'href="{data_uri(data, MIME_TYPES[fmt])}" title="Download {html.escape(names[fmt])}" '
        f'style="{_button_css(brand)}">&#x2913;&#xa0;{fmt.upper().replace("2X", " 2x")}'
        f'<span style="{label_css}">{_kilobytes(len(data))}</span></a>'
        for fmt, data in shown_files.items()
    ]
    family = html.escape(f"{brand.fonts.family}, {brand.fonts.fallback}, sans-serif")
    return (
        f'<div class="housestyle-downloads" style="display:flex;flex-wrap:wrap;gap:8px;'
        f'margin:6px 0 0 {inset};font-family:{family}">{"".join(links)}</div>'
    )


def show(
    fig_or_table: Any,
    *,
    formats: Sequence[str] = ("png", "svg", "pdf"),
    name: str | None = None,
) -> Shown:
    """Show a finished chart or table with buttons that download it.

    Parameters
    ----------
    fig_or_table
        A Figure from :func:`housestyle.finalise` or :func:`housestyle.table`, or a
        DataFrame or Styler (drawn with :func:`housestyle.table`).
    formats
        The downloads offered, any formats of :func:`housestyle.export`.
    name
        The downloaded files' name without suffix; by default the title as a slug.

    Returns
    -------
    Shown
        Displays as HTML as the last expression of a cell or through
        ``IPython.display.display``: the 2x PNG at 1x size with its alt text, and a
        download link per format whose bytes are those :func:`housestyle.export`
        writes.

    Raises
    ------
    HouseStyleError
        For an object that cannot be shown, or an unknown format.
    """
    fig = _as_figure(fig_or_table)
    chosen = check_formats(formats)
    rendered = render(fig, ["png2x", *chosen])
    info = finalised(fig)
    stem = file_stem(name or (info.title if info is not None and info.title else ""))
    files = {fmt: rendered[fmt] for fmt in chosen}
    names = {fmt: stem + FORMATS[fmt] for fmt in chosen}
    buttons = _buttons(files, names, _brand_of(fig), _inset(fig))
    width = _pixels(fig)[0]
    page = (
        f'<div class="housestyle-show" style="width:{width}px;max-width:100%">'
        f"{_img_html(fig, rendered['png2x'])}{buttons}</div>"
    )
    return Shown(fig, rendered["png2x"], files, names, page)
