"""What a chart shows, read back from its marks: the reading :func:`housestyle.describe` words.

A :class:`Reading` holds the marks of every panel as plain values (:class:`Marks`), the
axis labels, the texts of the title block and what could not be read. It is made by
:mod:`.mplread` (a matplotlib figure's artists), :mod:`.ggread` (a ggplot's layer data)
or :mod:`.tableread` (a table's cells), and turned into the tidy data of the CSV here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

#: A tick label as a number with its unit: "$150", "12%", "$11tn", "\u22125 kg".
UNIT = re.compile(
    r"(?P<sign>[-+\u2212]?)(?P<prefix>[$£€¥]?)(?P<sign2>[-\u2212]?)"
    r"(?P<number>\d[\d,]*(?:\.\d+)?)(?P<suffix>\s?[a-zA-Z]{0,3}%?)"
)


def unit_of(ticks: list[tuple[float, str]]) -> tuple[str, str, float] | None:
    """The (prefix, suffix, factor) every tick label writes its value with, else None.

    "$11tn" at 11 and "5%" at 5 write the value itself (factor 1); "10%" at 0.1 writes
    it times 100. Any other rescaling ("$150k" at 150,000) gives no unit: the text
    then writes the values as they are.
    """
    found = set()
    for loc, label in ticks:
        if loc == 0 and label.strip() == "0":
            continue  # zero is often written bare: it says nothing of the unit
        read = _parsed(label)
        if read is None:
            return None
        match, size, signed, _ = read
        number = -size if signed else size
        factor = 100.0 if match["suffix"] == "%" and abs(number - 100 * loc) < 1e-6 else 1.0
        if abs(number - factor * loc) > 1e-9 * max(1.0, abs(number)):
            return None
        found.add((match["prefix"], match["suffix"], factor))
    if len(found) != 1:
        return None
    unit = found.pop()
    return unit if unit[0] or unit[1] else None


def label_number(label: str) -> float | None:
    """The number a tick label writes ("\u22122,500" is -2500, "12%" 12), else None."""
    read = _parsed(label)
    return None if read is None else (-read[1] if read[2] else read[1])


def _parsed(label: str) -> tuple[re.Match[str], float, bool, float] | None:
    """A tick label read by :data:`UNIT`: (match, size, signed, half its last step)."""
    match = UNIT.fullmatch(label.strip())
    if match is None:
        return None
    text = match["number"].replace(",", "")
    decimals = len(text.split(".")[1]) if "." in text else 0
    signed = match["sign"] in ("-", "\u2212") or bool(match["sign2"])
    return match, float(text), signed, 0.5 * 10.0**-decimals


def writes_magnitudes(ticks: list[tuple[float, str]]) -> bool:
    """True when an axis writes each tick below zero as its size, without the sign.

    A population pyramid or a butterfly chart draws one side leftwards (or down) and
    labels its ticks 10, 5, 0, 5, 10: the reader reads sizes on both sides, so the
    marks are read as their sizes too. Each label must be the size of its place (to
    the label's own precision, or a hundred times it for a percentage), and at least
    one tick must lie below zero.
    """
    below = False
    for loc, label in ticks:
        read = _parsed(label)
        if read is None or read[2]:
            return False
        _, number, _, step = read
        size = abs(loc)
        if abs(number - size) > step * (1 + 1e-9) and abs(number - 100 * size) > step * (1 + 1e-9):
            return False
        below = below or loc < 0
    return below


def _size(value: Any) -> Any:
    return abs(float(value)) if is_number(value) else value


def as_magnitudes(reading: Reading, axis: str) -> None:
    """Read every value along ``axis`` as its size (see :func:`writes_magnitudes`).

    The marks' places along the axis, the ends of their ranges (a range across zero
    is left as it is) and the reference lines drawn across it.
    """
    for marks in reading.marks:
        along = marks.x if axis == "x" else marks.y
        along[:] = [_size(v) for v in along]
        if marks.horizontal == (axis == "x") and marks.value is None:
            _sizes_of_ranges(marks)
    reading.references = [
        (where, _size(at) if where == axis else at) for where, at in reading.references
    ]


def _sizes_of_ranges(marks: Marks) -> None:
    if marks.low is None or marks.high is None:
        return
    for i, (low, high) in enumerate(zip(marks.low, marks.high, strict=True)):
        if is_number(low) and is_number(high) and float(low) * float(high) >= 0:
            ends = sorted((abs(float(low)), abs(float(high))))
            marks.low[i], marks.high[i] = ends


def read_value_ticks(reading: Reading, axis: str, ticks: list[tuple[float, str]]) -> None:
    """Learn from the measured axis' tick labels how it writes its values.

    Its unit (:func:`unit_of`), and whether it writes sizes on both sides of zero
    (:func:`writes_magnitudes`), when every value read along it becomes its size.
    """
    labelled = [(loc, label) for loc, label in ticks if label]
    if writes_magnitudes(labelled):
        as_magnitudes(reading, axis)
        labelled = [(abs(loc), label) for loc, label in labelled]
    unit = unit_of(labelled)
    if unit is not None:
        reading.unit, reading.unit_axis = unit, axis


__all__ = [
    "KINDS",
    "UNIT",
    "Marks",
    "Reading",
    "cell",
    "is_number",
    "label_number",
    "measure_axis",
    "number_unnamed",
    "points_along_categories",
    "read_value_ticks",
    "tidy",
    "unit_of",
    "writes_magnitudes",
]

#: Each kind of mark, and what a reader calls a chart made of it.
KINDS = {
    "line": "line chart",
    "area": "area chart",
    "bar": "bar chart",
    "histogram": "histogram",
    "point": "scatter plot",
    "range": "range chart",
    "box": "box plot",
    "cell": "heatmap",
}


@dataclass
class Marks:
    """One set of marks of one kind, in one panel, for one series.

    Attributes
    ----------
    kind
        One of :data:`KINDS`.
    x, y
        The position of each mark on the x and y axis, as the axes show them: numbers,
        category names or dates. For bars the value is the one along the bar (``y``,
        or ``x`` for horizontal bars); for cells ``x`` and ``y`` are the column and row.
    series, facet
        The name of the series and of the panel, or None.
    value
        The value a cell or point shows by its colour (a heatmap), else None.
    low, high
        The two ends of a range (error bar, ribbon, box) at each mark, else None.
    horizontal
        Bars or ranges that run along the x axis: the measure is ``x``.
    highlighted
        Drawn in a colour that stands out from grey companions.
    """

    kind: str
    x: list[Any]
    y: list[Any]
    series: str | None = None
    facet: str | None = None
    value: list[float] | None = None
    low: list[float] | None = None
    high: list[float] | None = None
    horizontal: bool = False
    highlighted: bool = False
    #: True when each mark's own colour singles it out (one highlighted bar of many).
    marks_highlighted: list[bool] | None = None
    #: The series name was given here ("line 2"), to keep unnamed series apart in the CSV.
    anonymous: bool = False
    #: Drawn dashed: with a neutral colour, how a chart marks a reference, not its data.
    dashed: bool = False

    def __len__(self) -> int:
        return len(self.x)

    @property
    def measure(self) -> list[Any]:
        """The values this mark shows: along its bars, its cells' colours, or its y."""
        if self.value is not None:
            return self.value
        return self.x if self.horizontal else self.y

    @property
    def position(self) -> list[Any]:
        """Where each value is: the category or time it belongs to."""
        return self.y if self.horizontal else self.x


