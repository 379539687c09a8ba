"""Indexed lines: series in different units compared from a common start of 100.

Population is counted in people, spending in dollars and unemployment in people out
of work: their levels cannot share an axis, but their growth can. Dividing each
series by its value in a base month and multiplying by 100 puts them all at 100 at
the start, so that 150 means "half as large again as in the base month" for every
line.

**What the house style changes.** The lines take the brand's categorical colours and
are labelled at their ends, in their own colours, instead of with a legend. The base
level, 100, is drawn as a reference line in the brand's reference width and style
(``brand.lines.reference``, ``brand.marks.reference_style``) and muted colour, so it
reads as a guide and not as one more series; the subtitle names the base month once.

**How to: index series to 100.** Divide by the first row (or by any base date's row)
and multiply by 100:

```python
indexed = levels / levels.iloc[0] * 100
ax.axhline(100, color=brand.colours.muted_text, linewidth=brand.lines.reference,
           linestyle=brand.marks.reference_style)
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
from plotnine.data import economics

import housestyle

TAGS = ("line", "indexed", "multiple lines", "direct labels", "time series", "matplotlib")

BASE = pd.Timestamp("2000-01-01")
SERIES = {
    "unemploy": "Unemployed people",
    "pce": "Consumer spending",
    "pop": "Population",
}
#: The least gap between two end labels, in index points: a line of text at web size,
#: with room to spare for a print column, where the text is larger against the axes.
LABEL_GAP = 32


def indexed() -> pd.DataFrame:
    """Return the three series from ``BASE`` on, indexed to 100 in ``BASE``."""
    levels = economics.set_index("date").loc[BASE:, list(SERIES)]
    return levels / levels.iloc[0] * 100


@housestyle.style()
def recipe() -> Figure:
    """Draw US unemployment, consumer spending and population, January 2000 = 100."""
    brand = housestyle.current_brand()
    index = indexed()
    colours = housestyle.palette(n=len(SERIES))
    fig, ax = plt.subplots()
    ax.axhline(
        100,
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
    ax.set_ylim(50, 300)
    ax.xaxis.set_major_locator(YearLocator(5))
    ax.spines["bottom"].set_visible(False)  # the axis starts at 50, not zero
    peak = index["unemploy"].idxmax()
    last = index.iloc[-1]
    return housestyle.finalise(
        fig,
        title=f"The number of unemployed nearly tripled by {peak.year}",
        subtitle=f"United States, index: {BASE:%B %Y} = 100; spending in current dollars",
        source="FRED (US BLS, BEA and Census Bureau), via plotnine's economics dataset",
        alt=f"Line chart of three US series indexed to 100 in {BASE:%B %Y}, monthly to "
        f"{index.index[-1]:%B %Y}. Unemployed people rise to {index['unemploy'].max():.0f} "
        f"in {peak:%B %Y} and fall back to {last['unemploy']:.0f}; consumer spending in "
        f"current dollars climbs steadily to {last['pce']:.0f}; population grows slowly "
        f"to {last['pop']:.0f}.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
