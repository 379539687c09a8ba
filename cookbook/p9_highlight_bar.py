"""One highlighted bar among grey ones, in plotnine.

When the story is about one category, draw it in the brand's highlight colour and
every other bar in grey. The grey bars give context; the coloured one is found at
once, and the reader still sees where it ranks.

Headline rests on: the mean highway mpg of each maker's versions in `mpg`, ranked: with
the default choice, Subaru's 25.6 mpg is sixth of the twelve most economical makers
(after Honda, Volkswagen, Hyundai, Audi and Pontiac).

**What the house style changes.** `scale_fill_ou()` takes a `{category: colour}`
mapping in which colours may be brand names (`"highlight"`, `"primary"`); every
category left out of the mapping is drawn in the brand's de-emphasis grey. One line
of code makes the highlight, and it follows any brand. It is the plotnine twin of
`mpl_highlight_bar.py`.

**How to: label bars.** Write each value just past the end of its bar with
`geom_text()`, in the brand's text colour and annotation size. With a label on every
bar, the value axis and its gridlines only repeat the numbers, so drop them, and
make the highlighted maker's name bold too (`axis_text_y` takes one value per label,
bottom to top):

```python
+ geom_text(aes(label="label"), ha="left", nudge_y=0.4,
            size=brand.type.annotation, colour=colours.text)
+ theme(axis_text_x=element_blank(), panel_grid_major_y=element_blank(),
        axis_text_y=element_text(weight=["bold" if m == name else "normal" for m in order]))
```

This recipe takes an argument: `recipe(highlight="toyota")` highlights another maker.

**How to: colour bars conditionally.** Make the condition a column and map `fill` to
it, with a `{value: colour}` scale from the brand:

```python
data["highlight"] = data["manufacturer"].eq(name).map({True: "yes", False: "no"})
+ geom_col(aes(fill="highlight")) + scale_fill_ou({"yes": "highlight", "no": "grey"})
```
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from plotnine import (
    aes,
    coord_flip,
    element_blank,
    element_line,
    element_text,
    geom_col,
    geom_text,
    ggplot,
    scale_x_discrete,
    scale_y_continuous,
    theme,
)
from plotnine.data import mpg

import housestyle
from housestyle import HouseStyleError, scale_fill_ou, theme_ou

TAGS = ("bar", "horizontal bar", "highlight", "labelled bars", "plotnine")

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")


def _rank_words(rank: int, count: int) -> str:
    if rank < len(_ORDINALS):
        return f"comes {_ORDINALS[rank]}" if rank else "comes top"
    return f"is {count - rank}{'st' if count - rank == 1 else 'th'} from the bottom"


def highway_mpg(top: int = 12) -> pd.DataFrame:
    """Return the mean highway miles per gallon of the ``top`` manufacturers, best first."""
    means = mpg.groupby("manufacturer", as_index=False)["hwy"].mean().nlargest(top, "hwy")
    return means.assign(
        maker=means["manufacturer"].str.title(), label=means["hwy"].map("{:.1f}".format)
    )


@housestyle.style()
def recipe(highlight: str = "subaru", top: int = 12) -> Figure:
    """Return the ranking of makers by highway mileage with one maker highlighted.

    Parameters
    ----------
    highlight
        The manufacturer to draw in the highlight colour.
    top
        How many makers to show.
    """
    brand = housestyle.current_brand()
    colours = brand.colours
    data = highway_mpg(top)
    if highlight not in set(data["manufacturer"]):
        raise HouseStyleError(
            f"highlight: {highlight!r} is not among the top {top}; "
            f"allowed: {', '.join(data['manufacturer'])}"
        )
    name = highlight.title()
    order = list(data["maker"][::-1])  # bottom to top
    rank = list(data["manufacturer"]).index(highlight)
    plot = (
        ggplot(data, aes("maker", "hwy", fill="maker"))
        + geom_col(width=0.7)
        + geom_text(
            aes(label="label"),
            ha="left",
            nudge_y=0.4,
            size=brand.type.annotation,
            colour=colours.text,
        )
        + scale_fill_ou({name: "highlight"})
        + scale_x_discrete(limits=order, expand=(0, 0.4))
        + scale_y_continuous(expand=(0, 0, 0.08, 0))
        + coord_flip()
        + theme_ou()
        + theme(
            legend_position="none",
            axis_text_x=element_blank(),
            axis_text_y=element_text(
                weight=["bold" if maker == name else "normal" for maker in order]
            ),
            panel_grid_major_y=element_blank(),
            axis_line_x=element_blank(),
            axis_line_y=element_line(colour=colours.axis, size=brand.lines.axis),
        )
    )
    return housestyle.finalise(
        plot,
        title=f"{name} {_rank_words(rank, len(data))} for highway fuel economy",
        subtitle=f"Mean highway miles per US gallon of the {len(data)} most economical makers",
        source="US Environmental Protection Agency, 1999 and 2008 models, "
        "via plotnine's mpg dataset",
        alt=(
            f"Horizontal bar chart of mean highway miles per gallon for {len(data)} car "
            f"makers, with {name} highlighted at {data['hwy'].iloc[rank]:.1f} miles per "
            "gallon; the others are grey."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
