"""Columns over time in plotnine: growth with negatives, the latest highlighted.

Growth rates are changes, not levels, so they are drawn as columns from zero: up for
a rise, down for a fall. A column chart of quarters shows at once how often the
economy shrank and for how long, and the newest figure, the one the story is about,
is picked out in the highlight colour.

Headline rests on: the quarterly change of `macrodata.realgdp` (seasonally adjusted,
annual rate): four falls in a row, 2008 Q3 to 2009 Q2 (-0.7%, -1.4%, -1.6%, -0.2%),
then +0.7% in 2009 Q3, the latest quarter.


**What the house style changes.** Every quarter takes the brand's primary colour and
the latest its highlight colour, through `scale_fill_ou({"latest": "highlight",
"earlier": "primary"})`. The dark baseline is drawn at zero with `geom_hline()`,
not at the foot of the panel, since the columns hang from it. Negative numbers carry
the brand's minus sign (`type.unicode_minus`), as the tables do: `theme_ou()` writes
it on the labels plotnine makes, and `housestyle.format_number()` in labels you write.

**How to: add tick marks.** `theme_ou()` leaves ticks off (the brand says
`ticks: false`; its `tick_length` says how long ticks are when drawn), but a time
axis of columns reads better with a short tick at each year's boundary and the
year's name centred between two ticks. Put the labels on
the major breaks (mid-year) and the ticks on the minor breaks (1 January), then
turn on only the minor ticks:

```python
+ scale_x_continuous(breaks=[y + 0.5 for y in years], labels=years,
                     minor_breaks=years)
+ theme(axis_ticks_minor_x=element_line(colour=colours.axis, size=brand.lines.gridline),
        axis_ticks_length_minor_x=brand.layout.tick_length,
        axis_ticks_major_x=element_blank())
```

**How to: write the unit on the last label only.** The subtitle names the measure and
the top label of the axis carries the unit, once: `labels=` takes a function of the
breaks, so append "%" to the last: `["\u22122", "\u22121", "0", "1", "2%"]`.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from plotnine import (
    aes,
    element_blank,
    element_line,
    geom_col,
    geom_hline,
    geom_text,
    ggplot,
    scale_x_continuous,
    scale_y_continuous,
    theme,
)
from statsmodels.datasets import macrodata

import housestyle
from housestyle import line_size, scale_fill_ou, theme_ou

TAGS = ("column", "time series", "growth", "highlight", "negative values", "plotnine")

FIRST_YEAR = 2000
QUARTER = 0.25  # a quarter's width on the time axis, in years
#: The share of a quarter that its column fills: the chart's choice (forty quarters need
#: narrow gaps to stay columns, not slivers), not the brand's.
COLUMN = 0.8
NUMBERS = ("no", "one", "two", "three", "four")


def quarterly_growth(first_year: int = FIRST_YEAR) -> pd.DataFrame:
    """Return real GDP growth on the previous quarter, percent, from ``first_year``."""
    data = macrodata.load_pandas().data
    data = data.assign(
        growth=data["realgdp"].pct_change() * 100,
        # Each quarter's column is centred in its quarter of the year.
        when=data["year"] + (data["quarter"] - 0.5) / 4,
    )
    data = data[data["year"] >= first_year].reset_index(drop=True)
    latest = data.index == data.index[-1]
    return data.assign(period=pd.Series(latest).map({True: "latest", False: "earlier"}))


def falls_before_latest(growth: pd.Series) -> int:
    """Return how many quarters in a row the series fell before its latest value."""
    falls = 0
    for value in reversed(growth.iloc[:-1].tolist()):
        if value >= 0:
            break
        falls += 1
    return falls


def unit_on_last(unit: str):
    """Return a label function writing numbers with the brand's minus, ``unit`` on the last."""

    def labels(values: list[float]) -> list[str]:
        text = [housestyle.format_number(value) for value in values]
        return [*text[:-1], text[-1] + unit]

    return labels


def year_labels(years: list[int]) -> list[str]:
    """Return "2000", "01", "02" ...: the century once, as in ``mpl_growth_columns``."""
    return [str(years[0]), *(f"{y % 100:02d}" for y in years[1:])]


def signed(value: float, unit: str = "%") -> str:
    """Write a change with its sign: +0.7%, \u22121.6%."""
    return housestyle.format_number(value, "+.1f") + unit


@housestyle.style()
def recipe() -> Figure:
    """Return US real GDP growth quarter by quarter since 2000, the latest highlighted."""
    brand = housestyle.current_brand()
    colours = brand.colours
    data = quarterly_growth()
    years = list(range(FIRST_YEAR, int(data["year"].max()) + 1))
    last = data.iloc[-1]
    quarter = f"Q{int(last['quarter'])} {int(last['year'])}"
    falls = falls_before_latest(data["growth"])
    plot = (
        ggplot(data, aes("when", "growth"))
        + geom_col(aes(fill="period"), width=QUARTER * COLUMN)
        + geom_hline(yintercept=0, colour=colours.axis, size=line_size(brand.lines.axis))
        + geom_text(
            aes(label="label"),
            data=data.tail(1).assign(label=signed(last["growth"])),
            va="bottom",
            nudge_y=0.08,
            size=brand.type.annotation,
            colour=colours.text,
            fontweight="bold",
        )
        + scale_fill_ou({"latest": "highlight", "earlier": "primary"})
        + scale_x_continuous(
            breaks=[year + 0.5 for year in years],
            labels=year_labels(years),
            minor_breaks=years + [years[-1] + 1],
            limits=(FIRST_YEAR, years[-1] + 1),
            expand=(0, 0),
        )
        + scale_y_continuous(
            breaks=range(-2, 3), labels=unit_on_last("%"), limits=(-2, 2), expand=(0, 0)
        )
        + theme_ou()
        + theme(
            legend_position="none",
            axis_line_x=element_blank(),
            axis_ticks_major_x=element_blank(),
            axis_ticks_minor_x=element_line(colour=colours.axis, size=brand.lines.gridline),
            axis_ticks_length_minor_x=brand.layout.tick_length,
        )
    )
    return housestyle.finalise(
        plot,
        title=f"US output grew again after {NUMBERS[falls]} quarters of falls",
        subtitle="Real GDP, change on the previous quarter, seasonally adjusted, 2000 to 2009 Q3",
        source="US Bureau of Economic Analysis, via statsmodels' macrodata dataset",
        alt=(
            f"Column chart of US real GDP growth on the previous quarter, {FIRST_YEAR} to "
            f"{quarter}. Growth is mostly between 0 and 1% a quarter, with small falls in "
            f"2001. It turns negative from Q3 2008, reaching {signed(data['growth'].min())} "
            f"in Q1 2009, and the latest quarter, {quarter}, is highlighted at "
            f"{signed(last['growth'])}."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
