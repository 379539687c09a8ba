"""Heatmap: a value for every pair of two categories.

A heatmap colours each cell of a table by its value, so patterns across two
dimensions show at once: here, the seasonal cycle of home sales across each row and
the housing crash down the columns.

Headline rests on: homes sold in `txhousing`, summed by month and year over the 46
markets: June is the busiest month of 2000-2014 (10.4% of sales), and May to
August are the four busiest.

**What the house style changes.** Cells take the brand's sequential colormap
(``"<brand>_sequential"``, registered by ``housestyle.style()``), which runs from
close to the background for low values to far from it for high ones: light to dark
in a light brand, dark to light in a dark one, so never describe the scale as "dark
means high" in text that every brand shares; the key shows it. The cells are
separated by hairlines of the brand's edge width in the background colour; the
colour bar sits above the plot, where a legend would go, with plain numbers on its
ticks, because the subtitle already gives the unit (say a unit once).
Twelve month names fit across the width, fifteen years do not fit down the height,
so every other year is labelled.

**How to: choose the colour scale.** Use a sequential scale for quantities that
run from low to high, and a diverging one (``"<brand>_diverging"``) only when the
values have a meaningful midpoint, like a change from zero. Start the scale at a
round number and say the unit in the subtitle or on the colour bar, not both.
"""

from __future__ import annotations

import calendar
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure
from plotnine.data import txhousing

import housestyle

TAGS = ("heatmap", "matrix", "colour scale", "seasonality", "matplotlib")


@housestyle.style()
def recipe() -> Figure:
    """Draw monthly home sales in Texas, years against months, 2000-2014."""
    brand = housestyle.current_brand()
    full_years = txhousing[txhousing["year"] <= 2014]
    sales = full_years.groupby(["year", "month"])["sales"].sum().unstack("month") / 1000
    fig, ax = plt.subplots()
    mesh = ax.pcolormesh(
        np.arange(1, 13),
        sales.index,
        sales.values,
        cmap=f"{brand.name}_sequential",
        vmin=10,
        vmax=40,
        edgecolor=brand.colours.background,
        linewidth=brand.lines.edge,
    )
    ax.set_xticks(np.arange(1, 13), [calendar.month_abbr[m] for m in range(1, 13)])
    ax.set_yticks(sales.index[::2])
    ax.invert_yaxis()
    ax.grid(False)
    ax.spines["bottom"].set_visible(False)
    bar = fig.colorbar(mesh, ax=ax, location="top", shrink=0.5, aspect=30, pad=0.03)
    bar.outline.set_visible(False)
    bar.ax.tick_params(length=0, labelsize=brand.type.legend)
    return housestyle.finalise(
        fig,
        title="Texas buys its homes in the summer",
        subtitle="Homes sold each month in 46 Texan markets, thousands",
        source="Texas A&M Real Estate Center, via plotnine's txhousing dataset",
        alt="Heatmap of monthly home sales in Texas, years 2000 to 2014 down the side "
        "and months across, coloured from 10 to 40 thousand sales. May to August are "
        "the busiest months every year; sales rise to a "
        "peak in 2006 and 2007, fall to a low in 2009 to 2011, and recover by 2014.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
