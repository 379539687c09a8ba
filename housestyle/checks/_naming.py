"""Naming artists in findings: what a text or mark is, its words, and its axes.

A finding says which artist it is about as a reader would point to it ("y tick label
"40" (axes 2)"), so the author can find it on the chart.
"""

from __future__ import annotations

from collections.abc import Iterator

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.text import Text

from .._private import axes_titles
from ..record import TEXT_ROLES

__all__ = ["axes_of", "axis_texts", "describe"]

_SHOWN = 40  # characters of a text quoted in a finding


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return f'"{text[: _SHOWN - 1]}…"' if len(text) > _SHOWN else f'"{text}"'


def axis_texts(ax: Axes) -> Iterator[Text]:
    """Every text of an axes' two axes: titles, offsets and tick labels, drawn or not."""
    for axis in (ax.xaxis, ax.yaxis):
        yield axis.label
        yield axis.offsetText
        for tick in [*axis.majorTicks, *axis.minorTicks]:
            yield tick.label1
            yield tick.label2


def axes_of(fig: Figure, artist: Artist) -> Axes | None:
    """The axes an artist belongs to; tick labels and axis titles included.

    matplotlib (3.11) leaves ``axes`` unset on an axis' own texts, so they are
    looked for among each axes' axis texts.
    """
    ax = getattr(artist, "axes", None)
    if ax is not None or not isinstance(artist, Text):
        return ax
    for candidate in fig.axes:
        if any(text is artist for text in axis_texts(candidate)):
            return candidate
    return None


def _axes_number(fig: Figure, artist: Artist) -> str:
    ax = axes_of(fig, artist)
    if ax is None or ax not in fig.axes:
        return ""
    return f" (axes {fig.axes.index(ax) + 1})"


def _text_role(artist: Text) -> str:
    gid = artist.get_gid()
    if gid in TEXT_ROLES:
        return TEXT_ROLES[gid]
    figure = artist.get_figure(root=True)
    ax = axes_of(figure, artist) if isinstance(figure, Figure) else None
    if ax is not None:
        for axis, name in ((ax.xaxis, "x"), (ax.yaxis, "y")):
            if artist is axis.label:
                return f"{name} axis title"
            if artist is axis.offsetText:
                return f"{name} axis offset"
            if any(artist in (tick.label1, tick.label2) for tick in axis.get_major_ticks()):
                return f"{name} tick label"
        if isinstance(ax, Axes) and artist in axes_titles(ax).values():
            return "axes title"
    if hasattr(artist, "draw_info"):  # plotnine's StripText
        return "facet strip"
    if figure is None:
        return "text"
    legends = [*figure.legends, *(ax.get_legend() for ax in figure.axes)]
    for legend in legends:
        if legend is not None and (artist in legend.get_texts() or artist is legend.get_title()):
            return "legend text"
    return "text"


def describe(fig: Figure, artist: Artist) -> str:
    """Name an artist for a finding: what it is, its text or label, and its axes."""
    if isinstance(artist, Text):
        return f"{_text_role(artist)} {_quote(artist.get_text())}{_axes_number(fig, artist)}"
    kind = type(artist).__name__
    label = artist.get_label() if hasattr(artist, "get_label") else ""
    named = f" {_quote(str(label))}" if label and not str(label).startswith("_") else ""
    return f"{kind}{named}{_axes_number(fig, artist)}"
