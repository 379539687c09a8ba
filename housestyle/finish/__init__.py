"""``finalise()``: a chart laid out at its size with the title block, footer and logo.

- ``_finalise``: ``finalise()``, putting the parts together and writing the record;
- ``_figure`` (matplotlib) and ``_ggplot`` (plotnine): the chart library's side;
- ``_decoration``: the record's plan drawn onto a figure and taken off again;
- ``_engine``, ``_handplaced``, ``_p9layout``: the layout (constrained, from the grid);
- ``_adopt``, ``_outlines``: the brand on what a chart made outside ``style()`` left;
- ``_sizing``, ``_p9sizing``: type, lines and marks scaled to the size preset;
- ``_localise``: the chart's own formatters writing in the locale;
- ``_legend_look``, ``_legends``: legends read back and placed again at each size;
- ``_fitting``, ``_ticks``, ``_room``, ``_pies``, ``_titles``, ``_crowding``: tick
  labels thinned, wrapped or turned, room for labels, a pie's texts on their wedges and
  apart, panel titles and facet strips wrapped to their panels, the plot's share of a
  small size.
"""

from __future__ import annotations

from ._finalise import finalise, frame_heights
from ._localise import NumberFormatter

__all__ = [
    "NumberFormatter",
    "finalise",
    "frame_heights",
]
