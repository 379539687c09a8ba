"""Small multiples in plotnine, each panel on its own scale.

Small multiples repeat one chart for each of several series, side by side. Where the
series are in different units, as these four US economic indicators are, give each
panel its own y scale: the shapes can then be compared, though the heights cannot.

**What the house style changes.** `theme_ou()` sets the panel titles (strips) in bold
text flush left with no grey box, and keeps light horizontal gridlines in every
panel; the lines take the brand's primary colour. Keep to a grid that leaves each
panel room for its title at the chart's size: two columns on a 640-pixel chart. A
shared time axis lets the panels tell one story: the spells out of work lengthen
after each peak in unemployment.

**How to: free the scales and format thousands.** `facet_wrap(..., scales="free_y")`
gives each panel its own y range. Write plain-language strip titles by mapping the
variable's codes to labels, and format the axis numbers with a thousands separator:

```python
+ facet_wrap("label", ncol=2, scales="free_y")
+ scale_y_continuous(labels=label_comma())
```
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from mizani.labels import label_comma
from plotnine import aes, facet_wrap, geom_line, ggplot, scale_x_datetime, scale_y_continuous
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


def indicators() -> pd.DataFrame:
    """Return the four series with plain-language labels in a fixed order."""
    data = economics_long[economics_long["variable"].isin(list(INDICATORS))]
    labels = data["variable"].map(INDICATORS)
    return data.assign(label=pd.Categorical(labels, categories=list(INDICATORS.values())))


@housestyle.style()
def recipe(size: str = "web") -> Figure:
    """Return four US economic indicators, 1967-2015, one panel each."""
    brand = housestyle.current_brand()
    plot = (
        ggplot(indicators(), aes("date", "value"))
        + geom_line(colour=brand.colours.primary, size=line_size(brand.lines.data * 0.7))
        + facet_wrap("label", ncol=2, scales="free_y")
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
        size=size,
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
