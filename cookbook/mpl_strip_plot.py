r"""Strip plot: every observation as a point, grouped by category.

A strip plot shows each value rather than a summary, so the reader sees the spread,
the clusters and the outliers, and how many observations stand behind each group.
Points with the same value would hide each other, so they are spread at random
(jitter) across their category's row; the value axis is never jittered, so every
point sits at its true value.

Headline rests on: the highway mpg of the 234 versions in `mpg`: front-wheel-drive
versions average 28.2 mpg (median 28), four-wheel-drive 19.2 and rear-wheel-drive 21.0;
81% of the 95 SUV and pickup versions are below 20 mpg.


**What the house style changes.** Points are dots of the brand's point size
(``brand.marks.point``: matplotlib's scatter ``s`` is the marker's area in points², so
``s = brand.marks.point ** 2``), each outlined in the background colour at the brand's
edge width (``brand.lines.edge``), so that overlapping points stay apart and
countable. Their colours are the first three of the categorical palette, one for each
drive type, and the legend sits on top in one row.

**How to: reorder categories by hand.** When the order carries meaning that no column
holds (here the size of the vehicle, from two-seater to pickup), make the column an
ordered ``pd.Categorical`` and let its codes give the positions:

```python
order = ["2seater", "subcompact", "compact", "midsize", "minivan", "suv", "pickup"]
mpg["class"] = pd.Categorical(mpg["class"], categories=order, ordered=True)
rows = mpg["class"].cat.codes
```

Sorting, grouping and pandas' own plots all follow the categories' order from then on.
The classes run down the side, smallest at the top (``ax.set_ylim(6.5, -0.5)``), where
their names have room at any size; across the bottom, seven names would collide in a
print column.

**How to: lay a legend out in n rows.** matplotlib counts columns, not rows: ask for
``ncols = ceil(entries / rows)``. Place it yourself above the plot, and
``housestyle.finalise`` leaves it there instead of choosing the columns for you.
Anchor it by its right edge to the plot's right edge: then it grows leftwards over the
empty space above the category names, and keeps one row even in a print column:

```python
ax.legend(loc="lower right", bbox_to_anchor=(1, 1.02), ncols=math.ceil(3 / 1))
```

**How to: change the legend text size.** ``fontsize`` in ``ax.legend()`` sets it;
take it from the brand (``brand.type.legend``), never a number:

```python
ax.legend(loc="lower right", bbox_to_anchor=(1, 1.02), fontsize=brand.type.legend)
```
"""

from __future__ import annotations

import math
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from plotnine.data import mpg

import housestyle

TAGS = ("strip plot", "jitter", "distribution", "categorical order", "legend", "matplotlib")

ORDER = {
    "2seater": "Two-seater",
    "subcompact": "Subcompact",
    "compact": "Compact",
    "midsize": "Midsize",
    "minivan": "Minivan",
    "suv": "SUV",
    "pickup": "Pickup",
}
DRIVES = {"f": "Front-wheel", "4": "Four-wheel", "r": "Rear-wheel"}
#: How far points spread either side of their category's centre, in category widths.
JITTER = 0.3
LEGEND_ROWS = 1
TITLE = "Front-wheel-drive cars go furthest on a gallon"
SUBTITLE = "Highway miles per US gallon of each version tested, by class and drive"
SOURCE = "US Environmental Protection Agency, 1999 and 2008 models, via plotnine's mpg dataset"


def cars() -> pd.DataFrame:
    """Return the models with the class as an ordered categorical, smallest first."""
    return mpg.assign(vehicle=pd.Categorical(mpg["class"], categories=list(ORDER), ordered=True))


@housestyle.style()
def recipe(seed: int = 1) -> Figure:
    """Draw the highway fuel economy of every model tested, by class and drive.

    Parameters
    ----------
    seed
        The seed of the random sideways jitter, so the picture is the same each time.
    """
    brand = housestyle.current_brand()
    data = cars()
    rng = np.random.default_rng(seed)
    rows = data["vehicle"].cat.codes + rng.uniform(-JITTER, JITTER, len(data))
    fig, ax = plt.subplots()
    for (drive, name), colour in zip(
        DRIVES.items(), housestyle.palette(n=len(DRIVES)), strict=True
    ):
        chosen = data["drv"] == drive
        ax.scatter(
            data.loc[chosen, "hwy"],
            rows[chosen],
            s=brand.marks.point**2,
            color=colour,
            edgecolors=brand.colours.background,
            linewidths=brand.lines.edge,
            label=name,
        )
    ax.legend(
        loc="lower right",  # grows leftwards, over the class names, if it must
        bbox_to_anchor=(1, 1.02),
        ncols=math.ceil(len(DRIVES) / LEGEND_ROWS),
        frameon=False,
        fontsize=brand.type.legend,
        handletextpad=0.2,
    )
    ax.set_yticks(range(len(ORDER)), list(ORDER.values()))
    ax.set_ylim(len(ORDER) - 0.5, -0.5)  # the smallest vehicles at the top
    ax.set_xlim(10, 46)
    ax.set_xticks(range(10, 50, 10), ["10", "20", "30", "40 mpg"])  # the unit once
    ax.grid(False, axis="y")
    ax.grid(True, axis="x")
    ax.spines["bottom"].set_visible(False)  # the axis starts at 10, not zero
    front = data[data["drv"] == "f"]
    trucks = data[data["class"].isin(["suv", "pickup"])]
    return housestyle.finalise(
        fig,
        title=TITLE,
        subtitle=SUBTITLE,
        source=SOURCE,
        alt=f"Strip plot of highway miles per gallon for {len(data)} car versions in seven "
        "classes from two-seater to pickup, each a dot coloured by drive type. "
        f"Front-wheel-drive versions, in the subcompact, compact, midsize and minivan "
        f"classes, reach up to {front['hwy'].max()} and average {front['hwy'].mean():.0f}; "
        f"pickups and SUVs, all four- or rear-wheel drive, lie between "
        f"{trucks['hwy'].min()} and {trucks['hwy'].max()}, most of them below 20.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
