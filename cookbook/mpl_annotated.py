"""Annotated chart: text, an arrow and a reference line.

Annotations turn a chart into an explanation: a reference line gives the reader
something to compare with, and a short note with an arrow points at the thing
to see. Write annotations as sentences, not codes, and use as few as the story
needs.

**What the house style changes.** Notes are set in the brand's annotation size and
text colour; the reference line takes the brand's reference width and style
(``brand.lines.reference``, ``brand.marks.reference_style``) in the muted text colour,
so it never looks like data; arrows are as thin as a reference line and plain. The y
axis starts at 575 feet, not at zero, so it has no dark baseline: readers take a dark
bottom line for zero.

**How to: add a reference line.** ``ax.axhline(value, ...)`` spans the plot; label it
at its end with ``ax.text(..., clip_on=False)`` just outside the plot, rather than
in a legend: the layout makes room for it, and it never sits on the data.

**How to: add a curved arrow.** ``ax.annotate(text, xy=point, xytext=where_text_goes,
arrowprops=...)``. Give ``xytext`` in data units or as an offset in points, and
choose the side that leaves the data clear. ``connectionstyle`` shapes the arrow:
``"arc3,rad=0.25"`` bends it into an arc (a negative ``rad`` bows it the other way,
0 is straight), and a gentle curve reads as "this note belongs to that point" without
lying along the line it points at:

```python
ax.annotate("Lowest: 576.0 in 1964", xy=(1964, 576.0), xytext=(1950, 575.55),
            arrowprops={"arrowstyle": "-|>", "connectionstyle": "arc3,rad=0.25",
                        "color": brand.colours.text, "linewidth": brand.lines.reference})
```
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
    eighties = huron.loc[huron["year"].between(1880, 1889), "level"].mean()
    fig, ax = plt.subplots()
    ax.plot(huron["year"], huron["level"], color=colours.primary)
    ax.axhline(
        mean,
        color=colours.muted_text,
        linewidth=brand.lines.reference,
        linestyle=brand.marks.reference_style,
    )
    ax.text(
        1974,
        mean,
        f"Average\n{mean:.1f}",
        ha="left",
        va="center",
        clip_on=False,
        fontsize=brand.type.annotation,
        color=colours.muted_text,
    )
    ax.annotate(
        f"Lowest: {lowest['level']:.1f} in {lowest['year']:.0f}",
        xy=(lowest["year"], lowest["level"]),
        xytext=(1950, 575.55),
        ha="right",
        va="center",
        fontsize=brand.type.annotation,
        color=colours.text,
        arrowprops={
            "arrowstyle": "-|>",
            "color": colours.text,
            "linewidth": brand.lines.reference,
            "shrinkB": 4,
            "connectionstyle": "arc3,rad=0.25",
        },
    )
    ax.set_xlim(1875, 1973)
    ax.set_ylim(575, 582.5)
    ax.spines["bottom"].set_visible(False)  # the axis starts at 575 feet, not zero
    return housestyle.finalise(
        fig,
        title="Lake Huron fell after the 1880s, then swung widely",
        subtitle="Level of Lake Huron each year, feet above sea level",
        source="Brockwell and Davis (1991), via plotnine's huron dataset",
        alt=f"Line chart of Lake Huron's yearly level from 1875 to 1972, with a dashed line "
        f"at its average of {mean:.1f} feet. It averages {eighties:.1f} feet in the "
        f"1880s, drops below the average by 1900 and swings between about 576 and 581 "
        f"feet after that, reaching its lowest, {lowest['level']:.1f} feet, in "
        f"{lowest['year']:.0f}, and ending at {huron['level'].iloc[-1]:.1f} in 1972.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
