"""Parameter sets: one dict of keyword arguments per chart, from lists, tables or products.

``params`` may be a list of dicts (one per chart), a pandas DataFrame (a row per
chart, a column per parameter), or ``{name: [values]}`` (every combination of the
values, in order, the last name varying fastest). On the command line, values are
text; :func:`text_value` turns each into the type of the recipe's default for it.
"""

from __future__ import annotations

import ast
import csv
import inspect
import itertools
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from ..brand import HouseStyleError

__all__ = ["ParamSets", "defaults", "param_sets", "read_table", "text_value"]

#: The keyword arguments of each chart, in order.
ParamSets = list[dict[str, Any]]

_ALLOWED = (
    "a list of dicts (one per chart), a DataFrame (a row per chart) or "
    "{name: [values]} (every combination)"
)


def _check_names(names: Iterable[Any]) -> None:
    for name in names:
        if not isinstance(name, str) or not name.isidentifier():
            raise HouseStyleError(
                f"params: {name!r} is not a parameter name; allowed: names of the chart "
                "function's keyword arguments"
            )


def _product(grid: Mapping[str, Any]) -> ParamSets:
    columns = {}
    for name, values in grid.items():
        if isinstance(values, str | bytes) or not isinstance(values, Iterable):
            raise HouseStyleError(
                f"params: {name}={values!r} is not a list of values; allowed: "
                f"{{{name!r}: [value, ...]}}"
            )
        columns[name] = list(values)
    combos = itertools.product(*columns.values())
    return [dict(zip(columns, combo, strict=True)) for combo in combos]


def _rows(frame: Any) -> ParamSets:
    records = frame.to_dict("records")  # plain Python scalars, not numpy ones
    return [{str(name): value for name, value in row.items()} for row in records]


def param_sets(params: Any) -> ParamSets:
    """Return one dict of keyword arguments per chart; ``[{}]`` (one chart) for None.

    Examples
    --------
    >>> param_sets({"maker": ["audi", "ford"], "top": [5, 10]})
    [{'maker': 'audi', 'top': 5}, {'maker': 'audi', 'top': 10}, {'maker': 'ford', 'top': 5}, {'maker': 'ford', 'top': 10}]
    >>> param_sets([{"maker": "audi"}])
    [{'maker': 'audi'}]
    """  # noqa: E501
    if params is None:
        return [{}]
    if hasattr(params, "to_dict") and hasattr(params, "columns"):
        sets = _rows(params)
    elif isinstance(params, Mapping):
        sets = _product(params)
    elif isinstance(params, Iterable) and not isinstance(params, str | bytes):
        sets = [dict(each) if isinstance(each, Mapping) else _not_a_set(each) for each in params]
    else:
        kind = type(params).__name__
        raise HouseStyleError(f"params: a {kind} is not allowed; allowed: {_ALLOWED}")
    for each in sets:
        _check_names(each)
    if not sets:
        raise HouseStyleError(f"params: no parameter set given; allowed: {_ALLOWED}")
    return sets


def _not_a_set(value: Any) -> dict[str, Any]:
    raise HouseStyleError(f"params: {value!r} is not a dict of parameters; allowed: {_ALLOWED}")


# --------------------------------------------------------------------------- #
# Values from text: the command line and CSV tables
# --------------------------------------------------------------------------- #


def _file_defaults(path: Path) -> dict[str, Any]:
    """The literal defaults of ``recipe()``'s arguments, read from the file without running it."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, UnicodeDecodeError):
        return {}
    function = next(
        (n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "recipe"), None
    )
    if function is None:
        return {}
    args = function.args
    named = [*args.posonlyargs, *args.args]
    pairs = [*zip(named[len(named) - len(args.defaults) :], args.defaults, strict=True)]
    pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d]
    found = {}
    for arg, default in pairs:
        try:
            found[arg.arg] = ast.literal_eval(default)
        except (ValueError, TypeError, SyntaxError):
            continue
    return found


def defaults(function: Callable[..., Any] | None, path: Path | None) -> dict[str, Any]:
    """The defaults of a chart function's arguments, from its signature or its file."""
    if path is not None:
        return _file_defaults(path)
    try:
        signature = inspect.signature(function)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return {}
    empty = inspect.Parameter.empty
    return {n: p.default for n, p in signature.parameters.items() if p.default is not empty}


_TRUE, _FALSE = {"true", "yes", "1"}, {"false", "no", "0"}


def text_value(name: str, text: str, default: Any = None) -> Any:
    """Return ``text`` as the type of the parameter's default: int, float, bool or text.

    A parameter without a default, or with a default of another type, stays text.

    Examples
    --------
    >>> text_value("top", "5", 12), text_value("maker", "5", "audi"), text_value("x", "5")
    (5, '5', '5')
    """
    kind = type(default)
    try:
        if kind is bool:
            lowered = text.strip().lower()
            if lowered not in _TRUE | _FALSE:
                raise ValueError(text)
            return lowered in _TRUE
        if kind in (int, float):
            return kind(text)
    except ValueError:
        raise HouseStyleError(
            f"--param: {name}={text!r} is not a {kind.__name__}; allowed: a {kind.__name__} "
            f"like the default {default!r}"
        ) from None
    return text


def read_table(path: Path, default_of: Mapping[str, Any]) -> ParamSets:
    """Read a CSV table, a row per chart and a column per parameter, typed like the defaults."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as stream:
            rows = list(csv.DictReader(stream))
    except OSError as exc:
        raise HouseStyleError(f"--params: cannot read {path}: {exc.strerror}") from None
    if not rows:
        raise HouseStyleError(
            f"--params: {path} has no rows; allowed: a header and a row per chart"
        )
    return [
        {name: text_value(name, text or "", default_of.get(name)) for name, text in row.items()}
        for row in rows
    ]
