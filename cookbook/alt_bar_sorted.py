"""Sorted bar chart in Altair: a ranking, labelled inside the bars.

The twin of ``p9_bar_sorted``: manufacturers ranked by mean highway mileage, longest
bar at the top. Horizontal bars leave room for the names, and sorting turns a list
into a ranking the eye reads from top to bottom.

Headline rests on: the mean `hwy` of each manufacturer's versions in `mpg` (1999 and
2008): Honda 32.6 mpg, ahead of Volkswagen's 29.2, but all nine Honda versions are one
model, the Civic, which the title says.

**What the house style changes.** Bars are the brand's primary colour; the
values are written on the bars, so the value axis and its gridlines go, and the
category axis keeps the dark baseline. ``housestyle.finalise`` adds the title block
and footer and sizes the bars to fill the rest.

**How to: sort bars and label them.** ``alt.Y("maker:N", sort="-x")`` orders the
categories by the bar length; a ``mark_text`` layer with ``align="left"`` and a fixed
``x`` puts the values inside the bars, in ``housestyle.best_ink`` of the bar colour
so they pass the contrast check.
"""

from __future__ import annotations

from pathlib import Path

import altair as alt
import pandas as pd
from plotnine.data import mpg

import housestyle

TAGS = ("bar", "horizontal bar", "ranking", "labelled bars", "altair")

#: Where the labels start inside the bars, in miles per gallon from the baseline.
LABEL_AT = 0.8


def highway_mpg(top: int = 12) -> pd.DataFrame:
    """Return the mean highway miles per gallon of the ``top`` manufacturers."""
    means = mpg.groupby("manufacturer", as_index=False)["hwy"].mean().nlargest(top, "hwy")
    return means.assign(
        manufacturer=means["manufacturer"].str.title(),
        label=means["hwy"].map("{:.1f}".format),
        label_at=LABEL_AT,
    )


@housestyle.style()
def recipe() -> alt.VConcatChart:
    """Return the ranking of manufacturers by mean highway mileage."""
    colours = housestyle.current_brand().colours
    base = alt.Chart(highway_mpg()).encode(
        y=alt.Y("manufacturer:N", sort="-x", title=None, axis=alt.Axis(domain=True, grid=False))
    )
    bars = base.mark_bar(color=colours.primary).encode(
        x=alt.X(
            "hwy:Q",
            title=None,
            scale=alt.Scale(domain=[0, 35], nice=False),
            axis=None,  # the labels give the values: no value axis, no gridlines
        )
    )
    labels = base.mark_text(
        align="left", fontWeight="bold", color=housestyle.best_ink(colours.primary)
    ).encode(x="label_at:Q", text="label:N")
    return housestyle.finalise(
        alt.layer(bars, labels),
        title="Honda's cars, all Civics, go furthest on a gallon",
        subtitle="Mean highway miles per US gallon of the versions tested, by maker",
        source="US Environmental Protection Agency, 1999 and 2008 models, "
        "via plotnine's mpg dataset",
        alt=(
            "Horizontal bar chart of mean highway miles per gallon for twelve car makers, "
            "each labelled with its value, sorted from Honda (32.6) at the top through "
            "Volkswagen (29.2) and Hyundai (26.9) down to Dodge (17.9) at the bottom."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg", "html"])
