"""The house table look as notebook HTML: a pandas ``Styler`` with the house CSS.

:func:`house_styler` gives what :func:`housestyle.table` draws, as a Styler's HTML:
the brand font and sizes, a bold header over a dark rule, light rules between rows,
numbers right-aligned in tabular figures with the house number format, and no
unnamed 0..n-1 index. The Styler's private parts it reads (``_display_funcs``) are
read here only.
"""

from __future__ import annotations

import copy
from typing import Any

import pandas as pd

from .._private import is_default_formatter, styler_formatters
from ..brand import Brand, BrandLike, HouseStyleError, resolve_brand
from ._model import (
    HOUSE_CSS,
    NOT_A_TABLE,
    _is_default_index,
    _is_numeric,
    as_pandas,
    is_styler,
)
from ._model import number_format as house_number_format

__all__ = ["house_styler"]


def _css_family(brand: Brand) -> str:
    return ", ".join(f'"{name}"' for name in (brand.fonts.family, brand.fonts.fallback))


def _house_css(brand: Brand) -> list[dict[str, Any]]:
    c, t, lines, spacing = brand.colours, brand.type, brand.lines, brand.tables
    return [
        {
            "selector": "",
            "props": [
                ("font-family", f"{_css_family(brand)}, sans-serif"),
                ("font-size", f"{t.table}pt"),
                ("color", c.text),
                ("background-color", c.background),
                ("border-collapse", "collapse"),
                ("font-variant-numeric", "tabular-nums lining-nums"),
            ],
        },
        {
            "selector": "caption",
            "props": [
                ("caption-side", "top"),
                ("text-align", "left"),
                ("font-weight", "bold"),
                ("font-size", f"{t.title}pt"),
                ("padding-bottom", "0.5em"),
            ],
        },
        {
            "selector": "th, td",
            "props": [
                ("padding", f"{spacing.pad_y}em {spacing.pad_x}em"),
                ("border", "none"),
                ("border-bottom", f"{lines.gridline}pt solid {c.gridline}"),
                ("vertical-align", "top"),
                ("text-align", "left"),
            ],
        },
        {
            "selector": "thead th",
            "props": [
                ("font-weight", "bold"),
                ("vertical-align", "bottom"),
                ("border-bottom", f"{spacing.header_rule}pt solid {c.axis}"),
            ],
        },
        {"selector": "tbody th", "props": [("font-weight", "normal")]},
        {"selector": "tr > :first-child", "props": [("padding-left", "0")]},
    ]


def _user_formatted(styler: Any, c: int) -> bool:
    """True when a ``.format()`` call set how some cell of column ``c`` shows."""
    funcs = styler_formatters(styler)
    return any(
        not is_default_formatter(func) for (_, column), func in list(funcs.items()) if column == c
    )


def _copy_of(data: Any) -> Any:
    """A Styler to add to: a new one for a DataFrame, a copy of one given."""
    data = as_pandas(data)
    if isinstance(data, pd.DataFrame):
        return data.style
    if is_styler(data):
        return copy.deepcopy(data)
    raise HouseStyleError(f"data: a {type(data).__name__} is not a table; {NOT_A_TABLE}")


def _add_house_css(styler: Any, brand: Brand) -> None:
    css = _house_css(brand)
    styler.set_table_styles(css, overwrite=False)
    setattr(styler, HOUSE_CSS, list(styler.table_styles[-len(css) :]))


def _numeric_columns(frame: pd.DataFrame) -> list[int]:
    return [c for c in range(len(frame.columns)) if _is_numeric(frame.iloc[:, c])]


def _right_align_numbers(styler: Any, numeric: list[int], brand: Brand) -> None:
    """Numbers right-aligned with the house format where ``.format()`` set none; headers too."""
    frame = styler.data
    for c in numeric:
        subset = pd.IndexSlice[:, frame.columns[c : c + 1]]
        styler.set_properties(subset=subset, **{"text-align": "right"})
        if not _user_formatted(styler, c):
            styler.format(
                house_number_format(frame.iloc[:, c], brand), subset=subset, na_rep="\u2013"
            )
    right = set(numeric)
    styler.apply_index(
        lambda labels: ["text-align: right" if i in right else "" for i in range(len(labels))],
        axis="columns",
        level=frame.columns.nlevels - 1,
    )


def house_styler(data: Any, brand: BrandLike | None = None) -> Any:
    """Return a pandas ``Styler`` with the house table look, for notebook HTML.

    The same look as :func:`housestyle.table` draws: the brand font and sizes, a bold
    header over a dark rule, light rules between rows, numbers right-aligned in
    tabular figures with the house number format (where ``.format()`` set none), and
    no unnamed 0..n-1 index. A Styler passed in is copied, never changed; the result
    can still be styled further, and passed to :func:`housestyle.table`.

    Raises
    ------
    HouseStyleError
        If ``data`` is neither a DataFrame (pandas or polars) nor a Styler.
    """
    chosen = resolve_brand(brand)
    styler = _copy_of(data)
    _add_house_css(styler, chosen)
    _right_align_numbers(styler, _numeric_columns(styler.data), chosen)
    if _is_default_index(styler.data.index):
        styler.hide(axis="index")
    return styler
