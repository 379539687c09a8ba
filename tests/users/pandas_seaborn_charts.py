"""Users' charts written with pandas ``.plot`` and seaborn, the ordinary ways."""

from __future__ import annotations

import warnings

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

import housestyle

from .registry import chart

RNG = np.random.default_rng(3)
YEARS = np.arange(2015, 2024)
WIDE = pd.DataFrame(
    {
        name: 10 + np.cumsum(RNG.normal(0, 1, YEARS.size))
        for name in ("Cardiff", "Swansea", "Newport")
    },
    index=YEARS,
)
LONG = WIDE.reset_index(names="year").melt("year", var_name="city", value_name="rate")
SURVEY = pd.DataFrame(
    {
        "region": np.repeat(["North", "South", "East", "West"], 30),
        "score": RNG.normal(60, 10, 120).round(1),
        "group": np.tile(["Under 40", "40 and over"], 60),
    }
)

# --------------------------------------------------------------------------- #
# pandas
# --------------------------------------------------------------------------- #


def _figure(ax):
    return ax.get_figure()


@chart("pandas")
def line():
    with housestyle.style():
        ax = WIDE.plot()
    return _figure(ax)


@chart("pandas")
def bar():
    with housestyle.style():
        ax = WIDE.iloc[-3:].plot.bar(rot=0)
    return _figure(ax)


@chart("pandas")
def barh():
    with housestyle.style():
        ax = WIDE.iloc[-1].sort_values().plot.barh()
    return _figure(ax)


@chart("pandas")
def stacked_area():
    with housestyle.style():
        ax = WIDE.plot.area()
    return _figure(ax)


@chart("pandas")
def subplots():
    with housestyle.style():
        axes = WIDE.plot(subplots=True, layout=(1, 3), sharey=True, legend=False)
        for ax, name in zip(axes.flat, WIDE, strict=True):
            ax.set_title(name)
    return _figure(axes.flat[0])


@chart("pandas", title=None, expect_title="Rates in three Welsh cities")
def title():
    with housestyle.style():
        ax = WIDE.plot(title="Rates in three Welsh cities")
    return _figure(ax)


@chart("pandas")
def scatter():
    with housestyle.style():
        ax = SURVEY.plot.scatter(x="score", y="score")
    return _figure(ax)


# --------------------------------------------------------------------------- #
# seaborn
# --------------------------------------------------------------------------- #


@chart("seaborn")
def barplot():
    import seaborn as sns

    with housestyle.style():
        fig, ax = plt.subplots()
        sns.barplot(SURVEY, x="region", y="score", ax=ax)
    return fig


@chart("seaborn")
def barplot_with_hue():
    import seaborn as sns

    with housestyle.style():
        fig, ax = plt.subplots()
        sns.barplot(SURVEY, x="region", y="score", hue="group", ax=ax)
    return fig


@chart("seaborn")
def lineplot_with_hue():
    import seaborn as sns

    with housestyle.style():
        fig, ax = plt.subplots()
        sns.lineplot(LONG, x="year", y="rate", hue="city", ax=ax)
    return fig


@chart("seaborn")
def histplot_with_hue():
    import seaborn as sns

    with housestyle.style():
        fig, ax = plt.subplots()
        # seaborn layers hued bars at alpha 0.5, below the brand's mark contrast:
        # check() says so; stacked they are drawn at 0.75
        sns.histplot(SURVEY, x="score", hue="group", multiple="stack", ax=ax)
    return fig


@chart("seaborn", ramp=True)
def heatmap():
    import seaborn as sns

    table = SURVEY.pivot_table(index="region", columns="group", values="score")
    with housestyle.style():
        fig, ax = plt.subplots()
        sns.heatmap(table, annot=True, fmt=".0f", cmap="ou_sequential", ax=ax)
    return fig


@chart("seaborn")
def scatterplot_with_hue():
    import seaborn as sns

    with housestyle.style():
        fig, ax = plt.subplots()
        sns.scatterplot(SURVEY, x="score", y="score", hue="region", ax=ax)
    return fig


@chart("seaborn")
def relplot():
    import seaborn as sns

    with housestyle.style(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # seaborn's own tight_layout warns
        grid = sns.relplot(LONG, x="year", y="rate", hue="city", kind="line")
    return grid.figure


@chart("seaborn", reshaped=True)  # three 3-inch columns: 9 x 3 in
def relplot_in_columns():
    import seaborn as sns

    with housestyle.style(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        grid = sns.relplot(LONG, x="year", y="rate", col="city", kind="line", height=3)
    return grid.figure


@chart("seaborn")
def catplot():
    import seaborn as sns

    with housestyle.style(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        grid = sns.catplot(SURVEY, x="region", y="score", col="group", kind="bar", height=3)
    return grid.figure
