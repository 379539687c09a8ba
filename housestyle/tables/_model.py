"""From a DataFrame or a pandas Styler to a table model: cells with text, value and style.

A polars DataFrame is converted to pandas first (``DataFrame.to_pandas``, which needs
pyarrow), so it draws exactly as the same pandas frame does.

A Styler is read through its computed output: ``_compute()`` fills ``ctx``,
``ctx_index`` and ``ctx_columns`` with ``(property, value)`` pairs per cell, and the
``_display_funcs*`` maps hold the ``.format()`` functions. Cells the Styler did not
format get the house number format instead of pandas' six decimals.
"""

from __future__ import annotations

import html
import math
import numbers
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from .._private import compute_styler, is_default_formatter, styler_part
from ..brand import Brand, HouseStyleError
from ..ink import format_number
from ._css import BAR_COMPANIONS, CellStyle, parse_css

__all__ = [
    "HOUSE_CSS",
    "MISSING",
    "NOT_A_TABLE",
    "Cell",
    "Column",
    "Model",
    "as_pandas",
    "is_styler",
    "read",
]

#: What a missing value (NaN, None, NA, NaT) shows as, unless a Styler's na_rep says otherwise.
MISSING = "\u2013"
ELLIPSIS = "\u2026"
_MISSING_TEXTS = {"nan", "none", "<na>", "nat", "null", ""}
_MAX_CHARS = 1000  # longer strings are cut here; wrapping cuts them again at the line limit
_THOUSANDS_FROM = 10_000  # "2024" stays a year, "50,324" gets a separator
_NO_STYLE = CellStyle()
#: Where ``house_styler`` keeps its own table styles on a Styler, to tell them from the user's.
HOUSE_CSS = "_housestyle_css"
#: What ``data`` may be, for error messages.
NOT_A_TABLE = "allowed: a pandas or polars DataFrame, or a pandas Styler (df.style)"


@dataclass
class Cell:
    """One cell: the text to show, the value behind it, and its style."""

    text: str
    value: Any
    style: CellStyle = _NO_STYLE
    missing: bool = False


@dataclass
class Column:
    """One column of the table: the index levels (``stub``) come first."""

    key: Any
    labels: tuple[str, ...]
    header_styles: tuple[CellStyle, ...]
    cells: list[Cell]
    numeric: bool
    stub: bool = False


@dataclass
class Model:
    """What a table shows, before any measuring."""

    stub: list[Column]
    columns: list[Column]
    header_levels: int
    caption: str | None
    n_rows: int
    unsupported: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- #
# Values and the house number format
# --------------------------------------------------------------------------- #


def is_missing(value: Any) -> bool:
    """Return True for None, NaN, NA and NaT (and False for lists)."""
    if value is None:
        return True
    try:
        return bool(pd.api.types.is_scalar(value) and pd.isna(value))
    except (TypeError, ValueError):
        return False


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool | np.bool_)


def _is_numeric(series: pd.Series) -> bool:
    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return False
    if pd.api.types.is_numeric_dtype(dtype):
        return True
    present = [v for v in series if not is_missing(v)]
    return bool(present) and all(_is_number(v) for v in present)


def _decimals(values: Sequence[float]) -> int:
    """The fewest decimals (up to 2) that show every value exactly; 3 for small values."""
    for places in range(3):
        if all(abs(round(v, places) - v) <= 1e-9 * max(1.0, abs(v)) for v in values):
            return places
    return 3 if max(abs(v) for v in values) < 1 else 2


def number_format(series: pd.Series, brand: Brand) -> Callable[[Any], str]:
    """Return the house format of a numeric column: one number of decimals for all.

    Thousands separators from 10,000 up (so years stay "2024"); the brand's minus sign
    (:func:`housestyle.format_number`).
    """
    values = [float(v) for v in series if _is_number(v) and math.isfinite(float(v))]
    places = _decimals(values) if values else 0
    group = "," if values and max(abs(v) for v in values) >= _THOUSANDS_FROM else ""

    def show(value: Any) -> str:
        if not _is_number(value):
            return text_of(value)
        if not math.isfinite(float(value)):
            return text_of(value)
        return format_number(float(value), f"{group}.{places}f", brand)

    return show


