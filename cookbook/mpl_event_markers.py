"""Event markers: a time series with a labelled vertical rule at each event.

A vertical rule marks the moment something happened (a policy, an election, a
launch) so the reader can see what the series did before and after. Unlike shading
it marks a date, not a period, and each rule carries a short label, so no legend is
needed. Events are context: they invite comparison but do not show a cause.

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

#: Names as printed: the data spell Johnson "Johson" and have two Bushes.
NAMES = {"Bush": ("G. Bush", "G. W. Bush")}
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


@housestyle.style()
def recipe() -> Figure:
    """Draw US unemployment as a share of the population with each new president marked."""
    brand = housestyle.current_brand()
    colours = brand.colours
    rate = economics.set_index("date").eval("unemploy / pop * 100")
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
    ax.plot(rate.index, rate, color=colours.primary, zorder=2)
    ax.set_xlim(rate.index[0], rate.index[-1])
    ax.set_ylim(0, 7)
    ax.yaxis.set_major_locator(MultipleLocator(2))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:.0f}%"))
    ax.xaxis.set_major_locator(YearLocator(10))
    peaks = [rate[:"1985"].idxmax(), rate["2000":].idxmax()]
    return housestyle.finalise(
        fig,
        title="Unemployment's two highest peaks came early in new presidencies",
        subtitle="Unemployed, share of the US population; dashed lines: new presidents",
        source="US BLS, via plotnine's economics and presidential datasets",
        alt="Line chart of US unemployment as a share of the population from 1967 to 2015, "
        "with a dashed vertical line where each of eight presidents took office, from "
        "Nixon in 1969 to Obama in 2009. The share peaks at "
        f"{rate[peaks[0]]:.1f}% in {peaks[0]:%B %Y}, two years after Reagan took office, "
        f"and at {rate[peaks[1]]:.1f}% in {peaks[1]:%B %Y}, nine months after Obama did.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
