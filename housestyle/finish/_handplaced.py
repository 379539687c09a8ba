"""Figures whose axes no grid arranges: fitted into the plot area, arrangement kept.

Constrained layout arranges the axes of a figure's grids. Some axes have none: placed
by hand (``fig.add_axes``), or in a grid made without the figure
(``plt.GridSpec(...)``, which seaborn's ``JointGrid`` and ``clustermap`` use), which
constrained layout never sees. :func:`adopt_gridspecs` gives such grids to their
figure, so the engine lays them out like any other. :class:`FitHandPlaced` takes the
axes placed by hand as the user arranged them (their positions when first finalised)
and maps that arrangement into the plot area at every draw, then shrinks it by the
room their labels need, so no tick label or axis title crosses the title block, the
footer or the figure's edge. Beside a grid (a colorbar in axes of its own next to a
grid of panels), :func:`beside_the_grid` maps them into the plot area the same way,
moves them in by whatever their labels need, and gives the grid the rest.
"""

from __future__ import annotations

import weakref
from typing import Any

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.gridspec import GridSpec
from matplotlib.layout_engine import LayoutEngine
from matplotlib.transforms import Bbox

from .._private import (
    is_colorbar,
    is_colorbar_beside_its_parents,
    place_in_layout,
    renderer_of,
)
from ..record import is_decoration

__all__ = ["FitHandPlaced", "adopt_gridspecs", "beside_the_grid", "fit_into", "hand_placed"]

#: Each hand-placed axes' position as the user made it (figure fractions).
_ORIGINAL: weakref.WeakKeyDictionary[Axes, Bbox] = weakref.WeakKeyDictionary()


def adopt_gridspecs(fig: Figure) -> None:
    """Give the figure the grids its axes were made in without it (``plt.GridSpec``)."""
    for ax in fig.axes:
        spec = ax.get_subplotspec() if hasattr(ax, "get_subplotspec") else None
        if spec is None:
            continue
        grid = spec.get_topmost_subplotspec().get_gridspec()
        if isinstance(grid, GridSpec) and grid.figure is None:
            grid.figure = fig


def hand_placed(fig: Figure) -> list[Axes]:
    """The figure's visible axes that sit in no grid (not housestyle's own)."""
    return [
        ax
        for ax in fig.axes
        if ax.get_visible()
        and not is_decoration(ax)
        and (not hasattr(ax, "get_subplotspec") or ax.get_subplotspec() is None)
        and ax.get_axes_locator() is None
    ]


def _original(ax: Axes) -> Bbox:
    if ax not in _ORIGINAL:
        _ORIGINAL[ax] = ax.get_position(original=True).frozen()
    return _ORIGINAL[ax]


class FitHandPlaced(LayoutEngine):
    """Map hand-placed axes, as arranged, into ``rect`` with room for their labels.

    Parameters
    ----------
    rect
        The plot area as (left, bottom, width, height) figure fractions.
    """

    _adjust_compatible = False
    _colorbar_gridspec = False

    def __init__(self, rect: tuple[float, float, float, float], **kwargs: Any):
        super().__init__(**kwargs)
        self.rect = rect

    def execute(self, fig: Any) -> None:
        axes = hand_placed(fig)
        if axes:
            fit_into(fig, {ax: _original(ax) for ax in axes}, self.rect)


def fit_into(
    fig: Figure, originals: dict[Axes, Bbox], rect: tuple[float, float, float, float]
) -> None:
    """Map axes, as ``originals`` arranges them, into ``rect`` with room for their labels.

    The arrangement is scaled into the area, then shrunk by the room the labels take
    on each side, so no tick label or axis title runs out of it.
    """
    left, bottom, width, height = rect
    area = Bbox.from_bounds(left, bottom, width, height)
    _place(originals, area)
    renderer = renderer_of(fig)
    inside = fig.transFigure.inverted()
    boxes = [ax.get_tightbbox(renderer) for ax in originals]
    tight = Bbox.union([inside.transform_bbox(b) for b in boxes if b is not None])
    union = Bbox.union([ax.get_position(original=True) for ax in originals])
    # the labels' room on each side, kept as it is while the panels shrink
    shrunk = Bbox.from_extents(
        area.x0 + max(0.0, union.x0 - tight.x0),
        area.y0 + max(0.0, union.y0 - tight.y0),
        area.x1 - max(0.0, tight.x1 - union.x1),
        area.y1 - max(0.0, tight.y1 - union.y1),
    )
    if shrunk.width > 0 and shrunk.height > 0:
        _place(originals, shrunk)


