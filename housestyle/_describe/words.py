"""Writing a reading as sentences: the alt text and the long description.

Everything said is computed from the reading: the kind of chart from its marks, what
is measured from the axis titles (else the subtitle), the ranges, extremes, first and
last values, rankings and highlighted series from the values. Numbers are written in
the brand's form (:func:`housestyle.format_number`: its minus sign, thousands
separators) at a precision that suits their size. No cause, no judgement: "rose from
2,944 in 1967 to 15,352 in 2010", never "surged".
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..brand import Brand
from ..labels import format_number
from .model import KINDS, Marks, Reading, is_number

__all__ = ["ALT_LIMIT", "Words", "write_alt", "write_long"]

ALT_LIMIT = 250  # characters: what a screen reader reads out in one breath
_LISTED = 8  # names listed before "and N more"
_RANKED = 10  # bars ranked in full up to this many, else the top and bottom three


class Words:
    """Writes the numbers and positions of one reading in the brand's form."""

    def __init__(self, reading: Reading, brand: Brand):
        self.brand = brand
        self.reading = reading
        measures = [v for m in reading.marks for v in m.measure if _finite(v)]
        self.decimals = _decimals(measures)

    def number(self, value: float, decimals: int | None = None) -> str:
        """A value in the brand's form, at the precision of the chart's values."""
        places = self.decimals if decimals is None else decimals
        return format_number(float(value), f",.{places}f", brand=self.brand)

    def position(self, value: Any) -> str:
        """Where a value is: its category, date, bin or number as the axis shows it."""
        if isinstance(value, tuple) and len(value) == 2:
            return f"{self.plain(value[0])} to {self.plain(value[1])}"
        if isinstance(value, np.datetime64 | pd.Timestamp | dt.date):
            return _date(pd.Timestamp(value))
        if is_number(value):
            return self.plain(float(value))
        return str(value)

    def span(self, values: Sequence[float]) -> str:
        """Write "A to B": the least and most of ``values``, at their own precision."""
        places = _decimals(values)
        return f"{self.number(min(values), places)} to {self.number(max(values), places)}"

    def plain(self, value: float) -> str:
        """A position number: years without separators, others to what they need."""
        if float(value).is_integer():
            if 1000 <= abs(value) < 3000:
                return format_number(value, ".0f", brand=self.brand)
            return format_number(value, ",.0f", brand=self.brand)
        return format_number(value, f",.{_decimals([value])}f", brand=self.brand)


def _finite(value: Any) -> bool:
    return is_number(value) and math.isfinite(float(value))


def _decimals(values: Sequence[Any]) -> int:
    """Decimals that show about three significant figures of the largest value."""
    numbers = [abs(float(v)) for v in values if _finite(v)]
    if not numbers or all(float(v).is_integer() for v in numbers):
        return 0
    largest = max(numbers)
    if largest == 0:
        return 0
    return int(min(3, max(0, 2 - math.floor(math.log10(largest)))))


def _date(stamp: pd.Timestamp) -> str:
    if stamp.month == 1 and stamp.day == 1 and stamp.hour == 0:
        return f"{stamp.year}"
    if stamp.day == 1 and stamp.hour == 0:
        return stamp.strftime("%B %Y")
    return f"{stamp.day} {stamp.strftime('%B %Y')}"


def _listed(names: Sequence[str]) -> str:
    names = list(names)
    if len(names) > _LISTED:
        return ", ".join(names[:_LISTED]) + f" and {len(names) - _LISTED} more"
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _lower_first(text: str) -> str:
    """Lower-case a sentence's first letter, unless it starts a name or an acronym."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


# --------------------------------------------------------------------------- #
# What the chart is
# --------------------------------------------------------------------------- #


def chart_kind(reading: Reading) -> str:
    """The kind of chart, as a reader calls it: "line chart", "bar chart and line chart"."""
    if reading.table is not None:
        return "table"
    kinds = list(dict.fromkeys(m.kind for m in reading.marks))
    if not kinds:
        return "chart"
    if kinds == ["bar"] and all(m.horizontal for m in reading.marks):
        return "horizontal bar chart"
    names = list(dict.fromkeys(KINDS[k] for k in kinds))
    if len(names) > 2:
        return "chart of " + _listed([n.replace(" chart", "s").replace(" plot", "") for n in names])
    return " and ".join(names)


def measured(reading: Reading) -> str:
    """What the chart measures: the value axis' title, else the subtitle, else the title."""
    kinds = {m.kind for m in reading.marks}
    horizontal = bool(reading.marks) and all(m.horizontal for m in reading.marks)
    if kinds == {"cell"} and reading.value_label:
        return reading.value_label
    label = reading.x_label if horizontal else reading.y_label
    if label and label not in ("y", "count") or (label and not reading.subtitle):
        return label
    for text in (reading.subtitle, reading.title):
        if text:
            return text.strip().rstrip(".")
    return ""


