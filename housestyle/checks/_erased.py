"""The invisible-mark rule: a mark the chart draws that a reader cannot see.

A style's defaults can erase what a user drew: an outline-only bar (``fill=False``)
with a zero edge width, an annotation arrow of width zero, a hatch or an error bar in
the background's colour, a marker with neither fill nor edge. Each visible artist of
each axes is judged on what it really paints: its fill, its edge (width and colour)
and, for lines, its stroke and markers, against the axes' background.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import Collection
from matplotlib.colors import to_rgba, to_rgba_array
from matplotlib.container import ErrorbarContainer
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, Patch
from matplotlib.text import Annotation

from ..record import is_decoration
from ._scene import Finding, Scene, describe

__all__ = ["ERASED_RULES", "invisible_mark"]

#: Two colours this close on every channel (of 1) are the same to a reader.
_SAME = 4 / 255
_NONE = ("None", "none", "", " ")


def _shows(rgba: np.ndarray, background: np.ndarray) -> bool:
    """True when a colour paints something different from the background."""
    if rgba.size == 0:
        return False
    colours = np.atleast_2d(rgba)
    seen = colours[:, 3] > 0.05
    differs = np.abs(colours[:, :3] - background[None, :]).max(axis=1) > _SAME
    return bool(np.any(seen & differs))


def _patch_shows(patch: Patch, background: np.ndarray) -> bool:
    """Whether a patch paints: an arrow by its stroke (its shaft has no fill)."""
    filled = patch.get_fill() and not isinstance(patch, FancyArrowPatch)
    face = np.asarray(patch.get_facecolor()) if filled else np.zeros(4)
    edge = np.asarray(patch.get_edgecolor()) if patch.get_linewidth() > 0 else np.zeros(4)
    hatch = patch.get_hatch()
    hatched = bool(hatch) and _shows(np.asarray(to_rgba(patch.get_hatchcolor())), background)
    return _shows(face, background) or _shows(edge, background) or hatched


def _markers_show(line: Line2D, background: np.ndarray) -> bool:
    face = line.get_markerfacecolor()
    edge = line.get_markeredgecolor() if line.get_markeredgewidth() > 0 else "none"
    return any(
        colour not in _NONE and _shows(np.asarray(to_rgba(colour, line.get_alpha())), background)
        for colour in (face, edge)
    )


def _bars_show(coll: Collection, background: np.ndarray) -> bool:
    widths = np.atleast_1d(np.asarray(coll.get_linewidth(), dtype=float))
    return bool(np.any(widths > 0)) and _shows(to_rgba_array(coll.get_edgecolor()), background)


def _judged(patch: Patch) -> bool:
    """An outline-only, hatched or transparent patch given an edge colour.

    A patch filled with ``"none"`` and no edge colour (a waterfall's spacer) was asked
    to draw nothing, and is not judged.
    """
    if isinstance(patch, FancyArrowPatch) or not patch.get_fill() or patch.get_hatch():
        return True
    face, edge = np.asarray(patch.get_facecolor()), np.asarray(patch.get_edgecolor())
    return bool(face[3] == 0 and edge[3] > 0)


def _candidates(ax: Axes, background: np.ndarray) -> Iterator[tuple[Artist, bool]]:
    """The marks that draw only an outline or a stroke, each with whether it shows.

    Outline-only patches (``fill=False``) and hatched ones, annotation arrows, the bars
    of error bars, and markers drawn without a line. A filled patch, a data line or a
    line of width 0 a library asked for is not judged here: what lies under it decides
    whether its colour shows, and ``mark_contrast`` judges that.
    """
    for child in ax.get_children():
        if not child.get_visible() or is_decoration(child):
            continue
        if isinstance(child, Annotation):
            arrow = child.arrow_patch
            if arrow is not None and arrow.get_visible():
                yield arrow, _patch_shows(arrow, background)
        elif isinstance(child, Patch) and child is not ax.patch:
            if _judged(child):
                yield child, _patch_shows(child, background)
        elif (
            isinstance(child, Line2D)
            and child.get_linestyle() in _NONE
            and child.get_marker() not in _NONE
            and len(np.asarray(child.get_xdata()))
        ):
            yield child, _markers_show(child, background)
    for container in ax.containers:
        if isinstance(container, ErrorbarContainer):
            for bars in container[2]:
                if bars.get_visible() and len(bars.get_paths()):
                    yield bars, _bars_show(bars, background)


def invisible_mark(scene: Scene) -> list[Finding]:
    """A mark drawn so that it cannot be seen: no fill and no edge, or the background's colour.

    Outline-only patches, arrows, hatches, error bars and markers are judged by what
    they paint; an artist the user hid (``set_visible(False)``) is not a mark.
    """
    found = []
    for ax in scene.data_axes:
        for artist, shows in _candidates(ax, scene.axes_background(ax)):
            if not shows:
                found.append(
                    Finding(
                        "invisible_mark",
                        "error",
                        describe(scene.fig, artist),
                        "is drawn invisible: no fill, and its edge has no width or is the "
                        "background's colour",
                        "give it a colour and a width (edgecolor=, linewidth=), or fill it; "
                        "an arrow takes arrowprops={'color': ..., 'linewidth': ...}",
                    )
                )
    return found


ERASED_RULES = (invisible_mark,)
