"""Lollipop chart in plotnine.

A lollipop chart is a bar chart with the bar thinned to a stem and a dot at the
value. It carries the same ranking with less ink, which helps when the values are
close and the bars would form one heavy block.

Headline rests on: `mtcars` (Motor Trend, 1974, 32 cars road-tested): the five most
economical are imports (Toyota Corolla 33.9 mpg, Fiat 128, Honda Civic, Lotus Europa,
Fiat X1-9); a magazine's sample, not the market.

**What the house style changes.** Stems and dots take the brand's primary colour:
the stems are thin lines of the reference width (`brand.lines.reference`) and the
dots the size of a dot that carries data alone (`brand.marks.point_large`);
`theme_ou()` drops the ticks and the grey panel. The values run across the page, so
the gridlines are turned to run vertically, and the dark baseline stands at zero,
where the stems start.

**How to: draw stems from zero.** A stem is a length, read like a bar: a Corolla's
stem twice as long as a Hornet's says "twice the miles per gallon", so it must start
at zero, as a bar does. Draw the stems with `geom_segment()` from `y=0` and give the
scale the same limit; if the differences you want to show are small next to the
values, drop the stems and draw a dot plot instead, whose axis may start nearer the
data:

```python
+ geom_segment(aes(x="car", xend="car", y=0, yend="mpg"),
               size=line_size(brand.lines.reference))
+ geom_point(size=line_size(brand.marks.point_large), stroke=0)
+ scale_y_continuous(limits=(0, 35), expand=(0, 0))
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


@housestyle.style()
def recipe() -> Figure:
    """Return the lollipop ranking of the 12 thriftiest cars in mtcars."""
    brand = housestyle.current_brand()
    colours = brand.colours
    data = mtcars.nlargest(12, "mpg")
    order = list(data.sort_values("mpg")["name"])
    mpg_of = data.set_index("name")["mpg"]
    plot = (
        ggplot(data, aes("name", "mpg"))
        + geom_segment(
            aes(xend="name", y=0, yend="mpg"),
            colour=colours.primary,
            size=line_size(brand.lines.reference),
        )
        + geom_point(colour=colours.primary, size=line_size(brand.marks.point_large), stroke=0)
        + scale_x_discrete(limits=order)
        + scale_y_continuous(breaks=range(0, 40, 5), limits=(0, 35), expand=(0, 0))
        + coord_flip()
        + theme_ou()
        + theme(
            panel_grid_major_y=element_blank(),
            panel_grid_major_x=element_line(colour=colours.gridline, size=brand.lines.gridline),
            axis_line_x=element_blank(),
            axis_line_y=element_line(colour=colours.axis, size=brand.lines.axis),
        )
    )
    return housestyle.finalise(
        plot,
        title="Small imports led on fuel economy in 1974",
        subtitle="Miles per US gallon of the 12 most economical of 32 cars road-tested",
        source="Motor Trend (1974), via plotnine's mtcars dataset",
        alt=(
            "Lollipop chart ranking 12 cars by miles per gallon, stems from zero. The "
            f"Toyota Corolla leads with {mpg_of['Toyota Corolla']:.1f}, then the Fiat 128 "
            f"with {mpg_of['Fiat 128']:.1f} and the Honda Civic and Lotus Europa at "
            f"{mpg_of['Honda Civic']:.1f}, down to {mpg_of.min():.1f} for the "
            f"{' and the '.join(sorted(mpg_of.index[mpg_of == mpg_of.min()]))}."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
