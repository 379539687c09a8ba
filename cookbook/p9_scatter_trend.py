"""Scatter plot with a trend line in plotnine.

A trend line summarises how one measure moves with another across a cloud of
points: here, how far a car goes on a gallon as its engine gets bigger. The line
is a summary, not the data, so keep the points in view, say what kind of line it
is, and give its slope in words the reader can use: each extra litre of engine
costs about three and a half miles a gallon on the highway.

**What the house style changes.** The points are hollow rings in the brand's grey
(`brand.marks.point`, edge `brand.lines.edge`), so that overlapping cars show and the
cloud stays quiet; the fitted line is drawn over them in the primary colour at the
data width, with its 95% confidence band as a translucent wash of the same colour at
the brand's band opacity (`brand.marks.band_opacity`). Both axes keep light gridlines,
since both carry values; the engine size has an axis title, and the mileage its unit
on the top label ("40 mpg").

**How to: add a trend line and say what it is.** `geom_smooth(method="lm")` fits a
straight line by least squares (plotnine fits it with statsmodels) and shades its
confidence band (`se=True`); `method="lowess"` follows a curve instead. Compute the
slope yourself to write it in the subtitle or an annotation, so that the number
and the line agree:

```python
slope, intercept = np.polyfit(mpg["displ"], mpg["hwy"], 1)
+ geom_smooth(method="lm", se=True, colour=colours.primary, fill=colours.primary,
              alpha=brand.marks.band_opacity, size=line_size(brand.lines.data))
```

Note what a straight line hides: the few two-seaters with big engines sit well
above it, and the fall flattens past five litres.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.figure import Figure
from plotnine import (
    aes,
    element_blank,
    element_line,
    element_text,
    geom_point,
    geom_smooth,
    ggplot,
    labs,
    scale_x_continuous,
    scale_y_continuous,
    theme,
)
from plotnine.data import mpg

import housestyle
from housestyle import line_size, theme_ou

TAGS = ("scatter", "trend line", "regression", "plotnine")


@housestyle.style()
def recipe() -> Figure:
    """Return highway mileage against engine size, with a least-squares line."""
    brand = housestyle.current_brand()
    colours = brand.colours
    slope, intercept = np.polyfit(mpg["displ"], mpg["hwy"], 1)
    r_squared = np.corrcoef(mpg["displ"], mpg["hwy"])[0, 1] ** 2
    axis_title = element_text(size=brand.type.axis_title, colour=colours.text)
    plot = (
        ggplot(mpg, aes("displ", "hwy"))
        + geom_point(
            colour=colours.grey,
            fill="none",
            size=line_size(brand.marks.point - brand.lines.edge),
            stroke=line_size(brand.lines.edge),
        )
        + geom_smooth(
            method="lm",
            se=True,
            colour=colours.primary,
            fill=colours.primary,
            alpha=brand.marks.band_opacity,
            size=line_size(brand.lines.data),
        )
        + scale_x_continuous(breaks=range(2, 8), limits=(1.5, 7.2), expand=(0, 0))
        + scale_y_continuous(
            breaks=range(10, 50, 10),
            labels=lambda values: [*map("{:g}".format, values[:-1]), f"{values[-1]:g} mpg"],
            limits=(10, 46),
            expand=(0, 0),
        )
        + labs(x="Engine size, litres")
        + theme_ou()
        + theme(
            panel_grid_major_x=element_line(colour=colours.gridline, size=brand.lines.gridline),
            axis_line_x=element_blank(),
            axis_title_x=axis_title,
        )
    )
    return housestyle.finalise(
        plot,
        title="Each extra litre of engine costs 3.5 miles a gallon",
        subtitle=f"Highway fuel economy of {len(mpg)} models, least-squares line and 95% band",
        source="US Environmental Protection Agency, 1999 and 2008 models, "
        "via plotnine's mpg dataset",
        alt=(
            f"Scatter plot of highway miles per gallon against engine size for {len(mpg)} "
            "car models, with a straight trend line falling from about "
            f"{intercept + slope * 1.6:.0f} mpg at 1.6 litres to {intercept + slope * 7:.0f} "
            f"at 7 litres, {abs(slope):.1f} mpg a litre; engine size accounts for "
            f"{r_squared:.0%} of the variation. A few large-engined two-seaters lie well "
            "above the line."
        ),
    )


if __name__ == "__main__":
    out = Path(__file__).with_name("out")
    out.mkdir(exist_ok=True)
    housestyle.export(recipe(), out / Path(__file__).stem, ["png", "svg"])
