"""Horizontal bar chart in plotnine, sorted by value.

A bar chart compares one number across categories. Horizontal bars leave room for
long category names, and sorting them by value turns the chart into a ranking that
reads from top to bottom.

**What the house style changes.** `theme_ou()` takes away the grey panel, the tick
marks and the axis titles; the bars take the brand's primary colour. Because
`coord_flip()` turns the value axis on its side, the recipe swaps the gridlines so
that they stay across the values (vertical here), and draws the dark baseline on
the left, at zero.

**How to: reorder the bars and label them.** Sort inside the aesthetic with
`reorder()`, so the data frame stays as it is, and write each value inside the end
of its bar in the background colour. Labelled bars need no value axis:

```python
ggplot(data, aes("reorder(manufacturer, hwy)", "hwy"))
+ geom_col()
+ geom_text(aes(label="label"), ha="right", nudge_y=-0.4, colour=colours.background)
+ coord_flip()
```
"""

from __future__ import annotations

import math
from pathlib import Path

from matplotlib.figure import Figure
from plotnine import (
    aes,
    coord_flip,
    element_blank,
    element_line,
    geom_col,
    geom_text,
    ggplot,
    scale_y_continuous,
    theme,
)
from plotnine.data import mpg

import housestyle
from housestyle import theme_ou

TAGS = ("bar", "horizontal bar", "ranking", "plotnine")

#: plotnine multiplies a line's size by sqrt(pi) to get its width in points.
PT = 1 / math.sqrt(math.pi)


def top_manufacturers(n: int = 12):
    """Return the ``n`` manufacturers with the best mean highway mileage."""
    means = mpg.groupby("manufacturer", as_index=False)["hwy"].mean()
    means["manufacturer"] = means["manufacturer"].str.title()
    means["label"] = means["hwy"].map("{:.1f}".format)
    return means.nlargest(n, "hwy")


@housestyle.style()
def recipe(size: str = "web") -> Figure:
    """Return the finished ranking of manufacturers by highway mileage."""
    brand = housestyle.current_brand()
    colours = brand.colours
    text_size = brand.type.annotation * brand.preset(size).type_scale
    plot = (
        ggplot(top_manufacturers(), aes("reorder(manufacturer, hwy)", "hwy"))
        + geom_col(fill=colours.primary, width=0.75)
        + geom_text(
            aes(label="label"),
            ha="right",
            nudge_y=-0.6,
            size=text_size,
            colour=colours.background,
            fontweight="bold",
        )
        + scale_y_continuous(expand=(0, 0, 0.02, 0))
        + coord_flip()
        + theme_ou()
        + theme(
            axis_text_x=element_blank(),
            axis_line_x=element_blank(),
            panel_grid_major_y=element_blank(),
            panel_grid_major_x=element_blank(),
            axis_line_y=element_line(colour=colours.axis, size=brand.lines.axis),
        )
    )
    return housestyle.finalise(
        plot,
        title="Honda leads on highway fuel economy",
        subtitle="Mean highway miles per US gallon of the models tested, top 12 makers",
        source="US EPA fuel economy data, 1999 and 2008 models, via plotnine's mpg dataset",
        alt=(
            "Horizontal bar chart ranking 12 car makers by mean highway mileage. Honda "
            "leads with 32.6 miles per gallon, then Volkswagen 29.2 and Hyundai 26.9; "
            "Dodge is 12th with 17.9."
        ),
        size=size,
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
