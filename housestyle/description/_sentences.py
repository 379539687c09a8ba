"""Writing a reading as sentences: the alt text and the long description.

Everything said is computed from the reading: the kind of chart from its marks, what
is measured from the axis titles (else the subtitle), the ranges, extremes, first and
last values, rankings and highlighted series from the values. Numbers and dates are
written in the chart's locale (:class:`~housestyle.description._numbers.Words`), with
the brand's minus sign, thousands separators from 10,000 as the house tables write
them (so years stay "2014"), at a precision that suits their size. No cause, no
judgement: "rose from 2944 in July 1967 to 8549 in April 2015", never "surged".

The sentences are English in every locale: the draft is for an author to check and
translate, with the chart's numbers and dates already in the reader's form.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ..brand import Brand
from ._model import KINDS, Marks, Reading, is_number, measure_axis
from ._numbers import Words, decimals, finite, is_time, is_year
from ._statements import (
    NOUN,
    UNNAMED,
    categorical,
    describe_marks,
    extremes,
    listed,
    over_time,
    points_statement,
    ranges,
    sentence,
    trend,
    unnamed_summary,
    value_pairs,
)

__all__ = [
    "ALT_LIMIT",
    "chart_kind",
    "measured",
    "write_alt",
    "write_long",
]

ALT_LIMIT = 250  # characters: what a screen reader reads out in one breath
_SAID = 12  # series described one by one, at most
_OWN_WORDS = {"The", "From", "Highest", "Boxes'"}


# --------------------------------------------------------------------------- #
# What the chart is
# --------------------------------------------------------------------------- #


def chart_kind(reading: Reading) -> str:
    """The kind of chart, as a reader calls it: "line chart", "bar chart and line chart"."""
    if reading.table is not None:
        return "table"
    boxes = any(m.kind == "box" for m in reading.marks)
    kinds = list(
        dict.fromkeys(m.kind for m in reading.marks if not (boxes and m.series == "outliers"))
    )
    if not kinds:
        return "chart"
    if kinds == ["bar"] and all(m.horizontal for m in reading.marks):
        return "horizontal bar chart"
    names = list(dict.fromkeys(KINDS[k] for k in kinds))
    if len(names) > 2:
        short = [n.replace(" chart", "").replace(" plot", "") for n in names]
        return "chart of " + listed([f"{n}s" if n != "box" else "boxes" for n in short])
    return " and ".join(names)


def measured(reading: Reading) -> str:
    """What the chart measures: the value axis' title, else the subtitle, else the title."""
    kinds = {m.kind for m in reading.marks}
    if kinds == {"cell"} and reading.value_label:
        return reading.value_label
    horizontal = bool(reading.marks) and all(m.horizontal for m in reading.marks)
    axis = "x" if horizontal else "y"
    label = reading.x_label if horizontal else reading.y_label
    given = reading.given_labels.get(axis, True)
    if label and given and (not reading.subtitle or label.lower() not in ("y", "x", "count")):
        return label
    for text in (reading.subtitle, reading.title):
        if text:
            return " ".join(text.split()).rstrip(".")
    return ""


def _series_names(reading: Reading) -> list[str]:
    return list(dict.fromkeys(m.series for m in reading.marks if m.series and not m.anonymous))


# --------------------------------------------------------------------------- #
# Statements computed from the marks
# --------------------------------------------------------------------------- #


# --------------------------------------------------------------------------- #
# The headline and the opening
# --------------------------------------------------------------------------- #


def _ends(words: Words, reading: Reading) -> str:
    """The headline of several named lines in one panel: which ends highest and lowest."""
    lines = [
        m for m in reading.marks if over_time(m) and m.series and not m.anonymous and value_pairs(m)
    ]
    if len(lines) < 2 or len({m.facet for m in lines}) > 1:
        return ""
    if len({m.series for m in lines}) < len(lines):
        return ""  # names shared by several lines (a colour for "rose") name no one line
    last = [(m.series, value_pairs(m)[-1]) for m in lines]
    top = max(last, key=lambda item: item[1][1])
    bottom = min(last, key=lambda item: item[1][1])
    return sentence(
        f"{top[0]} ends highest, at {words.value(top[1][1])} {words.at(top[1][0])}; "
        f"{bottom[0]} ends lowest, at {words.value(bottom[1][1])}"
    )


