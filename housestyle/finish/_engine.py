"""The layout engine finalise gives a gridded matplotlib figure, and its helpers.

:class:`FromTheGrid` is matplotlib's constrained layout confined to the plot area,
started from the grid at every draw, keeping the user's own space between panels,
moving ``supxlabel``/``supylabel`` into the plot area, fitting tick and clipped
labels between runs (:func:`~.fitting.fit_to_size`), and rounding every position
it produces (:func:`quantise_positions`, which plotnine's engine uses too) so that
the noise of its solver cannot reach the renderer.
"""

from __future__ import annotations

import warnings
from typing import Any

import matplotlib as mpl
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.gridspec import SubplotSpec
from matplotlib.layout_engine import ConstrainedLayoutEngine, TightLayoutEngine
from matplotlib.transforms import Bbox

from .._private import is_colorbar, place_in_layout, placed_by_layout, sup_labels
from ..errors import LayoutWarning
from ._fitting import fit_to_size
from ._handplaced import beside_the_grid, fit_into

__all__ = ["FittedTight", "FromTheGrid", "quantise_positions", "users_spacing"]

#: Positions constrained layout produces are rounded to this fraction of a pixel: far
#: finer than anything drawn (the baselines did not move), far coarser than the noise
#: of its solver (the last bits of a double).
_QUANTUM_PX = 2**-20


