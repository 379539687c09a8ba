"""Event markers: a time series with a labelled vertical rule at each event.

A vertical rule marks the moment something happened (a policy, an election, a
launch) so the reader can see what the series did before and after. Unlike shading
it marks a date, not a period, and each rule carries a short label, so no legend is
needed. Events are context: they invite comparison but do not show a cause.

The series is the *number* of unemployed Americans (the BLS count, in millions), and the
chart says so: it is not the unemployment rate, which divides by the labour force, and a
count grows with the population (by 61% from 1967 to 2015), which the note says. The
twin, `p9_event_markers`, draws the same chart in plotnine.

Headline rests on: the monthly count of unemployed people (`economics.unemploy`, thousands,
divided by 1,000), its highest month up to 1990 (12.1 million, December 1982, 23 months
after Reagan took office) and its highest month of all (15.4 million, October 2009, nine
months after Obama took office).

**What the house style changes.** Rules are drawn in the brand's muted text colour at
the reference width and style (``brand.lines.reference``, ``brand.marks.reference_style``)
behind the data, so they read as guides rather than data; the series is the primary
colour at the full data width. Labels are set in the annotation size just right of
their rules, at the top of the plot; where two events are too close for their labels
to sit side by side, the later label drops to a second row, and every label has a halo
in the background colour (``brand.lines.halo``) that parts any rule it crosses.

**How to: label an event at the top, whatever the data.** Use a *blended* transform:
x in data units (the date), y in axes units (0 at the bottom, 1 at the top), so the
label stays at the top edge however the y axis is scaled (dates converted to
matplotlib's numbers with ``matplotlib.dates.date2num``):

```python
ax.axvline(start, color=brand.colours.muted_text, linewidth=brand.lines.reference,
           linestyle=brand.marks.reference_style, zorder=1)
ax.annotate(name, (date2num(start), 1), xycoords=ax.get_xaxis_transform(),
            xytext=(3, -2), textcoords="offset points", ha="left", va="top")
```
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.dates import YearLocator, date2num
from matplotlib.figure import Figure
from matplotlib.patheffects import withStroke
from matplotlib.ticker import FuncFormatter, MultipleLocator
from plotnine.data import economics, presidential

import housestyle

TAGS = ("line", "time series", "event markers", "annotation", "reference line", "matplotlib")

#: Names as printed: the data have two Bushes (the same names as ``p9_event_markers``).
NAMES = {"Bush": ("G.H.W. Bush", "G.W. Bush")}
TOP = 20  # million: the top of the value axis, with room for the labels above the data
#: Two labels closer than this (in years) go on different rows.
MIN_GAP_YEARS = 4.5
#: The drop in points from one row of labels to the next.
ROW_DROP = 14


def presidents() -> pd.DataFrame:
    """Return the presidents who took office within the ``economics`` series, named."""
    first = economics["date"].iloc[0]
    terms = presidential[presidential["start"] >= first].reset_index(drop=True)
    seen: dict[str, int] = {}
    labels = []
    for name in terms["name"]:
        labels.append(NAMES.get(name, (name,) * 2)[seen.get(name, 0)])
        seen[name] = seen.get(name, 0) + 1
    return terms.assign(label=labels)


def label_rows(starts: pd.Series) -> list[int]:
    """Return 0 or 1 for each event: the row of its label, so close labels alternate."""
    rows, previous = [], None
    for start in starts:
        close = previous is not None and (start - previous).days / 365.25 < MIN_GAP_YEARS
        rows.append(1 - rows[-1] if close else 0)
        previous = start
    return rows


TITLE = "The number unemployed peaked early in Reagan's and Obama's first terms"
SUBTITLE = "Unemployed Americans, millions, monthly; dashed lines: the start of each presidency"
NOTE = "A count of people, not the unemployment rate; the US population grew by {growth:.0%}"
SOURCE = (
    "US Bureau of Labor Statistics (Current Population Survey), via FRED; "
    "presidential terms: ggplot2's presidential dataset"
)


@housestyle.style()
def recipe() -> Figure:
    """Draw the number of unemployed Americans with each new president marked."""
    brand = housestyle.current_brand()
    colours = brand.colours
    series = economics.set_index("date")["unemploy"] / 1000  # thousands -> millions
    terms = presidents()
    fig, ax = plt.subplots()
    for (start, label), row in zip(
        terms[["start", "label"]].itertuples(index=False), label_rows(terms["start"]), strict=True
    ):
        ax.axvline(
            start,
            color=colours.muted_text,
            linewidth=brand.lines.reference,
            linestyle=brand.marks.reference_style,
            zorder=1,
        )
        ax.annotate(
            label,
            (date2num(start), 1),
            xycoords=ax.get_xaxis_transform(),
            xytext=(3, -2 - row * ROW_DROP),
            textcoords="offset points",
            ha="left",
            va="top",
            fontsize=brand.type.annotation,
            color=colours.muted_text,
            path_effects=[withStroke(linewidth=brand.lines.halo, foreground=colours.background)],
        )
    ax.plot(series.index, series, color=colours.primary, zorder=2)
    ax.set_xlim(series.index[0], series.index[-1])
    ax.set_ylim(0, TOP)
    ax.yaxis.set_major_locator(MultipleLocator(4))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}" if v < TOP else f"{v:g}m"))
    ax.xaxis.set_major_locator(YearLocator(10))
    early, late = series[:"1990"], series["2000":]
    return housestyle.finalise(
        fig,
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
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
