"""Line chart: one series over time.

A line chart shows how one quantity changes over time. The eye follows the slope,
so let the line carry the story and keep everything else quiet.

Headline rests on: the monthly count of unemployed people divided by the whole
population (`economics.unemploy / economics.pop`), which is *not* the unemployment rate
(that divides by the labour force), so the chart names it so and the note says it: its
highest months are December 1982 (5.2%) and October 2009 (5.0%).


**What the house style changes.** The title block states the finding and the
subtitle says what is measured, so the y axis needs no title. Gridlines are light
and horizontal only, the bottom axis is a dark baseline, there are no tick marks,
and the line is drawn in the brand's primary colour, thick enough to read at a
glance.

**How to: format percentages on an axis.** Compute the share as a fraction and let
a formatter write the percent sign, rather than multiplying by 100 and labelling
the axis "%":

```python
from matplotlib.ticker import PercentFormatter
ax.yaxis.set_major_formatter(PercentFormatter(xmax=1, decimals=0))
```

Start the y axis at zero when the quantity is a share of a whole, so that the
height of the line means what it seems to mean.

**How to: draw a line chart and set the axis limits.** ``ax.plot(dates, values)``
draws the line; ``ax.set_ylim(bottom, top)`` (and ``ax.set_xlim``) fix the axis limits
instead of leaving matplotlib to choose them, here from zero, so that the dark baseline
is a true zero and the peaks are not exaggerated:

```python
ax.plot(data["date"], data["rate"], color=brand.colours.primary)
ax.set_ylim(0, 0.06)
ax.yaxis.set_major_formatter(PercentFormatter(xmax=1, decimals=0))
```
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib.dates import YearLocator
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter
from plotnine.data import economics

import housestyle

TAGS = ("line", "time series", "percent axis", "matplotlib")


@housestyle.style()
def recipe() -> Figure:
    """Draw unemployed people as a share of the US population, 1967-2015."""
    data = economics.assign(rate=economics["unemploy"] / economics["pop"])
    fig, ax = plt.subplots()
    ax.plot(data["date"], data["rate"], color=housestyle.current_brand().colours.primary)
    ax.set_ylim(0, 0.06)
    ax.yaxis.set_major_formatter(PercentFormatter(xmax=1, decimals=0))
    ax.xaxis.set_major_locator(YearLocator(10))
    return housestyle.finalise(
        fig,
        title="The unemployed peaked as a share of all Americans in 1982 and 2009",
        subtitle="Unemployed as a share of all US residents, monthly",
        note="Not the unemployment rate, which divides by the labour force",
        source="BLS and Census Bureau via FRED (ggplot2's economics)",
        alt="Line chart of US unemployment as a share of the population from 1967 to 2015. "
        "It rises and falls with each recession, peaking at about 5% in 1982 and in 2009, "
        "and ends near 2.7% in 2015.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