def _highlighted_marks(reading: Reading) -> Marks | None:
    """The one series drawn in colour among grey ones of its kind, else None."""
    named = [m for m in reading.marks if m.highlighted]
    if len(named) != 1:
        return None
    others = [m for m in reading.marks if not m.highlighted and m.kind == named[0].kind]
    return named[0] if others else None


def _highlight(words: Words, reading: Reading) -> str:
    """The highlighted bar or series and its value or trend, when one stands out."""
    for each in reading.marks:
        if each.marks_highlighted:
            picked = [
                pair
                for pair, on in zip(value_pairs(each), each.marks_highlighted, strict=False)
                if on
            ]
            if len(picked) == 1:
                where, value = picked[0]
                return sentence(f"{words.position(where)} is highlighted, at {words.value(value)}")
    marks = _highlighted_marks(reading)
    if marks is None:
        return ""
    name = marks.series if marks.series and not marks.anonymous else f"one {NOUN[marks.kind]}"
    if marks.kind == "point" and (not marks.series or marks.anonymous) and len(marks) > 1:
        return sentence(f"{len(marks)} points are highlighted")
    if over_time(marks):
        return sentence(f"{name} is highlighted") + " " + trend(words, marks, "it")
    return sentence(f"{name} is highlighted")


def _highlighted_values(words: Words, reading: Reading) -> str:
    """The values of a highlighted series the highlight sentence names but does not trace.

    A series over time is traced where it is named; one across categories (a dumbbell's
    later dots) was named and left out of the series said after it, its values unsaid.
    """
    marks = _highlighted_marks(reading)
    if marks is None or over_time(marks) or not marks.series or marks.anonymous:
        return ""
    return extremes(words, marks, "") if categorical(marks) else ""


def _headline(words: Words, reading: Reading) -> str:
    """The one statement the alt text gives after saying what the chart is."""
    if reading.table is not None:
        return ""
    for statement in (_highlight(words, reading), _ends(words, reading)):
        if statement:
            return statement
    data = [m for m in reading.marks if len(m)]
    boxes = [m for m in data if m.kind == "box"]
    if len(boxes) == 1:
        return ranges(words, boxes[0], "")
    if len(data) == 1 and data[0].kind == "point" and not categorical(data[0]):
        return points_statement(words, data[0], "")
    if len(data) == 1:
        marks = data[0]
        if over_time(marks):
            return trend(words, marks, "it")
        if marks.kind == "bar" or marks.kind == "cell":
            return extremes(words, marks, "")
    return ""


def _opening(reading: Reading) -> str:
    kind = chart_kind(reading)
    if reading.table is not None:
        frame = reading.table
        return sentence(
            f"table of {len(frame)} rows and {len(frame.columns)} columns: "
            f"{listed([str(c) for c in frame.columns])}"
        )
    what = measured(reading)
    out = f"{kind}: {what}" if what else kind
    if reading.twin_axes:  # what each axis measures is its title
        out = f"{kind} on two y axes: {listed(reading.facets)}"
    elif len(reading.facets) > 1:
        out += f", in {len(reading.facets)} panels"
    series = _series_names(reading)
    if 1 < len(series) <= 6:
        out += f", for {listed(series)}"
    elif len(series) > 6:
        out += f", for {len(series)} series"
    return sentence(out)


