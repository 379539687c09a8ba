"""Dot plot with ranges in plotnine.

A dot plot with ranges shows a typical value for each category as a dot and the
spread as a line behind it. It answers two questions at once (which is higher, and
how much do the members vary) with far less ink than a box plot.

Headline rests on: the median and range of highway mpg over the versions of each class
in `mpg`: compact and midsize medians 27 mpg, the highest; the ranges are of versions (a
model with one engine, gearbox and year), not of models.

**What the house style changes.** The ranges are drawn in the brand's grey, half as
thick as the dots (`brand.marks.point_large`), so that the dots in the primary colour
lead. The grey is as light as a range may go: it
is the only mark for the lowest and highest values, so it needs 3:1 contrast with the
background, which the gridline colour does not have. The legend is replaced by a note
in the subtitle. Values run across the page, so the gridlines are turned to run
vertically; the axis starts at 10, not zero, so there is no dark baseline. Leave
room past the longest range: a round line end reaches beyond its value, and a line
that runs into the panel's edge is cut off square.

**How to: show a range and reorder by a statistic.** Summarise first (min, median,
max per class), draw the range with `geom_segment()` and the median with
`geom_point()`, and order the categories by the median with `reorder()`:

```python
ggplot(summary, aes("reorder(cls, median)"))
+ geom_segment(aes(xend="reorder(cls, median)", y="low", yend="high"),
               colour=colours.grey, size=line_size(brand.marks.point_large * RANGE))
+ geom_point(aes(y="median"), colour=colours.primary,
             size=line_size(brand.marks.point_large), stroke=0)
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
    geom_point,
    geom_segment,
    ggplot,
    scale_y_continuous,
    theme,
)
from plotnine.data import mpg

import housestyle
from housestyle import line_size, theme_ou

TAGS = ("dot plot", "range", "distribution", "plotnine")

CLASS_NAMES = {"2seater": "Two-seater", "suv": "SUV"}
#: The thickness of a range as a share of the dot's diameter.
RANGE = 0.5


def class_summary() -> pd.DataFrame:
    """Return the lowest, median and highest highway mileage of each class of car."""
    summary = mpg.groupby("class")["hwy"].agg(low="min", median="median", high="max")
    summary.index = [CLASS_NAMES.get(name, name.title()) for name in summary.index]
    return summary.rename_axis("cls").reset_index()


@housestyle.style()
def recipe() -> Figure:
    """Return the median and range of highway mileage for each class of car."""
    brand = housestyle.current_brand()
    colours = brand.colours
    position = "reorder(cls, median)"
    summary = class_summary().set_index("cls")
    median, low, high = summary["median"], summary["low"], summary["high"]
    plot = (
        ggplot(class_summary(), aes(position))
        + geom_segment(
            aes(xend=position, y="low", yend="high"),
            colour=colours.grey,
            size=line_size(brand.marks.point_large * RANGE),
            lineend="round",
        )
        + geom_point(
            aes(y="median"),
            colour=colours.primary,
            size=line_size(brand.marks.point_large),
            stroke=0,
        )
        + scale_y_continuous(breaks=range(10, 50, 10), limits=(10, 47), expand=(0, 0))
        + coord_flip()
        + theme_ou()
        + theme(
            panel_grid_major_y=element_blank(),
            panel_grid_major_x=element_line(colour=colours.gridline, size=brand.lines.gridline),
            axis_line_x=element_blank(),
            axis_line_y=element_blank(),
        )
    )
    return housestyle.finalise(
        plot,
        title="Compact and midsize cars go furthest",
        subtitle="Highway miles per US gallon: median (dot) and range of the versions tested",
        source="US Environmental Protection Agency, 1999 and 2008 models, "
        "via plotnine's mpg dataset",
        alt=(
            "Dot plot of highway miles per gallon for seven classes of car, with the "
            "median as a dot and the range of versions as a grey bar. Compacts and midsize "
            f"cars have the highest medians, {median['Compact']:g}, then subcompacts "
            f"({median['Subcompact']:g}); SUVs ({median['SUV']:g}) and pickups "
            f"({median['Pickup']:g}) the lowest. Compacts and subcompacts range widest, "
            f"from {low['Compact']:g} and {low['Subcompact']:g} up to "
            f"{high['Compact']:g} miles a gallon."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
