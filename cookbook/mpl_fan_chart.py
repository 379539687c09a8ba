r"""Fan chart: a series, a dashed projection and the spread of what might happen.

A fan chart shows a projection honestly: the central path as a dashed line (a guess,
not a measurement), and around it bands that widen with time, holding given shares
of the outcomes the model allows. Readers see at once that the far future is less certain
than the next quarter.

The projection here is made in the recipe from a deliberately simple model, a random
walk with drift: log real GDP grows each quarter by its 1959-2009 average, with the
quarter-to-quarter spread of those years, so after *h* quarters the spread is
``sigma * sqrt(h)``. It shows how to draw a fan, not how to forecast an economy, and
the chart says so: the note names the model and what the bands are of (the share of
outcomes *if* growth kept its 1959-2009 mean and spread, independently each quarter),
never "likely outcomes". `p9_fan_chart` is the same chart in plotnine.

Headline rests on: US real GDP in `macrodata` (quarterly, 1959-2009 Q3, peak $13.4tn in
2008 Q2) and a centre path growing from 2009 Q3 at the mean quarterly log growth of
1959-2009; the first quarter that path passes the 2008 peak gives the year and half.

**What the house style changes.** The measured series is a solid line in the brand's
primary colour, the projection a dashed one in the same colour, joined to the last
measured point so there is no gap. Each band is the primary colour at the brand's
band opacity (``brand.marks.band_opacity``) laid over the background; the bands
overlap, so the opacity builds up towards the middle, and the widest band is the
palest in a light and in a dark brand alike. A note names the bands from the inside
out instead of a legend; labels at the bands' ends would collide in a print column,
where the fan is only a few points wide. The axis does not start at zero, so it has
no dark baseline, and the unit is on the top label only.

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
ax.text(0.02, 0.98, CORNER, transform=ax.transAxes, va="top",
        linespacing=brand.type.line_spacing)
```

**How to: write a label with line breaks.** Put ``"\n"`` where each line should end:

```python
ax.text(0.02, 0.98, "Projection (dashed): growth at\nits 1959-2009 average.",
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
from statsmodels.datasets import macrodata

import housestyle

TAGS = ("line", "fan chart", "projection", "uncertainty", "time series", "matplotlib")

FIRST_YEAR = 2000
QUARTERS_AHEAD = 12
#: Central shares of outcomes shaded, widest first, with their z scores: the model's
#: choice of intervals (the chart's, not the house style's).
BANDS = ((0.95, 1.960), (0.80, 1.282), (0.50, 0.674))
#: The texts both twins share.
CORNER = (
    "Projection (dashed): growth at\nits 1959-2009 average. Bands\n"
    "from the inside: 50%, 80%\nand 95% of the model's outcomes"
)
SUBTITLE = "Real GDP at 2005 prices, annual rate, $tn, and a projection to {end}"
NOTE = (
    "Projection: a random walk with drift; bands hold 50%, 80% and 95% of outcomes if "
    "quarterly growth kept its 1959-2009 mean and spread. A teaching model, not a forecast"
)
SOURCE = "US Bureau of Economic Analysis, via statsmodels' macrodata dataset"


def real_gdp() -> pd.Series:
    """Return US real GDP each quarter, trillions of chained 2005 dollars."""
    data = macrodata.load_pandas().data
    quarters = pd.PeriodIndex.from_fields(
        year=data["year"].astype(int), quarter=data["quarter"].astype(int), freq="Q"
    )  # drawn at decimal years (2009.5 is Q3 2009), as in p9_fan_chart
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


def decimal(quarters: pd.PeriodIndex) -> np.ndarray:
    """Return quarters as decimal years: 2009 Q3 is 2009.5."""
    return np.asarray(quarters.year + (quarters.quarter - 1) / 4, dtype=float)


def title(peak: pd.Period, passes: pd.Period) -> str:
    """Return the headline: when the projection passes the peak (both twins use it)."""
    half = "late " if passes.quarter >= 3 else "early "
    return (
        f"At its average growth, US output would pass its {peak.year} peak in {half}{passes.year}"
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
    dates = decimal(fan.index)
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
    ax.plot(decimal(history.index), history, color=primary)
    ax.plot(dates, fan["centre"], color=primary, linestyle="--")
    end = fan.iloc[-1]
    ax.text(
        0.02,
        0.98,
        CORNER,
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
    ax.set_xlim(FIRST_YEAR, dates[-1])
    ax.set_xticks(range(FIRST_YEAR, 2014, 2))
    ax.spines["bottom"].set_visible(False)  # the axis starts at $10tn, not zero
    ax.set_yticks(range(10, 17), [*map(str, range(10, 16)), "$16tn"])
    passes = fan.index[fan["centre"] > gdp.max()][0]
    return housestyle.finalise(
        fig,
        title=title(peak, passes),
        subtitle=SUBTITLE.format(end=f"Q{fan.index[-1].quarter} {fan.index[-1].year}"),
        note=NOTE,
        source=SOURCE,
        alt=f"Line chart of US real GDP from 2000 to the third quarter of 2009, rising "
        f"from $11tn to a peak of ${gdp.max():.1f}tn in {spoken(peak)}, then falling to "
        f"${gdp.iloc[-1]:.1f}tn. A dashed projection at the 1959-2009 average growth "
        f"rises to ${end['centre']:.1f}tn by {spoken(fan.index[-1])}, passing the "
        f"peak in {spoken(passes)}, inside bands for 50%, 80% and 95% of the model's "
        "outcomes that widen to "
        f"${end['centre'] * np.exp(-1.96 * end['spread']):.1f}tn to "
        f"${end['centre'] * np.exp(1.96 * end['spread']):.1f}tn.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
