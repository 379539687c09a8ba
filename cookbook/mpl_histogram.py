"""Histogram: the shape of one variable's distribution.

A histogram counts how many observations fall in each interval, and shows whether
values cluster, spread, skew or split into groups. Here the waiting times between
eruptions of the Old Faithful geyser split clearly into two groups.

**What the house style changes.** Bars touch (they cover a continuous range) but are
separated by a hairline in the background colour, so each bin can still be told
apart; gridlines are horizontal only; the y axis counts from a dark zero baseline.

**How to: choose the bins.** Set the bin width in the data's units rather than a
bin count, and align the edges to round numbers, so that a bar means
"between 70 and 75 minutes":

```python
bins = np.arange(40, 100 + 5, 5)
ax.hist(values, bins=bins)
```

Then add labels that name the features the reader should see.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure
from plotnine.data import faithful

import housestyle

TAGS = ("histogram", "distribution", "annotation", "matplotlib")


@housestyle.style()
def recipe() -> Figure:
    """Draw the distribution of waiting times between eruptions of Old Faithful."""
    brand = housestyle.current_brand()
    bins = np.arange(40, 100 + 2.5, 2.5)
    fig, ax = plt.subplots()
    ax.hist(
        faithful["waiting"],
        bins=bins,
        color=brand.colours.primary,
        edgecolor=brand.colours.background,
        linewidth=0.8,
    )
    for minutes, count, text in ((53, 18, "Short waits"), (81, 35, "Long waits")):
        ax.annotate(
            text,
            (minutes, count),
            ha="center",
            va="bottom",
            fontsize=brand.type.annotation,
            color=brand.colours.text,
        )
    ax.set_xlim(40, 100)
    ax.set_ylim(0, 40)
    ax.set_xlabel("Minutes between eruptions, in 2.5-minute bins", fontsize=brand.type.axis_title)
    return housestyle.finalise(
        fig,
        title="Old Faithful keeps two timetables",
        subtitle="Number of eruptions by minutes since the previous one",
        source="Härdle (1991), Smoothing Techniques, via plotnine's faithful dataset",
        alt="Histogram of 272 waiting times between eruptions of the Old Faithful geyser. "
        "The distribution has two peaks, one near 54 minutes and a taller one near "
        "80 minutes, with few waits around 65 minutes.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
