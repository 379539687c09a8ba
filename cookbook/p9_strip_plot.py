"""Strip plot in plotnine: every car as a dot, by class and drive.

A strip plot draws every observation as a dot along one axis, one strip per group.
Where a bar or a box would hide the data behind one number, the strip shows the
whole spread, the clusters and the outliers, and how many cases each group holds.
Here every version in the fuel-economy tests is a dot at its highway mileage,
coloured by the wheels that are driven: the same chart as `mpl_strip_plot`, with a
beeswarm where matplotlib jitters at random.

Headline rests on: the highway mpg of the 234 versions in `mpg`: front-wheel-drive
versions average 28.2 mpg (median 28), four-wheel-drive 19.2 and rear-wheel-drive 21.0;
81% of the 95 SUV and pickup versions are below 20 mpg.

**What the house style changes.** The dots take the first three colours of the
categorical palette, one per drive type, at the size of a scatter point
(`brand.marks.point`), each outlined in the background colour at the edge width
(`brand.lines.edge`), so that where dots pile up they stay visible one by one; the
legend sits on top in one row. The strips lie across the page, smallest vehicles at
the top, so that the class names read on one line at any size (seven names side by
side do not fit a print column), with gridlines along the value axis; the dark
baseline goes, since the axis does not start at zero.

**How to: spread tied dots apart.** The mileages are whole numbers, so many cars of a
class share a value and a plain strip would draw them as one dot. `geom_sina()`
spreads the dots of each value sideways, as far as there are dots to spread
(`method="counts"` with `binwidth=1`, one bin per whole number), a beeswarm that
needs no extra package. plotnine's sina also jitters the values when they are all whole
numbers; add a billionth (`hwy + 1e-9`, invisible) so that every dot stays at its true
mileage, as a strip plot must. `scale="width"` lets every strip use the same width;
`coord_flip()` lays the strips across, and a `random_state` keeps the image the same
every time:

```python
+ geom_sina(aes(fill="drive"), method="counts", binwidth=1, scale="width",
            maxwidth=0.8, random_state=RANDOM_STATE, colour=colours.background,
            size=line_size(brand.marks.point), stroke=line_size(brand.lines.edge))
```

**How to: write the unit on the last label only.** The subtitle says what is
measured; the axis writes the unit once, on its last label, so the numbers stay
short: `labels=lambda v: [*map(str, v[:-1]), f"{v[-1]} mpg"]`.

**How to: change the axis text by hand.** `labels=` takes a list, or a function of
the breaks that returns one:

```python
+ scale_y_continuous(breaks=range(10, 50, 10), labels=["10", "20", "30", "40 mpg"])
```
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
    geom_sina,
    ggplot,
    guide_legend,
    guides,
    scale_y_continuous,
    theme,
)
from plotnine.data import mpg

import housestyle
from housestyle import line_size, scale_fill_ou, theme_ou

TAGS = ("strip plot", "beeswarm", "distribution", "plotnine")

#: The classes from the smallest vehicle to the largest, as they read beside the strips.
ORDER = {
    "2seater": "Two-seater",
    "subcompact": "Subcompact",
    "compact": "Compact",
    "midsize": "Midsize",
    "minivan": "Minivan",
    "suv": "SUV",
    "pickup": "Pickup",
}
DRIVES = {"f": "Front-wheel", "4": "Four-wheel", "r": "Rear-wheel"}
RANDOM_STATE = 2008
TITLE = "Front-wheel-drive cars go furthest on a gallon"
SUBTITLE = "Highway miles per US gallon of each version tested, by class and drive"
SOURCE = "US Environmental Protection Agency, 1999 and 2008 models, via plotnine's mpg dataset"


def cars() -> pd.DataFrame:
    """Return every version with its class and drive named, largest class first.

    ``coord_flip()`` draws the first category at the bottom, so the order is reversed
    to put the smallest vehicles at the top.
    """
    return mpg.assign(
        cls=pd.Categorical(mpg["class"].map(ORDER), categories=list(ORDER.values())[::-1]),
        drive=pd.Categorical(mpg["drv"].map(DRIVES), categories=list(DRIVES.values())),
    )


def unit_on_last(values: list[float]) -> list[str]:
    """Label whole numbers, with the unit on the last label only."""
    text = [f"{value:g}" for value in values]
    return [*text[:-1], f"{text[-1]} mpg"]


@housestyle.style()
def recipe() -> Figure:
    """Return the highway mileage of every version tested, by class and drive."""
    brand = housestyle.current_brand()
    colours = brand.colours
    data = cars()
    plot = (
        # a billionth off whole numbers: plotnine's sina jitters whole-number values
        ggplot(data.assign(hwy=data["hwy"] + 1e-9), aes("cls", "hwy"))
        + geom_sina(
            aes(fill="drive"),
            colour=colours.background,
            maxwidth=0.8,
            method="counts",
            binwidth=1,
            scale="width",
            random_state=RANDOM_STATE,
            size=line_size(brand.marks.point),
            stroke=line_size(brand.lines.edge),
        )
        + scale_fill_ou()
        + scale_y_continuous(breaks=range(10, 50, 10), labels=unit_on_last, limits=(10, 46))
        + guides(fill=guide_legend(nrow=1))
        + coord_flip()
        + theme_ou()
        + theme(
            panel_grid_major_x=element_line(colour=colours.gridline, size=brand.lines.gridline),
            panel_grid_major_y=element_blank(),
            axis_line_x=element_blank(),
        )
    )
    front = data[data["drv"] == "f"]
    trucks = data[data["class"].isin(["suv", "pickup"])]
    return housestyle.finalise(
        plot,
        title=TITLE,
        subtitle=SUBTITLE,
        source=SOURCE,
        alt=(
            f"Strip plot of highway miles per gallon for {len(data)} car versions in seven "
            "classes from two-seater to pickup, each a dot coloured by drive type. "
            "Front-wheel-drive versions, in the subcompact, compact, midsize and minivan "
            f"classes, reach up to {front['hwy'].max()} and average "
            f"{front['hwy'].mean():.0f}; pickups and SUVs, all four- or rear-wheel drive, "
            f"lie between {trucks['hwy'].min()} and {trucks['hwy'].max()}, most of them "
            "below 20."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
