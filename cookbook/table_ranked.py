"""Ranked table: the most fuel-efficient car models, with their change since 1999.

A ranked table answers "who is top?" and lets the reader look up any row. Rank is
the first column and the ranking measure comes straight after the names, so the
eye reads down one column to see the order.

**What the house style changes.** The table is drawn with matplotlib in the brand
font, so it goes through the same `finalise` and `export` as a chart: title block,
source line and logo. A bold header sits on a dark rule; thin light rules separate
the rows instead of a grid cage; numbers are right-aligned in tabular figures so the
digits line up; every column is as wide as its content and the image is as tall as
its rows. Changes are coloured with the brand's accessible gain and loss colours,
and a real minus sign is used.

**How to: show tied ranks.** Two models with the same highway figure share a rank,
written "=4", and the next rank skips (4, =4, 6): rank the printed values with
``rank(method="min")`` and mark the ranks that occur more than once. Within a tie the
rows keep a stated order (here city mpg), but the rank does not pretend to separate
them.

**How to: colour changes by sign.** Format the change with a sign, then let a colour
rule pick the brand's gain or loss colour:

```python
styler = frame.style.format({"Change": "{:+.1f}"})
housestyle.table(styler, colour_rules={"Change": "gain-loss"})
```
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from plotnine.data import mpg

import housestyle

TAGS = ("table", "ranked", "matplotlib")


def _signed(value: float) -> str:
    return housestyle.format_number(value, "+.1f")  # a plus, or the brand's minus sign


def _name(make: str, model: str) -> str:
    return f"{make} {model}".title().replace("Gti", "GTI")


def ranked_models(top: int = 10) -> pd.DataFrame:
    """The ``top`` 2008 models by mean highway mpg, with the change since 1999."""
    means = mpg.groupby(["manufacturer", "model", "class", "year"])[["hwy", "cty"]].mean()
    wide = means.unstack("year").dropna()
    table = pd.DataFrame(
        {
            "Model": [_name(make, model) for make, model, _ in wide.index],
            "Class": [kind.capitalize() for _, _, kind in wide.index],
            "Highway mpg": wide[("hwy", 2008)].to_numpy(),
            "City mpg": wide[("cty", 2008)].to_numpy(),
            "Change since 1999": (wide[("hwy", 2008)] - wide[("hwy", 1999)]).to_numpy(),
        }
    )
    table = table.sort_values(["Highway mpg", "City mpg"], ascending=False).head(top)
    table.index = pd.Index(shared_ranks(table["Highway mpg"].round(1)), name="Rank")
    return table


def shared_ranks(values: pd.Series) -> list[str]:
    """Rank ``values``, largest first, writing a rank that two or more share as "=4".

    Ties are judged on the values as printed, so that two rows showing the same number
    never get different ranks.
    """
    ranks = values.rank(method="min", ascending=False).astype(int)
    shared = ranks.duplicated(keep=False)
    return [f"={r}" if tie else str(r) for r, tie in zip(ranks, shared, strict=True)]


@housestyle.style()
def recipe() -> Figure:
    """Rank the ten 2008 models with the best highway fuel economy."""
    styler = ranked_models().style.format(
        {"Highway mpg": "{:.1f}", "City mpg": "{:.1f}", "Change since 1999": _signed}
    )
    return housestyle.table(
        styler,
        title="Small cars top the fuel-economy table",
        subtitle="Models on sale in 2008 with the best highway fuel economy, "
        "miles per US gallon, and the change since the 1999 model",
        source="US EPA fuel economy data, via plotnine's mpg dataset",
        colour_rules={"Change since 1999": "gain-loss"},
        alt="Table of the ten 2008 car models with the best highway fuel economy. "
        "The Toyota Corolla leads at 36 mpg, then the Honda Civic at 33.8; the Hyundai "
        "Sonata and Toyota Camry Solara tie for fourth, the Volkswagen GTI and Jetta for "
        "seventh. All but the Volkswagen Jetta and New Beetle improved on their 1999 "
        "versions.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
