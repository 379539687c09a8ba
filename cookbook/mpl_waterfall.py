"""Waterfall: how the parts of a change add up to the total.

A waterfall chart walks from zero to a total change one part at a time: each column
floats, starting where the last one ended, rising for an increase and falling for a
decrease, and the last column, drawn from zero, is the sum. It shows both the size of
each part and how they net out, which a bar chart of the parts alone does not.

Here the total is the fall in US real GDP from its peak in the second quarter of 2008
to the second quarter of 2009, split into what consumption, investment, federal
government and everything else (state and local government, net exports, the
chain-weighting residual) did in the same year.

Headline rests on: real GDP and its parts in `macrodata` (billions of 2005 dollars, annual
rate), 2009 Q2 less 2008 Q2: investment fell by $570bn, more than the $514bn fall of GDP
as a whole; "Everything else" is GDP less consumption, investment and federal government.


**What the house style changes.** Rises and falls take the brand's ``gain`` and
``loss`` colours and the total the neutral ``grey`` (the primary blue sits too close to
the gain colour for colour-blind readers); thin connectors in the muted
text colour carry each running total across to the next column; every column is
labelled with its signed value, with a true minus sign, so the value axis and its
gridlines can go. The zero line is the dark baseline, because the total starts there.

**How to: float the columns.** The bottom of each step is the running total before it,
and its height is the change itself (negative heights draw downwards):

```python
before = np.concatenate([[0], np.cumsum(changes)[:-1]])
ax.bar(x[:-1], changes, bottom=before, color=colours)
ax.bar(x[-1], changes.sum(), color=brand.colours.grey)   # the total, from zero
```
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from statsmodels.datasets import macrodata

import housestyle

TAGS = ("waterfall", "bar", "column", "contributions", "change", "matplotlib")

START, END = (2008, 2), (2009, 2)  # (year, quarter): the peak, and a year later
#: The texts both twins share (``mpl_waterfall`` and ``p9_waterfall``).
TITLE = "Investment fell by more than US output as a whole"
SUBTITLE = (
    "Change in real GDP from its peak in 2008 Q2 to 2009 Q2, by component, "
    "$bn a year at 2005 prices"
)
NOTE = "Everything else: state and local government, net exports and the chain-weighting residual"
SOURCE = "US Bureau of Economic Analysis, via statsmodels' macrodata dataset"
COMPONENTS = {
    "realcons": "Consumer spending",
    "realinv": "Investment",
    "realgovt": "Federal government",
    "rest": "Everything else",
}
#: The share of a slot that a column fills; the connectors cross the rest, so a waterfall
#: leaves wider gaps than other column charts: the chart's choice, not the brand's.
COLUMN = 0.6


def changes() -> pd.Series:
    """Return each component's change in real GDP from ``START`` to ``END``, $bn."""
    data = macrodata.load_pandas().data
    data["rest"] = data["realgdp"] - data[["realcons", "realinv", "realgovt"]].sum(axis=1)
    levels = data.set_index([data["year"].astype(int), data["quarter"].astype(int)])
    change = levels.loc[END, list(COMPONENTS)] - levels.loc[START, list(COMPONENTS)]
    return change.astype(float).rename(COMPONENTS)


def signed(value: float) -> str:
    """Return a whole number with a plus sign or the brand's minus sign."""
    return housestyle.format_number(value, "+,.0f")


@housestyle.style()
def recipe() -> Figure:
    """Draw the fall in US real GDP in the year from its 2008 peak, part by part."""
    brand = housestyle.current_brand()
    colours = brand.colours
    steps = changes()
    total = steps.sum()
    ends = steps.cumsum().to_numpy()
    before = np.concatenate([[0.0], ends[:-1]])
    x = np.arange(len(steps) + 1)
    fills = [colours.gain if v > 0 else colours.loss for v in steps]
    fig, ax = plt.subplots()
    ax.bar(x[:-1], steps, bottom=before, width=COLUMN, color=fills)
    ax.bar(x[-1], total, width=COLUMN, color=colours.text)  # a neutral, in any brand
    for i, level in enumerate(ends):  # connectors from each column to the next
        ax.plot(
            [i + COLUMN / 2, i + 1 - COLUMN / 2],
            [level, level],
            color=colours.muted_text,
            linewidth=brand.lines.reference,
        )
    tops = [*np.maximum(before, ends), max(total, 0)]
    bottoms = [*np.minimum(before, ends), min(total, 0)]
    for i, value in enumerate([*steps, total]):
        up = value > 0
        ax.annotate(
            signed(value),
            (i, tops[i] if up else bottoms[i]),
            xytext=(0, 4 if up else -4),
            textcoords="offset points",
            ha="center",
            va="bottom" if up else "top",
            fontsize=brand.type.annotation,
            fontweight="bold",
            color=colours.text,
        )
    ax.axhline(0, color=colours.axis, linewidth=brand.lines.axis)
    ax.set_xticks(x, [*(name.replace(" ", "\n") for name in steps.index), "Total"])
    ax.set_ylim(-880, 40)
    ax.set_xlim(-0.5, len(x) - 0.5)
    ax.yaxis.set_visible(False)
    ax.grid(False)
    ax.spines["bottom"].set_visible(False)
    worst = steps.idxmin()
    return housestyle.finalise(
        fig,
        title=TITLE,
        subtitle=SUBTITLE,
        note=NOTE,
        source=SOURCE,
        alt=f"Waterfall chart of the change in US real GDP from the second quarter of 2008 "
        f"to the second quarter of 2009. Consumer spending fell by "
        f"{abs(steps['Consumer spending']):,.0f} billion dollars and {worst} by "
        f"{abs(steps[worst]):,.0f}; federal government rose by "
        f"{steps['Federal government']:,.0f} and everything else by "
        f"{steps['Everything else']:,.0f}, for a total fall of {abs(total):,.0f}.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
