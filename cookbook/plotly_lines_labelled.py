"""Several lines in Plotly, each labelled at its end instead of a legend.

The twin of ``mpl_lines_labelled``: median house prices in five Texan cities, each
line named in its own colour where it ends, so the reader never looks away to a key.

Headline rests on: the yearly mean of monthly median prices in `txhousing`, 2000-2014,
for five big cities: Austin's is the highest in every year.

**What the house style changes.** The lines take the brand's categorical palette in
order, at the brand's data width; the labels are layout annotations in the brand's
annotation size and bold, placed by ``housestyle.spread_labels`` so that no two
overlap, and the legend is switched off. The y axis starts at $75k, not zero, so the
baseline is left out (``showline=False``): a dark line there would read as zero.

**How to: keep a label clear of its neighbours.** Ask ``housestyle.spread_labels`` for
label positions at least a gap apart (in data units), then point each annotation at
``x`` just past the last point with ``xanchor="left"``. Annotations are not clipped to
the plot, so they may sit in the right margin: give the figure the room they need
(``margin_r``), which finalise keeps as the least room on that side.
"""

from __future__ import annotations

from pathlib import Path

import plotly.graph_objects as go
from plotnine.data import txhousing

import housestyle
import housestyle.libraries.plotly

TAGS = ("line", "multiple lines", "direct labels", "time series", "plotly")

CITIES = ("Austin", "Dallas", "Houston", "San Antonio", "Fort Worth")
LAST = 2014  # the last whole year: the data stop in July 2015
#: The least gap between two end labels, dollars (as in mpl_lines_labelled).
LABEL_GAP = 14_000


@housestyle.style()
def recipe() -> go.Figure:
    """Draw the median house price of five Texan cities, 2000-2014, labelled at the end."""
    data = (
        txhousing[txhousing["city"].isin(CITIES) & (txhousing["year"] <= LAST)]
        .groupby(["year", "city"])["median"]
        .mean()
        .unstack("city")
    )
    colours = housestyle.palette(n=len(CITIES))
    ends = data.iloc[-1].reindex(CITIES)
    label_y = housestyle.spread_labels(ends, gap=LABEL_GAP)
    fig = go.Figure()
    for city, colour, y in zip(CITIES, colours, label_y, strict=True):
        fig.add_scatter(
            x=data.index,
            y=data[city],
            name=city,
            mode="lines",
            line_color=colour,
            hovertemplate=f"{city} %{{x}}: $%{{y:,.0f}}<extra></extra>",
        )
        fig.add_annotation(
            x=data.index[-1],
            y=y,
            text=city,
            xanchor="left",
            xshift=housestyle.libraries.plotly.px(4),
            font={"color": colour, "weight": 700},
        )
    fig.update_layout(showlegend=False, margin_r=housestyle.libraries.plotly.px(80))
    fig.update_yaxes(range=[75_000, 250_000], dtick=50_000, tickprefix="$", tickformat="~s")
    fig.update_xaxes(range=[data.index[0], data.index[-1]], dtick=2, showline=False)
    return housestyle.finalise(
        fig,
        title="Austin stays the dearest of Texas's big cities",
        subtitle="Median price of a home sold, yearly average of monthly medians, "
        f"2000\u2013{LAST}",
        source="Texas A&M Real Estate Center, via plotnine's txhousing dataset",
        alt=f"Line chart of the median home price in five Texan cities from 2000 to {LAST}. "
        f"All five rise, fastest after 2011. Austin is highest throughout, ending near "
        f"${ends['Austin']:,.0f}; Fort Worth is lowest, ending near "
        f"${ends['Fort Worth']:,.0f}.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg", "pdf", "html"])
