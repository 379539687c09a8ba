"""Fan chart in plotnine: a projection and its uncertainty, shaded.

A fan chart continues a series past its last value with a dashed central projection
and bands that widen with the horizon: the further ahead, the less anyone knows. The
bands say that honestly, where a lone dashed line would claim a precision no
forecast has. Here US real GDP is projected three years ahead by a deliberately
simple model fitted in the recipe: a random walk with drift, whose quarterly growth
has the mean and spread of 1959-2009.

**What the house style changes.** The history is a solid line in the brand's primary
colour; the projection is the same colour, dashed, so it reads as the same measure
in a weaker voice. Each band is the primary colour at the brand's band opacity
(`brand.marks.band_opacity`); the bands overlap, so the opacity builds up towards the
likeliest outcomes, and the middle of the fan stands out most in a light brand and a
dark one alike. Each band is named once, at
its right-hand end, instead of in a legend.

**How to: draw a fan.** Compute the lower and upper bound of each band, then draw one
`geom_ribbon()` per band, widest first so that the narrower ones lie on top; join
the projection to the last observed point so that the two lines meet:

```python
for band in BANDS:  # 95%, 80%, 50%
    plot += geom_ribbon(aes(ymin=f"low_{band}", ymax=f"high_{band}"), data=fan,
                        fill=colours.primary, alpha=brand.marks.band_opacity)
plot += geom_line(aes(y="centre"), data=fan, linetype="dashed", colour=colours.primary)
```

**How to: make room for labels past the data.** The figure's outer margins belong to
the brand (`layout.margins`), and `finalise()` sets plotnine's `plot_margin` from
them, so that every chart lines up with its title and footer; a `plot_margin` set in
the recipe is replaced. To make room inside the chart, for the band labels to the
right of the fan, widen the scale instead: `expand=(0, 0, 0, 1.4)` adds 1.4 years
on the right only.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from plotnine import (
    aes,
    geom_line,
    geom_ribbon,
    geom_text,
    ggplot,
    scale_x_continuous,
    scale_y_continuous,
)
from scipy.stats import norm
from statsmodels.datasets import macrodata

import housestyle
from housestyle import line_size, theme_ou

TAGS = ("fan chart", "projection", "uncertainty", "line", "time series", "plotnine")

FIRST_YEAR = 2000
HORIZON = 12  # quarters projected
BANDS = (95, 80, 50)  # percent of outcomes inside each band, widest first
#: The least distance between two band labels, in trillions of dollars: a line of text.
LABEL_GAP = 0.42
#: A projection is drawn dashed: the convention for "not observed".
PROJECTION = "dashed"


def real_gdp() -> pd.DataFrame:
    """Return quarterly US real GDP in trillions of 2005 dollars, with decimal time."""
    data = macrodata.load_pandas().data
    return pd.DataFrame(
        {
            "when": data["year"] + (data["quarter"] - 1) / 4,
            "gdp": data["realgdp"] / 1000,
        }
    )


def projection(history: pd.DataFrame, horizon: int = HORIZON) -> pd.DataFrame:
    """Project ``history`` with a random walk with drift fitted to its log growth.

    Quarterly log growth is taken as independent and normal with the sample's mean
    and standard deviation, so the centre grows at the mean and each band's half-width
    grows with the square root of the horizon. Step 0 is the last observed quarter.
    """
    growth = np.log(history["gdp"]).diff().dropna()
    steps = np.arange(horizon + 1)
    start = history.iloc[-1]
    centre = np.log(start["gdp"]) + growth.mean() * steps
    fan = pd.DataFrame({"when": start["when"] + steps / 4, "centre": np.exp(centre)})
    for band in BANDS:
        half = norm.ppf(0.5 + band / 200) * growth.std() * np.sqrt(steps)
        fan[f"low_{band}"] = np.exp(centre - half)
        fan[f"high_{band}"] = np.exp(centre + half)
    return fan


def band_labels(end: pd.Series) -> pd.DataFrame:
    """Return a label for each band at the fan's end, beside its upper half."""
    tops = [end[f"high_{band}"] for band in BANDS] + [end["centre"]]
    middles = [(upper + lower) / 2 for upper, lower in zip(tops, tops[1:], strict=False)]
    return pd.DataFrame(
        {
            "when": end["when"] + 0.15,
            "gdp": housestyle.spread_labels(middles, gap=LABEL_GAP),
            "label": [f"{band}%" for band in BANDS],
        }
    )


def quarter_name(when: float) -> str:
    """Write a decimal quarter (2009.5) as Q3 2009."""
    year = int(when)
    return f"Q{round((when - year) * 4) + 1} {year}"


@housestyle.style()
def recipe() -> Figure:
    """Return US real GDP since 2000 with a three-year fan of projections."""
    brand = housestyle.current_brand()
    colours = brand.colours
    history = real_gdp()
    fan = projection(history)
    shown = history[history["when"] >= FIRST_YEAR]
    end = fan.iloc[-1]
    labels = band_labels(end)
    plot = ggplot(shown, aes("when", "gdp"))
    for band in BANDS:
        plot += geom_ribbon(
            aes(x="when", ymin=f"low_{band}", ymax=f"high_{band}"),
            data=fan,
            inherit_aes=False,
            fill=colours.primary,
            alpha=brand.marks.band_opacity,
        )
    plot += [
        geom_line(colour=colours.primary, size=line_size(brand.lines.data)),
        geom_line(
            aes(y="centre"),
            data=fan,
            colour=colours.primary,
            size=line_size(brand.lines.data),
            linetype=PROJECTION,
        ),
        geom_text(
            aes(label="label"),
            data=labels,
            ha="left",
            va="center",
            size=brand.type.annotation,
            colour=colours.muted_text,
        ),
        scale_x_continuous(breaks=range(2000, 2014, 2), expand=(0, 0, 0, 1.4)),
        scale_y_continuous(
            breaks=range(10, 17),
            labels=lambda values: [f"${v:g}trn" if v == values[-1] else f"{v:g}" for v in values],
            limits=(10, 16),
            expand=(0, 0),
        ),
        theme_ou(),
    ]
    peak = history.loc[history["gdp"].idxmax()]
    regained = fan[fan["centre"] >= peak["gdp"]].iloc[0]
    return housestyle.finalise(
        plot,
        title="At its long-run pace, US output would regain its 2008 peak in "
        f"{int(regained['when'])}",
        subtitle="Real GDP at 2005 prices, annual rate, with a simple trend projection",
        source="US Bureau of Economic Analysis via FRED (2009 release), via statsmodels' "
        "macrodata dataset; projection: a random walk with drift fitted here to 1959-2009",
        alt=(
            f"Line chart of US real GDP from {FIRST_YEAR} to "
            f"{quarter_name(history['when'].iloc[-1])}, "
            f"rising from about $11 trillion to a peak of ${peak['gdp']:.1f} trillion in "
            f"{quarter_name(peak['when'])} and falling to "
            f"${history['gdp'].iloc[-1]:.1f} trillion. A dashed projection continues at the "
            f"long-run growth rate, passing the peak in {quarter_name(regained['when'])} and "
            f"reaching ${end['centre']:.1f} trillion by {quarter_name(end['when'])}, inside "
            "shaded bands holding 50%, 80% and 95% of likely outcomes, which widen with time."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
