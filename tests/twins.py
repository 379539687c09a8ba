"""What a twin pair of recipes shows, read from the drawing itself.

A matplotlib recipe (``mpl_X``) and its plotnine twin (``p9_X``) are the same chart. The
texts come from the finish record (``housestyle.finalised(fig)``); the plotted values and
their colours come from the matplotlib artists on one side and from the ggplot's built
layer data on the other, so that a twin that draws other data, or the same data in
other colours, differs here even when its code looks alike.

A *mark* is one drawn value with the colour it is drawn in: ``("y", 12.05, "#1f5c99")``.
Only the axes that carry values are read: plotnine's continuous (and date) scales, and
the same axis in matplotlib (the other one when the plotnine plot is flipped with
``coord_flip()``). Category positions differ by library (0-based and 1-based) and are
not compared (name such an axis in ``positions``). Reference rules across the whole
panel (``axhline``, ``geom_hline``), arrows (``annotate``'s ``arrowprops``, a
``geom_segment`` with ``arrow=``), guides drawn in the brand's muted text colour (the
house style's colour for rules and leader lines) and text are not marks.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PathCollection, PolyCollection, QuadMesh
from matplotlib.colors import to_hex, to_rgba
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import PathPatch, Rectangle

import housestyle

__all__ = ["Twin", "mpl_marks", "p9_marks", "read_twin", "round_value", "texts"]

Mark = tuple[str, float, str]

#: plotnine columns that hold a position on the x (or y) scale.
X_COLUMNS = ("x", "xmin", "xmax", "xend")
#: (A box plot's ``middle`` is left out: both twins draw the median again, on top, in
#: their own colour, and that line is compared.)
Y_COLUMNS = ("y", "ymin", "ymax", "yend", "lower", "upper")
#: Geoms that carry no marks: text, and rules across the whole panel.
NOT_MARKS = {"geom_text", "geom_label", "geom_hline", "geom_vline", "geom_blank"}
#: Geoms whose colour is their fill; the others are drawn in their line colour.
FILLED = {
    "geom_col",
    "geom_bar",
    "geom_histogram",
    "geom_rect",
    "geom_tile",
    "geom_area",
    "geom_ribbon",
}


def round_value(value: float) -> float:
    """Return ``value`` to four significant figures (libraries differ in the last bits)."""
    if value == 0 or not math.isfinite(value):
        return 0.0 if value == 0 else value
    return float(f"{value:.4g}")


def _hex(colour: Any) -> str | None:
    """Return the colour as ``#rrggbb``, or None when it is not drawn (no colour, alpha 0)."""
    try:
        rgba = to_rgba(colour)
    except (ValueError, TypeError):
        return None
    return None if rgba[3] == 0 else to_hex(rgba)


def texts(fig: Figure) -> dict[str, str | None]:
    """Return the title, subtitle, source and note from the figure's finish record."""
    info = housestyle.finalised(fig)
    return {
        "title": info.title,
        "subtitle": info.subtitle,
        "source": info.source,
        "note": info.note,
    }


# --------------------------------------------------------------------------- plotnine


def _p9_axes(plot: Any) -> dict[str, tuple[str, Any]]:
    """Return {"x"/"y": (the matplotlib axis it is drawn on, its scale)} for value scales."""
    from plotnine.coords import coord_flip
    from plotnine.scales.scale_discrete import scale_discrete

    flipped = isinstance(plot.coordinates, coord_flip)
    axes = {}
    for aesthetic in ("x", "y"):
        scale = plot.scales.get_scales(aesthetic)
        if scale is None or isinstance(scale, scale_discrete):
            continue
        drawn = {"x": "y", "y": "x"}[aesthetic] if flipped else aesthetic
        axes[aesthetic] = (drawn, scale)
    return axes


def _p9_colour(geom: str, row: Any) -> str | None:
    fill = _hex(row.get("fill")) if "fill" in row else None
    colour = _hex(row.get("color")) if "color" in row else None
    if geom in FILLED:
        return fill or colour
    if geom in ("geom_point", "geom_sina", "geom_jitter"):
        return fill or colour
    return colour or fill


def _float(value: Any) -> float:
    """A number from a scale's inverse: dates as matplotlib's day numbers."""
    if hasattr(value, "year"):
        from matplotlib.dates import date2num

        return float(date2num(value))
    return float(value)


