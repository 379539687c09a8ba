"""House-style tables: DataFrames and pandas Stylers drawn with matplotlib, no browser.

:func:`table` draws a DataFrame (pandas or polars), or a pandas ``Styler`` with the
styles it computed, as a table in the house look, then hands the figure to
:func:`housestyle.finalise` so it gets the same title block, footer, logo and export
as a chart. The figure is
sized to its content: width from the measured column widths, height from the rows.

The house look
--------------
The brand's font and table type size; a bold header row over a dark rule; thin
light rules between rows and no vertical lines; numbers right-aligned in the
font's tabular figures, with one number of decimals per column, thousands
separators from 10,000 and a true minus sign; text left-aligned and wrapped
(at most 6 lines, then cut with an ellipsis); columns as wide as their content;
rows as tall as their tallest cell. A missing value (NaN, None, NA, NaT) shows
as an en dash in the muted colour. An unnamed 0..n-1 ``RangeIndex`` is not drawn;
any other index is drawn as the leftmost columns, a MultiIndex with repeated
outer labels left blank. MultiIndex columns give one header row per level, the
upper levels as labels spanning their columns over a thin rule.

A table too wide for a fixed size gives way as a graphics desk would in a narrow
print column, step by step until it fits: headers wrap onto more lines at word
breaks (over number columns too); then text columns narrow to the brand's
``tables.min_text``, their cells wrapping; then inline bars and sparklines narrow to
``tables.min_chart``. Numbers are never wrapped or cut. Only a table that is still
too wide is refused (see :func:`table`'s ``size``).

The CSS subset a Styler may use
-------------------------------
Per-cell styles from ``Styler.apply``, ``map``, ``set_properties``,
``background_gradient``, ``highlight_*``, ``text_gradient`` and, for the index and
column labels, ``apply_index``/``map_index``:

===================  ==========================================================
property             values honoured
===================  ==========================================================
background-color     hex, CSS names, ``rgb()``/``rgba()`` (alpha is blended),
background           ``transparent``/``none``; and the hard-stop
                     ``linear-gradient`` of ``Styler.bar`` (below). Another
                     gradient or an image is not.
color                the same colours, for the text
font-weight          ``bold``, ``bolder``, ``normal``, ``lighter``, 100..900
font-style           ``italic``, ``oblique``, ``normal``
text-align           ``left``, ``right``, ``center``, ``start``, ``end``
===================  ==========================================================

``Styler.bar`` is drawn as inline bars, as ``bars=`` draws them: the value, then
the bar in the Styler's colour, from and to where the Styler put it (so its
``align``, ``vmin``, ``vmax`` and ``width`` hold), as tall as its ``height`` says.

Also honoured: ``.format()`` and ``.format_index()`` display strings (cells a
Styler did not format get the house number format), ``hide()`` of rows, columns,
index levels, column levels and index names, and the caption (it becomes the
title, or the subtitle when a title is given). Any other property (borders,
widths, fonts), a value of a supported property that cannot be drawn, and the
Styler features ``set_table_styles``, ``set_td_classes``, ``set_tooltips`` and
``concat`` are ignored with one :class:`TableStyleWarning` per property per table,
naming it.
A cell with a fill but no text colour gets the brand's text or background
colour, whichever contrasts more with the fill.

Limits
------
A table is one image, as tall as its rows: up to :data:`MAX_ROWS` (1000) visible
rows, and at most :data:`MAX_PIXELS` (32,000) pixels tall or wide at 1x, so that
its 2x PNG stays inside Agg's 65,536-pixel limit. A 500-row table renders as one
tall image. Beyond either limit, :func:`table` raises :class:`HouseStyleError`
naming the limit. A frame with no rows draws its header and "No rows"; a frame
with no visible columns is refused.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import matplotlib as mpl
from matplotlib.figure import Figure
from matplotlib.transforms import Affine2D

from ..brand import Brand, HouseStyleError, SizePreset, current_size, resolve_brand, scoped, unscope
from ..description import DRAFT, describe, table_frame
from ..finish import finalise, frame_heights
from ..ink import font_families, resolve_locale
from ..record import Finalised, finalised, write_record
from ..units import POINTS_PER_INCH
from ._css import SUPPORTED_CSS
from ._draw import Ink, Surface, draw_table
from ._layout import CellMeasure, Metrics, TableLayout, lay_out, metrics
from ._model import Model, read
from ._options import Kinds, apply_colour_rules, inline_charts, select_columns
from ._styler import house_styler

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

__all__ = [
    "MAX_PIXELS",
    "MAX_ROWS",
    "SUPPORTED_CSS",
    "TableFigure",
    "TableStyleWarning",
    "house_styler",
    "table",
]

#: The most visible rows one table image holds.
MAX_ROWS = 1000
#: The longest side of a table image at 1x, in pixels (2x stays under Agg's 65,536).
MAX_PIXELS = 32_000

_FITTED_MAX = 1.5  # a fitted table is at most this many times the base preset's width
_FITTED_MIN = 0.6  # and at least this many times, so the title block has room
_SLACK = 1e-6  # points a fixed-size table may overrun by float rounding: none a pixel shows
#: Table text is drawn without hinting, as browsers draw it (see TableFigure).
_TEXT_RC: dict[RcKeyType, Any] = {"text.hinting": "no_hinting"}


class TableStyleWarning(UserWarning):
    """A Styler asked for something a house-style table does not draw."""


class TableFigure(Figure):
    """A finalised table (like every finalised figure, it shows in Jupyter as its PNG).

    Its text is drawn without FreeType hinting, as browsers draw it: widths then
    scale exactly with dpi (the 2x PNG matches the layout measured at 1x), and a
    text-heavy table renders in about half the time.
    """

    def draw(self, renderer: Any) -> None:
        """Draw the figure with the table's text settings."""
        with mpl.rc_context(_TEXT_RC):
            super().draw(renderer)


