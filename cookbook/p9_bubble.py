"""Bubble chart in plotnine: a scatter plot with a third measure as size.

A bubble chart is a scatter plot whose points are sized by a third number, here each
county's population. Size is read roughly, so use it for magnitude ("big", "small"),
and draw big bubbles first so that they do not hide small ones.

**What the house style changes.** Colour stands for the state, from the brand's
categorical palette through `scale_fill_ou()`. The bubbles are opaque, each outlined
by a thin ring in the background colour so that overlaps show as edges: translucent
bubbles are the usual way, but at alpha 0.55 every palette colour falls below the
3:1 contrast a mark needs against the background. The legend sits on top in one
row (`guide_legend(nrow=1)`), its keys enlarged with `override_aes` to the size of
a dot that carries data alone, `brand.marks.point_large` (they would otherwise take
the size of the smallest bubble); the size legend is left out and the subtitle says what size
means. Both axes
keep light gridlines. Bubble area, not radius, is proportional to population
(`scale_size_area()`), so a county twice as big has a bubble twice the area.

**How to: format percentages and label the biggest points.** The shares are given as
percentages (0-100), so format them with a suffix; then name the few biggest
counties with `geom_text()`, with a halo in the background colour
(`path_effects=[withStroke(linewidth=brand.lines.halo, foreground=colours.background)]`)
so that the bubbles behind stop short of the letters:

```python
+ scale_x_continuous(labels=label_percent(scale=1))
+ geom_text(aes(label="name"), data=biggest, size=brand.type.annotation)
```
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patheffects import withStroke
from mizani.labels import label_percent
from plotnine import (
    aes,
    element_line,
    geom_point,
    geom_text,
    ggplot,
    guide_legend,
    guides,
    scale_size_area,
    scale_x_continuous,
    scale_y_continuous,
    theme,
)
from plotnine.data import midwest

import housestyle
from housestyle import line_size, scale_fill_ou, theme_ou

TAGS = ("bubble", "scatter", "size", "plotnine")

STATES = {"IL": "Illinois", "IN": "Indiana", "MI": "Michigan", "OH": "Ohio", "WI": "Wisconsin"}
#: (county, state) -> label and its height above the bubble's centre, in points of %.
#: The diameter of the biggest bubble, Cook County's, in points.
BIGGEST = 28
NAMED = {("COOK", "IL"): ("Cook County (Chicago)", 6.0), ("WAYNE", "MI"): ("Wayne (Detroit)", 3.6)}


def counties() -> pd.DataFrame:
    """Return the midwest counties, biggest first so that small bubbles lie on top."""
    data = midwest.sort_values("poptotal", ascending=False)
    return data.assign(
        key=list(zip(data["county"], data["state"], strict=True)),
        state=pd.Categorical(data["state"].map(STATES), categories=list(STATES.values())),
    )


@housestyle.style()
def recipe() -> Figure:
    """Return the bubble chart of college education against poverty, by county."""
    brand = housestyle.current_brand()
    colours = brand.colours
    data = counties()
    named = data[data["key"].isin(list(NAMED))]
    named = named.assign(
        name=[NAMED[key][0] for key in named["key"]],
        label_y=named["percbelowpoverty"] + [NAMED[key][1] for key in named["key"]],
    )
    plot = (
        ggplot(data, aes("percollege", "percbelowpoverty"))
        + geom_point(
            aes(size="poptotal", fill="state"),
            colour=colours.background,
            stroke=line_size(brand.lines.edge),
        )
        + geom_text(
            aes(y="label_y", label="name"),
            data=named,
            size=brand.type.annotation,
            colour=colours.text,
            path_effects=[withStroke(linewidth=brand.lines.halo, foreground=colours.background)],
        )
        + scale_fill_ou()
        + scale_size_area(max_size=line_size(BIGGEST))
        + scale_x_continuous(labels=label_percent(scale=1), limits=(5, 50), expand=(0, 0))
        + scale_y_continuous(labels=label_percent(scale=1), limits=(0, 50), expand=(0, 0))
        + guides(
            size="none",
            fill=guide_legend(nrow=1, override_aes={"size": line_size(brand.marks.point_large)}),
        )
        + theme_ou()
        + theme(panel_grid_major_x=element_line(colour=colours.gridline, size=brand.lines.gridline))
    )
    return housestyle.finalise(
        plot,
        title="Counties with more graduates have less poverty",
        subtitle="Adults with a college degree against people below the poverty line, "
        "1990; circle area shows population",
        source="US Census 1990, via plotnine's midwest dataset",
        alt=(
            "Bubble chart of 437 Midwest counties: share of adults with a college degree "
            "(5% to 48%) against share of people in poverty (2% to 49%), circles sized by "
            "population and coloured by state. Poverty falls as the graduate share rises. "
            "The biggest circle, Cook County (Chicago), has 28% graduates and 14% poverty."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
