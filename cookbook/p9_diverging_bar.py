"""Diverging bar chart in plotnine: gains and losses from zero.

A diverging bar chart shows changes that can go either way, with bars running right
of a zero line for a rise and left for a fall. Sorting by value puts the biggest
gains at one end and the biggest losses at the other.

Headline rests on: homes sold in 2014 against 2006 (the peak) in `txhousing`, for the 12
busiest markets: 7 sold more, led by Fort Bend (+17%); El Paso fell most (-11%).

**What the house style changes.** Rises and falls take the brand's `gain` and `loss`
colours through `scale_fill_ou({"Rose": "gain", "Fell": "loss"})`, so they follow the
brand, not a red-green pair written into the recipe. Vertical gridlines mark the
values and the zero line is drawn in the brand's axis colour.

**How to: add a reference line and format percentages.** Draw the zero line with
`geom_hline()` (it is vertical once `coord_flip()` turns the chart) after the bars,
so that it lies on top of them, and give the scale a formatter that shows the sign:

```python
+ geom_hline(yintercept=0, colour=colours.axis, size=line_size(brand.lines.axis))
+ scale_y_continuous(labels=lambda v: [f"{x:+.0%}" if x else "0%" for x in v])
```
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from plotnine import (
    aes,
    coord_flip,
    element_blank,
    element_line,
    geom_col,
    geom_hline,
    ggplot,
    scale_x_discrete,
    scale_y_continuous,
    theme,
)
from plotnine.data import txhousing

import housestyle
from housestyle import line_size, scale_fill_ou, theme_ou

TAGS = ("bar", "diverging bar", "change", "reference line", "plotnine")

PEAK, LATEST = 2006, 2014
#: The busiest markets shown: twelve names stay clear of each other down a print column.
MARKETS = 12


def sales_change(cities: int = MARKETS) -> pd.DataFrame:
    """Return the change in homes sold from ``PEAK`` to ``LATEST`` in the busiest markets."""
    busiest = txhousing.groupby("city")["sales"].sum().nlargest(cities).index
    sales = (
        txhousing[txhousing["city"].isin(busiest)]
        .groupby(["city", "year"])["sales"]
        .sum()
        .unstack("year")
    )
    change = (sales[LATEST] / sales[PEAK] - 1).rename("change").reset_index()
    return change.assign(direction=change["change"].gt(0).map({True: "Rose", False: "Fell"}))


def signed_percent(values: list[float]) -> list[str]:
    """Label shares as signed percentages: -10%, 0%, +10%."""
    return [f"{value:+.0%}" if value else "0%" for value in values]


@housestyle.style()
def recipe() -> Figure:
    """Return the change in home sales since the 2006 peak, by market."""
    brand = housestyle.current_brand()
    colours = brand.colours
    data = sales_change()
    order = list(data.sort_values("change")["city"])
    rose = int((data["change"] > 0).sum())
    plot = (
        ggplot(data, aes("city", "change", fill="direction"))
        + geom_col(width=0.7)
        + geom_hline(yintercept=0, colour=colours.axis, size=line_size(brand.lines.axis))
        + scale_fill_ou({"Rose": "gain", "Fell": "loss"})
        + scale_x_discrete(limits=order, expand=(0, 0.4))
        + scale_y_continuous(
            breaks=[-0.2, -0.1, 0, 0.1, 0.2],
            labels=signed_percent,
            limits=(-0.22, 0.22),
            expand=(0, 0),
        )
        + coord_flip()
        + theme_ou()
        + theme(
            legend_position="none",
            panel_grid_major_y=element_blank(),
            panel_grid_major_x=element_line(colour=colours.gridline, size=brand.lines.gridline),
            axis_line_x=element_blank(),
        )
    )
    ranked = data.sort_values("change", ascending=False)
    first, second, last = ranked.iloc[0], ranked.iloc[1], ranked.iloc[-1]
    return housestyle.finalise(
        plot,
        title=f"Sales beat the {PEAK} peak in {rose} of the {MARKETS} busiest markets",
        subtitle=f"Change in homes sold in Texas, {PEAK} to {LATEST}",
        source="Texas A&M Real Estate Center, via plotnine's txhousing dataset",
        alt=(
            f"Diverging bar chart of the change in homes sold from {PEAK} to {LATEST} in "
            f"the {MARKETS} busiest Texan markets. {rose} sold more, led by {first['city']} "
            f"({first['change']:+.0%}) and {second['city']} ({second['change']:+.0%}); "
            f"the rest sold fewer, down to {last['city']} ({last['change']:+.0%})."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
