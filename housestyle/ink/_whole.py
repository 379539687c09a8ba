"""Whole-number scales: axes whose plotted data are all whole numbers (years, counts).

matplotlib's default locator steps by 1, 2, 2.5, 5 or 10 times a power of ten,
whichever fits best; on a scale of years or counts a step of 2.5 puts ticks at
half a year ("2002.5"). Finalise steps such an axis by whole numbers
(:mod:`housestyle.finish`), and ``check()`` names one whose ticks still fall between
them (the ``whole_number_steps`` rule): both read the axis here, so they agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from matplotlib.collections import PathCollection
from matplotlib.container import BarContainer

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["WHOLE_SCALE", "YEARS", "is_whole_number_axis", "plotted_values"]

#: Distinct whole values an axis's data needs to read as a whole-number scale (years,
#: counts): a line through three points at 1, 2 and 3 may be a measure sampled there.
#: Years need only two: "2019.5" between 2019 and 2022 is never a year a chart means.
WHOLE_SCALE = 5
#: The whole numbers read as years (as :func:`housestyle.describe` reads them).
YEARS = (1000, 3000)


def plotted_values(ax: Axes, axis: int) -> np.ndarray:
    """The values ``ax``'s lines, points and bars are plotted at along ``axis`` (0: x, 1: y).

    A bar gives its position along its base and its length along the other axis (the
    count it shows); hidden marks give nothing, nor do values that are not finite.
    """
    found = [
        np.asarray(line.get_xydata(), dtype=float).reshape(-1, 2)[:, axis]
        for line in ax.lines
        if line.get_visible()
    ]
    found += [
        np.asarray(points.get_offsets(), dtype=float).reshape(-1, 2)[:, axis]
        for points in ax.collections
        if isinstance(points, PathCollection) and points.get_visible()
    ]
    for bars in ax.containers:
        if isinstance(bars, BarContainer):
            found.append(_bar_values(bars, axis))
    values = np.concatenate(found) if found else np.empty(0)
    return values[np.isfinite(values)]


def _bar_values(bars: BarContainer, axis: int) -> np.ndarray:
    """Where each shown bar stands along its base, or how far it reaches, along ``axis``."""
    boxes = np.array(
        [
            (bar.get_x(), bar.get_y(), bar.get_width(), bar.get_height())
            for bar in bars.patches
            if bar.get_visible()
        ],
        dtype=float,
    ).reshape(-1, 4)
    corner, size = boxes[:, axis], boxes[:, axis + 2]
    along_base = (axis == 0) == (bars.orientation == "vertical")
    return corner + size / 2 if along_base else corner + size


def is_whole_number_axis(ax: Axes, axis: int) -> bool:
    """True when ``ax``'s axis (0: x, 1: y) is a number scale of whole-number data.

    Its data (:func:`plotted_values`) are all whole numbers, of at least
    :data:`WHOLE_SCALE` distinct values, or of two that are all years (:data:`YEARS`: a
    line over 2019 to 2022); category and date axes (those with units) are not number
    scales.
    """
    along = (ax.xaxis, ax.yaxis)[axis]
    if getattr(along.get_units(), "_mapping", None) or along.get_converter() is not None:
        return False
    values = plotted_values(ax, axis)
    if not np.all(values == np.round(values)):
        return False
    distinct = np.unique(values).size
    years = bool(values.size) and YEARS[0] <= values.min() and values.max() < YEARS[1]
    return bool(distinct >= WHOLE_SCALE or (years and distinct >= 2))
