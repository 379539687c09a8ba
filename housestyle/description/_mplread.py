"""Reading a matplotlib figure's data back from its artists.

Lines, bars (and histograms), points, filled areas, error bars, segments, heatmaps
(``pcolormesh``, ``imshow`` of a 2-D array) are read as data, in the units the axes
show: a categorical axis gives its category names (from the ticks), a date axis gives
dates. Lines and spans drawn across the axes (``axhline``, ``axvspan``) are reference
marks, texts are labels, and the title block, footer and logo (the artists
:func:`housestyle.finalise` draws, with their gids) are never data. An image that is
not a heatmap, and shapes drawn by hand, are named as unreadable.
"""

from __future__ import annotations

from typing import cast

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import (
    LineCollection,
    PathCollection,
    PolyCollection,
    QuadMesh,
)
from matplotlib.container import BarContainer, ErrorbarContainer
from matplotlib.figure import Figure

from .._private import is_colorbar
from ..ink import chart_formatter
from ..record import GID_PREFIX
from ._artists import (
    Positions,
    axis_categories,
    is_dates,
    is_span,
    read_area,
    read_bars,
    read_errorbars,
    read_lines,
    read_points_by_colour,
    read_segments,
    read_spans,
)
from ._boxes import read_boxes
from ._heatmaps import read_image, read_mesh
from ._model import Marks, Reading, measure_axis, points_along_categories, read_value_ticks
from ._naming import series_colour

__all__ = [
    "data_axes",
    "read_figure",
    "series_colour",
]


def data_axes(fig: Figure) -> list[Axes]:
    """The axes of ``fig`` that hold data: visible, with marks, not a colour bar or decoration."""
    return [
        ax
        for ax in fig.axes
        if ax.get_visible()
        and not is_colorbar(ax)
        and not str(ax.get_gid() or "").startswith(GID_PREFIX)
        and bool(ax.lines or ax.collections or ax.patches or ax.images)
    ]


# --------------------------------------------------------------------------- #
# Positions as the axes show them
# --------------------------------------------------------------------------- #


# --------------------------------------------------------------------------- #
# Reading each kind of artist
# --------------------------------------------------------------------------- #


def _read_axes(ax: Axes, facet: str | None, reading: Reading) -> None:
    xs, ys = Positions(ax.xaxis), Positions(ax.yaxis)
    reading.x_dates = reading.x_dates or xs.dates
    reading.y_dates = reading.y_dates or ys.dates
    skip: set[int] = set()
    contained: set[int] = set()
    found: list[Marks | None] = []
    for container in ax.containers:
        if isinstance(container, ErrorbarContainer):
            data_line, caps, bars = container.lines
            skip.update(id(c) for c in caps)
            contained.update(id(b) for b in bars)
            if data_line is not None:
                skip.add(id(data_line))
            found.append(read_errorbars(container, xs, ys))
        elif isinstance(container, BarContainer):
            contained.update(id(p) for p in container.patches)
            found.append(read_bars(container, xs, ys, ax))
    boxes = read_boxes(ax, xs, ys, skip)
    found += boxes
    if boxes:
        contained.update(id(p) for p in ax.patches if type(p).__name__ == "PathPatch")
    found += read_lines(ax, xs, ys, skip)
    odd: list[str] = []
    for coll in ax.collections:
        if id(coll) in contained or not coll.get_visible():
            continue
        if isinstance(coll, QuadMesh):
            found.append(read_mesh(coll, xs, ys))
        elif isinstance(coll, LineCollection):
            marks = read_segments(coll, xs, ys, ax)
            found.append(marks) if marks is not None else odd.append("drawn segments")
        elif isinstance(coll, PathCollection):
            found += read_points_by_colour(coll, xs, ys, ax)
        elif isinstance(coll, PolyCollection):
            marks = read_area(coll, xs, ys, ax)
            found.append(marks) if marks is not None else odd.append("shapes drawn by hand")
        else:
            odd.append("shapes drawn by hand")
    for image in ax.images:
        marks = read_image(image, xs, ys)
        found.append(marks) if marks is not None else odd.append("an image that is not a heatmap")
    for patch in ax.patches:
        if id(patch) in contained or not patch.get_visible():
            continue
        if is_span(patch, ax):
            reading.references.append(("span", None))
        else:
            odd.append("shapes drawn by hand")
    reading.references += read_spans(ax, xs, ys)
    top_down = ys.categories if not xs.categories else None  # names up the y axis only
    for marks in found:
        if marks is not None and len(marks):
            marks.facet = facet
            if top_down and marks.kind != "line":
                _from_the_top(marks, top_down, ax.yaxis_inverted())
            reading.marks.append(marks)
    reading.unreadable += [o for o in dict.fromkeys(odd) if o not in reading.unreadable]


#: The per-mark lists of a :class:`Marks`, kept in step when its marks are reordered.
_PER_MARK = ("x", "y", "value", "low", "high", "marks_highlighted")


