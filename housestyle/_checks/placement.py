"""The placement rule: what sits on the figure itself keeps out of the chart's parts.

Legends and texts placed on the figure rather than in an axes (``fig.legend``,
``fig.text``, seaborn's grid legends, plotnine's legends and axis titles) are outside
every layout rule an axes obeys: ``fig.legend()`` lands on the title block,
``loc="outside lower center"`` between the source line and the logo, seaborn's
``relplot`` legend over the data. Each is checked against the three parts of a
finished chart: the title block and the footer (the bands ``finalise`` reserved, when
they show a title or a footer) and the plot area (every axes' panel).
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
from matplotlib.figure import Figure
from matplotlib.offsetbox import OffsetBox
from matplotlib.transforms import Bbox

from ..record import finalised, is_decoration
from .scene import Finding, Scene, describe

__all__ = ["PLACEMENT_RULES", "figure_overlap"]

TOLERANCE_PX = 1.0


def _bands(scene: Scene) -> dict[str, Bbox]:
    """The title block and footer bands of a finalised figure, in display pixels.

    Each is the space finalise reserved less the gap it keeps between it and the plot
    (``layout.header_gap``, ``layout.footer_gap``): the plot's labels may use the gap.
    """
    record = finalised(scene.fig)
    if record is None:
        return {}
    width, height = scene.fig.bbox.size
    per_point = scene.fig.dpi / 72.0
    layout, scale = record.brand.layout, record.preset.type_scale
    bands = {}
    if record.title or record.subtitle:
        bottom = (record.header_height - layout.header_gap * scale) * per_point
        bands["title block"] = Bbox.from_extents(0, height - bottom, width, height)
    if record.source or record.note or record.logo is not None:
        top = (record.footer_height - layout.footer_gap * scale) * per_point
        bands["footer"] = Bbox.from_extents(0, 0, width, top)
    return bands


def _panels(fig: Figure) -> Iterator[tuple[str, Bbox]]:
    for number, ax in enumerate(fig.axes, start=1):
        if ax.get_visible():
            yield f"plot area (axes {number})", ax.bbox


def _placed(scene: Scene) -> Iterator[tuple[str, Bbox]]:
    """Yield each legend and text placed on the figure, with its box in display pixels."""
    fig, renderer = scene.fig, scene.render()
    for legend in fig.legends:
        if legend.get_visible():
            yield "figure legend", legend.get_window_extent(renderer)
    for artist in fig.artists:
        if isinstance(artist, OffsetBox) and artist.get_visible() and not is_decoration(artist):
            yield "figure legend", artist.get_window_extent(renderer)
    on_figure = {id(text) for text in fig.texts}
    for text in scene.texts:
        if id(text.artist) in on_figure and not is_decoration(text.artist):
            (x0, y0), (x1, y1) = text.corners.min(axis=0), text.corners.max(axis=0)
            yield describe(fig, text.artist), Bbox.from_extents(x0, y0, x1, y1)


def _overlap(first: Bbox, second: Bbox) -> bool:
    across = min(first.x1, second.x1) - max(first.x0, second.x0)
    down = min(first.y1, second.y1) - max(first.y0, second.y0)
    return bool(np.minimum(across, down) > TOLERANCE_PX)


def figure_overlap(scene: Scene) -> list[Finding]:
    """A legend or text on the figure that overlaps the title block, footer or plot area."""
    parts = [*_bands(scene).items(), *_panels(scene.fig)]
    found = []
    for what, box in _placed(scene):
        for part, area in parts:
            if _overlap(box, area):
                found.append(
                    Finding(
                        "figure_overlap",
                        "error",
                        what,
                        f"overlaps the {part}",
                        "draw the legend in its axes (ax.legend(), which finalise sets on "
                        "top of the plot), or place it with loc='outside ...' so the layout "
                        "makes room for it; put notes in finalise(note=...)",
                    )
                )
    return found


PLACEMENT_RULES = (figure_overlap,)
