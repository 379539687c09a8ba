"""Lines a user wrote at the foot of a figure, taken into the footer.

A chart made without housestyle often carries its source and notes as figure text:
``fig.text(0.01, 0.01, "Source: ONS")``, a provisional-figures line at the bottom
right. Finalise puts the brand's footer there, so those lines would be drawn over it.
They are the footer's words (a text centred under the panels is a shared axis title,
and stays): a line that starts "Source:" (or "Sources:", "Data:")
becomes the source line when none is given, the others the note, in their order
across the figure. A source line given to finalise too wins, and the figure's own is
dropped with a :class:`~housestyle.LayoutWarning` that names it (as a suptitle is when
a title and subtitle are both given).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from matplotlib.figure import Figure
from matplotlib.text import Text

from ..record import Texts

__all__ = ["take_footer_texts"]

#: How far up the figure, as a share of its height, a figure text is a footer line.
FOOTER_BAND = 0.1

_SOURCE_LEAD = re.compile(r"^\s*(sources?|data)\s*:\s*", re.IGNORECASE)


def take_footer_texts(fig: Figure, texts: Texts, warn: Callable[[str], None]) -> Texts:
    """Remove the user's text lines at the figure's foot; return ``texts`` with them.

    Parameters
    ----------
    fig
        The figure, its own decoration already removed.
    texts
        The texts given to finalise.
    warn
        Called with a message for a source line dropped for the one given.
    """
    found = _footer_lines(fig)
    notes = []
    source = texts.source
    for artist in found:
        line = " ".join(str(artist.get_text()).split())
        artist.remove()
        lead = _SOURCE_LEAD.match(line)
        if lead is None:
            notes.append(line)
        elif source is None:
            source = line[lead.end() :]
        else:
            warn(
                f"the figure's text {line!r} was dropped: finalise was given "
                f"source={texts.source!r}; pass one source, or the other line as note="
            )
    if notes:  # else the note as given: None (kept from before), "" (taken off), a text
        texts = replace(texts, note=" ".join([texts.note, *notes] if texts.note else notes))
    return replace(texts, source=source)


def _footer_lines(fig: Figure) -> list[Text]:
    """The visible figure texts set along the figure's lowest tenth, left to right.

    Texts placed in figure coordinates (``fig.text``), level, and set from the left
    half leftwards or from the right half rightwards, as a footer's lines are. A text
    centred under the panels is a shared axis title (``fig.text(0.5, 0.02, "Year",
    ha="center")``, as before ``supxlabel``) and stays, as do the figure's own labels.
    """
    own = {id(getattr(fig, name, None)) for name in ("_suptitle", "_supxlabel", "_supylabel")}
    lines = [
        text
        for text in fig.texts
        if id(text) not in own
        and text.get_visible()
        and str(text.get_text()).strip()
        and text.get_transform() in (fig.transFigure, fig.transSubfigure)
        and text.get_position()[1] < FOOTER_BAND
        and text.get_rotation() == 0
        and _set_from_an_edge(text)
    ]
    return sorted(lines, key=lambda text: text.get_position()[0])


def _set_from_an_edge(text: Text) -> bool:
    x, align = text.get_position()[0], text.get_horizontalalignment()
    return (align == "left" and x < 0.5) or (align == "right" and x > 0.5)
