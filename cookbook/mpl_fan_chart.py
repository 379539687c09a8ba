r"""Fan chart: a series, a dashed projection and the spread of what might happen.

A fan chart shows a projection honestly: the central path as a dashed line (a guess,
not a measurement), and around it bands that widen with time, holding the outcomes
the model thinks likely. Readers see at once that the far future is less certain
than the next quarter.

The projection here is made in the recipe from a deliberately simple model, a random
walk with drift: log real GDP grows each quarter by its 1959-2009 average, with the
quarter-to-quarter spread of those years, so after *h* quarters the spread is
``sigma * sqrt(h)``. It shows how to draw a fan, not how to forecast an economy.

**What the house style changes.** The measured series is a solid line in the brand's
primary colour, the projection a dashed one in the same colour, joined to the last
measured point so there is no gap. Each band is the primary colour at the brand's
band opacity (``brand.marks.band_opacity``) laid over the background; the bands
overlap, so the opacity builds up towards the middle, and the widest band is the
palest in a light and in a dark brand alike. A note names the bands from the inside out instead of a
legend; labels at the bands' ends would collide in a print column, where the fan is
only a few points wide.

**How to: shade an interval.** ``ax.fill_between(x, low, high)`` fills between two
curves. Draw the bands from the widest to the narrowest, each at the brand's band
opacity, so that each narrower band darkens the one under it:

```python
for z in (1.96, 1.28, 0.67):  # 95%, 80% and 50% of outcomes
    ax.fill_between(dates, centre * np.exp(-z * spread),
                    centre * np.exp(z * spread), color=primary,
                    alpha=brand.marks.band_opacity, linewidth=0)
```

**How to: break a label into lines.** Write ``"\n"`` where a line should break and
take the line spacing from the brand; four short lines fit in the empty top-left
corner, where one long line would run into the fan (in a print column above all,
where the text is larger against the plot). Place the note in axes fractions, so it
stays in the corner at any size:

```python
ax.text(0.02, 0.98, "Projection (dashed): growth at\nits 1959-2009 average. Bands\n"
        "from the inside: 50%, 80% and\n95% of likely outcomes.",
        transform=ax.transAxes, va="top", linespacing=brand.type.line_spacing)
```
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patheffects import withStroke
from matplotlib.ticker import FuncFormatter
from statsmodels.datasets import macrodata

import housestyle

TAGS = ("line", "fan chart", "projection", "uncertainty", "time series", "matplotlib")

FIRST_YEAR = 2000
QUARTERS_AHEAD = 12
#: Central shares of outcomes shaded, widest first, with their z scores: the model's
#: choice of intervals (the chart's, not the house style's).
BANDS = ((0.95, 1.960), (0.80, 1.282), (0.50, 0.674))


def real_gdp() -> pd.Series:
    """Return US real GDP each quarter, trillions of chained 2005 dollars."""
    data = macrodata.load_pandas().data
    quarters = pd.PeriodIndex.from_fields(
        year=data["year"].astype(int), quarter=data["quarter"].astype(int), freq="Q"
    )
    return pd.Series(data["realgdp"].to_numpy() / 1000, index=quarters, name="gdp")


def projection(gdp: pd.Series, ahead: int = QUARTERS_AHEAD) -> pd.DataFrame:
    """Project ``gdp`` with a random walk with drift fitted to its log growth.

    Returns the centre and the log-scale spread for the last measured quarter (spread
    0) and each of the next ``ahead`` quarters.
    """
    growth = np.log(gdp).diff().dropna()
    steps = np.arange(ahead + 1)
    quarters = pd.period_range(gdp.index[-1], periods=ahead + 1, freq="Q")
    return pd.DataFrame(
        {
            "centre": gdp.iloc[-1] * np.exp(growth.mean() * steps),
            "spread": growth.std() * np.sqrt(steps),
        },
        index=quarters,
    )


def spoken(quarter: pd.Period) -> str:
    """Return a quarter as words for alt text: "the second quarter of 2008"."""
    ordinal = ("first", "second", "third", "fourth")[quarter.quarter - 1]
    return f"the {ordinal} quarter of {quarter.year}"


@housestyle.style()
def recipe() -> Figure:
    """Draw US real GDP since 2000 with a three-year projection and its fan."""
    brand = housestyle.current_brand()
    primary = brand.colours.primary
    gdp = real_gdp()
    fan = projection(gdp)
    history = gdp[gdp.index.year >= FIRST_YEAR]
    dates = fan.index.to_timestamp(how="start")
    fig, ax = plt.subplots()
    for _, z in BANDS:
        ax.fill_between(
            dates,
            fan["centre"] * np.exp(-z * fan["spread"]),
            fan["centre"] * np.exp(z * fan["spread"]),
            color=primary,
            alpha=brand.marks.band_opacity,
            linewidth=0,
        )
    ax.plot(history.index.to_timestamp(how="start"), history, color=primary)
    ax.plot(dates, fan["centre"], color=primary, linestyle="--")
    end = fan.iloc[-1]
    ax.text(
        0.02,
        0.98,
        "Projection (dashed): growth at\nits 1959-2009 average. Bands\n"
        "from the inside: 50%, 80% and\n95% of likely outcomes.",
        transform=ax.transAxes,
        ha="left",
        va="top",
        linespacing=brand.type.line_spacing,
        fontsize=brand.type.annotation,
        color=brand.colours.text,
        path_effects=[withStroke(linewidth=brand.lines.halo, foreground=brand.colours.background)],
    )
    peak = gdp.idxmax()
    ax.set_ylim(10, 16)  # headroom for the note above the line
    ax.set_xlim(history.index[0].to_timestamp() - pd.Timedelta(days=90), dates[-1])
    ax.spines["bottom"].set_visible(False)  # the axis starts at $10tn, not zero
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"${v:.0f}tn"))
    passes = fan.index[fan["centre"] > gdp.max()][0]
    return housestyle.finalise(
        fig,
        title=f"At average growth, US output would top its {peak.year} peak in "
        f"{'late ' if passes.quarter >= 3 else ''}{passes.year}",
        subtitle=f"Real GDP at 2005 prices, annual rate, and a projection to "
        f"{fan.index[-1].year} Q{fan.index[-1].quarter}",
        source="US Bureau of Economic Analysis, via statsmodels' macrodata dataset; "
        "projection: a random walk with drift fitted in this recipe to 1959-2009",
        alt=f"Line chart of US real GDP from 2000 to the third quarter of 2009, rising "
        f"from $11tn to a peak of ${gdp.max():.1f}tn in {spoken(peak)}, then falling to "
        f"${gdp.iloc[-1]:.1f}tn. A dashed projection at the 1959-2009 average growth "
        f"rises to ${end['centre']:.1f}tn by {spoken(fan.index[-1])}, passing the "
        f"peak in {spoken(passes)}, inside bands for 50%, 80% and 95% of outcomes that widen to "
        f"${end['centre'] * np.exp(-1.96 * end['spread']):.1f}tn to "
        f"${end['centre'] * np.exp(1.96 * end['spread']):.1f}tn.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
