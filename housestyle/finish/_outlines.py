"""Outlines the brand's defaults would erase, drawn again.

A brand without bar edges (``lines.bar_edge: 0``) sets matplotlib's
``patch.linewidth`` to 0 and ``patch.edgecolor`` to the background, so filled bars
get no outline. Everything else that takes those defaults and draws only an outline
then disappears: an outline-only bar (``fill=False``, a hat graph's "Player A"), a
hatched patch's hatch, an annotation's arrow or leader line (a donut's). The user
asked for a mark there, and their choice wins over the brand's default: such a patch
is given the brand's outline width (``lines.edge``) and, where its edge would be the
background's colour, the brand's axis colour. A patch filled with ``"none"`` that the
user gave an edge colour (``edgecolor="black"``, a hat graph's hats) gets the width
too: their colour wins over the brand's zero width (a filled patch keeps the width it
has, ``axvspan(..., linewidth=0)`` included). A width or colour the user gave
(any visible one) is kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
from matplotlib.artist import Artist
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, Patch
from matplotlib.text import Annotation

from ..brand import Brand
from ..record import is_decoration

__all__ = ["restore_outlines"]

_SAME = 4 / 255


def _patches(fig: Figure) -> Iterator[Patch]:
    for ax in fig.axes:
        for child in ax.get_children():
            if isinstance(child, Annotation) and child.arrow_patch is not None:
                yield child.arrow_patch
            elif isinstance(child, Patch) and child is not ax.patch:
                yield child
    for artist in [*fig.patches, *fig.artists]:
        if isinstance(artist, Patch) and not is_decoration(artist):
            yield artist


def _is_outline(patch: Patch) -> bool:
    """True for a patch that draws only an outline (or a hatch, drawn in its edge colour).

    A filled patch in the colour ``"none"`` (a waterfall's spacer bar) is the user's
    choice of nothing, and stays so.
    """
    return isinstance(patch, FancyArrowPatch) or not patch.get_fill() or bool(patch.get_hatch())


def _same(colour: Any, other: Any) -> bool:
    try:
        first: np.ndarray = np.array(to_rgb(colour))
        second: np.ndarray = np.array(to_rgb(other))
    except ValueError:
        return False
    return bool(np.abs(first - second).max() <= _SAME)


def restore_outlines(fig: Figure, brand: Brand) -> list[Artist]:
    """Give outline-only patches and arrows a visible edge; return those changed."""
    changed: list[Artist] = []
    background = brand.colours.background
    for patch in _patches(fig):
        if not patch.get_visible():
            continue
        edge = np.asarray(patch.get_edgecolor(), dtype=float)
        if not _is_outline(patch):
            face = np.asarray(patch.get_facecolor(), dtype=float)
            edged = edge[3] > 0 and not _same(edge, background)
            if face[3] == 0 and edged and patch.get_linewidth() <= 0:
                patch.set_linewidth(brand.lines.edge)  # the user's edge colour, drawn
                changed.append(patch)
            continue
        invisible_colour = float(edge[3]) == 0.0 or _same(edge, background)
        if patch.get_linewidth() > 0 and not invisible_colour:
            continue
        if patch.get_linewidth() <= 0:
            patch.set_linewidth(brand.lines.edge)
        if invisible_colour:
            patch.set_edgecolor(brand.colours.axis)
        changed.append(patch)
    return changed
