"""Stacked area chart in plotnine: parts of a growing total.

A stacked area chart shows how a total changes over time and which parts make it
up. Only the bottom layer and the total can be read against the axis, so keep to a
few layers, put the one that matters most at the bottom, and name each layer on it.
Claim only what those two show: here, that chicken, at the bottom, supplied more than
half of the growth in the total. Whether one upper layer overtook another cannot be
read off a stack, where each rides on the layers below it; draw lines for that.

Headline rests on: yearly sums of `meat` for beef, pork, broilers (chicken) and turkey,
1960-2023 (complete years): the total rose from 29.9 to 106.1 billion pounds (3.6 times),
and chicken gave 56% of the rise (42.7 of 76.2 billion pounds).


**What the house style changes.** The layers take the brand's categorical palette,
separated by thin lines in the background colour; the legend gives way to labels on
the layers, in whichever of the brand's text or background colours reads better on
each fill (`housestyle.best_ink(fill)`). Thin lines in the background colour
(`brand.lines.edge`) part the layers. It is the plotnine twin of
`mpl_stacked_area.py`.

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
    annotate,
    geom_area,
    geom_text,
    geom_vline,
    ggplot,
    position_stack,
    scale_colour_identity,
    scale_x_continuous,
    scale_y_continuous,
    theme,
)
from plotnine.data import meat

import housestyle
from housestyle import line_size, scale_fill_ou, theme_ou

TAGS = ("area", "stacked area", "time series", "direct labels", "plotnine")

KINDS = {"broilers": "Chicken", "beef": "Beef", "pork": "Pork", "turkey": "Turkey"}
LABEL_YEAR = 2012
INSIDE = 8  # billion pounds: a thinner layer is labelled just above the stack
ABOVE = 4.5  # billion pounds from the top of the stack to such a label's centre


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
            housestyle.best_ink(fills[kind]) if fits else colours.text
            for kind, fits in zip(year["kind"], inside, strict=True)
        ],
    )


@housestyle.style()
def recipe() -> Figure:
    """Return US production of chicken, beef, pork and turkey, 1960-2023."""
    brand = housestyle.current_brand()
    data = yearly_production()
    fills = dict(zip(KINDS.values(), housestyle.palette(n=len(KINDS)), strict=True))
    totals = data.groupby("year")["pounds"].sum()
    chicken = data[data["kind"] == "Chicken"].set_index("year")["pounds"]
    first, last = int(totals.index.min()), int(totals.index.max())
    share = (chicken[last] - chicken[first]) / (totals[last] - totals[first])
    beef = data[data["kind"] == "Beef"].set_index("year")["pounds"]
    crossing = int(chicken.index[chicken > beef][0])  # worked out, as in mpl_stacked_area
    plot = (
        ggplot(data, aes("year", "pounds", fill="kind"))
        + geom_area(
            position=position_stack(reverse=True),
            colour=brand.colours.background,
            size=line_size(brand.lines.edge),
        )
        + geom_text(
            aes("year", "middle", label="kind", colour="ink"),
            data=layer_labels(data, fills),
            inherit_aes=False,
            size=brand.type.annotation,
            fontweight="bold",
        )
        + geom_vline(
            xintercept=crossing,
            colour=brand.colours.text,
            size=line_size(brand.lines.reference),
            linetype=brand.marks.reference_style,
        )
        + annotate(
            "label",
            x=crossing - 0.8,
            y=118,
            label=f"Chicken passes\nbeef in {crossing}",
            ha="right",
            va="top",
            size=brand.type.annotation,
            colour=brand.colours.text,
            fill=brand.colours.background,
            label_size=0,
            label_padding=0.1,
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
        title="US meat output more than tripled, led by chicken",
        subtitle="US commercial production of four main meats, billion pounds a year, 1960-2023",
        source="US Department of Agriculture, via plotnine's meat dataset",
        alt=(
            f"Stacked area chart of US meat production from {first} to {last}, chicken at "
            f"the bottom, then beef, pork and turkey. The total rises from "
            f"{totals[first]:.0f} to {totals[last]:.0f} billion pounds a year; chicken "
            f"grows from {chicken[first]:.0f} to {chicken[last]:.0f}, {share:.0%} of the "
            "rise, while beef, pork and turkey grow more slowly."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
