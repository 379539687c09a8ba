"""Bump chart: how the ranking of a few items changes, year by year.

A bump chart plots rank, not value: first place at the top, one line per item, one
column per year, so every crossing is an overtaking. It suits a ranking that the
story is about (a league, a price table) and hides how far apart the items are, so
say in the subtitle what is ranked.

Headline rests on: the yearly mean of the monthly median prices in `txhousing` for the
ten markets with the most sales in 2000-2014, ranked each year (1 = dearest): Fort Bend
went from 6th to 2nd and Montgomery County from 7th to 4th (both Houston suburbs), while
Denton County fell from 2nd to 6th.


**What the house style changes.** The markets that moved most are drawn in the first
three categorical colours and named in bold at both ends of their lines; the rest are
grey context lines, thinner (``brand.lines.context``), with grey names. Each year's
rank is a dot of the brand's point size (``s = brand.marks.point ** 2``) outlined in
the background colour, so that crossings stay legible. There are no gridlines and no y
axis: the names are the scale, and rank 1 sits at the top (``ax.invert_yaxis()``).

**How to: set plot margins.** Two kinds of margin matter. Inside the axes,
``ax.margins(x=..., y=...)`` (or explicit limits) keeps the end dots off the frame;
here ``ax.set_xlim(first - 0.3, last + 0.3)`` gives them room. Outside the axes, the
names are drawn beyond the first and last year with ``ha="right"`` and ``ha="left"``
and ``annotation_clip=False``: the layout engine counts text outside the axes and
widens the left and right margins to fit it, so nothing is clipped and no number is
guessed. The figure's own margins (around everything) come from the brand's
``layout.margins`` and are changed there, once, not chart by chart.

**How to: set the margins inside the axes.** ``ax.margins(x=..., y=...)`` pads the data
by a share of its range (explicit limits, as here, do the same by hand):

```python
ax.margins(x=0.02, y=0.05)
ax.set_xlim(FIRST - 0.3, LAST + 0.3)
```
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from plotnine.data import txhousing

import housestyle

TAGS = ("bump chart", "rank", "line", "time series", "matplotlib")

FIRST, LAST = 2000, 2014  # whole years: the data stop in July 2015
MARKETS = 10
#: The two risers and the faller, in the order of the palette (``p9_bump_chart`` too).
HIGHLIGHT = ("Fort Bend", "Montgomery County", "Denton County")
TITLE = "Two Houston suburbs climbed the price ranks"
SUBTITLE = "Median home price rank of the {n} busiest Texan markets, 1 = dearest"
SOURCE = "Texas A&M Real Estate Center, via plotnine's txhousing dataset"
#: Gap in points between the end dots and the names.
LABEL_OFFSET = 8


def price_ranks(markets: int = MARKETS) -> pd.DataFrame:
    """Rank the ``markets`` busiest markets by yearly median price, 1 = dearest.

    Busiest means most homes sold from ``FIRST`` to ``LAST``; the yearly price is the
    mean of the monthly medians. Returns a row per year and a column per market.
    """
    years = txhousing[txhousing["year"].between(FIRST, LAST)]
    busiest = years.groupby("city")["sales"].sum().nlargest(markets).index
    prices = years[years["city"].isin(busiest)].groupby(["year", "city"])["median"].mean()
    return prices.unstack("city").rank(axis="columns", ascending=False, method="first")


@housestyle.style()
def recipe() -> Figure:
    """Draw the price rank of Texas's ten busiest housing markets, 2000-2014."""
    brand = housestyle.current_brand()
    ranks = price_ranks()
    colours = dict(zip(HIGHLIGHT, housestyle.palette(n=len(HIGHLIGHT)), strict=True))
    fig, ax = plt.subplots()
    for market in [*ranks.columns.drop(list(HIGHLIGHT)), *HIGHLIGHT]:  # context first
        colour = colours.get(market, brand.colours.grey)
        chosen = market in colours
        ax.plot(
            ranks.index,
            ranks[market],
            color=colour,
            linewidth=brand.lines.data if chosen else brand.lines.context,
            zorder=3 if chosen else 2,
        )
        ax.scatter(
            ranks.index,
            ranks[market],
            s=brand.marks.point**2,
            color=colour,
            edgecolors=brand.colours.background,
            linewidths=brand.lines.edge,
            zorder=4 if chosen else 2,
        )
        for year, side, offset in ((FIRST, "right", -LABEL_OFFSET), (LAST, "left", LABEL_OFFSET)):
            ax.annotate(
                market,
                (year, ranks.loc[year, market]),
                xytext=(offset, 0),
                textcoords="offset points",
                ha=side,
                va="center",
                fontsize=brand.type.annotation,
                fontweight="bold" if chosen else "normal",
                color=colour if chosen else brand.colours.muted_text,
                annotation_clip=False,
            )
    ax.set_xlim(FIRST - 0.3, LAST + 0.3)
    ax.set_ylim(len(ranks.columns) + 0.5, 0.5)  # rank 1 at the top
    ax.set_xticks([FIRST, 2005, 2010, LAST])
    ax.yaxis.set_visible(False)
    ax.grid(False)
    ax.spines["bottom"].set_visible(False)
    moves = {m: (int(ranks.loc[FIRST, m]), int(ranks.loc[LAST, m])) for m in HIGHLIGHT}
    return housestyle.finalise(
        fig,
        title=TITLE,
        subtitle=SUBTITLE.format(n=MARKETS),
        source=SOURCE,
        alt=f"Bump chart of the price rank of Texas's {MARKETS} busiest housing markets "
        f"each year from {FIRST} to {LAST}, by yearly median price. "
        + "; ".join(f"{m} goes from {a} to {b}" for m, (a, b) in moves.items())
        + "; Collin County is dearest every year and Fort Worth cheapest.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
