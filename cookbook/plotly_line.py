"""Line chart in Plotly: one series over time.

The twin of ``mpl_line`` and ``alt_line``: the same data, headline, note and source, drawn
with Plotly and finished by the same ``housestyle.finalise``. The title block, the
footer rule, the source line and the logo land where they do on the matplotlib chart,
in the brand's fonts, at the preset's exact pixel size; the exported HTML is the same
chart, interactive, with a hover label on every month.

Headline rests on: the monthly count of unemployed people divided by the whole
population (`economics.unemploy / economics.pop`), which is *not* the unemployment rate
(that divides by the labour force), so the chart names it so and the note says it: its
highest months are December 1982 (5.2%) and October 2009 (5.0%).

**What the house style changes.** ``housestyle.finalise`` lays the brand's Plotly
template on the figure (``housestyle.libraries.plotly.template``): light horizontal gridlines,
a dark baseline, no tick marks, Lato at the brand's type sizes, and the line in the
brand's primary colour at the brand's data width. Give the figure no size of its own:
finalise sizes it to the preset, takes a ``layout.title`` into the title block, and
gives the plot what the title block and footer leave.

**How to: format percentages on an axis.** Keep the share as a fraction and give the
axis a d3 format, ``fig.update_yaxes(tickformat=".0%")``; Plotly writes the percent
sign, on the axis and in the hover label.
"""

from __future__ import annotations

from pathlib import Path

import plotly.graph_objects as go
from plotnine.data import economics

import housestyle

TAGS = ("line", "time series", "percent axis", "plotly")


@housestyle.style()
def recipe() -> go.Figure:
    """Draw unemployed people as a share of the US population, 1967-2015."""
    data = economics.assign(rate=economics["unemploy"] / economics["pop"])
    fig = go.Figure(
        go.Scatter(
            x=data["date"],
            y=data["rate"],
            mode="lines",
            name="Unemployed, share of population",
            hovertemplate="%{x|%b %Y}: %{y:.1%}<extra></extra>",
        )
    )
    fig.update_yaxes(range=[0, 0.06], tickformat=".0%", dtick=0.01)
    fig.update_xaxes(dtick="M120", tickformat="%Y")
    return housestyle.finalise(
        fig,
        title="The unemployed peaked as a share of all Americans in 1982 and 2009",
        subtitle="Unemployed as a share of all US residents, monthly",
        note="Not the unemployment rate, which divides by the labour force",
        source="BLS and Census Bureau via FRED (ggplot2's economics)",
        alt="Line chart of US unemployment as a share of the population from 1967 to 2015. "
        "It rises and falls with each recession, peaking at about 5% in 1982 and in 2009, "
        "and ends near 2.7% in 2015.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg", "pdf", "html"])
