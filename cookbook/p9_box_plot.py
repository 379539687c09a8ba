"""Box plot in plotnine: the spread of each group, in order of its median.

A box plot summarises each group's values in five numbers: the box runs from the
lower to the upper quartile, so it holds the middle half of the cases; the line in
it is the median; the whiskers reach to the furthest values within one and a half
box-lengths; anything beyond is drawn as its own dot. Where a bar of means says
only which maker does best on average, boxes show how much each maker's models
differ: Toyota's run from the Land Cruiser's 15 to the Corolla's 37 miles a gallon.

**What the house style changes.** The boxes are outlined in the brand's primary
colour on the background, at the reference width, so that the median line inside
each box stays visible; the outliers are dots in the same colour. Values run
across the page, so the gridlines are turned to run vertically. Only makers with
at least nine models tested are shown: a box drawn from three values is a guess.

**How to: reorder categories by hand.** `reorder()` sorts by a statistic inside the
aesthetic, but a `pd.Categorical` with `categories=` sets any order you choose,
computed or typed out, keeps it in the data for every layer, and survives
filtering. Here the order is the makers' medians, ties broken by the upper
quartile; after `coord_flip()` the first category is at the bottom:

```python
stats = cars.groupby("maker")["hwy"].agg(median="median", upper=lambda v: v.quantile(0.75))
order = stats.sort_values(["median", "upper"]).index
cars["maker"] = pd.Categorical(cars["maker"], categories=order)
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
    geom_boxplot,
    ggplot,
    scale_y_continuous,
    theme,
)
from plotnine.data import mpg

import housestyle
from housestyle import line_size, theme_ou

TAGS = ("box plot", "distribution", "ranking", "plotnine")

MIN_MODELS = 9
MAKER_NAMES = {"volkswagen": "Volkswagen"}


def cars(min_models: int = MIN_MODELS) -> pd.DataFrame:
    """Return the cars of makers with at least ``min_models``, ordered by median mpg."""
    counts = mpg["manufacturer"].value_counts()
    kept = mpg[mpg["manufacturer"].isin(counts.index[counts >= min_models])]
    kept = kept.assign(maker=kept["manufacturer"].map(lambda m: MAKER_NAMES.get(m, m.title())))
    stats = kept.groupby("maker")["hwy"].agg(
        median="median", upper=lambda values: values.quantile(0.75)
    )
    order = stats.sort_values(["median", "upper"]).index
    return kept.assign(maker=pd.Categorical(kept["maker"], categories=list(order)))


@housestyle.style()
def recipe() -> Figure:
    """Return box plots of highway mpg by maker, in order of the median."""
    brand = housestyle.current_brand()
    colours = brand.colours
    data = cars()
    stats = data.groupby("maker", observed=True)["hwy"].agg(["median", "min", "max", "size"])
    plot = (
        ggplot(data, aes("maker", "hwy"))
        + geom_boxplot(
            colour=colours.primary,
            fill=colours.background,
            size=line_size(brand.lines.reference),
            width=0.6,
            outlier_colour=colours.primary,
            outlier_size=line_size(brand.marks.point),
            outlier_stroke=0,
        )
        + scale_y_continuous(breaks=range(10, 50, 10), limits=(10, 45), expand=(0, 0))
        + coord_flip()
        + theme_ou()
        + theme(
            panel_grid_major_y=element_blank(),
            panel_grid_major_x=element_line(colour=colours.gridline, size=brand.lines.gridline),
            axis_line_x=element_blank(),
        )
    )
    best, worst = stats.index[-1], stats.index[0]
    spread = data.groupby("maker", observed=True)["hwy"].agg(
        lambda values: values.quantile(0.75) - values.quantile(0.25)
    )
    widest = spread.idxmax()
    return housestyle.finalise(
        plot,
        title=f"{best} leads on fuel economy; {widest}'s models vary the most",
        subtitle=f"Highway miles per US gallon, makers with {MIN_MODELS} or more models tested",
        source="US Environmental Protection Agency, 1999 and 2008 models, "
        "via plotnine's mpg dataset",
        alt=(
            f"Box plots of highway miles per gallon for {len(stats)} car makers, ordered by "
            f"median. {best} has the highest median, {stats.loc[best, 'median']:g}, and "
            f"{worst} the lowest, {stats.loc[worst, 'median']:g}. {widest}'s models spread "
            f"widest, from {stats.loc[widest, 'min']} to {stats.loc[widest, 'max']}, the "
            f"middle half over {spread[widest]:g} miles a gallon; "
            f"Volkswagen has outliers up to {stats.loc['Volkswagen', 'max']}."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
