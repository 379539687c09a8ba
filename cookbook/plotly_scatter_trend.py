"""A scatter plot with a least-squares line and its 95% band, in Plotly.

The twin of ``p9_scatter_trend`` (and ``alt_scatter_trend``): highway fuel economy
against engine size for 234 models, with the straight line that fits them best and
the band where the mean lies with 95% confidence.

**What the house style changes.** The points are hollow grey rings at the brand's
point size and edge width, so overlapping models still show; the trend line is the
brand's primary colour at the data width, its band the same colour at the brand's
band opacity. Gridlines run both ways here, since the reader reads values off both
axes, and the x axis has a title (engine size needs its unit); the last y label
carries the unit instead of an axis title.

**How to: draw a confidence band.** Plotly fits no models: compute the line and the
band (here with numpy and the t distribution from scipy), then draw the band as one
closed shape, the upper edge forward and the lower edge back, with ``fill="toself"``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import plotly.graph_objects as go
from plotnine.data import mpg
from scipy import stats

import housestyle
import housestyle.plotly

TAGS = ("scatter", "trend line", "regression", "plotly")


def _band(x: np.ndarray, y: np.ndarray, at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The least-squares line at ``at`` and the half-width of its 95% confidence band."""
    slope, intercept = np.polyfit(x, y, 1)
    fitted = intercept + slope * at
    residual = y - (intercept + slope * x)
    spread = np.sqrt(residual @ residual / (len(x) - 2))
    half = (
        stats.t.ppf(0.975, len(x) - 2)
        * spread
        * np.sqrt(1 / len(x) + (at - x.mean()) ** 2 / ((x - x.mean()) ** 2).sum())
    )
    return fitted, half


@housestyle.style()
def recipe() -> go.Figure:
    """Return highway mileage against engine size, with a least-squares line."""
    brand = housestyle.current_brand()
    colours = brand.colours
    x, y = mpg["displ"].to_numpy(float), mpg["hwy"].to_numpy(float)
    slope, intercept = np.polyfit(x, y, 1)
    r_squared = np.corrcoef(x, y)[0, 1] ** 2
    at = np.linspace(x.min(), x.max(), 80)
    fitted, half = _band(x, y, at)
    red, green, blue = (int(colours.primary[i : i + 2], 16) for i in (1, 3, 5))
    fig = go.Figure()
    fig.add_scatter(
        x=np.concatenate([at, at[::-1]]),
        y=np.concatenate([fitted + half, (fitted - half)[::-1]]),
        fill="toself",
        mode="none",
        hoverinfo="skip",
        name="95% band",
        fillcolor=f"rgba({red}, {green}, {blue}, {brand.marks.band_opacity})",
    )
    fig.add_scatter(
        x=x,
        y=y,
        mode="markers",
        name="Models",
        hovertemplate="%{x} l: %{y} mpg<extra></extra>",
        marker={
            "symbol": "circle-open",
            "color": colours.grey,
            "size": housestyle.plotly.px(brand.marks.point - brand.lines.edge),
            "line": {"width": housestyle.plotly.px(brand.lines.edge, lines=True)},
        },
    )
    fig.add_scatter(
        x=at, y=fitted, mode="lines", name="Trend", line_color=colours.primary, hoverinfo="skip"
    )
    fig.update_layout(showlegend=False)
    fig.update_xaxes(
        range=[1.5, 7.2], dtick=1, showgrid=True, showline=False, title_text="Engine size, litres"
    )
    fig.update_yaxes(
        range=[10, 46], tickvals=[10, 20, 30, 40], ticktext=["10", "20", "30", "40 mpg"]
    )
    return housestyle.finalise(
        fig,
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
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg", "pdf", "html"])
