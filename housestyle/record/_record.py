"""The finish record: what :func:`housestyle.finalise` did to a figure.

This module sits at the bottom of the import graph, just above the brand: the
finaliser writes the record, and export, the checks and the notebook display read
it, without importing the finaliser (which imports them). It also names the
artists of the decoration, so that every reader finds them the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from matplotlib.artist import Artist
from matplotlib.figure import Figure

from .._private import suptitle
from ..brand import Brand, SizePreset

__all__ = [
    "DECORATION",
    "GID_PREFIX",
    "LOGO",
    "RULE",
    "TEXT_ROLES",
    "Finalised",
    "Redraw",
    "Relayout",
    "crowding",
    "decoration",
    "figure_title",
    "finalised",
    "is_decoration",
    "is_gridded",
    "write_record",
]

#: Every artist that housestyle draws on a figure has a gid starting with this.
GID_PREFIX = "housestyle-"
#: The gid of each text of the title block and footer, and what a reader calls it.
TEXT_ROLES = {
    f"{GID_PREFIX}title": "title",
    f"{GID_PREFIX}subtitle": "subtitle",
    f"{GID_PREFIX}note": "note",
    f"{GID_PREFIX}source": "source line",
}
RULE = f"{GID_PREFIX}rule"
LOGO = f"{GID_PREFIX}logo"
#: The gids of the decoration finalise adds: replaced, never stacked, when re-finalised.
DECORATION = frozenset({*TEXT_ROLES, RULE, LOGO})

_ATTRIBUTE = "_housestyle"


class Relayout(Protocol):
    """Lays a finalised figure out again at a size (and in a locale) and returns it.

    The same figure for a matplotlib chart (changed in place), a new one for a chart
    drawn from a ggplot. :func:`housestyle.finalise` sets it, so that export can re-size
    a figure, or show it in another language, without importing the finaliser (which
    imports export). ``locale=None`` keeps the locale the figure has.
    """

    def __call__(self, fig: Figure, preset: SizePreset, locale: str | None = None) -> Figure:
        """Lay ``fig`` out at ``preset`` in ``locale``."""


#: Draws the chart again from its code in another brand at one of its presets, and
#: returns the new figure: set for a recipe's chart (:func:`housestyle.batch._recipes.run_recipe`)
#: and a table (:func:`housestyle.table`), whose code or data is known. Export draws a
#: web embed's dark-page picture with it, in the brand's dark twin.
Redraw = Callable[[Brand, SizePreset], Figure]


@dataclass(frozen=True)
class Finalised:
    """What :func:`housestyle.finalise` did to a figure, kept on the figure.

    Attributes
    ----------
    title, subtitle, source, note, alt
        The texts of the title block and footer (the source with the brand's
        prefix), and the alternative text written into exported files.
    brand
        The brand it was finished in.
    preset
        The size it was laid out at.
    header_height, footer_height
        Points from the top edge to the plot, and from the plot to the bottom edge.
    logo
        The logo file drawn in the footer, or None.
    relayout
        How to lay the figure out again at another size (see :data:`Relayout`), or
        None when it cannot be.
    spec
        For a figure drawn from a plotnine ``ggplot``: a clean copy of the plot, from
        which it is drawn again at another size; None for a matplotlib chart.
    data
        For a table: the table it shows (a pandas DataFrame, its columns headed as
        drawn), which :func:`housestyle.describe` and the CSV export read; else None.
    long
        The long description of the chart (:func:`housestyle.describe`), when
        ``finalise(alt="draft")`` drafted it; else None (export drafts it then).
    redraw
        How to draw the chart again in another brand (see :data:`Redraw`), or None
        when only the figure is known (its colours were chosen when it was drawn).
    locale
        The locale its numbers, dates and words are written in.
    translations
        The texts given in several languages: ``{"title": {"en": ..., "cy": ...}}``.
    labels
        The chart's labels translated, by locale: ``{"cy": {"Cars": "Ceir"}}``.
    """

    title: str | None
    subtitle: str | None
    source: str | None
    note: str | None
    alt: str | None
    brand: Brand
    preset: SizePreset
    header_height: float
    footer_height: float
    logo: Path | None = None
    relayout: Relayout | None = field(default=None, compare=False, repr=False)
    spec: Any = field(default=None, compare=False, repr=False)
    data: Any = field(default=None, compare=False, repr=False)
    long: str | None = field(default=None, compare=False, repr=False)
    redraw: Redraw | None = field(default=None, compare=False, repr=False)
    locale: str = "en"
    translations: Mapping[str, Mapping[str, str]] = field(default_factory=dict, compare=False)
    labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict, compare=False)

    @property
    def plot_share(self) -> float:
        """The share of the figure's height the title block and footer leave the plot."""
        height = self.preset.points[1]
        return max(0.0, 1.0 - (self.header_height + self.footer_height) / height)


def finalised(fig: Any) -> Finalised | None:
    """Return what :func:`housestyle.finalise` recorded on ``fig``, or None.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> finalised(Figure()) is None
    True
    """
    record = getattr(fig, _ATTRIBUTE, None)
    return record if isinstance(record, Finalised) else None


def figure_title(fig: Figure) -> str | None:
    """Return the chart's title: the one it was finalised with, else its suptitle's text.

    The one statement of which text is a figure's title, for the checks and reports.
    """
    record = finalised(fig)
    if record is not None:
        return record.title
    artist = suptitle(fig)
    return str(artist.get_text()) if artist is not None else None


def write_record(fig: Any, record: Finalised) -> None:
    """Keep ``record`` on ``fig``: the one place the record is written.

    ``fig`` is a matplotlib Figure, or a chart of another library that its adapter
    finished; the attribute is set on the object itself, past any ``__setattr__`` of
    the library's (Altair's would put it in the chart's specification).
    """
    object.__setattr__(fig, _ATTRIBUTE, record)


def is_decoration(artist: Artist) -> bool:
    """True when ``artist`` is a piece of the title block or footer that finalise drew."""
    return artist.get_gid() in DECORATION


def decoration(fig: Figure) -> list[Artist]:
    """Return the figure-level artists of the title block and footer, in drawing order."""
    return [artist for artist in fig.get_children() if is_decoration(artist)]


def is_gridded(fig: Figure) -> bool:
    """True when some axes of ``fig`` sit in a grid, which a layout engine arranges."""
    return any(getattr(ax, "get_subplotspec", lambda: None)() for ax in fig.axes)


def crowding(fig: Figure) -> tuple[str, str] | None:
    """What a reader of a crowded chart is told: ``(problem, fix)``, else None.

    A finalised plot is crowded when its title block and footer leave it less than the
    brand's ``layout.min_plot_share`` of the height. Only a plot a layout squeezes (a
    ggplot, or a figure whose axes sit in a grid) can be; a table is sized to its rows.
    The one wording of it, for finalise's warning and check()'s finding.
    """
    info = finalised(fig)
    if info is None or not (info.spec is not None or is_gridded(fig)):
        return None
    least = info.brand.layout.min_plot_share
    if info.plot_share >= least:
        return None
    return (
        f"the title block and footer leave the plot {info.plot_share:.1%} of the height at "
        f"{info.preset.name}; the brand asks for at least {least:.0%}",
        "shorten the title or subtitle (move detail to the note), or use a larger preset "
        "(web-tall, print-page)",
    )
