"""Rules about fitting a chart into its size: the plot's share, and text cut at its panel."""

from __future__ import annotations

import numpy as np
from matplotlib.text import Text
from matplotlib.transforms import TransformedPath

from ..record import crowding
from .scene import Finding, Scene

__all__ = ["FIT_RULES", "plot_share", "text_cut"]

TOLERANCE_PX = 1.0


def plot_share(scene: Scene) -> list[Finding]:
    """A title block and footer that leave the plot less than ``layout.min_plot_share``."""
    found = crowding(scene.fig)
    if found is None:
        return []
    problem, fix = found
    return [Finding("plot_share", "warning", "figure", problem, fix)]


def _clip_region(text: Text) -> tuple[float, float, float, float] | None:
    """The display box a clipped text is cut to (its clip box and clip path), or None."""
    if not text.get_clip_on():
        return None
    boxes = []
    box = text.get_clip_box()
    if box is not None:
        boxes.append(box.extents)
    path = text.get_clip_path()
    if isinstance(path, TransformedPath):
        boxes.append(path.get_fully_transformed_path().get_extents().extents)
    if not boxes:
        return None
    x0, y0, x1, y1 = np.array(boxes).T
    return float(x0.max()), float(y0.max()), float(x1.min()), float(y1.min())


def text_cut(scene: Scene) -> list[Finding]:
    """Text cut off at the edge of the panel it is clipped to.

    plotnine clips ``geom_text`` and ``annotate`` to the panel, as matplotlib does a
    text drawn with ``clip_on=True``: a label past the edge loses its ends while the
    figure itself has room. Judged on the text's line box less its leading.
    """
    found = []
    for text in scene.texts:
        region = _clip_region(text.artist)
        if region is None:
            continue
        left, bottom, right, top = region
        (x0, y0), (x1, y1) = text.outline.min(axis=0), text.outline.max(axis=0)
        over = {"left": left - x0, "right": x1 - right, "bottom": bottom - y0, "top": y1 - top}
        edges = [edge for edge, amount in over.items() if amount > TOLERANCE_PX]
        if edges:
            found.append(
                Finding(
                    "text_cut",
                    "error",
                    text.label,
                    f"is cut at the {' and '.join(edges)} edge of its panel by "
                    f"{max(over[e] for e in edges):.0f} px",
                    "make room inside the panel (widen the scale's limits or expand), move "
                    "the label in, or draw it unclipped (clip_on=False)",
                )
            )
    return found


FIT_RULES = (plot_share, text_cut)
