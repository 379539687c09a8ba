"""What an Altair or Plotly twin shows, read so it compares with its matplotlib twin.

A recipe's twins in the four libraries are the same chart: the same texts (from each
finish record), the same plotted values, and the same colour for the same series.
Values are compared as multisets of numbers on the axes that carry them, rounded to
four significant figures (``tests.twins.round_value``):

* matplotlib and plotnine: ``housestyle.chart_data`` (the x, y and colour-value
  columns of its tidy frame);
* Altair: every data layer of the chart's own view (text and rule layers, which are
  labels and guides, are not data), with the data and encoding a layer inherits from
  its parent, read from the inline datasets of the chart's Vega-Lite spec;
* Plotly: every trace (a horizontal bar's values are on x, a heatmap's are its z).

Colours: matplotlib's from its artists (``tests.twins.mpl_marks``), Plotly's from its
traces, Altair's from the Vega scenegraph vl-convert lays out (the fill or stroke of
every data mark drawn, guides and the title block left out).
"""

from __future__ import annotations

import base64
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.colors import to_hex, to_rgba

import housestyle
from tests.twins import mpl_marks, round_value

__all__ = [
    "altair_colours",
    "trace_array",
    "altair_values",
    "differences",
    "mpl_colours",
    "mpl_values",
    "plotly_colours",
    "plotly_values",
    "values",
]

Values = dict[str, Counter[float]]

#: Two plotted numbers are the same within this relative difference: one library's
#: value may come from a sum or difference another stores directly (the last bits).
RTOL = 1e-6

#: Altair marks that label or guide rather than carry data.
NOT_DATA = {"text", "rule", "image"}
#: Columns of ``housestyle.chart_data`` that are not values.
NOT_VALUES = {"mark", "panel", "series", "low", "high"}


def _counter(numbers: Iterable[Any]) -> Counter[float]:
    """The finite numbers among ``numbers``, each as often as it occurs (unrounded)."""
    out: Counter[float] = Counter()
    for number in numbers:
        try:
            value = float(number)
        except (TypeError, ValueError):
            continue  # a category, not a value
        if math.isfinite(value):
            out[value] += 1
    return out


def differences(ours: Counter[float], theirs: Counter[float]) -> tuple[list[float], list[float]]:
    """Return the numbers only in ``ours`` and only in ``theirs``, to four figures.

    The two are compared sorted, number against number, equal within ``RTOL``.
    """
    mine = np.sort(np.array(list(ours.elements()), float))
    twin = np.sort(np.array(list(theirs.elements()), float))
    if len(mine) == len(twin) and np.allclose(mine, twin, rtol=RTOL, atol=1e-12):
        return [], []
    rounded_mine = Counter(round_value(v) for v in mine)
    rounded_twin = Counter(round_value(v) for v in twin)
    only_mine = sorted((rounded_mine - rounded_twin).elements())
    only_twin = sorted((rounded_twin - rounded_mine).elements())
    if not only_mine and not only_twin:  # the same to four figures, not to RTOL
        at = np.flatnonzero(~np.isclose(mine, twin, rtol=RTOL, atol=1e-12))[:6]
        return list(mine[at]), list(twin[at])
    return only_mine, only_twin


def mpl_values(chart: Any) -> Values:
    """Return {"x"/"y"/"value": numbers} of a matplotlib figure or ggplot's chart data."""
    frame = housestyle.chart_data(chart)
    columns = [c for c in frame.columns if c not in NOT_VALUES]
    named = dict(zip(("x", "y", "value"), columns, strict=False))
    return {axis: _counter(frame[column]) for axis, column in named.items()}


# --------------------------------------------------------------------------- Altair


