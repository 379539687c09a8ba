"""Strip plot in plotnine: every car as a dot, by class.

A strip plot draws every observation as a dot along one axis, one strip per group.
Where a bar or a box would hide the data behind one number, the strip shows the
whole spread, the clusters and the outliers, and how many cases each group holds.
Here every model in the fuel-economy tests is a dot at its highway mileage, and a
short bar marks each class's median.

**What the house style changes.** The dots are rings in the brand's primary colour
(`fill="none"`), the size of a scatter point (`brand.marks.point`) with the edge
width (`brand.lines.edge`), so that where dots pile up the rings overlap and stay
visible one by one; the median is a bar in the text colour. The strips lie across
the page, one above another, so that the class names read on one line at any size
(seven names side by side do not fit a print column), with gridlines along the value
axis; the dark baseline goes, since the axis does not start at zero.

**How to: spread tied dots apart.** The mileages are whole numbers, so many cars of a
class share a value and a plain strip would draw them as one dot. `geom_sina()`
spreads the dots of each value sideways, as far as there are dots to spread
(`method="counts"` with `binwidth=1`, one bin per whole number), a beeswarm that
needs no extra package. `scale="width"` lets every strip use the same width;
`coord_flip()` lays the strips across, and a `random_state` keeps the image the same
every time:

```python
+ geom_sina(method="counts", binwidth=1, scale="width", maxwidth=0.8,
            random_state=RANDOM_STATE, colour=colours.primary, fill="none",
            size=line_size(brand.marks.point - brand.lines.edge),
            stroke=line_size(brand.lines.edge))
```

**How to: write the unit on the last label only.** The subtitle says what is
measured; the axis writes the unit once, on its last label, so the numbers stay
short: `labels=lambda v: [*map(str, v[:-1]), f"{v[-1]} mpg"]`.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from plotnine import (
    aes,
    coord_flip,
    element_blank,
    element_line,
    geom_errorbar,
    geom_sina,
    ggplot,
    scale_y_continuous,
    theme,
)
from plotnine.data import mpg

import housestyle
from housestyle import line_size, theme_ou

TAGS = ("strip plot", "beeswarm", "distribution", "plotnine")

#: Class names as they read beside the strips.
CLASS_NAMES = {"2seater": "Two-seater", "suv": "SUV"}
RANDOM_STATE = 2008
#: Half the length of the median bar, as a share of a strip's width.
MEDIAN_HALF = 0.32


def cars() -> pd.DataFrame:
    """Return every car with its class named, classes ordered by median highway mpg."""
    named = mpg.assign(cls=[CLASS_NAMES.get(c, c.title()) for c in mpg["class"]])
    order = named.groupby("cls")["hwy"].median().sort_values(kind="stable").index
    return named.assign(cls=pd.Categorical(named["cls"], categories=list(order)))


def unit_on_last(values: list[float]) -> list[str]:
    """Label whole numbers, with the unit on the last label only."""
    text = [f"{value:g}" for value in values]
    return [*text[:-1], f"{text[-1]} mpg"]


@housestyle.style()
def recipe() -> Figure:
    """Return the highway mileage of every car tested, one strip per class."""
    brand = housestyle.current_brand()
    colours = brand.colours
    data = cars()
    medians = data.groupby("cls", observed=True)["hwy"].median().reset_index()
    plot = (
        ggplot(data, aes("cls", "hwy"))
        + geom_sina(
            colour=colours.primary,
            fill="none",
            maxwidth=0.8,
            method="counts",
            binwidth=1,
            scale="width",
            random_state=RANDOM_STATE,
            size=line_size(brand.marks.point - brand.lines.edge),
            stroke=line_size(brand.lines.edge),
        )
        + geom_errorbar(
            aes(ymin="hwy", ymax="hwy"),
            data=medians,
            width=2 * MEDIAN_HALF,
            colour=colours.text,
            size=line_size(brand.lines.data),
        )
        + scale_y_continuous(breaks=range(10, 50, 10), labels=unit_on_last, limits=(10, 46))
        + coord_flip()
        + theme_ou()
        + theme(
            panel_grid_major_x=element_line(colour=colours.gridline, size=brand.lines.gridline),
            panel_grid_major_y=element_blank(),
            axis_line_x=element_blank(),
        )
    )
    counts = data["cls"].value_counts()
    median = medians.set_index("cls")["hwy"]
    return housestyle.finalise(
        plot,
        title="Most SUVs and pickups fall short of 20 mpg",
        subtitle="Highway fuel economy of each model, by class, with the median",
        source="US Environmental Protection Agency, 1999 and 2008 models, "
        "via plotnine's mpg dataset",
        alt=(
            f"Strip plot of highway miles per gallon for {len(data)} car models in seven "
            "classes, one ring per model, ordered by median from the bottom up. Pickups "
            f"({counts['Pickup']} models, median {median['Pickup']:g}) and SUVs "
            f"({counts['SUV']}, median {median['SUV']:g}) sit lowest, mostly between 12 "
            "and 22; compacts and midsize cars are highest, with medians of "
            f"{median['Compact']:g}. Compacts and subcompacts have a few outliers at 35 "
            "to 44 miles a gallon."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
