"""Users' charts of issue 21's slips, for ``tests/test_users_shapes.py`` (each size).

What a user's figure brings that finalise once mislaid: seaborn's ``clustermap`` made
inside ``style()`` (it draws a colorbar into an axes of its own and then calls
``tight_layout``, which crashed under the brand's constrained layout), a colorbar given
its own axes and then ``tight_layout``; pies and donuts with ``autopct`` percentages
on dark wedges and thin wedges side by side; facet titles and strips wider than their
panels (seaborn's "region = North West England | year = 2020", plotnine's health
boards); and legend titles the user wrote. Each is written as a user writes it, inside
``housestyle.style()`` (or with ``theme_ou()``), and says what ``check()`` must find
where a reader would see a slip housestyle leaves to the user (``expect``).
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

import housestyle

from .shapes_charts import shape

TOWNS = ["Cardiff", "Swansea", "Newport", "Wrexham", "Bangor", "St Davids"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
YEARS = [2018, 2019, 2020, 2021, 2022, 2023]
#: A Welsh place name with no space to wrap at: wider than a panel at every size.
LONGEST_NAME = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"


def _sns():
    import seaborn as sns

    return sns


def _p9():
    import plotnine

    return plotnine


# --------------------------------------------------------------------------- #
# Figures other libraries lay out themselves
# --------------------------------------------------------------------------- #


@shape(title="Rainfall against the average by town", keeps=tuple(TOWNS))
def sns_clustermap_in_style():
    rng = np.random.default_rng(21)
    frame = pd.DataFrame(rng.normal(size=(6, 12)).cumsum(axis=1), index=TOWNS, columns=MONTHS)
    with housestyle.style():
        return _sns().clustermap(frame, col_cluster=False).figure


@shape(title="How the measures move together", keeps=("Height", "Pay"))
def sns_clustermap_correlations_annotated():
    rng = np.random.default_rng(21)
    measures = pd.DataFrame(rng.normal(size=(120, 4)), columns=["Height", "Weight", "Age", "Pay"])
    with housestyle.style():
        grid = _sns().clustermap(
            measures.corr(),
            cmap=housestyle.colormap("diverging"),
            vmin=-1,
            vmax=1,
            annot=True,
            fmt=".2f",
        )
        return grid.figure


@shape()
def mpl_colorbar_in_its_own_axes_then_tight_layout():
    from mpl_toolkits.axes_grid1 import make_axes_locatable

    values = np.arange(48.0).reshape(6, 8)
    with housestyle.style():
        fig, ax = plt.subplots()
        image = ax.imshow(values)
        cax = make_axes_locatable(ax).append_axes("right", size="5%", pad=0.1)
        plt.colorbar(image, cax=cax)
        fig.tight_layout()
        return fig


@shape()
def sns_heatmap_with_colorbar_then_tight_layout():
    rng = np.random.default_rng(21)
    frame = pd.DataFrame(rng.integers(0, 40, size=(5, 6)), index=TOWNS[:5], columns=MONTHS[:6])
    with housestyle.style():
        fig, ax = plt.subplots()
        _sns().heatmap(frame, ax=ax, cmap=housestyle.colormap("sequential"))
        fig.tight_layout()
        return fig


# --------------------------------------------------------------------------- #
# Pies and donuts
# --------------------------------------------------------------------------- #

_MODES = ["Car or van", "Bus", "Train", "Bicycle", "On foot", "Other"]


@shape(keeps=tuple(_MODES[:3]))
def mpl_pie_thin_wedges_side_by_side():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.pie([70, 12, 8, 5, 3, 2], labels=_MODES, autopct="%1.0f%%")
        return fig


@shape(keeps=("Cars", "Buses", "Walking"))
def mpl_donut_autopct():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.pie(
            [45, 25, 15, 10, 5],
            labels=["Cars", "Buses", "Trains", "Bicycles", "Walking"],
            autopct="%1.0f%%",
            pctdistance=0.8,
            wedgeprops={"width": 0.4},
        )
        return fig


@shape(keeps=("England",))
def pandas_pie_long_names():
    shares = pd.Series(
        [41, 22, 14, 9, 8, 6],
        index=[
            "England",
            "Scotland",
            "Wales",
            "Northern Ireland",
            "Isle of Man",
            "Channel Islands",
        ],
    )
    with housestyle.style():
        return shares.plot.pie(autopct="%1.0f%%", ylabel="").get_figure()


@shape(keeps=("2019", "2023"))
def mpl_two_pies_side_by_side():
    with housestyle.style():
        fig, axes = plt.subplots(1, 2)
        for ax, year, shares in zip(axes, [2019, 2023], [[40, 35, 25], [30, 30, 40]], strict=True):
            ax.pie(shares, labels=["Owned outright", "Mortgage", "Rented"], autopct="%1.0f%%")
            ax.set_title(str(year))
        return fig


# --------------------------------------------------------------------------- #
# Facet titles and strips wider than their panels
# --------------------------------------------------------------------------- #


#: Wrapped, the titles fit their panels at every size; at print-column on three lines,
#: wrapped again as the panels widen, over panels still tall enough to read.
@shape()
def sns_relplot_long_row_and_column_titles():
    return _relplot_by_region_and_year(["North West England", "South East England"])


#: Longer region names take four lines at print-column, over panels a few points tall:
#: check() names shorter titles as the fix.
@shape(expect={"print-column": ("axes_size",)})
def sns_relplot_longer_row_titles():
    return _relplot_by_region_and_year(
        ["Yorkshire and the Humber", "North West England and Cumbria"]
    )


def _relplot_by_region_and_year(regions: list[str]):
    rng = np.random.default_rng(21)
    frame = pd.DataFrame(
        {
            "month": np.tile(np.arange(12), 6),
            "jobs": rng.normal(100, 5, 72).cumsum(),
            "year": np.repeat([2020, 2021, 2022], 24),
            "region": np.tile(np.repeat(regions, 12), 3),
        }
    )
    with housestyle.style():
        return (
            _sns().relplot(frame, x="month", y="jobs", col="year", row="region", kind="line").figure
        )


_REGIONS = [
    "North East",
    "North West",
    "Yorkshire",
    "East Midlands",
    "West Midlands",
    "East of England",
    "London",
    "South East",
]


#: At print-column the panels are narrow while the yearly tick labels crowd them, and
#: widen once the labels are thinned: a title wrapped at the first layout must go back
#: onto one line where the widened panel has room for it ("North East"), and only there.
@shape(keeps=("London",))
def mpl_grid_titles_beside_crowded_years():
    from matplotlib.ticker import MultipleLocator

    rng = np.random.default_rng(3)
    years = np.arange(2000, 2025)
    with housestyle.style():
        fig, axes = plt.subplots(2, 4, sharey=True)
        for ax, region in zip(axes.flat, _REGIONS, strict=True):
            ax.plot(years, 50 + rng.normal(0, 3, len(years)).cumsum())
            ax.set_title(region)
            ax.xaxis.set_major_locator(MultipleLocator(3))
        return fig


_BOARDS = [
    "Aneurin Bevan University Health Board",
    "Betsi Cadwaladr University Health Board",
    "Cardiff and Vale University Health Board",
    "Cwm Taf Morgannwg University Health Board",
    "Hywel Dda University Health Board",
    "Swansea Bay University Health Board",
]


@shape()
def p9_facet_wrap_long_strip_labels():
    rng = np.random.default_rng(21)
    p9 = _p9()
    frame = pd.DataFrame(
        {
            "week": np.tile(np.arange(8), 6),
            "waiting": rng.normal(50, 10, 48).round(),
            "board": np.repeat(_BOARDS, 8),
        }
    )
    return (
        p9.ggplot(frame, p9.aes("week", "waiting"))
        + p9.geom_line()
        + p9.facet_wrap("board", ncol=3)
        + housestyle.theme_ou()
    )


#: A word wider than its panel cannot wrap: check() names the fix (shorter titles); at
#: print-column the title takes the room of its panel too.
@shape(
    expect={
        "web": ("text_overlap",),
        "print-column": ("axes_size", "text_overlap"),
        "social": ("text_overlap",),
    }
)
def sns_facet_title_one_long_word():
    rng = np.random.default_rng(21)
    frame = pd.DataFrame(
        {
            "visitors": rng.normal(size=90),
            "place": np.repeat([LONGEST_NAME, "Tenby", "Conwy"], 30),
        }
    )
    with housestyle.style():
        grid = _sns().FacetGrid(frame, col="place")
        grid.map(plt.hist, "visitors")
        return grid.figure


# --------------------------------------------------------------------------- #
# Legend titles the user wrote
# --------------------------------------------------------------------------- #


@shape(keeps=("Region",))
def mpl_legend_title_written():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot(YEARS, [3, 4, 6, 5, 7, 8], label="North")
        ax.plot(YEARS, [2, 4, 5, 5, 6, 6], label="South")
        ax.legend(title="Region")
        return fig


@shape(keeps=("Region",))
def sns_legend_retitled():
    frame = pd.DataFrame(
        {
            "year": YEARS * 2,
            "rate": [3, 4, 6, 5, 7, 8, 2, 4, 5, 5, 6, 6],
            "r": ["N"] * 6 + ["S"] * 6,
        }
    )
    with housestyle.style():
        fig, ax = plt.subplots()
        _sns().lineplot(frame, x="year", y="rate", hue="r", ax=ax)
        ax.legend(title="Region")
        return fig


@shape(keeps=("Region",))
def p9_labs_colour_is_kept():
    p9 = _p9()
    frame = pd.DataFrame(
        {
            "year": YEARS * 2,
            "rate": [3, 4, 6, 5, 7, 8, 2, 4, 5, 5, 6, 6],
            "r": ["N"] * 6 + ["S"] * 6,
        }
    )
    return (
        p9.ggplot(frame, p9.aes("year", "rate", colour="r"))
        + p9.geom_line()
        + p9.labs(colour="Region")
        + housestyle.theme_ou()
    )


@shape()
def mpl_grid_with_its_colorbar_placed_by_hand():
    """Two panels and one colorbar in axes the user placed at the figure's right edge."""
    rng = np.random.default_rng(21)
    with housestyle.style():
        fig, axes = plt.subplots(1, 2, sharey=True)
        for ax in axes:
            mesh = ax.pcolormesh(rng.random((6, 10)), cmap=housestyle.colormap("sequential"))
        cax = fig.add_axes((0.92, 0.15, 0.02, 0.7))
        fig.colorbar(mesh, cax=cax, label="Share of households")
        return fig
