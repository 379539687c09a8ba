"""Several lines in plotnine, labelled at their ends instead of a legend.

When a line chart has a handful of series, name each one at the end of its line, in
its own colour. The reader no longer looks back and forth between the lines and a
legend, and the labels sit where the latest values are.

**What the house style changes.** The lines take the brand's categorical palette
through `scale_colour_ou()`, in the order the series are listed, and the legend goes
because the labels replace it. It is the plotnine twin of `mpl_lines_labelled.py`.

**How to: direct-label lines.** Take each series' last point, write its name there
with `geom_text(ha="left")` in the series' colour, and widen the x scale on the right
with `expand` so that the names fit inside the plot (plotnine clips text at the
panel's edge). Where two lines end close together, move their labels apart first
(`housestyle.spread_labels()`) so that they do not overlap:

```python
+ geom_text(aes(y="label_y", label="city", colour="city"), data=ends,
            ha="left", nudge_x=0.4, fontweight="bold")
+ scale_x_continuous(breaks=range(2000, 2016, 5), expand=(0, 0, 0, 3.6))
```

**How to: format money on an axis.** A mizani formatter writes thousands as "$150k":
`scale_y_continuous(labels=label_currency(scale=1e-3, suffix="k", precision=0))`.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from mizani.labels import label_currency
from plotnine import (
    aes,
    geom_line,
    geom_text,
    ggplot,
    scale_x_continuous,
    scale_y_continuous,
    theme,
)
from plotnine.data import txhousing

import housestyle
from housestyle import line_size, scale_colour_ou, theme_ou

TAGS = ("line", "multiple lines", "direct labels", "time series", "plotnine")

CITIES = ("Austin", "Dallas", "Houston", "San Antonio", "Fort Worth")


def median_prices() -> pd.DataFrame:
    """Return the yearly mean of monthly median prices for the five cities, long form."""
    data = (
        txhousing[txhousing["city"].isin(CITIES)]
        .groupby(["year", "city"], as_index=False)["median"]
        .mean()
    )
    return data.assign(city=pd.Categorical(data["city"], categories=CITIES))


@housestyle.style()
def recipe(size: str = "web") -> Figure:
    """Return the median house price of five Texan cities, labelled at the line ends."""
    brand = housestyle.current_brand()
    data = median_prices()
    ends = data[data["year"] == data["year"].max()].copy()
    ends["label_y"] = housestyle.spread_labels(ends["median"], gap=10_500)
    plot = (
        ggplot(data, aes("year", "median", colour="city"))
        + geom_line(size=line_size(brand.lines.data))
        + geom_text(
            aes(y="label_y", label="city"),
            data=ends,
            ha="left",
            nudge_x=0.4,
            size=brand.type.annotation * brand.preset(size).type_scale,
            fontweight="bold",
        )
        + scale_colour_ou()
        + scale_x_continuous(breaks=range(2000, 2016, 5), expand=(0, 0, 0, 3.6))
        + scale_y_continuous(
            breaks=range(100_000, 300_000, 50_000),
            labels=label_currency(scale=1e-3, suffix="k", precision=0),
            limits=(75_000, 270_000),
            expand=(0, 0),
        )
        + theme_ou()
        + theme(legend_position="none")
    )
    return housestyle.finalise(
        plot,
        title="Austin stays the dearest of Texas's big cities",
        subtitle="Median price of a home sold, yearly average of monthly medians",
        source="Texas A&M Real Estate Center, via plotnine's txhousing dataset",
        alt=(
            "Line chart of the median home price in five Texan cities from 2000 to 2015. "
            "All five rise, fastest after 2012. Austin is highest throughout, ending near "
            "$259,000; Fort Worth is lowest, ending near $155,000."
        ),
        size=size,
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
