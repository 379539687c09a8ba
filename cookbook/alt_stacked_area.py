"""Stacked area in Altair: parts of a growing whole, named on the layers.

The twin of ``p9_stacked_area``: US production of chicken, beef, pork and turkey
since 1960. A stacked area shows the total and how it is made up; the layer at the
bottom reads best, so put the story there (chicken) and name the layers on the
chart rather than in a legend.

**What the house style changes.** The layers take the brand's categorical palette in
order, separated by thin lines in the background colour (the brand's edge width);
the labels are bold, in ``housestyle.best_ink`` of their layer so they pass the
contrast check, and a thin layer is labelled just above the stack.

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
ABOVE = 4.5  # billion pounds from the top of the stack to such a label's centre


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
    share = (chicken[last] - chicken[first]) / (totals[last] - totals[first])
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
    labels = (
        alt.Chart(layer_labels(data, fills))
        .mark_text(fontWeight="bold")
        .encode(
            x="year:Q",
            y=alt.Y("middle:Q", axis=y_axis),
            text="kind:N",
            color=alt.Color("ink:N", scale=None),
        )
    )
    return housestyle.finalise(
        alt.layer(areas, labels),
        title="Chicken supplied over half the growth in US meat production",
        subtitle="US commercial red meat and poultry production, billion pounds a year",
        source="US Department of Agriculture, via plotnine's meat dataset",
        alt=(
            f"Stacked area chart of US meat production from {first} to {last}, chicken at "
            f"the bottom, then beef, pork and turkey. The total rises from "
            f"{totals[first]:.0f} to {totals[last]:.0f} billion pounds a year; chicken "
            f"grows from {chicken[first]:.0f} to {chicken[last]:.0f}, {share:.0%} of the "
            "rise, while beef, pork and turkey grow more slowly."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg", "html"])
