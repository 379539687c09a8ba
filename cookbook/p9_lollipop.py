"""Lollipop chart in plotnine.

A lollipop chart is a bar chart with the bar thinned to a stem and a dot at the
value. It carries the same ranking with less ink, which helps when the values are
close and the bars would form one heavy block.

**What the house style changes.** Stems and dots take the brand's primary colour
and data line width; `theme_ou()` drops the ticks and the grey panel. The values run
across the page, so the gridlines are turned to run vertically.

**How to: start the value axis where it makes sense.** Unlike a bar, a lollipop's
length is not read from zero, so the axis may start nearer the data. Draw the stem
from the axis start with `geom_segment()` and give the scale the same limit:

```python
+ geom_segment(aes(x="car", xend="car", y=10, yend="mpg"))
+ geom_point(size=brand.lines.data * 2.2)
+ scale_y_continuous(limits=(10, 35), expand=(0, 0))
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
    geom_point,
    geom_segment,
    ggplot,
    scale_x_discrete,
    scale_y_continuous,
    theme,
)
from plotnine.data import mtcars

import housestyle
from housestyle import line_size, theme_ou

TAGS = ("lollipop", "ranking", "plotnine")

START = 10  # miles per gallon at which the axis and the stems start


@housestyle.style()
def recipe(size: str = "web") -> Figure:
    """Return the lollipop ranking of the 12 thriftiest cars in mtcars."""
    brand = housestyle.current_brand()
    colours = brand.colours
    data = mtcars.nlargest(12, "mpg")
    order = list(data.sort_values("mpg")["name"])
    plot = (
        ggplot(data, aes("name", "mpg"))
        + geom_segment(
            aes(xend="name", y=START, yend="mpg"),
            colour=colours.primary,
            size=line_size(brand.lines.data * 0.6),
        )
        + geom_point(colour=colours.primary, size=brand.lines.data * 2.2)
        + scale_x_discrete(limits=order)
        + scale_y_continuous(breaks=range(START, 40, 5), limits=(START, 35), expand=(0, 0))
        + coord_flip()
        + theme_ou()
        + theme(
            panel_grid_major_y=element_blank(),
            panel_grid_major_x=element_line(colour=colours.gridline, size=brand.lines.gridline),
            axis_line_x=element_blank(),
        )
    )
    return housestyle.finalise(
        plot,
        title="Small imports led on fuel economy in 1974",
        subtitle="Miles per US gallon of the 12 most economical of 32 cars road-tested",
        source="Motor Trend (1974), via plotnine's mtcars dataset",
        alt=(
            "Lollipop chart ranking 12 cars by miles per gallon. The Toyota Corolla leads "
            "with 33.9, then the Fiat 128 with 32.4 and the Honda Civic and Lotus Europa "
            "at 30.4; the 12th, the Merc 230, does 22.8."
        ),
        size=size,
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
