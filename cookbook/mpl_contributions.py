"""Contributions to growth: stacked columns above and below zero, with the total.

A contributions chart splits a total change into the parts that made it: each column
is a year's growth, built from what each component added (above zero) or took away
(below zero), with the total drawn on top as a dot. It answers "what drove it?",
which a line of the total alone cannot.

The contributions here are worked out in the recipe from the levels: component *c*
contributed ``(c[t] - c[t-1]) / GDP[t-1]`` to growth in year *t*, so the parts add up
to the total. The data count only federal spending as "government"; state and local
government, net exports and the chain-weighting residual are "everything else", and
the note on the chart says both. `p9_contributions` is the same chart in plotnine.

Headline rests on: yearly means of the quarterly levels in `macrodata`; a part's
contribution is its change on the year before divided by the year before's GDP, so the
parts add up to growth. Consumption is the largest part every year from 1999 to 2007
(1.8 to 3.7 points) and takes 0.2 points away in 2008, when GDP grew 0.4%.


**What the house style changes.** The components take the brand's categorical
colours in order, and positive and negative parts stack away from a dark zero
baseline (pandas and matplotlib stack each sign separately). The total is a line with
dots in the brand's text colour, so it reads against every fill and is not taken for
one more component; it is labelled where it starts, so the legend holds only the parts.

**How to: remove a legend title.** pandas titles the legend with the name of the
columns' index (here "component"). Drop it with ``ax.legend(title=None)`` or, for a
legend that exists, ``ax.get_legend().set_title(None)``; the subtitle already says
what the colours are.

**How to: reverse the legend order.** Stacked series are drawn from the bottom up,
but a legend lists them first to last, so it reads upside down against the stack: the
top layer comes last. Take the handles and labels and reverse them, so the legend
starts with the top layer:

```python
handles, labels = ax.get_legend_handles_labels()
ax.legend(handles[::-1], labels[::-1], title=None)
```

Left where matplotlib puts it, the legend is moved above the plot by
``housestyle.finalise``, in as many columns as fit the size (a web chart, a print
column), keeping this order.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patheffects import withStroke
from statsmodels.datasets import macrodata

import housestyle

TAGS = ("column", "stacked column", "contributions", "negative values", "legend", "matplotlib")

FIRST, LAST = 1999, 2008  # whole years: the data stop in the third quarter of 2009
#: The texts both twins share (``mpl_contributions`` and ``p9_contributions``).
TITLE = "Consumer spending drove US growth until it fell in 2008"
SUBTITLE = "Contributions to yearly real GDP growth, percentage points, 1999-2008"
NOTE = (
    "Federal government: federal spending only. Everything else: state and local "
    "government, net exports and the chain-weighting residual"
)
SOURCE = (
    "US Bureau of Economic Analysis, via statsmodels' macrodata dataset; "
    "contributions worked out in this recipe"
)

COMPONENTS = {
    "realcons": "Consumption",
    "realinv": "Investment",
    "realgovt": "Federal government",
    "rest": "Everything else",
}


def contributions() -> pd.DataFrame:
    """Return each component's contribution to yearly real GDP growth, percentage points.

    Yearly levels are the mean of the four quarters; ``rest`` is GDP less the three
    named components. The ``GDP`` column is the growth of the total, percent.
    """
    data = macrodata.load_pandas().data
    yearly = data.groupby(data["year"].astype(int))[["realgdp", "realcons", "realinv", "realgovt"]]
    levels = yearly.mean().loc[FIRST - 1 : LAST]
    levels["rest"] = levels["realgdp"] - levels[["realcons", "realinv", "realgovt"]].sum(axis=1)
    parts = levels[list(COMPONENTS)].diff().div(levels["realgdp"].shift(), axis=0) * 100
    parts = parts.rename(columns=COMPONENTS).rename_axis(columns="component")
    parts["GDP"] = levels["realgdp"].pct_change() * 100
    return parts.loc[FIRST:]


@housestyle.style()
def recipe() -> Figure:
    """Draw what each component added to US real GDP growth each year, 1999-2008."""
    brand = housestyle.current_brand()
    parts = contributions()
    fig, ax = plt.subplots()
    parts[list(COMPONENTS.values())].plot.bar(
        stacked=True, ax=ax, width=0.7, color=housestyle.palette(n=len(COMPONENTS)), rot=0
    )
    ax.plot(
        range(len(parts)),
        parts["GDP"],
        marker="o",
        markersize=brand.marks.point,
        color=brand.colours.text,
        label="_total",  # labelled on the chart, not in the legend
    )
    ax.annotate(
        "GDP growth",
        (0, parts["GDP"].iloc[0]),
        xytext=(-10, 8),
        textcoords="offset points",
        ha="left",
        va="bottom",
        fontsize=brand.type.annotation,
        fontweight="bold",
        color=brand.colours.text,
        # a halo in the background colour: at some sizes the label meets a column
        path_effects=[withStroke(linewidth=brand.lines.halo, foreground=brand.colours.background)],
    )
    handles, labels = ax.get_legend_handles_labels()
    ax.legend(handles[::-1], labels[::-1], title=None)  # finalise moves it on top
    ax.axhline(0, color=brand.colours.axis, linewidth=brand.lines.axis)
    ax.spines["bottom"].set_visible(False)
    ax.set_xlabel(None)
    ax.set_xticks(range(len(parts)), [str(y) for y in parts.index])
    ax.set_ylim(-2.5, 6.5)
    ax.set_yticks(range(-2, 7, 2))
    worst = parts.loc[LAST]
    before = parts.loc[: LAST - 1, "Consumption"]
    falls = parts.index[parts["Investment"] < 0]
    return housestyle.finalise(
        fig,
        title=TITLE,
        subtitle=SUBTITLE,
        note=NOTE,
        source=SOURCE,
        alt=f"Stacked column chart of the contributions of consumption, investment, "
        f"federal government and everything else to US real GDP growth each year from "
        f"{FIRST} to {LAST}, with a line for total growth. Consumption adds "
        f"{before.min():.1f} to {before.max():.1f} points a year until {LAST}, when it "
        f"takes away {abs(worst['Consumption']):.1f}; investment takes growth away in "
        f"{', '.join(map(str, falls[:-1]))} and {falls[-1]}. Growth peaks at "
        f"{parts['GDP'].max():.1f}% in {parts['GDP'].idxmax()} and is "
        f"{worst['GDP']:.1f}% in {LAST}.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
