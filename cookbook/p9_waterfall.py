"""Waterfall chart in plotnine: how the parts add up to a total change.

A waterfall splits one change into the steps that make it: each part is a floating
bar that starts where the one before it ended, falls for a loss and rises for a
gain, and the last bar gives the total from zero. The reader follows the running
total from left to right and sees which step mattered. Here the fall in US output in
the year from its peak, in the second quarter of 2008, is split into its parts.

Headline rests on: real GDP and its parts in `macrodata` (billions of 2005 dollars, annual
rate), 2009 Q2 less 2008 Q2: investment fell by $570bn, more than the $514bn fall of GDP
as a whole; "Everything else" is GDP less consumption, investment and federal government.


**What the house style changes.** Falls take the brand's `loss` colour, rises its
`gain` colour and the total its text colour, a neutral that no colour-blind reader
confuses with either, through `scale_fill_ou({"Fall": "loss", "Rise": "gain",
"Total": "text"})`, so the same code follows any brand.
Thin connectors in the muted text colour carry the running total from one bar to the
next, each step is labelled with its signed value at its far end, so the value axis
and its gridlines can go (a number said once), and the dark baseline is drawn at zero,
where the running total starts and the total bar stands.

**How to: draw a waterfall.** plotnine has no waterfall geom; compute each bar's
start and end with a cumulative sum and draw the bars with `geom_rect()` at numbered
positions, then name the positions on the axis:

```python
steps["end"] = steps["change"].cumsum()
steps["start"] = steps["end"] - steps["change"]
+ geom_rect(aes(xmin="x - 0.35", xmax="x + 0.35", ymin="start", ymax="end", fill="kind"))
+ scale_x_continuous(breaks=steps["x"], labels=steps["name"])
```

**How to: remove the legend.** The steps are labelled on the chart and the colours
say rise and fall, so the legend goes altogether: `theme(legend_position="none")`
removes every legend of the plot; `guides(fill="none")` removes one aesthetic's:

```python
+ theme(legend_position="none")
```
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure
from plotnine import (
    aes,
    element_blank,
    geom_hline,
    geom_rect,
    geom_segment,
    geom_text,
    ggplot,
    scale_x_continuous,
    scale_y_continuous,
    theme,
)
from statsmodels.datasets import macrodata

import housestyle
from housestyle import line_size, scale_fill_ou, theme_ou

TAGS = ("waterfall", "bar", "contributions", "change", "plotnine")

START, END = (2008, 2), (2009, 2)  # (year, quarter): the peak of real GDP, and a year on
#: The texts both twins share (``mpl_waterfall`` and ``p9_waterfall``).
TITLE = "Investment fell by more than US output as a whole"
SUBTITLE = (
    "Change in real GDP from its peak in 2008 Q2 to 2009 Q2, by component, "
    "$bn a year at 2005 prices"
)
NOTE = "Everything else: state and local government, net exports and the chain-weighting residual"
SOURCE = "US Bureau of Economic Analysis, via statsmodels' macrodata dataset"
PARTS = {
    "realcons": "Consumer\nspending",
    "realinv": "Investment",
    "realgovt": "Federal\ngovernment",
    "other": "Everything\nelse",
}
#: Half a bar's width, in steps; the connectors cross the gap: the chart's choice.
HALF_WIDTH = 0.3
#: How far beyond a bar's end its label sits, in billions of dollars: tied to this
#: chart's value scale, so the chart's, not the brand's.
LABEL_OFFSET = 12


def steps() -> pd.DataFrame:
    """Return each part's change in real GDP from ``START`` to ``END``, and the total.

    Billions of 2005 dollars at an annual rate. "Everything else" is GDP less the
    three parts: state and local government, net exports and the chaining residual.
    """
    data = macrodata.load_pandas().data.set_index(["year", "quarter"])
    data["other"] = data["realgdp"] - data[list(PARTS)[:3]].sum(axis=1)
    change = data.loc[END] - data.loc[START]
    parts = pd.DataFrame(
        {"key": list(PARTS), "name": list(PARTS.values()), "change": change[list(PARTS)].values}
    )
    parts["end"] = parts["change"].cumsum()
    parts["start"] = parts["end"] - parts["change"]
    parts["kind"] = parts["change"].gt(0).map({True: "Rise", False: "Fall"})
    total = pd.DataFrame(
        {
            "key": ["total"],
            "name": ["Total"],
            "change": [change["realgdp"]],
            "end": [change["realgdp"]],
            "start": [0.0],
            "kind": ["Total"],
        }
    )
    both = pd.concat([parts, total], ignore_index=True)
    return both.assign(x=range(1, len(both) + 1))


def signed(value: float) -> str:
    """Write a change in whole billions with its sign and the brand's minus: +53, \u2212504."""
    return housestyle.format_number(value, "+,.0f")


@housestyle.style()
def recipe() -> Figure:
    """Return the fall in US real GDP in the year from its 2008 peak, split by part."""
    brand = housestyle.current_brand()
    colours = brand.colours
    data = steps()
    data["label"] = data["change"].map(signed)
    # A label sits beyond the end the bar grows to: below a fall, above a rise.
    low, high = data[["start", "end"]].min(axis=1), data[["start", "end"]].max(axis=1)
    falls = data["change"] < 0
    data["label_y"] = (low - LABEL_OFFSET).where(falls, high + LABEL_OFFSET)
    data["va"] = falls.map({True: "top", False: "bottom"})
    connectors = data.iloc[:-1].assign(x_next=data["x"].iloc[1:].to_numpy())
    parts = data.set_index("key")["change"]
    plot = (
        ggplot(data)
        + geom_rect(
            aes(
                xmin=f"x - {HALF_WIDTH}",
                xmax=f"x + {HALF_WIDTH}",
                ymin="start",
                ymax="end",
                fill="kind",
            )
        )
        + geom_segment(
            aes(x=f"x + {HALF_WIDTH}", xend=f"x_next - {HALF_WIDTH}", y="end", yend="end"),
            data=connectors,
            colour=colours.muted_text,
            size=line_size(brand.lines.reference),
        )
        + geom_hline(yintercept=0, colour=colours.axis, size=line_size(brand.lines.axis))
        + geom_text(
            aes("x", "label_y", label="label", va="va"),
            size=brand.type.annotation,
            fontweight="bold",
            colour=colours.text,
        )
        + scale_fill_ou({"Fall": "loss", "Rise": "gain", "Total": "text"})
        + scale_x_continuous(breaks=list(data["x"]), labels=list(data["name"]), expand=(0, 0.4))
        + scale_y_continuous(limits=(-880, 40), expand=(0, 0))
        + theme_ou()
        + theme(
            legend_position="none",
            axis_line_x=element_blank(),
            axis_text_y=element_blank(),  # every step carries its value
            panel_grid_major_y=element_blank(),
        )
    )
    return housestyle.finalise(
        plot,
        title=TITLE,
        subtitle=SUBTITLE,
        note=NOTE,
        source=SOURCE,
        alt=(
            f"Waterfall chart of the change in US real GDP from Q{START[1]} {START[0]} to "
            f"Q{END[1]} {END[0]}, in billions of 2005 dollars. Consumer spending falls by "
            f"{abs(parts['realcons']):.0f} and investment by {abs(parts['realinv']):.0f}; "
            f"federal government adds {parts['realgovt']:.0f} and everything else "
            f"{parts['other']:.0f}. The total change is a fall of {abs(parts['total']):.0f}, "
            "smaller than investment's fall alone."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
