"""Ranked table: the most fuel-efficient car models, with their change since 1999.

Headline rests on: the mean 2008 highway mpg of each make and model in `mpg` (grouped by
manufacturer and model, not class, so a model that changed class between 1999 and 2008,
such as the Nissan Altima, is kept): the Toyota Corolla's 36.0 is the highest of the 38.

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

from collections.abc import Iterable
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


def _and(names: Iterable[str]) -> str:
    """Join names as a sentence does: "a, b and c"."""
    names = list(names)
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


def ranked_models(top: int = 10) -> pd.DataFrame:
    """The ``top`` 2008 models by mean highway mpg, with the change since 1999.

    A model is a make and model name: its class can change between the two years (the
    Nissan Altima was a compact in 1999 and a midsize in 2008), so it is not part of
    the grouping; the class shown is the 2008 one.
    """
    means = mpg.groupby(["manufacturer", "model", "year"])[["hwy", "cty"]].mean()
    wide = means.unstack("year").dropna()
    classes = mpg[mpg["year"] == 2008].groupby(["manufacturer", "model"])["class"].first()
    table = pd.DataFrame(
        {
            "Model": [_name(make, model) for make, model in wide.index],
            "Class": [classes[key].capitalize() for key in wide.index],
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
    table = ranked_models()
    styler = table.style.format(
        {"Highway mpg": "{:.1f}", "City mpg": "{:.1f}", "Change since 1999": _signed}
    )
    models = mpg.groupby(["manufacturer", "model"]).ngroups
    first, second = table.iloc[0], table.iloc[1]
    ties = {rank: " and ".join(table.loc[[rank], "Model"]) for rank in table.index if "=" in rank}
    worse = table.loc[table["Change since 1999"] < 0, "Model"]
    return housestyle.table(
        styler,
        title="The Toyota Corolla tops the highway fuel-economy table",
        subtitle=f"Top 10 of the {models} models in the EPA's sample of 1999 and 2008 cars: "
        "highway miles per US gallon in 2008 (the mean of a model's versions) and the "
        "change since 1999",
        source="US EPA fuel economy data, via plotnine's mpg dataset",
        colour_rules={"Change since 1999": "gain-loss"},
        alt=f"Table of the ten of {models} car models with the best highway fuel economy "
        f"in 2008. The {first['Model']} leads at {first['Highway mpg']:.0f} mpg, then the "
        f"{second['Model']} at {second['Highway mpg']:.1f}; "
        + "; ".join(f"the {names} tie at {rank}" for rank, names in ties.items())
        + f". All but the {_and(worse)} improved on their 1999 versions.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