def _place(originals: dict[Axes, Bbox], target: Bbox) -> None:
    union = Bbox.union(list(originals.values()))
    scale_x = target.width / union.width if union.width else 1.0
    scale_y = target.height / union.height if union.height else 1.0
    for ax, box in originals.items():
        place_in_layout(
            ax,
            Bbox.from_bounds(
                target.x0 + (box.x0 - union.x0) * scale_x,
                target.y0 + (box.y0 - union.y0) * scale_y,
                box.width * scale_x,
                box.height * scale_y,
            ),
        )


def beside_the_grid(fig: Figure, rect: tuple[float, float, float, float], gap: float) -> Bbox:
    """Place hand-placed axes beside a figure's grid; return the room the grid keeps.

    Each is mapped from its place in the figure, as the user made it, into the plot
    area ``rect`` (left, bottom, width, height in figure fractions), then moved in as
    far as its tick labels and axis title run past the area. The grid keeps the area
    less the band they take on the side of the grid they stand on (the side where
    their arrangement lies outside the grid's), so nothing of either is drawn over
    the other, with ``gap`` (a share of the figure) between them. Axes inside the grid's
    span (an inset placed by hand) take no band; axes taken out of the layout
    (``ax.set_in_layout(False)``, or placed with ``ax.set_position``) stay where they are.
    """
    area = Bbox.from_bounds(*rect)
    axes = [ax for ax in (*hand_placed(fig), *_colorbars_placed_by_hand(fig)) if ax.get_in_layout()]
    specs = [ax.get_subplotspec() for ax in fig.axes if ax not in axes]
    cells = [spec.get_position(fig) for spec in specs if spec is not None]
    if not axes or not cells:
        return area
    grid = Bbox.union(cells)
    renderer = renderer_of(fig)
    inside = fig.transFigure.inverted()
    room = area.frozen()
    for ax in axes:
        box = _original(ax)
        mapped = Bbox.from_bounds(
            area.x0 + box.x0 * area.width,
            area.y0 + box.y0 * area.height,
            box.width * area.width,
            box.height * area.height,
        )
        place_in_layout(ax, mapped)
        drawn = ax.get_tightbbox(renderer)
        tight = inside.transform_bbox(drawn) if drawn is not None else mapped
        dx = max(0.0, area.x0 - tight.x0) - max(0.0, tight.x1 - area.x1)
        dy = max(0.0, area.y0 - tight.y0) - max(0.0, tight.y1 - area.y1)
        place_in_layout(ax, mapped.translated(dx, dy))
        taken = tight.translated(dx, dy)
        room = _less_the_band(room, taken.padded(gap), box, grid)
    return room


def _colorbars_placed_by_hand(fig: Figure) -> list[Axes]:
    """Colorbars drawn in axes the user placed (``cax=fig.add_axes(...)``).

    A colorbar gives its axes a locator of its own (for its extensions), which reads
    the position set; one made beside its parents (``ax=``) is constrained layout's.
    """
    return [
        ax
        for ax in fig.axes
        if ax.get_visible()
        and is_colorbar(ax)
        and not is_colorbar_beside_its_parents(ax)
        and ax.get_subplotspec() is None
    ]


def _less_the_band(room: Bbox, taken: Bbox, placed: Bbox, grid: Bbox) -> Bbox:
    """``room`` less the band ``taken`` spans, on the side of ``grid`` the axes stand.

    The side is where the middle of the axes, as placed, lies outside the grid's span;
    an axes whose middle is inside it (an inset) takes no band.
    """
    x0, y0, x1, y1 = room.extents
    middle_x, middle_y = (placed.x0 + placed.x1) / 2, (placed.y0 + placed.y1) / 2
    if middle_x >= grid.x1:
        x1 = min(x1, taken.x0)
    elif middle_x <= grid.x0:
        x0 = max(x0, taken.x1)
    elif middle_y >= grid.y1:
        y1 = min(y1, taken.y0)
    elif middle_y <= grid.y0:
        y0 = max(y0, taken.y1)
    return Bbox.from_extents(x0, y0, x1, y1) if x1 > x0 and y1 > y0 else room
