"""Grouped bar chart in Altair: two years side by side in each class.

The twin of ``mpl_grouped_bar``: mean city fuel economy by class of car, 1999 against
2008. Grouped bars compare within a class first and across classes second; sort the
classes by the later year so the ranking reads from left to right.

Headline rests on: the mean city mpg of the versions of each class in `mpg`, 1999
against 2008: subcompacts fell from 21.6 to 18.9, the only class to lose more than a
mile a gallon.

**What the house style changes.** The two years take the first two colours of the
brand's categorical palette, in order, and the legend sits on top, flush left, with
no title (the subtitle says what the colours are). Gridlines are horizontal only.

**How to: group bars.** Put the class on ``x`` and the year on ``xOffset`` and
``color``; Vega-Lite divides each band between the years. Give the year as a
nominal field (``"year:N"``) so it gets the categorical palette, not a ramp.

**How to: break a long label.** Side by side, "Subcompact" and "Minivan" crowd at
web size (``housestyle check`` says so). An axis' ``labelExpr`` may give a label as a
list of lines: look each name up in a mapping of the long ones, written as JSON, and
keep the rest (``|| datum.label``). The data keeps the names whole, for the hover and
the CSV.
"""

from __future__ import annotations

import json
from pathlib import Path

import altair as alt
import pandas as pd
from plotnine.data import mpg

import housestyle

TAGS = ("bar", "grouped bar", "column", "legend", "altair")

#: Class names as printed.
CLASS_NAMES = {"2seater": "Two-seater", "subcompact": "Subcompact", "suv": "SUV"}
#: The long names on two lines, as the twin prints them: side by side they crowd (at a
#: print column "Midsize" runs into "Compact").
LABEL_LINES = {
    "Midsize": ["Mid-", "size"],
    "Subcompact": ["Sub-", "compact"],
    "Two-seater": ["Two-", "seater"],
}


def city_mpg() -> pd.DataFrame:
    """Return mean city miles per gallon by class and year, long form."""
    data = mpg.groupby(["class", "year"], as_index=False)["cty"].mean()
    return data.assign(
        name=[CLASS_NAMES.get(name, name.title()) for name in data["class"]],
        year=data["year"].astype(str),
    )


@housestyle.style()
def recipe() -> alt.VConcatChart:
    """Draw mean city fuel economy by class of car, 1999 against 2008."""
    data = city_mpg()
    order = list(data[data["year"] == "2008"].sort_values("cty", ascending=False)["name"])
    chart = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X(
                "name:N",
                sort=order,
                title=None,
                # each label's lines, looked up by name; the data keeps the names whole
                axis=alt.Axis(
                    labelAngle=0,
                    labelExpr=f"{json.dumps(LABEL_LINES)}[datum.label] || datum.label",
                ),
            ),
            xOffset="year:N",
            y=alt.Y("cty:Q", title=None, scale=alt.Scale(domain=[0, 25])),
            color=alt.Color("year:N", title=None),
        )
    )
    return housestyle.finalise(
        chart,
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
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg", "html"])
