"""Indexed lines: series in different units compared from a common start of 100.

Population is counted in people, spending in dollars and unemployment in people out
of work: their levels cannot share an axis, but their growth can. Dividing each
series by its value in a base month and multiplying by 100 puts them all at 100 in
that month, so that 150 means "half as large again as in the base month" for every
line.

The base here is December 2007, the peak of the business cycle before the 2008-09
recession (NBER's date), so the chart answers "how far did each series move from the
eve of the recession?". A base at a low point (January 2000, near the bottom of the
unemployment cycle) would make the same rise look far larger: 2.7 times against 2.0.
`p9_indexed_lines` is the same chart in plotnine.

Headline rests on: the monthly count of unemployed people (`economics.unemploy`) divided
by its December 2007 value (7.645 million): 2.01 times in October 2009 (15.352 million),
22 months later.

**What the house style changes.** The lines take the brand's categorical colours and
are labelled at their ends, in their own colours, instead of with a legend. The base
level, 100, is drawn as a reference line in the brand's reference width and style
(``brand.lines.reference``, ``brand.marks.reference_style``) and muted colour, only
as far as the data go, so it reads as a guide and not as one more series and stays
clear of the end labels; the subtitle names the base month once.

**How to: index series to 100.** Divide by the base month's row and multiply by 100:

```python
indexed = levels / levels.loc["2007-12-01"] * 100
ax.plot([first, last], [100, 100], color=brand.colours.muted_text,
        linewidth=brand.lines.reference, linestyle=brand.marks.reference_style)
```

Choose the base date with care: it is where every line is made equal, and a base in
an odd month (a peak, a trough) makes every later change look larger or smaller.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.dates import YearLocator
from matplotlib.figure import Figure
from matplotlib.ticker import MultipleLocator
from plotnine.data import economics

import housestyle

TAGS = ("line", "indexed", "multiple lines", "direct labels", "time series", "matplotlib")

BASE = pd.Timestamp("2007-12-01")
START = pd.Timestamp("2005-01-01")
SERIES = {
    "unemploy": "Unemployed people",
    "pce": "Consumer spending",
    "pop": "Population",
}
#: The least gap between two end labels, in index points: a line of text at web size,
#: with room to spare for a print column, where the text is larger against the axes.
LABEL_GAP = 16
TITLE = "The number of unemployed doubled in the 22 months after December 2007"
SUBTITLE = "US, monthly, index: December 2007 = 100; spending in current dollars"
NOTE = "December 2007: the peak of the business cycle before the 2008-09 recession (NBER)"
SOURCE = (
    "US Bureau of Labor Statistics (unemployed), Bureau of Economic Analysis (spending), "
    "Census Bureau (population), via FRED and ggplot2's economics dataset"
)


def indexed() -> pd.DataFrame:
    """Return the three series from ``START`` on, indexed to 100 in ``BASE``."""
    levels = economics.set_index("date")[list(SERIES)]
    return levels.loc[START:] / levels.loc[BASE] * 100


@housestyle.style()
def recipe() -> Figure:
    """Draw US unemployment, consumer spending and population, December 2007 = 100."""
    brand = housestyle.current_brand()
    index = indexed()
    colours = housestyle.palette(n=len(SERIES))
    fig, ax = plt.subplots()
    ax.plot(
        [index.index[0], index.index[-1]],
        [100, 100],
        color=brand.colours.muted_text,
        linewidth=brand.lines.reference,
        linestyle=brand.marks.reference_style,
    )
    ends = housestyle.spread_labels(index.iloc[-1], gap=LABEL_GAP)
    for (code, label), colour, y in zip(SERIES.items(), colours, ends, strict=True):
        ax.plot(index.index, index[code], color=colour)
        ax.annotate(
            label,
            (index.index[-1], y),
            xytext=(6, 0),
            textcoords="offset points",
            va="center",
            fontsize=brand.type.annotation,
            fontweight="bold",
            color=colour,
            annotation_clip=False,
        )
    ax.set_xlim(index.index[0], index.index[-1])
    ax.set_ylim(75, 215)
    ax.yaxis.set_major_locator(MultipleLocator(25))
    ax.xaxis.set_major_locator(YearLocator(2))
    ax.spines["bottom"].set_visible(False)  # the axis starts at 75, not zero
    peak = index["unemploy"].idxmax()
    last = index.iloc[-1]
    return housestyle.finalise(
        fig,
        title=TITLE,
        subtitle=SUBTITLE,
        note=NOTE,
        source=SOURCE,
        alt=f"Line chart of three US series indexed to 100 in {BASE:%B %Y}, monthly from "
        f"{START:%B %Y} to "
        f"{index.index[-1]:%B %Y}. Unemployed people rise to {index['unemploy'].max():.0f} "
        f"in {peak:%B %Y} and fall back to {last['unemploy']:.0f}; consumer spending in "
        f"current dollars climbs steadily to {last['pce']:.0f}; population grows slowly "
        f"to {last['pop']:.0f}.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
