"""Horizontal bar chart in plotnine, sorted by value.

A bar chart compares one number across categories. Horizontal bars leave room for
long category names, and sorting them by value turns the chart into a ranking that
reads from top to bottom. All bars share one colour: colour would add nothing that
the labels do not already say.

Headline rests on: the mean `hwy` of each manufacturer's versions in `mpg` (1999 and
2008): Honda 32.6 mpg, ahead of Volkswagen's 29.2, but all nine Honda versions are one
model, the Civic, which the title says.


**What the house style changes.** `theme_ou()` takes away the grey panel, the tick
marks and the axis titles; the bars take the brand's primary colour. It is the
plotnine twin of `mpl_bar_sorted.py` and looks the same.

**How to: reorder the bars.** Sort inside the aesthetic with `reorder()`, so the data
frame stays as it is; `coord_flip()` then puts the largest bar at the top.

**How to: change the gridlines.** `theme_ou()` draws light horizontal gridlines
across the values. After `coord_flip()` the values run across the page, so swap them
for vertical lines in the brand's gridline colour, and move the dark baseline to the
left edge, where the bars start at zero:

```python
ggplot(data, aes("reorder(manufacturer, hwy)", "hwy")) + geom_col() + coord_flip()
+ theme(panel_grid_major_x=element_line(colour=colours.gridline, size=brand.lines.gridline),
        panel_grid_major_y=element_blank(), axis_line_x=element_blank(),
        axis_line_y=element_line(colour=colours.axis, size=brand.lines.axis))
```

Here every bar carries its value, so the value axis and its gridlines go altogether,
as in the twin `mpl_bar_sorted`: `panel_grid_major_x=element_blank()` and
`axis_text_x=element_blank()`; the baseline stays.

**How to: put labels at a fixed position in the bars.** Give the text layer a
constant position on the value axis instead of the value itself, so that every label
starts the same distance from the baseline, inside its bar, and lines up down the
chart; write it in whichever of the brand's text or background colours reads on the
bar (`housestyle.best_ink(fill)`):

```python
+ geom_text(aes(y=LABEL_AT, label="label"), ha="left",
            colour=housestyle.best_ink(colours.primary), size=brand.type.annotation)
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
    geom_text,
    ggplot,
    scale_x_discrete,
    scale_y_continuous,
    theme,
)
from plotnine.data import mpg

import housestyle
from housestyle import theme_ou

TAGS = ("bar", "horizontal bar", "ranking", "labelled bars", "plotnine")

#: Where the labels start inside the bars, in miles per gallon from the baseline.
LABEL_AT = 0.8


def highway_mpg(top: int = 12) -> pd.DataFrame:
    """Return the mean highway miles per gallon of the ``top`` manufacturers."""
    means = mpg.groupby("manufacturer", as_index=False)["hwy"].mean().nlargest(top, "hwy")
    return means.assign(
        manufacturer=means["manufacturer"].str.title(), label=means["hwy"].map("{:.1f}".format)
    )


@housestyle.style()
def recipe() -> Figure:
    """Return the ranking of manufacturers by mean highway mileage."""
    brand = housestyle.current_brand()
    colours = brand.colours
    plot = (
        ggplot(highway_mpg(), aes("reorder(manufacturer, hwy)", "hwy"))
        + geom_col(fill=colours.primary, width=0.7)
        + geom_text(
            aes(y=LABEL_AT, label="label"),
            ha="left",
            size=brand.type.annotation,
            fontweight="bold",
            colour=housestyle.best_ink(colours.primary),
        )
        + scale_x_discrete(expand=(0, 0.4))
        + scale_y_continuous(breaks=range(0, 40, 5), limits=(0, 35), expand=(0, 0))
        + coord_flip()
        + theme_ou()
        + theme(
            panel_grid_major_x=element_blank(),  # every bar carries its value
            panel_grid_major_y=element_blank(),
            axis_text_x=element_blank(),
            axis_line_x=element_blank(),
            axis_line_y=element_line(colour=colours.axis, size=brand.lines.axis),
        )
    )
    return housestyle.finalise(
        plot,
        title="Honda's cars, all Civics, go furthest on a gallon",
        subtitle="Mean highway miles per US gallon of the versions tested, by maker",
        source="US Environmental Protection Agency, 1999 and 2008 models, "
        "via plotnine's mpg dataset",
        alt=(
            "Horizontal bar chart of mean highway miles per gallon for twelve car makers, "
            "sorted from Honda (32.6) at the top through Volkswagen (29.2) and Hyundai "
            "(26.9) down to Dodge (17.9) at the bottom."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
