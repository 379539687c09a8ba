"""Tile-grid map: one square per US state, coloured by its poverty rate.

A tile-grid map (a cartogram) gives every area the same square, placed roughly where
it is on a real map. Small, dense states such as Rhode Island or Delaware get as much
ink as Texas, which is what a map of rates needs: on a real map the big empty states
would dominate the picture. It needs no boundary file, only a column and a row for
each area (here ``cookbook/data/us_state_tiles.csv``, a layout drawn for this
cookbook).

Headline rests on: the 2009 poverty rates of `statecrime` (US Census Bureau): of the 10
states at 17% or more, all but New Mexico are in the Census Bureau's South region (with
DC), and Mississippi is highest at 21.9%.


**What the house style changes.** The tiles take the brand's sequential ramp in
five classes of two points each, so that a colour means a range the reader can look up;
each class takes the ramp's colour at its middle (``housestyle.colormap("sequential")``
sampled at 0.1, 0.3 ... 0.9), because the very end of the ramp is too close to the
background for a tile to show. Each tile is labelled with its postal code in the
brand's text or background colour, whichever reads better on the fill
(``housestyle.best_ink(fill)``), so the labels stay legible in a light and a dark
brand. The axes, ticks and gridlines are switched off:
a map has no scale to read.

**How to: move a legend.** ``loc`` names the point of the legend box and
``bbox_to_anchor`` the point of the axes it is pinned to, in axes fractions (or in
data units with ``bbox_transform=ax.transData``). Here the key stands to the right
of the map, where the equal-sized tiles leave room, its middle at the middle of the
axes' right edge, and lists the classes from the highest down (reversed lists of
handles and labels), as the twin `p9_tile_map` does:

```python
ax.legend(handles, labels, loc="center left", bbox_to_anchor=(1.0, 0.5),
          handlelength=1.0, handleheight=1.0, handletextpad=0.4, labelspacing=0.5)
```

A legend given an explicit ``loc`` stays where you put it: ``housestyle.finalise``
moves to the top only the legends that matplotlib placed itself, and the layout
makes room for one outside the axes.

**How to: set legend spacing.** Three keyword arguments space a legend out:
``handletextpad`` (between a key and its text), ``columnspacing`` (between entries
in a row) and ``labelspacing`` (between rows), all in multiples of the font size.
``handlelength`` and ``handleheight`` shape the key; equal values make it square,
like the tiles.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle
from statsmodels.datasets import statecrime

import housestyle

TAGS = ("map", "tile map", "cartogram", "choropleth", "legend", "matplotlib")
#: The files this recipe reads: `housestyle render` draws it again when one changes.
DATA = ("data/us_state_tiles.csv",)

TILES = Path(__file__).parent / "data" / "us_state_tiles.csv"
#: Class edges of the poverty rate, percent: five classes of two points.
EDGES = (11, 13, 15, 17)
#: The share of a grid square a tile fills; the rest is the gap between tiles.
TILE = 0.9


def poverty_tiles() -> pd.DataFrame:
    """Return each state's tile position and its 2009 poverty rate, percent."""
    rates = statecrime.load_pandas().data["poverty"].rename(index=str.strip)
    tiles = pd.read_csv(TILES).set_index("state")
    return tiles.join(rates, how="inner")


def class_labels(edges: tuple[int, ...]) -> list[str]:
    """Return the legend label of each class between ``edges``: under, ranges, or more."""
    middle = [f"{low}\u2013{high}" for low, high in zip(edges, edges[1:], strict=False)]
    return [f"Under {edges[0]}", *middle, f"{edges[-1]} or more"]


def class_colours(classes: int) -> list[str]:
    """Return the brand's sequential ramp sampled at the middle of each of ``classes``.

    The middles, not the ends: the ramp's lightest end is close to the background.
    """
    ramp = housestyle.colormap("sequential")
    return [to_hex(ramp((i + 0.5) / classes)) for i in range(classes)]


@housestyle.style()
def recipe() -> Figure:
    """Draw the 2009 poverty rate of every US state and DC as a tile-grid map."""
    brand = housestyle.current_brand()
    states = poverty_tiles()
    colours = class_colours(len(EDGES) + 1)
    states["fill"] = [colours[i] for i in np.digitize(states["poverty"], EDGES)]
    fig, ax = plt.subplots()
    for abbr, column, row, fill in states[["abbr", "column", "row", "fill"]].itertuples(
        index=False
    ):
        corner = (column - TILE / 2, row - TILE / 2)
        ax.add_patch(Rectangle(corner, TILE, TILE, facecolor=fill, linewidth=0))
        ax.text(
            column,
            row,
            abbr,
            ha="center",
            va="center",
            fontsize=brand.type.annotation,
            color=housestyle.best_ink(fill),
        )
    ax.set_xlim(-0.5, states["column"].max() + 0.5)
    ax.set_ylim(states["row"].max() + 0.5, -0.5)  # row 0 at the top
    ax.set_aspect("equal")
    ax.axis("off")
    # highest class first, as in p9_tile_map: the key reads from the darkest tiles down
    handles = [Patch(facecolor=c, linewidth=0) for c in colours][::-1]
    ax.legend(
        handles,
        class_labels(EDGES)[::-1],
        loc="center left",
        bbox_to_anchor=(1.0, 0.5),
        frameon=False,
        fontsize=brand.type.legend,
        handlelength=1.0,
        handleheight=1.0,
        handletextpad=0.4,
        labelspacing=0.5,
    )
    worst, best = states["poverty"].idxmax(), states["poverty"].idxmin()
    lowest = states.index[states["poverty"] < EDGES[0]]
    top = states.index[states["poverty"] >= EDGES[-1]].drop("District of Columbia")
    return housestyle.finalise(
        fig,
        title="Poverty was highest across the South",
        subtitle="Share of people below the federal poverty line, 2009, %",
        source="US Census Bureau, Statistical Abstract of the United States, via "
        "statsmodels' statecrime dataset; tile layout drawn for this cookbook",
        alt="Tile-grid map of the United States, one square per state and DC, coloured "
        f"by the 2009 poverty rate in five classes. The top class, {EDGES[-1]}% or more, "
        f"holds {len(top)} states, all but New Mexico in the Census Bureau's South region, "
        f"from Texas to South Carolina, and DC; {worst} is highest at "
        f"{states.loc[worst, 'poverty']:.1f}%. "
        f"In the lowest class, under {EDGES[0]}%, are {', '.join(lowest[:-1])} and "
        f"{lowest[-1]}; {best} is lowest at {states.loc[best, 'poverty']:.1f}%.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
