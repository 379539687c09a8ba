"""Labelled lines in Altair: several series, named at their ends, not in a legend.

The twin of ``p9_lines_labelled``: the median house price of five Texan cities, one
line each, with each city's name at the end of its line. A reader finds a series by
its name where the eye already is, not by matching colours against a legend.

Headline rests on: the yearly mean of monthly median prices in `txhousing`, 2000-2014,
for five big cities: Austin's is the highest in every year.

**What the house style changes.** The lines take the brand's categorical palette in
order and the brand's data line width; the labels are bold, in the colour of their
line, at the brand's annotation size; there is no legend and no axis title.

**How to: label line ends without collisions.** Take the last point of each series
and spread the label positions apart with ``housestyle.spread_labels(values, gap=)``
(in data units), then draw a ``mark_text`` layer at the spread positions with
``align="left"`` and a small ``dx``. Put the colour scale on both layers so the label
and its line share a colour.
"""

from __future__ import annotations

from pathlib import Path

import altair as alt
import pandas as pd
from plotnine.data import txhousing

import housestyle

TAGS = ("line", "multiple lines", "direct labels", "time series", "altair")

CITIES = ("Austin", "Dallas", "Houston", "San Antonio", "Fort Worth")
FIRST, LAST = 2000, 2014  # whole years: the data end in July 2015
#: The least gap between two end labels, dollars (as in mpl_lines_labelled).
LABEL_GAP = 14_000


def median_prices() -> pd.DataFrame:
    """Return the yearly mean of monthly median prices for the five cities, long form."""
    return (
        txhousing[txhousing["city"].isin(CITIES) & txhousing["year"].between(FIRST, LAST)]
        .groupby(["year", "city"], as_index=False)["median"]
        .mean()
    )


@housestyle.style()
def recipe() -> alt.VConcatChart:
    """Return the median house price of five Texan cities, labelled at the line ends."""
    data = median_prices()
    ends = data[data["year"] == LAST].copy()
    final = ends.set_index("city")["median"]
    ends["label_y"] = housestyle.spread_labels(ends["median"], gap=LABEL_GAP)
    colour = alt.Color("city:N", sort=list(CITIES), legend=None)
    x = alt.X(
        "year:Q",
        title=None,
        scale=alt.Scale(domain=[FIRST, LAST + 3.6], nice=False),
        axis=alt.Axis(values=list(range(FIRST, LAST + 1, 2)), format="d", domain=False),
        # no baseline: the y axis starts at $75k, not zero
    )
    y = alt.Y(
        "median:Q",
        title=None,
        scale=alt.Scale(domain=[75_000, 250_000], nice=False),
        axis=alt.Axis(
            values=list(range(100_000, 250_001, 50_000)),
            labelExpr="'$' + datum.value / 1000 + 'k'",
        ),
    )
    lines = alt.Chart(data).mark_line().encode(x=x, y=y, color=colour)
    labels = (
        alt.Chart(ends)
        .mark_text(align="left", dx=6, fontWeight="bold")
        .encode(x="year:Q", y="label_y:Q", text="city:N", color=colour)
    )
    return housestyle.finalise(
        alt.layer(lines, labels),
        title="Austin stays the dearest of Texas's big cities",
        subtitle="Median price of a home sold, yearly average of monthly medians, "
        f"{FIRST}\u2013{LAST}",
        source="Texas A&M Real Estate Center, via plotnine's txhousing dataset",
        alt=(
            f"Line chart of the median home price in five Texan cities, yearly from {FIRST} "
            f"to {LAST}. All five rise, fastest after 2011. Austin is highest throughout, "
            f"ending near ${final['Austin']:,.0f}; Fort Worth is lowest, ending near "
            f"${final['Fort Worth']:,.0f}."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg", "html"])
