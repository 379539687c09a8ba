"""The Plotly adapter that :mod:`housestyle.record._seam` finds for a ``plotly`` figure."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from ...brand import Brand, HouseStyleError, SizePreset
from ...record import Finalised, Job, Texts
from . import decorate as finish
from . import files as formats

if TYPE_CHECKING:
    from ...findings import Finding

__all__ = ["ADAPTER", "PlotlyAdapter"]


class PlotlyAdapter:
    """Finishes, writes and checks Plotly figures (``plotly.graph_objects.Figure``)."""

    library = "Plotly"
    formats = formats.FORMATS

    def _figure(self, chart: Any) -> Any:
        import plotly.graph_objects as go

        if not isinstance(chart, go.Figure):
            raise HouseStyleError(
                f"chart: a {type(chart).__name__} is not a Plotly figure; "
                "allowed: a plotly.graph_objects.Figure (plotly.express returns one)"
            )
        return chart

    def finalise(self, chart: Any, job: Job) -> Any:
        """Return a new figure: ``chart`` at the job's size with its title block and footer."""
        return finish.finish(self._figure(chart), job)

    def own_texts(self, chart: Any) -> Texts:
        """The title and subtitle the figure set itself (``layout.title``)."""
        if finish.read_record(chart) is not None:
            return Texts()  # a finished figure's texts are in its record
        return finish.own_texts(self._figure(chart))

    def record(self, chart: Any) -> Finalised | None:
        """The finish record a finished figure carries."""
        return finish.read_record(chart)

    def _at(self, chart: Any, preset: SizePreset | None) -> tuple[Any, Finalised]:
        record = finish.read_record(chart)
        if record is None:
            raise HouseStyleError(
                f"fig: a {type(chart).__name__} that was not finished cannot be drawn; "
                "allowed: a Plotly figure returned by housestyle.finalise"
            )
        if preset is None or preset == record.preset:
            return chart, record
        again = finish.finish(chart, Job.again(record, preset))
        found = finish.read_record(again)
        assert found is not None
        return again, found

    def render(
        self, chart: Any, formats: Sequence[str], preset: SizePreset | None = None
    ) -> dict[str, bytes]:
        """Return ``{format: bytes}`` of a finished figure, at ``preset`` or its own size."""
        shown, record = self._at(chart, preset)
        return _render(shown.to_dict(), record, formats)

    def rasterise(self, chart: Any, scale: float = 1.0) -> np.ndarray:
        """Return the finished figure drawn as an (height, width, 4) uint8 RGBA array."""
        shown, record = self._at(chart, None)
        return formats.rgba(shown.to_dict(), record.brand, record.preset, scale)

    def check(self, chart: Any, brand: Brand, preset: SizePreset | None) -> list[Finding]:
        """Return the findings of the house and accessibility rules."""
        from .findings import findings

        shown, _ = self._at(chart, preset) if finish.read_record(chart) else (chart, None)
        return findings(self._figure(shown), brand)


def _render(fig: dict[str, Any], record: Finalised, names: Sequence[str]) -> dict[str, bytes]:
    return formats.render(fig, record, names)


ADAPTER = PlotlyAdapter()
