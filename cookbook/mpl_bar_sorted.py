"""Horizontal bar chart, sorted by value.

A bar chart compares amounts across categories. Horizontal bars give long
category names room to be read without turning the head, and sorting the bars by
value lets the reader see the ranking at once.

**What the house style changes.** The gridlines run vertically here, behind the
bars, because the values are read along the x axis; the dark baseline is moved to
the left edge, where the bars start. The bars take the brand's primary colour:
one colour, because colour would add nothing that the labels do not already say.

**How to: reorder bars.** Sort the data before drawing it. ``barh`` draws the first
row at the bottom, so sort ascending to put the largest bar on top:

```python
means = means.sort_values(ascending=True)
ax.barh(means.index, means.values)
```

**How to: change gridlines.** Switch the horizontal ones off and the vertical ones
on with ``ax.grid(False, axis="y")`` and ``ax.grid(True, axis="x")``.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from plotnine.data import mpg

import housestyle

TAGS = ("bar", "horizontal bar", "sorted", "ranking", "matplotlib")


def highway_mpg(top: int = 12):
    """Return the mean highway miles per gallon of the ``top`` manufacturers."""
    means = mpg.groupby("manufacturer")["hwy"].mean().nlargest(top)
    return means.rename(index=str.title)


@housestyle.style()
def recipe() -> Figure:
    """Draw mean highway fuel economy by manufacturer, largest at the top."""
    brand = housestyle.current_brand()
    means = highway_mpg().sort_values(ascending=True)
    fig, ax = plt.subplots()
    ax.barh(means.index, means.values, color=brand.colours.primary, height=0.7)
    ax.grid(False, axis="y")
    ax.grid(True, axis="x")
    ax.spines["bottom"].set_visible(False)
    ax.axvline(0, color=brand.colours.axis, linewidth=brand.lines.axis)
    ax.set_xlim(0, 35)
    ax.margins(y=0.01)
    return housestyle.finalise(
        fig,
        title="Honda's cars go furthest on a gallon",
        subtitle="Mean highway fuel economy of the models tested, miles per US gallon",
        source="US Environmental Protection Agency, 1999 and 2008 models, "
        "via plotnine's mpg dataset",
        alt="Horizontal bar chart of mean highway miles per gallon for twelve car makers, "
        "sorted from Honda (32.6) at the top through Volkswagen (29.2) and Hyundai (26.9) "
        "down to Dodge (17.9) at the bottom.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
