"""Dumbbell chart in plotnine: two values per row, joined, to show the change.

A dumbbell draws two dots per category, one for each date, joined by a bar: the length
of the bar is the change, and the rows sort by it. It shows both the levels and the
change without a second chart, where a grouped bar would make the reader subtract. It
is the plotnine twin of `mpl_dumbbell`: the same markets, years, order and texts.

Headline rests on: the yearly mean of monthly median prices in `txhousing` for the ten
busiest markets, 2005 and 2014: Fort Bend rose most (61%), NE Tarrant County least (26%),
and every market rose.

**What the house style changes.** The earlier year is a grey dot, the later one the
primary colour at the brand's large point size (`brand.marks.point_large`), joined by a
grey bar of the data width; the years are named once, in bold, over the top row,
instead of in a legend. Vertical gridlines run along the value axis, and the unit is
in the labels ($150k).

**How to: make a dumbbell chart.** plotnine has no dumbbell geom (ggalt's
`geom_dumbbell()` is R only): draw the bar with `geom_segment()` from one value to the
other, then a `geom_point()` for each end, the later one last so that it lies on top.
Order the rows with a `pd.Categorical` sorted by the change:

```python
+ geom_segment(aes(x="first", xend="last", y="city", yend="city"),
               colour=colours.grey, size=line_size(brand.lines.data))
+ geom_point(aes(x="first", y="city"), colour=colours.grey, size=dot)
+ geom_point(aes(x="last", y="city"), colour=colours.primary, size=dot)
```
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from plotnine import (
    aes,
    annotate,
    element_blank,
    element_line,
    geom_point,
    geom_segment,
    ggplot,
    scale_x_continuous,
    scale_y_discrete,
    theme,
)
from plotnine.data import txhousing

import housestyle
from housestyle import line_size, theme_ou

TAGS = ("dumbbell", "dot plot", "change", "comparison", "plotnine")

FIRST, LAST = 2005, 2014  # whole years: the data stop in July 2015
TITLE = "{top}'s home prices rose fastest"
SUBTITLE = "Median home price, {first} and {last}, ten busiest markets, by % rise"
SOURCE = "Texas A&M Real Estate Center, via plotnine's txhousing dataset"


def median_prices(cities: int = 10) -> pd.DataFrame:
    """Return the yearly median price in ``FIRST`` and ``LAST`` for the busiest markets.

    ``city`` is a categorical sorted by the percentage change, smallest first, so that
    the largest rise is drawn at the top.
    """
    busiest = txhousing.groupby("city")["sales"].sum().nlargest(cities).index
    years = txhousing[txhousing["city"].isin(busiest) & txhousing["year"].isin((FIRST, LAST))]
    wide = years.groupby(["city", "year"])["median"].mean().unstack("year")
    wide = wide.set_axis(["first", "last"], axis="columns")
    wide["change"] = wide["last"] / wide["first"] - 1
    wide = wide.sort_values("change").reset_index()
    return wide.assign(city=pd.Categorical(wide["city"], categories=list(wide["city"])))


@housestyle.style()
def recipe() -> Figure:
    """Return the median home price in Texas's ten busiest markets, 2005 against 2014."""
    brand = housestyle.current_brand()
    colours = brand.colours
    prices = median_prices()
    dot = line_size(brand.marks.point_large)
    top_row = prices.iloc[-1]
    label = {"size": brand.type.annotation, "fontweight": "bold", "va": "bottom"}
    plot = (
        ggplot(prices)
        + geom_segment(
            aes(x="first", xend="last", y="city", yend="city"),
            colour=colours.grey,
            size=line_size(brand.lines.data),
        )
        + geom_point(aes(x="first", y="city"), colour=colours.grey, size=dot, stroke=0)
        + geom_point(aes(x="last", y="city"), colour=colours.primary, size=dot, stroke=0)
        + annotate(
            "text",
            x=top_row["first"],
            y=len(prices) + 0.3,
            label=str(FIRST),
            colour=colours.muted_text,
            **label,
        )
        + annotate(
            "text",
            x=top_row["last"],
            y=len(prices) + 0.3,
            label=str(LAST),
            colour=colours.primary,
            **label,
        )
        + scale_x_continuous(
            breaks=range(100_000, 300_001, 50_000),
            labels=lambda values: [f"${v / 1000:.0f}k" for v in values],
            limits=(100_000, 300_000),
            expand=(0, 0),
        )
        + scale_y_discrete(expand=(0, 0.6, 0, 0.9))
        + theme_ou()
        + theme(
            panel_grid_major_x=element_line(colour=colours.gridline, size=brand.lines.gridline),
            panel_grid_major_y=element_blank(),
            axis_line_x=element_blank(),
        )
    )
    top, bottom = prices.iloc[-1], prices.iloc[0]
    dearest = prices.loc[prices["last"].idxmax()]
    return housestyle.finalise(
        plot,
        title=TITLE.format(top=top["city"]),
        subtitle=SUBTITLE.format(first=FIRST, last=LAST),
        source=SOURCE,
        alt=f"Dumbbell chart of median home prices in ten Texan markets in {FIRST} and "
        f"{LAST}, sorted by the rise. Every market rose; {top['city']} rose most, by "
        f"{top['change']:.0%}, and {bottom['city']} least, by {bottom['change']:.0%}; "
        f"{dearest['city']} was dearest in {LAST} at about ${dearest['last'] / 1000:.0f}k.",
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