def text_of(value: Any) -> str:
    """Return the text of a label or non-numeric value."""
    if is_missing(value):
        return ""
    if isinstance(value, pd.Timestamp | np.datetime64):
        stamp = pd.Timestamp(value)
        return stamp.date().isoformat() if stamp == stamp.normalize() else str(stamp)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, tuple):
        return " / ".join(text_of(v) for v in value)
    text = str(value)
    return text if len(text) <= _MAX_CHARS else text[: _MAX_CHARS - 1] + ELLIPSIS


# --------------------------------------------------------------------------- #
# Reading a DataFrame through a Styler's choices
# --------------------------------------------------------------------------- #


class _Source:
    """A DataFrame and, optionally, the Styler that says how to show it."""

    def __init__(self, frame: pd.DataFrame, styler: Any | None):
        self.frame = frame
        self.styler = styler

    def _get(self, name: str, default: Any) -> Any:
        """The Styler's part ``name``, or ``default`` when there is no Styler."""
        return styler_part(self.styler, name) if self.styler is not None else default

    def formatter(self, table: str, key: tuple) -> Callable[[Any], Any] | None:
        func = self._get(table, {}).get(key)
        return None if func is None or is_default_formatter(func) else func

    def css(self, table: str, key: tuple, unsupported: dict[str, str]) -> CellStyle:
        found = self._get(table, {}).get(key)
        return parse_css(found, unsupported) if found else _NO_STYLE

    def rows(self) -> list[int]:
        hidden = set(self._get("hidden_rows", ()))
        return [r for r in range(len(self.frame.index)) if r not in hidden]

    def columns(self) -> list[int]:
        hidden = set(self._get("hidden_columns", ()))
        return [c for c in range(len(self.frame.columns)) if c not in hidden]

    def index_levels(self) -> list[int]:
        index = self.frame.index
        if _is_default_index(index):
            return []
        hidden = self._get("hide_index_", [False] * index.nlevels)
        return [level for level in range(index.nlevels) if not hidden[level]]

    def column_levels(self) -> list[int]:
        hidden = self._get("hide_columns_", [False] * self.frame.columns.nlevels)
        return [level for level in range(self.frame.columns.nlevels) if not hidden[level]]


def _is_default_index(index: pd.Index) -> bool:
    """An unnamed 0..n-1 RangeIndex carries nothing worth a column."""
    return (
        isinstance(index, pd.RangeIndex)
        and index.name is None
        and index.start == 0
        and index.step == 1
    )


def _shown(func: Callable[[Any], Any] | None, value: Any, fallback: Callable[[Any], str]) -> str:
    if func is None:
        return MISSING if is_missing(value) else fallback(value)
    text = html.unescape(str(func(value)))
    if is_missing(value) and text.strip().lower() in _MISSING_TEXTS:
        return MISSING
    return text if len(text) <= _MAX_CHARS else text[: _MAX_CHARS - 1] + ELLIPSIS


def _data_column(
    source: _Source, c: int, rows: list[int], levels: list[int], unsupported: dict, brand: Brand
) -> Column:
    frame = source.frame
    series = frame.iloc[:, c]
    numeric = _is_numeric(series)
    house = number_format(series.iloc[rows], brand) if numeric else text_of
    cells = []
    skipped: dict[str, str] = {}
    for r in rows:
        value = series.iat[r]
        text = _shown(source.formatter("_display_funcs", (r, c)), value, house)
        style = source.css("ctx", (r, c), skipped)
        cells.append(Cell(text, value, style, is_missing(value)))
    _merge_skipped(skipped, cells, unsupported)
    key = frame.columns[c]
    parts = key if isinstance(frame.columns, pd.MultiIndex) else (key,)
    labels = tuple(
        _shown(source.formatter("_display_funcs_columns", (level, c)), parts[level], text_of)
        for level in levels
    )
    labels = tuple("" if label == MISSING else label for label in labels)
    styles = tuple(source.css("ctx_columns", (level, c), unsupported) for level in levels)
    return Column(key, labels, styles, cells, numeric)


def _merge_skipped(skipped: dict[str, str], cells: list[Cell], unsupported: dict) -> None:
    """Record a column's unsupported CSS; what Styler.bar writes is read with its bars."""
    has_bars = any(cell.style.bar is not None for cell in cells)
    for name, example in skipped.items():
        if not (has_bars and name in BAR_COMPANIONS):
            unsupported.setdefault(name, example)


