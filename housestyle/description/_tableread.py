"""A house-style table's data: the cells it shows, as a DataFrame headed as drawn."""

from __future__ import annotations

from typing import Any

import pandas as pd

__all__ = [
    "table_frame",
]


def _header(labels: tuple[str, ...]) -> str:
    shown = [str(label).strip() for label in labels if str(label).strip()]
    return " / ".join(dict.fromkeys(shown)) or "column"


def _value(cell: Any) -> Any:
    if cell.missing:
        return None
    value = cell.value
    if isinstance(value, list | tuple):  # a sparkline's numbers
        return " ".join(f"{v:g}" if isinstance(v, float) else str(v) for v in value)
    return value


def table_frame(model: Any) -> pd.DataFrame:
    """Return the table a model draws: its index columns first, then its columns.

    ``model`` is a table model (``housestyle.tables._model.Model``): each column with
    its header labels and cells. Values are the cells' values, not their text, so
    numbers stay numbers; a missing cell is empty.
    """
    columns: dict[str, list[Any]] = {}
    for column in [*model.stub, *model.columns]:
        name, n = _header(column.labels), 2
        while name in columns:
            name, n = f"{_header(column.labels)} ({n})", n + 1
        columns[name] = [_value(cell) for cell in column.cells]
    return pd.DataFrame(columns)
