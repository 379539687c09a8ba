"""``table()``: a DataFrame or Styler drawn as a table in the house style, without a browser.

``_table`` holds ``table()``; ``_model`` reads a DataFrame or Styler into cells,
``_css`` and ``_options`` read its styling, ``_widths`` and ``_layout`` lay it out,
``_draw``, ``_inline`` (bars and sparklines) and ``_surface`` draw it; ``_styler`` gives
``house_styler()`` for pandas' own HTML.
"""

from __future__ import annotations

from ._styler import house_styler
from ._table import table

__all__ = [
    "house_styler",
    "table",
]
