r"""Annotated line chart in plotnine: notes, arrows and reference lines.

Annotations turn a chart into an explanation: a reference line gives the reader
something to compare with, and a short note with an arrow points at the thing to
see. Write notes as sentences, not codes, put them where the data leave room, and
use as few as the story needs. Here two dashed lines give Lake Huron's average level
before 1900 and after 1930, which carry the headline, and one note points at the
lowest year. It is the plotnine twin of `mpl_annotated.py`.

Headline rests on: the mean of `huron.level` over 1875-1899 (580.2 feet) and over
1930-1972 (578.3 feet), 1.8 feet lower, "about two feet".

**What the house style changes.** Notes are set in the brand's annotation size and
text colour; reference lines take the muted text colour at the brand's reference
width and style (`brand.lines.reference`, `brand.marks.reference_style`) so they
never look like data; arrows are thin lines of the reference width with a small
closed head. The value axis does not start at zero, so the dark baseline goes: a
reader would take it for zero.

**How to: draw a straight arrow.** `annotate("segment", ...)` (or `geom_segment()`
from a data frame) with `arrow=arrow(...)`: the head goes at the `xend`, `yend`
end. `arrow(length=...)` is in inches; give it from the brand's type size so that
it grows with the text:

```python
head = arrow(length=brand.type.annotation * 0.6 / 72, angle=25, type="closed")
+ annotate("segment", x=1935, y=582.5, xend=1935, yend=578.4, arrow=head)
```

**How to: draw a curved arrow.** ggplot2 has `geom_curve()`; plotnine has none yet
(plotnine issue 535). Compute the curve yourself, a quadratic Bezier whose middle is
pushed sideways by `bend` (measured on the panel, so the bend looks the same on any
scale), and draw it as a path with an arrow at its end:

```python
path = curve(start=(1951, 575.4), end=(1963.4, 575.9), bend=0.3, spans=(101, 9))
+ geom_path(aes("x", "y"), data=path, arrow=head)
```

**How to: write a note on two lines.** Put `"\n"` where the line should break and
choose `ha` and `va` so that the note sits on the side of its point that is clear
of the data.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from plotnine import (
    aes,
    annotate,
    arrow,
    element_blank,
    geom_line,
    geom_path,
    ggplot,
    scale_x_continuous,
    scale_y_continuous,
    theme,
)
from plotnine.data import huron

import housestyle
from housestyle import line_size, theme_ou

TAGS = ("line", "annotation", "arrow", "reference line", "time series", "plotnine")

EARLY, LATE = (1875, 1899), (1930, 1972)  # the periods whose average levels are compared
X_LIMITS, Y_LIMITS = (1873, 1974), (574.5, 583.5)
#: The height of the notes on the averages, and where their arrows come down: years in
#: which the lake was below its average, so that the arrows do not cross the line.
NOTE_Y, EARLY_ARROW, LATE_ARROW = 582.6, 1897, 1935
#: Where the note on the lowest year starts and how far its arrow bends (on the panel).
LOW_NOTE, LOW_BEND = (1951, 575.4), 0.3
#: The arrow head's length as a share of the annotation type size.
HEAD = 0.6


def period_mean(period: tuple[int, int]) -> float:
    """Return the average level of the lake over the years of ``period``, inclusive."""
    return float(huron.loc[huron["year"].between(*period), "level"].mean())


def curve(
    start: tuple[float, float],
    end: tuple[float, float],
    bend: float,
    spans: tuple[float, float],
    points: int = 40,
) -> pd.DataFrame:
    """Return the points of a curved path from ``start`` to ``end``, in data units.

    A quadratic Bezier curve whose control point sits off the middle of the chord by
    ``bend`` times the chord's length, to the left of the direction of travel (a
    negative ``bend`` curves to the right). It is worked out in units of ``spans``
    (the x and y ranges of the panel), so that the bend does not depend on the scales.
    """
    scale = np.asarray(spans, dtype=float)
    a, b = np.asarray(start) / scale, np.asarray(end) / scale
    chord = b - a
    control = (a + b) / 2 + bend * np.array([-chord[1], chord[0]])
    t = np.linspace(0, 1, points)[:, None]
    path = ((1 - t) ** 2 * a + 2 * (1 - t) * t * control + t**2 * b) * scale
    return pd.DataFrame(path, columns=["x", "y"])


@housestyle.style()
def recipe() -> Figure:
    """Return the level of Lake Huron, 1875-1972, with its two period averages marked."""
    brand = housestyle.current_brand()
    colours = brand.colours
    early, late = period_mean(EARLY), period_mean(LATE)
    lowest = huron.loc[huron["level"].idxmin()]
    spans = (X_LIMITS[1] - X_LIMITS[0], Y_LIMITS[1] - Y_LIMITS[0])
    head = arrow(length=brand.type.annotation * HEAD / 72, angle=25, type="closed")
    note = {"size": brand.type.annotation, "colour": colours.text}
    reference = {
        "colour": colours.muted_text,
        "size": line_size(brand.lines.reference),
        "linetype": brand.marks.reference_style,
    }
    pointer = {"colour": colours.text, "size": line_size(brand.lines.reference)}
    low_path = curve(
        LOW_NOTE, (lowest["year"] - 0.6, lowest["level"] - 0.08), bend=LOW_BEND, spans=spans
    )
    plot = (
        ggplot(huron, aes("year", "level"))
        + annotate("segment", x=EARLY[0], xend=EARLY[1], y=early, yend=early, **reference)
        + annotate("segment", x=LATE[0], xend=LATE[1], y=late, yend=late, **reference)
        + geom_line(colour=colours.primary, size=line_size(brand.lines.data))
        + annotate(
            "text",
            x=EARLY[0] + 1,
            y=NOTE_Y,
            label=f"Average {EARLY[0]}\u2013{EARLY[1] % 100}: {early:.1f} ft",
            ha="left",
            va="bottom",
            **note,
        )
        + annotate(
            "segment",
            x=EARLY_ARROW,
            xend=EARLY_ARROW,
            y=NOTE_Y - 0.1,
            yend=early + 0.1,
            arrow=head,
            **pointer,
        )
        + annotate(
            "text",
            x=LATE[0] + 1,
            y=NOTE_Y,
            label=f"Average {LATE[0]}\u2013{LATE[1] % 100}: {late:.1f} ft",
            ha="left",
            va="bottom",
            **note,
        )
        + annotate(
            "segment",
            x=LATE_ARROW,
            xend=LATE_ARROW,
            y=NOTE_Y - 0.1,
            yend=late + 0.1,
            arrow=head,
            **pointer,
        )
        + annotate(
            "text",
            x=LOW_NOTE[0] - 0.8,
            y=LOW_NOTE[1],
            label=f"Lowest, {lowest['year']:.0f}:\n{lowest['level']:.1f} ft",
            ha="right",
            va="center",
            **note,
        )
        + geom_path(aes("x", "y"), data=low_path, inherit_aes=False, arrow=head, **pointer)
        + scale_x_continuous(breaks=range(1880, 1980, 20), limits=X_LIMITS, expand=(0, 0))
        + scale_y_continuous(breaks=range(575, 582, 2), limits=Y_LIMITS, expand=(0, 0))
        + theme_ou()
        + theme(axis_line_x=element_blank())
    )
    return housestyle.finalise(
        plot,
        title="Lake Huron ran about two feet lower after 1930 than before 1900",
        subtitle="Level of Lake Huron each year, feet above sea level",
        source="Brockwell and Davis (1991), via plotnine's huron dataset",
        alt=(
            "Line chart of Lake Huron's yearly level from 1875 to 1972, swinging by a foot "
            f"or two from year to year. Dashed lines mark the averages: {early:.1f} feet "
            f"from {EARLY[0]} to {EARLY[1]} and {late:.1f} feet from {LATE[0]} to "
            f"{LATE[1]}, {early - late:.1f} feet lower. A curved arrow points at the lowest "
            f"year, {lowest['year']:.0f}, at {lowest['level']:.1f} feet."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
