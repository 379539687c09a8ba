"""The brand kit (``housestyle brand``): start a brand, check its palettes, draw its specimen.

``_scaffold`` and ``_template`` write a commented brand file that loads; ``_brandcheck``
gives ``check_brand()`` and ``palette_report()`` from ``_report``, ``_rules``,
``_wording`` and ``_suggest`` (a palette order, a passing colour); ``_specimen``,
``_draw`` and ``_sample`` draw the specimen page; ``_brand_command`` is the command.
"""

from __future__ import annotations

from ._brandcheck import BrandReport, check_brand, palette_report
from ._draw import strip_colours
from ._report import VISIONS
from ._sample import language_chart, sample_chart
from ._scaffold import new_brand
from ._specimen import brand_specimen, type_scale_figure
from ._template import NewBrand

__all__ = [
    "BrandReport",
    "NewBrand",
    "VISIONS",
    "brand_specimen",
    "check_brand",
    "language_chart",
    "new_brand",
    "palette_report",
    "sample_chart",
    "strip_colours",
    "type_scale_figure",
]
