"""Panel titles and facet strips wider than their panel, wrapped onto more lines.

A facet's title is written for the chart as made: seaborn's ``FacetGrid`` and
``relplot(col=, row=)`` title each panel "year = 2020 | region = North West England",
and plotnine's strips carry the facet's values ("Cardiff and Vale University Health
Board"), whatever the panel's width. At a print column a panel is a third of the web's,
and the titles print over each other and off the figure's edge. After the layout, each
panel title (``ax.set_title``) and each plotnine strip wider than its panel (a strip on
the right: taller) is broken onto more lines: at seaborn's " | " between the row's and
the column's names first, then between words. Then the layout runs again, making room
for the taller titles. At each layout every title is wrapped again from its text as
written, to its panel as laid out then: a title wrapped while its panel was narrow goes
back onto one line when a later layout widens the panel.

Every title is put back as written before the next layout (:func:`unwrap_titles`), so
a figure laid out again at a larger size gets its titles on one line. A title with a
word wider than its panel cannot be wrapped, and ``check()`` reports the overlap.
"""

from __future__ import annotations

from typing import Any

from matplotlib.figure import Figure
from matplotlib.text import Text

from .._private import axes_titles
from ..ink import TextMeasure, wrap_words
from ..units import POINTS_PER_INCH

__all__ = ["unwrap_titles", "wrap_titles"]

#: On a wrapped title: its text and vertical alignment as written (the alignment of its
#: lines, set for a strip, does nothing to one line).
_UNWRAPPED = "_housestyle_unwrapped"
#: seaborn's separator between a facet's row and column names.
_SEABORN_JOIN = " | "


def unwrap_titles(fig: Figure) -> None:
    """Put each title wrapped by :func:`wrap_titles` back as written."""
    for text, _ in _titles(fig):
        _put_back(text)


def wrap_titles(fig: Figure, measure: TextMeasure) -> bool:
    """Wrap every title to its panel as laid out now; True if any changed.

    A title is wrapped from its text as written each time, so one wrapped at an
    earlier layout goes back onto one line (or onto fewer) when a later layout has
    widened its panel: thinning the tick labels beside it, for one.
    """
    changed = False
    for text, room in _titles(fig):
        if not text.get_visible():
            continue
        written = _as_written(text)
        wrapped = _wrapped(written[0], room * POINTS_PER_INCH / fig.dpi, measure, text)
        if wrapped == text.get_text():
            continue
        changed = True
        if wrapped == written[0]:
            _put_back(text)
            continue
        setattr(text, _UNWRAPPED, written)
        text.set_text(wrapped)
        if _is_strip(text):
            _lines_as_the_strip(text)
    return changed


def _as_written(text: Text) -> tuple[str, str]:
    """A title's text and vertical alignment as its author wrote them."""
    written = getattr(text, _UNWRAPPED, None)
    return written if written is not None else (str(text.get_text()), text.get_verticalalignment())


def _put_back(text: Text) -> None:
    """Put a title wrapped by :func:`wrap_titles` back as written; others are left alone."""
    written = getattr(text, _UNWRAPPED, None)
    if written is not None:
        delattr(text, _UNWRAPPED)
        text.set_text(written[0])
        text.set_verticalalignment(written[1])


def _titles(fig: Figure) -> list[tuple[Text, float]]:
    """Each panel title and strip of ``fig`` with its room along its line, in pixels."""
    found: list[tuple[Text, float]] = []
    for ax in fig.axes:
        if ax.get_visible():
            for title in axes_titles(ax).values():
                if title.get_text():
                    found.append((title, ax.bbox.width))
    for artist in fig.get_children():
        if isinstance(artist, Text) and _is_strip(artist) and artist.get_text():
            found.append((artist, _strip_room(artist)))
    return found


def _is_strip(artist: Any) -> bool:
    """True for a plotnine facet strip (its ``StripText``, which carries ``draw_info``)."""
    return isinstance(artist, Text) and hasattr(artist, "draw_info")


def _lines_as_the_strip(strip: Any) -> None:
    """Set a strip's lines as plotnine sets a strip of several lines, justified as it is."""
    strip.set_verticalalignment("center")
    justified = strip.draw_info.ha
    if isinstance(justified, int | float):  # plotnine's 0 to 1 across the strip
        justified = "left" if justified == 0 else "right" if justified == 1 else "center"
    strip.set_multialignment(justified)


def _strip_room(strip: Any) -> float:
    """The length of the strip's panel side, in pixels: its width, or height on the right."""
    info = strip.draw_info
    panel = info.ax.bbox
    return float(panel.width if info.position in ("top", "bottom") else panel.height)


def _wrapped(text: str, room: float, measure: TextMeasure, artist: Text) -> str:
    """``text`` broken onto lines no wider than ``room`` points where it can be."""
    props = artist.get_fontproperties()
    if "\n" in text or measure.width(text, props) <= room:
        return text
    parts = text.split(_SEABORN_JOIN)
    lines = [
        line
        for part in parts
        for line in (
            wrap_words(part, room, measure, props).split("\n")
            if measure.width(part, props) > room
            else [part]
        )
    ]
    return "\n".join(lines)
