"""Box plot: the spread of a value in each group, in order of the median.

A box plot summarises a distribution in five numbers: the box runs from the lower to
the upper quartile (the middle half of the values), the line across it is the median,
the whiskers reach the furthest values within 1.5 box-lengths of the box, and any
value beyond them is drawn as a point of its own. It compares many groups in little
space, and it points at the outliers worth a sentence.

Headline rests on: the median county poverty rate in each state of `midwest` (1990
census, 437 counties): Michigan 14.3%, the highest, against Indiana's 10.0%, the lowest;
whiskers reach 1.5 box-lengths.

**What the house style changes.** The boxes are filled in the brand's primary colour
with the median drawn across them in the background colour, so the one number most
readers look for stands out in any brand; whiskers are lines of the data width in the
same colour without caps, and outliers are hollow rings of the brand's point size and
edge width. The one outlier worth a sentence is named, with a halo in the background
colour (``brand.lines.halo``) that parts the gridline it crosses.

**How to: order the boxes by their median.** ``ax.boxplot`` draws the groups in the
order it is given them, so compute the order first and pass the groups in it; with
horizontal boxes the first is at the bottom, so sort ascending to put the highest
median on top:

```python
order = counties.groupby("state")["poverty"].median().sort_values().index
groups = [counties.loc[counties["state"] == s, "poverty"] for s in order]
ax.boxplot(groups, orientation="horizontal", tick_labels=names, patch_artist=True)
```

Say what the whiskers mean (here in the docstring and the alt text): there is more
than one convention.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patheffects import withStroke
from matplotlib.ticker import FuncFormatter
from plotnine.data import midwest

import housestyle

TAGS = ("box plot", "distribution", "outliers", "ordered", "matplotlib")

STATES = {"IL": "Illinois", "IN": "Indiana", "MI": "Michigan", "OH": "Ohio", "WI": "Wisconsin"}
#: The share of a row that a box fills: the chart's choice, not the brand's (it depends on
#: how many rows there are and on the outlier names written between them).
BOX = 0.55


def poverty_by_state() -> tuple[list[str], list[pd.Series]]:
    """Return the states in order of their median county poverty rate, and the rates."""
    order = midwest.groupby("state")["percbelowpoverty"].median().sort_values().index
    groups = [midwest.loc[midwest["state"] == s, "percbelowpoverty"] for s in order]
    return [STATES[s] for s in order], groups


@housestyle.style()
def recipe() -> Figure:
    """Draw the 1990 poverty rate of the counties of five Midwestern states as box plots."""
    brand = housestyle.current_brand()
    colours = brand.colours
    names, groups = poverty_by_state()
    fig, ax = plt.subplots()
    line = {"color": colours.primary, "linewidth": brand.lines.data}
    ax.boxplot(
        groups,
        orientation="horizontal",
        tick_labels=names,
        widths=BOX,
        patch_artist=True,
        boxprops={"facecolor": colours.primary, "edgecolor": colours.primary},
        medianprops={"color": colours.background, "linewidth": brand.lines.data},
        whiskerprops=line,
        capprops={"visible": False},
        flierprops={
            "marker": "o",
            "markersize": brand.marks.point,
            "markerfacecolor": "none",
            "markeredgecolor": colours.primary,
            "markeredgewidth": brand.lines.edge,
        },
    )
    extreme = midwest.loc[midwest["percbelowpoverty"].idxmax()]
    row = names.index(STATES[extreme["state"]]) + 1
    ax.annotate(
        f"{extreme['county'].title()} County, {extreme['percbelowpoverty']:.0f}%",
        (extreme["percbelowpoverty"], row),
        xytext=(0, 10),
        textcoords="offset points",
        ha="right",
        va="bottom",
        fontsize=brand.type.annotation,
        color=colours.text,
        path_effects=[withStroke(linewidth=brand.lines.halo, foreground=colours.background)],
    )
    ax.set_xlim(0, 50)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:.0f}%" if v == 50 else f"{v:.0f}"))
    ax.grid(False, axis="y")
    ax.grid(True, axis="x")
    ax.spines["bottom"].set_visible(False)
    ax.axvline(0, color=colours.axis, linewidth=brand.lines.axis)
    medians = {name: group.median() for name, group in zip(names, groups, strict=True)}
    return housestyle.finalise(
        fig,
        title=f"Poverty was highest in {names[-1]}'s typical county",
        subtitle="Share of people below the poverty line in each county, 1990 census",
        source="US Census Bureau, via plotnine's midwest dataset",
        alt=f"Box plots of the poverty rate of the {len(midwest)} counties of five "
        "Midwestern states, in order of their median. Boxes span the middle half of "
        "the counties and whiskers reach 1.5 box-lengths. Medians run from "
        f"{medians[names[0]]:.0f}% in {names[0]} to {medians[names[-1]]:.0f}% in "
        f"{names[-1]}; most counties lie between 5% and 20%. The extreme outlier is "
        f"{extreme['county'].title()} County, {STATES[extreme['state']]}, at "
        f"{extreme['percbelowpoverty']:.0f}%.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
