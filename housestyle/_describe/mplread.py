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

import re
from collections.abc import Iterable
from typing import Any, cast

import matplotlib.dates as mdates
import numpy as np
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.collections import (
    Collection,
    LineCollection,
    PathCollection,
    PolyCollection,
    QuadMesh,
)
from matplotlib.colors import to_rgba
from matplotlib.container import BarContainer, ErrorbarContainer
from matplotlib.figure import Figure
from matplotlib.image import AxesImage
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle

from .._finish.ticks import FittedFormatter
from .._private import is_colorbar
from ..record import GID_PREFIX
from .boxes import draws_line, read_boxes
from .model import Marks, Reading, measure_axis, unit_of

__all__ = ["data_axes", "read_figure", "series_colour"]

_GREY_SATURATION = 0.15  # a colour less saturated than this reads as grey
#: A number as a tick label writes it: sign, currency, digits, decimals, unit, percent.
NUMBER_TEXT = re.compile(r"[-−+]?[$£€¥]?[-−]?\d[\d,\u202f\u00a0 ]*(\.\d+)?\s?([a-zA-Z]{1,3})?%?")


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


def series_colour(artist: Any) -> tuple[float, ...] | None:
    """The colour an artist is told apart by: a line's colour, else its face colour."""
    try:
        if isinstance(artist, Line2D):
            return to_rgba(artist.get_color())
        if isinstance(artist, Collection):
            faces = artist.get_facecolor()
            if len(faces):
                return tuple(float(v) for v in np.asarray(faces)[0])
            edges = np.asarray(artist.get_edgecolor())
            return tuple(float(v) for v in edges[0]) if len(edges) else None
        if isinstance(artist, Patch):
            return to_rgba(artist.get_facecolor())
    except (ValueError, TypeError, IndexError):
        return None
    return None


def _is_grey(colour: tuple[float, ...] | None) -> bool:
    if colour is None:
        return True
    r, g, b = colour[:3]
    high, low = max(r, g, b), min(r, g, b)
    return high == 0 or (high - low) / high < _GREY_SATURATION


# --------------------------------------------------------------------------- #
# Positions as the axes show them
# --------------------------------------------------------------------------- #


def _is_dates(axis: Axis) -> bool:
    formatter = axis.get_major_formatter()
    return isinstance(
        formatter, mdates.DateFormatter | mdates.AutoDateFormatter | mdates.ConciseDateFormatter
    )


def _categories(axis: Axis) -> dict[float, str] | None:
    """Tick position -> label for an axis of named categories, else None.

    An axis is one of categories when every label it shows is a name, not a number
    (tick labels housestyle thinned or wrapped to fit are read from the chart's own
    formatter, unwrapped).
    """
    formatter = axis.get_major_formatter()
    if isinstance(formatter, FittedFormatter):
        formatter = formatter.inner
    locs = list(axis.get_majorticklocs())
    if not locs or _is_dates(axis):
        return None
    try:
        labels = formatter.format_ticks(locs)
    except (TypeError, ValueError, IndexError):
        return None
    shown = {
        float(loc): " ".join(str(label).replace("-\n", "-").split())
        for loc, label in zip(locs, labels, strict=False)
        if str(label).strip()
    }
    if len(shown) < 2 or any(_is_number_text(text) for text in shown.values()):
        return None
    return shown


def _is_number_text(text: str) -> bool:
    """True for a tick label that is a number, not a name.

    Numbers may carry a currency sign, a percent sign or a short unit ("2,500",
    "$150k", "$11tn", "−5%", "0"); names have words or ranges ("SUV", "10-14").
    """
    return bool(NUMBER_TEXT.fullmatch(text.strip()))


