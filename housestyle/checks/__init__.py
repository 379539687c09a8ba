"""``check()``: a finished chart judged as a reader sees it.

``_check`` holds ``check()`` and its report; ``_scene`` draws the figure once and finds
its texts, marks and artists; ``_rules`` lists every rule, one module per family:
``_text_rules`` (overlap, clipping, size, contrast), ``_marks`` (colours, colour vision),
``_house`` (title, source, alt text), ``_readers`` (colour used alone, a second y axis),
``_font_rules`` (the font file each glyph is drawn with), ``_placement`` and
``_extents`` (every artist clear of the title block, footer and edge), ``_fit`` (the
plot's share of a size, panels crushed by their labels), ``_erased`` (marks drawn
invisible).
"""

from __future__ import annotations

from ._check import Report, check, simulate, warn_findings
from ._house import house_findings

__all__ = [
    "house_findings",
    "Report",
    "check",
    "simulate",
    "warn_findings",
]
