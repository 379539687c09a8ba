r"""Columns over time: quarterly growth with negatives, the latest one highlighted.

Columns suit a rate of change that is measured period by period (growth, a balance, a
net flow): each column is one quarter, and the columns below zero stand out as falls.
The newest value is usually the news, so it gets the highlight colour and its value,
and every other column stays in one colour.

Headline rests on: the quarterly change of `macrodata.realgdp` (seasonally adjusted,
annual rate): four falls in a row, 2008 Q3 to 2009 Q2 (-0.7%, -1.4%, -1.6%, -0.2%),
then +0.7% in 2009 Q3, the latest quarter.


**What the house style changes.** The history is drawn in the brand's primary colour
and the latest quarter in its highlight colour, labelled with its value. The columns
start at zero, and the dark baseline is drawn at zero (``ax.axhline(0, ...)``), not at
the bottom of the plot, because readers take the dark line for zero. Only the y axis
keeps gridlines.

**How to: add tick marks.** The brand switches tick marks off. Turn them back on for
one axis, at the brand's tick length, in its axis colour and as thin as a gridline,
where they help: here they separate
the years, while the year labels sit on minor ticks in the middle of each year with
no marks, the century written once ("2000", "01" ... "09") so that ten labels fit a
print column too:

```python
ax.set_xticks(range(2000, 2011))                             # year boundaries
ax.set_xticks([y + 0.5 for y in range(2000, 2010)], ["2000", "01", ..., "09"], minor=True)
ax.tick_params(axis="x", which="major", length=brand.layout.tick_length,
               width=brand.lines.gridline, color=brand.colours.axis, labelbottom=False)
ax.tick_params(axis="x", which="minor", length=0)
```

**How to: put the unit on the last label only.** Say the unit once, on the top
label, and write the others as plain numbers; use a true minus sign in labels you
write yourself, as matplotlib's own formatters do, with ``housestyle.format_number``
(it writes the brand's minus, ``type.unicode_minus``):

```python
ticks = [-2, -1, 0, 1, 2]
labels = [housestyle.format_number(t) for t in ticks]
labels[-1] += "%"
ax.set_yticks(ticks, labels)
```
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from statsmodels.datasets import macrodata

import housestyle

TAGS = ("column", "time series", "negative values", "highlight", "tick marks", "matplotlib")

FIRST_YEAR = 2000
#: The share of a quarter's width that its column fills: the chart's choice (forty
#: quarters need narrow gaps to stay columns, not slivers), not the brand's.
COLUMN = 0.8


def quarterly_growth(first_year: int = FIRST_YEAR) -> pd.DataFrame:
    """Return real GDP growth on the previous quarter, percent, from ``first_year``.

    ``when`` is the middle of each quarter in years (2000.125 is 2000 Q1).
    """
    data = macrodata.load_pandas().data
    growth = pd.DataFrame(
        {
            "year": data["year"].astype(int),
            "quarter": data["quarter"].astype(int),
            "growth": data["realgdp"].pct_change() * 100,
        }
    )
    growth["when"] = growth["year"] + (growth["quarter"] - 0.5) / 4
    return growth[growth["year"] >= first_year].reset_index(drop=True)


def year_labels(years: range) -> list[str]:
    """Return "2000", "01", "02" ...: the century once, so that ten years fit any width."""
    return [str(years[0]), *(f"{y % 100:02d}" for y in years[1:])]


def signed(value: float, decimals: int = 1) -> str:
    """Return ``value`` with a plus sign or the brand's minus sign."""
    return housestyle.format_number(value, f"+.{decimals}f")


def run_of_falls(growth: pd.Series) -> str:
    """Return, in words, how many quarters in a row fell before the latest one."""
    run = 0
    for value in growth.iloc[-2::-1]:
        if value >= 0:
            break
        run += 1
    return ("no", "one", "two", "three", "four", "five", "six")[run]


@housestyle.style()
def recipe() -> Figure:
    """Draw US real GDP growth quarter on quarter, 2000 to 2009 Q3, the last highlighted."""
    brand = housestyle.current_brand()
    colours = brand.colours
    growth = quarterly_growth()
    latest = growth.iloc[-1]
    fills = [colours.primary] * (len(growth) - 1) + [colours.highlight]
    fig, ax = plt.subplots()
    ax.bar(growth["when"], growth["growth"], width=COLUMN / 4, color=fills)
    ax.axhline(0, color=colours.axis, linewidth=brand.lines.axis)
    ax.annotate(
        f"{signed(latest['growth'])}%",
        (latest["when"], latest["growth"]),
        xytext=(0, 4),
        textcoords="offset points",
        ha="center",
        va="bottom",
        fontsize=brand.type.annotation,
        fontweight="bold",
        color=colours.highlight,
    )
    ticks = [-2, -1, 0, 1, 2]
    labels = [housestyle.format_number(t) for t in ticks]
    labels[-1] += "%"
    ax.set_yticks(ticks, labels)
    ax.set_ylim(-2, 2.2)
    years = range(FIRST_YEAR, int(latest["year"]) + 1)
    ax.set_xlim(FIRST_YEAR, years[-1] + 1)
    ax.set_xticks([*years, years[-1] + 1])
    ax.set_xticks([y + 0.5 for y in years], year_labels(years), minor=True)
    ax.tick_params(
        axis="x",
        which="major",
        length=brand.layout.tick_length,
        width=brand.lines.gridline,
        color=colours.axis,
        labelbottom=False,
    )
    ax.tick_params(axis="x", which="minor", length=0)
    ax.spines["bottom"].set_visible(False)
    falls = growth.loc[growth["year"] >= 2008, "growth"].lt(0)
    return housestyle.finalise(
        fig,
        title=f"US output grew again after {run_of_falls(growth['growth'])} quarters of falls",
        subtitle="Real GDP, change on the previous quarter, seasonally adjusted, 2000 to 2009 Q3",
        source="US Bureau of Economic Analysis, via statsmodels' macrodata dataset",
        alt=f"Column chart of US real GDP growth on the previous quarter from 2000 to "
        f"the third quarter of 2009. Growth was mostly between 0 and 1% a quarter, with "
        f"small falls in 2001. It turned negative in {falls.sum()} of the quarters from "
        f"2008, the worst {signed(growth['growth'].min())}% in the first quarter of "
        f"2009, and the latest quarter, highlighted, grew {signed(latest['growth'])}%.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
