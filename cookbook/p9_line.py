"""Line chart in plotnine: one series over time.

A line chart shows how one measure changes over time: here, the share of the US
population that was unemployed each month from 1967 to 2015.

Headline rests on: the monthly count of unemployed people divided by the whole
population (`economics.unemploy / economics.pop`), which is *not* the unemployment rate
(that divides by the labour force), so the chart names it so and the note says it: its
highest months are December 1982 (5.2%) and October 2009 (5.0%).


**What the house style changes.** `theme_ou()` removes the grey panel, keeps only
light horizontal gridlines and draws a dark baseline; `finalise()` puts the title and
subtitle flush left above the plot and the source and logo in a footer. The line
takes the brand's primary colour and data line width, so it matches the matplotlib
twin (`mpl_line.py`).

**How to: start the axis at zero and format it as percentages.** Compute the share
as a fraction and let a mizani formatter write the percent sign. Give the scale fixed
`limits` and `expand=(0, 0)` so that the dark axis line sits exactly on zero:

```python
from mizani.labels import label_percent
p + scale_y_continuous(labels=label_percent(accuracy=1), limits=(0, 0.06), expand=(0, 0))
```

plotnine's geom sizes are not points (a `size=1` line is about 1.77 pt wide): pass the
brand's width through `housestyle.line_size()` so that a 2.2 pt line in the brand file
is 2.2 pt on the page.

**How to: draw a line chart and set the axis limits.** `geom_line()` draws the
line; `scale_y_continuous(limits=(0, 0.06))` fixes the limits of the value axis (the
shorthand `ylim(0, 0.06)` does the same without breaks or labels; `coord_cartesian(
ylim=...)` zooms without dropping data outside the limits):

```python
ggplot(data, aes("date", "rate")) + geom_line(colour=colours.primary)
+ scale_y_continuous(limits=(0, 0.06), labels=label_percent(accuracy=1))
```
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure
from mizani.labels import label_percent
from plotnine import aes, geom_line, ggplot, scale_x_datetime, scale_y_continuous
from plotnine.data import economics

import housestyle
from housestyle import line_size, theme_ou

TAGS = ("line", "time series", "plotnine")


@housestyle.style()
def recipe() -> Figure:
    """Return unemployed people as a share of the US population, 1967-2015."""
    brand = housestyle.current_brand()
    data = economics.assign(rate=economics["unemploy"] / economics["pop"])
    plot = (
        ggplot(data, aes("date", "rate"))
        + geom_line(colour=brand.colours.primary, size=line_size(brand.lines.data))
        + scale_x_datetime(date_breaks="10 years", date_labels="%Y")
        + scale_y_continuous(labels=label_percent(accuracy=1), limits=(0, 0.06), expand=(0, 0))
        + theme_ou()
    )
    return housestyle.finalise(
        plot,
        title="The unemployed peaked as a share of all Americans in 1982 and 2009",
        subtitle="Unemployed as a share of all US residents, monthly",
        note="Not the unemployment rate, which divides by the labour force",
        source="BLS and Census Bureau via FRED (ggplot2's economics)",
        alt=(
            "Line chart of US unemployment as a share of the population from 1967 to "
            "2015. It rises and falls with each recession, peaking at about 5% in 1982 "
            "and in 2009, and ends near 2.7% in 2015."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
