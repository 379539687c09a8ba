"""Slope chart in plotnine: change between two dates.

A slope chart joins each category's value at two moments with a straight line. Its
slope shows the direction and size of the change, and the labels at both ends give
the values, so it replaces a grouped bar chart with far less clutter.

Headline rests on: the mean highway mpg of the versions of each class in `mpg`, 1999
against 2008: subcompacts fell from 29.0 to 27.1 and lost first place to compacts
(28.7).

**What the house style changes.** Axes, gridlines and the y scale all go: the labels
carry the values. Lines that rose take the brand's primary colour and lines that fell
the highlight colour, through `scale_colour_ou({"rose": "primary", "fell":
"highlight"})`, so the same code follows any brand.

**How to: direct-label both ends.** Write the labels with `geom_text()` from the
first and last points, aligned away from the line (`ha="right"` on the left,
`ha="left"` on the right), and widen the x scale with `expand` so that they fit
inside the plot. Where two values are close, their labels would collide: place each
label at a `label_y` spread a minimum gap apart (`housestyle.spread_labels()`), not
at the value itself:

```python
+ geom_text(aes(y="label_y", label="left_label"), data=start, ha="right", nudge_x=-0.4)
+ scale_x_continuous(breaks=[1999, 2008], expand=(0.42, 0))
```
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure
from plotnine import (
    aes,
    element_blank,
    geom_line,
    geom_point,
    geom_text,
    ggplot,
    scale_x_continuous,
    theme,
)
from plotnine.data import mpg

import housestyle
from housestyle import line_size, scale_colour_ou, theme_ou

TAGS = ("slope", "change", "direct labels", "plotnine")

#: The least distance between two labels, as a share of the data's range.
LABEL_GAP = 0.075
#: The dataset's class codes that do not read as words once capitalised.
CLASS_NAMES = {"2seater": "Two-seater", "suv": "SUV"}


def class_means():
    """Return mean highway mpg by vehicle class and year, with the change's direction."""
    means = mpg.groupby(["class", "year"], as_index=False)["hwy"].mean()
    means["class"] = means["class"].map(lambda code: CLASS_NAMES.get(code, code.capitalize()))
    wide = means.pivot(index="class", columns="year", values="hwy")
    direction = (wide[2008] >= wide[1999]).map({True: "rose", False: "fell"})
    means["direction"] = means["class"].map(direction)
    means["left_label"] = means["class"] + "  " + means["hwy"].map("{:.1f}".format)
    means["right_label"] = means["hwy"].map("{:.1f}".format)
    gap = LABEL_GAP * (means["hwy"].max() - means["hwy"].min())
    means["label_y"] = means.groupby("year")["hwy"].transform(
        lambda values: housestyle.spread_labels(values, gap)
    )
    return means


@housestyle.style()
def recipe() -> Figure:
    """Return the slope chart of highway mileage by class, 1999 to 2008."""
    brand = housestyle.current_brand()
    data = class_means()
    start, end = data[data["year"] == 1999], data[data["year"] == 2008]
    label = {"size": brand.type.annotation, "colour": brand.colours.text}
    plot = (
        ggplot(data, aes("year", "hwy", group="class", colour="direction"))
        + geom_line(size=line_size(brand.lines.data))
        + geom_point(size=line_size(brand.marks.point), stroke=0)
        + geom_text(
            aes(y="label_y", label="left_label"), data=start, ha="right", nudge_x=-0.4, **label
        )
        + geom_text(
            aes(y="label_y", label="right_label"), data=end, ha="left", nudge_x=0.4, **label
        )
        + scale_colour_ou({"rose": "primary", "fell": "highlight"})
        + scale_x_continuous(breaks=[1999, 2008], expand=(0.42, 0))
        + theme_ou()
        + theme(
            legend_position="none",
            axis_text_y=element_blank(),
            axis_line_x=element_blank(),
            panel_grid_major_y=element_blank(),
        )
    )
    return housestyle.finalise(
        plot,
        title="Subcompacts lost their lead in fuel economy",
        subtitle="Mean highway miles per US gallon of the versions tested, by class",
        source="US EPA fuel economy data, via plotnine's mpg dataset",
        alt=(
            "Slope chart of mean highway mileage for seven classes of car in 1999 and "
            "2008. Five rose, midsize most (26.5 to 28.0); subcompacts fell from 29.0 to "
            "27.1 and minivans from 22.5 to 22.2. Pickups stay lowest at about 17."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