def _series_names(reading: Reading) -> list[str]:
    return list(dict.fromkeys(m.series for m in reading.marks if m.series))


# --------------------------------------------------------------------------- #
# Statements computed from the marks
# --------------------------------------------------------------------------- #


def _pairs(marks: Marks) -> list[tuple[Any, float]]:
    return [
        (p, float(v))
        for p, v in zip(marks.position, marks.measure, strict=False)
        if _finite(v) and p is not None
    ]


def _trend(words: Words, marks: Marks, name: str) -> str:
    """Write "{name} rose from A in X to B in Y; highest C in Z" for a line or area."""
    pairs = _pairs(marks)
    if len(pairs) < 2:
        return ""
    (p0, v0), (p1, v1) = pairs[0], pairs[-1]
    first, last = words.number(v0), words.number(v1)
    if first == last:
        verb = f"was {first} in {words.position(p0)} and in {words.position(p1)}"
    else:
        rose = "rose" if v1 > v0 else "fell"
        verb = f"{rose} from {first} in {words.position(p0)} to {last} in {words.position(p1)}"
    out = f"{name} {verb}".strip()
    values = [v for _, v in pairs]
    top, bottom = int(np.argmax(values)), int(np.argmin(values))
    extra = []
    if top not in (0, len(pairs) - 1):
        extra.append(f"highest {words.number(values[top])} in {words.position(pairs[top][0])}")
    if bottom not in (0, len(pairs) - 1):
        extra.append(f"lowest {words.number(values[bottom])} in {words.position(pairs[bottom][0])}")
    if extra:
        out += "; " + ", ".join(extra)
    return _sentence(out)


def _ranking(words: Words, pairs: list[tuple[Any, float]]) -> str:
    """Write "From highest to lowest: A (3), B (2) and C (1)."."""
    ranked = sorted(pairs, key=lambda pair: -pair[1])
    shown = [f"{words.position(p)} ({words.number(v)})" for p, v in ranked]
    if len(shown) <= _RANKED:
        return _sentence("from highest to lowest: " + _listed(shown))
    return _sentence(
        f"highest: {_listed(shown[:3])}; lowest: {_listed(shown[-3:])} (of {len(shown)})"
    )


def _extremes(words: Words, marks: Marks, name: str) -> str:
    pairs = _pairs(marks)
    if not pairs:
        return ""
    values = [v for _, v in pairs]
    top, bottom = pairs[int(np.argmax(values))], pairs[int(np.argmin(values))]
    lead = f"{name}: " if name else ""
    if marks.kind == "cell":
        i, j = int(np.argmax(values)), int(np.argmin(values))
        ys = [y for y, v in zip(marks.y, marks.measure, strict=False) if _finite(v)]
        return _sentence(
            f"{lead}highest {words.number(values[i])} at {words.position(top[0])}, "
            f"{words.position(ys[i])}; lowest {words.number(values[j])} at "
            f"{words.position(bottom[0])}, {words.position(ys[j])}"
        )
    return _sentence(
        f"{lead}highest {words.number(top[1])} at {words.position(top[0])}, "
        f"lowest {words.number(bottom[1])} at {words.position(bottom[0])}"
    )


def _describe_marks(words: Words, marks: Marks) -> str:
    name = marks.series or ""
    if marks.kind in ("line", "area") and not _categorical(marks):
        return _trend(words, marks, name or "The values")
    if marks.kind in ("bar",) and len(marks) > 1:
        ranked = _ranking(words, _pairs(marks))
        return f"{name}: {ranked}" if name else ranked
    if marks.kind in ("range", "box") and marks.low is not None and marks.high is not None:
        lows = [v for v in marks.low if _finite(v)]
        highs = [v for v in marks.high if _finite(v)]
        if lows and highs:
            lead = f"{name}: " if name else ""
            return _sentence(
                f"{lead}ranges from {words.number(min(lows))} to {words.number(max(highs))}"
            )
        return ""
    if marks.kind == "point" and len(marks) > 2:
        return _points(words, marks, name)
    return _extremes(words, marks, name)


def _categorical(marks: Marks) -> bool:
    return any(isinstance(p, str) for p in marks.position)


