"""One bar highlighted among grey ones, in Plotly.

The twin of ``mpl_highlight_bar``: mean highway fuel economy of twelve makers with
one of them drawn in the highlight colour and the rest in the brand's grey, so the
reader finds it before reading a label. The maker is a parameter: the gallery and
``housestyle render`` can draw it for any of the twelve.

Headline rests on: the mean highway mpg of each maker's versions in `mpg`, ranked: with
the default choice, Subaru's 25.6 mpg is sixth of the twelve most economical makers
(after Honda, Volkswagen, Hyundai, Audi and Pontiac).

**What the house style changes.** The brand's ``focus`` colours (the highlight, then
grey) carry the story; each bar ends in its value, in the brand's text colour at the
annotation size, so there is no value axis. The highlighted maker's name is bold too,
through Plotly's ``<b>`` markup in the tick text.

**How to: colour one bar.** Give ``marker_color`` a list, one colour per bar, built
from the brand (``brand.colours.highlight`` and ``brand.colours.grey``), never from
colour names typed into the recipe.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import plotly.graph_objects as go
from plotnine.data import mpg

import housestyle
import housestyle.libraries.plotly

TAGS = ("bar", "horizontal bar", "highlight", "labelled bars", "plotly")

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
def recipe(highlight: Maker = "subaru", top: int = 12) -> go.Figure:
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
    names = [
        f"<b>{maker.title()}</b>" if maker == highlight else maker.title() for maker in means.index
    ]
    fig = go.Figure(
        go.Bar(
            x=means.values,
            y=names,
            orientation="h",
            marker_color=colours,
            width=0.7,
            text=[f"{v:.1f}" for v in means.values],
            textposition="outside",
            cliponaxis=False,
            textfont={
                "color": brand.colours.text,
                "size": housestyle.libraries.plotly.px(brand.type.annotation),
            },
            hovertemplate="%{y}: %{x:.1f} mpg<extra></extra>",
        )
    )
    fig.update_xaxes(visible=False, range=[0, means.max() * 1.08])
    fig.update_yaxes(showgrid=False, showline=True, dtick=1)  # every name; the baseline
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
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg", "pdf", "html"])
