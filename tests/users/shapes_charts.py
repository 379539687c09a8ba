"""Users' charts of shapes the first suite did not have, for ``tests/test_users_shapes.py``.

Every seaborn figure-level function, pandas ``hist``/``box``/``pie``/``scatter_matrix``,
pies and donuts, long and multi-line category names, Welsh, Polish, Greek, Arabic and
Chinese text, mathtext, inset axes, colorbars, secondary axes, log and symlog scales,
dates, hand-placed axes and mosaics, and plotnine's ``coord_flip``, ``facet_grid``
with long strips and ``theme()`` after ``theme_ou()``. Each is made as a user writes
it, inside ``housestyle.style()`` (or with ``theme_ou()``), and says what ``check()``
must find at each size where a reader would see a slip housestyle leaves to the user
(``expect``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

import housestyle

HERE = Path(__file__).resolve().parent
#: A user's brand: the house style with a CJK fallback family (fonts-wqy-microhei).
CJK_BRAND = HERE / "cjk.yaml"
SIZES = ("web", "print-column", "social")
#: Hospital specialties, long enough to be set at a slant.
SPECIALTIES = [
    "Accident and emergency",
    "General surgery",
    "Orthopaedics",
    "Cardiology",
    "Dermatology",
    "Ophthalmology",
]


@dataclass(frozen=True)
class Shape:
    """A user's chart and what check() must find with it, by size."""

    make: Callable[[], Any]
    brand: str | Path = "ou"
    title: str | None = "A user's chart"
    #: Errors check() must report at a size (the rule names); no other error may appear.
    expect: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: The title the finished chart must show (taken from the chart).
    expect_title: str | None = None
    #: The subtitle the finished chart must show (a suptitle moved there).
    expect_subtitle: str | None = None
    #: Texts the user wrote that the finished chart must still draw.
    keeps: tuple[str, ...] = ()


SHAPES: dict[str, Shape] = {}


def shape(**options: Any) -> Callable[[Callable[[], Any]], Callable[[], Any]]:
    """Register the decorated function as a users' chart."""

    def register(make: Callable[[], Any]) -> Callable[[], Any]:
        assert make.__name__ not in SHAPES, make.__name__
        SHAPES[make.__name__] = Shape(make=make, **options)
        return make

    return register


RNG = np.random.default_rng(21)
TIPS = pd.DataFrame(
    {
        "bill": RNG.gamma(4, 5, 160).round(2),
        "tip": RNG.gamma(2, 1.5, 160).round(2),
        "day": np.tile(["Thu", "Fri", "Sat", "Sun"], 40),
        "party": np.repeat(["Small", "Large"], 80),
    }
)
MEASURES = pd.DataFrame(RNG.normal(size=(120, 4)), columns=["Height", "Weight", "Age", "Pay"])
YEARS = np.arange(2010, 2024)


def _sns():
    import seaborn as sns

    return sns


# --------------------------------------------------------------------------- #
# seaborn figure-level functions
# --------------------------------------------------------------------------- #


@shape()
def sns_relplot_scatter():
    with housestyle.style():
        return _sns().relplot(data=TIPS, x="bill", y="tip", hue="party").figure


@shape()
def sns_relplot_lines_in_columns():
    RNG = np.random.default_rng(21)  # its own data, whatever ran before
    frame = pd.DataFrame(
        {
            "year": np.tile(YEARS, 2),
            "rate": np.r_[np.cumsum(RNG.normal(0, 1, 14)), np.cumsum(RNG.normal(0, 1, 14))],
            "nation": np.repeat(["Wales", "Scotland"], 14),
        }
    )
    with housestyle.style():
        return _sns().relplot(data=frame, x="year", y="rate", col="nation", kind="line").figure


@shape()
def sns_displot_hist():
    with housestyle.style():
        return _sns().displot(data=TIPS, x="bill").figure


@shape()
def sns_displot_kde_by_group():
    with housestyle.style():
        return _sns().displot(data=TIPS, x="bill", hue="party", kind="kde").figure


