"""Scatter plot in plotnine with a few labelled points.

A scatter plot shows how two measures vary together across many cases. Label only
the handful of points the story is about; a label on every point is a label on none.

**What the house style changes.** `theme_ou()` keeps light gridlines in both
directions here (a scatter has two value axes) and the brand's type; the points take
the brand's primary colour, and the labelled ones the highlight colour, so the
eye goes from a label to its point.

**How to: use a log scale and label points.** Body weights run from 5 grams to 6.6
tonnes, so use `scale_x_log10()` with breaks at powers of ten and a mizani formatter
for thousands. Label the chosen points from a second, smaller data frame, nudged
away from their point, in the brand's text colour and annotation size:

```python
import pandas as pd
+ scale_x_log10(breaks=[0.01, 1, 100, 10_000], labels=label_comma())
+ geom_text(aes(label="name"), data=chosen, nudge_x=0.12, ha="left",
            size=brand.type.annotation, colour=colours.text)
```
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from plotnine import (
    aes,
    element_line,
    geom_point,
    geom_text,
    ggplot,
    scale_x_log10,
    scale_y_continuous,
    theme,
)
from plotnine.data import msleep

import housestyle
from housestyle import theme_ou

TAGS = ("scatter", "labels", "log scale", "plotnine")

#: Log-scale breaks in kilograms, labelled in the units a reader would use.
BREAKS = {0.01: "10 g", 1: "1 kg", 100: "100 kg", 10_000: "10 t"}

#: The animals to label: the label's alignment and its offset from the point, in
#: log10 units across and hours up.
LABELS = {
    "Little brown bat": ("left", 0.02, 1.2),
    "Giant armadillo": ("right", -0.12, 0.0),
    "Domestic cat": ("right", -0.12, 0.0),
    "Human": ("right", -0.12, 0.0),
    "Giraffe": ("left", 0.12, 0.0),
    "African elephant": ("right", 0.0, 1.3),
}


def chosen():
    """Return the labelled animals with where each label goes."""
    picked = msleep[msleep["name"].isin(LABELS)].copy()
    ha, dx, dy = zip(*(LABELS[name] for name in picked["name"]), strict=True)
    return picked.assign(
        ha=ha,
        label_x=picked["bodywt"] * 10 ** pd.Series(dx, index=picked.index),
        label_y=picked["sleep_total"] + pd.Series(dy, index=picked.index),
    )


@housestyle.style()
def recipe(size: str = "web") -> Figure:
    """Return the scatter of mammals' body weight against hours of sleep."""
    brand = housestyle.current_brand()
    colours = brand.colours
    text_size = brand.type.annotation * brand.preset(size).type_scale
    point = brand.lines.data * 1.3
    labelled = chosen()
    plot = (
        ggplot(msleep, aes("bodywt", "sleep_total"))
        + geom_point(colour=colours.primary, alpha=0.6, size=point, stroke=0)
        + geom_point(data=labelled, colour=colours.highlight, size=point, stroke=0)
        + geom_text(
            aes("label_x", "label_y", label="name", ha="ha"),
            data=labelled,
            size=text_size,
            colour=colours.text,
        )
        + scale_x_log10(breaks=list(BREAKS), labels=list(BREAKS.values()))
        + scale_y_continuous(breaks=range(0, 25, 5), limits=(0, 22), expand=(0, 0))
        + theme_ou()
        + theme(panel_grid_major_x=element_line(colour=colours.gridline, size=brand.lines.gridline))
    )
    return housestyle.finalise(
        plot,
        title="Big mammals sleep less than small ones",
        subtitle="Body weight (log scale) against hours of sleep a day, 83 mammals",
        source="Savage and West (2007), PNAS, via plotnine's msleep dataset",
        alt=(
            "Scatter plot of 83 mammals' body weight, from 5 grams to 6.6 tonnes on a "
            "log scale, against total sleep a day. Sleep falls as weight rises: the "
            "little brown bat sleeps 19.9 hours, humans 8 and the giraffe 1.9."
        ),
        size=size,
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
