"""Stacked area chart in plotnine: parts of a growing total.

A stacked area chart shows how a total changes over time and which parts make it
up. Only the bottom layer and the total can be read against the axis, so keep to a
few layers, put the one that matters most at the bottom, and name each layer on it.

**What the house style changes.** The layers take the brand's categorical palette,
separated by thin lines in the background colour; the legend gives way to labels on
the layers, in whichever of the brand's text or background colours reads better on
each fill. It is the plotnine twin of `mpl_stacked_area.py`.

**How to: choose the stacking order and label the layers.** plotnine stacks the
first category on top; `position_stack(reverse=True)` puts it at the bottom, next to
the axis, where it is easiest to read. Label each layer at a chosen year, half-way up
its band, by summing the layers below it:

```python
+ geom_area(position=position_stack(reverse=True), colour=colours.background)
+ geom_text(aes("year", "middle", label="kind", colour="ink"), data=labels)
+ scale_colour_identity()
```
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from plotnine import (
    aes,
    geom_area,
    geom_text,
    ggplot,
    position_stack,
    scale_colour_identity,
    scale_x_continuous,
    scale_y_continuous,
    theme,
)
from plotnine.data import meat

import housestyle
from housestyle import scale_fill_ou, theme_ou
from housestyle.colour import contrast_ratio

TAGS = ("area", "stacked area", "time series", "direct labels", "plotnine")

KINDS = {"broilers": "Chicken", "beef": "Beef", "pork": "Pork", "turkey": "Turkey"}
LABEL_YEAR = 2012
INSIDE = 8  # billion pounds: a thinner layer is labelled just above the stack
ABOVE = 4.5  # billion pounds from the top of the stack to such a label's centre


def _label_colour(fill: str) -> str:
    """Return the brand's text or background colour, whichever reads better on ``fill``."""
    colours = housestyle.current_brand().colours
    return max((colours.text, colours.background), key=lambda c: contrast_ratio(c, fill))


def yearly_production() -> pd.DataFrame:
    """Return US production in billion pounds a year by kind of meat, long form."""
    yearly = meat.groupby(meat["date"].dt.year)[list(KINDS)].sum(min_count=12).dropna() / 1000
    long = yearly.rename(columns=KINDS).rename_axis("year").reset_index()
    long = long.melt(id_vars="year", var_name="kind", value_name="pounds")
    return long.assign(kind=pd.Categorical(long["kind"], categories=list(KINDS.values())))


def layer_labels(data: pd.DataFrame, fills: dict[str, str]) -> pd.DataFrame:
    """Return where and in what colour to name each layer, at ``LABEL_YEAR``."""
    year = data[data["year"] == LABEL_YEAR].sort_values("kind")
    below = year["pounds"].cumsum() - year["pounds"]
    inside = year["pounds"] > INSIDE
    colours = housestyle.current_brand().colours
    return year.assign(
        middle=(below + year["pounds"] / 2).where(inside, below + year["pounds"] + ABOVE),
        ink=[
            _label_colour(fills[kind]) if fits else colours.text
            for kind, fits in zip(year["kind"], inside, strict=True)
        ],
    )


@housestyle.style()
def recipe(size: str = "web") -> Figure:
    """Return US production of chicken, beef, pork and turkey, 1960-2023."""
    brand = housestyle.current_brand()
    data = yearly_production()
    fills = dict(zip(KINDS.values(), housestyle.palette(n=len(KINDS)), strict=True))
    plot = (
        ggplot(data, aes("year", "pounds", fill="kind"))
        + geom_area(
            position=position_stack(reverse=True), colour=brand.colours.background, size=0.35
        )
        + geom_text(
            aes("year", "middle", label="kind", colour="ink"),
            data=layer_labels(data, fills),
            inherit_aes=False,
            size=brand.type.annotation * brand.preset(size).type_scale,
            fontweight="bold",
        )
        + scale_fill_ou(fills)
        + scale_colour_identity()
        + scale_x_continuous(breaks=range(1960, 2030, 10), expand=(0, 0))
        + scale_y_continuous(breaks=range(0, 121, 20), limits=(0, 120), expand=(0, 0))
        + theme_ou()
        + theme(legend_position="none")
    )
    return housestyle.finalise(
        plot,
        title="Chicken overtook beef in the 1990s",
        subtitle="US commercial red meat and poultry production, billion pounds a year",
        source="US Department of Agriculture, via plotnine's meat dataset",
        alt=(
            "Stacked area chart of US meat production from 1960 to 2023. The total rises "
            "from about 30 to over 100 billion pounds, almost all of the growth coming "
            "from chicken, which passes beef in the 1990s; beef and pork grow slowly and "
            "turkey stays small."
        ),
        size=size,
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
