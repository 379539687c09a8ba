"""One line highlighted among many grey ones, in plotnine.

When the story is about one series among dozens, draw every other series as a thin
grey line and the one that matters in the highlight colour, on top. The grey lines
are not there to be read one by one: together they show the range and the usual
path, against which the highlighted line stands out. Here it is Midland, where home
prices rose faster than in any other Texan market from 2007 to 2014.

**What the house style changes.** The context lines take the brand's grey at its
context width (`brand.lines.context`, thinner than data), the highlighted one its
highlight colour at the data width (`brand.lines.data`), and its name is written at
its end in the same colour instead of in a legend, with a halo in the background
colour (`brand.lines.halo`) so that a gridline never runs through it, at any size. It
is the plotnine twin of `mpl_highlight_line.py`.

**How to: draw many grey lines and one highlighted.** Give the grey lines their own
layer with `group=` (one line per city, all in one colour, no legend), then add the
highlighted series as a second layer from its own data frame, so that it is drawn
last and lies on top:

```python
+ geom_line(aes(group="run"), data=others, colour=colours.grey,
            size=line_size(brand.lines.context))
+ geom_line(data=focus, colour=colours.highlight, size=line_size(brand.lines.data))
```

**How to: break a line at missing years.** plotnine drops missing values and joins the
points either side, which draws a straight line through years with no data. Number
each unbroken run of years and group by the run instead of the city, so that a gap
stays a gap.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patheffects import withStroke
from plotnine import (
    aes,
    geom_line,
    geom_text,
    ggplot,
    scale_x_continuous,
    scale_y_continuous,
)
from plotnine.data import txhousing

import housestyle
from housestyle import line_size, theme_ou

TAGS = ("line", "highlight", "multiple lines", "time series", "plotnine")

FOCUS = "Midland"
FIRST, LAST = 2000, 2014  # whole years: the data end in July 2015
#: A year with fewer months of prices than this counts as missing.
MIN_MONTHS = 10
SINCE = 2007  # the year from which the headline's growth is measured


def yearly_prices() -> pd.DataFrame:
    """Return each city's yearly mean of monthly median prices, with unbroken runs.

    Years with fewer than ``MIN_MONTHS`` months of prices are left out, and ``run``
    numbers each unbroken stretch of years so that lines break at the gaps.
    """
    months = txhousing[txhousing["year"].between(FIRST, LAST)].dropna(subset=["median"])
    yearly = months.groupby(["city", "year"])["median"].agg(["mean", "count"]).reset_index()
    yearly = yearly[yearly["count"] >= MIN_MONTHS].rename(columns={"mean": "price"})
    new_run = yearly.groupby("city")["year"].diff().ne(1)
    return yearly.assign(run=new_run.cumsum())


def growth_since(prices: pd.DataFrame, since: int = SINCE) -> pd.Series:
    """Return each city's price change from ``since`` to the last year, as a share."""
    wide = prices.pivot(index="city", columns="year", values="price")
    return (wide[LAST] / wide[since] - 1).dropna().sort_values(ascending=False)


def dollars_k(values: list[float]) -> list[str]:
    """Label dollars in thousands, with zero as a plain 0: 0, $50k, $100k."""
    return [f"${value / 1000:,.0f}k" if value else "0" for value in values]


@housestyle.style()
def recipe() -> Figure:
    """Return the yearly median home price of every Texan market, Midland highlighted."""
    brand = housestyle.current_brand()
    colours = brand.colours
    prices = yearly_prices()
    focus = prices[prices["city"] == FOCUS]
    others = prices[prices["city"] != FOCUS]
    growth = growth_since(prices)
    end = focus[focus["year"] == LAST]
    plot = (
        ggplot(prices, aes("year", "price"))
        + geom_line(
            aes(group="run"),
            data=others,
            colour=colours.grey,
            size=line_size(brand.lines.context),
        )
        + geom_line(data=focus, colour=colours.highlight, size=line_size(brand.lines.data))
        + geom_text(
            aes(label="city"),
            data=end,
            ha="left",
            nudge_x=0.3,
            size=brand.type.annotation,
            colour=colours.highlight,
            fontweight="bold",
            # a halo in the background colour parts the name from a gridline under it
            path_effects=[withStroke(linewidth=brand.lines.halo, foreground=colours.background)],
        )
        + scale_x_continuous(breaks=range(FIRST, LAST + 1, 2), expand=(0, 0.4, 0, 2.2))
        + scale_y_continuous(
            breaks=range(0, 300_000, 50_000),
            labels=dollars_k,
            limits=(0, 270_000),
            expand=(0, 0),
        )
        + theme_ou()
    )
    second = growth.index[1]
    return housestyle.finalise(
        plot,
        title=f"{FOCUS}'s home prices rose fastest after {SINCE}",
        subtitle=f"Median price of a home sold, {prices['city'].nunique()} Texan markets, "
        "yearly average",
        source="Texas A&M Real Estate Center, via plotnine's txhousing dataset",
        alt=(
            f"Line chart of the median home price in {prices['city'].nunique()} Texan "
            f"markets, {FIRST} to {LAST}, all in grey but {FOCUS}, highlighted. Most "
            "markets end between $100,000 and $200,000. "
            f"{FOCUS}'s prices, recorded from {focus['year'].min()}, rose "
            f"{growth[FOCUS]:.0%} from {SINCE} to {LAST}, to "
            f"${end['price'].iloc[0]:,.0f}, the most of any market (the median market "
            f"rose {growth.median():.0%}, {second} {growth[second]:.0%})."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
