r"""Indexed lines in plotnine: series in different units from one start (= 100).

Consumer spending is counted in dollars, the population and the unemployed in people,
and their sizes differ a thousandfold, so their lines cannot share an axis as they
are. Divide each series by its value in a base period and multiply by 100: every
line then starts at 100, and 150 means "half as much again as in the base period",
whatever the unit. The chart compares growth, not size.

**What the house style changes.** The lines take the brand's categorical palette
and are named at their ends instead of in a legend. The line at 100 is the chart's
reference: it is drawn in the axis colour at the brand's reference width and style
(`brand.lines.reference`, `brand.marks.reference_style`), only as far as the data go
so that it stays clear of the labels, and the dark baseline at the foot of the panel
goes, since the axis does not start at zero. It is the plotnine
twin of `mpl_indexed_lines.py`.

**How to: index series to a base period.** Divide by the mean of the base year, so
that one odd month does not set the base, and say the base in the subtitle
("2000 = 100"):

```python
base = wide.loc["2000"].mean()
indexed = wide / base * 100
```

**How to: write labels with line breaks.** A long label at the end of a line takes
less room across as two short lines: put `"\n"` in the text and set the spacing
with `lineheight`. `housestyle.spread_labels()` keeps the labels a gap apart:

```python
NAMES = {"pce": "Consumer\nspending", "unemploy": "Unemployed\npeople"}
+ geom_text(aes(y="label_y", label="name"), data=ends, ha="left", lineheight=0.95)
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

BASE = "2000"
#: The series, in the order of the palette, and their two-line labels.
NAMES = {
    "unemploy": "Unemployed\npeople",
    "pce": "Consumer\nspending",
    "pop": "Population",
}
#: The least distance between two end labels, in index points: two lines of text.
LABEL_GAP = 50
#: How far past the last month the end labels start, in days.
LABEL_OFFSET_DAYS = 90


def indexed(base: str = BASE) -> pd.DataFrame:
    """Return each series divided by its mean in the ``base`` year, times 100, long form."""
    wide = economics.set_index("date")[list(NAMES)]
    wide = wide[wide.index >= base] / wide.loc[base].mean() * 100
    long = wide.reset_index().melt(id_vars="date", var_name="series", value_name="index")
    return long.assign(
        name=pd.Categorical(long["series"].map(NAMES), categories=list(NAMES.values()))
    )


@housestyle.style()
def recipe() -> Figure:
    """Return US unemployment, consumer spending and population indexed to 2000."""
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
            colour=colours.axis,
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
            lineheight=0.95,
            fontweight="bold",
        )
        + scale_colour_ou()
        + scale_x_datetime(
            breaks=pd.to_datetime(["2000", "2005", "2010", "2015"]),
            date_labels="%Y",
            # room on the right for the labels: the limits run past the data
            limits=pd.to_datetime([f"{BASE}-01-01", "2018-09-01"]),
            expand=(0, 0),
        )
        + scale_y_continuous(breaks=range(50, 300, 50), limits=(50, 275), expand=(0, 0))
        + theme_ou()
        + theme(legend_position="none", axis_line_x=element_blank())
    )
    return housestyle.finalise(
        plot,
        title="The number out of work doubled after 2007",
        subtitle=f"Monthly US series indexed to {BASE} = 100; spending in current dollars",
        source="US Bureau of Labor Statistics and Bureau of Economic Analysis, "
        "via plotnine's economics dataset",
        alt=(
            f"Line chart of three US series indexed to {BASE} = 100, from January 2000 to "
            f"April 2015. The number of unemployed people rises to "
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
