"""A scatter plot with a least-squares line, in Plotly, and where the line misfits.

The twin of ``mpl_scatter_trend`` and ``p9_scatter_trend`` (and ``alt_scatter_trend``):
highway fuel economy against engine size for 234 car versions, with the straight line
that fits them best; the five two-seaters, far above it, are highlighted and named.

Headline rests on: the least-squares line of `hwy` on `displ` over the 234 versions of
`mpg` (slope -3.53 mpg a litre, R squared 0.59), which says *how they go together*, not
that an engine "costs" mileage (heavier cars have bigger engines). The straight line
misfits the ends (the five versions over 6 litres average 8.1 mpg above it), and the note
says so; 108 of the 234 points sit exactly on another, which the note also says.

**What the house style changes.** The points are hollow grey rings at the brand's
point size and edge width, so overlapping versions still show; the trend line is the
brand's primary colour at the data width and the highlighted points the brand's
highlight colour. Gridlines run both ways here, since the reader reads values off both
axes, and the x axis has a title (engine size needs its unit); the last y label
carries the unit instead of an axis title.

**How to: fit a line and point at it.** Plotly fits no models: fit the line with
numpy (``np.polyfit``), evaluate it on a grid and draw it as a ``mode="lines"``
trace. An annotation with ``axref="x"`` and ``ayref="y"`` puts both ends of its arrow
in data units: ``ax``/``ay`` is where the label sits, ``x``/``y`` the point it names.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import plotly.graph_objects as go
from plotnine.data import mpg

import housestyle
import housestyle.libraries.plotly

TAGS = ("scatter", "trend line", "regression", "annotation", "plotly")

#: The texts all four twins share (``mpl_scatter_trend`` is the same chart in matplotlib).
TITLE = "Cars with bigger engines go fewer miles on a gallon"
SUBTITLE = "Highway miles per US gallon of {n} car versions, by engine size"
NOTE = (
    "Line: least-squares fit, {slope:.1f} mpg fewer per litre on average (R\u00b2 {r2:.2f}); it "
    "misses the ends: the {big} versions over 6 litres sit {above:.1f} mpg above it on "
    "average. Rings overlap: {n} versions at {spots} spots"
)
SOURCE = "US Environmental Protection Agency, 1999 and 2008 models, via plotnine's mpg dataset"
TREND_LABEL = "On average, {slope:.1f} mpg<br>fewer per extra litre"
SEATER_LABEL = "Two-seaters: big engines<br>in light sports cars"
#: Points at which the line is drawn, as its twins do.
LINE_POINTS = 80
AT = 2.6  # where the trend label's arrow meets the line


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
def recipe() -> go.Figure:
    """Return highway mileage against engine size, with a least-squares line."""
    brand = housestyle.current_brand()
    colours = brand.colours
    numbers = fit()
    slope, intercept = numbers["signed_slope"], numbers["intercept"]
    two_seaters = mpg["class"] == "2seater"
    corvette = mpg.loc[two_seaters].sort_values("displ").iloc[-1]
    xs = np.linspace(mpg["displ"].min(), mpg["displ"].max(), LINE_POINTS)
    edge = housestyle.libraries.plotly.px(brand.lines.edge, lines=True)
    fig = go.Figure()
    fig.add_scatter(
        x=mpg.loc[~two_seaters, "displ"],
        y=mpg.loc[~two_seaters, "hwy"],
        mode="markers",
        name="Versions",
        hovertemplate="%{x} l: %{y} mpg<extra></extra>",
        marker={
            "symbol": "circle-open",
            "color": colours.grey,
            "size": housestyle.libraries.plotly.px(brand.marks.point - brand.lines.edge),
            "line": {"width": edge},
        },
    )
    fig.add_scatter(
        x=xs,
        y=intercept + slope * xs,
        mode="lines",
        name="Trend",
        line_color=colours.primary,
        hoverinfo="skip",
    )
    fig.add_scatter(
        x=mpg.loc[two_seaters, "displ"],
        y=mpg.loc[two_seaters, "hwy"],
        mode="markers",
        name="Two-seaters",
        hovertemplate="Two-seater, %{x} l: %{y} mpg<extra></extra>",
        marker={
            "color": colours.highlight,
            "size": housestyle.libraries.plotly.px(brand.marks.point),
            "line": {"color": colours.background, "width": edge},
        },
    )
    arrow = {
        "showarrow": True,
        "arrowhead": 2,
        "arrowwidth": housestyle.libraries.plotly.px(brand.lines.reference, lines=True),
        "axref": "x",
        "ayref": "y",
        "font": {"size": housestyle.libraries.plotly.px(brand.type.annotation)},
        "bgcolor": colours.background,
    }
    fig.add_annotation(
        x=AT,
        y=intercept + slope * AT,
        ax=1.2,
        ay=14,
        text=f"<b>{TREND_LABEL.format(**numbers)}</b>",
        xanchor="left",
        align="left",
        arrowcolor=colours.primary,
        font_color=colours.primary,
        standoff=housestyle.libraries.plotly.px(3),
        **arrow,
    )
    fig.add_annotation(
        x=corvette["displ"],
        y=corvette["hwy"],
        ax=6.1,
        ay=36,
        text=SEATER_LABEL,
        yanchor="bottom",
        arrowcolor=colours.text,
        font_color=colours.text,
        standoff=housestyle.libraries.plotly.px(5),
        **arrow,
    )
    fig.update_layout(showlegend=False)
    fig.update_xaxes(
        range=[1, 7.5],
        tickvals=list(range(2, 8)),
        showgrid=True,
        showline=False,
        title_text="Engine size, litres",
    )
    fig.update_yaxes(
        range=[10, 46], tickvals=[10, 20, 30, 40], ticktext=["10", "20", "30", "40 mpg"]
    )
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
        f"{numbers['r2']:.2f}). The five two-seater sports cars, highlighted, sit well above "
        "the line, at 23 to 26 mpg with 5.7 to 7 litre engines.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg", "pdf", "html"])
