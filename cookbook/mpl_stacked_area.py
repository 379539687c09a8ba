"""Stacked area chart: how a total and its parts change over time.

A stacked area chart shows a total over time and how it divides into a few parts.
The total and the bottom layer are easy to read; the layers above ride on the
ones below them, so put the part the story is about at the bottom and keep to
four or five layers.

**What the house style changes.** Layers take the brand's categorical colours,
separated by a thin line in the background colour; each layer is named inside its
own area in a colour chosen for contrast, so no legend is needed; the y axis shows
round numbers with a unit in the subtitle.

**How to: label areas directly.** Put each label at a year where its layer is thick,
at the middle of the layer: the running total below it plus half its own height. A
layer too thin to hold its name (turkey, here) is named just above the stack.
Choose the label colour from the brand's text and background colours by contrast
against the fill (``housestyle.colour.contrast_ratio``).
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from plotnine.data import meat

import housestyle
from housestyle.colour import contrast_ratio

TAGS = ("area", "stacked area", "time series", "direct labels", "matplotlib")

KINDS = {"broilers": "Chicken", "beef": "Beef", "pork": "Pork", "turkey": "Turkey"}
LABEL_YEAR = 2012


def _label_colour(fill: str) -> str:
    colours = housestyle.current_brand().colours
    return max((colours.text, colours.background), key=lambda c: contrast_ratio(c, fill))


@housestyle.style()
def recipe() -> Figure:
    """Draw US production of chicken, beef, pork and turkey, 1960-2023."""
    brand = housestyle.current_brand()
    yearly = meat.groupby(meat["date"].dt.year)[list(KINDS)].sum(min_count=12).dropna()
    yearly = yearly / 1000  # million pounds -> billion pounds
    colours = housestyle.palette(n=len(KINDS))
    fig, ax = plt.subplots()
    ax.stackplot(
        yearly.index,
        yearly.T.values,
        colors=colours,
        edgecolor=brand.colours.background,
        linewidth=0.6,
    )
    below = 0.0
    for kind, colour in zip(KINDS, colours, strict=True):
        height = yearly.loc[LABEL_YEAR, kind]
        # A layer too thin to hold its name is labelled just above the stack.
        inside = height > 8
        ax.text(
            LABEL_YEAR,
            below + height / 2 if inside else below + height + 2,
            KINDS[kind],
            ha="center",
            va="center" if inside else "bottom",
            fontsize=brand.type.annotation,
            fontweight="bold",
            color=_label_colour(colour) if inside else brand.colours.text,
        )
        below += height
    ax.set_xlim(yearly.index[0], yearly.index[-1])
    ax.set_ylim(0, 120)
    return housestyle.finalise(
        fig,
        title="Chicken overtook beef in the 1990s",
        subtitle="US commercial red meat and poultry production, billion pounds a year",
        source="US Department of Agriculture, via plotnine's meat dataset",
        alt="Stacked area chart of US meat production from 1960 to 2023. The total rises "
        "from about 30 to over 100 billion pounds, almost all of the growth coming from "
        "chicken, which passes beef in the 1990s; beef and pork grow slowly and turkey "
        "stays small.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
