"""Heatmap in plotnine: a season, year after year.

A heatmap shows a grid of values as colours: here, home sales for every month of
fifteen years. Patterns along a row or down a column, such as a season, stand out
even where the exact numbers do not.

Headline rests on: homes sold in `txhousing`, summed by month and year over the 46
markets: June is the busiest month of 2000-2014 (10.4% of sales), and May to
August are the four busiest.

**What the house style changes.** The tiles take the brand's sequential palette
through `scale_fill_ou_continuous()`, which runs from a colour close to the
background for few sales to the strongest for many: pale to dark blue on a white
brand, dark to bright blue on a dark one, so the busy months stand out in both.
Thin gaps in the background colour (`brand.lines.edge`) part the tiles. Gridlines
and the baseline go: the tiles are the grid. The colour key sits on top, as every
legend in the house style does. It is the plotnine twin of `mpl_heatmap.py`.

**How to: format the colour key.** A colour bar takes `breaks` and `labels` like an
axis. Say the unit once: the subtitle gives "thousands", so the key's labels are
plain numbers. Set its length and put its labels above it with `guide_colourbar`,
and read the years downwards by reversing y:

```python
+ scale_fill_ou_continuous(limits=(10, 40), breaks=[10, 20, 30, 40])
+ scale_y_reverse()
+ guides(fill=guide_colourbar(theme=theme(legend_key_width=key_length,
                                           legend_ticks=element_blank(),
                                           legend_text_position="top")))
```
"""

from __future__ import annotations

import calendar
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from plotnine import (
    aes,
    element_blank,
    geom_tile,
    ggplot,
    guide_colourbar,
    guides,
    scale_x_continuous,
    scale_y_reverse,
    theme,
)
from plotnine.data import txhousing

import housestyle
from housestyle import line_size, scale_fill_ou_continuous, theme_ou

TAGS = ("heatmap", "matrix", "colour scale", "seasonality", "plotnine")


def monthly_sales() -> pd.DataFrame:
    """Return homes sold in thousands by year and month, 2000-2014."""
    full_years = txhousing[txhousing["year"] <= 2014]
    sales = full_years.groupby(["year", "month"], as_index=False)["sales"].sum()
    return sales.assign(sales=sales["sales"] / 1000)


@housestyle.style()
def recipe() -> Figure:
    """Return the heatmap of monthly home sales in Texas, years against months."""
    brand = housestyle.current_brand()
    preset = brand.preset(housestyle.current_size() or brand.default_size)
    key_length = preset.points[0] / 3  # a third of the chart's width
    plot = (
        ggplot(monthly_sales(), aes("month", "year", fill="sales"))
        + geom_tile(colour=brand.colours.background, size=line_size(brand.lines.edge))
        + scale_fill_ou_continuous(limits=(10, 40), breaks=[10, 20, 30, 40])
        + scale_x_continuous(
            breaks=range(1, 13), labels=list(calendar.month_abbr)[1:], expand=(0, 0)
        )
        + scale_y_reverse(breaks=range(2000, 2015, 2), expand=(0, 0))
        + guides(
            fill=guide_colourbar(
                theme=theme(
                    legend_key_width=key_length,
                    legend_text_position="top",
                    legend_ticks=element_blank(),
                    legend_frame=element_blank(),
                )
            )
        )
        + theme_ou()
        + theme(panel_grid_major_y=element_blank(), axis_line_x=element_blank())
    )
    return housestyle.finalise(
        plot,
        title="Texas buys its homes in the summer",
        subtitle="Homes sold each month in 46 Texan markets, thousands",
        source="Texas A&M Real Estate Center, via plotnine's txhousing dataset",
        alt=(
            "Heatmap of monthly home sales in Texas, years 2000 to 2014 down the side "
            "and months across. May to August are darkest every year; sales rise to a "
            "peak in 2006 and 2007, fall to a low in 2009 to 2011, and recover by 2014."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