def p9_marks(fig: Figure, positions: Iterable[str] = ()) -> set[Mark]:
    """Return the marks of a finished plotnine chart, from its ggplot's built layer data."""
    plot = copy.deepcopy(housestyle.finalised(fig).spec)
    if plot is None:
        raise AssertionError("not a plotnine chart: the finish record keeps no ggplot")
    plot._build()
    value_axes = {k: v for k, v in _p9_axes(plot).items() if v[0] not in set(positions)}
    marks: set[Mark] = set()
    for layer in plot.layers:
        geom = type(layer.geom).__name__
        if geom in NOT_MARKS or layer.geom.params.get("arrow") is not None:
            continue  # text, rules and arrows (matplotlib's arrows are annotations too)
        data = layer.data
        for _, row in data.iterrows():
            colour = _p9_colour(geom, row)
            if colour is None:
                continue
            if not value_axes:  # tiles of a map or heatmap: only their colours compare
                marks.add(("fill", 0.0, colour))
            for aesthetic, columns in (("x", X_COLUMNS), ("y", Y_COLUMNS)):
                if aesthetic not in value_axes:
                    continue
                drawn, scale = value_axes[aesthetic]
                for column in columns:
                    if column == aesthetic and _number(row.get(f"{aesthetic}min")):
                        continue  # a bar's centre: drawn are its edges (xmin, xmax)
                    if column in row and _number(row[column]):
                        value = _float(scale.inverse([row[column]])[0])
                        marks.add((drawn, round_value(value), colour))
                if aesthetic == "y" and "outliers" in row:  # a box plot's points
                    for value in scale.inverse(list(row["outliers"])):
                        marks.add((drawn, round_value(_float(value)), colour))
    return _without_guides(marks, fig)


def _without_guides(marks: set[Mark], fig: Figure) -> set[Mark]:
    """Drop the marks drawn in the brand's muted text colour: rules and leader lines."""
    muted = _hex(housestyle.finalised(fig).brand.colours.muted_text)
    return {mark for mark in marks if mark[2] != muted}


def _number(value: Any) -> bool:
    try:
        return math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


# --------------------------------------------------------------------------- matplotlib


def _data_axes(fig: Figure) -> list[Axes]:
    """The axes that hold the chart (not the logo or other furniture finalise adds)."""
    return [ax for ax in fig.axes if ax.get_label() != "<colorbar>" and ax.has_data()]


def _on_data(artist: Any, ax: Axes) -> bool:
    """True when the artist is placed in data coordinates on both axes."""
    return artist.get_transform().contains_branch(ax.transData)


def _points(ax: Axes) -> Iterator[tuple[np.ndarray, np.ndarray, str | None]]:
    """Yield (xs, ys, colour) for each data mark on ``ax``."""
    for line in ax.lines:
        if _on_data(line, ax) and line.get_visible():
            colour = _hex(line.get_color()) if line.get_linestyle() != "None" else None
            if colour is None or line.get_linestyle() in ("None", ""):
                colour = _hex(line.get_markerfacecolor()) or _hex(line.get_markeredgecolor())
            xs, ys = (np.asarray(a, dtype=float) for a in _xy(line))
            yield xs, ys, colour
    for patch in ax.patches:
        if isinstance(patch, Rectangle) and _on_data(patch, ax) and patch.get_visible():
            x0, y0 = patch.get_xy()
            x1, y1 = x0 + patch.get_width(), y0 + patch.get_height()
            colour = _hex(patch.get_facecolor()) or _hex(patch.get_edgecolor())
            yield np.array([x0, x1], float), np.array([y0, y1], float), colour
        elif isinstance(patch, PathPatch) and _on_data(patch, ax):
            vertices = patch.get_path().vertices
            colour = _hex(patch.get_facecolor()) or _hex(patch.get_edgecolor())
            yield vertices[:, 0], vertices[:, 1], colour
    for collection in ax.collections:
        if not collection.get_visible() or not _on_data(collection, ax):
            if isinstance(
                collection, PathCollection
            ) and collection.get_offset_transform().contains_branch(ax.transData):
                yield from _scatter(collection)
            continue
        if isinstance(collection, LineCollection):
            colours = collection.get_edgecolor()
            for i, segment in enumerate(collection.get_segments()):
                segment = np.asarray(segment, float)
                yield segment[:, 0], segment[:, 1], _pick(colours, i)
        elif isinstance(collection, PolyCollection):
            faces = collection.get_facecolor()
            for i, path in enumerate(collection.get_paths()):
                vertices = path.vertices
                yield vertices[:, 0], vertices[:, 1], _pick(faces, i)
        elif isinstance(collection, PathCollection):
            yield from _scatter(collection)
        elif isinstance(collection, QuadMesh):
            collection.update_scalarmappable()
            for rgba in collection.get_facecolor():
                yield np.array([np.nan]), np.array([np.nan]), _hex(rgba)
    for image in ax.images:
        rgba = image.to_rgba(image.get_array(), bytes=False)
        for colour in {_hex(c) for c in np.asarray(rgba).reshape(-1, 4)}:
            yield np.array([np.nan]), np.array([np.nan]), colour


