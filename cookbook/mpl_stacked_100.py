"""100% stacked bar chart: the make-up of each category.

A 100% stacked bar shows how each whole divides into parts, when the totals
differ or do not matter. Only the first and the last segment share a baseline, so
keep the number of parts small and put the one that matters most first.

Headline rests on: the share of each drive type among the versions of each class in `mpg`
(234 versions of 38 models; a version is a model with one engine, gearbox and year):
front-wheel drive in 93% of midsize versions, 74% of compacts and all 11 minivan
versions (all one model, the Dodge Caravan).


**What the house style changes.** The parts take the brand's categorical colours,
bars are separated from each other by white space rather than outlines, the legend
sits on top, and the percentage axis shows the percent sign on every tick.

**How to: format percentages.** Divide by the row totals so each row sums to one,
then let ``PercentFormatter(xmax=1)`` label the axis. Label a segment inside the bar
only where it is wide enough to hold its text, as below, in whichever of the brand's
text and background colours reads better on the segment's fill:
``housestyle.best_ink(fill)``.

**How to: stack bars.** Draw each part with ``left=`` (``bottom=`` for columns) set to
the sum of the parts before it:

```python
left = 0.0
for drive in shares.columns:
    ax.barh(names, shares[drive], left=left, label=drive)
    left = left + shares[drive]
```
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter
from plotnine.data import mpg

import housestyle

TAGS = ("bar", "stacked bar", "100% stacked", "part of whole", "percent axis", "matplotlib")

DRIVES = {"f": "Front-wheel", "4": "Four-wheel", "r": "Rear-wheel"}
CLASS_NAMES = {"2seater": "Two-seater", "suv": "SUV"}


@housestyle.style()
def recipe() -> Figure:
    """Draw the share of each drive type within each class of car."""
    brand = housestyle.current_brand()
    shares = mpg.groupby("class")["drv"].value_counts(normalize=True).unstack(fill_value=0)
    shares = shares[list(DRIVES)].sort_values(["f", "4"], ascending=True)
    names = [CLASS_NAMES.get(name, name.title()) for name in shares.index]
    fig, ax = plt.subplots()
    left = 0.0
    for drive, colour in zip(DRIVES, housestyle.palette(n=len(DRIVES)), strict=True):
        bars = ax.barh(names, shares[drive], left=left, color=colour, label=DRIVES[drive])
        labels = [f"{v:.0%}" if v >= 0.12 else "" for v in shares[drive]]
        ax.bar_label(
            bars,
            labels=labels,
            label_type="center",
            fontsize=brand.type.annotation,
            color=housestyle.best_ink(colour),
        )
        left = left + shares[drive]
    ax.xaxis.set_major_formatter(PercentFormatter(xmax=1, decimals=0))
    ax.set_xlim(0, 1)
    ax.grid(False)
    ax.spines["bottom"].set_visible(False)
    ax.margins(y=0.01)
    ax.legend()
    return housestyle.finalise(
        fig,
        title="Front-wheel drive rules the family car",
        subtitle="Share of the versions tested in each class, by drive type",
        note="Versions: 234 combinations of model, engine, gearbox and year, of 38 models",
        source="US Environmental Protection Agency, via plotnine's mpg dataset",
        alt="100% stacked horizontal bars showing drive type by class of car. Minivans "
        "are all front-wheel drive and midsize cars 93%; pickups are all four-wheel "
        "drive, SUVs 82%; two-seaters are all rear-wheel drive.",
    )


if __name__ == "__main__":
    out = Path(__file__).parent / "out"
    housestyle.export(recipe(), out / Path(__file__).stem)