@shape()
def sns_displot_in_columns():
    with housestyle.style():
        return _sns().displot(data=TIPS, x="tip", col="party").figure


@shape()
def sns_catplot_bars():
    with housestyle.style():
        return _sns().catplot(data=TIPS, x="day", y="bill", kind="bar", errorbar=None).figure


@shape()
def sns_catplot_boxes_in_columns():
    with housestyle.style():
        return _sns().catplot(data=TIPS, x="day", y="tip", col="party", kind="box").figure


@shape()
def sns_lmplot():
    with housestyle.style():
        return _sns().lmplot(data=TIPS, x="bill", y="tip").figure


@shape()
def sns_jointplot():
    with housestyle.style():
        return _sns().jointplot(data=TIPS, x="bill", y="tip").figure


@shape()
def sns_jointplot_hex():
    with housestyle.style():
        return _sns().jointplot(data=TIPS, x="bill", y="tip", kind="hex").figure


@shape()
def sns_pairplot():
    with housestyle.style():
        return _sns().pairplot(MEASURES).figure


#: "region = North | year = 2020" is wider than its panel at web and print-column:
#: finalise breaks it at the " | ".
@shape()
def sns_facetgrid_two_ways():
    RNG = np.random.default_rng(21)  # its own data, whatever ran before
    frame = pd.DataFrame(
        {
            "value": RNG.normal(size=300),
            "year": RNG.choice([2020, 2021, 2022], 300),
            "region": RNG.choice(["North", "South"], 300),
        }
    )
    with housestyle.style():
        grid = _sns().FacetGrid(frame, col="year", row="region")
        grid.map(plt.hist, "value")
        return grid.figure


@shape()
def sns_boxplot_on_axes():
    with housestyle.style():
        fig, ax = plt.subplots()
        _sns().boxplot(data=TIPS, x="day", y="bill", ax=ax)
        return fig


# --------------------------------------------------------------------------- #
# pandas
# --------------------------------------------------------------------------- #


@shape()
def pandas_hist_grid():
    with housestyle.style():
        axes = MEASURES.hist()
        return axes.flat[0].get_figure()


@shape()
def pandas_box():
    with housestyle.style():
        return MEASURES.plot.box().get_figure()


@shape()
def pandas_pie_autopct():
    shares = pd.Series([45, 30, 25], index=["Rail", "Road", "Air"], name="")
    with housestyle.style():
        return shares.plot.pie(autopct="%1.0f%%").get_figure()


#: pandas draws the points at alpha 0.5 (too pale), and at print-column sets the first
#: panel's tick labels in its own size, below the brand's minimum.
@shape(
    expect={
        "web": ("mark_contrast",),
        "print-column": ("mark_contrast", "text_size"),
        "social": ("mark_contrast",),
    }
)
def pandas_scatter_matrix():
    with housestyle.style():
        axes = pd.plotting.scatter_matrix(MEASURES[["Height", "Weight", "Age"]])
        return axes.flat[0].get_figure()


# --------------------------------------------------------------------------- #
# matplotlib: pies, outlines, long names, scripts, maths
# --------------------------------------------------------------------------- #


@shape()
def mpl_pie_autopct():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.pie([50, 30, 20], labels=["Coal", "Gas", "Wind"], autopct="%1.0f%%")
        return fig


@shape(keeps=("Flour", "Sugar", "Eggs"))
def mpl_donut_leader_lines():
    with housestyle.style():
        fig, ax = plt.subplots()
        wedges, _ = ax.pie([30, 50, 20], wedgeprops={"width": 0.4})
        for wedge, name in zip(wedges, ["Flour", "Sugar", "Eggs"], strict=True):
            angle = np.deg2rad((wedge.theta1 + wedge.theta2) / 2)
            ax.annotate(
                name,
                xy=(np.cos(angle), np.sin(angle)),
                xytext=(1.35 * np.cos(angle), 1.35 * np.sin(angle)),
                ha="center",
                arrowprops={"arrowstyle": "-"},
            )
        return fig


