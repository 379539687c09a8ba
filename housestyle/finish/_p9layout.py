"""A plotnine layout engine that lays out every draw as the first draw did.

plotnine's engine measures the artists around the panels where the previous draw
left them, so each draw of the same figure came out a little different (the second
PNG of a chart was not the first, and a notebook display differed from the export).
:class:`SteadyLayout` puts the panels' grid back where the first draw started from
before each layout. This module imports plotnine, so it is imported only when a
ggplot is drawn; its class is at module level so that a figure using it pickles.

Its positions are rounded to a small fraction of a pixel as the matplotlib adapter's
are (:func:`~housestyle.finish._engine.quantise_positions`), so that no noise in the
last bits of its sums can reach the renderer.

It reads plotnine's private grid of panels (``facet._panels_gridspec``, its
``_subplot_params`` and ``_update_artists``) and sets each strip's background back to
its own height (``StripTextPatch.expand``, which plotnine's layout raises to even out
strips of one line and of several, as a wrapped strip is:
:mod:`~housestyle.finish._titles`); ``tests/test_finalise.py`` renders a ggplot twice
and compares the bytes, so a plotnine change that breaks this fails there loudly.
"""

from __future__ import annotations

from typing import Any

from plotnine._mpl.layout_manager import PlotnineLayoutEngine

from ._engine import quantise_positions
from ._fitting import fit_to_size

__all__ = ["SteadyLayout"]

_PARAMS = ("left", "bottom", "right", "top", "wspace", "hspace")


class SteadyLayout(PlotnineLayoutEngine):
    """plotnine's layout, started each time from the grid the plot was drawn with."""

    def __init__(self, plot: Any):
        super().__init__(plot)
        params = getattr(self._grid(), "_subplot_params", None)
        self._start = {name: getattr(params, name) for name in _PARAMS} if params else None

    def _grid(self) -> Any:
        return self.plot.facet._panels_gridspec

    def execute(self, fig: Any) -> None:
        fit_to_size(fig, lambda: self._lay_out(fig))  # labels fitted between runs

    def _lay_out(self, fig: Any) -> None:
        if self._start is not None:
            grid = self._grid()
            grid.update(**self._start)
            grid._update_artists()
        for artist in fig.get_children():  # strips evened out by the last layout
            patch = getattr(artist, "patch", None) if hasattr(artist, "draw_info") else None
            if patch is not None:
                patch.expand = 1
        super().execute(fig)
        quantise_positions(fig)
