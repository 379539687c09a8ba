"""Numbers and positions in the chart's locale, at a precision that suits the values.

:class:`Words` writes a chart's values with :func:`housestyle.format_number` in the
chart's locale (its separators: "12,345.6", "12 345,6", "12.345,6"; the brand's minus
sign), with thousands separators from 10,000 as the house tables write them (so years
stay "2014" in every language), one precision per set of values; and positions as the
axis shows them: categories, dates in the locale (:func:`date_text`: "July 2015",
"Gorffennaf 2015", "juillet 2015"), bins ("20 to 25") or numbers.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..brand import Brand
from ..ink import format_date, format_number, localise_percent
from ._model import Reading, is_number

__all__ = [
    "Words",
    "date_text",
    "decimals",
    "finite",
    "is_time",
    "is_year",
]

_THOUSANDS_FROM = 10_000  # "2014" stays a year, "50,324" gets a separator


def finite(value: Any) -> bool:
    return is_number(value) and math.isfinite(float(value))


def is_time(value: Any) -> bool:
    return isinstance(value, np.datetime64 | pd.Timestamp | dt.date)


def _significant(value: float) -> int:
    """Decimals that show three significant figures of ``value`` (none from 100 up)."""
    size = abs(float(value))
    if size == 0:
        return 0
    return int(min(4, max(0, 2 - math.floor(math.log10(size)))))


def _exact(numbers: Sequence[float]) -> int | None:
    """The fewest decimals (up to 3) that write every number exactly, else None."""
    for places in range(4):
        if all(abs(round(v, places) - v) <= 1e-9 * max(1.0, abs(v)) for v in numbers):
            return places
    return None


def decimals(values: Sequence[Any]) -> int:
    """One precision for a set of values: exact or three significant figures.

    Exact where few decimals do, at most three significant figures of the largest:
    "4.1, 7.2"; "36.0, 29.2"; "238,792".
    """
    numbers = [float(v) for v in values if finite(v)]
    if not numbers:
        return 0
    most = _significant(max(abs(v) for v in numbers))
    exact = _exact(numbers)
    return most if exact is None else min(exact, most)


class Words:
    """Writes the numbers and positions of one reading in the brand's form, in ``locale``."""

    def __init__(self, reading: Reading, brand: Brand, locale: str):
        self.brand = brand
        self.locale = locale
        self.reading = reading
        measures = [
            v
            for m in reading.marks
            for v in [*m.measure, *(m.low or []), *(m.high or [])]
            if finite(v)
        ]
        self.decimals = decimals(measures)
        factor = reading.unit[2]
        self.value_decimals = decimals([v * factor for v in measures])

    def number(self, value: float, decimals: int | None = None) -> str:
        """A value in the locale, at the precision of the chart's values."""
        places = self.decimals if decimals is None else decimals
        value = float(value)
        thousands = "," if abs(round(value, places)) >= _THOUSANDS_FROM else ""
        return format_number(value, f"{thousands}.{places}f", brand=self.brand, locale=self.locale)

    def value(self, value: float) -> str:
        """A value the chart measures, with its axis' unit: "$13.0tn", "4.5%", "4,5 %"."""
        prefix, suffix, factor = self.reading.unit
        text = self.number(value * factor, self.value_decimals)
        if text.startswith(("-", "\u2212")) and prefix:
            text = f"{text[0]}{prefix}{text[1:]}{suffix}"
        else:
            text = f"{prefix}{text}{suffix}"
        return localise_percent(text, self.locale) if suffix.strip() == "%" else text

    def plain(self, value: float) -> str:
        """A number at its own precision: a position, or an axis' end."""
        return self.number(float(value), decimals([value]))

    def span(self, values: Sequence[float]) -> str:
        """Write "A to B": the least and most of ``values``, at one precision for both."""
        places = decimals([min(values), max(values)])
        return f"{self.number(min(values), places)} to {self.number(max(values), places)}"

    def date(self, value: Any) -> str:
        """A date in the locale (see :func:`date_text`)."""
        return date_text(pd.Timestamp(value), self.locale)

    def position(self, value: Any) -> str:
        """Where a value is: its category, date, bin or number as the axis shows it."""
        if isinstance(value, tuple) and len(value) == 2:
            return f"{self.plain(value[0])} to {self.plain(value[1])}"
        if is_time(value):
            return self.date(value)
        if is_number(value):
            return self.plain(float(value))
        return str(value)

    def at(self, value: Any) -> str:
        """The position with its preposition: "in 2014", "in July 2015", "for Honda", "at 1.6"."""
        if is_time(value) or (finite(value) and is_year(float(value))):
            return f"in {self.position(value)}"
        if isinstance(value, str):
            return f"for {value}"
        return f"at {self.position(value)}"


def is_year(value: float) -> bool:
    return abs(value - round(value)) < 1e-9 and 1000 <= value < 3000


#: CLDR skeletons of a date as the description writes it: the year alone on 1 January,
#: the month and year on the first of a month, else the day too.
_SKELETONS = ("y", "yMMMM", "yMMMMd")


def date_text(stamp: pd.Timestamp, locale: str) -> str:
    """A date as ``locale`` writes it, to the day, month or year it falls on.

    Examples
    --------
    >>> [date_text(pd.Timestamp(d), "en_GB") for d in ("2015-01-01", "2015-07-01", "2015-07-15")]
    ['2015', 'July 2015', '15 July 2015']
    >>> date_text(pd.Timestamp("2015-07-01"), "cy"), date_text(pd.Timestamp("2024-01-15"), "fr")
    ('Gorffennaf 2015', '15 janvier 2024')
    """
    if stamp.month == 1 and stamp.day == 1 and stamp.hour == 0:
        skeleton = _SKELETONS[0]
    elif stamp.day == 1 and stamp.hour == 0:
        skeleton = _SKELETONS[1]
    else:
        skeleton = _SKELETONS[2]
    return format_date(stamp.to_pydatetime(), skeleton, locale)
