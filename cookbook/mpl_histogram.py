"""Histogram: the shape of one variable's distribution.

A histogram counts how many observations fall in each interval, and shows whether
values cluster, spread, skew or split into groups. Here the waiting times between
eruptions of the Old Faithful geyser split clearly into two groups.

Headline rests on: the 272 waiting times of `faithful` in five-minute bins: two peaks,
at 50-54 and 80-84 minutes, with few waits of 65-69 minutes between them.

**What the house style changes.** Bars touch (they cover a continuous range) but are
separated by a hairline in the background colour (``brand.lines.edge``), so each bin
can still be told apart; gridlines are horizontal only; the y axis counts from a dark
zero baseline. Labels that cross a gridline get a halo in the background colour
(``brand.lines.halo``).

**How to: choose the bins.** Set the bin width in the data's units rather than a
bin count, and match it to the data's resolution. These waits are recorded in whole
minutes, so every bin must hold the same number of possible values, or the bars
rise and fall with the bin edges rather than the data (2.5-minute bins would hold two
and three whole minutes in turn, a sawtooth that is not there). Put the edges halfway
between whole minutes, five minutes apart, so that a bar means "75 to 79 minutes":

```python
bins = np.arange(39.5, 100, 5)  # 39.5, 44.5, ...: 40-44, 45-49, ... minutes
ax.hist(values, bins=bins)
```

Then add labels that name the features the reader should see.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patheffects import withStroke
from plotnine.data import faithful

import housestyle

TAGS = ("histogram", "distribution", "annotation", "matplotlib")

BIN_MINUTES = 5
TITLE = "Old Faithful keeps two timetables"
SUBTITLE = "Number of eruptions by minutes since the previous one"
SOURCE = "Härdle (1991), Smoothing Techniques, via plotnine's faithful dataset"


@housestyle.style()
def recipe() -> Figure:
    """Draw the distribution of waiting times between eruptions of Old Faithful."""
    brand = housestyle.current_brand()
    bins = np.arange(39.5, 100, BIN_MINUTES)  # edges between whole minutes
    fig, ax = plt.subplots()
    ax.hist(
        faithful["waiting"],
        bins=bins,
        color=brand.colours.primary,
        edgecolor=brand.colours.background,
        linewidth=brand.lines.edge,
    )
    counts, _ = np.histogram(faithful["waiting"], bins=bins)
    bars = pd.Series(counts, index=bins[:-1] + BIN_MINUTES / 2)  # count by bin middle
    for low, high, text in ((40, 65, "Short waits"), (65, 100, "Long waits")):
        peak = bars.loc[low:high].idxmax()  # the tallest bar of each group
        ax.annotate(
            text,
            (peak, bars[peak]),
            xytext=(0, 4),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=brand.type.annotation,
            color=brand.colours.text,
            path_effects=[
                withStroke(linewidth=brand.lines.halo, foreground=brand.colours.background)
            ],
        )
    ax.set_xlim(bins[0], bins[-1])
    ax.set_ylim(0, 70)
    ax.set_xlabel(
        f"Minutes between eruptions, in {BIN_MINUTES}-minute bins", fontsize=brand.type.axis_title
    )
    return housestyle.finalise(
        fig,
        title=TITLE,
        subtitle=SUBTITLE,
        source=SOURCE,
        alt="Histogram of 272 waiting times between eruptions of the Old Faithful geyser. "
        "In five-minute bins the distribution has two peaks, 50 to 54 minutes and a "
        "taller one at 80 to 84 minutes, with few waits of 65 to 69 minutes between them.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