def _xy(line: Line2D) -> tuple[Any, Any]:
    from matplotlib.dates import date2num

    out = []
    for values in (line.get_xdata(), line.get_ydata()):
        array = np.asarray(values)
        if np.issubdtype(array.dtype, np.datetime64) or (
            array.dtype == object and len(array) and hasattr(array[0], "year")
        ):
            array = date2num(array)
        try:
            out.append(np.asarray(array, float))
        except (TypeError, ValueError):  # categories: not a value axis
            out.append(np.full(len(array), np.nan))
    return out[0], out[1]


def _scatter(collection: PathCollection) -> Iterator[tuple[np.ndarray, np.ndarray, str | None]]:
    offsets = np.asarray(collection.get_offsets(), float)
    faces, edges = collection.get_facecolor(), collection.get_edgecolor()
    for i, (x, y) in enumerate(offsets):
        colour = _pick(faces, i) or _pick(edges, i)
        yield np.array([x]), np.array([y]), colour


def _pick(colours: Any, i: int) -> str | None:
    if len(colours) == 0:
        return None
    return _hex(colours[i % len(colours)])


def mpl_marks(fig: Figure, axes: Iterable[str]) -> set[Mark]:
    """Return the marks of a finished matplotlib chart on the named axes ("x", "y")."""
    wanted = set(axes)
    marks: set[Mark] = set()
    for ax in _data_axes(fig):
        for xs, ys, colour in _points(ax):
            if colour is None:
                continue
            if (np.isnan(xs).all() and np.isnan(ys).all()) or not wanted & {"x", "y"}:
                marks.add(("fill", 0.0, colour))  # a cell of a heatmap, a tile of a map
            for name, values in (("x", xs), ("y", ys)):
                if name in wanted:
                    marks.update(
                        (name, round_value(float(v)), colour) for v in values if math.isfinite(v)
                    )
    return _without_guides(marks, fig)


# --------------------------------------------------------------------------- a pair


@dataclass
class Twin:
    """What the two charts of a twin pair show."""

    mpl_texts: dict[str, str | None]
    p9_texts: dict[str, str | None]
    mpl: set[Mark]
    p9: set[Mark]

    def differences(self) -> list[str]:
        """Return what differs, in words; empty when the twins are the same chart.

        The fills of tiles (heatmaps, maps) match when they are within ``FILL_TOLERANCE``
        on every 0-255 channel: matplotlib and mizani interpolate a colour ramp in
        slightly different ways, which no reader sees.
        """
        out = [
            f"{key}: {self.mpl_texts[key]!r} (matplotlib) != {self.p9_texts[key]!r} (plotnine)"
            for key in self.mpl_texts
            if self.mpl_texts[key] != self.p9_texts[key]
        ]
        only_mpl = sorted(m for m in self.mpl - self.p9 if not _near_fill(m, self.p9))
        only_p9 = sorted(m for m in self.p9 - self.mpl if not _near_fill(m, self.mpl))
        if only_mpl:
            out.append(f"{len(only_mpl)} marks only in matplotlib: {only_mpl[:8]}")
        if only_p9:
            out.append(f"{len(only_p9)} marks only in plotnine: {only_p9[:8]}")
        return out


#: The largest difference on a 0-255 channel between two tile fills taken as the same.
FILL_TOLERANCE = 3


def _near_fill(mark: Mark, others: set[Mark]) -> bool:
    """True when ``mark`` is a tile's fill within ``FILL_TOLERANCE`` of one of ``others``."""
    if mark[0] != "fill":
        return False
    rgb = np.array(to_rgba(mark[2])[:3]) * 255
    return any(
        other[0] == "fill"
        and np.abs(np.array(to_rgba(other[2])[:3]) * 255 - rgb).max() <= FILL_TOLERANCE
        for other in others
    )


def read_twin(mpl_fig: Figure, p9_fig: Figure, positions: Iterable[str] = ()) -> Twin:
    """Read both finished charts of a pair; ``positions`` names axes that place categories."""
    p9 = p9_marks(p9_fig, positions)
    axes = {axis for axis, _, _ in p9}
    return Twin(texts(mpl_fig), texts(p9_fig), mpl_marks(mpl_fig, axes), p9)
