"""Stacked area chart: how a total and its parts change over time.

A stacked area chart shows a total over time and how it divides into a few parts.
The total and the bottom layer are easy to read; the layers above ride on the
ones below them, so put the part the story is about at the bottom and keep to
four or five layers.

Headline rests on: yearly sums of `meat` for beef, pork, broilers (chicken) and turkey,
1960-2023 (complete years): the total rose from 29.9 to 106.1 billion pounds (3.6 times),
and chicken gave 56% of the rise (42.7 of 76.2 billion pounds).


**What the house style changes.** Layers take the brand's categorical colours,
separated by a thin line in the background colour; each layer is named inside its
own area in a colour chosen for contrast, so no legend is needed; the y axis shows
round numbers with a unit in the subtitle.

**How to: label areas directly.** Put each label at a year where its layer is thick,
at the middle of the layer: the running total below it plus half its own height. A
layer too thin to hold its name (turkey, here) is named just above the stack.
Choose the label colour from the brand's text and background colours by contrast
against the fill: ``housestyle.best_ink(fill)``.

**How to: claim only what the stack shows.** A stack shows the total and the bottom
layer well; every other layer rides on the ones beneath it, so two layers cannot be
compared by eye. Here chicken (at the bottom) passes beef (above it) in 1996, which
no reader could see from the areas, so the crossing is worked out from the data and
marked with a rule and a note. To compare the layers themselves, draw them as lines.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from matplotlib.patheffects import withStroke
from plotnine.data import meat

import housestyle

TAGS = ("area", "stacked area", "time series", "direct labels", "matplotlib")

KINDS = {"broilers": "Chicken", "beef": "Beef", "pork": "Pork", "turkey": "Turkey"}
LABEL_YEAR = 2012


@housestyle.style()
def recipe() -> Figure:
    """Draw US production of chicken (broilers), beef, pork and turkey, 1960-2023."""
    brand = housestyle.current_brand()
    yearly = meat.groupby(meat["date"].dt.year)[list(KINDS)].sum(min_count=12).dropna()
    yearly = yearly / 1000  # million pounds -> billion pounds
    total = yearly.sum(axis="columns")
    colours = housestyle.palette(n=len(KINDS))
    fig, ax = plt.subplots()
    ax.stackplot(
        yearly.index,
        yearly.T.values,
        colors=colours,
        edgecolor=brand.colours.background,
        linewidth=brand.lines.edge,
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
            color=housestyle.best_ink(colour) if inside else brand.colours.text,
        )
        below += height
    crossing = yearly.index[yearly["broilers"] > yearly["beef"]][0]
    ax.axvline(
        crossing,
        color=brand.colours.text,
        linewidth=brand.lines.reference,
        linestyle=brand.marks.reference_style,
    )
    ax.annotate(
        f"Chicken passes\nbeef in {crossing}",
        (crossing, 1),
        xycoords=ax.get_xaxis_transform(),
        xytext=(-4, -2),
        textcoords="offset points",
        ha="right",
        va="top",
        fontsize=brand.type.annotation,
        color=brand.colours.text,
        linespacing=brand.type.line_spacing,
        path_effects=[withStroke(linewidth=brand.lines.halo, foreground=brand.colours.background)],
    )
    ax.set_xlim(yearly.index[0], yearly.index[-1])
    ax.set_ylim(0, 120)
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
    housestyle.export(recipe(), out / Path(__file__).stem)
