"""Where every visible artist of a drawn figure is, whatever drew it.

The rules that judge a chart's layout look at the picture, not at the layouts we
know: after the figure is drawn, every visible artist is collected with its extent
in display pixels: each axes' panel, its spines, its legend, the artists it does
not clip to its panel (annotation arrows, ``clip_on=False`` marks, markers past the
edge), and whatever sits on the figure itself (legends, patches, lines, images).
Texts are not listed here: :attr:`Scene.texts <.scene.Scene.texts>` has them with
the box around the glyphs they really drew. housestyle's own title block and
footer are left out; they are what the chart is judged against.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import Collection
from matplotlib.image import AxesImage, FigureImage
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Annotation, Text
from matplotlib.transforms import Bbox, BboxBase

from ..record import is_decoration
from ._scene import Scene, describe

__all__ = ["Extent", "chart_extents"]


@dataclass(frozen=True)
class Extent:
    """A visible artist of the chart and its extent in display pixels.

    Attributes
    ----------
    artist
        The artist.
    kind
        What it is, for grouping findings: ``"axes"``, ``"spine"``, ``"legend"``,
        ``"mark"``, ``"arrow"`` or ``"text"``.
    label
        The artist in words, for a finding.
    box
        Its extent in display pixels.
    """

    artist: Artist
    kind: str
    label: str
    box: Bbox


def _clipped_to_panel(artist: Artist, ax: Axes) -> bool:
    """True when what ``artist`` draws cannot leave its axes' panel."""
    if not artist.get_clip_on():
        return False
    box = artist.get_clip_box()
    if box is None:
        return artist.get_clip_path() is not None  # a polar or clip-path panel
    panel = ax.bbox
    return bool(
        box.x0 >= panel.x0 - 1
        and box.x1 <= panel.x1 + 1
        and box.y0 >= panel.y0 - 1
        and box.y1 <= panel.y1 + 1
    )


def _finite(box: Bbox | None) -> bool:
    return box is not None and bool(np.all(np.isfinite(box.extents))) and box.width >= 0


def _mark_extent(artist: Artist, scene: Scene) -> Bbox | None:
    try:
        box = artist.get_window_extent(scene.render())
    except (RuntimeError, ValueError, TypeError, AttributeError):
        return None
    return box if _finite(box) and (box.width > 0 or box.height > 0) else None


def _axes_extents(scene: Scene, ax: Axes, number: int) -> Iterator[Extent]:
    renderer = scene.render()
    yield Extent(ax, "axes", f"plot area (axes {number})", ax.bbox)
    for name, spine in ax.spines.items():
        if spine.get_visible():
            box = spine.get_window_extent(renderer)
            if _finite(box):
                yield Extent(spine, "spine", f"{name} spine (axes {number})", box)
    for child in ax.get_children():
        if not child.get_visible() or child is ax.patch:
            continue
        if isinstance(child, Legend):
            yield Extent(
                child, "legend", f"legend (axes {number})", child.get_window_extent(renderer)
            )
        elif isinstance(child, Annotation):
            arrow = child.arrow_patch
            if arrow is not None and arrow.get_visible() and child.get_text().strip():
                drawn = _mark_extent(arrow, scene)
                if drawn is not None:
                    yield Extent(arrow, "arrow", f"arrow of {describe(scene.fig, child)}", drawn)
        elif isinstance(child, Line2D | Patch | Collection | AxesImage):
            if _clipped_to_panel(child, ax):
                continue
            drawn = _mark_extent(child, scene)
            if drawn is not None:
                yield Extent(child, "mark", describe(scene.fig, child), drawn)


def _is_backdrop(box: Bbox, figure: BboxBase) -> bool:
    """True for a patch under the whole figure: a background (plotnine draws one)."""
    return bool(
        box.x0 <= figure.x0 + 1
        and box.y0 <= figure.y0 + 1
        and box.x1 >= figure.x1 - 1
        and box.y1 >= figure.y1 - 1
    )


def chart_extents(scene: Scene) -> list[Extent]:
    """Every visible artist of the chart but its texts, with its extent in display pixels.

    Axes that are housestyle's own (a logo drawn in an axes) are left out, as is every
    piece of the title block and footer.
    """
    fig, renderer = scene.fig, scene.render()
    found: list[Extent] = []
    for number, ax in enumerate(fig.axes, start=1):
        if ax.get_visible() and not is_decoration(ax):
            found.extend(_axes_extents(scene, ax, number))
    for legend in fig.legends:
        if legend.get_visible():
            found.append(
                Extent(legend, "legend", "figure legend", legend.get_window_extent(renderer))
            )
    for artist in [*fig.artists, *fig.patches, *fig.lines, *fig.images]:
        if not artist.get_visible() or is_decoration(artist) or isinstance(artist, Text):
            continue
        if artist is fig.patch:
            continue
        kind = "legend" if not isinstance(artist, Patch | Line2D | FigureImage) else "mark"
        box = _mark_extent(artist, scene)
        if box is not None and not _is_backdrop(box, fig.bbox):
            found.append(Extent(artist, kind, describe(fig, artist), box))
    return found
