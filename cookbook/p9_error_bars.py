"""Estimates with error bars in plotnine: means and their 95% confidence intervals.

An estimate is a number with an uncertainty attached. Draw the estimate as a dot and
its interval as a line through it, so that a reader sees both which group is higher
and whether the difference is bigger than the noise: intervals that do not overlap
are a safe sign of a real difference; overlapping ones need a proper test. Here
the estimate is the mean highway fuel economy of each class of car tested, and the
interval comes from Student's t distribution, wide where a class has few versions.

Headline rests on: the mean of `hwy` over the versions in each class of `mpg`: compact
28.3 mpg (47 versions of 8 models), SUV 18.1 (62 versions of 13 models), 10.2 apart.
The numbers in brackets are models and versions, not models alone: `mpg` holds 234
versions of 38 models, and the two-seaters are five versions of one car (the Corvette).

**What the house style changes.** The dots take the brand's primary colour at the
size of a dot that carries data alone (`brand.marks.point_large`); the intervals are
lines of the data width in the same colour, without the end caps that add ink and
nothing else. The values run across the page, so the gridlines are turned to run
vertically. Each class names its number of models and of versions tested, since
that sets the width of its interval, and the note says what the intervals assume.
`mpl_error_bars` is the same chart in matplotlib.

**How to: reorder categories by hand.** When the order means something that no
column holds, such as car size from small to large, write it out and give it to the
scale as `limits=` (bottom to top after `coord_flip()`); a `pd.Categorical` with
`categories=` does the same in the data. A category left out of `limits` is dropped
with a warning, so list them all:

```python
SIZE_ORDER = ["Two-seater", "Subcompact", "Compact", "Midsize", "Minivan", "SUV", "Pickup"]
+ scale_x_discrete(limits=SIZE_ORDER[::-1])   # smallest at the top
```

**How to: draw intervals.** Compute the bounds first, then draw them with
`geom_linerange()` (or `geom_errorbar()` if you want the caps) and the estimate on
top with `geom_point()`:

```python
+ geom_linerange(aes(ymin="low", ymax="high"), colour=colours.primary,
                 size=line_size(brand.lines.data))
+ geom_point(aes(y="mean"), colour=colours.primary,
             size=line_size(brand.marks.point_large), stroke=0)
```
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from plotnine import (
    aes,
    coord_flip,
    element_blank,
    element_line,
    geom_linerange,
    geom_point,
    ggplot,
    scale_x_discrete,
    scale_y_continuous,
    theme,
)
from plotnine.data import mpg
from scipy.stats import t

import housestyle
from housestyle import line_size, theme_ou

TAGS = ("error bars", "confidence interval", "dot plot", "estimates", "plotnine")

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
    """Return the mean highway mpg of each class with its t confidence interval."""
    stats = mpg.groupby("class").agg(
        mean=("hwy", "mean"), std=("hwy", "std"), count=("hwy", "size"), models=("model", "nunique")
    )
    half = t.ppf(0.5 + level / 2, stats["count"] - 1) * stats["std"] / np.sqrt(stats["count"])
    names = [CLASS_NAMES.get(code, code.title()) for code in stats.index]
    return pd.DataFrame(
        {
            "cls": names,
            "label": [
                f"{name} ({m}, {n})"
                for name, m, n in zip(names, stats["models"], stats["count"], strict=True)
            ],
            "mean": stats["mean"].to_numpy(),
            "low": (stats["mean"] - half).to_numpy(),
            "high": (stats["mean"] + half).to_numpy(),
        }
    )


@housestyle.style()
def recipe() -> Figure:
    """Return mean highway mpg by class of car with 95% confidence intervals."""
    brand = housestyle.current_brand()
    colours = brand.colours
    data = class_means()
    labels = dict(zip(data["cls"], data["label"], strict=True))
    widest = data.loc[(data["high"] - data["low"]).idxmax()]
    plot = (
        ggplot(data, aes("cls"))
        + geom_linerange(
            aes(ymin="low", ymax="high"),
            colour=colours.primary,
            size=line_size(brand.lines.data),
        )
        + geom_point(
            aes(y="mean"),
            colour=colours.primary,
            size=line_size(brand.marks.point_large),
            stroke=0,
        )
        + scale_x_discrete(limits=SIZE_ORDER[::-1], labels=lambda names: [labels[n] for n in names])
        + scale_y_continuous(breaks=range(15, 35, 5), limits=(14, 32), expand=(0, 0))
        + coord_flip()
        + theme_ou()
        + theme(
            panel_grid_major_y=element_blank(),
            panel_grid_major_x=element_line(colour=colours.gridline, size=brand.lines.gridline),
            axis_line_x=element_blank(),
            axis_line_y=element_blank(),
        )
    )
    means = data.set_index("cls")["mean"]
    return housestyle.finalise(
        plot,
        title=TITLE,
        subtitle=SUBTITLE,
        note=NOTE,
        source=SOURCE,
        alt=(
            "Dot plot with error bars of mean highway miles per gallon for seven classes "
            "of car, ordered from two-seaters to pickups by size. Compacts "
            f"({means['Compact']:.1f}), subcompacts ({means['Subcompact']:.1f}) and "
            f"midsize cars ({means['Midsize']:.1f}) are highest; minivans "
            f"({means['Minivan']:.1f}) lower; SUVs ({means['SUV']:.1f}) and pickups "
            f"({means['Pickup']:.1f}) lowest. The widest interval, {widest['cls']}'s, "
            f"runs from {widest['low']:.1f} to {widest['high']:.1f}."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
