"""Charts shared by the finalise and export tests: one per kind the issue names."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

import housestyle


def series() -> pd.DataFrame:
    rng = np.random.default_rng(7)
    years = np.arange(1970, 2020)
    data = {f"Series {c}": np.cumsum(rng.normal(0, 1, years.size)) for c in "ABCDE"}
    return pd.DataFrame(data, index=years)


def mpl_subplots(brand: str = "ou") -> plt.Figure:
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


def mpl_line(brand: str = "ou") -> plt.Figure:
    df = series()
    with housestyle.style(brand):
        fig, ax = plt.subplots()
        for name in df:
            ax.plot(df.index, df[name], label=name)
        ax.legend()
    return fig


def ggplot_line():
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


def ggplot_facets():
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