@shape()
def mpl_hat_graph_outline_bars():
    with housestyle.style():
        fig, ax = plt.subplots()
        x = np.arange(5)
        ax.bar(x - 0.2, [3, 4, 5, 2, 3], 0.4, fill=False, label="Player A")
        ax.bar(x + 0.2, [2, 5, 4, 3, 4], 0.4, label="Player B")
        ax.legend()
        return fig


@shape()
def mpl_hatched_bars_and_error_bars():
    with housestyle.style():
        fig, ax = plt.subplots()
        x = np.arange(4)
        ax.bar(x, [3, 5, 4, 6], hatch="//", label="Planned")
        ax.errorbar(x, [3, 5, 4, 6], yerr=0.6, fmt="o", mfc="none", label="Measured")
        ax.legend()
        return fig


@shape(expect={"web": ("axes_size",), "print-column": ("axes_size",)})
def mpl_barh_long_department_names():
    names = [
        "Department for Environment, Food and Rural Affairs",
        "Ministry of Housing, Communities and Local Government",
        "Department for Science, Innovation and Technology",
    ]
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.barh(names, [120, 250, 80])
        ax.set_xlabel("Staff, thousands")
        return fig


@shape()
def mpl_multiline_categories():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.bar(["North\nEast", "North\nWest", "South\nEast", "South\nWest"], [4, 6, 5, 3])
        return fig


@shape()
def mpl_slanted_long_categories():
    """Long names set at 45 degrees by the user, as many do instead of a barh."""
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.bar(SPECIALTIES, [120, 95, 80, 60, 45, 30])
        ax.set_xticks(range(len(SPECIALTIES)), SPECIALTIES, rotation=45, ha="right")
        return fig


@shape()
def mpl_autofmt_dates():
    """Monthly dates turned by ``fig.autofmt_xdate()``, which also moves the bottom edge."""
    with housestyle.style():
        fig, ax = plt.subplots()
        months = pd.date_range("2023-01-01", periods=24, freq="MS")
        ax.plot(months, np.random.default_rng(3).normal(size=24).cumsum())
        fig.autofmt_xdate()
        return fig


@shape(keeps=("Gŵyr", "Dyffryn Ŵy", "Siaradwyr Cymraeg (mil)"))
def mpl_welsh_labels():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.bar(["Gŵyr", "Ynys Môn", "Dyffryn Ŵy", "Caerdydd"], [12, 9, 7, 15])
        ax.set_ylabel("Siaradwyr Cymraeg (mil)")
        return fig


@shape()
def mpl_polish_labels():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.bar(["Łódź", "Gdańsk", "Poznań", "Kraków"], [670, 470, 540, 800])
        ax.set_title("Ludność miast, tys.", loc="right")
        return fig


@shape()
def mpl_greek_labels():
    RNG = np.random.default_rng(21)  # its own data, whatever ran before
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot(YEARS, np.cumsum(RNG.normal(0, 1, YEARS.size)), label="Αθήνα")
        ax.plot(YEARS, np.cumsum(RNG.normal(0, 1, YEARS.size)), label="Θεσσαλονίκη")
        ax.legend()
        return fig


@shape(expect={size: ("missing_glyph",) for size in SIZES})
def mpl_cjk_without_a_fallback():
    """Chinese text in the shipped brand: no font it draws with has the characters."""
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.bar(["東京", "大阪", "名古屋"], [14, 9, 2])
        return fig


@shape(brand=CJK_BRAND)
def mpl_cjk_with_a_fallback():
    with housestyle.style(CJK_BRAND):
        fig, ax = plt.subplots()
        ax.bar(["東京", "大阪", "名古屋"], [14, 9, 2])
        ax.annotate("東京 peak", (0, 14), xytext=(0.6, 13))
        return fig


def mpl_arabic_labels():
    """An Arabic axis title: finalise refuses it, naming the text (not a shape: see
    tests/test_users_shapes.py), as matplotlib neither shapes nor orders it."""
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.bar(["A", "B", "C"], [3, 5, 4])
        ax.set_xlabel("المنطقة")
        return fig


