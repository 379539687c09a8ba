"""One line highlighted among many grey ones, in plotnine.

When the story is about one series among dozens, draw every other series as a thin
grey line and the one that matters in the highlight colour, on top. The grey lines
are not there to be read one by one: together they show the range and the usual
path, against which the highlighted line stands out. The city is a parameter (the
notebook explorer offers the choices); by default it is San Angelo, which rose from
31st to 16th dearest of the 36 markets with prices for every year.

Headline rests on: the yearly mean of monthly median prices in `txhousing`, 2000-2014,
for the 36 markets with a price in every year, ranked each year (1 = dearest): the
chosen city's rank in 2000 and in 2014 (San Angelo: 31st, then 16th).

**What the house style changes.** The context lines take the brand's grey at its
context width (`brand.lines.context`, thinner than data), the highlighted one its
highlight colour at the data width (`brand.lines.data`), and its name is written at
its end in the same colour instead of in a legend, with a halo in the background
colour (`brand.lines.halo`) so that a gridline never runs through it, at any size. It
is the plotnine twin of `mpl_highlight_line.py`: the same markets, city and texts.

**How to: draw many grey lines and one highlighted.** Give the grey lines their own
layer with `group=` (one line per city, all in one colour, no legend), then add the
highlighted series as a second layer from its own data frame, so that it is drawn
last and lies on top:

```python
+ geom_line(aes(group="city"), data=others, colour=colours.grey,
            size=line_size(brand.lines.context))
+ geom_line(data=focus, colour=colours.highlight, size=line_size(brand.lines.data))
```

**How to: break a line at missing years.** plotnine drops missing values and joins the
points either side, which draws a straight line through years with no data. Here the
markets with a missing year are left out (so every line runs the full width, as in the
twin); to keep them, number each unbroken run of years and group by the run instead of
the city, so that a gap stays a gap:

```python
new_run = yearly.groupby("city")["year"].diff().ne(1)
yearly = yearly.assign(run=new_run.cumsum())
+ geom_line(aes(group="run"), data=yearly, colour=colours.grey)
```
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

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
FIRST, LAST = 2000, 2014  # whole years: the data end in July 2015
SUBTITLE = "Median home price in Texan markets, yearly average of monthly medians, {first}-{last}"
SOURCE = "Texas A&M Real Estate Center, via plotnine's txhousing dataset"
_ORDINALS = {1: "st", 2: "nd", 3: "rd"}


def ordinal(n: int) -> str:
    """Return 1st, 2nd, 3rd, 4th ... 11th, 12th, 13th ... 21st."""
    suffix = "th" if 10 <= n % 100 <= 20 else _ORDINALS.get(n % 10, "th")
    return f"{n}{suffix}"


def yearly_prices() -> pd.DataFrame:
    """Return each market's yearly median price, thousands of dollars, long form.

    Markets with a year missing are left out, so every line runs the full width; the
    ``rank`` column is the market's rank that year, 1 the dearest.
    """
    years = txhousing[txhousing["year"].between(FIRST, LAST)]
    wide = years.groupby(["year", "city"])["median"].mean().unstack("city").dropna(axis="columns")
    wide = wide / 1000
    ranks = wide.rank(axis="columns", ascending=False)
    long = wide.stack().rename("price").reset_index()
    return long.assign(rank=ranks.stack().to_numpy())


def headline(city: str, prices: pd.DataFrame) -> str:
    """Say how ``city``'s rank among the markets changed from the first year to the last."""
    rank = prices.set_index(["city", "year"])["rank"]
    first, last = int(rank[(city, FIRST)]), int(rank[(city, LAST)])
    count = prices["city"].nunique()
    if last == first:
        return f"{city} was {ordinal(first)} of {count} markets in {FIRST} and {LAST}"
    move = "rose" if last < first else "fell"
    return f"{city} {move} from {ordinal(first)} to {ordinal(last)} of {count} markets"


@housestyle.style()
def recipe(city: City = "San Angelo") -> Figure:
    """Return the yearly median home price of every Texan market, one city highlighted.

    Parameters
    ----------
    city
        The market to draw in the highlight colour.
    """
    brand = housestyle.current_brand()
    colours = brand.colours
    prices = yearly_prices()
    focus = prices[prices["city"] == city]
    others = prices[prices["city"] != city]
    end = focus[focus["year"] == LAST]
    plot = (
        ggplot(prices, aes("year", "price"))
        + geom_line(
            aes(group="city"),
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
            breaks=range(0, 301, 50),
            labels=lambda values: [f"${v:.0f}k" if v else "0" for v in values],
            limits=(0, 300),
            expand=(0, 0),
        )
        + theme_ou()
    )
    first_year, last_year = prices[prices["year"] == FIRST], prices[prices["year"] == LAST]
    start, finish = focus.set_index("year").loc[[FIRST, LAST]].itertuples(index=False)
    return housestyle.finalise(
        plot,
        title=headline(city, prices),
        subtitle=SUBTITLE.format(first=FIRST, last=LAST),
        source=SOURCE,
        alt=(
            f"Line chart of the yearly median home price in {prices['city'].nunique()} "
            f"Texan markets from {FIRST} to {LAST}, all in grey but {city}, which is "
            f"highlighted. Prices range from about ${first_year['price'].min():.0f}k to "
            f"${first_year['price'].max():.0f}k in {FIRST} and from "
            f"${last_year['price'].min():.0f}k to ${last_year['price'].max():.0f}k in "
            f"{LAST}. {city} goes from ${start.price:.0f}k, {ordinal(int(start.rank))}, to "
            f"${finish.price:.0f}k, {ordinal(int(finish.rank))}."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
