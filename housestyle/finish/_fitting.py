"""Fitting a laid-out chart to its size, at each draw: tick labels and clipped labels.

Both layout engines (matplotlib's in :mod:`.figure`, plotnine's in :mod:`.p9layout`)
run their layout through :func:`fit_to_size`: the chart's own tick locators, formatters
and limits are put back (an axis of whole-number data on the default locator stepped
by whole numbers), the layout runs, and where tick labels collide
(:mod:`.ticks`), a label clipped to its panel runs past an edge (:mod:`.room`), a
pie's texts spill off their wedges or touch (:mod:`.pies`), or a panel title or facet
strip is wider than its panel (:mod:`.titles`), they are fitted and the layout runs
again. Titles come first: one wider than its panel squeezes the panels beside it (to a
sliver, under the layout engine), so the tick labels are fitted to the panels the
wrapped titles leave, not to the slivers. Tick labels thinned within the box they
filled (the first and last kept, as tall and as wide) leave the layout as it was, since
a layout engine reads only that box.
Every draw starts from the chart as its author made it, so the same figure gives the
same picture at each draw and gets its own labels and limits back at a larger size.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.figure import Figure

from ..ink import TextMeasure
from ._pies import fit_pie, unfit_pie
from ._room import make_room, restore_limits
from ._ticks import fit_axis, step_whole_numbers, unfit, warn_if_colliding
from ._titles import unwrap_titles, wrap_titles

__all__ = ["fit_to_size"]

_ROUNDS = 4  # layouts to try before settling: titles, then labels, then each again


def fit_to_size(fig: Figure, lay_out: Callable[[], Any]) -> Any:
    """Run ``lay_out`` (a layout engine's own step), fitting labels between runs.

    Returns what the last run of ``lay_out`` returned.
    """
    axes = _fitted_axes(fig)
    unwrap_titles(fig)
    for ax in axes:
        restore_limits(ax)
        unfit_pie(ax)
        for along in (ax.xaxis, ax.yaxis):
            unfit(along)
            step_whole_numbers(along)
    result = lay_out()
    if not axes:
        return result
    measure = TextMeasure(fig.dpi)
    suspect: list[Axis] = [axis for ax in axes for axis in (ax.xaxis, ax.yaxis)]
    for _ in range(_ROUNDS):
        if wrap_titles(fig, measure):
            # a title wider than its panel takes the room of the panels beside it: the
            # tick labels are fitted to the panels the wrapped titles leave
            result = lay_out()
            continue
        found = [_fit(ax, measure) for ax in axes]
        if not any(fit.changed for fit in found):
            # laid out as measured: only the labels that could not be fitted collide
            suspect = [axis for fit in found for axis in fit.stuck]
            break
        if any(fit.moved for fit in found):
            result = lay_out()
        # else only labels were thinned within their extent: the layout stands, and the
        # next round measures the labels as they now are
    for axis in suspect:
        warn_if_colliding(axis, measure)
    return result


def _fitted_axes(fig: Figure) -> list[Axes]:
    """The ordinary (rectilinear) axes of ``fig`` that are shown."""
    return [ax for ax in fig.axes if ax.name == "rectilinear" and ax.get_visible()]


class _Fitted(NamedTuple):
    """What fitting one axes did."""

    changed: bool  # anything at all
    moved: bool  # something a layout reads: the layout must run again
    stuck: list[Axis]  # the axes whose labels collide and could not be fitted


def _fit(ax: Axes, measure: TextMeasure) -> _Fitted:
    """Fit one axes' labels (both kinds are tried)."""
    room = make_room(ax, measure.renderer)
    pie = fit_pie(ax, measure.renderer)
    fits = {axis: fit_axis(axis, measure) for axis in (ax.xaxis, ax.yaxis)}
    moved = room or pie or "fitted" in fits.values()
    return _Fitted(
        changed=moved or "thinned" in fits.values(),
        moved=moved,
        stuck=[axis for axis, fit in fits.items() if fit == "stuck"],
    )
