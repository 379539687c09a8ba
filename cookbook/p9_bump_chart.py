"""Bump chart in plotnine: ranks over time.

A bump chart follows the rank of each member of a group from one period to the next:
1 at the top, a line for each member, so that climbers and fallers cross. It suits a
ranking that readers care about more than the values behind it. Here the ten
busiest housing markets of Texas are ranked each year by the price of a typical
home, dearest first.

Headline rests on: the yearly mean of the monthly median prices in `txhousing` for the
ten markets with the most sales in 2000-2014, ranked each year (1 = dearest): Fort Bend
went from 6th to 2nd and Montgomery County from 7th to 4th (both Houston suburbs), while
Denton County fell from 2nd to 6th.


**What the house style changes.** Every market is drawn in the brand's grey at its
context width (`brand.lines.context`), and the three with the biggest moves (the two
Houston suburbs that climbed and the market that fell) in the first three categorical
colours at the data width, named in bold, so the story reads at a glance while the
rest stay as context. The rank axis and the gridlines go: each line is named at both
ends, and the years run along the bottom. Dots at each year, outlined in the
background colour, show that ranks are counted once a year, not continuously. It is
the same chart as `mpl_bump_chart`.

**How to: put rank 1 at the top and name both ends.** Rank within each year with
`groupby().rank()`, turn the axis over with `scale_y_reverse()`, and write the names
from the first and last years' rows, aligned away from the lines. plotnine clips
text at the edge of the panel, so widen the x scale with `expand` (in years) until
the longest name fits on each side:

```python
data["rank"] = data.groupby("year")["price"].rank(ascending=False)
+ geom_text(aes(label="city"), data=first_year, ha="right", nudge_x=-0.4)
+ geom_text(aes(label="city"), data=last_year, ha="left", nudge_x=0.4)
+ scale_y_reverse() + scale_x_continuous(expand=(0, 8.0))
```
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from plotnine import (
    aes,
    element_blank,
    geom_line,
    geom_point,
    geom_text,
    ggplot,
    scale_colour_identity,
    scale_fill_identity,
    scale_size_identity,
    scale_x_continuous,
    scale_y_reverse,
    theme,
)
from plotnine.data import txhousing

import housestyle
from housestyle import line_size, theme_ou

TAGS = ("bump chart", "ranking", "line", "time series", "plotnine")

FIRST, LAST = 2000, 2014  # whole years: the data end in July 2015
MARKETS = 10  # the busiest markets by homes sold over the whole period
#: The two risers and the faller, in the order of the palette (``mpl_bump_chart`` too).
HIGHLIGHT = ("Fort Bend", "Montgomery County", "Denton County")
#: Room on each side for the names, in years.
NAME_ROOM = 8.0
TITLE = "Two Houston suburbs climbed the price ranks"
SUBTITLE = "Median home price rank of the {n} busiest Texan markets, 1 = dearest"
SOURCE = "Texas A&M Real Estate Center, via plotnine's txhousing dataset"


def price_ranks() -> pd.DataFrame:
    """Return each year's rank by median price of the busiest markets, 1 the dearest."""
    years = txhousing[txhousing["year"].between(FIRST, LAST)]
    busiest = years.groupby("city")["sales"].sum().nlargest(MARKETS).index
    prices = (
        years[years["city"].isin(busiest)]
        .groupby(["year", "city"], as_index=False)["median"]
        .mean()
    )
    ranks = prices.groupby("year")["median"].rank(ascending=False, method="first")
    return prices.assign(rank=ranks.astype(int))


@housestyle.style()
def recipe() -> Figure:
    """Return the price rank of Texas's ten busiest housing markets, 2000-2014."""
    brand = housestyle.current_brand()
    colours = brand.colours
    data = price_ranks()
    ink = dict(zip(HIGHLIGHT, housestyle.palette(n=len(HIGHLIGHT)), strict=True))
    chosen = data["city"].isin(HIGHLIGHT)
    data["ink"] = data["city"].map(ink).fillna(colours.grey)
    data["width"] = chosen.astype(int)
    lines = chosen.map({True: brand.lines.data, False: brand.lines.context})
    data["line"] = lines.map(line_size)
    data["label_ink"] = data["city"].map(ink).fillna(colours.muted_text)
    data["weight"] = chosen.map({True: "bold", False: "normal"})
    # Grey first, so that the two coloured lines are drawn on top.
    data = data.sort_values(["width", "city", "year"])
    first, last = data[data["year"] == FIRST], data[data["year"] == LAST]
    name = {"size": brand.type.annotation, "va": "center"}
    rank = data.set_index(["city", "year"])["rank"]
    plot = (
        ggplot(data, aes("year", "rank", group="city", colour="ink"))
        + geom_line(aes(size="line"))
        + geom_point(
            aes(fill="ink"),
            colour=colours.background,
            size=line_size(brand.marks.point),
            stroke=line_size(brand.lines.edge),
        )
        + geom_text(
            aes(label="city", colour="label_ink", fontweight="weight"),
            data=first,
            ha="right",
            nudge_x=-0.4,
            **name,
        )
        + geom_text(
            aes(label="city", colour="label_ink", fontweight="weight"),
            data=last,
            ha="left",
            nudge_x=0.4,
            **name,
        )
        + scale_colour_identity()
        + scale_fill_identity()
        + scale_size_identity()
        + scale_x_continuous(breaks=[2000, 2005, 2010, 2014], expand=(0, NAME_ROOM))
        + scale_y_reverse(expand=(0, 0.5))
        + theme_ou()
        + theme(
            axis_text_y=element_blank(),
            axis_line_x=element_blank(),
            panel_grid_major_y=element_blank(),
        )
    )
    return housestyle.finalise(
        plot,
        title=TITLE,
        subtitle=SUBTITLE.format(n=MARKETS),
        source=SOURCE,
        alt=(
            f"Bump chart of the price rank of Texas's {MARKETS} busiest housing markets "
            f"each year from {FIRST} to {LAST}, by yearly median price. "
            + "; ".join(f"{m} goes from {rank[(m, FIRST)]} to {rank[(m, LAST)]}" for m in HIGHLIGHT)
            + "; Collin County is dearest every year and Fort Worth cheapest."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
