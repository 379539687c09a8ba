"""Rules about fitting a chart into its size: the plot's share, and text cut at its panel."""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.text import Text
from matplotlib.transforms import Bbox, TransformedPath

from .._private import axes_titles
from ..record import crowding, is_decoration
from ..units import POINTS_PER_INCH, TOLERANCE_PX
from ._scene import Finding, Scene

__all__ = ["FIT_RULES", "axes_size", "plot_share", "text_cut"]


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
        if text.inside(left, bottom, right, top):  # its outline is inside its line box
            continue
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


def _text_boxes_by_axes(scene: Scene) -> dict[int, list[Bbox]]:
    boxes: dict[int, list[Bbox]] = {}
    owners = scene.text_axes
    for text in scene.texts:
        ax = owners.get(id(text.artist))
        if ax is not None:
            (x0, y0), (x1, y1) = text.corners.min(axis=0), text.corners.max(axis=0)
            boxes.setdefault(id(ax), []).append(Bbox.from_extents(x0, y0, x1, y1))
    return boxes


def _around(ax: Axes, texts: list[Bbox], scene: Scene) -> Bbox:
    """The panel with its labels and its own legend: what the axes takes of the figure."""
    legend = ax.get_legend()
    extra = [legend.get_window_extent(scene.render())] if legend is not None else []
    return Bbox.union([ax.bbox, *texts, *extra])


def _share_taken(panel: Bbox, around: Bbox, width: float, height: float) -> dict[str, float]:
    return {
        "width": (around.width - panel.width) / width,
        "height": (around.height - panel.height) / height,
    }


def _labelled_sides(ax: Axes, scene: Scene) -> list[str]:
    """The sides whose size a reader reads values along: the axis shows tick labels.

    A marginal histogram (seaborn's ``jointplot``) or a colour strip shows no values
    across its thin side, so only its long side is held to the minimum.
    """
    drawn = {id(text.artist) for text in scene.texts}
    sides = []
    for side, axis in (("width", ax.xaxis), ("height", ax.yaxis)):
        ticks = [*axis.majorTicks, *axis.minorTicks]
        if any(id(t.label1) in drawn or id(t.label2) in drawn for t in ticks):
            sides.append(side)
    return sides


def axes_size(scene: Scene) -> list[Finding]:
    """A panel narrower or shorter than ``checks.min_axes_size``, or crushed by its labels.

    What a reader sees is the panel that holds the data: a bar chart whose category
    names take most of the width, or a stack of panels a few points tall, says little
    whatever its labels. The finding names the cause (what around the panel takes the
    room, as a share of the figure) and the fix.
    """
    per_point = scene.fig.dpi / POINTS_PER_INCH
    least = scene.brand.checks.min_axes_size
    most_taken = 1.0 - scene.brand.layout.min_plot_share
    width, height = scene.fig.bbox.size
    texts = _text_boxes_by_axes(scene)
    where = f" at {scene.preset.name}" if scene.preset is not None else ""
    found = []
    for number, ax in enumerate(scene.data_axes, start=1):
        if is_decoration(ax):
            continue
        panel = ax.bbox
        taken = _share_taken(panel, _around(ax, texts.get(id(ax), []), scene), width, height)
        sizes = {"width": panel.width / per_point, "height": panel.height / per_point}
        labelled = _labelled_sides(ax, scene)
        small = [side for side in labelled if sizes[side] < least]
        crushed = [side for side in ("width", "height") if taken[side] > most_taken]
        if not small and not crushed:
            continue
        side = (small or crushed)[0]
        cause = (
            f"the labels and legend around it take {taken[side]:.0%} of the {side}"
            if taken[side] > 0.25
            else "the figure is split into panels too small for its size"
        )
        problem = (
            f"the panel is {sizes[side]:.0f} pt in {side}{where}; the brand's least is {least:g} pt"
            if small
            else f"the panel keeps {1 - taken[side]:.0%} of the {side}{where}"
        )
        found.append(
            Finding(
                "axes_size",
                "error",
                f"plot area (axes {number})",
                f"{problem}: {cause}",
                _AXES_SIZE_FIX if not _titled_on_lines(ax) else _TITLES_FIX + _AXES_SIZE_FIX,
            )
        )
    return found


_AXES_SIZE_FIX = (
    "wrap or shorten the category labels (or abbreviate them and explain in a note), move "
    "the legend on top, use fewer panels, or use a larger preset (web-tall, print-page)"
)
#: The fix first named when the panel's title was wrapped onto lines (a facet's title).
_TITLES_FIX = (
    "shorten the panel titles, which take several lines at this size (seaborn: "
    "g.set_titles(col_template='{col_name}', row_template='{row_name}') or "
    "facet_kws={'margin_titles': True}; plotnine: a shorter labeller); or "
)


def _titled_on_lines(ax: Axes) -> bool:
    """True when the axes' title, or a plotnine strip on it, runs to several lines."""
    fig = ax.get_figure(root=True)
    strips = [
        artist
        for artist in (fig.get_children() if fig is not None else [])
        if isinstance(artist, Text)
        and getattr(getattr(artist, "draw_info", None), "ax", None) is ax
    ]
    return any("\n" in str(title.get_text()) for title in [*axes_titles(ax).values(), *strips])


FIT_RULES = (plot_share, axes_size, text_cut)
