"""Estimates with error bars: means and their 95% confidence intervals.

When the numbers on a chart are estimates (a mean of a sample, a poll, a survey),
show how sure they are. A dot for the estimate and a line for its 95% confidence
interval let readers see which differences are larger than the noise: here the three
classes of car overlap, and all three are far from pickups and SUVs.

**What the house style changes.** The estimates are dots of the brand's large point
size (``brand.marks.point_large``) in the primary colour, and the intervals are lines
of the brand's data width in the same colour, without the end caps that matplotlib
can add (caps add ink, not information). Categories run down the side, sorted by the
estimate, with the number of models in brackets after each name (explained once, in
a header over the labels), because the width of an interval depends on it. The
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

The intervals treat the models tested as a sample of all the models of each class;
say so when, as here, the data were not drawn at random.
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
LEVEL = 0.95


def class_means(level: float = LEVEL) -> pd.DataFrame:
    """Return mean highway mpg by class with the half-width of its t interval."""
    groups = mpg.groupby("class")["hwy"].agg(["mean", "std", "count"])
    t = stats.t.ppf((1 + level) / 2, groups["count"] - 1)
    groups["half"] = t * groups["std"] / np.sqrt(groups["count"])
    groups.index = [CLASS_NAMES.get(name, name.title()) for name in groups.index]
    return groups.sort_values("mean")


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
    ax.set_yticks(rows, [f"{name} ({count})" for name, count in means["count"].items()])
    ax.annotate(
        "Class (models)",
        (0, 1),
        xycoords="axes fraction",
        xytext=(-ax.yaxis.get_tick_padding(), 4),
        textcoords="offset points",
        ha="right",
        va="bottom",
        fontsize=brand.type.tick_label,
        color=brand.colours.muted_text,
    )
    ax.set_ylim(-0.6, len(means) - 0.4)
    ax.set_xlim(10, 32)
    ax.xaxis.set_major_locator(MultipleLocator(5))
    ax.grid(False, axis="y")
    ax.grid(True, axis="x")
    ax.spines["bottom"].set_visible(False)  # the x axis starts at 10, not zero
    suv, compact = means.loc["SUV"], means.loc["Compact"]
    return housestyle.finalise(
        fig,
        title="Small cars beat SUVs and pickups by about 10 mpg",
        subtitle=f"Mean highway miles per US gallon, with {LEVEL:.0%} confidence intervals",
        source="US EPA, 1999 and 2008 models, via plotnine's mpg dataset",
        alt=f"Dot plot of mean highway miles per gallon for {len(means)} classes of car, "
        f"with {LEVEL:.0%} confidence intervals. Compact ({compact['mean']:.1f}), "
        f"subcompact and midsize cars overlap near 28; two-seaters average "
        f"{means.loc['Two-seater', 'mean']:.1f} and minivans "
        f"{means.loc['Minivan', 'mean']:.1f}, with the widest intervals, from only "
        f"{means['count'].min()} and {means.loc['Minivan', 'count']} models; SUVs "
        f"({suv['mean']:.1f}) and pickups ({means.loc['Pickup', 'mean']:.1f}) are lowest.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
