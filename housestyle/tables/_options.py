"""The options of :func:`housestyle.table`: columns, inline bars and sparklines, colour rules.

Each option is checked against the table's columns and the brand before anything is
drawn, and turned into what the layout and the drawing take: the columns to show,
``{position: (kind, options)}`` for inline charts, and cells with colours.

A column whose cells ``Styler.bar`` gave bars (and that ``bars=`` and ``sparklines=``
leave alone) becomes an inline bar column too: the value, then the bar as the Styler
computed it (its colour, and its ``align``, ``vmin`` and ``vmax`` as extents).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields, replace
from typing import Any

import numpy as np
from matplotlib.colors import to_rgba

from ..brand import Brand, Colours, HouseStyleError
from ._model import Column, Model, is_missing

__all__ = ["apply_colour_rules", "inline_charts", "select_columns"]

BAR_OPTIONS = {"width": 6.0, "colours": "primary-highlight", "label": True, "domain": None}
SPARK_OPTIONS = {
    "kind": "line",
    "markers": ("last",),
    "invert": False,
    "shared": False,
    "colour": "primary",
    "width": 5.0,
    "height": 1.6,
    "domain": None,
}
_MARKERS = ("first", "last", "min", "max", "zero")
_SPARK_KINDS = ("line", "step", "column")
_BAR_COLOURS = {"primary-highlight": ("primary", "highlight"), "gain-loss": ("gain", "loss")}

#: ``{position among the data columns: (kind, options)}``.
Kinds = dict[int, tuple[str, dict[str, Any]]]


# --------------------------------------------------------------------------- #
# Checking options
# --------------------------------------------------------------------------- #


def _brand_colour(name: Any, brand: Brand, arg: str) -> str | tuple:
    """A brand colour field name (``"gain"``, ``"primary"``...) or any matplotlib colour."""
    known = [f.name for f in fields(Colours)]
    if isinstance(name, str) and name in known:
        return getattr(brand.colours, name)
    try:
        return to_rgba(name)
    except (ValueError, TypeError):
        raise HouseStyleError(
            f"{arg}: {name!r} is not a colour; allowed: a brand colour ({', '.join(known)}) "
            "or a matplotlib colour"
        ) from None


def _find(model: Model, key: Any, arg: str) -> int:
    for i, column in enumerate(model.columns):
        try:
            if column.key == key:
                return i
        except (TypeError, ValueError):
            continue
    shown = ", ".join(repr(c.key) for c in model.columns[:12])
    more = ", ..." if len(model.columns) > 12 else ""
    raise HouseStyleError(f"{arg}: no visible column {key!r}; allowed: {shown}{more}")


def select_columns(model: Model, columns: Any) -> Model:
    if columns is None:
        return model
    if isinstance(columns, Mapping):
        picked = []
        for key, label in columns.items():
            column = model.columns[_find(model, key, "columns")]
            picked.append(replace(column, labels=(*column.labels[:-1], str(label))))
    elif isinstance(columns, Iterable) and not isinstance(columns, str):
        picked = [model.columns[_find(model, key, "columns")] for key in columns]
    else:
        raise HouseStyleError(
            f"columns: {columns!r} is not allowed; allowed: a list of column labels or a "
            "{label: header text} dict"
        )
    if not picked:
        raise HouseStyleError("columns: no columns chosen; allowed: at least one column label")
    return replace(model, columns=picked)


# --------------------------------------------------------------------------- #
# Inline bars and sparklines
# --------------------------------------------------------------------------- #


def _as_options(value: Any, arg: str) -> dict[Any, dict]:
    if value is None:
        return {}
    if isinstance(value, Mapping):
        return {k: ({} if v is None or v is True else v) for k, v in value.items()}
    if isinstance(value, Iterable) and not isinstance(value, str):
        return {k: {} for k in value}
    raise HouseStyleError(
        f"{arg}: {value!r} is not allowed; allowed: a {{column: options}} dict or a list of columns"
    )


def _merged(options: Any, defaults: dict, arg: str) -> dict:
    if not isinstance(options, Mapping):
        raise HouseStyleError(f"{arg}: {options!r} is not allowed; allowed: a dict of options")
    unknown = set(options) - set(defaults)
    if unknown:
        raise HouseStyleError(
            f"{arg}: unknown option {sorted(unknown)[0]!r}; allowed: {', '.join(defaults)}"
        )
    return {**defaults, **options}


def _numbers(column: Column, arg: str) -> list[float | None]:
    values: list[float | None] = []
    for cell in column.cells:
        if is_missing(cell.value):
            values.append(None)
        elif isinstance(cell.value, int | float | np.integer | np.floating):
            values.append(float(cell.value))
        else:
            raise HouseStyleError(
                f"{arg}: column {column.key!r} holds {cell.value!r}; allowed: numbers (or NaN)"
            )
    return values


def _domain(given: Any, finite: list[float], arg: str, zero: bool) -> tuple[float, float]:
    if given is not None:
        try:
            low, high = (float(v) for v in given)
        except (TypeError, ValueError):
            raise HouseStyleError(f"{arg}: domain {given!r}; allowed: (low, high)") from None
        if not low < high:
            raise HouseStyleError(f"{arg}: domain {given!r}; allowed: low < high")
        return low, high
    if not finite:
        return (0.0, 1.0)
    low, high = min(finite), max(finite)
    return (min(low, 0.0), max(high, 0.0)) if zero else (low, high)


def _bar_options(column: Column, options: Any, brand: Brand) -> dict:
    arg = f"bars[{column.key!r}]"
    opts = _merged(options, BAR_OPTIONS, arg)
    values = _numbers(column, arg)
    finite = [v for v in values if v is not None and math.isfinite(v)]
    colours = _BAR_COLOURS.get(opts["colours"], opts["colours"])
    if isinstance(colours, str) or len(colours) != 2:
        raise HouseStyleError(
            f"{arg}: colours {opts['colours']!r}; allowed: 'primary-highlight', 'gain-loss' "
            "or a (positive, negative) pair of colours"
        )
    opts["colours"] = tuple(_brand_colour(c, brand, arg) for c in colours)
    opts["domain"] = _domain(opts["domain"], finite, arg, zero=True)
    opts["values"] = values
    opts["width"] = _positive(opts["width"], arg, "width")
    return opts


def _positive(value: Any, arg: str, name: str) -> float:
    if not isinstance(value, int | float) or not value > 0:
        raise HouseStyleError(f"{arg}: {name} {value!r}; allowed: a positive number of ems")
    return float(value)


def _series(cell_value: Any, arg: str) -> np.ndarray | None:
    if is_missing(cell_value):
        return None
    if isinstance(cell_value, str) or not isinstance(cell_value, Iterable | np.ndarray):
        raise HouseStyleError(
            f"{arg}: a cell holds {cell_value!r}; allowed: a list of numbers in every cell"
        )
    try:
        values = np.array([np.nan if is_missing(v) else v for v in cell_value], dtype=float)
    except (TypeError, ValueError):
        raise HouseStyleError(
            f"{arg}: a cell holds {cell_value!r}; allowed: a list of numbers in every cell"
        ) from None
    return values if values.size else None


def _row_domain(zero: bool) -> Callable[[np.ndarray], tuple[float, float]]:
    """The scale of one row's sparkline: its own range, and zero for column charts."""

    def domain(values: np.ndarray) -> tuple[float, float]:
        low, high = float(np.nanmin(values)), float(np.nanmax(values))
        return (min(low, 0.0), max(high, 0.0)) if zero else (low, high)

    return domain