def write_alt(reading: Reading, brand: Brand, locale: str) -> str:
    """One or two sentences, at most :data:`ALT_LIMIT` characters, numbers in ``locale``."""
    words = Words(reading, brand, locale)
    if not reading.readable:
        return sentence(f"{chart_kind(reading)} whose data cannot be read")[:ALT_LIMIT]
    opening = _opening(reading)
    headline = _headline(words, reading)
    text = f"{opening} {headline}".strip()
    if len(text) <= ALT_LIMIT:
        return text
    if len(opening) <= ALT_LIMIT:
        return opening
    return opening[: ALT_LIMIT - 1].rstrip() + "\u2026"


# --------------------------------------------------------------------------- #
# The long description
# --------------------------------------------------------------------------- #


def _axis_sentence(words: Words, reading: Reading, axis: str) -> str:
    marks = [m for m in reading.marks if len(m)]
    values = [v for m in marks for v in (m.x if axis == "x" else m.y) if v is not None]
    if axis == measure_axis(reading):  # ranges and whiskers reach along the measured axis
        values += [v for m in marks for v in [*(m.low or []), *(m.high or [])] if finite(v)]
    label = reading.x_label if axis == "x" else reading.y_label
    given = reading.given_labels.get(axis, True)
    title = f" ({label})" if label and given and label not in ("x", "y") else ""
    if not values:
        return ""
    named = list(dict.fromkeys(v for v in values if isinstance(v, str)))
    if named and len(named) == len({str(v) for v in values}):
        if _year_after_year(named):  # pandas' bars of years: a time axis to the reader
            return f"the {axis} axis{title} runs from {named[0]} to {named[-1]}"
        return f"the {axis} axis{title} shows {len(named)} categories: {listed(named)}"
    bins = [v for v in values if isinstance(v, tuple)]
    if bins:
        ends = [float(b[0]) for b in bins] + [float(b[1]) for b in bins]
        return f"the {axis} axis{title} runs from {words.span(ends)}"
    times = [v for v in values if is_time(v)]
    if times:
        ordered = sorted(pd.Timestamp(v) for v in times)
        return (
            f"the {axis} axis{title} runs from {words.date(ordered[0])} "
            f"to {words.date(ordered[-1])}"
        )
    numbers = [float(v) for v in values if finite(v)]
    if not numbers:
        return ""
    if all(is_year(v) for v in numbers):
        return f"the {axis} axis{title} runs from {words.span(numbers)}"
    if reading.unit_axis == axis:
        return (
            f"the {axis} axis{title} shows values from {words.value(min(numbers))} "
            f"to {words.value(max(numbers))}"
        )
    return f"the {axis} axis{title} shows values from {words.span(numbers)}"


def _year_after_year(names: list[str]) -> bool:
    """True for category names that are years, one after another ("1999", "2000"...)."""
    if len(names) < 2 or not all(name.isdigit() and is_year(int(name)) for name in names):
        return False
    years = [int(name) for name in names]
    return all(b - a == 1 for a, b in zip(years, years[1:], strict=False))


def _axes(words: Words, reading: Reading) -> str:
    axes = ("x",) if reading.twin_axes else ("x", "y")  # each y axis is said with its line
    said = [_axis_sentence(words, reading, axis) for axis in axes]
    return sentence("; ".join(s for s in said if s))


def _series_sentences(words: Words, reading: Reading) -> list[str]:
    out: list[str] = []
    said = 0
    by_panel: dict[Any, list[Marks]] = {}
    for marks in reading.marks:
        by_panel.setdefault(marks.facet, []).append(marks)
    for facet, group in by_panel.items():
        prefix = f"{facet}: " if facet else ""
        unnamed: dict[str, list[Marks]] = {}
        for marks in group:
            if (not marks.series or marks.anonymous) and not marks.highlighted:
                unnamed.setdefault(marks.kind, []).append(marks)
        for marks in group:
            if marks is _highlighted_marks(reading):
                continue  # said with the highlight
            if said >= _SAID:
                out.append("Further series are in the data.")
                return out
            crowd = unnamed.get(marks.kind, [])
            if marks in crowd and len(crowd) > UNNAMED:
                if marks is crowd[0]:
                    out.append(prefix + unnamed_summary(words, crowd))
                    said += 1
                continue
            text = describe_marks(words, marks)
            if text:
                out.append(prefix + (_lower_own(text) if prefix else text))
                said += 1
    return out


