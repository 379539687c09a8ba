"""Small multiples in plotnine: one panel per market, on shared or free scales.

Small multiples repeat one chart for each of several groups, side by side, so the
eye compares them panel to panel. Here each panel is one of Texas's six busiest
housing markets, as in the twin `mpl_small_multiples` (the same data, texts and
choice of scales). The first decision is the y scales. Where the series share a unit,
as these do (homes sold), keep one scale for all the panels (plotnine's default,
`scales="fixed"`): then the heights can be compared, and a panel that looks flat
really is small. Where the units differ, or the shapes matter more than the sizes,
give each panel its own (`scales="free_y"`) and say so in the subtitle: the shapes
can then be compared, though the heights cannot.

Headline rests on: homes sold a year (`txhousing.sales` summed by year, thousands) in
the six markets with the most sales in 2000-2014: Houston (52 to 83 thousand a year)
and Dallas (42 to 64) against 7 to 31 for the other four; with free scales, the total
of the six peaks in 2006 and bottoms out in 2010, and each market falls over those years.

**What the house style changes.** `theme_ou()` sets the panel titles (strips) in bold
text flush left with no grey box, and keeps light horizontal gridlines in every
panel; the lines take the brand's primary colour and data width. Keep to a grid
that leaves each panel room for its title at the chart's size: three columns of
short names on a 640-pixel chart.

**How to: keep scales shared when units match, free them when they differ.** Decide
from the units, not from how the chart looks: free the scales only when the units
differ or when the question is about shape, say so in the subtitle, and keep zero in
every panel (`expand_limits(y=0)`), so that each dark baseline is a true zero:

```python
+ facet_wrap("city", ncol=3, scales="fixed" if shared else "free_y")
+ expand_limits(y=0)
```

**How to: order the panels.** Panels follow the order of the facet variable's
categories: a `pd.Categorical` whose categories run from the busiest market down.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pandas as pd
from matplotlib.figure import Figure
from plotnine import (
    aes,
    expand_limits,
    facet_wrap,
    geom_line,
    ggplot,
    scale_x_continuous,
    scale_y_continuous,
)
from plotnine.data import txhousing

import housestyle
from housestyle import line_size, theme_ou

TAGS = ("small multiples", "facets", "line", "shared scales", "time series", "plotnine")

FIRST, LAST = 2000, 2014  # whole years: the data stop in July 2015
MARKETS = 6
CRASH = 2008  # the boom peaked before this year
SOURCE = "Texas A&M Real Estate Center, via plotnine's txhousing dataset"


def yearly_sales(markets: int = MARKETS) -> pd.DataFrame:
    """Return homes sold each year, thousands, in the busiest ``markets``, long form.

    The ``city`` column is a categorical, busiest market first: the panels' order.
    """
    years = txhousing[txhousing["year"].between(FIRST, LAST)]
    wide = years.groupby(["year", "city"])["sales"].sum().unstack("city") / 1000
    wide = wide[wide.sum().nlargest(markets).index]
    long = wide.stack().rename("sales").reset_index()
    return long.assign(city=pd.Categorical(long["city"], categories=list(wide.columns)))


@housestyle.style()
def recipe(scales: Literal["shared", "free"] = "shared") -> Figure:
    """Return yearly home sales in Texas's six busiest markets, one panel each.

    Parameters
    ----------
    scales
        ``"shared"``: one y scale for every panel (the sizes compare); ``"free"``:
        each panel its own (the shapes compare).
    """
    brand = housestyle.current_brand()
    shared = scales == "shared"
    sales = yearly_sales()
    wide = sales.pivot(index="year", columns="city", values="sales")
    markets = list(sales["city"].cat.categories)
    plot = (
        ggplot(sales, aes("year", "sales"))
        + geom_line(colour=brand.colours.primary, size=line_size(brand.lines.data))
        + facet_wrap("city", ncol=3, scales="fixed" if shared else "free_y")
        + expand_limits(y=0)
        + scale_x_continuous(breaks=[2000, 2007, 2014], labels=["2000", "07", "14"])
        + theme_ou()
    )
    if shared:
        plot += scale_y_continuous(breaks=range(0, 91, 20), limits=(0, 90), expand=(0, 0))
    total = wide.sum(axis="columns")
    peak_year = int(total.loc[:CRASH].idxmax())  # the boom's peak, before the crash
    low_year = int(total.loc[peak_year:].idxmin())
    biggest, smallest = markets[0], markets[-1]
    if shared:
        title = f"{biggest} and {markets[1]} dwarf Texas's other markets"
        scale_note = "one scale for every panel"
    else:
        title = f"Every big Texan market slumped from {peak_year} to {low_year}"
        scale_note = "each panel has its own scale"
    return housestyle.finalise(
        plot,
        title=title,
        subtitle=f"Homes sold a year, thousands; {scale_note}",
        source=SOURCE,
        alt=f"Six small line charts, one for each of Texas's busiest housing markets, of "
        f"homes sold each year from {FIRST} to {LAST}, {scale_note}. {biggest} sells "
        f"{wide[biggest].min():.0f} to {wide[biggest].max():.0f} thousand a year, "
        f"{smallest} {wide[smallest].min():.0f} to {wide[smallest].max():.0f} thousand. "
        f"In every market sales rise to {peak_year}, fall to about {low_year} and "
        f"recover by {LAST}.",
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