@dataclass
class Reading:
    """Everything a description and the CSV are made from.

    Attributes
    ----------
    marks
        Every set of marks read, in drawing order.
    x_label, y_label, value_label
        The axis titles (the colour bar's for ``value``), or empty.
    title, subtitle, source, note
        The texts of the title block and footer, or None.
    facets
        The panels' names in order, when there is more than one panel.
    references
        Reference lines ``("x" or "y", where)`` and shaded spans ``("span", None)``.
    unreadable
        What is drawn but cannot be read as data, in words.
    table
        For a table: the table itself (its columns as headed); else None.
    x_dates, y_dates
        True when the axis shows dates.
    """

    marks: list[Marks] = field(default_factory=list)
    x_label: str = ""
    y_label: str = ""
    value_label: str = ""
    title: str | None = None
    subtitle: str | None = None
    source: str | None = None
    note: str | None = None
    facets: list[str] = field(default_factory=list)
    references: list[tuple[str, Any]] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    table: pd.DataFrame | None = None
    x_dates: bool = False
    y_dates: bool = False
    #: How the measured axis writes its numbers, (prefix, suffix, factor): ("$", "tn", 1),
    #: ("", "%", 100) for shares written as percentages.
    unit: tuple[str, str, float] = ("", "", 1.0)
    #: The axis that unit belongs to ("x" or "y"), or "" when none.
    unit_axis: str = ""
    #: The panels are one plot's two y axes (``twinx``), not panels side by side.
    twin_axes: bool = False
    #: Whether each axis title was written by the author (else it names a variable).
    given_labels: dict[str, bool] = field(default_factory=lambda: {"x": True, "y": True})
    #: The axes of numbers drawn upside down ("y": rank 1 at the top), where a line that
    #: climbs the chart falls in number.
    inverted: set[str] = field(default_factory=set)

    @property
    def readable(self) -> bool:
        """True when there is data to write: some marks, or a table."""
        return self.table is not None or any(len(m) for m in self.marks)

    def headers(self) -> dict[str, str]:
        """The CSV's column for each role, named by the axis titles where there are some."""
        kinds = {m.kind for m in self.marks}
        wanted = {
            "mark": "mark" if len(kinds) > 1 else "",
            "facet": "panel" if any(m.facet for m in self.marks) else "",
            "series": "series" if any(m.series for m in self.marks) else "",
            "x": self.x_label or "x",
            "y": self.y_label or "y",
            "value": (self.value_label or "value") if _any(self.marks, "value") else "",
            "low": "low" if _any(self.marks, "low") else "",
            "high": "high" if _any(self.marks, "high") else "",
        }
        headers: dict[str, str] = {}
        for role, header in wanted.items():
            if not header:
                continue
            name, n = header, 2
            while name in headers.values():  # two axes titled alike stay two columns
                name, n = f"{header} ({n})", n + 1
            headers[role] = name
        return headers


