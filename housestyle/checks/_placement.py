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
from matplotlib.transforms import Bbox

from ..record import finalised, is_decoration
from ..units import POINTS_PER_INCH, TOLERANCE_PX
from ._extents import chart_extents
from ._scene import Finding, Scene

__all__ = ["PLACEMENT_RULES", "figure_overlap"]


def _bands(scene: Scene) -> dict[str, Bbox]:
    """The title block and footer bands of a finalised figure, in display pixels.

    Each is the space finalise reserved less the gap it keeps between it and the plot
    (``layout.header_gap``, ``layout.footer_gap``): the plot's labels may use the gap.
    """
    record = finalised(scene.fig)
    if record is None:
        return {}
    width, height = scene.fig.bbox.size
    per_point = scene.fig.dpi / POINTS_PER_INCH
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


def _overlap(first: Bbox, second: Bbox) -> bool:
    across = min(first.x1, second.x1) - max(first.x0, second.x0)
    down = min(first.y1, second.y1) - max(first.y0, second.y0)
    return bool(np.minimum(across, down) > TOLERANCE_PX)


_PLACED_FIX = (
    "draw the legend in its axes (ax.legend(), which finalise sets on "
    "top of the plot), or place it with loc='outside ...' so the layout "
    "makes room for it; put notes in finalise(note=...)"
)
_CHART_FIX = (
    "keep it inside the plot area: let finalise lay the figure out (do not move axes "
    "after finalise, or place artists in figure coordinates), draw it clipped to its "
    "axes, or give the chart a taller preset"
)


def _text_boxes(scene: Scene) -> Iterator[tuple[str, str, Bbox, bool]]:
    on_figure = {id(text) for text in scene.fig.texts}
    for text in scene.texts:
        if is_decoration(text.artist):
            continue
        (x0, y0), (x1, y1) = text.corners.min(axis=0), text.corners.max(axis=0)
        placed = id(text.artist) in on_figure
        yield "text", text.label, Bbox.from_extents(x0, y0, x1, y1), placed


def _chart_boxes(scene: Scene) -> Iterator[tuple[str, str, Bbox, bool]]:
    fig = scene.fig
    placed = {id(legend) for legend in fig.legends} | {id(a) for a in fig.artists}
    for extent in chart_extents(scene):
        on_figure = id(extent.artist) in placed and extent.kind == "legend"
        label = "figure legend" if on_figure else extent.label
        yield extent.kind, label, extent.box, on_figure


def _off_edges(box: Bbox, width: float, height: float) -> list[str]:
    over = {"left": -box.x0, "right": box.x1 - width, "bottom": -box.y0, "top": box.y1 - height}
    return [edge for edge, amount in over.items() if amount > TOLERANCE_PX]


def figure_overlap(scene: Scene) -> list[Finding]:
    """An artist of the chart across the title block, the footer or the figure's edge.

    Every visible artist is judged on where it was drawn (see :mod:`.extents`): axes,
    spines, legends, marks not clipped to their panel, annotation arrows and every
    text. Legends and texts placed on the figure itself must also keep out of every
    axes' panel. Texts running off the figure are :func:`.text.text_clipped`'s.
    """
    bands = list(_bands(scene).items())
    panels = list(_panels(scene.fig))
    width, height = scene.fig.bbox.size
    found = []
    for kind, what, box, placed in [*_chart_boxes(scene), *_text_boxes(scene)]:
        for part, area in [*bands, *(panels if placed else [])]:
            if _overlap(box, area):
                found.append(
                    Finding(
                        "figure_overlap",
                        "error",
                        what,
                        f"overlaps the {part}",
                        _PLACED_FIX if placed else _CHART_FIX,
                    )
                )
        edges = _off_edges(box, width, height) if kind != "text" else []
        if edges:
            found.append(
                Finding(
                    "figure_overlap",
                    "error",
                    what,
                    f"runs off the {' and '.join(edges)} edge of the figure",
                    _CHART_FIX,
                )
            )
    return found


PLACEMENT_RULES = (figure_overlap,)
