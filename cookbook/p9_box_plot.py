"""Box plot in plotnine: the spread of each group, in order of its median.

A box plot summarises a distribution in five numbers: the box runs from the lower to
the upper quartile, so it holds the middle half of the values; the line across it is
the median; the whiskers reach the furthest values within one and a half
box-lengths of the box; and any value beyond them is drawn as a point of its own. It
compares many groups in little space and points at the outliers worth a sentence.
Here the groups are the counties of five Midwestern states, and the value is the
share of their people below the poverty line in 1990.

Headline rests on: the median county poverty rate in each state of `midwest` (1990
census, 437 counties): Michigan 14.3%, the highest, against Indiana's 10.0%, the lowest;
whiskers reach 1.5 box-lengths.

**What the house style changes.** The boxes are filled in the brand's primary colour
with the median drawn across them in the background colour, so the one number most
readers look for stands out in any brand; the whiskers are lines of the reference
width in the same colour, and the outliers dots of the brand's point size. The one
outlier worth a sentence is named, with a halo in the background colour
(`brand.lines.halo`) that parts the gridline behind it. It is the plotnine twin of
`mpl_box_plot.py`.

**How to: reorder categories by hand.** `reorder()` sorts by a statistic inside the
aesthetic, but a `pd.Categorical` with `categories=` sets any order you choose,
computed or typed out, keeps it in the data for every layer (the boxes, the
medians drawn over them, the label), and survives filtering. After `coord_flip()`
the first category is at the bottom, so sort ascending to put the highest median on
top:

```python
order = counties.groupby("state")["poverty"].median().sort_values().index
counties["state"] = pd.Categorical(counties["state"], categories=order)
```

**How to: draw the median in another colour.** `geom_boxplot()` draws the median in
the colour of the box's outline; draw it again on top as a flat `geom_errorbar()`
(`ymin` and `ymax` both at the median, `width` the box's width) in the colour you
want.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patheffects import withStroke
from plotnine import (
    aes,
    coord_flip,
    element_blank,
    element_line,
    geom_boxplot,
    geom_errorbar,
    geom_text,
    ggplot,
    scale_y_continuous,
    theme,
)
from plotnine.data import midwest

import housestyle
from housestyle import line_size, theme_ou

TAGS = ("box plot", "distribution", "outliers", "ordered", "plotnine")

STATES = {"IL": "Illinois", "IN": "Indiana", "MI": "Michigan", "OH": "Ohio", "WI": "Wisconsin"}
#: The share of a row that a box fills: the chart's choice, not the brand's (it depends on
#: how many rows there are and on the outlier names written between them).
BOX = 0.55
#: How far above its point the outlier's name sits, in rows.
LABEL_RISE = 0.32


def counties() -> pd.DataFrame:
    """Return each county's poverty rate, states ordered by their median county."""
    data = midwest.assign(state=midwest["state"].map(STATES))
    order = data.groupby("state")["percbelowpoverty"].median().sort_values().index
    return data.assign(state=pd.Categorical(data["state"], categories=list(order)))


def unit_on_last(values: list[float]) -> list[str]:
    """Label whole percentages with the sign on the last label only."""
    return [*(f"{value:g}" for value in values[:-1]), f"{values[-1]:g}%"]


@housestyle.style()
def recipe() -> Figure:
    """Return the 1990 poverty rate of the counties of five Midwestern states as boxes."""
    brand = housestyle.current_brand()
    colours = brand.colours
    data = counties()
    medians = data.groupby("state", observed=True)["percbelowpoverty"].median()
    extreme = data.loc[data["percbelowpoverty"].idxmax()]
    named = pd.DataFrame(
        {
            "state": pd.Categorical([extreme["state"]], categories=data["state"].cat.categories),
            "percbelowpoverty": [extreme["percbelowpoverty"]],
            "label": [f"{extreme['county'].title()} County, {extreme['percbelowpoverty']:.0f}%"],
        }
    )
    plot = (
        ggplot(data, aes("state", "percbelowpoverty"))
        + geom_boxplot(
            colour=colours.primary,
            fill=colours.primary,
            size=line_size(brand.lines.reference),
            width=BOX,
            outlier_colour=colours.primary,
            outlier_size=line_size(brand.marks.point),
            outlier_stroke=0,
        )
        + geom_errorbar(
            aes(ymin="percbelowpoverty", ymax="percbelowpoverty"),
            data=medians.reset_index(),
            width=BOX,
            colour=colours.background,
            size=line_size(brand.lines.data),
        )
        + geom_text(
            aes(label="label"),
            data=named,
            nudge_x=LABEL_RISE,
            ha="right",
            size=brand.type.annotation,
            colour=colours.text,
            path_effects=[withStroke(linewidth=brand.lines.halo, foreground=colours.background)],
        )
        + scale_y_continuous(
            breaks=range(0, 60, 10), labels=unit_on_last, limits=(0, 50), expand=(0, 0)
        )
        + coord_flip()
        + theme_ou()
        + theme(
            panel_grid_major_y=element_blank(),
            panel_grid_major_x=element_line(colour=colours.gridline, size=brand.lines.gridline),
            axis_line_x=element_blank(),
            axis_line_y=element_line(colour=colours.axis, size=brand.lines.axis),
        )
    )
    names = list(medians.index)
    return housestyle.finalise(
        plot,
        title=f"Poverty was highest in {names[-1]}'s typical county",
        subtitle="Share of people below the poverty line in each county, 1990 census",
        source="US Census Bureau, via plotnine's midwest dataset",
        alt=(
            f"Box plots of the poverty rate of the {len(data)} counties of five Midwestern "
            "states, in order of their median. Boxes span the middle half of the counties "
            "and whiskers reach 1.5 box-lengths. Medians run from "
            f"{medians.iloc[0]:.0f}% in {names[0]} to {medians.iloc[-1]:.0f}% in "
            f"{names[-1]}; most counties lie between 5% and 20%. The extreme outlier is "
            f"{extreme['county'].title()} County, {extreme['state']}, at "
            f"{extreme['percbelowpoverty']:.0f}%."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
