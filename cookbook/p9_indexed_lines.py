"""Indexed lines in plotnine: series in different units from one base month.

Consumer spending is counted in dollars, the population and the unemployed in people,
and their sizes differ a thousandfold, so their lines cannot share an axis as they
are. Divide each series by its value in a base month and multiply by 100: every
line then passes through 100 in that month, and 150 means "half as much again as in
the base month", whatever the unit. The chart compares growth, not size.

The base is December 2007, the peak of the business cycle before the 2008-09 recession
(NBER's date): the chart asks how far each series moved from the eve of the recession.
Choose the base with care: a month at a low point (January 2000, near the bottom of the
unemployment cycle) would make the same rise look larger, 2.7 times against 2.0. It is
the plotnine twin of `mpl_indexed_lines.py`: the same data, base, texts and colours.

Headline rests on: the monthly count of unemployed people (`economics.unemploy`) divided
by its December 2007 value (7.645 million): 2.01 times in October 2009 (15.352 million),
22 months later.

**What the house style changes.** The lines take the brand's categorical palette
and are named at their ends instead of in a legend. The line at 100 is the chart's
reference: it is drawn in the muted text colour at the brand's reference width and style
(`brand.lines.reference`, `brand.marks.reference_style`), only as far as the data go
so that it stays clear of the labels, and the dark baseline at the foot of the panel
goes, since the axis does not start at zero.

**How to: index series to a base month.** Divide by the base month's row and say the
base in the subtitle ("December 2007 = 100"); `housestyle.spread_labels()` keeps the end
labels a gap apart:

```python
wide = economics.set_index("date")[["unemploy", "pce", "pop"]]
indexed = wide.loc["2005":] / wide.loc["2007-12-01"] * 100
ends["label_y"] = housestyle.spread_labels(ends["index"], gap=LABEL_GAP)
```
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from plotnine import (
    aes,
    annotate,
    element_blank,
    geom_line,
    geom_text,
    ggplot,
    scale_x_datetime,
    scale_y_continuous,
    theme,
)
from plotnine.data import economics

import housestyle
from housestyle import line_size, scale_colour_ou, theme_ou

TAGS = ("line", "indexed", "multiple lines", "direct labels", "time series", "plotnine")

BASE = pd.Timestamp("2007-12-01")
START = pd.Timestamp("2005-01-01")
#: The series, in the order of the palette, and their labels.
NAMES = {
    "unemploy": "Unemployed people",
    "pce": "Consumer spending",
    "pop": "Population",
}
#: The least distance between two end labels, in index points: a line of text.
LABEL_GAP = 16
TITLE = "The number of unemployed doubled in the 22 months after December 2007"
SUBTITLE = "US, monthly, index: December 2007 = 100; spending in current dollars"
NOTE = "December 2007: the peak of the business cycle before the 2008-09 recession (NBER)"
SOURCE = (
    "US Bureau of Labor Statistics (unemployed), Bureau of Economic Analysis (spending), "
    "Census Bureau (population), via FRED and ggplot2's economics dataset"
)
#: How far past the last month the end labels start, in days.
LABEL_OFFSET_DAYS = 90


def indexed(base: pd.Timestamp = BASE) -> pd.DataFrame:
    """Return each series from ``START`` divided by its ``base`` month, times 100, long."""
    wide = economics.set_index("date")[list(NAMES)]
    wide = wide.loc[START:] / wide.loc[base] * 100
    long = wide.reset_index().melt(id_vars="date", var_name="series", value_name="index")
    return long.assign(
        name=pd.Categorical(long["series"].map(NAMES), categories=list(NAMES.values()))
    )


@housestyle.style()
def recipe() -> Figure:
    """Return US unemployment, consumer spending and population, December 2007 = 100."""
    brand = housestyle.current_brand()
    colours = brand.colours
    data = indexed()
    ends = data[data["date"] == data["date"].max()].copy()
    ends["label_y"] = housestyle.spread_labels(ends["index"], gap=LABEL_GAP)
    ends["label_x"] = ends["date"] + pd.Timedelta(days=LABEL_OFFSET_DAYS)
    final = ends.set_index("series")["index"]
    unemployed = data[data["series"] == "unemploy"].set_index("date")["index"]
    plot = (
        ggplot(data, aes("date", "index", colour="name"))
        + annotate(
            "segment",
            x=data["date"].min(),
            xend=data["date"].max(),
            y=100,
            yend=100,
            colour=colours.muted_text,
            size=line_size(brand.lines.reference),
            linetype=brand.marks.reference_style,
        )
        + geom_line(size=line_size(brand.lines.data))
        + geom_text(
            aes("label_x", "label_y", label="name"),
            data=ends,
            ha="left",
            va="center",
            size=brand.type.annotation,
            fontweight="bold",
        )
        + scale_colour_ou()
        + scale_x_datetime(
            breaks=pd.to_datetime([str(y) for y in range(2006, 2016, 2)]),
            date_labels="%Y",
            # room on the right for the labels: the limits run past the data
            limits=pd.to_datetime(["2005-01-01", "2017-06-01"]),
            expand=(0, 0),
        )
        + scale_y_continuous(breaks=range(75, 215, 25), limits=(75, 215), expand=(0, 0))
        + theme_ou()
        + theme(legend_position="none", axis_line_x=element_blank())
    )
    return housestyle.finalise(
        plot,
        title=TITLE,
        subtitle=SUBTITLE,
        note=NOTE,
        source=SOURCE,
        alt=(
            f"Line chart of three US series indexed to 100 in {BASE:%B %Y}, monthly from "
            f"{START:%B %Y} to April 2015. The number of unemployed people rises to "
            f"{unemployed.max():.0f} in {unemployed.idxmax():%B %Y} and falls back to "
            f"{final['unemploy']:.0f}; consumer spending rises steadily to "
            f"{final['pce']:.0f}, with a dip in 2009; the population rises slowly to "
            f"{final['pop']:.0f}."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
