"""Contributions to growth in plotnine: stacked columns both ways and a total line.

A contributions chart splits a total change into its parts: each year's column is
stacked from the parts that added to growth, above zero, and hangs the parts that
took from it below zero; a line with dots gives the total, the sum of both. Here US
real GDP growth is split into consumer spending, business investment, federal
government spending and everything else. The chart answers "what drove it?", which
a line of the total alone cannot.

Headline rests on: yearly means of the quarterly levels in `macrodata`; a part's
contribution is its change on the year before divided by the year before's GDP, so the
parts add up to growth. Consumption is the largest part every year from 1999 to 2007
(1.8 to 3.7 points) and takes 0.2 points away in 2008, when GDP grew 0.4%.


**What the house style changes.** The parts take the brand's categorical palette in
the order listed, with the largest and steadiest part, consumption, next to zero.
The total is a line in the brand's text colour with dots at each year, labelled
directly where it starts, so the legend holds only the parts. The dark baseline is
drawn at zero, which the columns grow from in both directions.

**How to: stack positive and negative parts.** `position_stack()` stacks the
positive values of each column upwards from zero and the negative ones downwards,
each part in the same order; `reverse=True` puts the first category next to zero.

**How to: lay out the legend: rows, spacing and title.** `guide_legend(nrow=...)`
sets the number of rows (`finalise()` wraps a legend that is wider than the chart
onto more rows by itself, so ask only for a layout you want).
`legend_key_spacing_x` sets the gap between entries in points, and
`legend_key_size` the size of the keys. `theme_ou()` already removes legend
titles (`legend_title=element_blank()`), since the subtitle says what the colours
stand for; `labs(fill=None)` does the same for one legend in any theme:

```python
+ guides(fill=guide_legend(nrow=2, byrow=True))
+ labs(fill=None)
+ theme(legend_key_spacing_x=LEGEND_GAP, legend_key_size=brand.type.legend)
```

**How to: change the legend text size.** The legend's labels are `legend_text` in the
theme; take the size from the brand:

```python
+ theme(legend_text=element_text(size=brand.type.legend))
```
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patheffects import withStroke
from plotnine import (
    aes,
    element_blank,
    geom_col,
    geom_hline,
    geom_line,
    geom_point,
    geom_text,
    ggplot,
    guide_legend,
    guides,
    labs,
    position_stack,
    scale_x_continuous,
    scale_y_continuous,
    theme,
)
from statsmodels.datasets import macrodata

import housestyle
from housestyle import line_size, scale_fill_ou, theme_ou

TAGS = ("column", "stacked column", "contributions", "negative values", "time series", "plotnine")

FIRST, LAST = 1999, 2008  # whole years: the data end in the third quarter of 2009
PARTS = {
    "realcons": "Consumption",
    "realinv": "Investment",
    "realgovt": "Federal government",
    "other": "Everything else",
}
#: The gap between legend entries, in points: about two spaces of legend text.
#: The texts both twins share (``mpl_contributions`` and ``p9_contributions``).
TITLE = "Consumer spending drove US growth until it fell in 2008"
SUBTITLE = "Contributions to yearly real GDP growth, percentage points, 1999-2008"
NOTE = (
    "Federal government: federal spending only. Everything else: state and local "
    "government, net exports and the chain-weighting residual"
)
SOURCE = (
    "US Bureau of Economic Analysis, via statsmodels' macrodata dataset; "
    "contributions worked out in this recipe"
)
LEGEND_GAP = 12


def contributions(first: int = FIRST, last: int = LAST) -> pd.DataFrame:
    """Return each part's contribution to yearly real GDP growth, percentage points.

    A part's contribution is its change on the year before over the year before's
    GDP, so the parts add up to GDP growth. Years are averages of their quarters.
    "Everything else" is GDP less the three parts: state and local government, net
    exports and the residual of chained dollars.
    """
    data = macrodata.load_pandas().data
    yearly = data.groupby("year")[["realgdp", *list(PARTS)[:3]]].mean()
    yearly["other"] = yearly["realgdp"] - yearly[list(PARTS)[:3]].sum(axis=1)
    points = yearly.diff().div(yearly["realgdp"].shift(), axis=0) * 100
    points = points.loc[first:last].rename_axis("year").reset_index()
    long = points.melt(id_vars=["year", "realgdp"], var_name="part", value_name="points")
    return long.assign(
        year=long["year"].astype(int),
        part=pd.Categorical(long["part"].map(PARTS), categories=list(PARTS.values())),
    )


@housestyle.style()
def recipe() -> Figure:
    """Return the contributions to US real GDP growth, 1999-2008."""
    brand = housestyle.current_brand()
    colours = brand.colours
    data = contributions()
    total = data.drop_duplicates("year")[["year", "realgdp"]]
    first = total.iloc[[0]].assign(label="GDP growth")
    by_part = data.pivot(index="year", columns="part", values="points")
    spending = by_part.loc[: LAST - 1, "Consumption"]
    growth = total.set_index("year")["realgdp"]
    plot = (
        ggplot(data, aes("year", "points"))
        + geom_col(aes(fill="part"), position=position_stack(reverse=True), width=0.7)
        + geom_hline(yintercept=0, colour=colours.axis, size=line_size(brand.lines.axis))
        + geom_line(
            aes(y="realgdp"), data=total, colour=colours.text, size=line_size(brand.lines.data)
        )
        + geom_point(
            aes(y="realgdp"),
            data=total,
            colour=colours.text,
            size=line_size(brand.marks.point),
            stroke=0,
        )
        + geom_text(
            aes(y="realgdp", label="label"),
            data=first,
            va="bottom",
            nudge_y=0.55,
            size=brand.type.annotation,
            colour=colours.text,
            fontweight="bold",
            # a halo in the background colour: at some sizes the label meets a column
            path_effects=[withStroke(linewidth=brand.lines.halo, foreground=colours.background)],
        )
        + scale_fill_ou()
        + scale_x_continuous(breaks=range(FIRST, LAST + 1), expand=(0, 0.6))
        + scale_y_continuous(breaks=range(-2, 7, 2), limits=(-2.5, 6.5), expand=(0, 0))
        + guides(fill=guide_legend(nrow=2, byrow=True))
        + labs(fill=None)
        + theme_ou()
        + theme(
            axis_line_x=element_blank(),
            legend_key_spacing_x=LEGEND_GAP,
            legend_key_size=brand.type.legend,
        )
    )
    return housestyle.finalise(
        plot,
        title=TITLE,
        subtitle=SUBTITLE,
        note=NOTE,
        source=SOURCE,
        alt=(
            f"Stacked column chart of the contributions to US real GDP growth, {FIRST} to "
            f"{LAST}, with a line for total growth. Consumption adds "
            f"{spending.min():.1f} to {spending.max():.1f} points a year until {LAST}, "
            f"when it takes {abs(by_part.loc[LAST, 'Consumption']):.1f}. "
            f"Investment adds up to {by_part['Investment'].max():.1f} points but takes "
            f"{abs(by_part.loc[2001, 'Investment']):.1f} in 2001 and "
            f"{abs(by_part.loc[LAST, 'Investment']):.1f} in {LAST}. Total growth is "
            f"{growth[FIRST]:.1f}% in {FIRST}, dips to {growth[2001]:.1f}% in 2001, recovers "
            f"to {growth[2004]:.1f}% in 2004 and falls to {growth[LAST]:.1f}% in {LAST}."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
