"""Each kind of matplotlib artist read as marks, at the positions its axes show."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, cast

import matplotlib.dates as mdates
import numpy as np
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.collections import (
    LineCollection,
    PathCollection,
    PolyCollection,
)
from matplotlib.colors import to_rgba
from matplotlib.container import BarContainer, ErrorbarContainer
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import FixedLocator

from .._private import category_names, dash_pattern
from ..ink import chart_formatter
from ..record import GID_PREFIX
from ._boxes import draws_line
from ._model import Marks, label_number, unit_of
from ._naming import (
    artist_name,
    clean_text,
    is_grey,
    labelled,
    legend_entries,
    same_colour,
    series_colour,
)

__all__ = [
    "NUMBER_TEXT",
    "Positions",
    "axis_categories",
    "contiguous",
    "in_data",
    "is_dates",
    "is_number_text",
    "is_span",
    "read_area",
    "read_bars",
    "read_errorbars",
    "read_lines",
    "read_points",
    "read_points_by_colour",
    "read_segments",
    "read_spans",
]


#: A number as a tick label writes it: sign, currency, digits, decimals, unit, percent.
NUMBER_TEXT = re.compile(r"[-−+]?[$£€¥]?[-−]?\d[\d,\u202f\u00a0 ]*(\.\d+)?\s?([a-zA-Z]{1,3})?%?")


def is_dates(axis: Axis) -> bool:
    """True for an axis of dates: its chart's own formatter is one of matplotlib's for dates.

    Read under housestyle's wrappers, so an axis written in Welsh is still one of dates.
    """
    formatter = chart_formatter(axis.get_major_formatter())
    return isinstance(
        formatter, mdates.DateFormatter | mdates.AutoDateFormatter | mdates.ConciseDateFormatter
    )


def axis_categories(axis: Axis) -> dict[float, str] | None:
    """Tick position -> label for an axis of named categories, else None.

    An axis is one of categories when every label it shows is a name, not a number
    (tick labels housestyle thinned or wrapped to fit, or wrote in a locale, are read
    from the chart's own formatter, unwrapped; names keep their translation).
    """
    formatter = chart_formatter(axis.get_major_formatter(), names=True)
    locs = list(axis.get_majorticklocs())
    if not locs or is_dates(axis):
        return None
    try:
        labels = formatter.format_ticks(locs)
    except (TypeError, ValueError, IndexError):
        return None
    shown = {
        float(loc): clean_text(label)
        for loc, label in zip(locs, labels, strict=False)
        if str(label).strip()
    }
    # the names matplotlib's category units gave every place (ax.bar(["2019", ...])),
    # which the ticks may leave unlabelled (every other age band)
    unlabelled = {loc: clean_text(name) for loc, name in category_names(axis).items()}
    if len(shown) < 2:
        return None
    numbers = any(is_number_text(text) for text in shown.values())
    if numbers and not unlabelled and not _numbers_naming_places(axis, shown):
        return None
    return dict(sorted((unlabelled | shown).items()))


def _numbers_naming_places(axis: Axis, shown: dict[float, str]) -> bool:
    """True for number labels set at fixed places they do not measure: names, not values.

    pandas draws ``df.plot.bar()`` of years at 0, 1, 2... and labels them "2019",
    "2020"...; read as numbers, the bars were "0", "1" and "2". Labels at fixed,
    consecutive whole places, none of which is its place's number in any unit
    (a percentage's "50%" at 0.5 is), name them.
    """
    if not isinstance(axis.get_major_locator(), FixedLocator):
        return False
    places = sorted(shown)
    whole = all(float(place).is_integer() for place in places)
    if not whole or any(b - a != 1 for a, b in zip(places, places[1:], strict=False)):
        return False
    ticks = [(place, shown[place]) for place in places]
    if unit_of(ticks) is not None:
        return False
    read = [label_number(label) for _, label in ticks]
    return all(v is not None and v != place for v, (place, _) in zip(read, ticks, strict=True))


def is_number_text(text: str) -> bool:
    """True for a tick label that is a number, not a name.

    Numbers may carry a currency sign, a percent sign or a short unit ("2,500",
    "$150k", "$11tn", "−5%", "0"); names have words or ranges ("SUV", "10-14").
    """
    return bool(NUMBER_TEXT.fullmatch(text.strip()))


class Positions:
    """Turns an axis' numbers into what it shows: a category, a date, or the number."""

    def __init__(self, axis: Axis):
        self.categories = axis_categories(axis)
        self.dates = is_dates(axis)
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


def in_data(artist: Any, ax: Axes) -> bool:
    return bool(artist.get_transform() == ax.transData)


def read_lines(ax: Axes, xs: Positions, ys: Positions, skip: set[int]) -> list[Marks]:
    found = []
    connectors = any(isinstance(c, BarContainer) for c in ax.containers)
    for line in ax.get_lines():
        if id(line) in skip or not line.get_visible():
            continue
        if str(line.get_gid() or "").startswith(GID_PREFIX):
            continue
        x = np.asarray(line.get_xdata(orig=False), dtype=float)
        y = np.asarray(line.get_ydata(orig=False), dtype=float)
        if not in_data(line, ax) or len(x) == 0:
            continue  # axhline, axvline: drawn across the axes, a reference
        ok = np.isfinite(x) & np.isfinite(y)
        drawn = draws_line(line)
        if connectors and drawn and len(x) == 2 and y[0] == y[1] and not labelled(line):
            continue  # a waterfall's connector between two bars, not a series
        kind = "line" if drawn and ok.sum() > 1 else "point"
        found.append(
            Marks(
                kind,
                xs(x[ok]),
                ys(y[ok]),
                series=artist_name(line, ax),
                highlighted=not is_grey(series_colour(line)),
                dashed=bool(dash_pattern(line)),
            )
        )
    return found


def read_bars(container: BarContainer, xs: Positions, ys: Positions, ax: Axes) -> Marks:
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
    single = [not is_grey(c) for c in colours] if len(distinct) > 1 else None
    kind = "bar"
    if not horizontal and contiguous(patches) and not xs.categories:
        kind = "histogram"
        position = [(p.get_x(), p.get_x() + p.get_width()) for p in patches]
    name = artist_name(container, ax) if labelled(container) else artist_name(patches[0], ax)
    marks = Marks(
        kind,
        values if horizontal else position,
        position if horizontal else values,
        series=name if patches else None,
        horizontal=horizontal,
        highlighted=single is None and not is_grey(colours[0] if colours else None),
        marks_highlighted=single if single and any(single) and not all(single) else None,
    )
    return marks


def contiguous(patches: list[Rectangle]) -> bool:
    if len(patches) < 3:
        return False
    ends = [p.get_x() + p.get_width() for p in patches[:-1]]
    starts = [p.get_x() for p in patches[1:]]
    width = patches[0].get_width()
    return all(abs(a - b) < 1e-6 * max(1.0, abs(width)) for a, b in zip(ends, starts, strict=True))


def read_errorbars(container: ErrorbarContainer, xs: Positions, ys: Positions) -> Marks | None:
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
        series=clean_text(str(container.get_label())) if labelled(container) else None,
        low=low,
        high=high,
        horizontal=not vertical,
    )


def read_segments(coll: LineCollection, xs: Positions, ys: Positions, ax: Axes) -> Marks | None:
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
        series=artist_name(coll, ax),
        low=low,
        high=high,
        horizontal=not vertical,
        dashed=any(dashes is not None for _, dashes in cast(list, coll.get_linestyle())),
    )


