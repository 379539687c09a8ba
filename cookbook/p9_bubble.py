"""Bubble chart in plotnine: a scatter plot with a third measure as size.

A bubble chart is a scatter plot whose points are sized by a third number, here each
county's population. Size is read roughly, so use it for magnitude ("big", "small"),
and draw big bubbles first so that they do not hide small ones.

Headline rests on: the 437 counties of `midwest` (1990 census): the correlation of the
college share with the poverty share is weak (r = -0.28), and the median poverty share
falls from 13.7% in counties with 10-15% graduates to 11.3% at 15-20%, then stays flat
(9.9% to 12.6%) above 20%. So the title claims "a little less, up to a point", no more,
and the note gives the numbers.

**What the house style changes.** Every bubble takes the brand's primary colour: the
state told the reader nothing the title is about, so colouring by it only decorated
(and a legend of five colours cost the eye a trip for nothing). The bubbles are
opaque, each outlined by a thin ring in the background colour so that overlaps show
as edges: translucent bubbles are the usual way, but at alpha 0.55 a colour falls
below the 3:1 contrast a mark needs against the background. The size legend is left
out (`guides(size="none")`) and the subtitle says what size means. Both axes
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

**How to: change the legend symbols.** `override_aes` in `guide_legend()` changes how
the keys are drawn without touching the plot, for example to enlarge keys that would
take the size of the smallest bubble:

```python
+ guides(fill=guide_legend(override_aes={"size": line_size(brand.marks.point_large)}))
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
    guides,
    scale_size_area,
    scale_x_continuous,
    scale_y_continuous,
    theme,
)
from plotnine.data import midwest

import housestyle
from housestyle import line_size, theme_ou

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
    corr = data["percollege"].corr(data["percbelowpoverty"])
    bands = pd.cut(data["percollege"], [10, 15, 20])
    medians = data.groupby(bands, observed=True)["percbelowpoverty"].median().to_list()
    plot = (
        ggplot(data, aes("percollege", "percbelowpoverty"))
        + geom_point(
            aes(size="poptotal"),
            fill=colours.primary,
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
        + scale_size_area(max_size=line_size(BIGGEST))
        + scale_x_continuous(labels=label_percent(scale=1), limits=(5, 50), expand=(0, 0))
        + scale_y_continuous(labels=label_percent(scale=1), limits=(0, 50), expand=(0, 0))
        + guides(size="none")
        + theme_ou()
        + theme(panel_grid_major_x=element_line(colour=colours.gridline, size=brand.lines.gridline))
    )
    return housestyle.finalise(
        plot,
        title="Counties with more graduates have a little less poverty, up to a point",
        subtitle="Adults with a college degree against people below the poverty line, "
        "437 Midwest counties, 1990; circle area shows population",
        note=(
            f"A weak link (correlation {corr:.2f}). Median poverty: {medians[0]:.1f}% where "
            f"10-15% of adults are graduates, {medians[1]:.1f}% at 15-20%, and no lower above"
        ),
        source="US Census 1990, via plotnine's midwest dataset",
        alt=(
            "Bubble chart of 437 Midwest counties: share of adults with a college degree "
            "(5% to 48%) against share of people in poverty (2% to 49%), circles sized by "
            "population. Poverty falls a little as the graduate share rises to about 20%, "
            "then no further, and varies widely at every level. "
            "The biggest circle, Cook County (Chicago), has 28% graduates and 14% poverty."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