@shape()
def mpl_mathtext_units():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot(YEARS, np.linspace(40, 60, YEARS.size))
        ax.set_ylabel(r"Density, people km$^{-2}$")
        ax.text(2019, 45, r"$\alpha = 10^3$")
        return fig


# --------------------------------------------------------------------------- #
# matplotlib: axes of every arrangement
# --------------------------------------------------------------------------- #


@shape()
def mpl_inset_axes():
    RNG = np.random.default_rng(21)  # its own data, whatever ran before
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot(YEARS, np.cumsum(RNG.normal(0, 1, YEARS.size)))
        inset = ax.inset_axes([0.62, 0.6, 0.33, 0.33])
        inset.bar([0, 1], [2, 3])
        inset.set_xticks([0, 1], ["Before", "After"])
        return fig


@shape(expect={})
def mpl_imshow_colorbar():
    RNG = np.random.default_rng(21)  # its own data, whatever ran before
    with housestyle.style():
        fig, ax = plt.subplots()
        image = ax.imshow(RNG.random((8, 12)))
        fig.colorbar(image, ax=ax, label="Share")
        return fig


@shape(keeps=("°F", "°C"))
def mpl_secondary_xaxis():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot(np.arange(0, 40), np.sqrt(np.arange(0, 40)))
        second = ax.secondary_xaxis(
            "top", functions=(lambda c: c * 9 / 5 + 32, lambda f: (f - 32) * 5 / 9)
        )
        second.set_xlabel("°F")
        ax.set_xlabel("°C")
        return fig


@shape()
def mpl_log_axis():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot(YEARS, 10 ** np.linspace(1, 5, YEARS.size))
        ax.set_yscale("log")
        return fig


@shape()
def mpl_symlog_axis():
    with housestyle.style():
        fig, ax = plt.subplots()
        values = np.linspace(-500, 500, 50)
        ax.plot(values, values**3 / 1e4)
        ax.set_yscale("symlog")
        return fig


@shape()
def mpl_concise_dates():
    RNG = np.random.default_rng(21)  # its own data, whatever ran before
    dates = pd.date_range("2024-01-01", periods=120, freq="D")
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot(dates, np.cumsum(RNG.normal(0, 1, dates.size)))
        locator = mdates.AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        return fig


@shape()
def mpl_add_axes_by_hand():
    RNG = np.random.default_rng(21)  # its own data, whatever ran before
    with housestyle.style():
        fig = plt.figure()
        ax = fig.add_axes((0.1, 0.1, 0.55, 0.85))
        ax.plot(YEARS, np.cumsum(RNG.normal(0, 1, YEARS.size)))
        ax.set_ylabel("Index")
        side = fig.add_axes((0.75, 0.1, 0.2, 0.85))
        side.bar([0, 1], [1, 2])
        side.set_xticks([0, 1], ["A", "B"])
        return fig


@shape()
def mpl_subplot_mosaic():
    RNG = np.random.default_rng(21)  # its own data, whatever ran before
    with housestyle.style():
        fig, axes = plt.subplot_mosaic("AB;AC")
        axes["A"].plot(YEARS, np.cumsum(RNG.normal(0, 1, YEARS.size)))
        axes["B"].bar(["x", "y"], [1, 2])
        axes["C"].scatter(RNG.random(20), RNG.random(20))
        return fig


@shape(title="Sales by region", expect_subtitle="Four regions, one year")
def mpl_suptitle_beside_a_title():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.bar(["N", "S", "E", "W"], [4, 5, 3, 6])
        fig.suptitle("Four regions, one year")
        return fig


@shape(title=None, expect_title="The suptitle is the title")
def mpl_suptitle_alone():
    with housestyle.style():
        fig, axes = plt.subplots(1, 2)
        axes[0].plot([1, 2, 3])
        axes[1].plot([3, 2, 1])
        fig.suptitle("The suptitle is the title")
        return fig


