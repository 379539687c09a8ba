"""Population pyramid: the age structure of a population by sex.

A population pyramid is a pair of horizontal bar charts back to back: men on one
side, women on the other, one bar per age group, youngest at the bottom. Its shape
tells a population's history: baby booms as bulges, wars and falling births as
dents.

Headline rests on: the model population of `synthetic_population()` (made up, and the
source says so): births 30% above the steady level for those born 1946-1964 put the
widest bars at ages 35-54 in 2000 (10.6 to 11.4 million a side against 8.8 to 9.0 below).

**What the house style changes.** The two sexes take the first two categorical
colours, the age groups are labelled once, on the left, a dark zero line runs down the
middle between the two sides, and the value axis shows
the same positive numbers on both sides (a count is never negative, even when it
is drawn to the left). The sides are labelled directly at the top instead of with
a legend.

**How to: mirror a bar chart.** Draw one side with negative values and format the
axis with the absolute value:

```python
ax.barh(ages, -men, ...)
ax.barh(ages, women, ...)
ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{abs(v):.0f}"))
```

Use the same scale for both sides, symmetric about zero, so that the bars can be
compared across the middle. Nineteen age groups are too many to label at the
house tick size without crowding; label every other one,
``ax.set_yticks(range(0, len(ages), 2), ages[::2])``, rather than shrinking the type.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

import housestyle

TAGS = ("bar", "population pyramid", "back to back", "demography", "matplotlib")


def synthetic_population(year: int = 2000) -> pd.DataFrame:
    """Return people by five-year age group and sex from a simple cohort model.

    Births run at a steady level with a post-war boom (born 1946-1964) and a dip
    in the 1930s; survival follows a Gompertz law with women living about five
    years longer. The numbers are made up: no real age table with a licence that
    lets us ship it was at hand, and the shape is what the recipe teaches.
    """
    ages = np.arange(0, 101)
    born = year - ages
    boom = (born >= 1946) & (born <= 1964)
    dip = (born >= 1930) & (born <= 1939)
    births = 1.8e6 * (1 + 0.3 * boom - 0.15 * dip)
    rows = []
    for sex, shift in (("men", 0.0), ("women", 5.0)):
        hazard = 1e-4 * np.exp(0.085 * (ages - shift))
        survivors = births * np.exp(-np.cumsum(hazard))
        groups = np.minimum(ages // 5 * 5, 90)
        for start, people in pd.Series(survivors).groupby(groups).sum().items():
            rows.append({"age_group_start": int(start), "sex": sex, "people": people})
    return pd.DataFrame(rows)


def age_label(start: int) -> str:
    """Return the label of the five-year age group that starts at ``start``."""
    return f"{start}+" if start >= 90 else f"{start}-{start + 4}"


@housestyle.style()
def recipe() -> Figure:
    """Draw a synthetic population by five-year age group and sex."""
    brand = housestyle.current_brand()
    people = synthetic_population().pivot(index="age_group_start", columns="sex", values="people")
    millions = people / 1e6
    ages = [age_label(start) for start in millions.index]
    men_colour, women_colour = housestyle.palette(n=2)
    fig, ax = plt.subplots()
    ax.barh(ages, -millions["men"], color=men_colour, height=0.8)
    ax.barh(ages, millions["women"], color=women_colour, height=0.8)
    top = len(ages) - 0.3
    for x, text, colour, ha in (
        (-11, "Men", men_colour, "left"),
        (11, "Women", women_colour, "right"),
    ):
        ax.text(
            x,
            top,
            text,
            ha=ha,
            va="bottom",
            color=colour,
            fontweight="bold",
            fontsize=brand.type.legend,
        )
    ax.set_xlim(-12, 12)
    ax.set_ylim(-0.6, len(ages) + 0.6)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{abs(v):.0f}"))
    ax.axvline(0, color=brand.colours.axis, linewidth=brand.lines.axis)  # the zero baseline
    ax.grid(False, axis="y")
    ax.grid(True, axis="x")
    ax.spines["bottom"].set_visible(False)
    ax.set_yticks(range(0, len(ages), 2), ages[::2])
    ax.set_xlabel("Millions of people", fontsize=brand.type.axis_title)
    return housestyle.finalise(
        fig,
        title="A birth boom shows as a bulge in middle age",
        subtitle="Population by sex and five-year age group, a model population in 2000",
        source="synthetic: a cohort model with a 1946-64 birth boom and a 1930s dip, "
        "made for this cookbook",
        alt="Population pyramid of a model population by five-year age group. The widest "
        "bars are ages 35 to 54, the cohorts born in the boom; bars narrow steadily above "
        "55, with a small dent at 60 to 69 from the fewer births of the 1930s, and women "
        "outnumber men at the oldest ages.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
