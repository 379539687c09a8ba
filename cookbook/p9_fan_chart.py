r"""Fan chart in plotnine: a projection and its uncertainty, shaded.

A fan chart continues a series past its last value with a dashed central projection
and bands that widen with the horizon: the further ahead, the less anyone knows. The
bands say that honestly, where a lone dashed line would claim a precision no
forecast has. Here US real GDP is projected three years ahead by a deliberately
simple model fitted in the recipe: a random walk with drift, whose quarterly growth
has the mean and spread of 1959-2009. The chart says what the bands are of (the share
of outcomes *if* growth kept that mean and spread, independently each quarter) and that
the model teaches, not forecasts. `mpl_fan_chart` is the same chart in matplotlib.

Headline rests on: US real GDP in `macrodata` (quarterly, 1959-2009 Q3, peak $13.4tn in
2008 Q2) and a centre path growing from 2009 Q3 at the mean quarterly log growth of
1959-2009; the first quarter that path passes the 2008 peak gives the year and half.

**What the house style changes.** The history is a solid line in the brand's primary
colour; the projection is the same colour, dashed, so it reads as the same measure
in a weaker voice. Each band is the primary colour at the brand's band opacity
(`brand.marks.band_opacity`); the bands overlap, so the opacity builds up towards the
middle of the fan, which stands out most in a light brand and a dark one alike. The
bands are named once, in a note in the empty corner, instead of in a legend. The axis
starts at $10tn, not zero, so the dark baseline goes (`axis_line_x=element_blank()`),
and the unit is on the top label only.

**How to: draw a fan.** Compute the lower and upper bound of each band, then draw one
`geom_ribbon()` per band, widest first so that the narrower ones lie on top; join
the projection to the last observed point so that the two lines meet:

```python
for band in BANDS:  # 95%, 80%, 50%
    plot += geom_ribbon(aes(ymin=f"low_{band}", ymax=f"high_{band}"), data=fan,
                        fill=colours.primary, alpha=brand.marks.band_opacity)
plot += geom_line(aes(y="centre"), data=fan, linetype="dashed", colour=colours.primary)
```

**How to: write a note inside the panel.** `annotate("text", ...)` places one text at
data coordinates; break it into lines with `"\n"` so that it fits the empty corner:

```python
+ annotate("text", x=2000.15, y=15.85, label=CORNER, ha="left", va="top",
           size=brand.type.annotation, colour=colours.text)
```

**How to: write a label with line breaks.** Put `"\n"` where each line should end:

```python
+ annotate("text", x=2000.15, y=15.85, ha="left", va="top",
           label="Projection (dashed): growth at\nits 1959-2009 average.")
```
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from plotnine import (
    aes,
    annotate,
    element_blank,
    geom_line,
    geom_ribbon,
    ggplot,
    scale_x_continuous,
    scale_y_continuous,
    theme,
)
from statsmodels.datasets import macrodata

import housestyle
from housestyle import line_size, theme_ou

TAGS = ("fan chart", "projection", "uncertainty", "line", "time series", "plotnine")

FIRST_YEAR = 2000
HORIZON = 12  # quarters projected
#: Percent of the model's outcomes inside each band, widest first, with its z score.
BANDS = ((95, 1.960), (80, 1.282), (50, 0.674))
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
    for band, z in BANDS:
        half = z * growth.std() * np.sqrt(steps)
        fan[f"low_{band}"] = np.exp(centre - half)
        fan[f"high_{band}"] = np.exp(centre + half)
    return fan


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
    plot = ggplot(shown, aes("when", "gdp"))
    for band, _ in BANDS:
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
        annotate(
            "text",
            x=FIRST_YEAR + 0.15,
            y=15.85,
            label=CORNER,
            ha="left",
            va="top",
            size=brand.type.annotation,
            colour=colours.text,
        ),
        scale_x_continuous(
            breaks=range(2000, 2014, 2), limits=(FIRST_YEAR, end["when"]), expand=(0, 0)
        ),
        scale_y_continuous(
            breaks=range(10, 17),
            labels=lambda values: [f"${v:g}tn" if v == values[-1] else f"{v:g}" for v in values],
            limits=(10, 16),
            expand=(0, 0),
        ),
        theme_ou(),
        theme(axis_line_x=element_blank()),
    ]
    peak = history.loc[history["gdp"].idxmax()]
    regained = fan[fan["centre"] > peak["gdp"]].iloc[0]
    return housestyle.finalise(
        plot,
        title="At its average growth, US output would pass its "
        f"{int(peak['when'])} peak in {'late' if regained['when'] % 1 >= 0.5 else 'early'} "
        f"{int(regained['when'])}",
        subtitle=SUBTITLE.format(end=quarter_name(end["when"])),
        note=NOTE,
        source=SOURCE,
        alt=(
            f"Line chart of US real GDP from {FIRST_YEAR} to "
            f"{quarter_name(history['when'].iloc[-1])}, "
            f"rising from about $11 trillion to a peak of ${peak['gdp']:.1f} trillion in "
            f"{quarter_name(peak['when'])} and falling to "
            f"${history['gdp'].iloc[-1]:.1f} trillion. A dashed projection continues at the "
            f"long-run growth rate, passing the peak in {quarter_name(regained['when'])} and "
            f"reaching ${end['centre']:.1f} trillion by {quarter_name(end['when'])}, inside "
            "shaded bands holding 50%, 80% and 95% of the model's outcomes, which widen "
            "with time."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
