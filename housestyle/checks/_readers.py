"""Chartability's machine-checkable rules: colour used alone, and a second y axis.

- **Colour alone.** Series told apart only by their colour (no direct label, marker,
  dash or hatch differs) leave readers who cannot tell the colours apart with no way
  to match them. A legend does not help: it keys by colour too.
- **A second y axis.** Two y scales over one x axis invite readers to compare
  heights that are not comparable, and where the lines cross means nothing.

Both are warnings: a chart can be right to do either, but should know it does.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PathCollection, PolyCollection
from matplotlib.colors import to_rgba
from matplotlib.container import BarContainer
from matplotlib.lines import Line2D

from ..description import data_axes, series_colour
from ..ink import is_whole_number_axis
from ..record import finalised, is_ggplot
from ._scene import Finding, Scene

__all__ = ["READER_RULES", "colour_alone", "second_y_axis", "whole_number_steps"]

_DIRECT_LABEL_GEOMS = {"geom_text", "geom_label"}
_SHAPE_AESTHETICS = {"linetype", "shape", "size", "alpha"}


def _style(artist: Any) -> tuple[Any, ...]:
    """What tells a series apart other than its colour: dash, marker, hatch."""
    if isinstance(artist, Line2D):
        return ("line", str(artist.get_linestyle()), str(artist.get_marker()))
    if isinstance(artist, BarContainer):
        patch = artist.patches[0]
        return ("bar", patch.get_hatch(), str(patch.get_linestyle()))
    if isinstance(artist, PathCollection):
        paths = artist.get_paths()
        return ("points", np.asarray(paths[0].vertices).shape if len(paths) else ())
    if isinstance(artist, PolyCollection):
        return ("area", tuple(artist.get_hatch() or ""))
    return (type(artist).__name__,)


def _series(ax: Axes) -> list[tuple[tuple[float, ...], tuple[Any, ...]]]:
    """(colour, style) of each series of ``ax`` a reader must tell apart."""
    found: list[tuple[tuple[float, ...], tuple[Any, ...]]] = []
    in_containers = {id(p) for c in ax.containers for p in getattr(c, "patches", [])}
    for line in ax.get_lines():
        data = np.asarray(line.get_xydata())
        if line.get_transform() != ax.transData or len(data) < 2 or not line.get_visible():
            continue
        found.append((to_rgba(line.get_color()), _style(line)))
    for container in ax.containers:
        if isinstance(container, BarContainer) and container.patches:
            faces = {to_rgba(p.get_facecolor()) for p in container.patches}
            if len(faces) == 1:  # a series; bars coloured one by one are a highlight
                found.append((faces.pop(), _style(container)))
    for coll in ax.collections:
        if id(coll) in in_containers or not coll.get_visible():
            continue
        if isinstance(coll, PathCollection | PolyCollection) and not isinstance(
            coll, LineCollection
        ):
            if coll.get_array() is not None:
                continue  # coloured by value: a scale, not series
            faces = {tuple(c) for c in np.round(np.asarray(coll.get_facecolor()), 3)}
            colour = series_colour(coll)
            if len(faces) == 1 and colour is not None:
                found.append((colour, _style(coll)))
    return found


def _alone(series: list[tuple[tuple[float, ...], tuple[Any, ...]]], labels: int) -> bool:
    """True when some kind of mark differs in colour alone, more series than labels.

    Grey series are the background a highlight stands on: only the coloured ones need
    a name, so a highlighted line labelled directly among grey ones passes.
    """
    colours = {tuple(np.round(c[:3], 3)) for c, _ in series}
    coloured = [c for c in colours if not _is_grey(c)]
    if len(colours) < 2 or labels >= len(coloured):
        return False
    by_kind: dict[Any, set[Any]] = {}
    for colour, style in series:
        by_kind.setdefault(style[0], set()).add((tuple(np.round(colour[:3], 3)), style))
    for kind_series in by_kind.values():
        kind_colours = {c for c, _ in kind_series}
        if len(kind_colours) > 1 and len({s for _, s in kind_series}) == 1:
            return True
    return False


def _is_grey(colour: tuple[float, ...]) -> bool:
    high, low = max(colour[:3]), min(colour[:3])
    return high == 0 or (high - low) / high < 0.15


def _ggplot_alone(spec: Any) -> bool:
    """A ggplot layer that maps colour or fill to categories and nothing else differs."""
    layers = list(spec.layers)
    if any(type(layer.geom).__name__ in _DIRECT_LABEL_GEOMS for layer in layers):
        return False
    plot_mapping = dict(spec.mapping)
    for layer in layers:
        mapping = (
            {**plot_mapping, **dict(layer.mapping)} if layer.inherit_aes else dict(layer.mapping)
        )
        coloured = [mapping.get(a) for a in ("colour", "color", "fill") if mapping.get(a)]
        if not coloured or _SHAPE_AESTHETICS & set(mapping):
            continue
        own = getattr(layer, "_data", None)
        data = own if isinstance(own, pd.DataFrame) else spec.data
        column = coloured[0]
        if isinstance(column, str) and column in getattr(data, "columns", []):
            values = data[column]
            if values.dtype.kind not in "fiu" and values.nunique() > 1:
                return True
    return False


def colour_alone(scene: Scene) -> list[Finding]:
    """Series told apart by colour alone: no direct label, marker, dash or hatch differs."""
    info = finalised(scene.fig)
    if info is not None and info.spec is not None and is_ggplot(info.spec):
        where = ["plot"] if _ggplot_alone(info.spec) else []
    else:
        where = []
        for i, ax in enumerate(data_axes(scene.fig)):
            labels = sum(1 for t in ax.texts if t.get_visible() and t.get_text().strip())
            if _alone(_series(ax), labels):
                where.append(f"axes {i + 1}")
    return [
        Finding(
            "colour_alone",
            "warning",
            place,
            "series are told apart by colour alone (no direct label, marker or dash "
            "differs); readers who cannot tell the colours apart cannot match them",
            "label each series directly at its end (housestyle.spread_labels), or give "
            "each a marker or dash of its own as well as its colour",
        )
        for place in where
    ]


def _twins(axes: list[Axes]) -> list[tuple[int, int]]:
    pairs = []
    for i, a in enumerate(axes):
        for j in range(i + 1, len(axes)):
            b = axes[j]
            if not a.get_shared_x_axes().joined(a, b):
                continue
            same_place = np.allclose(a.get_position().bounds, b.get_position().bounds)
            if same_place and a.yaxis.get_visible() and b.yaxis.get_visible():
                pairs.append((i, j))
    return pairs


def second_y_axis(scene: Scene) -> list[Finding]:
    """Two y axes over one x axis (``ax.twinx()``)."""
    axes = [ax for ax in scene.fig.axes if ax.get_visible()]
    return [
        Finding(
            "second_y_axis",
            "warning",
            f"axes {i + 1} and {j + 1}",
            "two y axes share one x axis: readers compare heights on different scales, "
            "and where the lines cross means nothing",
            "draw two panels one above the other with the x axis shared, or index both "
            "series to a common start (=100) on one axis",
        )
        for i, j in _twins(axes)
    ]


def _between_whole_numbers(ax: Axes, axis: int) -> list[str]:
    """The tick labels shown between whole numbers on an axis whose data are all whole.

    Years, counts and ranks drawn as numbers: matplotlib's default locator steps by 2.5
    when that fits best, and labels half a year "2002.5". Hidden axes (a bump chart's
    ranks: their labels are not drawn), and those that are not a whole-number scale
    (:func:`housestyle.ink.is_whole_number_axis`: category and date axes, fewer than
    five distinct values), are left alone.
    """
    along = (ax.xaxis, ax.yaxis)[axis]
    if not along.get_visible() or not is_whole_number_axis(ax, axis):
        return []
    low, high = sorted((ax.get_xlim(), ax.get_ylim())[axis])
    return [
        tick.label1.get_text()
        for tick, where in zip(along.get_major_ticks(), along.get_majorticklocs(), strict=False)
        if low <= where <= high
        and abs(where - round(where)) > 1e-9
        and tick.label1.get_visible()
        and tick.label1.get_text().strip()
    ]


def whole_number_steps(scene: Scene) -> list[Finding]:
    """Tick labels between whole numbers on an axis of whole-number data ("2002.5")."""
    found = []
    for i, ax in enumerate(scene.data_axes):
        for axis, name in enumerate("xy"):
            between = _between_whole_numbers(ax, axis)
            if between:
                shown = ", ".join(between[:3])
                found.append(
                    Finding(
                        "whole_number_steps",
                        "warning",
                        f"axes {i + 1}, {name} axis",
                        f"its data are whole numbers (years, counts), but ticks fall between "
                        f"them ({shown}): a reader looks for half a year or half a count",
                        f"step by whole numbers: ax.{name}axis.set_major_locator("
                        "matplotlib.ticker.MaxNLocator(integer=True))",
                    )
                )
    return found


READER_RULES = (colour_alone, second_y_axis, whole_number_steps)
