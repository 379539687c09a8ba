"""What the brand draws with, whatever the chart library.

- ``_fonts``: the brand's font files registered, nearest-style fallback, installed families;
- ``_palettes``: named palettes and colormaps, ``best_ink``; ``_colour``: colour science
  (WCAG contrast, colour-vision simulation, CAM02-UCS distances);
- ``_labels``: ``format_number`` and direct labels; ``_locales``: numbers, dates and the
  brand's words in a locale (Babel's CLDR data); ``_words``: counting things in messages;
- ``_text``: text measured and wrapped in points, and tick formatters fitted to a width
  or written in a locale (``chart_formatter`` finds the chart's own under them);
- ``_logo``: the logo loaded (SVG through cairosvg, PNG through Pillow);
- ``_whole``: whether an axis is a scale of whole numbers (years, counts), which
  finalise steps by whole numbers and ``check()`` reads alike.
"""

from __future__ import annotations

from ._colour import (
    CVD_TYPES,
    contrast_ratio,
    cvd_distance,
    relative_luminance,
    relative_luminances,
    simulate_pixels,
    simulate_rgb,
    vision_matrix,
)
from ._fonts import (
    SKIPPED,
    FontWarning,
    font_cmap,
    font_families,
    font_status,
    register_fonts,
    warn_if_undrawable,
)
from ._labels import format_number, spread_labels, with_minus
from ._locales import (
    check_locale,
    format_date,
    is_english,
    label_mapping,
    localise_dates,
    localise_numbers,
    localise_percent,
    refuse_right_to_left,
    resolve_locale,
    translate,
    translating,
    words,
)
from ._logo import LogoImage, load_logo
from ._palettes import CONTINUOUS, Palette, best_ink, colormap, palette, register_colormaps
from ._text import (
    TICK_GAP_EMS,
    FittedFormatter,
    LocaleFormatter,
    TextMeasure,
    chart_formatter,
    is_number_label,
    upright_size,
    wrap_words,
)
from ._whole import WHOLE_SCALE, is_whole_number_axis
from ._words import plural

__all__ = [
    "words",
    "WHOLE_SCALE",
    "is_whole_number_axis",
    "CONTINUOUS",
    "CVD_TYPES",
    "FittedFormatter",
    "LocaleFormatter",
    "FontWarning",
    "LogoImage",
    "Palette",
    "SKIPPED",
    "TICK_GAP_EMS",
    "TextMeasure",
    "is_number_label",
    "best_ink",
    "chart_formatter",
    "check_locale",
    "colormap",
    "contrast_ratio",
    "cvd_distance",
    "font_cmap",
    "font_families",
    "font_status",
    "format_date",
    "format_number",
    "is_english",
    "label_mapping",
    "load_logo",
    "localise_dates",
    "localise_numbers",
    "localise_percent",
    "palette",
    "plural",
    "refuse_right_to_left",
    "register_colormaps",
    "register_fonts",
    "relative_luminance",
    "relative_luminances",
    "resolve_locale",
    "simulate_pixels",
    "simulate_rgb",
    "spread_labels",
    "translate",
    "translating",
    "upright_size",
    "vision_matrix",
    "warn_if_undrawable",
    "with_minus",
    "wrap_words",
]
