"""The finish record: what a finished chart carries, read by every room above it.

- ``_record``: ``Finalised`` and ``finalised()``, the decoration's ids, the figure's title;
- ``_drawing``: the rcParams a finished figure is drawn with;
- ``_plan``: the title block, footer and logo of a size in points (pure: no figure), the
  same for every chart library;
- ``_spec``: a clean copy of a ggplot;
- ``_seam``: the adapters of chart libraries matplotlib does not draw (Altair, Plotly),
  found by a chart's type and imported by name the first time one is seen.
"""

from __future__ import annotations

from ._drawing import drawing_rc
from ._plan import Piece, Plan, PlanMeasure, Texts, content_width, plan, with_prefix
from ._record import (
    DECORATION,
    GID_PREFIX,
    LOGO,
    RULE,
    TEXT_ROLES,
    Finalised,
    crowding,
    decoration,
    figure_title,
    finalised,
    is_decoration,
    is_gridded,
    write_record,
)
from ._seam import LABEL_SHARE, WIDEST_SHARE, Adapter, Job, adapter_for
from ._spec import clean_spec, is_ggplot

__all__ = [
    "Adapter",
    "DECORATION",
    "Finalised",
    "GID_PREFIX",
    "Job",
    "LABEL_SHARE",
    "LOGO",
    "PlanMeasure",
    "Piece",
    "Plan",
    "RULE",
    "TEXT_ROLES",
    "WIDEST_SHARE",
    "Texts",
    "adapter_for",
    "clean_spec",
    "content_width",
    "crowding",
    "decoration",
    "drawing_rc",
    "figure_title",
    "finalised",
    "is_decoration",
    "is_ggplot",
    "is_gridded",
    "plan",
    "with_prefix",
    "write_record",
]
