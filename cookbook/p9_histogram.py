"""Histogram in plotnine: how the values of one measure are spread.

A histogram counts the values that fall in each bin and draws the counts as touching
bars, so the shape of a distribution shows: one peak or two, a long tail, a gap. Here
the waiting time between eruptions of the Old Faithful geyser has two peaks, a short
wait and a long one. It is the plotnine twin of `mpl_histogram`: the same bins, labels
and texts.

Headline rests on: the 272 waiting times of `faithful` in five-minute bins: two peaks,
at 50-54 and 80-84 minutes, with few waits of 65-69 minutes between them.

**What the house style changes.** The bars take the brand's primary colour, parted by a
thin line in the background colour (`brand.lines.edge`) rather than by gaps, since a
histogram's bins touch; the two peaks are named above their tallest bars with a halo,
and the x axis has a title that gives the bin width.

**How to: make a histogram, with bins at the data's resolution.** `geom_histogram()`
counts the values itself; give it the bin width in the data's unit and a `boundary`
halfway between whole minutes (the data are whole minutes), so that each bin holds
five whole values and none sits on an edge:

```python
+ geom_histogram(binwidth=5, boundary=39.5, fill=colours.primary,
                 colour=colours.background, size=line_size(brand.lines.edge))
```
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patheffects import withStroke
from plotnine import (
    aes,
    element_text,
    geom_histogram,
    geom_text,
    ggplot,
    labs,
    scale_x_continuous,
    scale_y_continuous,
    theme,
)
from plotnine.data import faithful

import housestyle
from housestyle import line_size, theme_ou

TAGS = ("histogram", "distribution", "annotation", "plotnine")

BIN_MINUTES = 5
FIRST_EDGE, LAST_EDGE = 39.5, 99.5  # between whole minutes
TITLE = "Old Faithful keeps two timetables"
SUBTITLE = "Number of eruptions by minutes since the previous one"
SOURCE = "Härdle (1991), Smoothing Techniques, via plotnine's faithful dataset"


def peaks() -> pd.DataFrame:
    """Return the tallest bar of the short and of the long waits, with a label each."""
    edges = np.arange(FIRST_EDGE, LAST_EDGE + 1, BIN_MINUTES)
    counts, _ = np.histogram(faithful["waiting"], bins=edges)
    bars = pd.Series(counts, index=edges[:-1] + BIN_MINUTES / 2)
    rows = []
    for low, high, text in ((40, 65, "Short waits"), (65, 100, "Long waits")):
        middle = bars.loc[low:high].idxmax()
        rows.append({"waiting": middle, "count": bars[middle], "label": text})
    return pd.DataFrame(rows)


@housestyle.style()
def recipe() -> Figure:
    """Return the distribution of waiting times between eruptions of Old Faithful."""
    brand = housestyle.current_brand()
    colours = brand.colours
    plot = (
        ggplot(faithful, aes("waiting"))
        + geom_histogram(
            binwidth=BIN_MINUTES,
            boundary=FIRST_EDGE,
            fill=colours.primary,
            colour=colours.background,
            size=line_size(brand.lines.edge),
        )
        + geom_text(
            aes("waiting", "count", label="label"),
            data=peaks(),
            va="bottom",
            nudge_y=1.5,
            size=brand.type.annotation,
            colour=colours.text,
            path_effects=[withStroke(linewidth=brand.lines.halo, foreground=colours.background)],
        )
        + scale_x_continuous(limits=(FIRST_EDGE, LAST_EDGE), expand=(0, 0))
        + scale_y_continuous(breaks=range(0, 71, 10), limits=(0, 70), expand=(0, 0))
        + labs(x=f"Minutes between eruptions, in {BIN_MINUTES}-minute bins", y="")
        + theme_ou()
        + theme(axis_title_x=element_text(size=brand.type.axis_title, colour=colours.text))
    )
    return housestyle.finalise(
        plot,
        title=TITLE,
        subtitle=SUBTITLE,
        source=SOURCE,
        alt=f"Histogram of {len(faithful)} waiting times between eruptions of the Old "
        "Faithful geyser. In five-minute bins the distribution has two peaks, 50 to 54 "
        "minutes and a taller one at 80 to 84 minutes, with few waits of 65 to 69 minutes "
        "between them.",
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
