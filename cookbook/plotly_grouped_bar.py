"""Grouped columns in Plotly: two years side by side for each class of car.

The twin of ``mpl_grouped_bar``: mean city fuel economy of seven classes of car in
1999 and 2008, a pair of columns per class, sorted by the 2008 value.

Headline rests on: the mean city mpg of the versions of each class in `mpg`, 1999
against 2008: subcompacts fell from 21.6 to 18.9, the only class to lose more than a
mile a gallon.

**What the house style changes.** The two years take the first two colours of the
brand's categorical palette, which are far apart for every kind of colour vision;
the legend sits on top, flush with the plot, in the brand's legend size, so the
reader learns the key before reading the columns. Gridlines are light and horizontal
and the columns start on a dark baseline at zero.

**How to: group columns.** Add one ``go.Bar`` per group with the same categories and
set ``barmode="group"``; ``bargap`` and ``bargroupgap`` space the groups and the
columns within them. Break a long category name with ``<br>`` so it fits under its
pair of columns.
"""

from __future__ import annotations

from pathlib import Path

import plotly.graph_objects as go
from plotnine.data import mpg

import housestyle

TAGS = ("bar", "grouped bar", "column", "legend", "plotly")

#: Class names as printed; the long ones break over two lines, as the twin's do.
CLASS_NAMES = {
    "2seater": "Two-<br>seater",
    "midsize": "Mid-<br>size",
    "subcompact": "Sub-<br>compact",
    "suv": "SUV",
}


@housestyle.style()
def recipe() -> go.Figure:
    """Draw mean city fuel economy by class of car, 1999 against 2008."""
    data = mpg.groupby(["class", "year"])["cty"].mean().unstack("year")
    data = data.sort_values(2008, ascending=False)
    names = [CLASS_NAMES.get(name, name.title()) for name in data.index]
    colours = housestyle.palette(n=2)
    fig = go.Figure()
    for year, colour in zip(data.columns, colours, strict=True):
        fig.add_bar(
            x=names,
            y=data[year],
            name=str(year),
            marker_color=colour,
            hovertemplate=f"%{{x}}, {year}: %{{y:.1f}} mpg<extra></extra>",
        )
    fig.update_layout(barmode="group", bargap=0.24, bargroupgap=0.0)
    fig.update_yaxes(range=[0, 25])
    return housestyle.finalise(
        fig,
        title="Subcompacts lost ground on city driving",
        subtitle="Mean city miles per US gallon of the versions tested, by class of car",
        source="US Environmental Protection Agency, 1999 and 2008 models, "
        "via plotnine's mpg dataset",
        alt="Grouped bar chart of mean city miles per gallon for seven classes of car in "
        "1999 and 2008. Compact and midsize cars improved slightly; subcompacts fell "
        "from 21.6 to 18.9; pickups and SUVs stayed near 13.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg", "pdf", "html"])
