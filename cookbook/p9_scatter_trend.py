"""Scatter plot with a trend line in plotnine.

A trend line summarises how one measure moves with another across a cloud of
points: here, how far a car goes on a gallon as its engine gets bigger. The line
is a summary, not the data, so keep the points in view, say what kind of line it
is, and give its slope in words the reader can use: on average, a car with a litre
more engine goes about three and a half fewer miles a gallon on the highway. That is
an association (bigger engines come in heavier cars), not a cost the engine imposes.

Headline rests on: the least-squares line of `hwy` on `displ` over the 234 versions of
`mpg` (slope -3.53 mpg a litre, R squared 0.59), which says *how they go together*, not
that an engine "costs" mileage (heavier cars have bigger engines). The straight line
misfits the ends (the five versions over 6 litres average 8.1 mpg above it), and the note
says so; 108 of the 234 points sit exactly on another, which the note also says.

**What the house style changes.** The points are hollow rings in the brand's grey
(`brand.marks.point`, edge `brand.lines.edge`), so that overlapping cars show and the
cloud stays quiet; the fitted line is drawn over them in the primary colour at the
data width, without its confidence band: a band would need explaining on the chart
(it shows how sure the line's position is, not where the cars lie), and the note has
better things to say. The two-seaters, which break the pattern, are filled in the
highlight colour and named, as in the twin `mpl_scatter_trend`. Both axes keep light gridlines,
since both carry values; the engine size has an axis title, and the mileage its unit
on the top label ("40 mpg").

**How to: add a trend line and say what it is.** `geom_smooth(method="lm")` fits a
straight line by least squares (plotnine fits it with statsmodels); `se=True` would
shade its 95% confidence band; `method="lowess"` follows a curve instead. Compute the
slope yourself to write it in the subtitle or an annotation, so that the number
and the line agree:

```python
slope, intercept = np.polyfit(mpg["displ"], mpg["hwy"], 1)
+ geom_smooth(method="lm", se=False, colour=colours.primary,
              size=line_size(brand.lines.data))
```

Note what a straight line hides, in the note: the few two-seaters with big engines
sit well above it, and the fall flattens past five litres.

**How to: add and change axis titles.** `theme_ou()` has no axis titles; give the
text in `labs(x=..., y="")` and switch the title on in the theme, in the brand's size:

```python
+ labs(x="Engine size, litres", y="")
+ theme(axis_title_x=element_text(size=brand.type.axis_title, colour=colours.text))
```
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.figure import Figure
from matplotlib.patheffects import withStroke
from plotnine import (
    aes,
    annotate,
    arrow,
    element_blank,
    element_line,
    element_text,
    geom_point,
    geom_smooth,
    ggplot,
    labs,
    scale_x_continuous,
    scale_y_continuous,
    theme,
)
from plotnine.data import mpg

import housestyle
from housestyle import line_size, theme_ou

TAGS = ("scatter", "trend line", "regression", "plotnine")

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
    """Return highway mileage against engine size, with a least-squares line."""
    brand = housestyle.current_brand()
    colours = brand.colours
    numbers = fit()
    slope, intercept = numbers["signed_slope"], numbers["intercept"]
    r_squared = numbers["r2"]
    axis_title = element_text(size=brand.type.axis_title, colour=colours.text)
    seaters = mpg[mpg["class"] == "2seater"]
    corvette = seaters.sort_values("displ").iloc[-1]
    head = arrow(length=brand.type.annotation * 0.6 / 72, angle=25, type="closed")
    at = 2.6  # where the trend label's arrow meets the line
    plot = (
        ggplot(mpg[mpg["class"] != "2seater"], aes("displ", "hwy"))
        + geom_point(
            colour=colours.grey,
            fill="none",
            size=line_size(brand.marks.point - brand.lines.edge),
            stroke=line_size(brand.lines.edge),
        )
        + geom_smooth(
            aes("displ", "hwy"),
            data=mpg,
            method="lm",
            se=False,
            n=LINE_POINTS,
            colour=colours.primary,
            size=line_size(brand.lines.data),
        )
        + geom_point(
            data=seaters,
            colour=colours.background,
            fill=colours.highlight,
            size=line_size(brand.marks.point),
            stroke=line_size(brand.lines.edge),
        )
        + annotate(
            "segment",
            x=2.05,
            y=17.5,
            xend=at - 0.05,
            yend=intercept + slope * at - 0.6,
            colour=colours.primary,
            size=line_size(brand.lines.reference),
            arrow=head,
        )
        + annotate(
            "text",
            x=1.2,
            y=14,
            label=TREND_LABEL.format(**numbers),
            ha="left",
            va="center",
            size=brand.type.annotation,
            path_effects=[withStroke(linewidth=brand.lines.halo, foreground=colours.background)],
            colour=colours.primary,
            fontweight="bold",
        )
        + annotate(
            "segment",
            x=6.3,
            y=35.5,
            xend=corvette["displ"],
            yend=corvette["hwy"] + 1,
            colour=colours.text,
            size=line_size(brand.lines.reference),
            arrow=head,
        )
        + annotate(
            "text",
            x=6.1,
            y=36,
            label=SEATER_LABEL,
            ha="center",
            va="bottom",
            size=brand.type.annotation,
            path_effects=[withStroke(linewidth=brand.lines.halo, foreground=colours.background)],
            colour=colours.text,
        )
        + scale_x_continuous(breaks=range(2, 8), limits=(1, 7.5), expand=(0, 0))
        + scale_y_continuous(
            breaks=range(10, 50, 10),
            labels=lambda values: [*map("{:g}".format, values[:-1]), f"{values[-1]:g} mpg"],
            limits=(10, 46),
            expand=(0, 0),
        )
        + labs(x="Engine size, litres", y="")
        + theme_ou()
        + theme(
            panel_grid_major_x=element_line(colour=colours.gridline, size=brand.lines.gridline),
            axis_line_x=element_blank(),
            axis_title_x=axis_title,
        )
    )
    return housestyle.finalise(
        plot,
        title=TITLE,
        subtitle=SUBTITLE.format(**numbers),
        note=NOTE.format(**numbers),
        source=SOURCE,
        alt=(
            f"Scatter plot of highway miles per gallon against engine size for {len(mpg)} "
            "car versions, with a straight trend line falling from about "
            f"{intercept + slope * 1.6:.0f} mpg at 1.6 litres to {intercept + slope * 7:.0f} "
            f"at 7 litres, {abs(slope):.1f} mpg a litre; engine size accounts for "
            f"{r_squared:.0%} of the variation. The five two-seaters, highlighted, and the "
            "other versions with engines over 6 litres lie well above the line."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
