"""Time series with shaded events.

Shading periods behind a time series (recessions, wars, terms of office) lets the
reader relate the ups and downs of a line to what was happening. The shading
must stay in the background: a pale band the eye notices only when it looks for
it.

Headline rests on: the monthly median duration of unemployment (`economics.uempmed`,
weeks): at most 12.3 weeks before 2008 (May 1983), then 25.2 weeks in June 2010, after
the 2008-09 recession (NBER dates shaded).

**What the house style changes.** Bands are the gridline colour, drawn behind the
gridlines and the data; the line is the primary colour; the events are named once,
with a label on the first band, not with a legend.

**How to: shade periods.** Keep the events in a small table with start and end
dates and draw one ``ax.axvspan`` for each:

```python
for start, end in recessions.itertuples(index=False):
    ax.axvspan(start, end, color=brand.colours.gridline, zorder=0, linewidth=0)
```

The recession dates are in ``cookbook/data/us_recessions.csv``.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.dates import YearLocator
from matplotlib.figure import Figure
from plotnine.data import economics

import housestyle

TAGS = ("line", "time series", "shaded events", "annotation", "matplotlib")
#: The files this recipe reads: `housestyle render` draws it again when one changes.
DATA = ("data/us_recessions.csv",)

RECESSIONS = Path(__file__).parent / "data" / "us_recessions.csv"


@housestyle.style()
def recipe() -> Figure:
    """Draw the median length of unemployment in the US with recessions shaded."""
    brand = housestyle.current_brand()
    recessions = pd.read_csv(RECESSIONS, parse_dates=["peak", "trough"])
    fig, ax = plt.subplots()
    for start, end in recessions.itertuples(index=False):
        ax.axvspan(start, end, color=brand.colours.gridline, linewidth=0, zorder=0)
    first = recessions.iloc[0]
    ax.text(
        first["trough"] + pd.Timedelta(days=120),
        27.5,
        "Recessions shaded",
        ha="left",
        va="top",
        fontsize=brand.type.annotation,
        color=brand.colours.muted_text,
    )
    ax.plot(economics["date"], economics["uempmed"], color=brand.colours.primary)
    ax.set_xlim(economics["date"].iloc[0], economics["date"].iloc[-1])
    ax.set_ylim(0, 28)
    ax.xaxis.set_major_locator(YearLocator(10))
    return housestyle.finalise(
        fig,
        title="Unemployment lasted longest after 2008",
        subtitle="Median duration of unemployment in the US, weeks",
        source="US Bureau of Labor Statistics, via plotnine's economics dataset; "
        "recession dates from the NBER",
        alt="Line chart of the median duration of unemployment in the US from 1967 to "
        "2015, with recessions shaded. It stays between 4 and 12 weeks, rising after "
        "each recession, until the 2008 recession, after which it climbs to 25 weeks "
        "in 2010.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
