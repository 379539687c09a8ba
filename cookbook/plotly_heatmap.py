"""A heatmap in Plotly: years down the side, months across, colour for the value.

The twin of ``mpl_heatmap``: homes sold each month in Texas, 2000-2014, so that the
summer peak and the slump after 2007 show at once.

Headline rests on: homes sold in `txhousing`, summed by month and year over the 46
markets: June is the busiest month of 2000-2014 (10.4% of sales), and May to
August are the four busiest.

**What the house style changes.** The colour scale is the brand's sequential palette
(``housestyle.libraries.plotly.colorscale``), whose faintest step still shows against the page;
cells are parted by thin lines of the background colour (``xgap``/``ygap`` at the
brand's edge width); there are no gridlines, and the colour bar sits on top of the
plot, horizontal and half as wide, in the brand's legend size, as on the matplotlib
chart.

**How to: put years down the side, newest at the bottom.** A heatmap's first row is
drawn at the bottom; reverse the y axis (``autorange="reversed"``) to read it like a
table, top to bottom.
"""

from __future__ import annotations

import calendar
from pathlib import Path

import plotly.graph_objects as go
from plotnine.data import txhousing

import housestyle
import housestyle.libraries.plotly

TAGS = ("heatmap", "matrix", "colour scale", "seasonality", "plotly")


@housestyle.style()
def recipe() -> go.Figure:
    """Draw monthly home sales in Texas, years against months, 2000-2014."""
    brand = housestyle.current_brand()
    full_years = txhousing[txhousing["year"] <= 2014]
    sales = full_years.groupby(["year", "month"])["sales"].sum().unstack("month") / 1000
    gap = housestyle.libraries.plotly.px(brand.lines.edge, lines=True)
    fig = go.Figure(
        go.Heatmap(
            z=sales.values,
            x=[calendar.month_abbr[m] for m in range(1, 13)],
            y=sales.index,
            zmin=10,
            zmax=40,
            colorscale=housestyle.libraries.plotly.colorscale(brand, "sequential"),
            xgap=gap,
            ygap=gap,
            hovertemplate="%{x} %{y}: %{z:.1f} thousand<extra></extra>",
            colorbar={
                "orientation": "h",
                "x": 0.5,
                "xanchor": "center",
                "y": 1.02,
                "yanchor": "bottom",
                "len": 0.5,
                "thickness": housestyle.libraries.plotly.px(8),
                "outlinewidth": 0,
                "ticks": "",
                "dtick": 10,
                "tickfont": {"size": housestyle.libraries.plotly.px(brand.type.legend)},
            },
        )
    )
    fig.update_yaxes(autorange="reversed", dtick=2, showgrid=False)
    fig.update_xaxes(showgrid=False, showline=False)
    return housestyle.finalise(
        fig,
        title="Texas buys its homes in the summer",
        subtitle="Homes sold each month in 46 Texan markets, thousands",
        source="Texas A&M Real Estate Center, via plotnine's txhousing dataset",
        alt="Heatmap of monthly home sales in Texas, years 2000 to 2014 down the side "
        "and months across, coloured from 10 to 40 thousand sales. May to August are "
        "the busiest months every year; sales rise to a "
        "peak in 2006 and 2007, fall to a low in 2009 to 2011, and recover by 2014.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg", "pdf", "html"])