# --------------------------------------------------------------------------- #
# What a Styler asked for that is not drawn
# --------------------------------------------------------------------------- #


def _unsupported_message(name: str, example: str) -> str:
    if name.startswith("set_") or name == "concat":
        return f"table: the Styler feature {name!r} ({example}) is not drawn and was ignored"
    if name in SUPPORTED_CSS:
        return (
            f"table: the value {example!r} of the CSS property {name!r} is not drawn and was "
            "ignored; allowed: a colour, or the bars of Styler.bar"
        )
    return (
        f"table: the CSS property {name!r} is not supported and was ignored "
        f"({name}: {example}); supported: {', '.join(SUPPORTED_CSS)}"
    )


def _warn_unsupported(unsupported: dict[str, str]) -> None:
    for name, example in unsupported.items():
        warnings.warn(_unsupported_message(name, example), TableStyleWarning, stacklevel=3)


# --------------------------------------------------------------------------- #
# Sizing the figure to the table
# --------------------------------------------------------------------------- #


def _title_width(title: str | None, brand: Brand, base: SizePreset, families: list) -> float:
    if not title:
        return 0.0
    measure = CellMeasure(families, brand.type.title * base.type_scale, base.dpi)
    return measure.width(title, bold=True)


def _content_width(brand: Brand, base: SizePreset, fixed: bool) -> tuple[float, float]:
    """Return the least and most content width in points a table may take."""
    margins = brand.layout.margins.left + brand.layout.margins.right
    width = base.points[0]
    if fixed:
        return width - margins, width - margins
    return _FITTED_MIN * width - margins, _FITTED_MAX * width - margins


def _check_pixels(preset: SizePreset) -> None:
    width, height = preset.pixels
    if max(width, height) > MAX_PIXELS:
        raise HouseStyleError(
            f"data: the table would be {width} x {height} px, more than MAX_PIXELS = "
            f"{MAX_PIXELS} px on a side; allowed: fewer or shorter rows, or fewer columns"
        )


def _fit_preset(
    brand: Brand, base: SizePreset, content: float, body_height: float, texts: dict
) -> tuple[SizePreset, float]:
    margins = brand.layout.margins
    preset = base.resized("table", width_pt=content + margins.left + margins.right)
    header, footer = frame_heights(size=preset, brand=brand, **texts)
    preset = preset.resized("table", height_pt=header + body_height + footer)
    _check_pixels(preset)
    return preset, header


# --------------------------------------------------------------------------- #
# The public calls
# --------------------------------------------------------------------------- #


def _read(
    data: Any, columns: Any, bars: Any, sparklines: Any, colour_rules: Any, brand: Brand
) -> tuple[Model, Kinds]:
    """The model of the columns to draw, with its inline charts and coloured cells."""
    model = select_columns(read(data, MAX_ROWS, brand), columns)
    kinds = inline_charts(model, bars, sparklines, brand)
    return apply_colour_rules(model, colour_rules, brand), kinds


def _texts(model: Model, title: Any, subtitle: Any, source: Any) -> dict[str, Any]:
    """The title block: a Styler's caption is the title, or the subtitle under one given."""
    if model.caption:
        if title is None:
            title = model.caption
        elif subtitle is None:
            subtitle = model.caption
    return {"title": title, "subtitle": subtitle, "source": source}


