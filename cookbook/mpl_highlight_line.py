"""One line highlighted among many grey ones.

When a chart is about one series but the reader needs the others for context, draw
every other series as a thin grey line and the one that matters in colour, on top.
The grey mass shows the range and the common trend; the coloured line shows where
the subject sits in it and how that changed. Thirty-six coloured lines would be a
tangle; thirty-five grey ones and one coloured line are a story.

Headline rests on: the yearly mean of monthly median prices in `txhousing`, 2000-2014,
for the 36 markets with a price in every year, ranked each year (1 = dearest): the
chosen city's rank in 2000 and in 2014 (San Angelo: 31st, then 16th).

**What the house style changes.** The context lines are the brand's ``grey`` at its
context width (``brand.lines.context``), thinner than a data line; the highlighted one
is the brand's ``highlight`` colour at the full data width, named at its end in bold
in the same colour instead of in a legend. The y axis shows prices in thousands with
the currency sign, and the title is worked out from the data, so it stays true for any
city you choose.

**How to: highlight one line.** Draw the context first, in one call per line or as a
``LineCollection``, then the highlight last (or with a higher ``zorder``) so that it
is never hidden under the grey:

```python
for name, prices in wide.items():
    ax.plot(years, prices, color=brand.colours.grey, linewidth=brand.lines.context)
ax.plot(years, wide[city], color=brand.colours.highlight, zorder=3)
```

This recipe takes an argument: ``recipe(city="Austin")`` highlights another market.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter
from plotnine.data import txhousing

import housestyle

TAGS = ("line", "highlight", "multiple lines", "time series", "matplotlib")

City = Literal[
    "San Angelo",
    "Austin",
    "Fort Bend",
    "Harlingen",
    "Garland",
    "San Antonio",
    "Houston",
    "Dallas",
]

FIRST, LAST = 2000, 2014  # whole years: the data stop in July 2015
SUBTITLE = "Median home price in Texan markets, yearly average of monthly medians, {first}-{last}"

_ORDINALS = {1: "st", 2: "nd", 3: "rd"}


def ordinal(n: int) -> str:
    """Return 1st, 2nd, 3rd, 4th ... 11th, 12th, 13th ... 21st."""
    suffix = "th" if 10 <= n % 100 <= 20 else _ORDINALS.get(n % 10, "th")
    return f"{n}{suffix}"


def yearly_prices() -> pd.DataFrame:
    """Return each market's yearly median price (a column per city), whole years only.

    Markets with a year missing are left out, so every line runs the full width.
    """
    years = txhousing[txhousing["year"].between(FIRST, LAST)]
    prices = years.groupby(["year", "city"])["median"].mean().unstack("city")
    return prices.dropna(axis="columns")


def headline(city: str, ranks: pd.DataFrame) -> str:
    """Say how ``city``'s rank among the markets changed from the first year to the last."""
    first, last, count = int(ranks.loc[FIRST, city]), int(ranks.loc[LAST, city]), ranks.shape[1]
    if last == first:
        return f"{city} was {ordinal(first)} of {count} markets in {FIRST} and {LAST}"
    move = "rose" if last < first else "fell"
    return f"{city} {move} from {ordinal(first)} to {ordinal(last)} of {count} markets"


@housestyle.style()
def recipe(city: City = "San Angelo") -> Figure:
    """Draw the yearly median home price of every Texan market, one city highlighted.

    Parameters
    ----------
    city
        The market to draw in the highlight colour.
    """
    brand = housestyle.current_brand()
    prices = yearly_prices() / 1000
    ranks = prices.rank(axis="columns", ascending=False)
    fig, ax = plt.subplots()
    for name in prices.columns.drop(city):
        ax.plot(prices.index, prices[name], color=brand.colours.grey, linewidth=brand.lines.context)
    ax.plot(prices.index, prices[city], color=brand.colours.highlight, zorder=3)
    ax.annotate(
        city,
        (LAST, prices.loc[LAST, city]),
        xytext=(6, 0),
        textcoords="offset points",
        va="center",
        fontsize=brand.type.annotation,
        fontweight="bold",
        color=brand.colours.highlight,
        annotation_clip=False,
    )
    ax.set_xlim(FIRST - 0.4, LAST)  # a little room between the y labels and 2000
    ax.set_ylim(0, 300)
    ax.set_xticks(range(FIRST, LAST + 1, 2))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"${v:.0f}k" if v else "0"))
    start, end = prices.loc[FIRST, city], prices.loc[LAST, city]
    return housestyle.finalise(
        fig,
        title=headline(city, ranks),
        subtitle=SUBTITLE.format(first=FIRST, last=LAST),
        source="Texas A&M Real Estate Center, via plotnine's txhousing dataset",
        alt=f"Line chart of the yearly median home price in {prices.shape[1]} Texan "
        f"markets from {FIRST} to {LAST}, all in grey but {city}, which is highlighted. "
        f"Prices range from about ${prices.loc[FIRST].min():.0f}k to "
        f"${prices.loc[FIRST].max():.0f}k in {FIRST} and from "
        f"${prices.loc[LAST].min():.0f}k to ${prices.loc[LAST].max():.0f}k in {LAST}. "
        f"{city} goes from ${start:.0f}k, {ordinal(int(ranks.loc[FIRST, city]))}, to "
        f"${end:.0f}k, {ordinal(int(ranks.loc[LAST, city]))}.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
