"""Several lines, labelled directly instead of with a legend.

When a chart compares a few series over time, a legend makes the reader look back
and forth between the key and the lines. Writing each name at the end of its line,
in the line's own colour, removes the key altogether.

Headline rests on: the yearly mean of monthly median prices in `txhousing`, 2000-2014,
for five big cities: Austin's is the highest in every year.

**What the house style changes.** Lines take the brand's categorical colours in
order, the y axis carries thousands separators and a currency sign instead of an
axis title, and the right margin grows to fit the labels, because the layout
engine counts text drawn outside the axes. The axis starts at $75k, not zero, so the
dark baseline is switched off: readers take a dark bottom line for zero.

**How to: direct-label lines.** Put a text at the last point of each line with
``ha="left"`` and ``clip_on=False``. Draw whole periods only: txhousing ends in July
2015, and a 2015 "yearly" point would be a January-to-July average that looks like a
year; stop at 2014 or say so. When two series end close together their
labels collide, so spread the label positions apart before drawing them:
``housestyle.spread_labels(ends, gap)`` moves labels the least it can until each pair
is at least one line of text apart. Keep the label colour equal to the line colour.

**How to: format thousands on an axis.** ``StrMethodFormatter("${x:,.0f}")`` writes
``$150,000``; for shorter labels divide first, as here, and write ``$150k``.

**How to: draw several lines, and remove a whole legend.** One ``ax.plot`` per series;
with labels at the lines' ends, a legend only repeats them: never call ``ax.legend()``,
or, where a helper (pandas' ``.plot``) has made one, remove it whole with
``ax.get_legend().remove()`` (pandas also takes ``legend=False``). Thousands get a
separator with a ``FuncFormatter``:

```python
for city in prices.columns:
    ax.plot(prices.index, prices[city], color=colour[city])
if ax.get_legend() is not None:
    ax.get_legend().remove()
ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"${v:,.0f}"))
```
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MultipleLocator
from plotnine.data import txhousing

import housestyle

TAGS = ("line", "multiple lines", "direct labels", "time series", "matplotlib")

CITIES = ("Austin", "Dallas", "Houston", "San Antonio", "Fort Worth")
LAST = 2014  # the last whole year: the data stop in July 2015
#: The least gap between two end labels, dollars: a line of text at web size, with room
#: to spare for a print column, where the text is larger against the axes.
LABEL_GAP = 14_000


@housestyle.style()
def recipe() -> Figure:
    """Draw the median house price of five Texan cities, 2000-2014, labelled at the end."""
    data = (
        txhousing[txhousing["city"].isin(CITIES) & (txhousing["year"] <= LAST)]
        .groupby(["year", "city"])["median"]
        .mean()
        .unstack("city")
    )
    brand = housestyle.current_brand()
    colours = housestyle.palette(n=len(CITIES))
    fig, ax = plt.subplots()
    ends = data.iloc[-1].reindex(CITIES)
    label_y = housestyle.spread_labels(ends, gap=LABEL_GAP)
    for city, colour, y in zip(CITIES, colours, label_y, strict=True):
        ax.plot(data.index, data[city], color=colour)
        ax.text(
            data.index[-1] + 0.4,
            y,
            city,
            color=colour,
            fontsize=brand.type.annotation,
            fontweight="bold",
            va="center",
            clip_on=False,
        )
    ax.set_ylim(75_000, 250_000)
    ax.spines["bottom"].set_visible(False)  # the axis starts at $75k, not zero
    ax.set_xlim(data.index[0], data.index[-1])
    ax.yaxis.set_major_locator(MultipleLocator(50_000))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"${v / 1000:,.0f}k"))
    ax.set_xticks(range(2000, LAST + 1, 2))
    return housestyle.finalise(
        fig,
        title="Austin stays the dearest of Texas's big cities",
        subtitle="Median price of a home sold, yearly average of monthly medians, "
        f"2000\u2013{LAST}",
        source="Texas A&M Real Estate Center, via plotnine's txhousing dataset",
        alt=f"Line chart of the median home price in five Texan cities from 2000 to {LAST}. "
        f"All five rise, fastest after 2011. Austin is highest throughout, ending near "
        f"${ends['Austin']:,.0f}; Fort Worth is lowest, ending near "
        f"${ends['Fort Worth']:,.0f}.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