def _spark_options(column: Column, options: Any, brand: Brand) -> dict:
    arg = f"sparklines[{column.key!r}]"
    opts = _merged(options, SPARK_OPTIONS, arg)
    if opts["kind"] not in _SPARK_KINDS:
        raise HouseStyleError(
            f"{arg}: kind {opts['kind']!r}; allowed: {', '.join(map(repr, _SPARK_KINDS))}"
        )
    markers = opts["markers"]
    markers = _MARKERS[:4] if markers is True else () if not markers else tuple(markers)
    if set(markers) - set(_MARKERS):
        raise HouseStyleError(f"{arg}: markers {markers!r}; allowed: {', '.join(_MARKERS)}")
    values = [_series(cell.value, arg) for cell in column.cells]
    finite = [float(v) for s in values if s is not None for v in s if np.isfinite(v)]
    opts.update(
        markers=markers,
        values=values,
        colour=_brand_colour(opts["colour"], brand, arg),
        extreme_colour=brand.colours.highlight,
        domain=_domain(opts["domain"], finite, arg, zero=opts["kind"] == "column"),
        row_domain=_row_domain(zero=opts["kind"] == "column"),
        width=_positive(opts["width"], arg, "width"),
        height=_positive(opts["height"], arg, "height"),
    )
    return opts


