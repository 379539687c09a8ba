"""A drafted description of a chart, and the data behind it, from what its marks show.

:func:`describe` reads a chart's data back (a matplotlib figure's artists, a ggplot's
layer data, a table's cells) and writes two texts from it and from the title block:
``alt``, one or two sentences of at most 250 characters for the ``alt`` attribute
(the kind of chart, what it measures, the headline the data support), and ``long``, a
paragraph for a ``<details>`` or a screen reader (axes and their ranges, each series'
first and last values and extremes, rankings, highlighted series, panels, reference
lines, source). Both say only what can be computed: no causes, no adjectives. Their
numbers and dates are written in the chart's locale; their sentences are English, a
draft for the author to check and translate.

:func:`chart_data` returns the same data as a tidy DataFrame: one row per plotted
value, columns for series, x, y and panel headed by the axis titles. It is what
``export(..., formats=[..., "csv"])`` writes, beside a JSON file of the chart's texts
(:func:`data_files`). A chart whose marks cannot all be read (an image that is not a
heatmap, shapes drawn by hand) says so; one with nothing readable has no CSV.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from typing import Any, cast

import matplotlib as mpl
import pandas as pd
from matplotlib.figure import Figure

from .._private import suptitle
from ..brand import Brand, BrandLike, HouseStyleError, resolve_brand
from ..ink import check_locale, resolve_locale
from ..record import drawing_rc, finalised, is_ggplot
from ._ggread import read_ggplot
from ._model import Reading, cell, number_unnamed, tidy
from ._mplread import read_figure
from ._sentences import ALT_LIMIT, chart_kind, write_alt, write_long
from ._spans import baselines_dropped, markers_on_lines, spans_as_references

__all__ = [
    "ALT_LIMIT",
    "DRAFT",
    "Description",
    "chart_data",
    "data_files",
    "describe",
    "read",
]

#: ``finalise(alt=DRAFT)`` uses the drafted alt text.
DRAFT = "draft"


@dataclass(frozen=True)
class Description:
    """A chart described for readers, drafted from its data.

    Attributes
    ----------
    alt
        One or two sentences, at most 250 characters: the kind of chart, what it
        measures, and the headline the data show.
    long
        A paragraph: title and subtitle, the axes and their ranges, each series or
        bar in turn, highlighted series, panels, reference lines, the source.
    locale
        The locale its numbers and dates are written in (``"en_GB"``, ``"cy"``...).
        The sentences around them are English in every locale: a draft for the
        author to translate.
    """

    alt: str
    long: str
    locale: str

    def __str__(self) -> str:
        return self.long


def _check(chart: Any) -> None:
    if not (isinstance(chart, Figure) or is_ggplot(chart)):
        raise HouseStyleError(
            f"chart: a {type(chart).__name__} cannot be described; allowed: a matplotlib "
            "Figure (finalised or not), a plotnine ggplot or a housestyle table"
        )


def read(chart: Any) -> Reading:
    """Read what ``chart`` shows: its marks' data, axis titles and title block.

    Raises
    ------
    HouseStyleError
        For an object that is not a Figure or a ggplot.
    """
    _check(chart)
    reading = Reading()
    info = finalised(chart) if isinstance(chart, Figure) else None
    if info is not None:
        reading.title, reading.subtitle = info.title, info.subtitle
        reading.source, reading.note = info.source, info.note
    elif isinstance(chart, Figure):
        title = suptitle(chart)
        reading.title = str(title.get_text()) or None if title is not None else None
    try:
        if info is not None and info.data is not None:
            reading.table = pd.DataFrame(info.data)
        elif info is not None and info.spec is not None:
            read_ggplot(info.spec, reading, kept=True)
        elif is_ggplot(chart):
            read_ggplot(chart, reading)
        else:
            with mpl.rc_context(cast(Any, drawing_rc(chart))):  # its ticks and colours as drawn
                read_figure(chart, reading)
    except Exception:  # noqa: BLE001  # a reader that fails says so; it never breaks an export
        reading.marks.clear()
        reading.unreadable.append("marks housestyle could not read")
    spans_as_references(reading)
    baselines_dropped(reading)
    markers_on_lines(reading)
    number_unnamed(reading)
    return reading


def _brand(chart: Any, brand: BrandLike | None) -> Brand:
    if brand is not None:
        return resolve_brand(brand)
    info = finalised(chart) if isinstance(chart, Figure) else None
    return info.brand if info is not None else resolve_brand(None)


def _locale(chart: Any, locale: str | None, brand: Brand) -> str:
    """The locale given, else the chart's: its finish record's, its theme's, the current one."""
    if locale is not None:
        return check_locale(locale)
    info = finalised(chart) if isinstance(chart, Figure) else None
    if info is not None:
        return info.locale
    own = getattr(getattr(chart, "theme", None), "locale", None) if is_ggplot(chart) else None
    return resolve_locale(own, brand)


