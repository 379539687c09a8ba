"""Tile-grid map in plotnine: one square per US state, coloured by poverty rate.

A tile-grid map (a cartogram) gives every area the same square, placed roughly where
it is on a real map. Rhode Island and Delaware get as much ink as Texas, which is what
a map of rates needs: on a real map the big, thinly peopled states would dominate the
picture. It needs no boundary file, only a column and a row for each area (here
`cookbook/data/us_state_tiles.csv`, a layout drawn for this cookbook).

Headline rests on: the 2009 poverty rates of `statecrime` (US Census Bureau): of the 10
states at 17% or more, all but New Mexico are in the Census Bureau's South region (with
DC), and Mississippi is highest at 21.9%.


**What the house style changes.** The tiles take the brand's sequential colours in
five classes of two points each, so that a colour stands for a range the reader can
look up in the key. Each tile names its state and its rate in the brand's text or
background colour, whichever reads better on that fill (`housestyle.best_ink(fill)`),
so the labels stay legible in a light brand and a dark one. Axes, ticks and
gridlines go: a map has no scale to read. It is the plotnine twin of
`mpl_tile_map.py`.

**How to: move a legend.** The house style puts every legend on top, in a row. A map
is wider than it is tall and leaves room at its side, so here the key moves to the
right and stands as a column, its top level with the top of the map.
`legend_position` takes `"top"`, `"bottom"`, `"left"`, `"right"` or `"none"`;
`"inside"` with `legend_position_inside=(x, y)`, in fractions of the panel, puts it
in an empty corner of the plot instead. `legend_justification_<side>` says where
along that side it sits:

```python
+ theme(legend_position="right", legend_direction="vertical",
        legend_justification_right="top")
```

**How to: reverse the order of a legend.** A legend lists the categories in the
scale's order, here lowest class first, which puts the lowest rates at the top of a
vertical key. Readers expect more to be higher, so turn the key over with
`guide_legend(reverse=True)`; the data and the colours stay as they are:

```python
+ guides(fill=guide_legend(reverse=True))
```
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from plotnine import (
    aes,
    coord_fixed,
    element_blank,
    geom_text,
    geom_tile,
    ggplot,
    guide_legend,
    guides,
    scale_colour_identity,
    scale_x_continuous,
    scale_y_reverse,
    theme,
)
from statsmodels.datasets import statecrime

import housestyle
from housestyle import scale_fill_ou, theme_ou

TAGS = ("map", "tile map", "cartogram", "choropleth", "legend", "plotnine")
#: The files this recipe reads: `housestyle render` draws it again when one changes.
DATA = ("data/us_state_tiles.csv",)

TILES = Path(__file__).parent / "data" / "us_state_tiles.csv"
#: Class edges of the poverty rate, percent: five classes of two points.
EDGES = (11, 13, 15, 17)
#: The share of a grid square a tile fills; the rest is the gap between tiles.
TILE = 0.92


def class_labels(edges: tuple[int, ...]) -> list[str]:
    """Return the key's label of each class between ``edges``: under, ranges, or more."""
    middle = [f"{low}\u2013{high}" for low, high in zip(edges, edges[1:], strict=False)]
    return [f"Under {edges[0]}", *middle, f"{edges[-1]} or more"]


def class_colours(classes: int) -> list[str]:
    """Return the brand's sequential ramp sampled at the middle of each of ``classes``.

    The middles, not the ends: the ramp's lightest end is close to the background.
    """
    ramp = housestyle.colormap("sequential")
    return [to_hex(ramp((i + 0.5) / classes)) for i in range(classes)]


def poverty_tiles() -> pd.DataFrame:
    """Return each state's tile position, its 2009 poverty rate and its class."""
    rates = statecrime.load_pandas().data["poverty"].rename(index=str.strip)
    tiles = pd.read_csv(TILES).set_index("state").join(rates, how="inner")
    labels = class_labels(EDGES)
    classes = [labels[i] for i in np.digitize(tiles["poverty"], EDGES)]
    return tiles.assign(rate_class=pd.Categorical(classes, categories=labels))


@housestyle.style()
def recipe() -> Figure:
    """Return the 2009 poverty rate of every US state and DC as a tile-grid map."""
    brand = housestyle.current_brand()
    tiles = poverty_tiles()
    fills = dict(zip(class_labels(EDGES), class_colours(len(EDGES) + 1), strict=True))
    tiles = tiles.assign(
        ink=[housestyle.best_ink(fills[c]) for c in tiles["rate_class"]],
    )
    plot = (
        ggplot(tiles, aes("column", "row"))
        + geom_tile(aes(fill="rate_class"), width=TILE, height=TILE)
        + geom_text(aes(label="abbr", colour="ink"), size=brand.type.annotation)
        + scale_fill_ou(fills, breaks=list(fills))
        + scale_colour_identity()
        + guides(fill=guide_legend(reverse=True))
        + scale_x_continuous(expand=(0, 0.05))
        + scale_y_reverse(expand=(0, 0.05))
        + coord_fixed()
        + theme_ou()
        + theme(
            axis_text=element_blank(),
            axis_line_x=element_blank(),
            panel_grid_major_y=element_blank(),
            legend_position="right",
            legend_direction="vertical",
            legend_justification_right="top",
        )
    )
    worst, best = tiles["poverty"].idxmax(), tiles["poverty"].idxmin()
    top = tiles.index[tiles["poverty"] >= EDGES[-1]].drop("District of Columbia")
    lowest = tiles.index[tiles["poverty"] < EDGES[0]]
    return housestyle.finalise(
        plot,
        title="Poverty was highest across the South",
        subtitle="Share of people below the federal poverty line, 2009, %",
        source="US Census Bureau, Statistical Abstract of the United States, via "
        "statsmodels' statecrime dataset; tile layout drawn for this cookbook",
        alt=(
            "Tile-grid map of the United States, one square per state and DC, each "
            "labelled with its postal code and coloured by its 2009 poverty rate in five "
            f"classes. The top class, {EDGES[-1]}% or more, holds {len(top)} "
            "states, all but New Mexico in the Census Bureau's South region, from Texas to "
            "South Carolina, and DC; {worst} is "
            f"highest at {tiles.loc[worst, 'poverty']:.1f}%. In the lowest class, under "
            f"{EDGES[0]}%, are {', '.join(lowest[:-1])} and {lowest[-1]}; {best} is "
            f"lowest at {tiles.loc[best, 'poverty']:.1f}%."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
