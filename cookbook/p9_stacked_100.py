"""100% stacked bar chart in plotnine: shares of a whole.

A 100% stacked bar shows how each category splits into parts, with every bar the
same length. The first part, which starts at zero, is the easiest to compare, so
put the one that matters most there and sort the bars by it.

Headline rests on: the share of each drive type among the versions of each class in `mpg`
(234 versions of 38 models; a version is a model with one engine, gearbox and year):
front-wheel drive in 93% of midsize versions, 74% of compacts and all 11 minivan
versions (all one model, the Dodge Caravan).


**What the house style changes.** The parts take the brand's categorical palette in
the order given, the legend sits on top without a title, and each share is written
inside its segment in whichever of the brand's text or background colours reads
better on that fill (`housestyle.best_ink(fill)`). It is the plotnine twin of
`mpl_stacked_100.py`.

**How to: format percentages and label segments.** `position_fill()` scales each bar
to 1; a mizani formatter writes the axis as percentages, and the labels take the same
position with `vjust=0.5` so that they land in the middle of their segment. Skip the
labels of segments too thin to hold one. Give the text layer `group="drive"`: its
`colour` is discrete too, and would otherwise change the stacking order:

```python
+ geom_col(position=position_fill(reverse=True))
+ geom_text(aes(label="label", colour="ink", group="drive"),
            position=position_fill(vjust=0.5, reverse=True))
+ scale_y_continuous(labels=label_percent())
```
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from mizani.labels import label_percent
from plotnine import (
    aes,
    coord_flip,
    element_blank,
    geom_col,
    geom_text,
    ggplot,
    position_fill,
    scale_colour_identity,
    scale_x_discrete,
    scale_y_continuous,
    theme,
)
from plotnine.data import mpg

import housestyle
from housestyle import scale_fill_ou, theme_ou

TAGS = ("bar", "stacked bar", "100% stacked", "part of whole", "percent axis", "plotnine")

DRIVES = {"f": "Front-wheel", "4": "Four-wheel", "r": "Rear-wheel"}
CLASS_NAMES = {"2seater": "Two-seater", "suv": "SUV"}
SMALLEST_LABELLED = 0.12


def drive_shares() -> tuple[pd.DataFrame, list[str]]:
    """Return each class's share of versions by drive, long form, and the classes' order."""
    shares = mpg.groupby("class")["drv"].value_counts(normalize=True).unstack(fill_value=0)
    shares = shares[list(DRIVES)].sort_values(["f", "4"], ascending=True)
    shares.index = [CLASS_NAMES.get(name, name.title()) for name in shares.index]
    long = shares.rename(columns=DRIVES).rename_axis("cls").reset_index()
    long = long.melt(id_vars="cls", var_name="drive", value_name="share")
    long = long.assign(drive=pd.Categorical(long["drive"], categories=list(DRIVES.values())))
    return long, list(shares.index)


@housestyle.style()
def recipe() -> Figure:
    """Return the share of each drive type within each class of car."""
    brand = housestyle.current_brand()
    data, order = drive_shares()
    fills = dict(zip(DRIVES.values(), housestyle.palette(n=len(DRIVES)), strict=True))
    data = data.assign(
        label=[f"{v:.0%}" if v >= SMALLEST_LABELLED else "" for v in data["share"]],
        ink=[housestyle.best_ink(fills[drive]) for drive in data["drive"]],
    )
    plot = (
        ggplot(data, aes("cls", "share", fill="drive"))
        + geom_col(position=position_fill(reverse=True), width=0.7)
        + geom_text(
            aes(label="label", colour="ink", group="drive"),
            position=position_fill(vjust=0.5, reverse=True),
            size=brand.type.annotation,
        )
        + scale_fill_ou(fills, breaks=list(DRIVES.values()))
        + scale_colour_identity()
        + scale_x_discrete(limits=order, expand=(0, 0.4))
        + scale_y_continuous(
            breaks=[0, 0.2, 0.4, 0.6, 0.8, 1], labels=label_percent(), expand=(0, 0)
        )
        + coord_flip()
        + theme_ou()
        + theme(panel_grid_major_y=element_blank(), axis_line_x=element_blank())
    )
    return housestyle.finalise(
        plot,
        title="Front-wheel drive rules the family car",
        subtitle="Share of the versions tested in each class, by drive type",
        note="Versions: 234 combinations of model, engine, gearbox and year, of 38 models",
        source="US Environmental Protection Agency, via plotnine's mpg dataset",
        alt=(
            "100% stacked horizontal bars showing drive type by class of car. Minivans "
            "are all front-wheel drive and midsize cars 93%; pickups are all four-wheel "
            "drive, SUVs 82%; two-seaters are all rear-wheel drive."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
