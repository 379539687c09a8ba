"""Scaling a matplotlib figure's type, lines and marks from one size preset to another.

A brand writes every size at scale 1 (the web presets); a preset's family multiplies
them when a chart is laid out at it. What has an extent scales with the type, so that
labels keep their places beside the marks they name; strokes scale on their own:

- ``type_scale``: every text size (tick labels, legends, annotations, axes titles,
  offset text), marker sizes (a line's markers; a scatter's areas by the square),
  tick lengths, arrow heads, the offset of an annotation placed in points from what
  it labels, and a halo drawn around text (a stroke path effect on a text);
- ``line_scale``: every stroke's width: data lines, gridlines, spines, ticks, the
  edges of bars, patches and markers, arrows' shafts, and a halo around a line or
  patch.

Scaling is relative and never compounds: the size each value has at scale 1 is kept
on its artist, so a figure laid out at web, then print, then social is the figure it
is when laid out at social directly. A value changed by hand since the last layout is
taken as the new size at the scale the figure was at. The plotnine counterpart, which
scales a plot before it is drawn, is :mod:`housestyle.finish._p9sizing`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import Collection, PathCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, Patch
from matplotlib.text import Annotation, Text

from .._private import set_stroke_width, stroke_width, tick_label_size_for_spacing
from ..brand import SizePreset
from ..record import is_decoration

__all__ = ["Scales", "rescale_figure", "space_ticks_by_their_labels"]

#: On an artist (or a path effect): ``{property: its size at scale 1}``.
_BASES = "_housestyle_base_sizes"
#: Annotation offsets that are lengths on the page, so scale with the type.
_OFFSETS_IN_POINTS = ("offset points", "offset pixels")


@dataclass(frozen=True)
class Scales:
    """The type and line scales a figure is at now (``before``) and is going to."""

    type_before: float
    line_before: float
    type_after: float
    line_after: float

    @classmethod
    def between(cls, before: SizePreset | None, after: SizePreset) -> Scales:
        """From ``before`` (None: a figure at the brand's sizes as written) to ``after``."""
        type_before = before.type_scale if before is not None else 1.0
        line_before = before.line_scale if before is not None else 1.0
        return cls(type_before, line_before, after.type_scale, after.line_scale)

    @property
    def unchanged(self) -> bool:
        """True when nothing needs scaling."""
        return (self.type_before, self.line_before) == (self.type_after, self.line_after)

    def of(self, kind: str) -> tuple[float, float]:
        """Return (before, after) for ``"type"``, ``"line"`` or ``"area"`` (type squared)."""
        if kind == "type":
            return self.type_before, self.type_after
        if kind == "line":
            return self.line_before, self.line_after
        return self.type_before**2, self.type_after**2


def rescale_figure(fig: Figure, before: SizePreset | None, after: SizePreset) -> None:
    """Scale every text, line and mark of ``fig`` from preset ``before`` to ``after``.

    ``before`` is the preset the figure was laid out at, or None for a figure drawn
    at the brand's sizes as written (not finalised yet). The title block and footer
    are not touched: finalise draws them afresh at each size.
    """
    scales = Scales.between(before, after)
    if scales.unchanged:
        return
    rescaler = _Rescaler(scales)
    for artist in figure_artists(fig):
        rescaler.artist(artist)


def space_ticks_by_their_labels(fig: Figure) -> None:
    """Let each axis space its automatic ticks for its labels' size as drawn.

    matplotlib's automatic ticks are as many as fit labels of the rcParams' size, read
    at draw time: the brand's size at scale 1 when exported, the notebook's own when
    shown there. At print sizes the labels are scaled down, and a 7 pt label was spaced
    as a 12 pt one (``mpl_grouped_bar`` at print-column showed 0 and 20 only). Each
    axis now spaces its ticks by its first label's size, wherever it is drawn.
    """
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            if axis.majorTicks:
                tick_label_size_for_spacing(axis, axis.majorTicks[0].label1.get_fontsize())


def figure_artists(fig: Figure) -> list[Artist]:
    """Return every artist of ``fig`` once, but the decoration and the figure's patch.

    ``findobj`` misses an annotation's arrow and a text's box, and reaches only the
    ticks at an axis' current locations; an axis keeps the ticks it made for more
    locations (at a larger size, say) and shows them again when the locations come
    back, so they are included.
    """
    found: dict[int, Artist] = {}

    def add(artist: Artist | None) -> None:
        if artist is not None and not is_decoration(artist):
            found.setdefault(id(artist), artist)

    for artist in fig.findobj(include_self=False):
        add(artist)
        if isinstance(artist, Annotation):
            add(artist.arrow_patch)
        if isinstance(artist, Text):
            add(artist.get_bbox_patch())
        if isinstance(artist, Axes):
            for tick in _every_tick(artist):
                for part in (tick.tick1line, tick.tick2line, tick.gridline, tick.label1):
                    add(part)
                add(tick.label2)
    found.pop(id(fig.patch), None)
    return list(found.values())


def _every_tick(ax: Axes) -> Iterable[Any]:
    for axis in (ax.xaxis, ax.yaxis):
        yield from axis.majorTicks
        yield from axis.minorTicks


class _Rescaler:
    """One pass of scaling: each value set from its size at scale 1.

    A path effect may be shared by many artists; it is scaled once per pass.
    """

    def __init__(self, scales: Scales):
        self.scales = scales
        self.effects_seen: set[int] = set()

    def artist(self, artist: Artist) -> None:
        if isinstance(artist, Text):
            self._text(artist)
        elif isinstance(artist, Line2D):
            self._line(artist)
        elif isinstance(artist, Patch):
            self._patch(artist)
        elif isinstance(artist, Collection):
            self._collection(artist)

    def _text(self, text: Text) -> None:
        self.value(text, "fontsize", text.get_fontsize(), "type", text.set_fontsize)
        self._effects(text, "type")
        if isinstance(text, Annotation) and text.anncoords in _OFFSETS_IN_POINTS:
            offset = np.asarray(text.xyann, dtype=float)
            self.value(text, "xyann", offset, "type", lambda v: setattr(text, "xyann", tuple(v)))

    def _line(self, line: Line2D) -> None:
        self.value(line, "linewidth", line.get_linewidth(), "line", line.set_linewidth)
        self.value(line, "markersize", line.get_markersize(), "type", line.set_markersize)
        edge = line.get_markeredgewidth()
        self.value(line, "markeredgewidth", edge, "line", line.set_markeredgewidth)
        self._effects(line, "line")

    def _patch(self, patch: Patch) -> None:
        self.value(patch, "linewidth", patch.get_linewidth(), "line", patch.set_linewidth)
        if isinstance(patch, FancyArrowPatch):
            head = patch.get_mutation_scale()
            self.value(patch, "mutation_scale", head, "type", patch.set_mutation_scale)
        self._effects(patch, "line")

    def _collection(self, collection: Collection) -> None:
        widths = np.asarray(collection.get_linewidth(), dtype=float)
        self.value(collection, "linewidth", widths, "line", collection.set_linewidth)
        if isinstance(collection, PathCollection) and len(collection.get_sizes()):
            sizes = np.asarray(collection.get_sizes(), dtype=float)
            self.value(collection, "sizes", sizes, "area", collection.set_sizes)
        self._effects(collection, "line")

    def _effects(self, artist: Artist, kind: str) -> None:
        for effect in artist.get_path_effects() or ():
            width = stroke_width(effect)
            if width is None or id(effect) in self.effects_seen:
                continue
            self.effects_seen.add(id(effect))
            self.value(effect, "stroke", width, kind, lambda v, e=effect: set_stroke_width(e, v))

    def value(self, owner: Any, name: str, current: Any, kind: str, setter: Callable) -> None:
        """Set ``owner``'s ``name`` from its size at scale 1 to the new scale."""
        before, after = self.scales.of(kind)
        bases = owner.__dict__.setdefault(_BASES, {})
        base = bases.get(name)
        if base is None or not _same(_times(base, before), current):
            base = _divided(current, before)  # new, or set by hand since: now at ``before``
        bases[name] = base
        setter(_times(base, after))


def _times(value: Any, factor: float) -> Any:
    return value * factor if factor != 1.0 else value


def _divided(value: Any, factor: float) -> Any:
    return value / factor if factor != 1.0 else value


def _same(first: Any, second: Any) -> bool:
    first, second = np.asarray(first, dtype=float), np.asarray(second, dtype=float)
    return first.shape == second.shape and bool(np.all(first == second))
