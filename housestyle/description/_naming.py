"""Naming a series, and the colour it is told apart by, as a reader of the chart would.

A series is named by its own label, else by the legend entry keyed by its colour (and,
where a legend keys lines by dashes too, by that entry), else by a note pointing at its
first or last point (a direct label), else by the one text drawn in its colour.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import Collection, PathCollection
from matplotlib.colors import to_rgba
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Annotation

from .._private import dash_pattern

__all__ = [
    "a_name",
    "artist_name",
    "clean_text",
    "end_label",
    "is_grey",
    "labelled",
    "legend_entries",
    "name_by_notes_at_ends",
    "same_colour",
    "series_colour",
    "style_entry",
]

GREY_SATURATION = 0.15  # a colour less saturated than this reads as grey
#: The most words a note at a series' end has when it names the series.
NAME_WORDS = 4


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


def is_grey(colour: tuple[float, ...] | None) -> bool:
    if colour is None:
        return True
    r, g, b = colour[:3]
    high, low = max(r, g, b), min(r, g, b)
    return high == 0 or (high - low) / high < GREY_SATURATION


def clean_text(text: str) -> str:
    return " ".join(str(text).replace("-\n", "-").split())


def artist_name(artist: Any, ax: Axes) -> str | None:
    """The series name, as the module's notes say: label, legend, direct label, colour."""
    label = str(artist.get_label() or "")
    if label and not label.startswith("_"):
        return clean_text(label)
    colour = series_colour(artist)
    if colour is None:
        return None
    keyed = [text for handle, text in legend_entries(ax) if same_colour(handle, colour)]
    if len(keyed) == 1:
        style = style_entry(artist, ax) if isinstance(artist, Line2D) else None
        return keyed[0] if style is None else f"{keyed[0]} ({style})"
    at_end = end_label(artist, ax)
    if at_end is not None or is_grey(colour):
        return at_end
    named = {
        clean_text(t.get_text())
        for t in ax.texts
        if t.get_visible() and t.get_text().strip() and same_colour(to_rgba(t.get_color()), colour)
    }
    return named.pop() if len(named) == 1 and a_name(next(iter(named))) else None


def end_label(artist: Any, ax: Axes) -> str | None:
    """The name a note pointing at the series' first or last point gives it (a direct label).

    A bump chart or a labelled line names each series with ``ax.annotate(name, (x, y))``
    at its first or last point, in any colour; a note that says one name there (a few
    words, not a sentence: a note pointing at a point says more) is it.
    """
    if isinstance(artist, Line2D):
        points = np.asarray(artist.get_xydata(), dtype=float)
    elif isinstance(artist, PathCollection):
        points = np.asarray(artist.get_offsets(), dtype=float)
    else:
        return None
    if points.ndim != 2 or not len(points):
        return None
    ends = points[[0, -1]]
    names = {
        clean_text(note.get_text())
        for note in ax.texts
        if isinstance(note, Annotation)
        and note.xycoords == "data"
        and note.get_visible()
        and np.any(np.all(np.isclose(ends, _anchor(note)), axis=1))
    }
    names = {name for name in names if a_name(name)}
    return names.pop() if len(names) == 1 else None


def a_name(text: str) -> bool:
    """Short, and not a sentence: "Montgomery County", not "On average, 3.5 mpg fewer"."""
    return 0 < len(text.split()) <= NAME_WORDS and not any(mark in text for mark in ",:;")


def _anchor(note: Annotation) -> np.ndarray:
    try:
        return np.asarray(note.xy, dtype=float)
    except (TypeError, ValueError):  # a date or a category: not a number to compare
        return np.array([np.nan, np.nan])


def style_entry(line: Line2D, ax: Axes) -> str | None:
    """The legend entry a line's dashes key, when a legend keys a second variable by them.

    seaborn's ``lineplot(hue=, style=)`` keys one variable by colour and another by
    dashes, drawn in a neutral grey: a line is "England" by its colour and "Women" by
    its dashes, and named by both: "England (Women)". None when no legend keys lines
    by dashes.
    """
    styles = [
        (dash_pattern(handle), text)
        for handle, text in _legend_handles(ax)
        if isinstance(handle, Line2D)
        and handle.get_linewidth() > 0  # not a heading's blank key ("sex")
        and is_grey(series_colour(handle))
    ]
    if len({dashes for dashes, _ in styles}) < 2:
        return None
    mine = [text for dashes, text in styles if dashes == dash_pattern(line)]
    return mine[0] if len(mine) == 1 else None


def _legend_handles(ax: Axes) -> list[tuple[Any, str]]:
    """(handle, label) of every entry of the legends that could name a series of ``ax``."""
    figure = ax.get_figure()
    legends = [ax.get_legend(), *(getattr(figure, "legends", None) or [])]
    return [
        (handle, clean_text(text.get_text()))
        for legend in legends
        if legend is not None
        for handle, text in zip(legend.legend_handles, legend.get_texts(), strict=False)
        if handle is not None and text.get_text().strip()
    ]


def legend_entries(ax: Axes) -> list[tuple[tuple[float, ...], str]]:
    """(colour, label) of each legend entry that could name a series of ``ax``."""
    entries = [(series_colour(handle), text) for handle, text in _legend_handles(ax)]
    return [(colour, text) for colour, text in entries if colour is not None]


def same_colour(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return bool(np.allclose(a[:3], b[:3], atol=1 / 255))


def labelled(artist: Any) -> bool:
    label = str(artist.get_label() or "")
    return bool(label) and not label.startswith("_")


def name_by_notes_at_ends(marks: list[Any], notes: list[tuple[Any, Any, str]]) -> None:
    """Name each unnamed line by the one short note placed at its first or last point."""
    for line in marks:
        if line.kind != "line" or (line.series and not line.anonymous) or len(line) < 2:
            continue
        ends = {(line.x[0], line.y[0]), (line.x[-1], line.y[-1])}
        names = {clean_text(text) for x, y, text in notes if (x, y) in ends and a_name(text)}
        if len(names) == 1:
            line.series, line.anonymous = names.pop(), False
