"""The sample chart of a brand's specimen: four labelled lines, finished in the brand.

It is drawn from the current brand and size (``with housestyle.style(brand, size)``),
like a recipe, so :func:`housestyle.export` can lay it out again at every preset.
"""

from __future__ import annotations

import datetime as dt
import math

import matplotlib.pyplot as plt
from babel import Locale
from matplotlib import dates
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

from ..brand import current_brand
from ..finish import finalise
from ..ink import palette, spread_labels

__all__ = ["SERIES", "YEARS", "language_chart", "sample_chart", "sample_values"]

#: The series of the sample chart, and the years it spans.
SERIES = ("North", "East", "South", "West")
YEARS = tuple(range(2015, 2025))
#: The least gap between two end labels, in index points: a line of text at any size.
_LABEL_GAP = 9.0
_LABEL_OFFSET = 0.3  # years between a line's end and its label
_BASE = 100.0  # the index's base year value, drawn as the reference line


def sample_values(series: int) -> list[float]:
    """Made-up index values (2015 = 100) of the ``series``-th line: smooth and distinct.

    Examples
    --------
    >>> sample_values(0)[0], len(sample_values(3))
    (100.0, 10)
    """
    growth = (0.05, 0.035, 0.02, 0.005)[series]
    wave = (3.0, 4.0, 2.5, 3.5)[series]
    return [
        round(_BASE * (1 + growth) ** t + wave * math.sin(t * (0.6 + 0.15 * series)), 1)
        for t in range(len(YEARS))
    ]


def sample_chart() -> Figure:
    """Draw the sample chart in the current brand and size; return it finalised."""
    brand = current_brand()
    colours = palette("categorical", n=len(SERIES))
    fig, ax = plt.subplots()
    values = [sample_values(i) for i in range(len(SERIES))]
    label_y = spread_labels([v[-1] for v in values], gap=_LABEL_GAP)
    for name, colour, ys, y in zip(SERIES, colours, values, label_y, strict=True):
        ax.plot(YEARS, ys, color=colour)
        ax.text(
            YEARS[-1] + _LABEL_OFFSET,
            y,
            name,
            color=colour,
            fontsize=brand.type.annotation,
            fontweight="bold",
            va="center",
            clip_on=False,
        )
    ax.set_xlim(YEARS[0], YEARS[-1])
    ax.set_xticks(YEARS[::3])
    ax.spines["bottom"].set_visible(False)  # the axis does not start at zero: no baseline
    ax.axhline(_BASE, color=brand.colours.axis, linewidth=brand.lines.axis, zorder=1.5)
    return finalise(
        fig,
        title=f"Four regions in the {brand.name} style",
        subtitle="An index of made-up figures, 2015 = 100",
        source="housestyle sample data",
        alt="Line chart of four made-up regional indices from 2015 to 2024, each labelled at "
        "its end: North rises most, West least.",
    )


def language_chart(locales: list[str]) -> Figure:
    """Draw a chart of made-up monthly shares, 2023-2024, to show in each of ``locales``.

    Its title is each locale's name in its own language (from CLDR), so that nothing is
    translated by hand; its months, percentages and source word are the locale's when
    :func:`housestyle.export` writes it with ``locales=``.
    """
    months = [dt.date(2023 + m // 12, m % 12 + 1, 1) for m in range(24)]
    shares = [0.12 + 0.04 * math.sin(m / 3.0) - 0.002 * m for m in range(24)]
    fig, ax = plt.subplots()
    ax.plot(dates.date2num(months), shares, color=current_brand().colours.primary)
    ax.xaxis_date()
    ax.xaxis.set_major_locator(dates.MonthLocator(bymonth=(1, 7)))
    ax.xaxis.set_major_formatter(dates.DateFormatter("%b %Y"))
    ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=1))
    names = {each: str(Locale.parse(each).get_display_name(each)) for each in locales}
    return finalise(
        fig,
        title={each: name[:1].upper() + name[1:] for each, name in names.items()},
        source="housestyle sample data",
        alt={
            each: f"{name}: line chart of a made-up monthly share, 2023 to 2024"
            for each, name in names.items()
        },
    )
