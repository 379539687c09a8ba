"""Stacked area in Altair: parts of a growing whole, named on the layers.

The twin of ``mpl_stacked_area``: US production of chicken, beef, pork and turkey,
1960-2023, with the year chicken passed beef marked. A stacked area shows the total
and how it is made up; the layer at the bottom reads best, so put the story there
(chicken) and name the layers on the chart rather than in a legend.

Headline rests on: yearly sums of `meat` for beef, pork, broilers (chicken) and turkey,
1960-2023 (complete years): the total rose from 29.9 to 106.1 billion pounds (3.6 times),
and chicken gave 56% of the rise (42.7 of 76.2 billion pounds).

**What the house style changes.** The layers take the brand's categorical palette in
order, separated by thin lines in the background colour (the brand's edge width);
the labels are bold, in ``housestyle.best_ink`` of their layer so they pass the
contrast check, and a thin layer is labelled just above the stack; the reference
line is the brand's reference width, dashed.

**How to: stack in a chosen order.** Give the stacking order with
``order=alt.Order("rank:Q")`` and the colours' order with ``sort=`` on the colour
encoding, so the bottom layer is the first colour.
"""

from __future__ import annotations

from pathlib import Path

import altair as alt
import pandas as pd
from plotnine.data import meat

import housestyle

TAGS = ("area", "stacked area", "time series", "direct labels", "altair")

KINDS = {"broilers": "Chicken", "beef": "Beef", "pork": "Pork", "turkey": "Turkey"}
LABEL_YEAR = 2012
INSIDE = 8  # billion pounds: a thinner layer is labelled just above the stack
ABOVE = 2  # billion pounds from the top of the stack to such a label's foot


def yearly_production() -> pd.DataFrame:
    """Return US production in billion pounds a year by kind of meat, long form."""
    yearly = meat.groupby(meat["date"].dt.year)[list(KINDS)].sum(min_count=12).dropna() / 1000
    long = yearly.rename(columns=KINDS).rename_axis("year").reset_index()
    long = long.melt(id_vars="year", var_name="kind", value_name="pounds")
    return long.assign(rank=long["kind"].map(list(KINDS.values()).index))


def layer_labels(data: pd.DataFrame, fills: dict[str, str]) -> pd.DataFrame:
    """Return where and in what colour to name each layer, at ``LABEL_YEAR``."""
    year = data[data["year"] == LABEL_YEAR].sort_values("rank")
    below = year["pounds"].cumsum() - year["pounds"]
    inside = year["pounds"] > INSIDE
    colours = housestyle.current_brand().colours
    return year.assign(
        middle=(below + year["pounds"] / 2).where(inside, below + year["pounds"] + ABOVE),
        inside=inside,
        ink=[
            housestyle.best_ink(fills[kind]) if fits else colours.text
            for kind, fits in zip(year["kind"], inside, strict=True)
        ],
    )


@housestyle.style()
def recipe() -> alt.VConcatChart:
    """Return US production of chicken, beef, pork and turkey, 1960-2023."""
    brand = housestyle.current_brand()
    data = yearly_production()
    fills = dict(zip(KINDS.values(), housestyle.palette(n=len(KINDS)), strict=True))
    totals = data.groupby("year")["pounds"].sum()
    chicken = data[data["kind"] == "Chicken"].set_index("year")["pounds"]
    first, last = int(totals.index.min()), int(totals.index.max())
    beef = data[data["kind"] == "Beef"].set_index("year")["pounds"]
    crossing = int(chicken.index[chicken > beef.reindex(chicken.index)][0])
    y_axis = alt.Axis(values=list(range(0, 121, 20)))  # on both layers: one axis
    areas = (
        alt.Chart(data)
        .mark_area(stroke=brand.colours.background, strokeWidth=brand.lines.edge)
        .encode(
            x=alt.X(
                "year:Q",
                title=None,
                scale=alt.Scale(domain=[first, last], nice=False),
                axis=alt.Axis(values=list(range(1960, 2030, 10)), format="d"),
            ),
            y=alt.Y(
                "pounds:Q",
                stack="zero",
                title=None,
                scale=alt.Scale(domain=[0, 120], nice=False),
                axis=y_axis,
            ),
            color=alt.Color(
                "kind:N",
                sort=list(KINDS.values()),
                scale=alt.Scale(domain=list(fills), range=list(fills.values())),
                legend=None,
            ),
            order=alt.Order("rank:Q"),
        )
    )
    named = alt.Chart(layer_labels(data, fills)).encode(
        x="year:Q",
        y=alt.Y("middle:Q", axis=y_axis),
        text="kind:N",
        color=alt.Color("ink:N", scale=None),
    )
    labels = alt.layer(  # inside a layer, centred; above the stack, standing on its foot
        named.transform_filter(alt.datum.inside).mark_text(fontWeight="bold"),
        named.transform_filter(~alt.datum.inside).mark_text(fontWeight="bold", baseline="bottom"),
    )
    marker = pd.DataFrame({"year": [crossing], "text": [["Chicken passes", f"beef in {crossing}"]]})
    rule = (
        alt.Chart(marker)
        .mark_rule(color=brand.colours.text)  # the brand's reference width and dashes
        .encode(x="year:Q")
    )
    note = (
        alt.Chart(marker)
        .mark_text(align="right", baseline="top", dx=-4, dy=2, y=0, color=brand.colours.text)
        .encode(x="year:Q", text="text")
    )
    return housestyle.finalise(
        alt.layer(areas, rule, labels, note),
        title="US meat output more than tripled, led by chicken",
        subtitle="US commercial production of four main meats, billion pounds a year, 1960-2023",
        source="US Department of Agriculture, via plotnine's meat dataset",
        alt=(
            f"Stacked area chart of US meat production from {first} to {last}, chicken at "
            f"the bottom, then beef, pork and turkey. The total rises from "
            f"{totals[first]:.0f} to {totals[last]:.0f} billion pounds a year, most of "
            f"the growth from chicken, which rises from {chicken[first]:.0f} to "
            f"{chicken[last]:.0f} and passes beef in {crossing}, marked by a dashed line; "
            "beef and pork grow slowly and turkey stays small."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg", "html"])