def _metrics(brand: Brand, base: SizePreset) -> Metrics:
    return metrics(brand, base)


def _lay_out(
    model: Model, kinds: Kinds, brand: Brand, base: SizePreset, texts: dict, fixed: bool
) -> tuple[TableLayout, float]:
    """CellMeasure the table; return its layout and the content width in points to give it."""
    families = font_families(brand)
    m = _metrics(brand, base)
    least, most = _content_width(brand, base, fixed)
    layout = lay_out(model, kinds, CellMeasure(families, m.size, base.dpi), m, most)
    if fixed and layout.width > most + _SLACK:
        raise HouseStyleError(
            f"size: the table needs {layout.width:.0f} pt of width but {base.name!r} gives "
            f"{most:.0f} pt; allowed: a wider preset, fewer columns, or size=None"
        )
    wanted = _title_width(texts["title"], brand, base, families)
    return layout, max(layout.width, least if fixed else min(most, max(least, wanted)))


def _draw(
    layout: TableLayout, preset: SizePreset, header: float, brand: Brand, base: SizePreset
) -> TableFigure:
    """Draw the table body at the left margin, ``header`` points below the top."""
    fig = TableFigure(figsize=preset.inches, dpi=preset.dpi, facecolor=brand.colours.background)
    height = preset.points[1]
    # Table points (y downwards from the header's top) to inches, then to pixels at
    # whatever dpi the figure is saved at.
    to_inches = (
        Affine2D()
        .scale(1 / POINTS_PER_INCH, -1 / POINTS_PER_INCH)
        .translate(brand.layout.margins.left / POINTS_PER_INCH, (height - header) / POINTS_PER_INCH)
    )
    size = _metrics(brand, base).size
    ink = Ink(brand, tuple(font_families(brand)), size / base.type_scale, base.type_scale)
    draw_table(Surface(fig, to_inches + fig.dpi_scale_trans), layout, ink)
    return fig


def table(
    data: Any,
    *,
    title: str | None = None,
    subtitle: str | None = None,
    source: str | None = None,
    columns: Any = None,
    bars: Any = None,
    sparklines: Any = None,
    colour_rules: Any = None,
    brand: str | Path | Brand | None = None,
    size: str | SizePreset | None = None,
    alt: str | None = None,
    locale: str | None = None,
) -> Figure:
    """Draw a DataFrame or a pandas Styler as a finalised house-style table.

    Parameters
    ----------
    data
        A pandas or polars ``DataFrame``, or a pandas ``Styler`` whose computed styles
        and formats are drawn (see the module documentation for the CSS subset).
    title, subtitle, source
        The title block and source line, as in :func:`housestyle.finalise`. A Styler's
        caption is the title when no title is given.
    columns
        The columns to draw, in order: a list of labels, or a ``{label: header text}``
        dict that also renames them. The default is every visible column.
    bars
        ``{column: options}`` (or a list of columns): draw each value as a horizontal
        bar from a zero line. Options: ``width`` (ems, 6), ``colours``
        (``"primary-highlight"``, ``"gain-loss"`` or a (positive, negative) pair of
        brand colour names or colours), ``label`` (show the value, True),
        ``domain`` ((low, high); default the column's range and 0).
    sparklines
        ``{column: options}`` for columns whose cells hold lists of numbers. Options:
        ``kind`` (``"line"``, ``"step"``, or ``"column"``: a bar from zero for each
        value), ``markers`` (any of ``"first"``, ``"last"``, ``"min"``, ``"max"``; True
        for these four; and ``"zero"``, a dot at every value that is zero, such as
        the stages a driver led), ``invert`` (larger values lower, for positions; a
        column chart's bars then hang down), ``shared`` (one scale for all rows, False),
        ``colour`` (``"primary"``), ``width`` (ems, 5), ``height`` (ems, 1.6),
        ``domain`` ((low, high) for a shared scale).
    colour_rules
        ``{column: rule}`` colouring the text of cells by value: ``"gain-loss"``
        (positive in the brand's gain colour, negative in loss), ``"loss-gain"``, or
        a function from a value to a brand colour name, a colour, or None.
    brand
        A brand, its name or path; ``None`` for the current brand.
    size
        A preset name or :class:`SizePreset` fixes the width (headers and text wrap
        and inline charts narrow to fit, as the module documentation says) and
        takes that preset's dpi and type scale. None is the current size (set by
        ``housestyle.style(size=...)`` or ``use(size=...)``), which does the same; with
        no current size, the width fits the table between 0.6 and 1.5 times the
        width of the brand's default preset (``web``). The height always fits the
        rows. ``export(table, path, sizes=[...])`` draws the table again at each size.
    alt
        Alternative text for screen readers, written into the exported files;
        ``"draft"`` drafts it from the table (:func:`housestyle.describe`).
    locale
        The locale the cells' numbers (and the source's word) are written in: ``"fr"``
        writes ``1 234,5`` and ``-12,5 %``. None for the current locale.

    Returns
    -------
    matplotlib.figure.Figure
        A :class:`TableFigure`, finalised: pass it to :func:`housestyle.export`.

    Raises
    ------
    HouseStyleError
        For data that is not a DataFrame or Styler, no visible columns, more than
        :data:`MAX_ROWS` rows or :data:`MAX_PIXELS` pixels, unknown columns or options,
        bars on non-numbers, sparklines on cells that are not lists of numbers, or a
        table too wide for a fixed ``size``.
    """
    brand = resolve_brand(brand)
    language = resolve_locale(locale, brand)
    token = scoped(None, None, language)  # the cells' numbers, and the source's word
    try:
        return _table(
            data, title, subtitle, source, columns, bars, sparklines, colour_rules, brand, size, alt
        )
    finally:
        unscope(token)


