"""Highlighted bar in Altair: one category in colour, the rest in grey.

The twin of ``p9_highlight_bar``: the twelve most economical makers, with Subaru
picked out. When the story is about one bar, colour only that bar and let the
others set the context in the brand's grey; the title says where it ranks.

Headline rests on: the mean highway mpg of each maker's versions in `mpg`, ranked: with
the default choice, Subaru's 25.6 mpg is sixth of the twelve most economical makers
(after Honda, Volkswagen, Hyundai, Audi and Pontiac).

**What the house style changes.** The highlight is the brand's ``highlight`` colour
and the context is its ``grey``, the two colours of the brand's ``focus`` palette,
so the same chart in another brand changes both. The value labels sit at the bar
ends, so the value axis needs no labels and no gridlines.

**How to: colour one category.** Map the category to colour with a condition,
``alt.condition(alt.datum.manufacturer == "subaru", alt.value(highlight),
alt.value(grey))``, rather than a scale with one entry per category.
"""

from __future__ import annotations

from pathlib import Path

import altair as alt
import pandas as pd
from plotnine.data import mpg

import housestyle
from housestyle import HouseStyleError

TAGS = ("bar", "horizontal bar", "highlight", "labelled bars", "altair")

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")


def _rank_words(rank: int, count: int) -> str:
    if rank < len(_ORDINALS):
        return f"comes {_ORDINALS[rank]}" if rank else "comes top"
    return f"is {count - rank}{'st' if count - rank == 1 else 'th'} from the bottom"


def highway_mpg(top: int = 12) -> pd.DataFrame:
    """Return the mean highway miles per gallon of the ``top`` manufacturers, best first."""
    means = mpg.groupby("manufacturer", as_index=False)["hwy"].mean().nlargest(top, "hwy")
    return means.assign(
        maker=means["manufacturer"].str.title(), label=means["hwy"].map("{:.1f}".format)
    )


@housestyle.style()
def recipe(highlight: str = "subaru", top: int = 12) -> alt.VConcatChart:
    """Return the ranking of makers by highway mileage with one maker highlighted.

    Parameters
    ----------
    highlight
        The manufacturer to draw in the highlight colour.
    top
        How many makers to show.
    """
    colours = housestyle.current_brand().colours
    data = highway_mpg(top)
    if highlight not in set(data["manufacturer"]):
        raise HouseStyleError(
            f"highlight: {highlight!r} is not among the top {top}; "
            f"allowed: {', '.join(data['manufacturer'])}"
        )
    name = highlight.title()
    rank = list(data["manufacturer"]).index(highlight)
    picked = alt.datum.manufacturer == highlight
    base = alt.Chart(data).encode(
        y=alt.Y(
            "maker:N",
            sort=list(data["maker"]),
            title=None,
            axis=alt.Axis(  # the highlighted maker's name in bold, as on its twins
                domain=True,
                labelFontWeight=alt.condition(
                    alt.datum.value == name, alt.value("bold"), alt.value("normal")
                ),
            ),
        ),
        x=alt.X(
            "hwy:Q",
            title=None,
            scale=alt.Scale(domain=[0, data["hwy"].max() * 1.08], nice=False),
            axis=None,
        ),
    )
    bars = base.mark_bar().encode(
        color=alt.condition(picked, alt.value(colours.highlight), alt.value(colours.grey))
    )
    labels = base.mark_text(align="left", dx=4).encode(text="label:N")
    return housestyle.finalise(
        alt.layer(bars, labels),
        title=f"{name} {_rank_words(rank, len(data))} for highway fuel economy",
        subtitle=f"Mean highway miles per US gallon of the {len(data)} most economical makers",
        source="US Environmental Protection Agency, 1999 and 2008 models, "
        "via plotnine's mpg dataset",
        alt=(
            f"Horizontal bar chart of mean highway miles per gallon for {len(data)} car "
            f"makers, with {name} highlighted at {data['hwy'].iloc[rank]:.1f} miles per "
            "gallon; the others are grey."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg", "html"])
