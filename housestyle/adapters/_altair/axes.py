"""A view's axes set for a size: as many ticks as the plot holds, category labels whole.

Vega-Lite spaces ticks by a count and cuts a label at a fixed width (``labelLimit``,
180 px at every density) with an ellipsis. For each size the finished chart is drawn
at, :func:`with_tick_counts` gives each continuous x and y axis a tick count for the
room, and :func:`with_category_lines` sets a long category label down the side on
lines (:meth:`housestyle.record.Job.category_lines`), read from the chart's own data
(:func:`data_rows`).
"""

from __future__ import annotations

import json
from typing import Any

from ...record import WIDEST_SHARE, Job

__all__ = ["LINE_HEIGHT", "data_rows", "with_category_lines", "with_tick_counts"]


def with_tick_counts(spec: Any, counts: dict[str, int]) -> Any:
    """The spec with a tick count on each continuous x and y axis that sets none.

    Not in the config: Vega thins explicit ``values`` down to a ``tickCount``, so an
    axis given its values keeps them all.
    """
    if isinstance(spec, list):
        return [with_tick_counts(item, counts) for item in spec]
    if not isinstance(spec, dict):
        return spec
    out = {key: with_tick_counts(value, counts) for key, value in spec.items()}
    encoding = out.get("encoding")
    if isinstance(encoding, dict):
        for channel, count in counts.items():
            field = encoding.get(channel)
            if not isinstance(field, dict) or field.get("type") not in ("quantitative", "temporal"):
                continue
            axis = field.get("axis", {})
            if isinstance(axis, dict) and not {"values", "tickCount"} & axis.keys():
                encoding[channel] = {**field, "axis": {**axis, "tickCount": max(2, count)}}
    return out


#: Vega's line height for a label set on several lines, in ems (its default).
LINE_HEIGHT = 1.2
_CATEGORY_TYPES = ("nominal", "ordinal")
#: The longest a category label Vega turns on its side runs, as a share of the height.
_TURNED_SHARE = 0.35


def data_rows(spec: dict[str, Any], top: dict[str, Any]) -> list[dict[str, Any]]:
    """Every row of data the chart carries: its datasets and any inline values.

    The spec is walked for its views' ``data``; rows are collected, not walked.
    """
    rows = [row for data in top.get("datasets", {}).values() for row in data]

    def inline(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                inline(item)
        if not isinstance(node, dict):
            return
        data = node.get("data")
        values = data.get("values") if isinstance(data, dict) else None
        rows.extend(row for row in values or [] if isinstance(row, dict))
        for key, value in node.items():
            if key not in ("data", "datasets"):
                inline(value)

    inline(spec)
    return rows


def with_category_lines(spec: Any, rows: list[dict[str, Any]], job: Job) -> Any:
    """The spec with its category axes' long labels set on lines, whole.

    Vega-Lite cuts a label at a fixed width (``labelLimit``) with an ellipsis, and turns
    x labels that collide on their side. Here a label down the side longer than its share
    of the chart is set on lines (:meth:`Job.category_lines`; the axis' limit is the
    widest share), and labels along an x axis that would collide are set upright on
    lines that fit between them (:meth:`Job.across_lines`). ``labelExpr`` gives Vega
    each label's lines; the data keeps the names whole.
    """
    if isinstance(spec, list):
        return [with_category_lines(item, rows, job) for item in spec]
    if not isinstance(spec, dict):
        return spec
    out = {key: with_category_lines(value, rows, job) for key, value in spec.items()}
    encoding = out.get("encoding")
    if not isinstance(encoding, dict):
        return out
    for channel in ("x", "y"):
        field = encoding.get(channel)
        if not isinstance(field, dict) or field.get("type") not in _CATEGORY_TYPES:
            continue
        axis = field.get("axis", {})
        if axis is None or not isinstance(axis, dict) or "labelExpr" in axis:
            continue  # no axis, or labels the chart writes itself
        name = field.get("field")
        names = list(dict.fromkeys(str(row[name]) for row in rows if name in row))
        encoding = {**encoding, channel: {**field, "axis": _lines_axis(axis, names, channel, job)}}
    out["encoding"] = encoding
    return out


def _lines_axis(axis: dict[str, Any], names: list[str], channel: str, job: Job) -> dict[str, Any]:
    """The axis with its long category labels set on lines, and a limit they fit in."""
    if channel == "y":
        lines: list[list[str]] | None = job.category_lines(names, LINE_HEIGHT)
        axis = {**axis, "labelLimit": round(WIDEST_SHARE * job.preset.pixels[0], 3)}
    else:
        lines = job.across_lines(names)
        if lines is not None:  # upright, as matplotlib's wrapped labels are
            axis = {**axis, "labelAngle": 0, "labelLimit": 0}
        elif "labelLimit" not in axis:  # turned by Vega: as long as a share of the height
            axis = {**axis, "labelLimit": round(_TURNED_SHARE * job.preset.pixels[1], 3)}
    pairs = zip(names, lines or [], strict=lines is not None)
    wrapped = {name: parts for name, parts in pairs if len(parts) > 1}
    if wrapped:
        axis["labelExpr"] = f"({json.dumps(wrapped)})[datum.label] || datum.label"
    return axis
