"""The brand: one YAML file read, validated and merged, and the current brand, size and locale.

- ``_yaml``: YAML read safely with the line of every field, limits against hostile files;
- ``_validators``, ``_schema``: each field's check and the rules across fields;
- ``_sections``: the brand's sections as frozen dataclasses (``SizePreset`` among them);
- ``_file``: finding brand files and merging an ``extends`` chain; ``_paths``: the shipped
  brands (``brands/*.yaml``) and bundled fonts; ``_brandyml``: Posit's brand.yml in and out;
- ``_brand``: ``Brand``, ``load_brand`` and its cache; ``_context``: the current brand,
  size and locale (``style()`` and ``use()`` set them).
"""

from __future__ import annotations

from ._brand import (
    DEFAULT_BRAND,
    Brand,
    BrandLike,
    HouseStyleError,
    SizeLike,
    brands,
    load_brand,
)
from ._brandyml import (
    BrandYmlWarning,
    brand_data,
    write_brand_yml,
)
from ._context import (
    chosen_locale,
    current_brand,
    current_preset,
    current_size,
    process_default,
    resolve_brand,
    resolve_preset,
    restore_process_default,
    scoped,
    set_process_default,
    unscope,
)
from ._file import locate
from ._paths import BRANDS_DIR, FONTS_DIRS, shipped_brands
from ._schema import MIN_CATEGORICAL
from ._sections import Colours, Fonts, SizePreset, Words
from ._validators import Colour, Context, Invalid
from ._yaml import Origin

__all__ = [
    "brand_data",
    "BRANDS_DIR",
    "Brand",
    "BrandLike",
    "BrandYmlWarning",
    "Colour",
    "Colours",
    "Context",
    "DEFAULT_BRAND",
    "FONTS_DIRS",
    "Fonts",
    "HouseStyleError",
    "Invalid",
    "MIN_CATEGORICAL",
    "Origin",
    "SizeLike",
    "SizePreset",
    "Words",
    "brands",
    "chosen_locale",
    "current_brand",
    "current_preset",
    "current_size",
    "load_brand",
    "locate",
    "process_default",
    "resolve_brand",
    "resolve_preset",
    "restore_process_default",
    "scoped",
    "set_process_default",
    "shipped_brands",
    "unscope",
    "write_brand_yml",
]