def _points(words: Words, marks: Marks, name: str) -> str:
    xs = [float(x) for x, y in zip(marks.x, marks.y, strict=False) if _finite(x) and _finite(y)]
    ys = [float(y) for x, y in zip(marks.x, marks.y, strict=False) if _finite(x) and _finite(y)]
    lead = f"{name}: " if name else ""
    if len(xs) < 3:
        return _extremes(words, marks, name)
    out = (
        f"{lead}{len(xs)} points, x from {words.span(xs)}, "
        f"y from {words.number(min(ys))} to {words.number(max(ys))}"
    )
    if np.std(xs) > 0 and np.std(ys) > 0:
        r = float(np.corrcoef(xs, ys)[0, 1])
        out += f"; correlation coefficient {format_number(r, '.2f', brand=words.brand)}"
    return _sentence(out)


# --------------------------------------------------------------------------- #
# The two texts
# --------------------------------------------------------------------------- #


def _ends(words: Words, reading: Reading) -> str:
    """The headline of several lines: which series ends highest and lowest."""
    lines = [m for m in reading.marks if m.kind in ("line", "area") and m.series and _pairs(m)]
    facets = {m.facet for m in lines}
    if len(lines) < 2 or len(facets) > 1:
        return ""
    last = [(m.series, _pairs(m)[-1]) for m in lines]
    top = max(last, key=lambda item: item[1][1])
    bottom = min(last, key=lambda item: item[1][1])
    return _sentence(
        f"{top[0]} ends highest, at {words.number(top[1][1])} in {words.position(top[1][0])}; "
        f"{bottom[0]} ends lowest, at {words.number(bottom[1][1])}"
    )


def _headline(words: Words, reading: Reading) -> str:
    """The one statement the alt text gives after saying what the chart is."""
    if reading.table is not None:
        return ""
    highlighted = _highlight(words, reading)
    if highlighted:
        return highlighted
    ends = _ends(words, reading)
    if ends:
        return ends
    data = [m for m in reading.marks if len(m)]
    if len(data) == 1:
        marks = data[0]
        if marks.kind in ("line", "area") and not _categorical(marks):
            return _trend(words, marks, marks.series or "It")
        return _extremes(words, marks, "")
    return ""


def _highlight(words: Words, reading: Reading) -> str:
    for marks in reading.marks:
        if marks.marks_highlighted:
            picked = [
                (p, v)
                for (p, v), on in zip(_pairs(marks), marks.marks_highlighted, strict=False)
                if on
            ]
            if len(picked) == 1:
                p, v = picked[0]
                return _sentence(f"{words.position(p)} is highlighted, at {words.number(v)}")
    named = [m for m in reading.marks if m.highlighted and m.series]
    others = [m for m in reading.marks if not m.highlighted and m.series]
    names = list(dict.fromkeys(m.series for m in named))
    if named and others and len(names) == 1:
        marks = named[0]
        if marks.kind in ("line", "area"):
            trend = _trend(words, marks, names[0] or "")
            return _sentence(f"{names[0]} is highlighted. {trend}") if trend else ""
        return _sentence(f"{names[0]} is highlighted")
    return ""


def _opening(words: Words, reading: Reading) -> str:
    kind = chart_kind(reading)
    if reading.table is not None:
        frame = reading.table
        return _sentence(
            f"table of {len(frame)} rows and {len(frame.columns)} columns: "
            f"{_listed([str(c) for c in frame.columns])}"
        )
    what = measured(reading)
    out = f"{kind} of {_lower_first(what)}" if what else kind
    series = _series_names(reading)
    if len(reading.facets) > 1:
        out += f" in {len(reading.facets)} panels"
    if 1 < len(series) <= 6:
        out += f" for {_listed(series)}"
    elif len(series) > 6:
        out += f" for {len(series)} series"
    return _sentence(out)


def write_alt(reading: Reading, brand: Brand) -> str:
    """One or two sentences, at most :data:`ALT_LIMIT` characters."""
    words = Words(reading, brand)
    opening = _opening(words, reading)
    if not reading.readable:
        opening = _sentence(f"{chart_kind(reading)} whose data cannot be read")
    headline = _headline(words, reading) if reading.readable else ""
    text = f"{opening} {headline}".strip()
    if len(text) <= ALT_LIMIT:
        return text
    if len(opening) <= ALT_LIMIT:
        return opening
    return opening[: ALT_LIMIT - 1].rstrip() + "\u2026"


