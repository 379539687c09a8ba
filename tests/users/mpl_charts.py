"""Users' charts written with matplotlib, the ordinary ways."""

from __future__ import annotations

import warnings

import matplotlib.pyplot as plt
import numpy as np

import housestyle

from .registry import chart

YEARS = np.arange(2010, 2024)
RNG = np.random.default_rng(12)
NATIONS = {
    name: 5 + np.cumsum(RNG.normal(0, 0.6, YEARS.size))
    for name in ("England", "Scotland", "Wales", "Northern Ireland")
}


def _lines(ax, names=NATIONS):
    for name in names:
        ax.plot(YEARS, NATIONS[name], label=name)


@chart("mpl")
def legend_inside_style():
    with housestyle.style():
        fig, ax = plt.subplots()
        _lines(ax)
        ax.legend()
    return fig


@chart("mpl")
def legend_after_the_block():
    with housestyle.style():
        fig, ax = plt.subplots()
        _lines(ax)
    ax.legend()  # made outside style(): matplotlib's defaults
    return fig


@chart("mpl")
def legend_with_a_title_placed_by_the_user():
    with housestyle.style():
        fig, ax = plt.subplots()
        _lines(ax, ["England", "Wales"])
        ax.legend(title="Nation", loc="lower left")
    return fig


@chart("mpl", title=None, expect_title="Unemployment fell, then rose")
def set_title():
    with housestyle.style():
        fig, ax = plt.subplots()
        _lines(ax, ["Wales"])
        ax.set_title("Unemployment fell, then rose")
    return fig


@chart("mpl")
def subplots_with_panel_titles():
    with housestyle.style():
        fig, axes = plt.subplots(2, 2, sharex=True, sharey=True)
        for ax, name in zip(axes.flat, NATIONS, strict=True):
            ax.plot(YEARS, NATIONS[name])
            ax.set_title(name)
    return fig


@chart("mpl")
def subplot_mosaic():
    with housestyle.style():
        fig, axes = plt.subplot_mosaic("AAB;CCB")
        _lines(axes["A"], ["England", "Wales"])
        axes["B"].barh(["England", "Wales"], [NATIONS["England"][-1], NATIONS["Wales"][-1]])
        axes["C"].bar(YEARS, np.diff(NATIONS["Wales"], prepend=NATIONS["Wales"][0]))
        axes["A"].set_title("Rates")
        axes["B"].set_title("In 2023")
        axes["C"].set_title("Change")
    return fig


@chart("mpl")
def twinx():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.bar(YEARS, NATIONS["Wales"] * 100, color=housestyle.current_brand().colours.grey)
        other = ax.twinx()
        other.plot(YEARS, NATIONS["Wales"], color=housestyle.current_brand().colours.primary)
    return fig


@chart("mpl", ramp=True)
def imshow_with_colorbar():
    with housestyle.style():
        fig, ax = plt.subplots()
        image = ax.imshow(RNG.random((6, 8)))
        fig.colorbar(image, ax=ax, label="Share")
    return fig


@chart("mpl", ramp=True)
def imshow_alone():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.imshow(np.add.outer(np.arange(8), np.arange(12)))
    return fig


@chart("mpl", ramp=True)
def pcolormesh_with_colorbar():
    with housestyle.style():
        fig, ax = plt.subplots()
        mesh = ax.pcolormesh(RNG.random((5, 10)))
        fig.colorbar(mesh, ax=ax)
    return fig


@chart("mpl")
def polar():
    with housestyle.style():
        fig, ax = plt.subplots(subplot_kw={"projection": "polar"})
        angles = np.linspace(0, 2 * np.pi, 13)
        ax.plot(angles, 3 + np.sin(3 * angles))
    return fig


@chart("mpl")
def fig_legend_default():
    with housestyle.style():
        fig, ax = plt.subplots()
        _lines(ax)
        fig.legend()
    return fig


@chart("mpl")
def fig_legend_outside():
    with housestyle.style():
        fig, ax = plt.subplots()
        _lines(ax)
        fig.legend(loc="outside lower center", ncols=4)
    return fig


@chart("mpl")
def users_tight_layout():
    with housestyle.style():
        fig, axes = plt.subplots(1, 2)
        _lines(axes[0], ["England"])
        _lines(axes[1], ["Scotland"])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "layout has changed to tight": matplotlib's
            fig.tight_layout()
    return fig


@chart("mpl")
def users_subplots_adjust_without_style():
    colours = housestyle.palette(n=2)
    fig, axes = plt.subplots(1, 2)
    for ax, name, colour in zip(axes, ["England", "Wales"], colours, strict=True):
        ax.plot(YEARS, NATIONS[name], color=colour)
    fig.subplots_adjust(wspace=0.5)
    return fig


@chart("mpl")
def bars_with_labels():
    with housestyle.style():
        fig, ax = plt.subplots()
        bars = ax.bar(list(NATIONS), [v[-1] for v in NATIONS.values()])
        ax.bar_label(bars, fmt="%.1f")
    return fig


@chart("mpl")
def horizontal_bars():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.barh(list(NATIONS), [v[-1] for v in NATIONS.values()])
        ax.invert_yaxis()
    return fig


@chart("mpl")
def scatter_with_an_annotation():
    with housestyle.style():
        fig, ax = plt.subplots()
        x, y = RNG.normal(size=40), RNG.normal(size=40)
        ax.scatter(x, y)
        ax.annotate(
            "An outlier", xy=(x[0], y[0]), xytext=(1.5, 2.5), arrowprops={"arrowstyle": "-"}
        )
    return fig


@chart("mpl")
def histogram():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.hist(RNG.normal(size=500))
    return fig


@chart("mpl")
def line_with_a_band():
    with housestyle.style():
        fig, ax = plt.subplots()
        wales = NATIONS["Wales"]
        (line,) = ax.plot(YEARS, wales)
        ax.fill_between(YEARS, wales - 0.5, wales + 0.5, color=line.get_color(), alpha=0.2)
    return fig


@chart("mpl")
def error_bars():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.errorbar(list(NATIONS), [v.mean() for v in NATIONS.values()], yerr=0.4, fmt="o")
    return fig


@chart("mpl")
def stacked_area():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.stackplot(YEARS, *[np.abs(v) for v in NATIONS.values()], labels=list(NATIONS))
        ax.legend()
    return fig


@chart("mpl")
def reference_line():
    with housestyle.style():
        fig, ax = plt.subplots()
        _lines(ax, ["Scotland"])
        ax.axhline(5, color=housestyle.current_brand().colours.axis, linestyle="--")
    return fig


@chart("mpl", title=None, expect_title="Four nations, one trend")
def suptitle_over_two_panels():
    with housestyle.style():
        fig, axes = plt.subplots(1, 2, sharey=True)
        _lines(axes[0], ["England", "Scotland"])
        _lines(axes[1], ["Wales", "Northern Ireland"])
        axes[0].legend()
        axes[1].legend()
        fig.suptitle("Four nations, one trend")
    return fig


@chart("mpl")
def made_without_style():
    fig, ax = plt.subplots()  # no style(): the user's colour, matplotlib's font
    ax.plot(YEARS, NATIONS["England"], color=housestyle.palette()[0], label="England")
    ax.legend(loc="upper left")
    ax.set_ylabel("Rate, %")
    return fig


@chart("mpl", own=("rebeccapurple",))
def users_own_colour():
    with housestyle.style():
        fig, ax = plt.subplots()
        ax.plot(YEARS, NATIONS["Wales"], color="rebeccapurple")  # the user's choice
    return fig
