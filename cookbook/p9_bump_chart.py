"""Bump chart in plotnine: ranks over time.

A bump chart follows the rank of each member of a group from one period to the next:
1 at the top, a line for each member, so that climbers and fallers cross. It suits a
ranking that readers care about more than the values behind it. Here the ten
busiest housing markets of Texas are ranked each year by the price of a typical
home, dearest first.

**What the house style changes.** Every market is drawn in the brand's grey at its
context width (`brand.lines.context`), and the two with the biggest moves in its
highlight and primary colours at the data width, so the story reads at a glance
while the rest stay as context. The rank axis and the gridlines go:
each line starts at its rank number and ends at its name, and the years run along
the bottom. Dots at each
year show that ranks are counted once a year, not continuously.

**How to: put rank 1 at the top and name both ends.** Rank within each year with
`groupby().rank()`, turn the axis over with `scale_y_reverse()`, and write the names
from the first and last years' rows, aligned away from the lines. plotnine clips
text at the edge of the panel, so widen the x scale with `expand` (in years) until
the longest name fits on each side:

```python
data["rank"] = data.groupby("year")["price"].rank(ascending=False)
+ geom_text(aes(label="city"), data=first_year, ha="right", nudge_x=-0.4)
+ geom_text(aes(label="city"), data=last_year, ha="left", nudge_x=0.4)
+ scale_y_reverse() + scale_x_continuous(expand=(0, 5.8))
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
RISER, FALLER = "Fort Bend", "Denton County"
#: Room on the right for the names and on the left for the ranks, in years.
NAME_ROOM, RANK_ROOM = 6.2, 1.0
_ORDINALS = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")


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
    ink = {RISER: colours.highlight, FALLER: colours.primary}
    data["ink"] = data["city"].map(ink).fillna(colours.grey)
    data["width"] = data["city"].map({RISER: 1, FALLER: 1}).fillna(0)
    lines = data["city"].map(ink).notna().map({True: brand.lines.data, False: brand.lines.context})
    data["line"] = lines.map(line_size)
    data["label_ink"] = data["city"].map(ink).fillna(colours.text)
    # Grey first, so that the two coloured lines are drawn on top.
    data = data.sort_values(["width", "city", "year"])
    first, last = data[data["year"] == FIRST], data[data["year"] == LAST]
    name = {"size": brand.type.annotation, "va": "center"}
    rank = data.set_index(["city", "year"])["rank"]
    plot = (
        ggplot(data, aes("year", "rank", group="city", colour="ink"))
        + geom_line(aes(size="line"))
        + geom_point(size=line_size(brand.marks.point), stroke=0)
        + geom_text(
            aes(label="rank"),
            data=first,
            ha="right",
            nudge_x=-0.4,
            colour=colours.muted_text,
            **name,
        )
        + geom_text(
            aes(label="city", colour="label_ink"), data=last, ha="left", nudge_x=0.4, **name
        )
        + scale_colour_identity()
        + scale_size_identity()
        + scale_x_continuous(breaks=[2000, 2005, 2010, 2014], expand=(0, RANK_ROOM, 0, NAME_ROOM))
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
        title=f"{RISER} climbed to the second-dearest of Texas's busiest markets",
        subtitle=f"The {MARKETS} busiest Texan markets by median home price, dearest at top",
        source="Texas A&M Real Estate Center, via plotnine's txhousing dataset",
        alt=(
            f"Bump chart of the price rank of Texas's {MARKETS} busiest housing markets each "
            f"year from {FIRST} to {LAST}. Collin County is dearest throughout and Fort "
            f"Worth cheapest. {RISER}, highlighted, climbs from "
            f"{_ORDINALS[rank[(RISER, FIRST)]]} to {_ORDINALS[rank[(RISER, LAST)]]}; "
            f"{FALLER} falls from {_ORDINALS[rank[(FALLER, FIRST)]]} to "
            f"{_ORDINALS[rank[(FALLER, LAST)]]}; Montgomery County climbs from "
            f"{_ORDINALS[rank[('Montgomery County', FIRST)]]} to "
            f"{_ORDINALS[rank[('Montgomery County', LAST)]]}."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
