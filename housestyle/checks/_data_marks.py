"""The data marks of an axes: lines, patches and collections, and the colours they show."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import Collection, LineCollection, PathCollection, PolyCollection
from matplotlib.colors import to_rgba, to_rgba_array
from matplotlib.image import AxesImage
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, Patch, Rectangle, Wedge

from ..record import GID_PREFIX

__all__ = [
    "Mapped",
    "Mark",
    "NO_LINE",
    "collection_kind",
    "collection_mark",
    "container_series",
    "data_artists",
    "in_data_space",
    "is_ours",
    "line_mark",
    "marks_of",
    "patch_mark",
    "visible_rgba",
]


NO_LINE = ("None", "none", "", " ")


@dataclass(frozen=True)
class Mark:
    """A data mark: its artist and axes, what kind it is and the colours it shows."""

    artist: Artist
    ax: Axes
    kind: str  # line, points, bar, area or wedge
    colours: np.ndarray  # (n, 4) RGBA: the mark's fill, or its line colour
    edges: np.ndarray  # (n, 4) RGBA of edges drawn with a visible width
    style: tuple[str, ...]  # line style and marker: a channel besides colour
    series: int  # the id of the series it belongs to (a bar container, or itself)


@dataclass(frozen=True)
class Mapped:
    """A colour-mapped artist (heatmap, image, scatter with ``c=``) and its colormap."""

    artist: Artist
    ax: Axes
    cmap: Any


def in_data_space(artist: Artist, ax: Axes) -> bool:
    transform = artist.get_transform()
    if isinstance(artist, Collection) and len(np.asarray(artist.get_offsets())) > 1:
        transform = artist.get_offset_transform()
    try:
        x_data, y_data = transform.contains_branch_seperately(ax.transData)
    except ValueError:
        return False
    return bool(x_data and y_data)


def visible_rgba(colours: Any) -> np.ndarray:
    rgba = to_rgba_array(colours) if len(colours) else np.zeros((0, 4))
    rgba = rgba[rgba[:, 3] > 0]
    return np.unique(np.round(rgba, 4), axis=0) if len(rgba) else rgba


def line_mark(line: Line2D, ax: Axes) -> Mark | None:
    marker = str(line.get_marker())
    drawn = line.get_linestyle() not in NO_LINE
    if not drawn and marker in NO_LINE:
        return None
    if drawn:
        colour, kind = line.get_color(), "line"
    else:
        face = line.get_markerfacecolor()
        filled = line.get_fillstyle() != "none" and to_rgba(face)[3] > 0
        colour, kind = (face if filled else line.get_markeredgecolor()), "points"
    rgba = visible_rgba([to_rgba(colour, line.get_alpha())])
    style = (kind, str(line.get_linestyle()), marker)
    return Mark(line, ax, kind, rgba, np.zeros((0, 4)), style, id(line))


def patch_mark(patch: Patch, ax: Axes, series: dict[int, int]) -> Mark | None:
    if isinstance(patch, FancyArrowPatch):
        return None
    if isinstance(patch, Rectangle) and (patch.get_width() == 0 or patch.get_height() == 0):
        return None
    face = visible_rgba([patch.get_facecolor()]) if patch.get_fill() else np.zeros((0, 4))
    edge = visible_rgba([patch.get_edgecolor()]) if patch.get_linewidth() > 0 else face[:0]
    if not len(face) and not len(edge):
        return None
    kind = (
        "bar" if isinstance(patch, Rectangle) else "wedge" if isinstance(patch, Wedge) else "area"
    )
    colours = face if len(face) else edge
    return Mark(patch, ax, kind, colours, edge, (kind,), series.get(id(patch), id(patch)))


def collection_kind(coll: Collection) -> str | None:
    if isinstance(coll, PathCollection):
        return "points"
    if isinstance(coll, LineCollection):
        return "line"
    if isinstance(coll, PolyCollection):
        return "area"
    return None


def collection_mark(coll: Collection, ax: Axes) -> Mark | None:
    kind = collection_kind(coll)
    if kind is None:
        return None
    widths = np.atleast_1d(coll.get_linewidth())
    edges = visible_rgba(coll.get_edgecolor()) if widths.max(initial=0) > 0 else np.zeros((0, 4))
    colours = edges if kind == "line" else visible_rgba(coll.get_facecolor())
    if not len(colours):
        colours = edges
    if not len(colours):
        return None
    return Mark(coll, ax, kind, colours, edges if kind != "line" else edges[:0], (kind,), id(coll))


def is_ours(artist: Artist) -> bool:
    gid = artist.get_gid()
    return bool(gid) and str(gid).startswith(GID_PREFIX)


def container_series(ax: Axes) -> dict[int, int]:
    return {id(patch): id(bars) for bars in ax.containers for patch in getattr(bars, "patches", [])}


def data_artists(ax: Axes) -> Iterator[Artist]:
    for artist in (*ax.lines, *ax.patches, *ax.collections, *ax.images):
        if artist.get_visible() and not is_ours(artist):
            yield artist


def marks_of(ax: Axes) -> tuple[list[Mark], list[Mapped]]:
    """Return the data marks and the colour-mapped artists of an axes."""
    marks: list[Mark] = []
    mapped: list[Mapped] = []
    series = container_series(ax)
    for artist in data_artists(ax):
        if isinstance(artist, AxesImage | Collection) and artist.get_array() is not None:
            if isinstance(artist, Collection) or np.ndim(np.asarray(artist.get_array())) == 2:
                mapped.append(Mapped(artist, ax, artist.get_cmap()))
            continue
        if not in_data_space(artist, ax):
            continue
        if isinstance(artist, Line2D):
            mark = line_mark(artist, ax)
        elif isinstance(artist, Patch):
            mark = patch_mark(artist, ax, series)
        elif isinstance(artist, Collection):
            mark = collection_mark(artist, ax)
        else:
            mark = None
        if mark is not None:
            marks.append(mark)
    return marks, mapped