def _axes(words: Words, reading: Reading) -> str:
    marks = [m for m in reading.marks if len(m)]
    if not marks:
        return ""
    out = []
    for axis, label in (("x", reading.x_label), ("y", reading.y_label)):
        values = [v for m in marks for v in (m.x if axis == "x" else m.y) if v is not None]
        named = list(dict.fromkeys(words.position(v) for v in values if isinstance(v, str)))
        numbers = [float(v) for v in values if _finite(v)]
        title = f" ({label})" if label and label not in ("x", "y") else ""
        if named and len(named) == len({str(v) for v in values}):
            out.append(f"the {axis} axis{title} shows {len(named)} categories: {_listed(named)}")
        elif numbers and all(m.kind != "cell" for m in marks) and _is_measure(marks, axis):
            out.append(
                f"the {axis} axis{title} shows values from {words.number(min(numbers))} "
                f"to {words.number(max(numbers))}"
            )
        elif values:
            ordered = sorted(values, key=_sort_key)
            out.append(
                f"the {axis} axis{title} runs from {words.position(ordered[0])} to "
                f"{words.position(ordered[-1])}"
            )
    return _sentence("; ".join(out))


def _is_measure(marks: list[Marks], axis: str) -> bool:
    horizontal = all(m.horizontal for m in marks)
    return (axis == "x") == horizontal or any(m.kind == "point" for m in marks)


def _sort_key(value: Any) -> Any:
    if isinstance(value, tuple):
        return float(value[0])
    if isinstance(value, np.datetime64 | pd.Timestamp | dt.date):
        return pd.Timestamp(value).value
    return float(value) if _finite(value) else 0.0


def write_long(reading: Reading, brand: Brand) -> str:
    """A paragraph: what the chart is, its axes and ranges, each series, the panels."""
    words = Words(reading, brand)
    parts: list[str] = []
    kind = chart_kind(reading)
    if reading.title:
        parts.append(_sentence(f"{kind} titled \u201c{reading.title.strip()}\u201d"))
    if reading.subtitle:
        parts.append(_sentence(reading.subtitle))
    if not reading.title:
        parts.append(_opening(words, reading))
    if reading.table is not None:
        parts += _table(words, reading)
    elif not reading.readable:
        parts.append("Its data cannot be read from the drawing.")
    else:
        parts.append(_axes(words, reading))
        series = _series_names(reading)
        if len(series) > 1:
            parts.append(_sentence(f"{len(series)} series: {_listed(series)}"))
        if reading.facets:
            parts.append(_sentence(f"{len(reading.facets)} panels: {_listed(reading.facets)}"))
        parts.append(_highlight(words, reading))
        said = 0
        for marks in reading.marks:
            if said >= 12:
                parts.append("Further series are in the data.")
                break
            text = _describe_marks(words, marks)
            if text:
                facet = f"In {marks.facet}: " if marks.facet else ""
                parts.append(facet + text)
                said += 1
    if reading.references:
        parts.append(_references(words, reading.references))
    if reading.unreadable:
        parts.append(_sentence(f"it also draws {_listed(reading.unreadable)}, not read as data"))
    if reading.source:
        parts.append(_sentence(reading.source))
    return " ".join(p for p in parts if p)


def _references(words: Words, references: list[str]) -> str:
    lines = []
    spans = 0
    for ref in dict.fromkeys(references):
        if "=" in ref:
            axis, _, value = ref.partition("=")
            try:
                shown = words.plain(float(value))
            except ValueError:
                shown = value
            lines.append(f"{axis} = {shown}")
        else:
            spans += 1
    out = []
    if lines:
        out.append(
            f"reference lines at {_listed(lines)}"
            if len(lines) > 1
            else f"a reference line at {lines[0]}"
        )
    if spans:
        out.append("shaded spans" if spans > 1 else "a shaded span")
    return _sentence("the chart marks " + " and ".join(out)) if out else ""


def _table(words: Words, reading: Reading) -> list[str]:
    frame = reading.table
    assert frame is not None
    out = [_opening(words, reading)]
    labels = next(
        (c for c in frame.columns if frame[c].map(lambda v: isinstance(v, str)).all()), None
    )
    for column in frame.columns:
        values = pd.to_numeric(frame[column], errors="coerce")
        if (
            column == labels
            or values.notna().sum() < 2
            or not all(is_number(v) or v is None for v in frame[column])
        ):
            continue
        column_words = Words(Reading(), words.brand)
        column_words.decimals = _decimals(values.dropna().tolist())
        top, bottom = values.idxmax(), values.idxmin()
        where = (
            (f" ({frame.loc[top, labels]})", f" ({frame.loc[bottom, labels]})")
            if labels is not None
            else ("", "")
        )
        out.append(
            _sentence(
                f"{column}: highest {column_words.number(values[top])}{where[0]}, "
                f"lowest {column_words.number(values[bottom])}{where[1]}"
            )
        )
    return out