def read_points(coll: PathCollection, xs: Positions, ys: Positions, ax: Axes) -> Marks | None:
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
        series=artist_name(coll, ax),
        value=value,
        highlighted=not is_grey(series_colour(coll)),
    )


def read_points_by_colour(
    coll: PathCollection, xs: Positions, ys: Positions, ax: Axes
) -> list[Marks | None]:
    """The points of one collection, a series for each colour the legend names.

    seaborn's ``scatterplot(hue=)`` draws every point in one collection, each in its
    category's colour, and keys the colours in the legend: read whole, its points were
    one series named after the first key. When the legend names each colour drawn, each
    colour is a series of that name; else the points are one set, as drawn.
    """
    whole = read_points(coll, xs, ys, ax)
    faces = np.asarray(coll.get_facecolor())
    if whole is None or whole.value is not None or len(faces) != len(whole.x):
        return [whole]
    # each point's colour to a 255th, the legend's tolerance: one group a colour, in order
    distinct, first, of_point = np.unique(
        np.round(faces[:, :3] * 255), axis=0, return_index=True, return_inverse=True
    )
    if len(distinct) < 2:
        return [whole]
    entries = legend_entries(ax)
    groups: list[Marks | None] = []
    for group in np.argsort(first):  # in the order the colours are first drawn
        colour = tuple(float(v) for v in faces[first[group], :3])
        names = [text for key, text in entries if same_colour(key, colour)]
        if len(names) != 1:
            return [whole]  # a colour no legend names: the points are one set, as drawn
        mine = np.flatnonzero(of_point.ravel() == group)
        x, y = [whole.x[i] for i in mine], [whole.y[i] for i in mine]
        groups.append(Marks("point", x, y, series=names[0], highlighted=not is_grey(colour)))
    return groups


def read_area(coll: PolyCollection, xs: Positions, ys: Positions, ax: Axes) -> Marks | None:
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
        series=artist_name(coll, ax),
        low=lows,
        high=highs,
        highlighted=not is_grey(series_colour(coll)),
    )


def is_span(patch: Patch, ax: Axes) -> bool:
    """True for a band drawn across the axes (``axvspan``, ``axhspan``)."""
    transform = patch.get_transform()
    return any(
        transform == ax.get_xaxis_transform(which) or transform == ax.get_yaxis_transform(which)
        for which in ("grid", "tick1")
    )


def read_spans(ax: Axes, xs: Positions, ys: Positions) -> list[tuple[str, Any]]:
    """Reference lines drawn across the axes: (axis, where)."""
    found: list[tuple[str, Any]] = []
    for line in ax.get_lines():
        if in_data(line, ax) or not line.get_visible():
            continue
        x = np.atleast_1d(np.asarray(line.get_xdata(orig=False)))
        y = np.atleast_1d(np.asarray(line.get_ydata(orig=False)))
        if len(set(np.atleast_1d(x).tolist())) == 1 and len(x):
            found.append(("x", xs.one(x[0])))
        elif len(set(np.atleast_1d(y).tolist())) == 1 and len(y):
            found.append(("y", ys.one(y[0])))
    return found