#: What an unnamed series of each kind is called in the CSV: "line 1", "points 2".
_ANONYMOUS = {
    "line": "line",
    "area": "area",
    "bar": "bars",
    "histogram": "bars",
    "point": "points",
    "range": "ranges",
    "box": "boxes",
    "cell": "cells",
}


def measure_axis(reading: Reading) -> str:
    """The axis the chart's values are read on: "y", "x" for horizontal bars, "" for cells."""
    kinds = {m.kind for m in reading.marks}
    if not kinds or kinds == {"cell"}:
        return ""
    return "x" if all(m.horizontal for m in reading.marks) else "y"


def points_along_categories(reading: Reading) -> None:
    """Points placed along a category axis up the side are measured along x (dot plots)."""
    for marks in reading.marks:
        if marks.kind == "point" and _named(marks.y) and not _named(marks.x):
            marks.horizontal = True


def _named(values: list[Any]) -> bool:
    return bool(values) and all(isinstance(v, str) for v in values)


def number_unnamed(reading: Reading) -> None:
    """Name unnamed series "line 1", "line 2"... where a panel has several of a kind.

    Without a name, rows of different series would run together in the CSV.
    """
    groups: dict[tuple[Any, str], list[Marks]] = {}
    for marks in reading.marks:
        if not marks.series:
            groups.setdefault((marks.facet, marks.kind), []).append(marks)
    for (_, kind), group in groups.items():
        if len(group) < 2:
            continue
        noun = _ANONYMOUS[kind]
        for i, marks in enumerate(group, start=1):
            marks.series, marks.anonymous = f"{noun} {i}", True


def _any(marks: list[Marks], name: str) -> bool:
    return any(getattr(m, name) is not None for m in marks)


def is_number(value: Any) -> bool:
    """True for a real number that is not a bool (nor a date)."""
    return isinstance(value, int | float | np.integer | np.floating) and not isinstance(
        value, bool | np.bool_
    )


def cell(value: Any) -> Any:
    """A value as the CSV writes it: numbers as numbers, dates in ISO 8601, else text."""
    if value is None:
        return None
    if isinstance(value, np.datetime64):
        value = pd.Timestamp(value)
    if isinstance(value, pd.Timestamp | dt.datetime):
        stamp = pd.Timestamp(value)
        return stamp.date().isoformat() if stamp == stamp.normalize() else stamp.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple) and len(value) == 2:  # a histogram's bin
        return f"{float(value[0]):g} to {float(value[1]):g}"
    if is_number(value):
        number = float(value)
        if not np.isfinite(number):
            return None
        return int(number) if number.is_integer() and abs(number) < 2**53 else number
    return str(value)


def tidy(reading: Reading) -> pd.DataFrame:
    """Return the tidy data of a reading: one row per plotted value.

    Columns, where they apply: ``mark`` (when kinds differ), ``panel``, ``series``, the
    x and y axis (headed by their titles), the colour value, and ``low``/``high`` for
    ranges. A table comes back as the table.
    """
    if reading.table is not None:
        return reading.table.copy()
    headers = reading.headers()
    rows: list[dict[str, Any]] = []
    for marks in reading.marks:
        for i in range(len(marks)):
            row = {
                "mark": marks.kind,
                "facet": marks.facet,
                "series": marks.series,
                "x": cell(marks.x[i]),
                "y": cell(marks.y[i]),
                "value": cell(marks.value[i]) if marks.value is not None else None,
                "low": cell(marks.low[i]) if marks.low is not None else None,
                "high": cell(marks.high[i]) if marks.high is not None else None,
            }
            rows.append({headers[role]: row[role] for role in headers})
    return pd.DataFrame(rows, columns=list(headers.values()))
