"""Table with inline bars: how long mammals sleep, and how far from the average.

Inline bars turn a column of numbers into a chart inside the table: the reader
still gets the exact value, and sees the ranking and the outliers at a glance.
A second bar column, drawn from a zero line, shows a difference from the average,
with bars above and below average in two distinct brand colours.

Headline rests on: `msleep.sleep_total` for the 83 mammals: the little brown bat sleeps
19.9 hours a day, the giraffe 1.9; the mean of the 83 is 10.4 hours.

**What the house style changes.** Bars are drawn in the brand's primary colour,
negative differences in its highlight colour, from a thin zero line; the value
label sits right-aligned before the bar in tabular figures. Rows are separated by
thin rules, and the table is sized to its content, then finished with the same
title block and footer as a chart.

**How to: add inline bars.** Name the columns and, if you like, their options. Give
each bar column a ``domain`` with room to spare, so the longest bar stops short of the
next column and a reader can see it is not the whole of anything: here hours asleep
run on the 24 hours of a day, and the differences on half a day either way.

```python
housestyle.table(frame, bars={"Hours asleep": {"domain": (0, 24)},
                              "Versus average": {"width": 5, "domain": (-12, 12)}})
```

Sort the rows by the column the bars rank (``frame.sort_values(..., ascending=False)``)
and give positive differences a plus sign, as the negative ones have a minus.

Use `colours="gain-loss"` when positive means good and negative means bad.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from plotnine.data import msleep

import housestyle

TAGS = ("table", "inline bars", "matplotlib")

ANIMALS = (
    "Little brown bat",
    "Giant armadillo",
    "Tiger",
    "Domestic cat",
    "Human",
    "Rabbit",
    "Cow",
    "Asian elephant",
    "Horse",
    "Giraffe",
)


def _one_decimal(value: float) -> str:
    return f"{value:.1f}"


def _signed(value: float) -> str:
    return housestyle.format_number(value, "+.1f")  # a plus, or the brand's minus sign


def sleep_table() -> pd.DataFrame:
    """Total sleep of ten mammals, and the difference from the mean of all 83."""
    average = msleep["sleep_total"].mean()
    chosen = msleep.set_index("name").loc[list(ANIMALS)]
    return (
        pd.DataFrame(
            {
                "Order": chosen["order"],
                "Hours asleep": chosen["sleep_total"],
                "Versus average": chosen["sleep_total"] - average,
            }
        )
        .rename_axis("Mammal")
        .sort_values("Hours asleep", ascending=False)
    )


@housestyle.style()
def recipe() -> Figure:
    """Draw total sleep per day for ten mammals as inline bars."""
    styler = sleep_table().style.format({"Hours asleep": _one_decimal, "Versus average": _signed})
    return housestyle.table(
        styler,
        title="Bats sleep 20 hours a day, giraffes fewer than two",
        subtitle="Total sleep per day, hours, and the difference from the average "
        "of 83 mammals (10.4 hours)",
        source="Savage and West (2007), PNAS, via plotnine's msleep dataset",
        bars={
            "Hours asleep": {"domain": (0, 24)},  # a full bar would be the whole day
            "Versus average": {"width": 5, "domain": (-12, 12)},
        },
        alt="Table of ten mammals with bars for hours of sleep per day. The little brown "
        "bat sleeps 19.9 hours and the giant armadillo 18.1; humans sleep 8, about two "
        "hours less than average; horses sleep 2.9 and giraffes 1.9.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
