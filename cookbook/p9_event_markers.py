"""Time series with event markers in plotnine: vertical rules, each labelled.

A vertical rule marks the moment something happened (a new law, an election, a
shock) so that readers can see what the series did before and after. Label each
rule where it stands, not in a legend, and keep the rules quieter than the data:
they are context, not the story. Here the number of unemployed Americans is marked
with the start of each presidential term. A rule shows timing only: it does not
say that a president caused what follows. The series is a count (millions), not the
unemployment rate, and the note says so; `mpl_event_markers` is the same chart in
matplotlib, and this recipe takes its title, subtitle, note and source from there.

Headline rests on: the monthly count of unemployed people (`economics.unemploy`, thousands,
divided by 1,000), its highest month up to 1990 (12.1 million, December 1982, 23 months
after Reagan took office) and its highest month of all (15.4 million, October 2009, nine
months after Obama took office).

**What the house style changes.** The rules take the brand's reference-line
width and style (`brand.lines.reference`, `brand.marks.reference_style`) in the
muted text colour, under the data line, which keeps the primary colour and data
width. The labels are set in the annotation size, flush left against their rules
along the top of the panel.

**How to: draw and label event rules.** `geom_vline(aes(xintercept="start"))` draws a
rule across the whole panel from a small data frame of events. Events close together
need their labels in two rows, and then a full-height rule would cut through the
label before it: draw each rule with `geom_segment()` from zero up to its own label
instead, before the data so that the line lies on top. Write the labels from the
same frame, just right of their rules (`ha="left"`, an offset in days), and put one
on the left (`ha` mapped from a column) where the next rule comes too soon:

```python
+ geom_segment(aes(x="start", xend="start", y=0, yend="label_y"), data=terms,
               colour=colours.muted_text, size=line_size(brand.lines.reference),
               linetype=brand.marks.reference_style)
+ geom_text(aes("label_x", "label_y", label="name", ha="ha"), data=terms, va="top")
```
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from plotnine import (
    aes,
    geom_line,
    geom_segment,
    geom_text,
    ggplot,
    scale_x_datetime,
    scale_y_continuous,
)
from plotnine.data import economics, presidential

import housestyle
from housestyle import line_size, theme_ou

TAGS = ("line", "event markers", "reference line", "annotation", "time series", "plotnine")

#: The two Bushes need their initials; the data names both "Bush".
NAMES = {pd.Timestamp("1989-01-20"): "G.H.W. Bush", pd.Timestamp("2001-01-20"): "G.W. Bush"}
TITLE = "The number unemployed peaked early in Reagan's and Obama's first terms"
SUBTITLE = "Unemployed Americans, millions, monthly; dashed lines: the start of each presidency"
NOTE = "A count of people, not the unemployment rate; the US population grew by {growth:.0%}"
SOURCE = (
    "US Bureau of Labor Statistics (Current Population Survey), via FRED; "
    "presidential terms: ggplot2's presidential dataset"
)
TOP = 20  # million: the top of the value axis, with room for the labels above the data
#: The heights of the two rows of labels, in millions: alternate terms take the lower.
ROWS = (19.8, 18.0)
#: Labels that go left of their rule, where the next rule comes too soon on the right.
LEFT = {"Ford"}
#: How far right of its rule a label starts, in days.
LABEL_OFFSET_DAYS = 150


def unemployed() -> pd.DataFrame:
    """Return the number of unemployed people in the US, millions, monthly."""
    return economics.assign(millions=economics["unemploy"] / 1000)[["date", "millions"]]


def terms(first: pd.Timestamp, last: pd.Timestamp) -> pd.DataFrame:
    """Return the presidential terms that start between ``first`` and ``last``, labelled."""
    inside = presidential[presidential["start"].between(first, last)].reset_index(drop=True)
    starts = inside["start"]
    side = inside["name"].map(lambda name: -1 if name in LEFT else 1)
    return inside.assign(
        label=[NAMES.get(start, name) for start, name in zip(starts, inside["name"], strict=True)],
        label_x=starts + pd.Timedelta(days=LABEL_OFFSET_DAYS) * side,
        label_y=[ROWS[i % 2] for i in range(len(inside))],
        ha=inside["name"].map(lambda n: "right" if n in LEFT else "left"),
    )


@housestyle.style()
def recipe() -> Figure:
    """Return the number of unemployed Americans with each presidential term marked."""
    brand = housestyle.current_brand()
    colours = brand.colours
    data = unemployed()
    events = terms(data["date"].min(), data["date"].max())
    series = data.set_index("date")["millions"]
    early, late = series[:"1990"], series["2000":]
    plot = (
        ggplot(data, aes("date", "millions"))
        + geom_segment(
            aes(x="start", xend="start", y=0, yend="label_y"),
            data=events,
            colour=colours.muted_text,
            size=line_size(brand.lines.reference),
            linetype=brand.marks.reference_style,
        )
        + geom_line(colour=colours.primary, size=line_size(brand.lines.data))
        + geom_text(
            aes("label_x", "label_y", label="label", ha="ha"),
            data=events,
            va="top",
            size=brand.type.annotation,
            colour=colours.muted_text,
        )
        + scale_x_datetime(date_breaks="10 years", date_labels="%Y")
        + scale_y_continuous(
            breaks=range(0, TOP + 1, 4),
            labels=lambda values: [f"{v:g}" if v < TOP else f"{v:g}m" for v in values],
            limits=(0, TOP),
            expand=(0, 0),
        )
        + theme_ou()
    )
    return housestyle.finalise(
        plot,
        title=TITLE,
        subtitle=SUBTITLE,
        source=SOURCE,
        note=NOTE.format(growth=economics["pop"].iloc[-1] / economics["pop"].iloc[0] - 1),
        alt=(
            "Line chart of the number of unemployed people in the US from 1967 to 2015, "
            "with a dashed vertical line at the start of each presidential term from "
            f"Nixon in 1969 to Obama in 2009. It rises from {series.iloc[0]:.1f} million to "
            f"a peak of {early.max():.1f} million in {early.idxmax():%B %Y}, two years into "
            f"Reagan's first term, and to its highest, {late.max():.1f} million, in "
            f"{late.idxmax():%B %Y}, in Obama's first year, before falling to "
            f"{series.iloc[-1]:.1f} million."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
