"""Heatmap in Altair: a matrix of values on the brand's sequential ramp.

The twin of ``p9_heatmap``: homes sold each month in Texas, years down the side and
months across. A heatmap shows a pattern in two dimensions at once: here the summer
peak in every year, and the boom, bust and recovery from year to year.

Headline rests on: homes sold in `txhousing`, summed by month and year over the 46
markets: June is the busiest month of 2000-2014 (10.4% of sales), and May to
August are the four busiest.

**What the house style changes.** The tiles take the brand's sequential palette (the
``range.heatmap`` of its Vega-Lite config), with thin edges in the background colour;
there are no gridlines on a matrix, and the colour key sits on top, a third of the
chart wide, so the tiles keep the width.

**How to: a colour key on top.** Give the legend ``orient="top"``,
``direction="horizontal"`` and a ``gradientLength``; a fixed ``domain`` on the scale
keeps the colours comparable between charts.
"""

from __future__ import annotations

import calendar
from pathlib import Path

import altair as alt
import pandas as pd
from plotnine.data import txhousing

import housestyle

TAGS = ("heatmap", "matrix", "colour scale", "seasonality", "altair")


def monthly_sales() -> pd.DataFrame:
    """Return homes sold in thousands by year and month, 2000-2014."""
    full_years = txhousing[txhousing["year"] <= 2014]
    sales = full_years.groupby(["year", "month"], as_index=False)["sales"].sum()
    return sales.assign(
        sales=sales["sales"] / 1000, name=[calendar.month_abbr[m] for m in sales["month"]]
    )


@housestyle.style()
def recipe() -> alt.VConcatChart:
    """Return the heatmap of monthly home sales in Texas, years against months."""
    brand = housestyle.current_brand()
    preset = brand.preset(housestyle.current_size() or brand.default_size)
    key_length = preset.pixels[0] / 3  # a third of the chart's width
    chart = (
        alt.Chart(monthly_sales())
        .mark_rect(stroke=brand.colours.background, strokeWidth=brand.lines.edge)
        .encode(
            x=alt.X(
                "name:O",
                sort=list(calendar.month_abbr)[1:],
                title=None,
                axis=alt.Axis(labelAngle=0, domain=False),
            ),
            y=alt.Y("year:O", title=None, axis=alt.Axis(values=list(range(2000, 2015, 2)))),
            color=alt.Color(
                "sales:Q",
                title=None,
                scale=alt.Scale(domain=[10, 40]),
                legend=alt.Legend(
                    orient="top",
                    direction="horizontal",
                    gradientLength=key_length,
                    values=[10, 20, 30, 40],
                ),
            ),
        )
        .configure_axis(grid=False)
    )
    return housestyle.finalise(
        chart,
        title="Texas buys its homes in the summer",
        subtitle="Homes sold each month in 46 Texan markets, thousands",
        source="Texas A&M Real Estate Center, via plotnine's txhousing dataset",
        alt=(
            "Heatmap of monthly home sales in Texas, years 2000 to 2014 down the side "
            "and months across. May to August are darkest every year; sales rise to a "
            "peak in 2006 and 2007, fall to a low in 2009 to 2011, and recover by 2014."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg", "html"])
