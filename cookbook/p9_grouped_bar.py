r"""Grouped bar chart in plotnine: two measurements side by side in each category.

Grouped bars compare a few series within each category: here the city fuel economy
of each class of car in the 1999 and the 2008 model years. Keep to two or three
series; beyond that the groups blur and small multiples read better. It is the
plotnine twin of `mpl_grouped_bar`: the same data, order, labels and texts.

Headline rests on: the mean city mpg of the versions of each class in `mpg`, 1999
against 2008: subcompacts fell from 21.6 to 18.9, the only class to lose more than a
mile a gallon.

**What the house style changes.** The two years take the first two categorical
colours of the brand through `scale_fill_ou()`; the legend sits above the plot without
a frame or title (`theme_ou()` drops legend titles), and light horizontal gridlines
replace a value axis line. Bars start at zero on the dark baseline.

**How to: make a grouped bar chart.** Map the series to `fill` and dodge the bars
side by side with `position="dodge"` (a `position_dodge(width=...)` sets the gap);
the series must be a discrete column, so turn a year into a string or a categorical:

```python
data["year"] = data["year"].astype(str)
+ geom_col(aes("cls", "cty", fill="year"), position=position_dodge(width=0.76),
           width=0.76)
```

**How to: order the categories.** A `pd.Categorical` whose categories are sorted by
the 2008 value gives the order of the groups, as `mpl_grouped_bar` sorts its rows;
break the long names over two lines with `"\n"` ("Midsize" too, which at a print column
runs into "Compact" beside it), so that seven names fit a print column.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from plotnine import (
    aes,
    geom_col,
    ggplot,
    position_dodge,
    scale_y_continuous,
)
from plotnine.data import mpg

import housestyle
from housestyle import scale_fill_ou, theme_ou

TAGS = ("bar", "grouped bar", "column", "legend", "plotnine")

#: Class names as printed; the two longest break over two lines.
CLASS_NAMES = {
    "2seater": "Two-\nseater",
    "midsize": "Mid-\nsize",
    "subcompact": "Sub-\ncompact",
    "suv": "SUV",
}
TITLE = "Subcompacts lost ground on city driving"
SUBTITLE = "Mean city miles per US gallon of the versions tested, by class of car"
SOURCE = "US Environmental Protection Agency, 1999 and 2008 models, via plotnine's mpg dataset"
#: The width of a group of two bars, in category widths (two bars of 0.38, as in mpl).
GROUP = 0.76


def city_mpg() -> pd.DataFrame:
    """Return the mean city mpg of each class and year, classes by their 2008 value."""
    means = mpg.groupby(["class", "year"], as_index=False)["cty"].mean()
    order = means[means["year"] == 2008].sort_values("cty", ascending=False)["class"]
    names = [CLASS_NAMES.get(name, name.title()) for name in order]
    return means.assign(
        cls=pd.Categorical(
            [CLASS_NAMES.get(name, name.title()) for name in means["class"]], categories=names
        ),
        year=means["year"].astype(str),
    )


@housestyle.style()
def recipe() -> Figure:
    """Return mean city fuel economy by class of car, 1999 against 2008."""
    data = city_mpg()
    plot = (
        ggplot(data, aes("cls", "cty", fill="year"))
        + geom_col(position=position_dodge(width=GROUP), width=GROUP)
        + scale_fill_ou()
        + scale_y_continuous(limits=(0, 25), expand=(0, 0))
        + theme_ou()
    )
    value = data.set_index(["class", "year"])["cty"]
    return housestyle.finalise(
        plot,
        title=TITLE,
        subtitle=SUBTITLE,
        source=SOURCE,
        alt="Grouped bar chart of mean city miles per gallon for seven classes of car in "
        "1999 and 2008. Compact and midsize cars improved slightly; subcompacts fell "
        f"from {value[('subcompact', '1999')]:.1f} to {value[('subcompact', '2008')]:.1f}; "
        "pickups and SUVs stayed near 13.",
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
