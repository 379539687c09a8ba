"""Scatter plot with a trend line in Altair: the relation, and where it misfits.

The twin of ``mpl_scatter_trend`` and ``p9_scatter_trend``: highway mileage against
engine size for every car version in the data, with the least-squares line. The
points are quiet hollow rings in grey; the line carries the story in the brand's
primary colour, and the five two-seaters, which sit far above it, are highlighted
and named.

Headline rests on: the least-squares line of `hwy` on `displ` over the 234 versions of
`mpg` (slope -3.53 mpg a litre, R squared 0.59), which says *how they go together*, not
that an engine "costs" mileage (heavier cars have bigger engines). The straight line
misfits the ends (the five versions over 6 litres average 8.1 mpg above it), and the note
says so; 108 of the 234 points sit exactly on another, which the note also says.

**What the house style changes.** Hollow points take the brand's grey at its edge
width, the highlighted points the brand's highlight colour, and both axes get
gridlines because a reader reads values off both. The x axis has a title, since
nothing else says what it measures; the last y label carries the unit instead.

**How to: a fitted line with labels that point at it.** Fit the line with numpy
(``np.polyfit``; Vega-Lite's ``transform_regression`` draws the line alone but gives
you no slope to write in the note), evaluate it on a grid and draw it with
``mark_line``. Vega-Lite has no arrows: a ``mark_rule`` with ``x``, ``y``, ``x2`` and
``y2`` is the leader from a ``mark_text`` label to the mark it names, and a label
given as a list of strings is drawn over as many lines.
"""

from __future__ import annotations

from pathlib import Path

import altair as alt
import numpy as np
import pandas as pd
from plotnine.data import mpg

import housestyle

TAGS = ("scatter", "trend line", "regression", "annotation", "altair")

#: The texts all four twins share (``mpl_scatter_trend`` is the same chart in matplotlib).
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
#: Points at which the line is drawn, as its twins do.
LINE_POINTS = 80
AT = 2.6  # where the trend label's leader meets the line


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
def recipe() -> alt.VConcatChart:
    """Return highway mileage against engine size, with a least-squares line."""
    brand = housestyle.current_brand()
    colours = brand.colours
    numbers = fit()
    slope, intercept = numbers["signed_slope"], numbers["intercept"]
    two_seaters = mpg["class"] == "2seater"
    corvette = mpg.loc[two_seaters].sort_values("displ").iloc[-1]
    xs = np.linspace(mpg["displ"].min(), mpg["displ"].max(), LINE_POINTS)
    preset = brand.preset(housestyle.current_size() or brand.default_size)
    # Vega-Lite anchors a label's first line; lift two-line labels by their extra line.
    line_px = brand.type.annotation * preset.type_scale * preset.dpi / 72 * brand.type.line_spacing
    two_lines = {"lineHeight": line_px}
    x = alt.X(
        "displ:Q",
        title="Engine size, litres",
        scale=alt.Scale(domain=[1, 7.5], nice=False),
        axis=alt.Axis(values=list(range(2, 8)), format="d", grid=True, domain=False),
    )
    y_axis = alt.Axis(  # one axis for every layer
        values=list(range(10, 50, 10)), labelExpr="datum.value == 40 ? '40 mpg' : datum.label"
    )
    y = alt.Y("hwy:Q", title=None, scale=alt.Scale(domain=[10, 46], nice=False), axis=y_axis)
    rings = (
        alt.Chart(mpg.loc[~two_seaters, ["displ", "hwy"]])
        .mark_point(filled=False, color=colours.grey, strokeWidth=brand.lines.edge, opacity=1)
        .encode(x=x, y=y)
    )
    line = (
        alt.Chart(pd.DataFrame({"displ": xs, "hwy": intercept + slope * xs}))
        .mark_line(color=colours.primary)
        .encode(x=x, y=y)
    )
    seaters = (
        alt.Chart(mpg.loc[two_seaters, ["displ", "hwy"]])
        .mark_point(
            filled=True,
            fill=colours.highlight,
            stroke=colours.background,
            strokeWidth=brand.lines.edge,
            opacity=1,
        )
        .encode(x=x, y=y)
    )
    leaders = pd.DataFrame(
        {
            "displ": [2.05, 6.3],
            "hwy": [17.5, 35.5],
            "displ2": [AT - 0.05, corvette["displ"]],
            "hwy2": [intercept + slope * AT - 0.6, corvette["hwy"] + 1],
            "ink": [colours.primary, colours.text],
        }
    )
    rules = (
        alt.Chart(leaders)
        .mark_rule(strokeDash=[])  # the brand's reference width; leaders are solid
        .encode(x=x, y=y, x2="displ2:Q", y2="hwy2:Q", color=alt.Color("ink:N", scale=None))
    )
    trend_label = (
        alt.Chart(
            pd.DataFrame(
                {"displ": [1.2], "hwy": [14], "text": [TREND_LABEL.format(**numbers).split("\n")]}
            )
        )
        .mark_text(
            align="left", fontWeight="bold", color=colours.primary, dy=-line_px / 2, **two_lines
        )
        .encode(x=x, y=y, text="text")
    )
    seater_label = (
        alt.Chart(pd.DataFrame({"displ": [6.1], "hwy": [36], "text": [SEATER_LABEL.split("\n")]}))
        .mark_text(align="center", baseline="bottom", color=colours.text, dy=-line_px, **two_lines)
        .encode(x=x, y=y, text="text")
    )
    return housestyle.finalise(
        alt.layer(rings, line, seaters, rules, trend_label, seater_label),
        title=TITLE,
        subtitle=SUBTITLE.format(**numbers),
        note=NOTE.format(**numbers),
        source=SOURCE,
        alt=f"Scatter plot of highway miles per gallon against engine size for "
        f"{len(mpg)} car versions, with a least-squares line falling {abs(slope):.1f} mpg "
        f"per litre, from about {intercept + slope * xs[0]:.0f} mpg at {xs[0]:.1f} litres "
        f"to {intercept + slope * xs[-1]:.0f} at {xs[-1]:.0f} litres (R squared "
        f"{numbers['r2']:.2f}). The five two-seater sports cars, highlighted, sit well above "
        "the line, at 23 to 26 mpg with 5.7 to 7 litre engines.",
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg", "html"])
