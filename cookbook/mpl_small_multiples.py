"""Small multiples: one small chart per market, on a shared scale.

Small multiples repeat the same chart for each of several groups in a grid, instead
of piling every line onto one plot: each panel is uncluttered, and the eye compares
across panels. Here each panel is one of Texas's six busiest housing markets.

Headline rests on: homes sold a year (`txhousing.sales` summed by year, thousands) in
the six markets with the most sales in 2000-2014: Houston (52 to 83 thousand a year)
and Dallas (42 to 64) against 7 to 31 for the other four; with free scales, the total
of the six peaks in 2006 and bottoms out in 2010, and each market falls over those years.

**What the house style changes.** Each panel is titled with its market's name, in
bold and flush left (the house axes title), with no box around it; the line is the
brand's primary colour and gridlines are horizontal only. Tick labels are written
once, on the outer panels, because the panels share their axes.

**How to: keep scales shared when the units match.** Every panel here counts homes
sold, so they share one y scale, and a panel twice as tall means twice as many
sales: Houston and Dallas visibly dwarf the others. ``plt.subplots`` shares the axes
and leaves the tick labels on the outer panels only:

```python
fig, axes = plt.subplots(2, 3, sharex=True, sharey=True)
```

**How to: free the scales, and say so.** When the shapes matter more than the sizes
(did every market fall after 2006, whatever its size?), or when the panels are in
different units, give each panel its own y scale with ``sharey=False`` and every
panel keeps its own tick labels. Readers assume panels are comparable, so say in the
subtitle that the scales differ. This recipe draws both: ``recipe(scales="free")``.
Never free the scales silently, and never free them to make small numbers look big.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator
from plotnine.data import txhousing

import housestyle

TAGS = ("small multiples", "facets", "line", "shared scales", "time series", "matplotlib")

FIRST, LAST = 2000, 2014  # whole years: the data stop in July 2015
ROWS, COLUMNS = 2, 3
CRASH = 2008  # the boom peaked before this year


def yearly_sales(markets: int = ROWS * COLUMNS) -> pd.DataFrame:
    """Return homes sold each year, thousands, in the busiest ``markets``, busiest first."""
    years = txhousing[txhousing["year"].between(FIRST, LAST)]
    sales = years.groupby(["year", "city"])["sales"].sum().unstack("city") / 1000
    return sales[sales.sum().nlargest(markets).index]


@housestyle.style()
def recipe(scales: Literal["shared", "free"] = "shared") -> Figure:
    """Draw yearly home sales in Texas's six busiest markets, one panel each.

    Parameters
    ----------
    scales
        ``"shared"``: one y scale for every panel (the sizes compare); ``"free"``:
        each panel its own (the shapes compare).
    """
    brand = housestyle.current_brand()
    shared = scales == "shared"
    sales = yearly_sales()
    fig, axes = plt.subplots(ROWS, COLUMNS, sharex=True, sharey=shared)
    for ax, market in zip(axes.flat, sales.columns, strict=True):
        ax.plot(sales.index, sales[market], color=brand.colours.primary)
        ax.set_title(market, fontsize=brand.type.strip)
        ax.set_ylim(0, None)
        ax.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
        ax.set_xticks([2000, 2007, 2014], ["2000", "07", "14"])
    if shared:
        axes[0, 0].set_ylim(0, 90)
        axes[0, 0].set_yticks(range(0, 91, 20))  # the same ticks as p9_small_multiples
    biggest, smallest = sales.columns[0], sales.columns[-1]
    total = sales.sum(axis="columns")
    peak_year = int(total.loc[:CRASH].idxmax())  # the boom's peak, before the crash
    low_year = int(total.loc[peak_year:].idxmin())
    if shared:
        title = f"{biggest} and {sales.columns[1]} dwarf Texas's other markets"
        scale_note = "one scale for every panel"
    else:
        title = f"Every big Texan market slumped from {peak_year} to {low_year}"
        scale_note = "each panel has its own scale"
    return housestyle.finalise(
        fig,
        title=title,
        subtitle=f"Homes sold a year, thousands; {scale_note}",
        source="Texas A&M Real Estate Center, via plotnine's txhousing dataset",
        alt=f"Six small line charts, one for each of Texas's busiest housing markets, of "
        f"homes sold each year from {FIRST} to {LAST}, {scale_note}. {biggest} sells "
        f"{sales[biggest].min():.0f} to {sales[biggest].max():.0f} thousand a year, "
        f"{smallest} {sales[smallest].min():.0f} to {sales[smallest].max():.0f} thousand. "
        f"In every market sales rise to {peak_year}, fall to about {low_year} and "
        f"recover by {LAST}.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
