"""One highlighted bar among grey ones.

When a chart is about one category, say so with colour: draw that bar in the
brand's highlight colour and every other bar in grey. The grey bars give context
(the ranking, the spread) without competing for attention.

Headline rests on: the mean highway mpg of each maker's versions in `mpg`, ranked: with
the default choice, Subaru's 25.6 mpg is sixth of the twelve most economical makers
(after Honda, Volkswagen, Hyundai, Audi and Pontiac).

**What the house style changes.** The highlight and the grey come from the brand
(``brand.colours.highlight`` and ``brand.colours.grey``), so the same recipe is on
brand in every house style. With a label on every bar the value axis and its
gridlines are redundant, so they are switched off.

**How to: label bars.** ``ax.bar_label`` writes each bar's value at its end; give it
a format and a padding in points:

```python
ax.bar_label(bars, fmt="{:.1f}", padding=4)
```

This recipe takes arguments: ``recipe(highlight="toyota")`` highlights another
maker, and the title follows.

**How to: colour bars conditionally.** Build the list of colours from a condition,
one per bar, from the brand:

```python
colours = [brand.colours.highlight if name == highlight else brand.colours.grey
           for name in means.index]
ax.barh(means.index, means.values, color=colours)
```
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from plotnine.data import mpg

import housestyle

TAGS = ("bar", "horizontal bar", "highlight", "labelled bars", "matplotlib")

Maker = Literal[
    "honda",
    "volkswagen",
    "hyundai",
    "audi",
    "pontiac",
    "subaru",
    "toyota",
    "nissan",
    "chevrolet",
    "ford",
    "mercury",
    "dodge",
]

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")


def _rank_words(rank: int, count: int) -> str:
    if rank < len(_ORDINALS):
        return f"comes {_ORDINALS[rank]}" if rank else "comes top"
    return f"is {count - rank}{'st' if count - rank == 1 else 'th'} from the bottom"


@housestyle.style()
def recipe(highlight: Maker = "subaru", top: int = 12) -> Figure:
    """Draw mean highway fuel economy by manufacturer with one maker highlighted.

    Parameters
    ----------
    highlight
        The manufacturer to draw in the highlight colour.
    top
        How many manufacturers to show, best first.
    """
    brand = housestyle.current_brand()
    means = mpg.groupby("manufacturer")["hwy"].mean().nlargest(top)
    if highlight not in means.index:
        raise housestyle.HouseStyleError(
            f"highlight: {highlight!r} is not among the top {top}; "
            f"allowed: {', '.join(means.index)}"
        )
    rank = list(means.index).index(highlight)
    means = means.sort_values(ascending=True)
    colours = [
        brand.colours.highlight if maker == highlight else brand.colours.grey
        for maker in means.index
    ]
    fig, ax = plt.subplots()
    bars = ax.barh(means.index.str.title(), means.values, color=colours, height=0.7)
    ax.bar_label(
        bars,
        fmt="{:.1f}",
        padding=4,
        fontsize=brand.type.annotation,
        color=brand.colours.text,
    )
    for label in ax.get_yticklabels():
        if label.get_text() == highlight.title():
            label.set_fontweight("bold")
    ax.grid(False)
    ax.xaxis.set_visible(False)
    ax.spines["bottom"].set_visible(False)
    ax.axvline(0, color=brand.colours.axis, linewidth=brand.lines.axis)
    ax.margins(x=0.08, y=0.01)
    return housestyle.finalise(
        fig,
        title=f"{highlight.title()} {_rank_words(rank, len(means))} for highway fuel economy",
        subtitle=f"Mean highway miles per US gallon of the {len(means)} most economical makers",
        source="US Environmental Protection Agency, 1999 and 2008 models, "
        "via plotnine's mpg dataset",
        alt=f"Horizontal bar chart of mean highway miles per gallon for {len(means)} car "
        f"makers, with {highlight.title()} highlighted at "
        f"{means[highlight]:.1f} miles per gallon; the others are grey.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