def _lower_own(text: str) -> str:
    """Lower-case a sentence's first word when it is one of ours, not a name."""
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first in _OWN_WORDS else text


def _references(words: Words, references: list[tuple[str, Any]]) -> str:
    lines = []
    spans = 0
    for axis, value in references:
        if axis == "span":
            spans += 1
            continue
        text = f"{axis} = {words.position(value)}"
        if text not in lines:
            lines.append(text)
    out = []
    if lines:
        out.append(
            f"reference lines at {listed(lines)}"
            if len(lines) > 1
            else f"a reference line at {lines[0]}"
        )
    if spans:
        out.append(f"{spans} shaded spans" if spans > 1 else "a shaded span")
    return sentence("the chart marks " + " and ".join(out)) if out else ""


def write_long(reading: Reading, brand: Brand, locale: str) -> str:
    """A paragraph: what the chart is, its axes and ranges, each series, the panels.

    Its numbers and dates are written in ``locale``.
    """
    words = Words(reading, brand, locale)
    parts: list[str] = []
    kind = chart_kind(reading)
    if reading.title:
        parts.append(sentence(f"{kind} titled \u201c{' '.join(reading.title.split())}\u201d"))
        if reading.subtitle:
            parts.append(sentence(" ".join(reading.subtitle.split())))
    else:
        parts.append(_opening(reading))
    if reading.table is not None:
        if reading.title:
            parts.append(_opening(reading))
        parts += _table(words, reading)
    elif not reading.readable:
        parts.append("Its data cannot be read from the drawing.")
    else:
        parts.append(_axes(words, reading))
        series = _series_names(reading)
        if len(series) > 1:
            parts.append(sentence(f"{len(series)} series: {listed(series)}"))
        if reading.twin_axes:
            parts.append(sentence(f"two y axes: {listed(reading.facets)}"))
        elif reading.facets:
            parts.append(sentence(f"{len(reading.facets)} panels: {listed(reading.facets)}"))
        parts.append(_highlight(words, reading))
        parts.append(_highlighted_values(words, reading))
        parts += _series_sentences(words, reading)
    if reading.references:
        parts.append(_references(words, reading.references))
    if reading.unreadable:
        parts.append(sentence(f"it also draws {listed(reading.unreadable)}, not read as data"))
    if reading.source:
        parts.append(sentence(" ".join(reading.source.split())))
    return " ".join(p for p in parts if p)


def _names_rows(column: pd.Series) -> bool:
    """True for a column of text that names its rows: words, not ranks ("=4") or numbers."""
    cells = [v for v in column if v is not None and not (isinstance(v, float) and pd.isna(v))]
    return bool(cells) and all(isinstance(v, str) and any(ch.isalpha() for ch in v) for v in cells)


def _table(words: Words, reading: Reading) -> list[str]:
    frame = reading.table
    assert frame is not None
    out = []
    names = next((c for c in frame.columns if _names_rows(frame[c])), None)
    for column in frame.columns:
        cells = [v for v in frame[column] if v is not None and not pd.isna(v)]
        if column == names or len(cells) < 2 or not all(is_number(v) for v in cells):
            continue
        values = pd.to_numeric(frame[column], errors="coerce").reset_index(drop=True)
        top, bottom = int(np.nanargmax(values.to_numpy())), int(np.nanargmin(values.to_numpy()))
        places = decimals(cells)
        if values[top] == values[bottom]:
            out.append(sentence(f"{column}: {words.number(values[top], places)} in every row"))
            continue

        def where(row: Any) -> str:
            return f" ({frame[names].iloc[row]})" if names is not None else ""

        out.append(
            sentence(
                f"{column}: highest {words.number(values[top], places)}{where(top)}, "
                f"lowest {words.number(values[bottom], places)}{where(bottom)}"
            )
        )
    return out