def _stub_column(
    source: _Source, level: int, rows: list[int], n_levels: int, unsupported: dict
) -> Column:
    index = source.frame.index
    outer = [index.get_level_values(k) for k in range(level + 1)]
    values = outer[-1]
    cells = []
    previous: tuple | None = None
    for r in rows:
        prefix = tuple(v[r] for v in outer)
        repeat = level < index.nlevels - 1 and prefix == previous
        previous = prefix
        func = source.formatter("_display_funcs_index", (r, level))
        text = "" if repeat else _shown(func, values[r], text_of)
        style = source.css("ctx_index", (r, level), unsupported)
        cells.append(Cell(text, values[r], style, False))
    hide_names = source._get("hide_index_names", False)
    name = "" if hide_names or index.names[level] is None else text_of(index.names[level])
    labels = ("",) * (n_levels - 1) + (name,) if n_levels else ()
    return Column(("index", level), labels, (_NO_STYLE,) * n_levels, cells, False, stub=True)


# --------------------------------------------------------------------------- #
# The public reader
# --------------------------------------------------------------------------- #


def _unsupported_features(styler: Any, unsupported: dict[str, str]) -> None:
    house = getattr(styler, HOUSE_CSS, None) or []
    for style in styler.table_styles or []:
        if style not in house:
            unsupported.setdefault("set_table_styles", str(style.get("selector", "")))
    if any(styler.cell_context.values()):
        unsupported.setdefault("set_td_classes", "CSS classes")
    if getattr(styler, "tooltips", None) is not None:
        unsupported.setdefault("set_tooltips", "tooltips")
    if getattr(styler, "concatenated", None):
        unsupported.setdefault("concat", "concatenated Stylers")


def _caption(styler: Any) -> str | None:
    caption = getattr(styler, "caption", None)
    if isinstance(caption, tuple | list):
        caption = caption[0] if caption else None
    return html.unescape(str(caption)) if caption else None


def _is_polars_frame(data: Any) -> bool:
    kind = type(data)
    return kind.__module__.split(".")[0] == "polars" and kind.__name__ == "DataFrame"


def as_pandas(data: Any) -> Any:
    """Return a polars DataFrame as pandas; anything else as it is.

    Raises
    ------
    HouseStyleError
        When pyarrow, which polars converts with, is not installed.
    """
    if not _is_polars_frame(data):
        return data
    try:
        return data.to_pandas()
    except ModuleNotFoundError as exc:
        raise HouseStyleError(
            f"data: a polars DataFrame is converted to pandas with pyarrow ({exc}); "
            "allowed: install it, pip install 'housestyle[polars]'"
        ) from None


def is_styler(data: Any) -> bool:
    """True for a pandas Styler of a DataFrame."""
    return type(data).__name__ == "Styler" and isinstance(getattr(data, "data", None), pd.DataFrame)


def _as_source(data: Any) -> _Source:
    data = as_pandas(data)
    if isinstance(data, pd.DataFrame):
        return _Source(data, None)
    if is_styler(data):
        compute_styler(data)
        return _Source(data.data, data)
    raise HouseStyleError(f"data: a {type(data).__name__} is not a table; {NOT_A_TABLE}")


def read(data: Any, max_rows: int, brand: Brand) -> Model:
    """Read a DataFrame or a Styler into a :class:`Model`, numbers in ``brand``'s format.

    Raises
    ------
    HouseStyleError
        For data that is not a DataFrame or Styler, a table with no visible
        columns, or more than ``max_rows`` visible rows.
    """
    source = _as_source(data)
    rows, cols = source.rows(), source.columns()
    if not cols:
        raise HouseStyleError(
            "data: the table has no columns to show; allowed: a DataFrame with at least "
            "one visible column"
        )
    if len(rows) > max_rows:
        raise HouseStyleError(
            f"data: {len(rows)} rows is more than a table image holds (MAX_ROWS = {max_rows}); "
            f"allowed: at most {max_rows} rows: filter, aggregate or split the table"
        )
    unsupported: dict[str, str] = {}
    levels = source.column_levels()
    index_levels = source.index_levels()
    stub = [_stub_column(source, lv, rows, len(levels), unsupported) for lv in index_levels]
    columns = [_data_column(source, c, rows, levels, unsupported, brand) for c in cols]
    if source.styler is not None:
        _unsupported_features(source.styler, unsupported)
    caption = _caption(source.styler) if source.styler is not None else None
    return Model(stub, columns, len(levels), caption, len(rows), unsupported)