class _Positions:
    """Turns an axis' numbers into what it shows: a category, a date, or the number."""

    def __init__(self, axis: Axis):
        self.categories = _categories(axis)
        self.dates = _is_dates(axis)
        locs = sorted(self.categories) if self.categories else []
        self.step = min(np.diff(locs)) if len(locs) > 1 else 1.0

    def __call__(self, values: Iterable[Any]) -> list[Any]:
        return [self.one(v) for v in values]

    def one(self, value: Any) -> Any:
        if isinstance(value, str) or value is None or not np.isscalar(value):
            return value
        if isinstance(value, np.datetime64):
            return value
        number = float(cast(Any, value))
        if self.categories:
            nearest = min(self.categories, key=lambda loc: abs(loc - number))
            if abs(nearest - number) < self.step / 2 + 1e-9:
                return self.categories[nearest]
            return number
        if self.dates and np.isfinite(number):
            return np.datetime64(mdates.num2date(number).replace(tzinfo=None), "s")
        return number


# --------------------------------------------------------------------------- #
# Reading each kind of artist
# --------------------------------------------------------------------------- #


def _in_data(artist: Any, ax: Axes) -> bool:
    return bool(artist.get_transform() == ax.transData)


def _clean(text: str) -> str:
    return " ".join(str(text).replace("-\n", "-").split())


def _name(artist: Any, ax: Axes) -> str | None:
    """The series name: its label, else its legend entry, else the one text in its colour."""
    label = str(artist.get_label() or "")
    if label and not label.startswith("_"):
        return _clean(label)
    colour = series_colour(artist)
    if colour is None:
        return None
    keyed = [text for handle, text in _legend_entries(ax) if _same(handle, colour)]
    if len(keyed) == 1:
        return keyed[0]
    if _is_grey(colour):
        return None
    named = [
        _clean(t.get_text())
        for t in ax.texts
        if t.get_visible() and t.get_text().strip() and _same(to_rgba(t.get_color()), colour)
    ]
    return named[0] if len(named) == 1 else None


def _legend_entries(ax: Axes) -> list[tuple[tuple[float, ...], str]]:
    """(colour, label) of each legend entry that could name a series of ``ax``."""
    figure = ax.get_figure()
    legends = [ax.get_legend(), *(getattr(figure, "legends", None) or [])]
    entries: list[tuple[tuple[float, ...], str]] = []
    for legend in legends:
        if legend is None:
            continue
        for handle, text in zip(legend.legend_handles, legend.get_texts(), strict=False):
            colour = series_colour(handle) if handle is not None else None
            if colour is not None and text.get_text().strip():
                entries.append((colour, _clean(text.get_text())))
    return entries


