"""Highlighting one bar among grey ones, in plotnine.

When the story is about one category, draw it in the brand's highlight colour and
every other bar in grey. The reader finds it at once and still sees where it ranks.

**What the house style changes.** `scale_fill_ou()` takes a `{category: colour}`
mapping in which colours may be brand names (`"highlight"`, `"primary"`); every
category left out of the mapping is drawn in the brand's de-emphasis grey, so one
line of code makes the highlight and follows any brand. The bars are horizontal, so
the recipe turns the gridlines to run across the values.

**How to: change the gridlines.** `theme_ou()` draws light horizontal gridlines.
After `coord_flip()` the values run across the page, so swap them for vertical ones
in the brand's gridline colour, and drop the legend, which the title replaces:

```python
+ theme(panel_grid_major_x=element_line(colour=colours.gridline,
                                        size=brand.lines.gridline),
        panel_grid_major_y=element_blank(), legend_position="none")
```
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure
from plotnine import (
    aes,
    coord_flip,
    element_blank,
    element_line,
    geom_col,
    ggplot,
    scale_y_continuous,
    theme,
)
from plotnine.data import mpg

import housestyle
from housestyle import scale_fill_ou, theme_ou

TAGS = ("bar", "horizontal bar", "highlight", "plotnine")

HIGHLIGHT = "Pontiac"


def top_manufacturers(n: int = 12):
    """Return the ``n`` manufacturers with the best mean highway mileage."""
    means = mpg.groupby("manufacturer", as_index=False)["hwy"].mean()
    means["manufacturer"] = means["manufacturer"].str.title()
    return means.nlargest(n, "hwy")


@housestyle.style()
def recipe(size: str = "web") -> Figure:
    """Return the ranking of makers by highway mileage with one maker highlighted."""
    brand = housestyle.current_brand()
    colours = brand.colours
    plot = (
        ggplot(
            top_manufacturers(),
            aes("reorder(manufacturer, hwy)", "hwy", fill="manufacturer"),
        )
        + geom_col(width=0.75)
        + scale_fill_ou({HIGHLIGHT: "highlight"})
        + scale_y_continuous(breaks=range(0, 35, 5), limits=(0, 35), expand=(0, 0))
        + coord_flip()
        + theme_ou()
        + theme(
            legend_position="none",
            panel_grid_major_y=element_blank(),
            panel_grid_major_x=element_line(colour=colours.gridline, size=brand.lines.gridline),
            axis_line_x=element_blank(),
            axis_line_y=element_line(colour=colours.axis, size=brand.lines.axis),
        )
    )
    return housestyle.finalise(
        plot,
        title="Pontiac is the best-placed American maker",
        subtitle="Mean highway miles per US gallon of the models tested, top 12 makers",
        source="US EPA fuel economy data, 1999 and 2008 models, via plotnine's mpg dataset",
        alt=(
            "Horizontal bar chart ranking 12 car makers by mean highway mileage, with "
            "Pontiac highlighted. Pontiac is 5th with 26.4 miles per gallon, behind "
            "Honda (32.6), Volkswagen, Hyundai and Audi; the other American makers, "
            "Chevrolet, Ford, Mercury and Dodge, fill the bottom four places."
        ),
        size=size,
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
