"""Scatter plot with a trend line in Altair: the relation, and how sure it is.

The twin of ``p9_scatter_trend``: highway mileage against engine size for every
model in the data, with a least-squares line and its 95% confidence band. The points
are quiet hollow circles in grey; the line and its band carry the story in the
brand's primary colour.

**What the house style changes.** Hollow points take the brand's grey at its edge
width, the band is the line's colour at the brand's ``band_opacity``, and both axes
get gridlines because a reader reads values off both. The x axis has a title, since
nothing else says what it measures.

**How to: a line with a confidence band.** Fit the line in pandas and numpy (or
``transform_regression`` for the line alone), compute the band from the standard
error of the mean prediction, and layer ``mark_area`` (``y`` and ``y2``) under
``mark_line`` over ``mark_point``.
"""

from __future__ import annotations

from pathlib import Path

import altair as alt
import numpy as np
import pandas as pd
from plotnine.data import mpg

import housestyle

TAGS = ("scatter", "trend line", "regression", "altair")

#: Two-sided 95% point of the normal distribution (the sample is large).
Z95 = 1.96


def trend(x: pd.Series, y: pd.Series) -> pd.DataFrame:
    """Return the least-squares line over ``x`` with its 95% confidence band."""
    slope, intercept = np.polyfit(x, y, 1)
    residual = y - (intercept + slope * x)
    sigma = np.sqrt((residual**2).sum() / (len(x) - 2))
    grid = np.linspace(x.min(), x.max(), 50)
    error = sigma * np.sqrt(1 / len(x) + (grid - x.mean()) ** 2 / ((x - x.mean()) ** 2).sum())
    fit = intercept + slope * grid
    return pd.DataFrame(
        {"displ": grid, "fit": fit, "low": fit - Z95 * error, "high": fit + Z95 * error}
    )


@housestyle.style()
def recipe() -> alt.VConcatChart:
    """Return highway mileage against engine size, with a least-squares line."""
    brand = housestyle.current_brand()
    colours = brand.colours
    slope, intercept = np.polyfit(mpg["displ"], mpg["hwy"], 1)
    r_squared = np.corrcoef(mpg["displ"], mpg["hwy"])[0, 1] ** 2
    x = alt.X(
        "displ:Q",
        title="Engine size, litres",
        scale=alt.Scale(domain=[1.5, 7.2], nice=False),
        axis=alt.Axis(values=list(range(2, 8)), format="d", grid=True, domain=False),
    )
    y_axis = alt.Axis(  # one axis for the three layers
        values=list(range(10, 50, 10)), labelExpr="datum.value == 40 ? '40 mpg' : datum.label"
    )
    y = alt.Y("hwy:Q", title=None, scale=alt.Scale(domain=[10, 46], nice=False), axis=y_axis)
    points = (
        alt.Chart(mpg[["displ", "hwy"]])
        .mark_point(filled=False, color=colours.grey, strokeWidth=brand.lines.edge, opacity=1)
        .encode(x=x, y=y)
    )
    line = alt.Chart(trend(mpg["displ"], mpg["hwy"]))
    band = line.mark_area(color=colours.primary, opacity=brand.marks.band_opacity).encode(
        x="displ:Q", y=alt.Y("low:Q", axis=y_axis), y2="high:Q"
    )
    fitted = line.mark_line(color=colours.primary).encode(
        x="displ:Q", y=alt.Y("fit:Q", axis=y_axis)
    )
    return housestyle.finalise(
        alt.layer(points, band, fitted),
        title="Each extra litre of engine costs 3.5 miles a gallon",
        subtitle=f"Highway fuel economy of {len(mpg)} models, least-squares line and 95% band",
        source="US Environmental Protection Agency, 1999 and 2008 models, "
        "via plotnine's mpg dataset",
        alt=(
            f"Scatter plot of highway miles per gallon against engine size for {len(mpg)} "
            "car models, with a straight trend line falling from about "
            f"{intercept + slope * 1.6:.0f} mpg at 1.6 litres to {intercept + slope * 7:.0f} "
            f"at 7 litres, {abs(slope):.1f} mpg a litre; engine size accounts for "
            f"{r_squared:.0%} of the variation. A few large-engined two-seaters lie well "
            "above the line."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg", "html"])
