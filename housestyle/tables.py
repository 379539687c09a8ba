"""House-style tables: DataFrames and pandas Stylers drawn with matplotlib, no browser.

:func:`table` draws a DataFrame, or a pandas ``Styler`` with the styles it computed,
as a table in the house look, then hands the figure to :func:`housestyle.finalise`
so it gets the same title block, footer, logo and export as a chart. The figure is
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

The CSS subset a Styler may use
-------------------------------
Per-cell styles from ``Styler.apply``, ``map``, ``set_properties``,
``background_gradient``, ``highlight_*``, ``text_gradient`` and, for the index and
column labels, ``apply_index``/``map_index``:

===================  ==========================================================
property             values honoured
===================  ==========================================================
background-color     hex, CSS names, ``rgb()``/``rgba()`` (alpha is blended),
background           ``transparent``/``none``. A gradient or image is not.
color                the same colours, for the text
font-weight          ``bold``, ``bolder``, ``normal``, ``lighter``, 100..900
font-style           ``italic``, ``oblique``, ``normal``
text-align           ``left``, ``right``, ``center``, ``start``, ``end``
===================  ==========================================================

Also honoured: ``.format()`` and ``.format_index()`` display strings (cells a
Styler did not format get the house number format), ``hide()`` of rows, columns,
index levels, column levels and index names, and the caption (it becomes the
title, or the subtitle when a title is given). Any other property (borders,
widths, ``Styler.bar``'s gradients, fonts) and the Styler features
``set_table_styles``, ``set_td_classes``, ``set_tooltips`` and ``concat`` are
ignored with one :class:`TableStyleWarning` per property per table, naming it.
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

import copy
import math
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.transforms import Affine2D

from ._tables.css import SUPPORTED_CSS
from ._tables.draw import Ink, Surface, draw_table
from ._tables.layout import Layout, Measure, lay_out, metrics
from ._tables.model import (
    Column,
    Model,
    _is_default,
    _is_default_index,
    _is_numeric,
    is_missing,
    number_format,
    read,
)
from .brand import Brand, Colours, HouseStyleError, SizePreset
from .context import resolve_brand
from .finalise import finalise, frame_heights
from .fonts import font_families

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

_FITTED_MAX = 1.5  # a fitted table is at most this many times the web preset's width
_FITTED_MIN = 0.6  # and at least this many times, so the title block has room
_BAR_OPTIONS = {"width": 6.0, "colours": "primary-highlight", "label": True, "domain": None}
_SPARK_OPTIONS = {
    "kind": "line",
    "markers": ("last",),
    "invert": False,
    "shared": False,
    "colour": "primary",
    "width": 5.0,
    "height": 1.6,
    "domain": None,
}
_MARKERS = ("first", "last", "min", "max")
_TEXT_RC = {"text.hinting": "no_hinting"}
_BAR_COLOURS = {"primary-highlight": ("primary", "highlight"), "gain-loss": ("gain", "loss")}


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
# Checking the options
# --------------------------------------------------------------------------- #


def _brand_colour(name: Any, brand: Brand, arg: str) -> str | tuple:
    """A brand colour field name (``"gain"``, ``"primary"``...) or any matplotlib colour."""
    known = [f.name for f in fields(Colours)]
    if isinstance(name, str) and name in known:
        return getattr(brand.colours, name)
    try:
        return to_rgba(name)
    except (ValueError, TypeError):
        raise HouseStyleError(
            f"{arg}: {name!r} is not a colour; allowed: a brand colour ({', '.join(known)}) "
            "or a matplotlib colour"
        ) from None


def _find(model: Model, key: Any, arg: str) -> int:
    for i, column in enumerate(model.columns):
        try:
            if column.key == key:
                return i
        except (TypeError, ValueError):
            continue
    shown = ", ".join(repr(c.key) for c in model.columns[:12])
    more = ", ..." if len(model.columns) > 12 else ""
    raise HouseStyleError(f"{arg}: no visible column {key!r}; allowed: {shown}{more}")


def _select(model: Model, columns: Any) -> Model:
    if columns is None:
        return model
    if isinstance(columns, Mapping):
        picked = []
        for key, label in columns.items():
            column = model.columns[_find(model, key, "columns")]
            picked.append(replace(column, labels=(*column.labels[:-1], str(label))))
    elif isinstance(columns, Iterable) and not isinstance(columns, str):
        picked = [model.columns[_find(model, key, "columns")] for key in columns]
    else:
        raise HouseStyleError(
            f"columns: {columns!r} is not allowed; allowed: a list of column labels or a "
            "{label: header text} dict"
        )
    if not picked:
        raise HouseStyleError("columns: no columns chosen; allowed: at least one column label")
    return replace(model, columns=picked)


def _as_options(value: Any, arg: str) -> dict[Any, dict]:
    if value is None:
        return {}
    if isinstance(value, Mapping):
        return {k: ({} if v is None or v is True else v) for k, v in value.items()}
    if isinstance(value, Iterable) and not isinstance(value, str):
        return {k: {} for k in value}
    raise HouseStyleError(
        f"{arg}: {value!r} is not allowed; allowed: a {{column: options}} dict or a list of columns"
    )


def _merged(options: Any, defaults: dict, arg: str) -> dict:
    if not isinstance(options, Mapping):
        raise HouseStyleError(f"{arg}: {options!r} is not allowed; allowed: a dict of options")
    unknown = set(options) - set(defaults)
    if unknown:
        raise HouseStyleError(
            f"{arg}: unknown option {sorted(unknown)[0]!r}; allowed: {', '.join(defaults)}"
        )
    return {**defaults, **options}


def _numbers(column: Column, arg: str) -> list[float | None]:
    values: list[float | None] = []
    for cell in column.cells:
        if is_missing(cell.value):
            values.append(None)
        elif isinstance(cell.value, int | float | np.integer | np.floating):
            values.append(float(cell.value))
        else:
            raise HouseStyleError(
                f"{arg}: column {column.key!r} holds {cell.value!r}; allowed: numbers (or NaN)"
            )
    return values


def _domain(given: Any, finite: list[float], arg: str, zero: bool) -> tuple[float, float]:
    if given is not None:
        try:
            low, high = (float(v) for v in given)
        except (TypeError, ValueError):
            raise HouseStyleError(f"{arg}: domain {given!r}; allowed: (low, high)") from None
        if not low < high:
            raise HouseStyleError(f"{arg}: domain {given!r}; allowed: low < high")
        return low, high
    if not finite:
        return (0.0, 1.0)
    low, high = min(finite), max(finite)
    return (min(low, 0.0), max(high, 0.0)) if zero else (low, high)


def _bar_options(column: Column, options: Any, brand: Brand) -> dict:
    arg = f"bars[{column.key!r}]"
    opts = _merged(options, _BAR_OPTIONS, arg)
    values = _numbers(column, arg)
    finite = [v for v in values if v is not None and math.isfinite(v)]
    colours = _BAR_COLOURS.get(opts["colours"], opts["colours"])
    if isinstance(colours, str) or len(colours) != 2:
        raise HouseStyleError(
            f"{arg}: colours {opts['colours']!r}; allowed: 'primary-highlight', 'gain-loss' "
            "or a (positive, negative) pair of colours"
        )
    opts["colours"] = tuple(_brand_colour(c, brand, arg) for c in colours)
    opts["domain"] = _domain(opts["domain"], finite, arg, zero=True)
    opts["values"] = values
    opts["width"] = _positive(opts["width"], arg, "width")
    return opts


def _positive(value: Any, arg: str, name: str) -> float:
    if not isinstance(value, int | float) or not value > 0:
        raise HouseStyleError(f"{arg}: {name} {value!r}; allowed: a positive number of ems")
    return float(value)


def _series(cell_value: Any, arg: str) -> np.ndarray | None:
    if is_missing(cell_value):
        return None
    if isinstance(cell_value, str) or not isinstance(cell_value, Iterable | np.ndarray):
        raise HouseStyleError(
            f"{arg}: a cell holds {cell_value!r}; allowed: a list of numbers in every cell"
        )
    try:
        values = np.array([np.nan if is_missing(v) else v for v in cell_value], dtype=float)
    except (TypeError, ValueError):
        raise HouseStyleError(
            f"{arg}: a cell holds {cell_value!r}; allowed: a list of numbers in every cell"
        ) from None
    return values if values.size else None


def _spark_options(column: Column, options: Any, brand: Brand) -> dict:
    arg = f"sparklines[{column.key!r}]"
    opts = _merged(options, _SPARK_OPTIONS, arg)
    if opts["kind"] not in ("line", "step"):
        raise HouseStyleError(f"{arg}: kind {opts['kind']!r}; allowed: 'line' or 'step'")
    markers = opts["markers"]
    markers = _MARKERS if markers is True else () if not markers else tuple(markers)
    if set(markers) - set(_MARKERS):
        raise HouseStyleError(f"{arg}: markers {markers!r}; allowed: {', '.join(_MARKERS)}")
    values = [_series(cell.value, arg) for cell in column.cells]
    finite = [float(v) for s in values if s is not None for v in s if np.isfinite(v)]
    opts.update(
        markers=markers,
        values=values,
        colour=_brand_colour(opts["colour"], brand, arg),
        extreme_colour=brand.colours.highlight,
        domain=_domain(opts["domain"], finite, arg, zero=False),
        row_domain=lambda v: (float(np.nanmin(v)), float(np.nanmax(v))),
        width=_positive(opts["width"], arg, "width"),
        height=_positive(opts["height"], arg, "height"),
    )
    return opts


def _kinds(model: Model, bars: Any, sparklines: Any, brand: Brand) -> dict[int, tuple]:
    """Return {position among the data columns: (kind, options)} for inline charts."""
    kinds: dict[int, tuple] = {}
    for key, options in _as_options(bars, "bars").items():
        i = _find(model, key, "bars")
        kinds[i] = ("bar", _bar_options(model.columns[i], options, brand))
    for key, options in _as_options(sparklines, "sparklines").items():
        i = _find(model, key, "sparklines")
        if i in kinds:
            raise HouseStyleError(f"sparklines: column {key!r} already has bars; allowed: one")
        kinds[i] = ("spark", _spark_options(model.columns[i], options, brand))
    return kinds


def _rule_function(rule: Any, brand: Brand, arg: str) -> Callable[[Any], Any]:
    if rule in ("gain-loss", "loss-gain"):
        up, down = ("gain", "loss") if rule == "gain-loss" else ("loss", "gain")

        def by_sign(value: Any) -> str | None:
            if is_missing(value) or not isinstance(value, int | float | np.number):
                return None
            return up if value > 0 else down if value < 0 else None

        return by_sign
    if callable(rule):
        return rule
    raise HouseStyleError(
        f"{arg}: {rule!r} is not a rule; allowed: 'gain-loss', 'loss-gain' or a function "
        "from a value to a colour (or None)"
    )


def _apply_colour_rules(model: Model, rules: Any, brand: Brand) -> Model:
    if not rules:
        return model
    if not isinstance(rules, Mapping):
        raise HouseStyleError(
            f"colour_rules: {rules!r} is not allowed; allowed: a {{column: rule}} dict"
        )
    columns = list(model.columns)
    for key, rule in rules.items():
        i = _find(model, key, "colour_rules")
        arg = f"colour_rules[{key!r}]"
        colour_of = _rule_function(rule, brand, arg)
        cells = []
        for cell in columns[i].cells:
            colour = colour_of(cell.value)
            if colour is not None:
                rgba = to_rgba(_brand_colour(colour, brand, arg))
                cell = replace(cell, style=replace(cell.style, colour=rgba))
            cells.append(cell)
        columns[i] = replace(columns[i], cells=cells)
    return replace(model, columns=columns)


def _warn_unsupported(unsupported: dict[str, str]) -> None:
    for name, example in unsupported.items():
        if name.startswith("set_") or name == "concat":
            message = f"table: the Styler feature {name!r} ({example}) is not drawn and was ignored"
        else:
            message = (
                f"table: the CSS property {name!r} is not supported and was ignored "
                f"({name}: {example}); supported: {', '.join(SUPPORTED_CSS)}"
            )
        warnings.warn(message, TableStyleWarning, stacklevel=3)


# --------------------------------------------------------------------------- #
# Sizing the figure to the table
# --------------------------------------------------------------------------- #


def _title_width(title: str | None, brand: Brand, base: SizePreset, families: list) -> float:
    if not title:
        return 0.0
    measure = Measure(families, brand.type.title * base.type_scale, base.dpi)
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


def _texts(model: Model, title: Any, subtitle: Any, source: Any) -> dict[str, Any]:
    if model.caption:
        if title is None:
            title = model.caption
        elif subtitle is None:
            subtitle = model.caption
    return {"title": title, "subtitle": subtitle, "source": source}


def _draw(layout: Layout, preset: SizePreset, header: float, ink: Ink, brand: Brand) -> Figure:
    """Draw the table body at the left margin, ``header`` points below the top."""
    fig = TableFigure(figsize=preset.inches, dpi=preset.dpi, facecolor=brand.colours.background)
    height = preset.points[1]
    # Table points (y downwards from the header's top) to inches, then to pixels at
    # whatever dpi the figure is saved at.
    to_inches = (
        Affine2D()
        .scale(1 / 72, -1 / 72)
        .translate(brand.layout.margins.left / 72, (height - header) / 72)
    )
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
) -> Figure:
    """Draw a DataFrame or a pandas Styler as a finalised house-style table.

    Parameters
    ----------
    data
        A ``DataFrame``, or a ``Styler`` whose computed styles and formats are drawn
        (see the module documentation for the CSS subset).
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
        ``kind`` (``"line"`` or ``"step"``), ``markers`` (any of ``"first"``,
        ``"last"``, ``"min"``, ``"max"``; True for all), ``invert`` (larger values
        lower, for positions), ``shared`` (one scale for all rows, False),
        ``colour`` (``"primary"``), ``width`` (ems, 5), ``height`` (ems, 1.6),
        ``domain`` ((low, high) for a shared scale).
    colour_rules
        ``{column: rule}`` colouring the text of cells by value: ``"gain-loss"``
        (positive in the brand's gain colour, negative in loss), ``"loss-gain"``, or
        a function from a value to a brand colour name, a colour, or None.
    brand
        A brand, its name or path; ``None`` for the current brand.
    size
        None (the default) fits the width to the table between 0.6 and 1.5 times the
        ``web`` preset's width. A preset name or :class:`SizePreset` fixes the width
        (text wraps to fit) and takes that preset's dpi and type scale. The height
        always fits the rows.
    alt
        Alternative text for screen readers, written into the exported files.

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
    base = brand.preset("web" if size is None else size)
    model = _select(read(data, MAX_ROWS), columns)
    kinds = _kinds(model, bars, sparklines, brand)
    model = _apply_colour_rules(model, colour_rules, brand)
    _warn_unsupported(model.unsupported)
    texts = _texts(model, title, subtitle, source)
    families = font_families(brand)
    m = metrics(brand, base)
    least, most = _content_width(brand, base, fixed=size is not None)
    with mpl.rc_context(_TEXT_RC):
        layout = lay_out(model, kinds, Measure(families, m.size, base.dpi), m, most)
    if layout.width > most + 0.5 and size is not None:
        raise HouseStyleError(
            f"size: the table needs {layout.width:.0f} pt of width but {base.name!r} gives "
            f"{most:.0f} pt; allowed: a wider preset, fewer columns, or size=None"
        )
    with mpl.rc_context(_TEXT_RC):
        wanted = _title_width(texts["title"], brand, base, families)
    content = max(layout.width, least if size is not None else min(most, max(least, wanted)))
    with mpl.rc_context(_TEXT_RC):  # finalise measures its text as it will be drawn
        preset, header = _fit_preset(brand, base, content, layout.height, texts)
        ink = Ink(brand, tuple(families), m.size / base.type_scale, base.type_scale)
        fig = _draw(layout, preset, header, ink, brand)
        finalise(fig, size=preset, brand=brand, alt=alt, **texts)
    return fig  # every axes is placed by hand, so finalise leaves no layout engine


# --------------------------------------------------------------------------- #
# The same look as notebook HTML
# --------------------------------------------------------------------------- #


def _css_family(brand: Brand) -> str:
    return ", ".join(f'"{name}"' for name in (brand.fonts.family, brand.fonts.fallback))


def _house_css(brand: Brand) -> list[dict[str, Any]]:
    c, t, lines = brand.colours, brand.type, brand.lines
    return [
        {
            "selector": "",
            "props": [
                ("font-family", f"{_css_family(brand)}, sans-serif"),
                ("font-size", f"{t.table}pt"),
                ("color", c.text),
                ("background-color", c.background),
                ("border-collapse", "collapse"),
                ("font-variant-numeric", "tabular-nums lining-nums"),
            ],
        },
        {
            "selector": "caption",
            "props": [
                ("caption-side", "top"),
                ("text-align", "left"),
                ("font-weight", "bold"),
                ("font-size", f"{t.title}pt"),
                ("padding-bottom", "0.5em"),
            ],
        },
        {
            "selector": "th, td",
            "props": [
                ("padding", "0.5em 0.6em"),
                ("border", "none"),
                ("border-bottom", f"{lines.gridline}pt solid {c.gridline}"),
                ("vertical-align", "top"),
                ("text-align", "left"),
            ],
        },
        {
            "selector": "thead th",
            "props": [
                ("font-weight", "bold"),
                ("vertical-align", "bottom"),
                ("border-bottom", f"{lines.axis * 0.8}pt solid {c.axis}"),
            ],
        },
        {"selector": "tbody th", "props": [("font-weight", "normal")]},
        {"selector": "tr > :first-child", "props": [("padding-left", "0")]},
    ]


def _user_formatted(styler: Any, c: int) -> bool:
    funcs = styler._display_funcs
    return any(not _is_default(funcs[key]) for key in list(funcs) if key[1] == c and key in funcs)


def house_styler(data: Any, brand: str | Path | Brand | None = None) -> Any:
    """Return a pandas ``Styler`` with the house table look, for notebook HTML.

    The same look as :func:`table` draws: the brand font and sizes, a bold header
    over a dark rule, light rules between rows, numbers right-aligned in tabular
    figures with the house number format (where ``.format()`` set none), and no
    unnamed 0..n-1 index. A Styler passed in is copied, never changed; the result
    can still be styled further, and passed to :func:`table`.

    Raises
    ------
    HouseStyleError
        If ``data`` is neither a DataFrame nor a Styler.
    """
    brand = resolve_brand(brand)
    if isinstance(data, pd.DataFrame):
        styler = data.style
    elif type(data).__name__ == "Styler" and isinstance(getattr(data, "data", None), pd.DataFrame):
        styler = copy.deepcopy(data)
    else:
        raise HouseStyleError(
            f"data: a {type(data).__name__} is not a table; "
            "allowed: a pandas DataFrame or a pandas Styler (df.style)"
        )
    frame = styler.data
    css = _house_css(brand)
    styler.set_table_styles(css, overwrite=False)
    styler._housestyle_css = list(styler.table_styles[-len(css) :])
    model_numeric = [_numeric_position(frame, c) for c in range(len(frame.columns))]
    for c, numeric in enumerate(model_numeric):
        if not numeric:
            continue
        subset = pd.IndexSlice[:, frame.columns[c : c + 1]]
        styler.set_properties(subset=subset, **{"text-align": "right"})
        if not _user_formatted(styler, c):
            styler.format(number_format(frame.iloc[:, c]), subset=subset, na_rep="\u2013")
    right = set(c for c, numeric in enumerate(model_numeric) if numeric)
    styler.apply_index(
        lambda labels: ["text-align: right" if i in right else "" for i in range(len(labels))],
        axis="columns",
        level=frame.columns.nlevels - 1,
    )
    if _is_default_index(frame.index):
        styler.hide(axis="index")
    return styler


def _numeric_position(frame: pd.DataFrame, c: int) -> bool:
    return _is_numeric(frame.iloc[:, c])