def _table(
    data: Any,
    title: str | None,
    subtitle: str | None,
    source: str | None,
    columns: Any,
    bars: Any,
    sparklines: Any,
    colour_rules: Any,
    brand: Brand,
    size: str | SizePreset | None,
    alt: str | None,
) -> Figure:
    chosen = size if size is not None else current_size()
    base = brand.preset(brand.default_size if chosen is None else chosen)
    model, kinds = _read(data, columns, bars, sparklines, colour_rules, brand)
    _warn_unsupported(model.unsupported)
    texts = _texts(model, title, subtitle, source)
    with mpl.rc_context(_TEXT_RC):  # measured as drawn; finalise measures its text so too
        layout, content = _lay_out(model, kinds, brand, base, texts, fixed=chosen is not None)
        preset, header = _fit_preset(brand, base, content, layout.height, texts)
        fig = _draw(layout, preset, header, brand, base)
        finalise(fig, size=preset, brand=brand, alt=None if alt == DRAFT else alt, **texts)
    again = _TableAgain(data, columns, bars, sparklines, colour_rules)
    write_record(
        fig,
        replace(_record(fig), relayout=again, data=table_frame(model), redraw=again.in_brand(fig)),
    )
    if alt == DRAFT:  # drafted from the table's data, which the record now holds
        drafted = describe(fig)
        write_record(fig, replace(_record(fig), alt=drafted.alt, long=drafted.long))
    return fig  # every artist is placed by hand, so finalise leaves no layout engine


def _record(fig: Figure) -> Finalised:
    info = finalised(fig)
    assert info is not None  # table() has just finalised it
    return info


@dataclass(frozen=True)
class _TableAgain:
    """A table's relayout: drawn again at another size from its data (see :func:`table`).

    A table's cells are placed by hand, so a layout engine cannot move them; export
    draws the table again at each size it is asked for, with the texts the table has.
    """

    data: Any
    columns: Any
    bars: Any
    sparklines: Any
    colour_rules: Any

    def __call__(
        self,
        fig: Figure,
        preset: SizePreset,
        locale: str | None = None,
        brand: Brand | None = None,
    ) -> Figure:
        info = _record(fig)
        with warnings.catch_warnings():  # the Styler's warnings were given the first time
            warnings.simplefilter("ignore", TableStyleWarning)
            return table(
                self.data,
                title=info.title,
                subtitle=info.subtitle,
                source=info.source,
                columns=self.columns,
                bars=self.bars,
                sparklines=self.sparklines,
                colour_rules=self.colour_rules,
                brand=brand or info.brand,
                size=preset,
                alt=info.alt,
                locale=locale or info.locale,
            )

    def in_brand(self, fig: Figure) -> _TableInBrand:
        """The table's ``redraw``: drawn again from its data in another brand."""
        return _TableInBrand(self, fig)


@dataclass(frozen=True)
class _TableInBrand:
    """A table drawn again in another brand at a preset: its record's ``redraw``."""

    again: _TableAgain
    fig: Figure

    def __call__(self, brand: Brand, preset: SizePreset) -> Figure:
        return self.again(self.fig, preset, brand=brand)
