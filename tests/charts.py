"""The charts the test suite shares, and how to finish and inspect them.

One chart per kind the issues name: a matplotlib line chart with a legend, a
matplotlib 1x2 subplot figure, a plotnine line chart with a colour legend and its
own labs, and a plotnine faceted scatter. :func:`finished` finalises one with the
suite's standard texts; the inspection helpers read what a reader would see (the
texts of each role of the title block, the decoration, pixels).
"""

from __future__ import annotations

import io
from collections import Counter
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from PIL import Image

import housestyle
from housestyle.record._record import DECORATION

#: The texts :func:`finished` gives every chart unless told otherwise.
TEXTS = {
    "title": "Five series drift apart over fifty years",
    "subtitle": "Random walks, 1970-2019",
    "source": "synthetic data",
    "alt": "Five lines wander apart; one ends highest.",
}


def series() -> pd.DataFrame:
    rng = np.random.default_rng(7)
    years = np.arange(1970, 2020)
    data = {f"Series {c}": np.cumsum(rng.normal(0, 1, years.size)) for c in "ABCDE"}
    return pd.DataFrame(data, index=years)


def mpl_subplots(brand: str = "ou") -> Figure:
    df = series()
    with housestyle.style(brand):
        fig, axes = plt.subplots(1, 2, sharey=True)
        for name in df:
            axes[0].plot(df.index, df[name], label=name)
        axes[1].bar([name[-1] for name in df.columns], df.iloc[-1])
        axes[0].legend()
        axes[0].set_title("Over time")
        axes[1].set_title("In 2019")
    return fig


def mpl_line(brand: str = "ou") -> Figure:
    df = series()
    with housestyle.style(brand):
        fig, ax = plt.subplots()
        for name in df:
            ax.plot(df.index, df[name], label=name)
        ax.legend()
    return fig


def ggplot_line() -> Any:
    from plotnine import aes, geom_line, ggplot, labs

    from housestyle import scale_colour_ou, theme_ou

    long = series().reset_index(names="year").melt("year", var_name="series")
    return (
        ggplot(long, aes("year", "value", colour="series"))
        + geom_line()
        + theme_ou()
        + scale_colour_ou()
        + labs(title="From labs", subtitle="Subtitle from labs", caption="caption data")
    )


def ggplot_facets() -> Any:
    from plotnine import aes, facet_wrap, geom_point, ggplot
    from plotnine.data import mpg

    from housestyle import theme_ou

    return (
        ggplot(mpg, aes("displ", "hwy"))
        + geom_point()
        + facet_wrap("drv", scales="free_y")
        + theme_ou()
    )


CHARTS = {
    "mpl_subplots": mpl_subplots,
    "mpl_line": mpl_line,
    "ggplot_line": ggplot_line,
    "ggplot_facets": ggplot_facets,
}
MPL = ("mpl_line", "mpl_subplots")
GGPLOT = ("ggplot_line", "ggplot_facets")
#: The charts in the order the quick lane takes them (``first_quick``): a one-panel ggplot
#: first, the way through plotnine and matplotlib both; the facets run in the full suite.
QUICK_FIRST = ["ggplot_line", *sorted(set(CHARTS) - {"ggplot_line"})]


def finished(name: str = "mpl_line", **overrides: Any) -> Figure:
    """Return chart ``name`` finalised with :data:`TEXTS` (``overrides`` win)."""
    return housestyle.finalise(CHARTS[name](), **(TEXTS | overrides))


# --------------------------------------------------------------------------- #
# Reading a finished figure
# --------------------------------------------------------------------------- #


def draw(fig: Figure) -> RendererAgg:
    """Draw ``fig`` with Agg at its own size and dpi; return the renderer."""
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return canvas.get_renderer()


def texts_with_gid(fig: Figure, gid: str) -> list[Text]:
    """Return the texts of one role of the title block or footer, top line first."""
    return [t for t in fig.findobj(lambda a: a.get_gid() == gid) if isinstance(t, Text)]


def decoration_counts(fig: Figure) -> Counter[str]:
    """Count the artists of each decoration gid anywhere in ``fig`` (one title block: no repeats)."""
    return Counter(artist.get_gid() for artist in fig.findobj(lambda a: a.get_gid() in DECORATION))


def decoration_texts(fig: Figure) -> dict[str, list[str]]:
    """Return the lines of each text role of the title block and footer."""
    out: dict[str, list[str]] = {}
    for text in fig.findobj(Text):
        if text.get_gid() in DECORATION:
            out.setdefault(text.get_gid(), []).append(text.get_text())
    return out


def png(fig: Figure) -> bytes:
    """Return the PNG :func:`housestyle.export` writes for ``fig`` at its own size."""
    from housestyle.output._export import to_bytes

    return to_bytes(fig, ["png"])["png"]


def pixel_size(data: bytes) -> tuple[int, int]:
    """Return the width and height in pixels of an image file's bytes."""
    return Image.open(io.BytesIO(data)).size
