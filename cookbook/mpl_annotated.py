"""Annotated chart: text, an arrow and a reference line.

Annotations turn a chart into an explanation: a reference line gives the reader
something to compare with, and a short note with an arrow points at the thing
to see. Write annotations as sentences, not codes, and use as few as the story
needs.

**What the house style changes.** Notes are set in the brand's annotation size and
text colour, the reference line is dashed in the muted text colour so it never
looks like data, and arrows are thin and plain.

**How to: add a reference line.** ``ax.axhline(value, ...)`` spans the plot; label it
at its end with ``ax.text(..., clip_on=False)`` just outside the plot, rather than
in a legend: the layout makes room for it, and it never sits on the data.

**How to: add an arrow.** ``ax.annotate(text, xy=point, xytext=where_text_goes,
arrowprops=dict(arrowstyle="-|>", ...))``. Give ``xytext`` in data units or as an
offset in points, and choose the side that leaves the data clear.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from plotnine.data import huron

import housestyle

TAGS = ("line", "annotation", "reference line", "arrow", "matplotlib")


@housestyle.style()
def recipe() -> Figure:
    """Draw the level of Lake Huron, 1875-1972, with its mean and its lowest year."""
    brand = housestyle.current_brand()
    colours = brand.colours
    mean = huron["level"].mean()
    lowest = huron.loc[huron["level"].idxmin()]
    fig, ax = plt.subplots()
    ax.plot(huron["year"], huron["level"], color=colours.primary)
    ax.axhline(mean, color=colours.muted_text, linewidth=1.2, linestyle=(0, (4, 3)))
    ax.text(
        1974,
        mean,
        f"Average\n{mean:.1f} ft",
        ha="left",
        va="center",
        clip_on=False,
        fontsize=brand.type.annotation,
        color=colours.muted_text,
    )
    ax.annotate(
        f"Lowest: {lowest['level']:.1f} ft in {lowest['year']:.0f}",
        xy=(lowest["year"], lowest["level"]),
        xytext=(1950, 575.55),
        ha="right",
        va="center",
        fontsize=brand.type.annotation,
        color=colours.text,
        arrowprops={
            "arrowstyle": "-|>",
            "color": colours.text,
            "linewidth": 1,
            "shrinkB": 4,
            "connectionstyle": "arc3,rad=0.25",
        },
    )
    ax.set_xlim(1875, 1973)
    ax.set_ylim(575, 582.5)
    return housestyle.finalise(
        fig,
        title="Lake Huron fell by six feet in ninety years",
        subtitle="Level of Lake Huron each year, feet above sea level",
        source="Brockwell and Davis (1991), via plotnine's huron dataset",
        alt=f"Line chart of Lake Huron's yearly level from 1875 to 1972. It starts near "
        f"581 feet, falls with large swings, and reaches its lowest, "
        f"{lowest['level']:.1f} feet, in {lowest['year']:.0f}; the average is "
        f"{mean:.1f} feet.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
