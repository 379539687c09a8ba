"""Several lines in plotnine, labelled at their ends instead of a legend.

When a line chart has a handful of series, name each one at the end of its line, in
its own colour. The reader no longer looks back and forth between the lines and a
legend, and the labels sit where the latest values are.

Headline rests on: the yearly mean of monthly median prices in `txhousing`, 2000-2014,
for five big cities: Austin's is the highest in every year.

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
+ scale_x_continuous(breaks=[*range(FIRST, LAST, 5), LAST], expand=(0, 0, 0, 3.6))
```

**How to: format money on an axis.** A mizani formatter writes thousands as "$150k":
`scale_y_continuous(labels=label_currency(scale=1e-3, suffix="k", precision=0))`. It
writes zero as "$0k" too; a function of your own can write it as a plain 0, which is
what this chart does (the axis starts at zero, under the dark baseline):
`labels=lambda v: [f"${x / 1000:,.0f}k" if x else "0" for x in v]`.

**How to: draw several lines.** Map the series to `colour` (and `group`) in one
`geom_line()`; plotnine draws one line per series in the scale's colours:

```python
ggplot(data, aes("year", "price", colour="city")) + geom_line()
+ scale_colour_ou() + theme(legend_position="none")
```

Thousands get a separator from mizani's labellers, which plotnine uses:

```python
from mizani.labels import label_comma, label_dollar
+ scale_y_continuous(labels=label_dollar(big_mark=","))
```
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
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
FIRST, LAST = 2000, 2014  # whole years: the data end in July 2015


def median_prices() -> pd.DataFrame:
    """Return the yearly mean of monthly median prices for the five cities, long form.

    Only whole years: 2015 has January to July alone, and a mean of seven months
    taken from the spring and summer, when prices are highest, is not a year's.
    """
    data = (
        txhousing[txhousing["city"].isin(CITIES) & txhousing["year"].between(FIRST, LAST)]
        .groupby(["year", "city"], as_index=False)["median"]
        .mean()
    )
    return data.assign(city=pd.Categorical(data["city"], categories=CITIES))


def dollars_k(values: list[float]) -> list[str]:
    """Label dollars in thousands, with zero as a plain 0: 0, $50k, $100k."""
    return [f"${value / 1000:,.0f}k" if value else "0" for value in values]


@housestyle.style()
def recipe() -> Figure:
    """Return the median house price of five Texan cities, labelled at the line ends."""
    brand = housestyle.current_brand()
    data = median_prices()
    ends = data[data["year"] == LAST].copy()
    final = ends.set_index("city")["median"]
    ends["label_y"] = housestyle.spread_labels(ends["median"], gap=16_000)
    plot = (
        ggplot(data, aes("year", "median", colour="city"))
        + geom_line(size=line_size(brand.lines.data))
        + geom_text(
            aes(y="label_y", label="city"),
            data=ends,
            ha="left",
            nudge_x=0.4,
            size=brand.type.annotation,
            fontweight="bold",
        )
        + scale_colour_ou()
        + scale_x_continuous(breaks=[*range(FIRST, LAST, 5), LAST], expand=(0, 0, 0, 3.6))
        + scale_y_continuous(
            breaks=range(0, 300_000, 50_000),
            labels=dollars_k,
            limits=(0, 270_000),
            expand=(0, 0),
        )
        + theme_ou()
        + theme(legend_position="none")
    )
    return housestyle.finalise(
        plot,
        title="Austin stays the dearest of Texas's big cities",
        subtitle=f"Median price of a home sold, yearly average of monthly medians, "
        f"{FIRST}\u2013{LAST}",
        source="Texas A&M Real Estate Center, via plotnine's txhousing dataset",
        alt=(
            f"Line chart of the median home price in five Texan cities, yearly from {FIRST} "
            f"to {LAST}. All five rise, fastest after 2012. Austin is highest throughout, "
            f"ending at ${final['Austin']:,.0f}; Fort Worth is lowest, ending at "
            f"${final['Fort Worth']:,.0f}."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