def _styler_bar_options(column: Column) -> dict[str, Any]:
    """A column ``Styler.bar`` drew: each row's bar as the Styler computed it."""
    spans = [cell.style.bar for cell in column.cells]
    return {**BAR_OPTIONS, "spans": spans, "label": True}


def _styler_bars(model: Model, taken: Iterable[int]) -> Kinds:
    return {
        i: ("bar", _styler_bar_options(column))
        for i, column in enumerate(model.columns)
        if i not in taken and any(cell.style.bar is not None for cell in column.cells)
    }


def inline_charts(model: Model, bars: Any, sparklines: Any, brand: Brand) -> Kinds:
    """Return ``{position among the data columns: (kind, options)}`` for inline charts.

    ``bars`` and ``sparklines`` name columns and their options; any other column with
    ``Styler.bar`` bars gets bars drawn as the Styler computed them.
    """
    kinds: Kinds = {}
    for key, options in _as_options(bars, "bars").items():
        i = _find(model, key, "bars")
        kinds[i] = ("bar", _bar_options(model.columns[i], options, brand))
    for key, options in _as_options(sparklines, "sparklines").items():
        i = _find(model, key, "sparklines")
        if i in kinds:
            raise HouseStyleError(f"sparklines: column {key!r} already has bars; allowed: one")
        kinds[i] = ("spark", _spark_options(model.columns[i], options, brand))
    return {**_styler_bars(model, kinds), **kinds}


# --------------------------------------------------------------------------- #
# Colour rules
# --------------------------------------------------------------------------- #


def _rule_function(rule: Any, brand: Brand, arg: str) -> Callable[[Any], Any]:
    if rule in ("gain-loss", "loss-gain"):
        up, down = ("gain", "loss") if rule == "gain-loss" else ("loss", "gain")

        def by_sign(value: Any) -> str | None:
            if is_missing(value) or not isinstance(value, int | float | np.number):
                return None
            return up if value > 0 else down if value < 0 else None

        return by_sign
    if callable(rule):
        return rule
    raise HouseStyleError(
        f"{arg}: {rule!r} is not a rule; allowed: 'gain-loss', 'loss-gain' or a function "
        "from a value to a colour (or None)"
    )


def _coloured(column: Column, colour_of: Callable[[Any], Any], brand: Brand, arg: str) -> Column:
    """The column with the text of each cell in the colour its rule gives (None: as it was)."""
    cells = []
    for cell in column.cells:
        colour = colour_of(cell.value)
        if colour is not None:
            rgba = to_rgba(_brand_colour(colour, brand, arg))
            cell = replace(cell, style=replace(cell.style, colour=rgba))
        cells.append(cell)
    return replace(column, cells=cells)


def apply_colour_rules(model: Model, rules: Any, brand: Brand) -> Model:
    """Colour the text of cells by value: ``{column: rule}`` (see :func:`housestyle.table`)."""
    if not rules:
        return model
    if not isinstance(rules, Mapping):
        raise HouseStyleError(
            f"colour_rules: {rules!r} is not allowed; allowed: a {{column: rule}} dict"
        )
    columns = list(model.columns)
    for key, rule in rules.items():
        i = _find(model, key, "colour_rules")
        arg = f"colour_rules[{key!r}]"
        columns[i] = _coloured(columns[i], _rule_function(rule, brand, arg), brand, arg)
    return replace(model, columns=columns)