class FromTheGrid(ConstrainedLayoutEngine):
    """Constrained layout that starts every draw from the grid and ends on whole steps.

    matplotlib's engine adjusts the axes from where the previous draw left them, and
    what it measures (tick labels, whose number follows the axes' width) moves with
    them, so each draw of the same figure came out a little different: the file
    exported after a notebook display was not the one displayed, and a figure laid
    out at another size did not come back to the layout it had. Putting each axes
    back at its grid position first makes every draw the first draw.

    Its solver (kiwisolver) orders its sums by object identity and string hashes, so
    the positions it returns differ in their last bits from one process to the next,
    and that noise moved clip edges and anti-aliased pixels. Every position is
    rounded to :data:`_QUANTUM_PX` of a pixel afterwards.

    ``spacing`` is the user's own space between panels (``subplots_adjust``'s
    ``wspace`` and ``hspace``: shares of the mean panel's width and height, labels
    included), kept with the engine so that a figure laid out again at another size
    keeps it too. Constrained layout's own spacing leaves the labels out, so a first
    layout measures the room they take and a second one gives the panels the user's
    space between them, or the labels' room if that is more. ``gap`` is the brand's
    space between panels when the user set none (``layout.panel_gap``, a share of the
    figure).
    """

    def __init__(
        self,
        *,
        spacing: tuple[float, float] | None = None,
        label_pad: tuple[float, float] = (0.0, 0.0),
        gap: float = 0.0,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        self.gap = gap
        self.spacing = spacing
        self.label_pad = label_pad

    def execute(self, fig: Any) -> Any:
        return fit_to_size(fig, lambda: self._lay_out(fig))  # labels fitted between runs

    def _lay_out(self, fig: Any) -> Any:
        rect = self.get()["rect"]  # the plot area; the grid may keep less of it
        room = beside_the_grid(fig, rect, self.gap)
        self.set(rect=room.bounds)
        try:
            result = self._solve(fig, self.gap, self.gap)
            if self.spacing is not None:
                result = self._solve(fig, *_fitted_spacing(fig, self.spacing, self.gap))
        finally:
            self.set(rect=rect)
        _sup_labels_into(fig, rect, self.label_pad)
        quantise_positions(fig)
        return result

    def _solve(self, fig: Any, wspace: float, hspace: float) -> Any:
        grid = {}
        for ax in fig.axes:
            spec = ax.get_subplotspec() if hasattr(ax, "get_subplotspec") else None
            if spec is not None:
                grid[ax] = spec.get_position(fig)
                place_in_layout(ax, grid[ax])
        self.set(wspace=wspace, hspace=hspace)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = super().execute(fig)
        collapsed = False
        for message in caught:
            if "collapsed to zero" in str(message.message):
                collapsed = True
            else:  # shown as they would have been
                warnings.warn_explicit(
                    message.message, message.category, message.filename, message.lineno
                )
        if collapsed and grid:
            _squeezed(fig, grid, self.get()["rect"])
        return result


def _squeezed(fig: Figure, grid: dict[Axes, Bbox], rect: tuple[float, ...]) -> None:
    """The grid mapped into the plot area when constrained layout cannot solve it.

    matplotlib then leaves every panel where the grid put it in the whole figure, over
    the title block and footer; here the panels keep the grid's arrangement inside the
    plot area with room for their outer labels, and a warning names the fix.
    """
    fit_into(fig, grid, (rect[0], rect[1], rect[2], rect[3]))
    warnings.warn(
        f"housestyle: the labels of {len(grid)} panels leave them no room at this size, "
        "so they are squeezed into the plot area and their labels may overlap; use a "
        "larger size preset, fewer panels, or shorter titles and labels",
        LayoutWarning,
        stacklevel=2,
    )


class FittedTight(TightLayoutEngine):
    """Tight layout, for a grid with a colorbar cell, fitting labels as :class:`FromTheGrid`.

    A colorbar made under tight layout (or none) has a cell of the grid, which
    constrained layout cannot solve; tight layout places it. Its tick labels are
    thinned or wrapped and its clipped labels given room between runs, and its
    positions rounded, as with the constrained engine.
    """

    def execute(self, fig: Any) -> None:
        fit_to_size(fig, lambda: self._lay_out(fig))

    def _lay_out(self, fig: Any) -> None:
        super().execute(fig)
        quantise_positions(fig)


def _fitted_spacing(fig: Figure, spacing: tuple[float, float], space: float) -> tuple[float, float]:
    """Return constrained layout's wspace and hspace that give the panels ``spacing``.

    Measured on the figure as just laid out with ``space``: the gap between two
    neighbouring panels is that spacing plus the labels' room, and the row (column) of
    panels and gaps keeps its length when the gaps change.
    """
    rows, cols = _grid_shape(fig)
    across, down = _neighbours(fig)
    out = []
    for wanted, count, pair, axis in ((spacing[0], cols, across, 0), (spacing[1], rows, down, 1)):
        if pair is None:
            out.append(space)
            continue
        first, second = (ax.get_position(original=True) for ax in pair)
        size = (first.width, first.height)[axis] / _span(pair[0], axis)
        gap = (second.x0 - first.x1) if axis == 0 else (first.y0 - second.y1)
        length = count * size + (count - 1) * gap
        target = wanted * length / (count + (count - 1) * wanted)
        labels = gap - space / count
        out.append(count * max(0.0, target - labels))
    return out[0], out[1]


def _span(ax: Axes, axis: int) -> int:
    spec = ax.get_subplotspec()
    assert spec is not None
    return len(spec.colspan if axis == 0 else spec.rowspan)


def _neighbours(fig: Figure) -> tuple[tuple[Axes, Axes] | None, tuple[Axes, Axes] | None]:
    """Return two panels side by side and two one above the other, of the main grid."""
    specs: dict[Axes, SubplotSpec] = {}
    for ax in fig.axes:
        spec = ax.get_subplotspec() if hasattr(ax, "get_subplotspec") else None
        if spec is not None and not is_colorbar(ax):
            specs[ax] = spec
    across = down = None
    for first, one in specs.items():
        for second, two in specs.items():
            if one.get_gridspec() is not two.get_gridspec():
                continue
            if across is None and two.colspan.start == one.colspan.stop:
                across = (first, second)
            if down is None and two.rowspan.start == one.rowspan.stop:
                down = (first, second)
    return across, down


def _sup_labels_into(
    fig: Figure, rect: tuple[float, float, float, float], pad: tuple[float, float]
) -> None:
    """Move ``supxlabel`` and ``supylabel`` to the plot area, where their room was made.

    Constrained layout makes room for them inside its ``rect`` but sets them at the
    figure's edge, which finalise gives to the footer (and the left margin). They go
    to the edge of the rect, less ``pad`` (figure fractions: the brand's axis-title
    pad), which the footer gap and the left margin have room for: the room made for
    them has none between them and the tick labels.
    """
    left, bottom = rect[0] - pad[0], rect[1] - pad[1]
    xlabel, ylabel = sup_labels(fig)
    if xlabel is not None and xlabel.get_in_layout() and placed_by_layout(xlabel):
        x, y = xlabel.get_position()
        xlabel.set_position((x, bottom + y))
    if ylabel is not None and ylabel.get_in_layout() and placed_by_layout(ylabel):
        x, y = ylabel.get_position()
        ylabel.set_position((left + x, y))


def quantise_positions(fig: Figure) -> None:
    """Round every axes' position to :data:`_QUANTUM_PX` of a pixel of ``fig``."""
    width, height = fig.bbox.size
    for ax in fig.axes:
        x0, y0, x1, y1 = ax.get_position(original=True).extents
        snapped = Bbox.from_extents(
            _snap(x0, width), _snap(y0, height), _snap(x1, width), _snap(y1, height)
        )
        place_in_layout(ax, snapped)


def _snap(fraction: float, pixels: float) -> float:
    steps = pixels / _QUANTUM_PX
    return round(fraction * steps) / steps if steps > 0 else fraction


def users_spacing(fig: Figure) -> tuple[float, float] | None:
    """Return the space between panels the user set, or None when they set none.

    A finalised figure keeps the spacing its engine was given at its first finalise.
    A figure with no layout engine has its spacing in ``fig.subplotpars``, set by the
    user's ``subplots_adjust`` when it differs from the rcParams. ``tight_layout``
    (seaborn's grids call it too) asks for room for the labels, not for a spacing:
    the layout engine makes that room at the finished size.
    """
    engine = fig.get_layout_engine()
    if isinstance(engine, FromTheGrid):
        return engine.spacing
    if engine is not None:
        return None
    params = fig.subplotpars
    spacing = (float(params.wspace), float(params.hspace))
    default = (mpl.rcParams["figure.subplot.wspace"], mpl.rcParams["figure.subplot.hspace"])
    return None if spacing == tuple(default) else spacing


def _grid_shape(fig: Figure) -> tuple[int, int]:
    """Return the rows and columns of the grid of the figure's first gridded axes."""
    for ax in fig.axes:
        spec = ax.get_subplotspec() if hasattr(ax, "get_subplotspec") else None
        if spec is not None:
            rows, cols = spec.get_topmost_subplotspec().get_gridspec().get_geometry()
            return rows, cols
    return 1, 1
