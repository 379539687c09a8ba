"""Small multiples in plotnine: one panel per series, on shared or free scales.

Small multiples repeat one chart for each of several series, side by side, so the
eye compares them panel to panel. The first decision is the y scales. Where the
series share a unit, keep one scale for all the panels (plotnine's default,
`scales="fixed"`): then the heights can be compared, and a panel that looks flat
really is small. Where the units differ, as they do for these four US indicators
(people, weeks, a percentage, dollars), one scale would flatten all but the
largest, so give each panel its own (`scales="free_y"`) and say so in the subtitle:
the shapes can then be compared, though the heights cannot.

**What the house style changes.** `theme_ou()` sets the panel titles (strips) in bold
text flush left with no grey box, and keeps light horizontal gridlines in every
panel; the lines take the brand's primary colour and data width. Keep to a grid
that leaves each panel room for its title at the chart's size: two columns on a
640-pixel chart. A shared time axis lets the panels tell one story: the spells out
of work lengthen after each peak in unemployment.

**How to: keep scales shared when units match, free them when they differ.** Decide
from the units, not from how the chart looks: write each series' unit down, and
free the scales only when they differ. Put the unit in each strip title, since the
panels no longer share an axis, and keep zero in every panel (`expand_limits(y=0)`),
so that each dark baseline is a true zero:

```python
scales = "fixed" if len(set(UNITS.values())) == 1 else "free_y"
+ facet_wrap("label", ncol=2, scales=scales) + expand_limits(y=0)
+ scale_y_continuous(labels=label_comma())
```

**How to: write plain-language strip titles.** Map the variable's codes to labels in
a `pd.Categorical` whose categories give the panels' order.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from mizani.labels import label_comma
from plotnine import (
    aes,
    expand_limits,
    facet_wrap,
    geom_line,
    ggplot,
    scale_x_datetime,
    scale_y_continuous,
)
from plotnine.data import economics_long

import housestyle
from housestyle import line_size, theme_ou

TAGS = ("small multiples", "facets", "line", "time series", "plotnine")


INDICATORS = {
    "unemploy": "Unemployed, thousands",
    "uempmed": "Median weeks unemployed",
    "psavert": "Personal saving rate, %",
    "pce": "Consumer spending, $bn",
}
#: Each series' unit: the scales are shared only if the units are all the same.
UNITS = {"unemploy": "people", "uempmed": "weeks", "psavert": "percent", "pce": "dollars"}


def indicators() -> pd.DataFrame:
    """Return the four series with plain-language labels in a fixed order."""
    data = economics_long[economics_long["variable"].isin(list(INDICATORS))]
    labels = data["variable"].map(INDICATORS)
    return data.assign(label=pd.Categorical(labels, categories=list(INDICATORS.values())))


@housestyle.style()
def recipe() -> Figure:
    """Return four US economic indicators, 1967-2015, one panel each."""
    brand = housestyle.current_brand()
    scales = "fixed" if len(set(UNITS.values())) == 1 else "free_y"
    plot = (
        ggplot(indicators(), aes("date", "value"))
        + geom_line(colour=brand.colours.primary, size=line_size(brand.lines.data))
        + facet_wrap("label", ncol=2, scales=scales)
        + expand_limits(y=0)
        + scale_x_datetime(breaks=pd.to_datetime(["1970", "1990", "2010"]), date_labels="%Y")
        + scale_y_continuous(labels=label_comma())
        + theme_ou()
    )
    return housestyle.finalise(
        plot,
        title="Spells out of work were longest after 2008",
        subtitle="Four monthly indicators of the US economy, each on its own scale",
        source="US Bureau of Labor Statistics and Bureau of Economic Analysis, "
        "via plotnine's economics dataset",
        alt=(
            "Four small line charts from 1967 to 2015. Unemployment peaks in 1982 and "
            "2010; the median spell out of work jumps to over 20 weeks after 2008; the "
            "saving rate falls from about 15% to 5%; consumer spending rises steadily."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
