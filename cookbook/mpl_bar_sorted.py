"""Horizontal bar chart, sorted by value.

A bar chart compares amounts across categories. Horizontal bars give long
category names room to be read without turning the head, and sorting the bars by
value lets the reader see the ranking at once.

Headline rests on: the mean `hwy` of each manufacturer's versions in `mpg` (1999 and
2008): Honda 32.6 mpg, ahead of Volkswagen's 29.2, but all nine Honda versions are one
model, the Civic, which the title says.


**What the house style changes.** The dark baseline is moved to the left edge, where
the bars start. The bars take the brand's primary colour: one colour, because colour
would add nothing that the labels do not already say. Each bar carries its value, so
the value axis and its gridlines go.

**How to: reorder bars.** Sort the data before drawing it. ``barh`` draws the first
row at the bottom, so sort ascending to put the largest bar on top:

```python
means = means.sort_values(ascending=True)
ax.barh(means.index, means.values)
```

**How to: put labels at a fixed position in the bars.** Rather than at each bar's
end, write every value at the same place, just inside the bars' common start: the
labels line up in a column that is easy to scan, and never spill past a short bar.
Anchor them in data units at zero and offset them in points, in whichever of the
brand's text and background colours reads on the bar:

```python
for name, value in means.items():
    ax.annotate(f"{value:.1f}", (0, name), xytext=(6, 0), textcoords="offset points",
                ha="left", va="center", color=housestyle.best_ink(brand.colours.primary))
```

**How to: change gridlines.** With a value in every bar the value axis and its
gridlines are redundant: ``ax.grid(False)`` and ``ax.xaxis.set_visible(False)``. To
keep them for horizontal bars instead, switch the horizontal ones off and the
vertical ones on: ``ax.grid(False, axis="y")`` and ``ax.grid(True, axis="x")``.

**How to: flip the coordinates, and drop the gridlines.** matplotlib has no
``coord_flip``: horizontal bars are ``ax.barh`` (values across, categories down), and
every ``x`` setting becomes the ``y`` one. Gridlines go with ``ax.grid(False)``:

```python
ax.barh(means.index, means.values)   # not ax.bar: the bars lie across the page
ax.grid(False)
ax.xaxis.set_visible(False)
```
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from plotnine.data import mpg

import housestyle

TAGS = ("bar", "horizontal bar", "sorted", "ranking", "labelled bars", "matplotlib")

#: Points between the bars' common start and their value labels.
LABEL_INSET = 6


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
    ink = housestyle.best_ink(brand.colours.primary)
    for name, value in means.items():
        ax.annotate(
            f"{value:.1f}",
            (0, name),
            xytext=(LABEL_INSET, 0),
            textcoords="offset points",
            ha="left",
            va="center",
            fontsize=brand.type.annotation,
            fontweight="bold",
            color=ink,
        )
    ax.grid(False)
    ax.xaxis.set_visible(False)
    ax.spines["bottom"].set_visible(False)
    ax.axvline(0, color=brand.colours.axis, linewidth=brand.lines.axis)
    ax.set_xlim(0, 35)
    ax.margins(y=0.01)
    return housestyle.finalise(
        fig,
        title="Honda's cars, all Civics, go furthest on a gallon",
        subtitle="Mean highway miles per US gallon of the versions tested, by maker",
        source="US Environmental Protection Agency, 1999 and 2008 models, "
        "via plotnine's mpg dataset",
        alt="Horizontal bar chart of mean highway miles per gallon for twelve car makers, "
        "each labelled with its value, "
        "sorted from Honda (32.6) at the top through Volkswagen (29.2) and Hyundai (26.9) "
        "down to Dodge (17.9) at the bottom.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
