"""Scatter plot in plotnine with a few labelled points.

A scatter plot shows how two measures vary together across many cases. Label only
the handful of points the story is about; a label on every point is a label on none.

Headline rests on: total sleep against body weight for the 83 mammals of `msleep`: sleep
falls as log body weight rises (correlation -0.57), from the little brown bat's 19.9
hours to the giraffe's 1.9; an association across species, not a rule for each.

**What the house style changes.** Unlabelled points are hollow rings in the brand's
grey (`fill="none"`) at the brand's point size and edge width (`brand.marks.point`,
`brand.lines.edge`), so that overlaps show and the context stays quiet; labelled
points are filled in the primary colour at `brand.marks.point_large`, and their
labels are set in the annotation size next to them. A ring keeps the grey's full 3:1
contrast with the background, where a translucent grey dot falls below it. Both
axes keep light gridlines, since a scatter has two value axes. It is the plotnine twin of
`mpl_scatter_labelled.py`.

**How to: use a log scale and format thousands.** Body weights run from 5 grams to
6.6 tonnes, so use `scale_x_log10()`, with plain numbers and a thousands separator
rather than powers of ten. `theme_ou()` hides axis titles (the subtitle usually says
what is measured); bring one back where the units need saying:

```python
+ scale_x_log10(breaks=[0.01, 0.1, 1, 10, 100, 1000, 10_000],
                labels=lambda xs: [f"{x:,g}" for x in xs])
+ labs(x="Body weight, kg (log scale)")
+ theme(axis_title_x=element_text(size=brand.type.axis_title))
```

**How to: label points.** Label the chosen points from a second, small data frame
that says where each label goes (`ha` can be mapped like any aesthetic). Put labels
on the side with room: plotnine clips text at the panel's edge, so a label that
runs off the panel is cut. Where a label must cross other points, give it a halo
in the background colour, `path_effects=[withStroke(linewidth=brand.lines.halo,
foreground=colours.background)]`, so that the points stop short of the letters.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patheffects import withStroke
from plotnine import (
    aes,
    element_line,
    element_text,
    geom_point,
    geom_text,
    ggplot,
    labs,
    scale_x_log10,
    scale_y_continuous,
    theme,
)
from plotnine.data import msleep

import housestyle
from housestyle import line_size, theme_ou

TAGS = ("scatter", "labelled points", "log scale", "plotnine")

#: Animal -> its label's alignment and offset from the point: across in log10 units
#: (a factor of 10**dx) and up in hours.
LABELS = {
    "Little brown bat": ("left", -0.1, 1.3),
    "Human": ("center", 0.0, -1.6),
    "Giraffe": ("right", -0.12, 0.0),
    "African elephant": ("right", 0.3, 2.6),
    "Domestic cat": ("center", 0.0, 1.3),
    "Thick-tailed opposum": ("left", 0.12, 0.0),
    "Cow": ("right", -0.12, 0.0),
}


BREAKS = [0.01, 0.1, 1, 10, 100, 1000, 10_000]


def labelled() -> pd.DataFrame:
    """Return the animals to label, with where each label goes."""
    picked = msleep[msleep["name"].isin(list(LABELS))]
    where = pd.DataFrame(
        [LABELS[name] for name in picked["name"]], index=picked.index, columns=["ha", "dx", "dy"]
    )
    return picked.assign(
        ha=where["ha"],
        label_x=picked["bodywt"] * 10 ** where["dx"],
        label_y=picked["sleep_total"] + where["dy"],
        # The dataset misspells the opossum; correct the label, not the data.
        label=picked["name"].replace("Thick-tailed opposum", "Thick-tailed opossum"),
    )


def thousands(values: list[float]) -> list[str]:
    """Format numbers plainly with a thousands separator: 0.01, 1, 10,000."""
    return [f"{value:,g}" for value in values]


@housestyle.style()
def recipe() -> Figure:
    """Return the scatter of mammals' hours of sleep against body weight."""
    brand = housestyle.current_brand()
    colours = brand.colours
    named = labelled()
    others = msleep[~msleep.index.isin(named.index)]
    plot = (
        ggplot(msleep, aes("bodywt", "sleep_total"))
        + geom_point(
            data=others,
            colour=colours.grey,
            fill="none",
            size=line_size(brand.marks.point - brand.lines.edge),
            stroke=line_size(brand.lines.edge),
        )
        + geom_point(
            data=named, colour=colours.primary, size=line_size(brand.marks.point_large), stroke=0
        )
        + geom_text(
            aes("label_x", "label_y", label="label", ha="ha"),
            data=named,
            size=brand.type.annotation,
            colour=colours.text,
            path_effects=[withStroke(linewidth=brand.lines.halo, foreground=colours.background)],
        )
        + scale_x_log10(breaks=BREAKS, labels=thousands, limits=(0.003, 15_000), expand=(0, 0))
        + scale_y_continuous(breaks=range(0, 25, 5), limits=(0, 24), expand=(0, 0))
        + labs(x="Body weight, kg (log scale)")
        + theme_ou()
        + theme(
            panel_grid_major_x=element_line(colour=colours.gridline, size=brand.lines.gridline),
            axis_title_x=element_text(
                size=brand.type.axis_title, colour=colours.text, margin={"t": 6}
            ),
        )
    )
    return housestyle.finalise(
        plot,
        title="Small mammals sleep longer",
        subtitle="Total sleep per day (hours) against body weight, 83 mammals",
        source="Savage and West (2007), PNAS, via plotnine's msleep dataset",
        alt=(
            "Scatter plot of daily sleep against body weight on a log scale for 83 "
            "mammals. Sleep falls as weight rises: the little brown bat sleeps about 20 "
            "hours, humans 8, and the giraffe under 2."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