def describe(
    chart: Any, brand: BrandLike | None = None, *, locale: str | None = None
) -> Description:
    """Draft a description of ``chart`` from the data its marks show.

    Its numbers and dates are written in the chart's locale, as its axes write them
    ("12 345,6" and "janvier 2024" in French); its sentences are English in every
    locale ("It rose from 1234 in 2023 to 12 345 in janvier 2024"). The draft is for
    an author to check and translate: give ``finalise(..., alt={"en": ..., "cy": ...})``
    the translated text.

    Parameters
    ----------
    chart
        A matplotlib Figure (finalised or not), a plotnine ggplot, or a table from
        :func:`housestyle.table`.
    brand
        The brand whose number forms are used (its minus sign); None for the brand
        the chart was finalised in, else the current brand.
    locale
        The locale of its numbers and dates (``"cy"``, ``"fr"``, ``"de"``...); None for
        the one the chart was finalised in, else the ggplot theme's own
        (``theme_ou(locale=...)``), else the current one.

    Returns
    -------
    Description
        ``alt`` (at most 250 characters), ``long``, and the ``locale`` they were
        written in.

    Raises
    ------
    HouseStyleError
        For an object that is not a chart, or a locale CLDR does not know.

    Examples
    --------
    >>> import matplotlib
    >>> from matplotlib.figure import Figure
    >>> fig = Figure()
    >>> ax = fig.subplots()
    >>> _ = ax.plot([2020, 2021, 2022], [3.5, -1.25, 4.0])
    >>> _ = ax.set_ylabel("Growth (%)")
    >>> print(describe(fig, brand="ou").alt)
    Line chart: Growth (%). It rose from 3.50 in 2020 to 4.00 in 2022; lowest −1.25 in 2021.
    >>> print(describe(fig, brand="ou", locale="de").alt)
    Line chart: Growth (%). It rose from 3,50 in 2020 to 4,00 in 2022; lowest −1,25 in 2021.
    """
    reading = read(chart)
    chosen = _brand(chart, brand)
    language = _locale(chart, locale, chosen)
    return _drafted(reading, chosen, language)


def _drafted(reading: Reading, brand: Brand, locale: str) -> Description:
    return Description(
        alt=write_alt(reading, brand, locale),
        long=write_long(reading, brand, locale),
        locale=locale,
    )


def chart_data(chart: Any) -> pd.DataFrame:
    """Return the data behind ``chart``: one row per plotted value, tidy.

    Columns, where they apply: ``mark`` (when the chart mixes kinds of marks),
    ``panel``, ``series``, then the x and y axis headed by their titles (``x`` and
    ``y`` when untitled), the value a colour shows (heatmaps), and ``low`` and
    ``high`` for ranges. A table comes back as the table. ``frame.attrs`` holds
    ``"unreadable"``: what is drawn but could not be read as data (empty when all
    was read), and ``"kind"``: the kind of chart.

    Raises
    ------
    HouseStyleError
        For an object that is not a chart.
    """
    reading = read(chart)
    frame = tidy(reading)
    frame.attrs["unreadable"] = list(reading.unreadable)
    frame.attrs["kind"] = chart_kind(reading)
    return frame


def _json_value(value: Any) -> Any:
    return value if isinstance(value, int | float | str) else str(cell(value))


def data_files(fig: Figure, software: str) -> tuple[bytes | None, bytes]:
    """Return the CSV (None when no data can be read) and the JSON written beside a chart.

    The JSON holds the chart's texts (title, subtitle, source, note, alt text and
    long description), its brand, locale and size, the software, and the CSV's
    columns, or why there is no CSV.
    """
    reading = read(fig)
    info = finalised(fig)
    brand = _brand(fig, None)
    drafted = _drafted(reading, brand, _locale(fig, None, brand))
    frame = tidy(reading)
    csv: bytes | None = None
    if reading.readable:
        buffer = io.StringIO()
        frame.to_csv(buffer, index=False, lineterminator="\n")
        csv = buffer.getvalue().encode("utf-8")
    preset = info.preset if info is not None else None
    meta = {
        "title": reading.title,
        "subtitle": reading.subtitle,
        "source": reading.source,
        "note": reading.note,
        "alt": (info.alt if info is not None and info.alt else None) or drafted.alt,
        "alt_drafted": info is None or not info.alt or info.long is not None,
        "long_description": (info.long if info is not None and info.long else drafted.long),
        "kind": chart_kind(reading),
        "brand": brand.name,
        "locale": drafted.locale,
        "size": None
        if preset is None
        else {"preset": preset.name, "pixels": list(preset.pixels), "dpi": preset.dpi},
        "software": software,
        "references": [
            {"axis": axis, "at": _json_value(value)}
            for axis, value in reading.references
            if axis != "span"
        ],
        "shaded_spans": sum(1 for axis, _ in reading.references if axis == "span"),
        "data": {
            "readable": reading.readable,
            "columns": [str(c) for c in frame.columns] if reading.readable else [],
            "rows": len(frame) if reading.readable else 0,
            "not_read": list(reading.unreadable),
        },
    }
    text = json.dumps(meta, ensure_ascii=False, indent=2, default=str) + "\n"
    return csv, text.encode("utf-8")
