"""Placing every legend of a matplotlib figure at a preset: on top, wrapped, out of the way.

Every legend is made again at each layout (see :mod:`.legend_look`), at the size the
figure's text is at, keeping its entries, title, fonts and frame:

- a legend matplotlib placed itself (``loc="best"`` on its axes) goes above its axes
  when the brand says ``layout.legend_position: top``, in as many columns as fit the
  axes' width, reading across the rows. When that legend would take more than a
  third of its axes' height (a legend on one panel of a grid, at a small size), it
  goes above the whole plot instead, where it wraps to the content width;
- a legend the author placed on an axes stays where it was put;
- a figure legend (``fig.legend``) goes inside the plot area finalise reserves,
  never over the title block or footer: ``loc="outside <side> ..."`` on that side of
  the plot area; any other ``loc`` without an anchor (matplotlib's default, or
  seaborn's figure-level legend at the right) at the brand's legend position; one
  given a ``bbox_to_anchor`` stays where it was put. The plot area shrinks to make
  room, so the legend covers no data.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any, Literal, cast

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.legend import Legend
from matplotlib.text import Text
from matplotlib.transforms import IdentityTransform

from .._private import axes_titles
from ..brand import Brand, SizePreset
from ..ink import TextMeasure, font_families
from ..record import Plan
from ..units import POINTS_PER_INCH, pixels_to_points
from ._legend_look import LegendLook, Placement, make_legend, placement_of, read_legend

__all__ = ["across_rows", "legend_columns", "place_legends"]

_TICK_LABEL_ALLOWANCE = 28.0  # points beside (or under) an axes for its tick labels
_MAX_LEGEND_SHARE = 1 / 3  # of its axes' height: a taller legend goes above the plot
_ON_TOP_PAD = 0.4  # ems between a legend and the axes it sits on
_TITLE_PAD = "_housestyle_title_pad"  # on an axes whose titles were lifted: the author's pad
_SIDES = ("upper", "lower", "left", "right")
#: matplotlib's location codes by (vertical, horizontal) place, and back.
_CODES = {
    ("upper", "right"): 1,
    ("upper", "left"): 2,
    ("lower", "left"): 3,
    ("lower", "right"): 4,
    ("center", "right"): 7,
    ("center", "left"): 6,
    ("lower", "center"): 8,
    ("upper", "center"): 9,
    ("center", "center"): 10,
}
_PLACES = {code: place for place, code in _CODES.items()} | {5: ("center", "right")}
_BRAND_SIDES = {"top": "upper", "bottom": "lower", "left": "left", "right": "right"}


@dataclass
class _Area:
    """The plot area in figure points from the bottom left: what the legends leave."""

    left: float
    bottom: float
    right: float
    top: float


def place_legends(fig: Figure, brand: Brand, preset: SizePreset, laid_out: Plan) -> None:
    """Make every legend of ``fig`` again at ``preset`` and put it where it belongs.

    Called after the layout engine is confined to the plan's plot area: figure-level
    legends take their room from that area.
    """
    placements = [(legend, placement_of(legend)) for legend in _legends(fig)]
    found = [(legend, placed, read_legend(legend, placed)) for legend, placed in placements]
    for legend, _, _ in found:
        legend.remove()
    width, height = preset.points
    margins = brand.layout.margins
    area = _Area(margins.left, height - laid_out.footer_top, width - margins.right, height)
    area.top -= laid_out.header_height
    placer = _Placer(fig, brand, preset, area)
    for _, placement, look in found:
        placer.place(placement, look)
    placer.finish()


def _legends(fig: Figure) -> list[Legend]:
    on_axes = [ax.get_legend() for ax in fig.axes]
    return [legend for legend in (*on_axes, *fig.legends) if legend is not None]


def legend_columns(look: LegendLook, width: float, measure: TextMeasure) -> int:
    """Return the columns (reading across rows) for the fewest rows that fit ``width`` points.

    Of the layouts with that many rows, the one with the fewest columns: four entries
    that need two rows go two and two, not three and one.
    """
    count = len(look.labels)
    for ncols in range(count, 1, -1):
        if _legend_width(look, ncols, measure) <= width:
            return math.ceil(count / math.ceil(count / ncols))
    return 1


def _legend_width(look: LegendLook, ncols: int, measure: TextMeasure) -> float:
    """The width in points of ``look`` in ``ncols`` columns, filled across the rows."""
    size, spacing = look.size, look.spacing
    key = (spacing["handlelength"] + spacing["handletextpad"]) * size
    labels = [measure.width(label, look.prop) for label in look.labels]
    columns = [max(labels[j::ncols]) + key for j in range(min(ncols, len(labels)))]
    gaps = (len(columns) - 1) * spacing["columnspacing"] * size
    return sum(columns) + gaps + 2 * spacing["borderpad"] * size


def _legend_height(look: LegendLook, ncols: int) -> float:
    """About the height in points of ``look`` in ``ncols`` columns (its title included)."""
    size, spacing = look.size, look.spacing
    rows = math.ceil(len(look.labels) / ncols) + (1 if look.title else 0)
    return size * (rows + (rows - 1) * spacing["labelspacing"] + 2 * spacing["borderpad"])


def across_rows(count: int, ncols: int) -> list[int]:
    """Return the order that makes matplotlib's columns read across the rows.

    matplotlib fills a legend's columns top to bottom, a column at a time; a legend
    above a plot reads left to right, a row at a time, as plotnine's does.

    Examples
    --------
    >>> across_rows(5, 3)
    [0, 3, 1, 4, 2]
    """
    return [i for j in range(ncols) for i in range(j, count, ncols)]


class _Placer:
    """Puts each legend where it belongs; figure legends are stacked on each side."""

    def __init__(self, fig: Figure, brand: Brand, preset: SizePreset, area: _Area):
        self.fig, self.brand, self.preset, self.area = fig, brand, preset, area
        self.measure = TextMeasure(preset.dpi)
        self.renderer = RendererAgg(*fig.bbox.size, fig.dpi)
        self.gap = brand.layout.pads.panel_title * preset.type_scale
        self.start = replace(area)
        self.lifted: set[int] = set()

    @property
    def scale(self) -> float:
        return self.preset.type_scale

    def place(self, placement: Placement, look: LegendLook) -> None:
        owner = placement.owner
        if placement.default and self.brand.layout.legend_position == "top":
            assert isinstance(owner, Axes)
            self._on_top_of(owner, placement, look)
        elif isinstance(owner, Axes) or placement.anchor is not None:
            self._where_put(owner, placement, look)
        else:
            side = placement.outside or _BRAND_SIDES.get(self.brand.layout.legend_position, "upper")
            self._beside_plot(side, placement, look)

    # ------------------------------------------------------------------ axes legends

    def _on_top_of(self, ax: Axes, placement: Placement, look: LegendLook) -> None:
        look = look.at_size(self.brand.type.legend * self.scale, font_families(self.brand))
        width = self._content * _column_share(ax) - _TICK_LABEL_ALLOWANCE * self.scale
        ncols = legend_columns(look, width, self.measure)
        if self._too_tall(ax, look, ncols):
            self._beside_plot("upper", placement, look)
            return
        legend = make_legend(
            ax,
            look,
            placement,
            across_rows(len(look.labels), ncols),
            loc="lower left",
            bbox_to_anchor=(0, 1),
            ncols=ncols,
            frameon=False,
            borderaxespad=_ON_TOP_PAD,
            alignment="left",  # its title over its first entry, as the plot's text is set
        )
        _lift_title(ax, legend, ncols)
        self.lifted.add(id(ax))

    def _too_tall(self, ax: Axes, look: LegendLook, ncols: int) -> bool:
        """True when a legend above ``ax`` would take too much of a grid panel's height."""
        spec = ax.get_subplotspec() if hasattr(ax, "get_subplotspec") else None
        if spec is None or len([a for a in self.fig.axes if a.get_subplotspec()]) < 2:
            return False
        rows = spec.get_gridspec().get_geometry()[0]
        share = (spec.rowspan.stop - spec.rowspan.start) / rows
        panel = (self.start.top - self.start.bottom) * share - _TICK_LABEL_ALLOWANCE * self.scale
        return _legend_height(look, ncols) > _MAX_LEGEND_SHARE * panel

    def _where_put(self, owner: Any, placement: Placement, look: LegendLook) -> None:
        make_legend(
            owner,
            look,
            placement,
            loc=placement.loc,
            bbox_to_anchor=placement.anchor,
            bbox_transform=IdentityTransform() if placement.anchor is not None else None,
            ncols=placement.ncols,
        )

    @property
    def _content(self) -> float:
        return self.start.right - self.start.left

    # ------------------------------------------------------------------ figure legends

    def _beside_plot(self, side: str, placement: Placement, look: LegendLook) -> None:
        """Put a figure-level legend on ``side`` of the plot area and take its room."""
        vertical, horizontal = _PLACES.get(placement.loc, ("upper", "left"))
        if not placement.outside:
            horizontal = "left"  # the brand's legends start at the plot's left edge
        ncols = placement.ncols
        if side in ("upper", "lower"):
            fitting = legend_columns(look, self.area.right - self.area.left, self.measure)
            chosen = placement.outside and not placement.default and ncols > 1
            ncols = min(ncols, fitting) if chosen else fitting  # 1 is only the default
        x, y, loc = self._anchor(side, vertical, horizontal)
        legend = make_legend(
            self.fig,
            look,
            placement,
            across_rows(len(look.labels), ncols),
            loc=loc,
            bbox_to_anchor=(x / self._width, y / self._height),
            bbox_transform=self.fig.transFigure,
            ncols=ncols,
            borderaxespad=0.0,
        )
        box = legend.get_window_extent(self.renderer)
        dpi = self.fig.dpi
        self._take(side, pixels_to_points(box.width, dpi), pixels_to_points(box.height, dpi))

    def _anchor(self, side: str, vertical: str, horizontal: str) -> tuple[float, float, int]:
        """Where a legend on ``side`` is anchored, in figure points, and its loc code."""
        area = self.area
        xs = {"left": area.left, "center": (area.left + area.right) / 2, "right": area.right}
        ys = {"upper": area.top, "center": (area.top + area.bottom) / 2, "lower": area.bottom}
        if side == "upper":
            return xs[horizontal], area.top, _CODES[("upper", horizontal)]
        if side == "lower":
            return xs[horizontal], area.bottom, _CODES[("lower", horizontal)]
        edge: Literal["left", "right"] = "left" if side == "left" else "right"
        return xs[edge], ys[vertical], _CODES[(vertical, edge)]

    def _take(self, side: str, width: float, height: float) -> None:
        if side == "upper":
            self.area.top -= height + self.gap
        elif side == "lower":
            self.area.bottom += height + self.gap
        elif side == "left":
            self.area.left += width + self.gap
        else:
            self.area.right -= width + self.gap

    @property
    def _width(self) -> float:
        return float(self.fig.bbox.width * POINTS_PER_INCH / self.fig.dpi)

    @property
    def _height(self) -> float:
        return float(self.fig.bbox.height * POINTS_PER_INCH / self.fig.dpi)

    def finish(self) -> None:
        """Set titles back over axes with no legend above; confine the layout.

        The layout engine gets the plot area the figure legends left.
        """
        for ax in self.fig.axes:
            if id(ax) not in self.lifted:
                _lift_title(ax, None, 1)
        engine = self.fig.get_layout_engine()
        if self.area != self.start and isinstance(engine, ConstrainedLayoutEngine):
            area, width, height = self.area, self._width, self._height
            rect = (
                area.left / width,
                area.bottom / height,
                (area.right - area.left) / width,
                (area.top - area.bottom) / height,
            )
            engine.set(rect=rect)


