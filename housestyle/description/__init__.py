"""A chart described for readers: what its marks show, in words and as data.

- ``_describe``: ``describe()`` and ``chart_data()``;
- ``_model``: the reading, marks as plain values, and the tidy CSV;
- ``_mplread``, ``_boxes``, ``_heatmaps``: a matplotlib figure's artists read;
  ``_ggread``: a ggplot's layer data; ``_tableread``: a table's cells;
- ``_numbers``, ``_sentences``: the alt text and the long description.
"""

from __future__ import annotations

from ._describe import DRAFT, Description, chart_data, data_files, describe
from ._mplread import data_axes, series_colour
from ._tableread import table_frame

__all__ = [
    "DRAFT",
    "Description",
    "chart_data",
    "data_axes",
    "data_files",
    "describe",
    "series_colour",
    "table_frame",
]
