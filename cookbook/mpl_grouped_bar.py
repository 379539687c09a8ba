r"""Grouped bar chart: two measurements side by side in each category.

Grouped bars compare a few series within each category: here the city fuel economy
of each class of car in the 1999 and the 2008 model years. Keep to two or three
series; beyond that the groups blur and small multiples read better.

Headline rests on: the mean city mpg of the versions of each class in `mpg`, 1999
against 2008: subcompacts fell from 21.6 to 18.9, the only class to lose more than a
mile a gallon.

**What the house style changes.** The two years take the first two categorical
colours of the brand, the legend sits above the plot without a frame or title (the
house style moves a default legend there), and light horizontal gridlines replace a
value axis line.

**How to: place grouped bars.** Draw each series with an offset of a bar width from
the category's position, and put the tick at the middle of the group:

```python
x = np.arange(len(categories))
for i, year in enumerate(years):
    ax.bar(x + (i - (len(years) - 1) / 2) * width, values[year], width, label=year)
ax.set_xticks(x, categories)
```

Order the categories by something meaningful (here the 2008 value), not
alphabetically.

**How to: break labels over lines.** Seven category names must fit under their groups
at every size, a print column included, where the text is larger against the plot.
Write ``"\n"`` into the long names (``"Sub-\ncompact"``, ``"Two-\nseater"``, and "Mid-\nsize",
which at a print column runs into "Compact" beside it) rather
than shrinking the type or turning the labels on their side; matplotlib centres each
line under its tick.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure
from plotnine.data import mpg

import housestyle

TAGS = ("bar", "grouped bar", "column", "legend", "matplotlib")

#: Class names as printed; the two longest break over two lines (see the docstring).
CLASS_NAMES = {
    "2seater": "Two-\nseater",
    "midsize": "Mid-\nsize",
    "subcompact": "Sub-\ncompact",
    "suv": "SUV",
}
TITLE = "Subcompacts lost ground on city driving"
SUBTITLE = "Mean city miles per US gallon of the versions tested, by class of car"
SOURCE = "US Environmental Protection Agency, 1999 and 2008 models, via plotnine's mpg dataset"


@housestyle.style()
def recipe() -> Figure:
    """Draw mean city fuel economy by class of car, 1999 against 2008."""
    data = mpg.groupby(["class", "year"])["cty"].mean().unstack("year")
    data = data.sort_values(2008, ascending=False)  # the same order as p9_grouped_bar
    names = [CLASS_NAMES.get(name, name.title()) for name in data.index]
    colours = housestyle.palette(n=2)
    width = 0.38
    x = np.arange(len(data))
    fig, ax = plt.subplots()
    for i, (year, colour) in enumerate(zip(data.columns, colours, strict=True)):
        offset = (i - (len(data.columns) - 1) / 2) * width
        ax.bar(x + offset, data[year], width, color=colour, label=str(year))
    ax.set_xticks(x, names)
    ax.set_ylim(0, 25)
    ax.legend()
    return housestyle.finalise(
        fig,
        title=TITLE,
        subtitle=SUBTITLE,
        source=SOURCE,
        alt="Grouped bar chart of mean city miles per gallon for seven classes of car in "
        "1999 and 2008. Compact and midsize cars improved slightly; subcompacts fell "
        "from 21.6 to 18.9; pickups and SUVs stayed near 13.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
