"""Estimates with error bars: means and their 95% confidence intervals.

When the numbers on a chart are estimates (a mean of a sample, a poll, a survey),
show how sure they are. A dot for the estimate and a line for its 95% confidence
interval let readers see which differences are larger than the noise: here the three
classes of car overlap, and all three are far from pickups and SUVs.

Headline rests on: the mean of `hwy` over the versions in each class of `mpg`: compact
28.3 mpg (47 versions of 8 models), SUV 18.1 (62 versions of 13 models), 10.2 apart.
The numbers in brackets are models and versions, not models alone: `mpg` holds 234
versions of 38 models, and the two-seaters are five versions of one car (the Corvette).

**What the house style changes.** The estimates are dots of the brand's large point
size (``brand.marks.point_large``) in the primary colour, and the intervals are lines
of the brand's data width in the same colour, without the end caps that matplotlib
can add (caps add ink, not information). Categories run down the side from the smallest
car to the largest (the order of `p9_error_bars`, its twin), with the number of models
and of versions in brackets after each name (explained once, in the note), because the
width of an interval depends on it. The
values are read on the x axis, so its gridlines are kept, and it has no dark
baseline: it starts at 10, not zero.

**How to: draw error bars.** Compute the interval first. For a mean of ``n``
observations, the 95% interval is the mean plus or minus ``t * sd / sqrt(n)``, with
``t`` from Student's t distribution on ``n - 1`` degrees of freedom (1.96 is only
right for large samples). Then ``ax.errorbar`` draws dots and bars in one call:

```python
from scipy import stats
half = stats.t.ppf(0.975, n - 1) * sd / np.sqrt(n)
ax.errorbar(means, rows, xerr=half, fmt="o", capsize=0,
            markersize=brand.marks.point_large, elinewidth=brand.lines.data)
```

The intervals treat the versions tested as a random sample of all the cars of each
class; say so when, as here, the data were not drawn at random (several versions of
one model are alike, so the true uncertainty is larger than the interval shows).
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MultipleLocator
from plotnine.data import mpg
from scipy import stats

import housestyle

TAGS = ("error bars", "confidence interval", "dot plot", "estimates", "matplotlib")

CLASS_NAMES = {"2seater": "Two-seater", "suv": "SUV"}
#: Classes from the smallest car to the largest: an order no column of the data holds.
SIZE_ORDER = ["Two-seater", "Subcompact", "Compact", "Midsize", "Minivan", "SUV", "Pickup"]
LEVEL = 0.95
TITLE = "Compact cars average 10 more highway mpg than SUVs"
SUBTITLE = "Mean highway miles per US gallon of the versions tested, 95% intervals"
NOTE = (
    "In brackets: models, versions. The intervals treat the versions as a random "
    "sample, which they are not: a rough guide"
)
SOURCE = "US Environmental Protection Agency, 1999 and 2008 models, via plotnine's mpg dataset"


def class_means(level: float = LEVEL) -> pd.DataFrame:
    """Return mean highway mpg by class with the half-width of its t interval.

    The classes run from the largest car to the smallest: matplotlib counts rows up.
    """
    groups = mpg.groupby("class").agg(
        mean=("hwy", "mean"), std=("hwy", "std"), count=("hwy", "size"), models=("model", "nunique")
    )
    t = stats.t.ppf((1 + level) / 2, groups["count"] - 1)
    groups["half"] = t * groups["std"] / np.sqrt(groups["count"])
    groups.index = [CLASS_NAMES.get(name, name.title()) for name in groups.index]
    return groups.loc[SIZE_ORDER[::-1]]


@housestyle.style()
def recipe() -> Figure:
    """Draw mean highway fuel economy by class of car with 95% confidence intervals."""
    brand = housestyle.current_brand()
    means = class_means()
    rows = np.arange(len(means))
    fig, ax = plt.subplots()
    ax.errorbar(
        means["mean"],
        rows,
        xerr=means["half"],
        fmt="o",
        color=brand.colours.primary,
        markersize=brand.marks.point_large,
        elinewidth=brand.lines.data,
        capsize=0,
    )
    ax.set_yticks(
        rows,
        [f"{name} ({row['models']:.0f}, {row['count']:.0f})" for name, row in means.iterrows()],
    )
    ax.set_ylim(-0.6, len(means) - 0.4)
    ax.set_xlim(14, 32)
    ax.xaxis.set_major_locator(MultipleLocator(5))
    ax.set_xticks(range(15, 35, 5))
    ax.grid(False, axis="y")
    ax.grid(True, axis="x")
    ax.spines["bottom"].set_visible(False)  # the x axis starts at 14, not zero
    suv, compact = means.loc["SUV"], means.loc["Compact"]
    return housestyle.finalise(
        fig,
        title=TITLE,
        subtitle=SUBTITLE,
        note=NOTE,
        source=SOURCE,
        alt=f"Dot plot of mean highway miles per gallon for {len(means)} classes of car, "
        f"with {LEVEL:.0%} confidence intervals. Compact ({compact['mean']:.1f}), "
        f"subcompact and midsize cars overlap near 28; two-seaters average "
        f"{means.loc['Two-seater', 'mean']:.1f} and minivans "
        f"{means.loc['Minivan', 'mean']:.1f}, with the widest intervals, from only "
        f"{means['count'].min()} and {means.loc['Minivan', 'count']} versions of one model "
        "each; SUVs "
        f"({suv['mean']:.1f}) and pickups ({means.loc['Pickup', 'mean']:.1f}) are lowest.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
