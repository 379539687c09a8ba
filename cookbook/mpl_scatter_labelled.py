"""Scatter plot with labelled points.

A scatter plot shows how two measurements vary together across many items. Most
points are context; name only the few the story is about, and let the rest stay
anonymous.

Headline rests on: total sleep against body weight for the 83 mammals of `msleep`: sleep
falls as log body weight rises (correlation -0.57), from the little brown bat's 19.9
hours to the giraffe's 1.9; an association across species, not a rule for each.

**What the house style changes.** Unlabelled points are hollow rings in the brand's
grey, of the brand's point size and edge width (``s = brand.marks.point ** 2``: the
scatter ``s`` is the marker's area in points², ``linewidths=brand.lines.edge``), so
that overlaps show and the context stays quiet; labelled points are filled
in the primary colour, and their labels are set in the annotation size next to them.
A ring keeps the grey's full 3:1 contrast with the background, where a translucent
grey dot (the usual way to show overlaps) falls below it. Both axes keep light
gridlines here, since values are read in both directions.

**How to: label points without a legend.** Use ``ax.annotate`` with an offset in
points (``textcoords="offset points"``), and choose the side for each label so
that it points away from its neighbours. Where a label must cross other points, give
it a halo in the background colour,
``path_effects=[withStroke(linewidth=brand.lines.halo, foreground=brand.colours.background)]``,
so that the points stop short of the letters. Body weights span six orders of
magnitude, so the x axis is logarithmic, with plain-number tick labels rather than
powers of ten:

```python
ax.set_xscale("log")
ax.xaxis.set_major_formatter(StrMethodFormatter("{x:,g}"))
```
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from matplotlib.patheffects import withStroke
from matplotlib.ticker import LogLocator, MultipleLocator, StrMethodFormatter
from plotnine.data import msleep

import housestyle

TAGS = ("scatter", "labelled points", "log scale", "matplotlib")

#: Animal -> (x offset, y offset) of its label in points, and its alignment.
LABELS = {
    "Little brown bat": ((0, 10), "center"),
    "Human": ((0, -16), "center"),
    "Giraffe": ((-8, 0), "right"),
    "African elephant": ((0, 10), "center"),
    "Domestic cat": ((0, -13), "center"),
    "Thick-tailed opposum": ((8, 0), "left"),
    "Cow": ((0, 10), "center"),
}


@housestyle.style()
def recipe() -> Figure:
    """Draw hours of sleep against body weight for 83 mammals, naming a few."""
    brand = housestyle.current_brand()
    named = msleep["name"].isin(list(LABELS))
    fig, ax = plt.subplots()
    ax.scatter(
        msleep.loc[~named, "bodywt"],
        msleep.loc[~named, "sleep_total"],
        s=brand.marks.point**2,  # s is the marker's area in points²
        facecolors="none",
        edgecolors=brand.colours.grey,
        linewidths=brand.lines.edge,
    )
    ax.scatter(
        msleep.loc[named, "bodywt"],
        msleep.loc[named, "sleep_total"],
        s=brand.marks.point**2,
        color=brand.colours.primary,
        linewidths=0,
    )
    for _, row in msleep[named].iterrows():
        offset, ha = LABELS[row["name"]]
        ax.annotate(
            row["name"].replace("Thick-tailed opposum", "Thick-tailed opossum"),
            (row["bodywt"], row["sleep_total"]),
            xytext=offset,
            textcoords="offset points",
            ha=ha,
            va="center",
            fontsize=brand.type.annotation,
            color=brand.colours.text,
            path_effects=[
                withStroke(linewidth=brand.lines.halo, foreground=brand.colours.background)
            ],
        )
    ax.set_xscale("log")
    ax.xaxis.set_major_locator(LogLocator(base=10, numticks=10))
    ax.xaxis.set_major_formatter(StrMethodFormatter("{x:,g}"))
    ax.set_xlim(0.003, 15_000)
    ax.set_ylim(0, 24)
    ax.yaxis.set_major_locator(MultipleLocator(5))
    ax.grid(True, axis="both")
    ax.set_xlabel("Body weight, kg (log scale)", fontsize=brand.type.axis_title)
    return housestyle.finalise(
        fig,
        title="Small mammals sleep longer",
        subtitle="Total sleep per day (hours) against body weight, 83 mammals",
        source="Savage and West (2007), PNAS, via plotnine's msleep dataset",
        alt="Scatter plot of daily sleep against body weight on a log scale for 83 mammals. "
        "Sleep falls as weight rises: the little brown bat sleeps about 20 hours, "
        "humans 8, and the giraffe under 2.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