def _from_the_top(marks: Marks, categories: dict[float, str], inverted: bool) -> None:
    """Put marks up a category axis in the order a reader meets them: from the top.

    matplotlib numbers the categories up the y axis from the bottom (an inverted axis,
    from the top), and a horizontal bar chart is drawn in that order: listed so, a bar
    chart sorted with its largest at the top named it last. As plotnine's flipped
    charts are read (:mod:`._ggread`).
    """
    where = {name: loc for loc, name in categories.items()}
    places = [where.get(v) if isinstance(v, str) else None for v in marks.y]
    if any(place is None for place in places):
        return  # a mark between the categories: left in the order drawn
    order = sorted(range(len(places)), key=lambda i: cast(float, places[i]), reverse=not inverted)
    for name in _PER_MARK:
        values = getattr(marks, name)
        if values is not None and len(values) == len(order):
            setattr(marks, name, [values[i] for i in order])


def _axis_title(axes: list[Axes], which: str) -> str:
    for ax in axes:
        text = (ax.get_xlabel() if which == "x" else ax.get_ylabel()).strip()
        if text:
            return text
    return ""


def _twins(axes: list[Axes]) -> bool:
    """True for two axes at one place sharing x: one plot with two y axes."""
    a, b = axes[0], axes[-1]
    return bool(
        a is not b
        and a.get_shared_x_axes().joined(a, b)
        and np.allclose(a.get_position().bounds, b.get_position().bounds)
    )


def _facet_name(ax: Axes, i: int, axes: list[Axes]) -> str:
    """A panel's title; for a twin (a second y axis over the same x), its y axis' title."""
    if len(axes) == 2 and _twins(axes):
        label = " ".join(ax.get_ylabel().split())
        side = "right" if ax.yaxis.get_label_position() == "right" else "left"
        return label or f"{side} axis"
    for text in (ax.get_title(), ax.get_title("left"), ax.get_title("right")):
        if text.strip():
            return text.strip()
    return f"panel {i + 1}"


def _unit(axes: list[Axes], reading: Reading) -> None:
    """How the measured axis writes its numbers: its unit ("$", "tn"), sizes both ways."""
    which = measure_axis(reading)
    if not which or not axes:
        return
    axis = axes[0].xaxis if which == "x" else axes[0].yaxis
    if is_dates(axis) or axis_categories(axis):
        return
    formatter = chart_formatter(axis.get_major_formatter())  # its English form: "12%"
    locs = [float(v) for v in axis.get_majorticklocs()]
    try:
        labels = [str(label) for label in formatter.format_ticks(locs)]
    except (TypeError, ValueError, IndexError):
        return
    read_value_ticks(reading, which, list(zip(locs, labels, strict=False)))


def _bands(marks: list[Marks]) -> None:
    """Tell filled areas apart: from zero (an area), on another (stacked), or a band.

    An area from zero shows its top; a stacked one its height; a band between two
    curves (a fan chart, a confidence band) is a range, with no single value.
    """
    areas = [m for m in marks if m.kind == "area" and m.low is not None and m.high is not None]
    tops = [np.asarray(m.high, dtype=float) for m in areas]
    for marks_ in areas:
        low = np.asarray(marks_.low, dtype=float)
        if np.allclose(low, 0):
            marks_.y = list(marks_.high or [])
            continue
        stacked = any(len(top) == len(low) and np.allclose(top, low) for top in tops)
        if not stacked:
            marks_.kind, marks_.y = "range", [None] * len(low)


def read_figure(fig: Figure, reading: Reading) -> Reading:
    """Read every data axes of ``fig`` into ``reading``; return it."""
    axes = data_axes(fig)
    several = len(axes) > 1
    if several:
        reading.facets = [_facet_name(ax, i, axes) for i, ax in enumerate(axes)]
        reading.twin_axes = len(axes) == 2 and _twins(axes)
    for i, ax in enumerate(axes):
        _read_axes(ax, reading.facets[i] if several else None, reading)
    _bands(reading.marks)
    points_along_categories(reading)
    _unit(axes, reading)
    for ax in axes:  # upside down: rank 1 at the top
        reading.inverted |= {"x"} if ax.xaxis_inverted() else set()
        reading.inverted |= {"y"} if ax.yaxis_inverted() else set()
    reading.x_label = _axis_title(axes, "x")
    # two y axes: each panel (named by its axis title) has its own; the column is "y"
    reading.y_label = "" if reading.twin_axes else _axis_title(axes, "y")
    colourbars = [ax for ax in fig.axes if is_colorbar(ax)]
    if colourbars:
        bar = colourbars[0]
        reading.value_label = (bar.get_ylabel() or bar.get_xlabel() or "").strip()
    if reading.facets:
        used = {m.facet for m in reading.marks}
        reading.facets = [f for f in reading.facets if f in used]
    return reading
