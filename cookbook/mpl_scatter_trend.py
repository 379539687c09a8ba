"""Scatter plot with a fitted trend line.

A trend line summarises how one measurement moves with another: here, how much
highway fuel economy falls for each extra litre of engine. The points stay on the
chart, because the scatter around the line (and the points far from it) are part of
the story; the line is a summary, not the data.

**What the house style changes.** Points are hollow grey rings of the brand's point
size and edge width (``s = brand.marks.point ** 2``, ``linewidths=brand.lines.edge``),
so that the many overlapping models stay countable and quiet; the trend is a line of
the full data width in the brand's primary colour, drawn over the points and only
across the range of the data. The one group that breaks the pattern is filled in the
highlight colour and named with a curved arrow.

**How to: fit and draw a straight trend.** ``np.polyfit(x, y, 1)`` returns the slope
and the intercept of the least-squares line; draw it between the smallest and largest
x, never beyond the data, and say in the text what the slope means:

```python
slope, intercept = np.polyfit(cars["displ"], cars["hwy"], 1)
xs = np.array([cars["displ"].min(), cars["displ"].max()])
ax.plot(xs, intercept + slope * xs, color=brand.colours.primary)
```

**How to: draw a curved arrow.** ``ax.annotate`` takes an ``arrowprops`` dict; its
``connectionstyle`` bends the arrow, ``"arc3,rad=0.3"`` into an arc whose sign
chooses the side it bows to. A curve leads the eye from a note placed in empty space
to the points without running along the data:

```python
ax.annotate("Two-seaters", xy=(7.0, 24), xytext=(6.1, 36),
            arrowprops={"arrowstyle": "-|>", "connectionstyle": "arc3,rad=-0.3",
                        "color": brand.colours.text, "linewidth": brand.lines.reference})
```
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure
from plotnine.data import mpg

import housestyle

TAGS = ("scatter", "trend line", "regression", "annotation", "curved arrow", "matplotlib")


@housestyle.style()
def recipe() -> Figure:
    """Draw highway fuel economy against engine size for 234 models, with a linear trend."""
    brand = housestyle.current_brand()
    colours = brand.colours
    slope, intercept = np.polyfit(mpg["displ"], mpg["hwy"], 1)
    two_seaters = mpg["class"] == "2seater"
    fig, ax = plt.subplots()
    ax.scatter(
        mpg.loc[~two_seaters, "displ"],
        mpg.loc[~two_seaters, "hwy"],
        s=brand.marks.point**2,
        facecolors="none",
        edgecolors=colours.grey,
        linewidths=brand.lines.edge,
    )
    ax.scatter(
        mpg.loc[two_seaters, "displ"],
        mpg.loc[two_seaters, "hwy"],
        s=brand.marks.point**2,
        color=colours.highlight,
        edgecolors=colours.background,
        linewidths=brand.lines.edge,
        zorder=3,
    )
    xs = np.array([mpg["displ"].min(), mpg["displ"].max()])
    ax.plot(xs, intercept + slope * xs, color=colours.primary, zorder=2)
    ax.annotate(
        f"Trend: {abs(slope):.1f} mpg less\nfor each extra litre",
        (2.6, intercept + slope * 2.6),
        xytext=(1.2, 14),
        ha="left",
        va="center",
        fontsize=brand.type.annotation,
        color=colours.primary,
        fontweight="bold",
        linespacing=brand.type.line_spacing,
        arrowprops={
            "arrowstyle": "-|>",
            "connectionstyle": "arc3,rad=-0.3",
            "color": colours.primary,
            "linewidth": brand.lines.reference,
            "shrinkB": 3,
        },
    )
    corvette = mpg.loc[two_seaters].sort_values("displ").iloc[-1]
    ax.annotate(
        "Two-seaters: big engines\nin light sports cars",
        (corvette["displ"], corvette["hwy"]),
        xytext=(6.1, 36),
        ha="center",
        va="bottom",
        fontsize=brand.type.annotation,
        color=colours.text,
        linespacing=brand.type.line_spacing,
        arrowprops={
            "arrowstyle": "-|>",
            "connectionstyle": "arc3,rad=-0.3",
            "color": colours.text,
            "linewidth": brand.lines.reference,
            "shrinkB": 5,
        },
    )
    ax.set_xlim(1, 7.5)
    ax.set_ylim(10, 46)
    ax.grid(True, axis="both")
    ax.spines["bottom"].set_visible(False)  # the y axis starts at 10, not zero
    ax.set_xlabel("Engine displacement, litres", fontsize=brand.type.axis_title)
    r_squared = np.corrcoef(mpg["displ"], mpg["hwy"])[0, 1] ** 2
    return housestyle.finalise(
        fig,
        title=f"Each extra litre of engine means {abs(slope):.1f} fewer mpg",
        subtitle="Highway miles per US gallon by engine size, with a straight-line fit",
        source="US EPA, 1999 and 2008 models, via plotnine's mpg dataset",
        alt=f"Scatter plot of highway miles per gallon against engine displacement for "
        f"{len(mpg)} car models, with a least-squares line falling {abs(slope):.1f} mpg "
        f"per litre, from about {intercept + slope * xs[0]:.0f} mpg at {xs[0]:.1f} litres "
        f"to {intercept + slope * xs[1]:.0f} at {xs[1]:.0f} litres (R squared "
        f"{r_squared:.2f}). The five two-seater sports cars, highlighted, sit well above "
        "the line, at 23 to 26 mpg with 5.7 to 7 litre engines.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