def _column_share(ax: Axes) -> float:
    """Return the share of the figure's width that ``ax``'s grid columns span."""
    spec = ax.get_subplotspec() if hasattr(ax, "get_subplotspec") else None
    if spec is None:
        return float(ax.get_position().width)
    cols = spec.get_gridspec().get_geometry()[1]
    return (spec.colspan.stop - spec.colspan.start) / cols


def _lift_title(ax: Axes, legend: Legend | None, ncols: int) -> None:
    """Raise the axes' titles above a legend on top of the axes, or set them back.

    The pad the author gave is kept on the axes the first time, so a title lifted at
    one size comes back to it at a size whose legend goes elsewhere.
    """
    titles = axes_titles(ax)
    shown = [loc for loc, title in titles.items() if title.get_text()]
    own = getattr(ax, _TITLE_PAD, None)
    if not shown or (legend is None and own is None):
        return
    if own is None:
        offset = cast(Any, ax).titleOffsetTrans  # public, but not in matplotlib's stubs
        own = float(offset.get_matrix()[1, 2]) * POINTS_PER_INCH / ax.figure.dpi
        setattr(ax, _TITLE_PAD, own)
    lift = 0.0
    if legend is not None and legend.get_texts():
        size = float(legend.get_texts()[0].get_fontsize())
        rows = -(-len(legend.get_texts()) // ncols) + bool(legend.get_title().get_text())
        lift = size * (rows + (rows - 1) * legend.labelspacing + 2 * legend.borderpad)
        lift += legend.borderaxespad * size
    else:
        delattr(ax, _TITLE_PAD)
    artist: Text = titles[shown[0]]
    loc: Any = shown[0]
    ax.set_title(  # one pad moves every title of the axes
        artist.get_text(),
        loc=loc,
        pad=own + lift,
        fontproperties=artist.get_fontproperties().copy(),  # set_title resets the original
        color=artist.get_color(),
    )