@shape()
def mpl_twin_axes():
    RNG = np.random.default_rng(21)  # its own data, whatever ran before
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.bar(YEARS, np.abs(RNG.normal(5, 2, YEARS.size)), label="Rain, mm")
        twin = ax.twinx()
        twin.plot(YEARS, 10 + np.cumsum(RNG.normal(0, 0.5, YEARS.size)), label="Temperature")
        twin.set_ylabel("°C")
        return fig


@shape()
def mpl_three_stacked_steps():
    RNG = np.random.default_rng(21)  # its own data, whatever ran before
    with housestyle.style():
        fig, axes = plt.subplots(3, 1, sharex=True)
        for ax in axes:
            ax.step(YEARS, np.cumsum(RNG.normal(0, 1, YEARS.size)))
        return fig


# --------------------------------------------------------------------------- #
# plotnine
# --------------------------------------------------------------------------- #


def _p9():
    import plotnine

    return plotnine


@shape()
def p9_coord_flip():
    p9 = _p9()
    frame = pd.DataFrame({"party": ["Labour", "Plaid Cymru", "Reform UK"], "seats": [30, 13, 9]})
    return (
        p9.ggplot(frame, p9.aes("party", "seats"))
        + p9.geom_col()
        + p9.coord_flip()
        + housestyle.theme_ou()
    )


@shape()
def p9_facet_grid_long_strips():
    RNG = np.random.default_rng(21)  # its own data, whatever ran before
    p9 = _p9()
    frame = pd.DataFrame(
        {
            "x": np.tile(np.arange(10), 4),
            "y": RNG.normal(size=40),
            "area": np.repeat(["Cardiff and Vale University Health Board", "Hywel Dda"], 20),
            "sex": np.tile(np.repeat(["Female", "Male"], 10), 2),
        }
    )
    return (
        p9.ggplot(frame, p9.aes("x", "y"))
        + p9.geom_line()
        + p9.facet_grid("sex ~ area")
        + housestyle.theme_ou()
    )


@shape()
def p9_theme_after_theme_ou():
    RNG = np.random.default_rng(21)  # its own data, whatever ran before
    p9 = _p9()
    frame = pd.DataFrame({"x": np.arange(20), "y": np.cumsum(RNG.normal(size=20))})
    return (
        p9.ggplot(frame, p9.aes("x", "y"))
        + p9.geom_line()
        + housestyle.theme_ou()
        + p9.theme(panel_grid_major_x=p9.element_line(color="#d9d9d9"))
    )


@shape(keeps=("Weekly cases",))
def p9_labs_y_is_kept():
    RNG = np.random.default_rng(21)  # its own data, whatever ran before
    p9 = _p9()
    frame = pd.DataFrame({"week": np.arange(12), "cases": RNG.poisson(30, 12)})
    return (
        p9.ggplot(frame, p9.aes("week", "cases"))
        + p9.geom_line()
        + p9.labs(y="Weekly cases")
        + housestyle.theme_ou()
    )


@shape()
def p9_mathtext_annotation():
    p9 = _p9()
    frame = pd.DataFrame({"x": np.arange(10), "y": np.arange(10) ** 2})
    return (
        p9.ggplot(frame, p9.aes("x", "y"))
        + p9.geom_point()
        + p9.annotate("text", x=3, y=60, label=r"$y = x^2$")
        + housestyle.theme_ou()
    )


@shape()
def p9_facet_wrap_six():
    RNG = np.random.default_rng(21)  # its own data, whatever ran before
    p9 = _p9()
    frame = pd.DataFrame(
        {
            "x": np.tile(np.arange(8), 6),
            "y": RNG.normal(size=48),
            "county": np.repeat(["Gwynedd", "Powys", "Ceredigion", "Conwy", "Caerdydd", "Môn"], 8),
        }
    )
    return (
        p9.ggplot(frame, p9.aes("x", "y"))
        + p9.geom_col()
        + p9.facet_wrap("county", ncol=3)
        + housestyle.theme_ou()
    )