def _same(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return bool(np.allclose(a[:3], b[:3], atol=1 / 255))


def _labelled(artist: Any) -> bool:
    label = str(artist.get_label() or "")
    return bool(label) and not label.startswith("_")


def _lines(ax: Axes, xs: _Positions, ys: _Positions, skip: set[int]) -> list[Marks]:
    found = []
    connectors = any(isinstance(c, BarContainer) for c in ax.containers)
    for line in ax.get_lines():
        if id(line) in skip or not line.get_visible():
            continue
        if str(line.get_gid() or "").startswith(GID_PREFIX):
            continue
        x = np.asarray(line.get_xdata(orig=False), dtype=float)
        y = np.asarray(line.get_ydata(orig=False), dtype=float)
        if not _in_data(line, ax) or len(x) == 0:
            continue  # axhline, axvline: drawn across the axes, a reference
        ok = np.isfinite(x) & np.isfinite(y)
        drawn = draws_line(line)
        if connectors and drawn and len(x) == 2 and y[0] == y[1] and not _labelled(line):
            continue  # a waterfall's connector between two bars, not a series
        kind = "line" if drawn and ok.sum() > 1 else "point"
        found.append(
            Marks(
                kind,
                xs(x[ok]),
                ys(y[ok]),
                series=_name(line, ax),
                highlighted=not _is_grey(series_colour(line)),
            )
        )
    return found


def _bars(container: BarContainer, xs: _Positions, ys: _Positions, ax: Axes) -> Marks:
    horizontal = container.orientation == "horizontal"
    patches = list(container.patches)
    values = [float(v) for v in np.asarray(container.datavalues, dtype=float)]
    if horizontal:
        where = [p.get_y() + p.get_height() / 2 for p in patches]
        position = ys(where)
    else:
        where = [p.get_x() + p.get_width() / 2 for p in patches]
        position = xs(where)
    colours = [to_rgba(p.get_facecolor()) for p in patches]
    distinct = {c for c in colours}
    single = [not _is_grey(c) for c in colours] if len(distinct) > 1 else None
    kind = "bar"
    if not horizontal and _contiguous(patches) and not xs.categories:
        kind = "histogram"
        position = [(p.get_x(), p.get_x() + p.get_width()) for p in patches]
    name = _name(container, ax) if _labelled(container) else _name(patches[0], ax)
    marks = Marks(
        kind,
        values if horizontal else position,
        position if horizontal else values,
        series=name if patches else None,
        horizontal=horizontal,
        highlighted=single is None and not _is_grey(colours[0] if colours else None),
        marks_highlighted=single if single and any(single) and not all(single) else None,
    )
    return marks


def _contiguous(patches: list[Rectangle]) -> bool:
    if len(patches) < 3:
        return False
    ends = [p.get_x() + p.get_width() for p in patches[:-1]]
    starts = [p.get_x() for p in patches[1:]]
    width = patches[0].get_width()
    return all(abs(a - b) < 1e-6 * max(1.0, abs(width)) for a, b in zip(ends, starts, strict=True))


def _errorbars(container: ErrorbarContainer, xs: _Positions, ys: _Positions) -> Marks | None:
    data_line, _caps, bar_lines = container.lines
    if data_line is None or not bar_lines:
        return None
    x = np.asarray(data_line.get_xdata(orig=False), dtype=float)
    y = np.asarray(data_line.get_ydata(orig=False), dtype=float)
    segments = bar_lines[0].get_segments()
    if len(segments) != len(x):
        return None
    vertical = all(abs(s[0][0] - s[-1][0]) < 1e-12 for s in segments)
    if vertical:
        low = [float(min(s[0][1], s[-1][1])) for s in segments]
        high = [float(max(s[0][1], s[-1][1])) for s in segments]
    else:
        low = [float(min(s[0][0], s[-1][0])) for s in segments]
        high = [float(max(s[0][0], s[-1][0])) for s in segments]
    return Marks(
        "point",
        xs(x),
        ys(y),
        series=_clean(str(container.get_label())) if _labelled(container) else None,
        low=low,
        high=high,
        horizontal=not vertical,
    )


def _segments(coll: LineCollection, xs: _Positions, ys: _Positions, ax: Axes) -> Marks | None:
    segments = [np.asarray(s, dtype=float) for s in coll.get_segments() if len(s) >= 2]
    if not segments:
        return None
    vertical = all(abs(s[0][0] - s[-1][0]) < 1e-12 for s in segments)
    flat = all(abs(s[0][1] - s[-1][1]) < 1e-12 for s in segments)
    if not (vertical or flat):
        return None
    at = [s[0][0] if vertical else s[0][1] for s in segments]
    ends = [(s[0][1], s[-1][1]) if vertical else (s[0][0], s[-1][0]) for s in segments]
    low = [float(min(e)) for e in ends]
    high = [float(max(e)) for e in ends]
    return Marks(
        "range",
        xs(at) if vertical else [None] * len(at),
        [None] * len(at) if vertical else ys(at),
        series=_name(coll, ax),
        low=low,
        high=high,
        horizontal=not vertical,
    )


def _points(coll: PathCollection, xs: _Positions, ys: _Positions, ax: Axes) -> Marks | None:
    if coll.get_offset_transform() != ax.transData:
        return None
    offsets = np.asarray(coll.get_offsets(), dtype=float)
    if offsets.ndim != 2 or not len(offsets):
        return None
    array = coll.get_array()
    value = None
    if array is not None and len(array) == len(offsets):
        value = [float(v) for v in np.asarray(array, dtype=float)]
    return Marks(
        "point",
        xs(offsets[:, 0]),
        ys(offsets[:, 1]),
        series=_name(coll, ax),
        value=value,
        highlighted=not _is_grey(series_colour(coll)),
    )


def _area(coll: PolyCollection, xs: _Positions, ys: _Positions, ax: Axes) -> Marks | None:
    """A fill_between area: its outline runs along the top, then back along the bottom."""
    ts: list[float] = []
    lows: list[float] = []
    highs: list[float] = []
    for path in coll.get_paths():
        v = np.asarray(path.vertices, dtype=float)
        if len(v) and np.allclose(v[0], v[-1]) and len(v) % 2 == 1:
            v = v[:-1]  # the closing vertex
        n = (len(v) - 2) // 2
        if n < 1 or len(v) != 2 * n + 2:
            return None
        top, bottom = v[1 : n + 1], v[n + 2 :][::-1]
        if not np.allclose(top[:, 0], bottom[:, 0]):
            return None
        ts += top[:, 0].tolist()
        highs += np.maximum(top[:, 1], bottom[:, 1]).tolist()
        lows += np.minimum(top[:, 1], bottom[:, 1]).tolist()
    if not ts:
        return None
    return Marks(
        "area",
        xs(ts),
        [h - lo for h, lo in zip(highs, lows, strict=True)],
        series=_name(coll, ax),
        low=lows,
        high=highs,
        highlighted=not _is_grey(series_colour(coll)),
    )


def _mesh(mesh: QuadMesh, xs: _Positions, ys: _Positions) -> Marks | None:
    array: Any = np.ma.asarray(mesh.get_array())
    coords = np.asarray(mesh.get_coordinates(), dtype=float)
    if array.ndim == 1 and coords.shape[0] > 1:
        array = array.reshape(coords.shape[0] - 1, coords.shape[1] - 1)
    if array.ndim != 2:
        return None
    centres = (coords[:-1, :-1] + coords[1:, 1:]) / 2
    return _cells(array, centres[..., 0], centres[..., 1], xs, ys)


def _image(image: AxesImage, xs: _Positions, ys: _Positions) -> Marks | None:
    array: Any = np.ma.asarray(image.get_array())
    if array.ndim != 2:
        return None  # RGB(A): a picture, not values
    left, right, bottom, top = image.get_extent()
    rows, cols = array.shape
    cx = left + (np.arange(cols) + 0.5) * (right - left) / cols
    cy = (top if image.origin == "upper" else bottom) + (np.arange(rows) + 0.5) * (
        (bottom - top) if image.origin == "upper" else (top - bottom)
    ) / rows
    gx, gy = np.meshgrid(cx, cy)
    return _cells(array, gx, gy, xs, ys)


def _cells(
    array: np.ma.MaskedArray, gx: np.ndarray, gy: np.ndarray, xs: _Positions, ys: _Positions
) -> Marks:
    mask = np.ma.getmaskarray(array)
    keep = ~mask & np.isfinite(np.ma.filled(array.astype(float), np.nan))
    return Marks(
        "cell",
        xs(gx[keep].tolist()),
        ys(gy[keep].tolist()),
        value=[float(v) for v in np.asarray(array, dtype=float)[keep]],
    )


def _is_span(patch: Patch, ax: Axes) -> bool:
    """True for a band drawn across the axes (``axvspan``, ``axhspan``)."""
    transform = patch.get_transform()
    return any(
        transform == ax.get_xaxis_transform(which) or transform == ax.get_yaxis_transform(which)
        for which in ("grid", "tick1")
    )


def _spans(ax: Axes, xs: _Positions, ys: _Positions) -> list[tuple[str, Any]]:
    """Reference lines drawn across the axes: (axis, where)."""
    found: list[tuple[str, Any]] = []
    for line in ax.get_lines():
        if _in_data(line, ax) or not line.get_visible():
            continue
        x = np.atleast_1d(np.asarray(line.get_xdata(orig=False)))
        y = np.atleast_1d(np.asarray(line.get_ydata(orig=False)))
        if len(set(np.atleast_1d(x).tolist())) == 1 and len(x):
            found.append(("x", xs.one(x[0])))
        elif len(set(np.atleast_1d(y).tolist())) == 1 and len(y):
            found.append(("y", ys.one(y[0])))
    return found


def _read_axes(ax: Axes, facet: str | None, reading: Reading) -> None:
    xs, ys = _Positions(ax.xaxis), _Positions(ax.yaxis)
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
            found.append(_errorbars(container, xs, ys))
        elif isinstance(container, BarContainer):
            contained.update(id(p) for p in container.patches)
            found.append(_bars(container, xs, ys, ax))
    boxes = read_boxes(ax, xs, ys, skip)
    found += boxes
    if boxes:
        contained.update(id(p) for p in ax.patches if type(p).__name__ == "PathPatch")
    found += _lines(ax, xs, ys, skip)
    odd: list[str] = []
    for coll in ax.collections:
        if id(coll) in contained or not coll.get_visible():
            continue
        if isinstance(coll, QuadMesh):
            found.append(_mesh(coll, xs, ys))
        elif isinstance(coll, LineCollection):
            marks = _segments(coll, xs, ys, ax)
            found.append(marks) if marks is not None else odd.append("drawn segments")
        elif isinstance(coll, PathCollection):
            found.append(_points(coll, xs, ys, ax))
        elif isinstance(coll, PolyCollection):
            marks = _area(coll, xs, ys, ax)
            found.append(marks) if marks is not None else odd.append("shapes drawn by hand")
        else:
            odd.append("shapes drawn by hand")
    for image in ax.images:
        marks = _image(image, xs, ys)
        found.append(marks) if marks is not None else odd.append("an image that is not a heatmap")
    for patch in ax.patches:
        if id(patch) in contained or not patch.get_visible():
            continue
        if _is_span(patch, ax):
            reading.references.append(("span", None))
        else:
            odd.append("shapes drawn by hand")
    reading.references += _spans(ax, xs, ys)
    for marks in found:
        if marks is not None and len(marks):
            marks.facet = facet
            reading.marks.append(marks)
    reading.unreadable += [o for o in dict.fromkeys(odd) if o not in reading.unreadable]


def _axis_title(axes: list[Axes], which: str) -> str:
    for ax in axes:
        text = (ax.get_xlabel() if which == "x" else ax.get_ylabel()).strip()
        if text:
            return text
    return ""


def _facet_name(ax: Axes, i: int) -> str:
    for text in (ax.get_title(), ax.get_title("left"), ax.get_title("right")):
        if text.strip():
            return text.strip()
    return f"panel {i + 1}"


def _unit(axes: list[Axes], reading: Reading) -> None:
    """The unit the measured axis writes around its numbers ("$", "tn"), when it has one."""
    which = measure_axis(reading)
    if not which or not axes:
        return
    axis = axes[0].xaxis if which == "x" else axes[0].yaxis
    if _is_dates(axis) or _categories(axis):
        return
    formatter = axis.get_major_formatter()
    if isinstance(formatter, FittedFormatter):
        formatter = formatter.inner
    locs = [float(v) for v in axis.get_majorticklocs()]
    try:
        labels = [str(label) for label in formatter.format_ticks(locs)]
    except (TypeError, ValueError, IndexError):
        return
    unit = unit_of([(loc, label) for loc, label in zip(locs, labels, strict=False) if label])
    if unit is not None:
        reading.unit, reading.unit_axis = unit, which


def _named(values: list[Any]) -> bool:
    return bool(values) and all(isinstance(v, str) for v in values)


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
        reading.facets = [_facet_name(ax, i) for i, ax in enumerate(axes)]
    for i, ax in enumerate(axes):
        _read_axes(ax, reading.facets[i] if several else None, reading)
    _bands(reading.marks)
    _unit(axes, reading)
    for marks in reading.marks:  # points along a category axis: the measure is x
        if marks.kind == "point" and _named(marks.y) and not _named(marks.x):
            marks.horizontal = True
    reading.x_label = _axis_title(axes, "x")
    reading.y_label = _axis_title(axes, "y")
    colourbars = [ax for ax in fig.axes if is_colorbar(ax)]
    if colourbars:
        bar = colourbars[0]
        reading.value_label = (bar.get_ylabel() or bar.get_xlabel() or "").strip()
    if reading.facets:
        used = {m.facet for m in reading.marks}
        reading.facets = [f for f in reading.facets if f in used]
    return reading
