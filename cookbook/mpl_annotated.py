r"""Annotated chart: text, arrows and reference lines.

Annotations turn a chart into an explanation: a reference line gives the reader
something to compare with, and a short note with an arrow points at the thing
to see. Write annotations as sentences, not codes, and use as few as the story
needs. Here two dashed lines give Lake Huron's average level before 1900 and after
1930, which carry the headline, and one note points at the lowest year. It is the
matplotlib twin of `p9_annotated.py`: the same periods, notes and texts.

Headline rests on: the mean of `huron.level` over 1875-1899 (580.2 feet) and over
1930-1972 (578.3 feet), 1.8 feet lower, "about two feet".

**What the house style changes.** Notes are set in the brand's annotation size and
text colour; the reference lines take the brand's reference width and style
(``brand.lines.reference``, ``brand.marks.reference_style``) in the muted text colour,
so they never look like data; arrows are as thin as a reference line and plain. The y
axis starts at 574.5 feet, not at zero, so it has no dark baseline: readers take a dark
bottom line for zero.

**How to: add a reference line.** ``ax.axhline(value, ...)`` spans the whole plot;
``ax.hlines(value, start, end, ...)`` spans only the years it is the average of, which
is what a period's average needs. Name it in a note with an arrow, not in a legend.

```python
ax.hlines(early, 1875, 1899, color=brand.colours.muted_text,
          linewidth=brand.lines.reference, linestyle=brand.marks.reference_style)
```

**How to: add a curved arrow.** ``ax.annotate(text, xy=point, xytext=where_text_goes,
arrowprops=...)``. Give ``xytext`` in data units or as an offset in points, and
choose the side that leaves the data clear. ``connectionstyle`` shapes the arrow:
``"arc3,rad=0.3"`` bends it into an arc (a negative ``rad`` bows it the other way,
0 is straight), and a gentle curve reads as "this note belongs to that point" without
lying along the line it points at:

```python
ax.annotate("Lowest, 1964:\n576.0 ft", xy=(1964, 576.0), xytext=(1950, 575.4),
            arrowprops={"arrowstyle": "-|>", "connectionstyle": "arc3,rad=0.3",
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

EARLY, LATE = (1875, 1899), (1930, 1972)  # the periods whose average levels are compared
X_LIMITS, Y_LIMITS = (1873, 1974), (574.5, 583.5)
#: The height of the notes on the averages, and where their arrows come down: years in
#: which the lake was below its average, so that the arrows do not cross the line.
NOTE_Y, EARLY_ARROW, LATE_ARROW = 582.6, 1897, 1935
#: Where the note on the lowest year starts.
LOW_NOTE = (1951, 575.4)
TITLE = "Lake Huron ran about two feet lower after 1930 than before 1900"
SUBTITLE = "Level of Lake Huron each year, feet above sea level"
SOURCE = "Brockwell and Davis (1991), via plotnine's huron dataset"


def period_mean(period: tuple[int, int]) -> float:
    """Return the average level of the lake over the years of ``period``, inclusive."""
    return float(huron.loc[huron["year"].between(*period), "level"].mean())


@housestyle.style()
def recipe() -> Figure:
    """Draw the level of Lake Huron, 1875-1972, with its two period averages marked."""
    brand = housestyle.current_brand()
    colours = brand.colours
    early, late = period_mean(EARLY), period_mean(LATE)
    lowest = huron.loc[huron["level"].idxmin()]
    fig, ax = plt.subplots()
    for (start, end), level, at in ((EARLY, early, EARLY_ARROW), (LATE, late, LATE_ARROW)):
        ax.hlines(
            level,
            start,
            end,
            color=colours.muted_text,
            linewidth=brand.lines.reference,
            linestyle=brand.marks.reference_style,
        )
        ax.text(
            start + 1,
            NOTE_Y,
            f"Average {start}\u2013{end % 100}: {level:.1f} ft",
            ha="left",
            va="bottom",
            fontsize=brand.type.annotation,
            color=colours.text,
        )
        ax.annotate(  # a straight arrow down from the note to its line
            "",
            xy=(at, level + 0.1),
            xytext=(at, NOTE_Y - 0.1),
            arrowprops={
                "arrowstyle": "-|>",
                "color": colours.text,
                "linewidth": brand.lines.reference,
                "shrinkA": 0,
                "shrinkB": 0,
            },
        )
    ax.plot(huron["year"], huron["level"], color=colours.primary)
    ax.annotate(
        f"Lowest, {lowest['year']:.0f}:\n{lowest['level']:.1f} ft",
        xy=(lowest["year"] - 0.6, lowest["level"] - 0.08),
        xytext=(LOW_NOTE[0] - 0.8, LOW_NOTE[1]),
        ha="right",
        va="center",
        fontsize=brand.type.annotation,
        color=colours.text,
        linespacing=brand.type.line_spacing,
        arrowprops={
            "arrowstyle": "-|>",
            "color": colours.text,
            "linewidth": brand.lines.reference,
            "relpos": (1, 0.5),
            "connectionstyle": "arc3,rad=0.3",
        },
    )
    ax.set_xlim(*X_LIMITS)
    ax.set_ylim(*Y_LIMITS)
    ax.set_xticks(range(1880, 1980, 20))
    ax.set_yticks(range(575, 582, 2))
    ax.spines["bottom"].set_visible(False)  # the axis starts at 574.5 feet, not zero
    return housestyle.finalise(
        fig,
        title=TITLE,
        subtitle=SUBTITLE,
        source=SOURCE,
        alt=(
            "Line chart of Lake Huron's yearly level from 1875 to 1972, swinging by a foot "
            f"or two from year to year. Dashed lines mark the averages: {early:.1f} feet "
            f"from {EARLY[0]} to {EARLY[1]} and {late:.1f} feet from {LATE[0]} to "
            f"{LATE[1]}, {early - late:.1f} feet lower. A curved arrow points at the lowest "
            f"year, {lowest['year']:.0f}, at {lowest['level']:.1f} feet."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
