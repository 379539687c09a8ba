"""Sorted horizontal bars in Plotly, each labelled with its value.

The twin of ``mpl_bar_sorted``: mean highway fuel economy of twelve car makers,
largest at the top, drawn with Plotly and finished by ``housestyle.finalise``.

Headline rests on: the mean `hwy` of each manufacturer's versions in `mpg` (1999 and
2008): Honda 32.6 mpg, ahead of Volkswagen's 29.2, but all nine Honda versions are one
model, the Civic, which the title says.

**What the house style changes.** The bars are the brand's primary colour; the value
labels sit inside the bars' common start in the ink ``housestyle.best_ink`` picks for
that colour, bold at the brand's annotation size (``constraintext="none"``: Plotly
would shrink them to the bar), so the value axis, its gridlines and its line can go.
The y axis line, in the brand's axis colour, is the baseline every bar grows from.

**How to: sort horizontal bars largest first.** Plotly draws the first category at
the bottom of a horizontal bar chart; sort ascending, or give the y axis
``categoryorder="total ascending"``, so the largest ends on top. Give it ``dtick=1``
too: Plotly drops every other name when they crowd (a print column), a chart of
named bars must show them all.
"""

from __future__ import annotations

from pathlib import Path

import plotly.graph_objects as go
from plotnine.data import mpg

import housestyle
import housestyle.libraries.plotly

TAGS = ("bar", "horizontal bar", "sorted", "ranking", "labelled bars", "plotly")


def highway_mpg(top: int = 12):
    """Return the mean highway miles per gallon of the ``top`` manufacturers."""
    means = mpg.groupby("manufacturer")["hwy"].mean().nlargest(top)
    return means.rename(index=str.title)


@housestyle.style()
def recipe() -> go.Figure:
    """Draw mean highway fuel economy by manufacturer, largest at the top."""
    brand = housestyle.current_brand()
    means = highway_mpg().sort_values(ascending=True)
    fig = go.Figure(
        go.Bar(
            x=means.values,
            y=means.index,
            orientation="h",
            marker_color=brand.colours.primary,
            width=0.7,
            text=[f"{v:.1f}" for v in means.values],
            textposition="inside",
            insidetextanchor="start",
            constraintext="none",
            textfont={
                "color": housestyle.best_ink(brand.colours.primary),
                "weight": 700,
                "size": housestyle.libraries.plotly.px(brand.type.annotation),
            },
            hovertemplate="%{y}: %{x:.1f} mpg<extra></extra>",
        )
    )
    fig.update_xaxes(visible=False, range=[0, 35])
    fig.update_yaxes(showgrid=False, showline=True, dtick=1)  # every name; the baseline
    return housestyle.finalise(
        fig,
        title="Honda's cars, all Civics, go furthest on a gallon",
        subtitle="Mean highway miles per US gallon of the versions tested, by maker",
        source="US Environmental Protection Agency, 1999 and 2008 models, "
        "via plotnine's mpg dataset",
        alt="Horizontal bar chart of mean highway miles per gallon for twelve car makers, "
        "each labelled with its value, "
        "sorted from Honda (32.6) at the top through Volkswagen (29.2) and Hyundai (26.9) "
        "down to Dodge (17.9) at the bottom.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg", "pdf", "html"])
