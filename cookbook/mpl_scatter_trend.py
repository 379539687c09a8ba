"""Scatter plot with a fitted trend line.

A trend line summarises how one measurement moves with another: here, how much
highway fuel economy falls for each extra litre of engine. The points stay on the
chart, because the scatter around the line (and the points far from it) are part of
the story; the line is a summary, not the data.

Headline rests on: the least-squares line of `hwy` on `displ` over the 234 versions of
`mpg` (slope -3.53 mpg a litre, R squared 0.59), which says *how they go together*, not
that an engine "costs" mileage (heavier cars have bigger engines). The straight line
misfits the ends (the five versions over 6 litres average 8.1 mpg above it), and the note
says so; 108 of the 234 points sit exactly on another, which the note also says.

**What the house style changes.** Points are hollow grey rings of the brand's point
size and edge width (``s = brand.marks.point ** 2``, ``linewidths=brand.lines.edge``),
so that the cloud stays quiet and overlaps show as thicker rings (but
identical cars hide one another: the note gives the count); the trend is a line of
the full data width in the brand's primary colour, drawn over the points and only
across the range of the data. The one group that breaks the pattern is filled in the
highlight colour and named with a curved arrow.

**How to: fit and draw a straight trend.** ``np.polyfit(x, y, 1)`` returns the slope
and the intercept of the least-squares line; draw it between the smallest and largest
x, never beyond the data, and say in the text what the slope means and where the
line fits badly:

```python
slope, intercept = np.polyfit(cars["displ"], cars["hwy"], 1)
xs = np.linspace(cars["displ"].min(), cars["displ"].max(), 80)
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

**How to: add and change axis titles.** The house style has no axis titles; add one
where the subtitle cannot say what an axis is (here the engine size), with its text
and the brand's size, in ``ax.set_xlabel`` (``ax.set_ylabel`` for the other axis):

```python
ax.set_xlabel("Engine size, litres", fontsize=brand.type.axis_title)
```
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure
from matplotlib.patheffects import withStroke
from plotnine.data import mpg

import housestyle

TAGS = ("scatter", "trend line", "regression", "annotation", "curved arrow", "matplotlib")

#: The texts both twins share (``p9_scatter_trend`` is the same chart in plotnine).
TITLE = "Cars with bigger engines go fewer miles on a gallon"
SUBTITLE = "Highway miles per US gallon of {n} car versions, by engine size"
NOTE = (
    "Line: least-squares fit, {slope:.1f} mpg fewer per litre on average (R\u00b2 {r2:.2f}); it "
    "misses the ends: the {big} versions over 6 litres sit {above:.1f} mpg above it on "
    "average. Rings overlap: {n} versions at {spots} spots"
)
SOURCE = "US Environmental Protection Agency, 1999 and 2008 models, via plotnine's mpg dataset"
TREND_LABEL = "On average, {slope:.1f} mpg\nfewer per extra litre"
SEATER_LABEL = "Two-seaters: big engines\nin light sports cars"
#: Points at which the line is drawn: plotnine's ``geom_smooth`` evaluates 80.
LINE_POINTS = 80


def fit() -> dict[str, float]:
    """Return the least-squares line and the numbers the note gives."""
    slope, intercept = np.polyfit(mpg["displ"], mpg["hwy"], 1)
    residual = mpg["hwy"] - (intercept + slope * mpg["displ"])
    big = mpg["displ"] > 6
    return {
        "slope": abs(slope),
        "signed_slope": slope,
        "intercept": intercept,
        "r2": np.corrcoef(mpg["displ"], mpg["hwy"])[0, 1] ** 2,
        "big": int(big.sum()),
        "above": residual[big].mean(),
        "n": len(mpg),
        "spots": len(mpg[["displ", "hwy"]].drop_duplicates()),
    }


@housestyle.style()
def recipe() -> Figure:
    """Draw highway fuel economy against engine size for 234 versions, with a linear trend."""
    brand = housestyle.current_brand()
    colours = brand.colours
    numbers = fit()
    slope, intercept = numbers["signed_slope"], numbers["intercept"]
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
    xs = np.linspace(mpg["displ"].min(), mpg["displ"].max(), LINE_POINTS)
    ax.plot(xs, intercept + slope * xs, color=colours.primary, zorder=2)
    ax.annotate(
        TREND_LABEL.format(**numbers),
        (2.6, intercept + slope * 2.6),
        xytext=(1.2, 14),
        ha="left",
        va="center",
        fontsize=brand.type.annotation,
        color=colours.primary,
        fontweight="bold",
        linespacing=brand.type.line_spacing,
        path_effects=[withStroke(linewidth=brand.lines.halo, foreground=colours.background)],
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
        SEATER_LABEL,
        (corvette["displ"], corvette["hwy"]),
        xytext=(6.1, 36),
        ha="center",
        va="bottom",
        fontsize=brand.type.annotation,
        color=colours.text,
        linespacing=brand.type.line_spacing,
        path_effects=[withStroke(linewidth=brand.lines.halo, foreground=colours.background)],
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
    ax.set_xticks(range(2, 8))
    ax.set_yticks(range(10, 50, 10), ["10", "20", "30", "40 mpg"])
    ax.set_xlabel("Engine size, litres", fontsize=brand.type.axis_title)
    r_squared = numbers["r2"]
    return housestyle.finalise(
        fig,
        title=TITLE,
        subtitle=SUBTITLE.format(**numbers),
        note=NOTE.format(**numbers),
        source=SOURCE,
        alt=f"Scatter plot of highway miles per gallon against engine size for "
        f"{len(mpg)} car versions, with a least-squares line falling {abs(slope):.1f} mpg "
        f"per litre, from about {intercept + slope * xs[0]:.0f} mpg at {xs[0]:.1f} litres "
        f"to {intercept + slope * xs[-1]:.0f} at {xs[-1]:.0f} litres (R squared "
        f"{r_squared:.2f}). The five two-seater sports cars, highlighted, sit well above "
        "the line, at 23 to 26 mpg with 5.7 to 7 litre engines.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