def _altair_spec(chart: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return the chart's own view and its inline datasets."""
    from housestyle.adapters._altair.adapter import spec_of
    from housestyle.adapters._altair.compose import plot_of

    view, top, _ = plot_of(spec_of(chart))
    return view, top.get("datasets", {})


def _rows(data: Any, datasets: dict[str, Any]) -> list[dict[str, Any]] | None:
    if not isinstance(data, dict):
        return None
    if "name" in data:
        return datasets.get(data["name"])
    return data.get("values")


def _filtered(rows: list[dict[str, Any]], transforms: list[Any]) -> list[dict[str, Any]]:
    """The rows a layer keeps: only ``filter`` transforms on a boolean field are read."""
    for transform in transforms:
        test = transform.get("filter") if isinstance(transform, dict) else None
        if not isinstance(test, str):
            raise AssertionError(f"a transform this reader cannot apply: {transform}")
        keep = not test.startswith("!")
        field = test.lstrip("!(").rstrip(")").removeprefix("datum.")
        rows = [row for row in rows if bool(row.get(field)) is keep]
    return rows


def _layers(
    node: dict[str, Any], datasets: dict[str, Any], data: Any = None, encoding: Any = None
) -> Iterator[tuple[str, list[dict[str, Any]], dict[str, Any]]]:
    """Yield (mark type, rows, encoding) of every layer, with what it inherits."""
    data = node.get("data", data)
    encoding = {**(encoding or {}), **node.get("encoding", {})}
    if "layer" in node:
        for child in node["layer"]:
            yield from _layers(child, datasets, data, encoding)
        return
    mark = node.get("mark")
    kind = mark.get("type") if isinstance(mark, dict) else mark
    rows = _rows(data, datasets)
    if kind is None or rows is None:
        return
    yield str(kind), _filtered(rows, node.get("transform", [])), encoding


def altair_values(chart: Any) -> Values:
    """Return {"x"/"y"/"value": numbers} the data layers of an Altair chart draw."""
    view, datasets = _altair_spec(chart)
    out: Values = {"x": Counter(), "y": Counter(), "value": Counter()}
    for kind, rows, encoding in _layers(view, datasets):
        if kind in NOT_DATA:
            continue
        for axis, channel in (("x", "x"), ("y", "y"), ("value", "color")):
            field = encoding.get(channel, {})
            if isinstance(field, dict) and field.get("type") in ("quantitative", "temporal"):
                column = [row.get(field["field"]) for row in rows]
                if field["type"] == "temporal":
                    column = list(pd.to_datetime(pd.Series(column)).map(pd.Timestamp.timestamp))
                out[axis] += _counter(column)
    return {axis: numbers for axis, numbers in out.items() if numbers}


def altair_colours(chart: Any) -> set[str]:
    """Return the colours of the data marks vl-convert draws for an Altair chart."""
    from housestyle.adapters._altair.adapter import ADAPTER
    from housestyle.adapters._altair.findings import _rgb, _walk
    from housestyle.adapters._altair.vlc import scenegraph, use_fonts

    info = housestyle.finalised(chart)
    use_fonts(info.brand)
    graph = scenegraph(ADAPTER.finished_spec(chart, info.preset))
    found: set[str] = set()
    for node, item, _, _ in _walk(graph["scenegraph"], 0, 0):
        kind = node.get("marktype")
        if node.get("role") != "mark" or str(node.get("name", "")).startswith("housestyle"):
            continue  # axes, legends, the title block and footer
        fill = _rgb(item.get("fill"))
        if kind in ("line", "trail") or (kind == "symbol" and fill is None):
            colour = _rgb(item.get("stroke"))  # a line, a hollow ring
        elif kind in ("rect", "area", "symbol", "arc"):
            colour = fill
        else:
            continue  # text labels and rules (guides, leaders)
        if colour is not None and item.get("opacity", 1) != 0:
            found.add(to_hex(colour))
    return found


# --------------------------------------------------------------------------- Plotly


def _hex(colour: Any) -> str | None:
    if colour is None:
        return None
    text = str(colour).replace(" ", "")
    if text.startswith("rgba("):
        r, g, b, a = (float(v) for v in text[5:-1].split(","))
        return None if a == 0 else to_hex((r / 255, g / 255, b / 255))
    if text.startswith("rgb("):
        r, g, b = (float(v) for v in text[4:-1].split(","))
        return to_hex((r / 255, g / 255, b / 255))
    try:
        rgba = to_rgba(text)
    except ValueError:
        return None
    return None if rgba[3] == 0 else to_hex(rgba)


def trace_array(values: Any) -> list[Any]:
    """A trace's data array: Plotly 6 keeps numpy data as a base64 typed array."""
    if isinstance(values, dict) and "bdata" in values:
        flat = np.frombuffer(base64.b64decode(values["bdata"]), dtype=values["dtype"])
        return list(flat)
    if values is None:
        return []
    return list(np.asarray(values, dtype=object).ravel())


def _axes_of(trace: Any) -> dict[str, list[Any]]:
    if trace.type == "heatmap":
        return {"value": trace_array(trace.z)}
    if trace.type == "bar" and trace.orientation == "h":
        return {"x": trace_array(trace.x)}
    if trace.type == "bar":
        return {"y": trace_array(trace.y)}
    return {"x": trace_array(trace.x), "y": trace_array(trace.y)}


def plotly_values(fig: Any) -> Values:
    """Return {"x"/"y"/"value": numbers} the traces of a Plotly figure draw."""
    out: Values = {"x": Counter(), "y": Counter(), "value": Counter()}
    for trace in fig.data:
        for axis, numbers in _axes_of(trace).items():
            if axis == "x" and len(numbers) and hasattr(list(numbers)[0], "year"):
                numbers = pd.to_datetime(pd.Series(list(numbers))).map(pd.Timestamp.timestamp)
            out[axis] += _counter(list(numbers))
    return {axis: numbers for axis, numbers in out.items() if numbers}


def _default_colour(fig: Any, trace: Any, index: int) -> str | None:
    """The colour Plotly gives a trace that sets none: its template's, else the colorway's."""
    template = fig.layout.template
    for default in getattr(template.data, trace.type, ()) or ():
        for colour in (default.line.color, default.marker.color):
            if isinstance(colour, str):
                return colour
    colorway = fig.layout.colorway or template.layout.colorway
    return colorway[index % len(colorway)] if colorway else None


def _trace_colours(fig: Any, trace: Any, index: int) -> list[str | None] | str | None:
    """A trace's colour: one per point (markers, bars) or one for the trace."""
    if trace.type == "bar":
        colour = trace.marker.color
    elif trace.type == "scatter" and trace.stackgroup:
        return _hex(trace.fillcolor)
    elif trace.type == "scatter" and "markers" in (trace.mode or ""):
        colour = trace.marker.color
    elif trace.type == "scatter":
        colour = trace.line.color
    else:
        return None
    if colour is None:
        colour = _default_colour(fig, trace, index)
    if isinstance(colour, list | tuple | np.ndarray):
        return [_hex(c) for c in colour]
    return _hex(colour)


def plotly_colours(fig: Any) -> set[tuple[str, float, str]]:
    """Return the (axis, value, colour) marks of a Plotly figure's traces."""
    marks: set[tuple[str, float, str]] = set()
    for index, trace in enumerate(fig.data):
        colours = _trace_colours(fig, trace, index)
        if colours is None:
            continue
        for axis, numbers in _axes_of(trace).items():
            if axis == "x" and trace.type == "scatter" and not trace.stackgroup:
                continue  # the y value of a point carries its colour well enough
            numbers = list(numbers)
            for i, number in enumerate(numbers):
                colour = colours[i] if isinstance(colours, list) else colours
                try:
                    value = float(number)
                except (TypeError, ValueError):
                    continue
                if colour is not None and math.isfinite(value):
                    marks.add((axis, round_value(value), colour))
    return marks


def mpl_colours(fig: Any, axes: Iterable[str]) -> set[tuple[str, float, str]]:
    """Return matplotlib's (axis, value, colour) marks on the named axes."""
    return mpl_marks(fig, axes)


def values(chart: Any) -> Values:
    """Return the plotted values of a chart of any of the four libraries."""
    library = type(chart).__module__.split(".")[0]
    if library == "altair":
        return altair_values(chart)
    if library == "plotly":
        return plotly_values(chart)
    return mpl_values(chart)
