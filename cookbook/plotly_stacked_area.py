"""Stacked areas in Plotly, labelled inside the layers.

The twin of ``mpl_stacked_area``: US production of chicken, beef, pork and turkey,
1960-2023, stacked so the top edge is the total, each layer named where it is thick
enough to hold its name, and the year chicken passed beef marked.

Headline rests on: yearly sums of `meat` for beef, pork, broilers (chicken) and turkey,
1960-2023 (complete years): the total rose from 29.9 to 106.1 billion pounds (3.6 times),
and chicken gave 56% of the rise (42.7 of 76.2 billion pounds).

**What the house style changes.** The layers take the brand's categorical palette in
order, separated by thin lines of the background colour (the brand's edge width);
the labels are bold at the annotation size in the ink ``housestyle.best_ink`` picks
for their layer; the reference line is the brand's reference width and style.

**How to: stack areas.** Give every ``go.Scatter`` the same ``stackgroup`` and
``fill="tonexty"`` follows; the first trace is the bottom layer. A vertical reference
line is ``fig.add_vline(x=..., line_dash="dash")``, and its label an annotation in
paper coordinates (``yref="paper"``) so it stays at the top of the plot.
"""

from __future__ import annotations

from pathlib import Path

import plotly.graph_objects as go
from plotnine.data import meat

import housestyle
import housestyle.libraries.plotly

TAGS = ("area", "stacked area", "time series", "direct labels", "plotly")

KINDS = {"broilers": "Chicken", "beef": "Beef", "pork": "Pork", "turkey": "Turkey"}
LABEL_YEAR = 2012
_DASHES = {"dashed": "dash", "dotted": "dot", "solid": "solid"}


@housestyle.style()
def recipe() -> go.Figure:
    """Draw US production of chicken (broilers), beef, pork and turkey, 1960-2023."""
    brand = housestyle.current_brand()
    yearly = meat.groupby(meat["date"].dt.year)[list(KINDS)].sum(min_count=12).dropna()
    yearly = yearly / 1000  # million pounds -> billion pounds
    total = yearly.sum(axis="columns")
    colours = housestyle.palette(n=len(KINDS))
    fig = go.Figure()
    below = 0.0
    for kind, colour in zip(KINDS, colours, strict=True):
        fig.add_scatter(
            x=yearly.index,
            y=yearly[kind],
            name=KINDS[kind],
            stackgroup="meat",
            mode="lines",
            fillcolor=colour,
            line={
                "color": brand.colours.background,
                "width": housestyle.libraries.plotly.px(brand.lines.edge, lines=True),
            },
            hovertemplate=f"{KINDS[kind]} %{{x}}: %{{y:.1f}} bn lb<extra></extra>",
        )
        height = yearly.loc[LABEL_YEAR, kind]
        inside = height > 8  # a layer too thin to hold its name is labelled above the stack
        fig.add_annotation(
            x=LABEL_YEAR,
            y=below + height / 2 if inside else below + height + 2,
            text=KINDS[kind],
            yanchor="middle" if inside else "bottom",
            font={
                "weight": 700,
                "color": housestyle.best_ink(colour) if inside else brand.colours.text,
            },
        )
        below += height
    crossing = yearly.index[yearly["broilers"] > yearly["beef"]][0]
    fig.add_vline(
        x=crossing,
        line_color=brand.colours.text,
        line_width=housestyle.libraries.plotly.px(brand.lines.reference, lines=True),
        line_dash=_DASHES[brand.marks.reference_style],
    )
    fig.add_annotation(
        x=crossing,
        y=1,
        yref="paper",
        xanchor="right",
        yanchor="top",
        xshift=-housestyle.libraries.plotly.px(4),
        text=f"Chicken passes<br>beef in {crossing}",
        align="right",
        bgcolor=brand.colours.background,
    )
    fig.update_layout(showlegend=False)
    fig.update_xaxes(range=[yearly.index[0], yearly.index[-1]])
    fig.update_yaxes(range=[0, 120])
    return housestyle.finalise(
        fig,
        title="US meat output more than tripled, led by chicken",
        subtitle="US commercial production of four main meats, billion pounds a year, 1960-2023",
        source="US Department of Agriculture, via plotnine's meat dataset",
        alt=f"Stacked area chart of US meat production from {yearly.index[0]} to "
        f"{yearly.index[-1]}, chicken at the bottom, then beef, pork and turkey. The total "
        f"rises from {total.iloc[0]:.0f} to {total.iloc[-1]:.0f} billion pounds a year, "
        f"most of the growth from chicken, which rises from {yearly['broilers'].iloc[0]:.0f} "
        f"to {yearly['broilers'].iloc[-1]:.0f} and passes beef in {crossing}, marked by a "
        "dashed line; beef and pork grow slowly and turkey stays small.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg", "pdf", "html"])
