"""Dumbbell chart: the change between two dates for each category.

A dumbbell chart puts two values for each category on one line (a dot for each,
joined by a bar), so the reader sees both the levels and the size of the change.
It is clearer than a grouped bar when the values are far from zero, because dots
need no zero baseline.

Headline rests on: the yearly mean of monthly median prices in `txhousing` for the ten
busiest markets, 2005 and 2014: Fort Bend rose most (61%), NE Tarrant County least
(26%), and every market rose.

**What the house style changes.** The earlier value is grey and the later one the
brand's primary colour, so the eye lands on where things ended. The connecting bar
is a thinner line in the same grey: quiet, but still a mark that keeps 3:1 contrast
with the background (the gridline colour would not). The two dates are labelled once,
directly above the first row, instead of in a legend; the grey date is set in the
brand's ``muted_text`` colour, because grey that is strong enough for a dot is too
faint for text.

**How to: format thousands on an axis.** ``FuncFormatter(lambda v, _: f"${v/1000:.0f}k")``
writes prices compactly; ``StrMethodFormatter("{x:,.0f}")`` gives full numbers with
thousands separators.

**How to: sort to match the title.** Sort the rows by what the headline claims: a
title about who rose fastest needs rows in order of the change
(``prices.sort_values("change")``), not of the later price, or the reader cannot check
it at a glance. The dots are the brand's large point size (``s =
brand.marks.point_large ** 2``: matplotlib's ``s`` is an area in points²). Compare whole
years: the data end in July 2015, so 2014 is the last full year.

**How to: make a dumbbell chart.** Draw the bars between the two values with
``ax.hlines(rows, first, last)``, then a ``scatter`` for each end on top:

```python
ax.hlines(rows, prices[2005], prices[2014], color=brand.colours.grey)
ax.scatter(prices[2005], rows, color=brand.colours.grey, zorder=3)
ax.scatter(prices[2014], rows, color=brand.colours.primary, zorder=3)
```
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MultipleLocator
from plotnine.data import txhousing

import housestyle

TAGS = ("dumbbell", "dot plot", "change", "comparison", "matplotlib")

FIRST, LAST = 2005, 2014  # whole years: the data stop in July 2015
TITLE = "{top}'s home prices rose fastest"
SUBTITLE = "Median home price, {first} and {last}, ten busiest markets, by % rise"
SOURCE = "Texas A&M Real Estate Center, via plotnine's txhousing dataset"


def median_prices(cities: int = 10):
    """Return the yearly median price in ``FIRST`` and ``LAST`` for the busiest markets.

    Rows are sorted by the percentage change, smallest first (so the largest is drawn
    at the top), because the chart is about the change.
    """
    busiest = txhousing.groupby("city")["sales"].sum().nlargest(cities).index
    years = txhousing[txhousing["city"].isin(busiest) & txhousing["year"].isin((FIRST, LAST))]
    prices = years.groupby(["city", "year"])["median"].mean().unstack("year")
    prices["change"] = prices[LAST] / prices[FIRST] - 1
    return prices.sort_values("change")


@housestyle.style()
def recipe() -> Figure:
    """Draw the median home price in Texas's ten busiest markets, 2005 against 2014."""
    brand = housestyle.current_brand()
    prices = median_prices()
    rows = range(len(prices))
    fig, ax = plt.subplots()
    ax.hlines(
        rows,
        prices[FIRST],
        prices[LAST],
        color=brand.colours.grey,
        linewidth=brand.lines.data,
        zorder=2,
    )
    dates = (
        (FIRST, brand.colours.grey, brand.colours.muted_text),
        (LAST, brand.colours.primary, brand.colours.primary),
    )
    for year, colour, label_colour in dates:
        ax.scatter(prices[year], rows, s=brand.marks.point_large**2, color=colour, zorder=3)
        ax.annotate(
            str(year),
            (prices[year].iloc[-1], len(prices) - 1),
            xytext=(0, 10),
            textcoords="offset points",
            ha="center",
            fontsize=brand.type.annotation,
            fontweight="bold",
            color=label_colour,
        )
    ax.set_yticks(rows, prices.index)
    ax.grid(False, axis="y")
    ax.grid(True, axis="x")
    ax.spines["bottom"].set_visible(False)
    ax.set_xlim(100_000, 300_000)
    ax.set_ylim(-0.6, len(prices) - 0.2)
    ax.xaxis.set_major_locator(MultipleLocator(50_000))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"${v / 1000:.0f}k"))
    top, bottom, dearest = prices.index[-1], prices.index[0], prices[LAST].idxmax()
    return housestyle.finalise(
        fig,
        title=TITLE.format(top=top),
        subtitle=SUBTITLE.format(first=FIRST, last=LAST),
        source=SOURCE,
        alt=f"Dumbbell chart of median home prices in ten Texan markets in {FIRST} and "
        f"{LAST}, sorted by the rise. Every market rose; {top} rose most, by "
        f"{prices.loc[top, 'change']:.0%}, and {bottom} least, by "
        f"{prices.loc[bottom, 'change']:.0%}; {dearest} was dearest in {LAST} at about "
        f"${prices[LAST].max() / 1000:.0f}k.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
