"""Reading a plotnine ggplot's data: each layer's data as the plot computed it.

The plot is built (``ggplot._build``, on a clean copy: the caller's plot is not
changed) and each layer's data is kept just before the position adjustments, so
values are the plotted ones, not stacked or jittered, and colour and fill still hold
the values mapped to them (the series names), not the colours. Positions on a
discrete axis go back to their category names and continuous ones through the
scale's inverse (dates come back as dates). Text layers are labels, reference lines
(``geom_hline``...) are references; neither is data.
"""

from __future__ import annotations

import weakref
from typing import Any

import numpy as np
import pandas as pd

from ..record import clean_spec
from ._gglayers import (
    drawn_dashed,
    flat_segment,
    has_bars,
    points_at_something,
    reversed_axes,
    text_anchors,
    upright_segment,
)
from ._model import (
    Marks,
    Reading,
    is_number,
    measure_axis,
    points_along_categories,
    read_value_ticks,
)
from ._naming import a_name, clean_text, name_by_notes_at_ends

__all__ = [
    "read_ggplot",
]

_KIND = {
    "geom_line": "line",
    "geom_path": "line",
    "geom_step": "line",
    "geom_smooth": "line",
    "geom_density": "line",
    "geom_freqpoly": "line",
    "geom_col": "bar",
    "geom_bar": "bar",
    "geom_histogram": "histogram",
    "geom_point": "point",
    "geom_jitter": "point",
    "geom_sina": "point",
    "geom_count": "point",
    "geom_area": "area",
    "geom_ribbon": "range",
    "geom_tile": "cell",
    "geom_rect": "range",
    "geom_raster": "cell",
    "geom_boxplot": "box",
    "geom_errorbar": "range",
    "geom_errorbarh": "range",
    "geom_linerange": "range",
    "geom_pointrange": "range",
    "geom_crossbar": "range",
    "geom_segment": "range",
}
_REFERENCE = {"geom_hline": "yintercept", "geom_vline": "xintercept"}
_NAMES = ("colour", "color", "fill", "linetype", "shape")
_LAYOUT_COLUMNS = {"PANEL", "ROW", "COL", "SCALE_X", "SCALE_Y", "AXIS_X", "AXIS_Y"}


#: The builds of the plots a finish record keeps (:func:`read_ggplot` with ``kept``), by
#: plot: a record's clean copy never changes, and each export of the chart reads it again.
_BUILDS: weakref.WeakKeyDictionary[Any, tuple[Any, list[pd.DataFrame], dict[str, str]]] = (
    weakref.WeakKeyDictionary()
)


def _built(plot: Any) -> tuple[Any, list[pd.DataFrame], dict[str, str]]:
    """Build a clean copy of ``plot``: the plot, each layer's data, the labels given.

    The data are each layer's just before positions; the labels are those the author
    gave (``labs()``), before the build adds the variables' names.
    """
    spec = clean_spec(plot)
    given = {key: str(value) for key, value in vars(spec.labels).items() if value is not None}
    kept: list[pd.DataFrame] = []
    layers = spec.layers
    compute_position = layers.compute_position

    def keep_then_position(layout: Any) -> None:
        kept[:] = [layer.data.copy() for layer in layers]
        compute_position(layout)

    layers.compute_position = keep_then_position
    try:
        spec._build()
    finally:
        del layers.compute_position
    return spec, kept, given


def _label(spec: Any, given: dict[str, str], name: str) -> tuple[str, bool]:
    """An axis' title and whether the author gave it; else the variable mapped to it."""
    text = given.get(name)
    if text:
        return clean_text(text), True
    mapped = spec.mapping.get(name, None)
    if mapped is None:
        for layer in spec.layers:
            if type(layer.geom).__name__ in _KIND and name in layer.mapping:
                mapped = layer.mapping[name]
                break
    return (str(mapped).strip() if isinstance(mapped, str) else ""), False


def _is_discrete(scale: Any) -> bool:
    """True for a scale of categories (``scale_x_discrete`` and its kin)."""
    return type(scale).__name__.endswith("_discrete")


def _positions(values: pd.Series, scale: Any) -> list[Any]:
    """Mapped positions back to what the axis shows: categories, dates or numbers."""
    numbers = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float)
    if scale is None:
        return numbers.tolist()
    if _is_discrete(scale):
        limits = list(scale.final_limits)
        out: list[Any] = []
        for v in numbers:
            i = int(round(v)) - 1 if np.isfinite(v) else -1
            ok = 0 <= i < len(limits) and abs(v - round(v)) < 1e-6
            out.append(clean_text(limits[i]) if ok else float(v))
        return out
    try:
        back = scale.inverse(numbers)
    except Exception:  # noqa: BLE001  # a transform without an inverse: the numbers
        return numbers.tolist()
    named = _named_breaks(scale)
    if named and all(any(abs(v - b) < 1e-9 for b in named) for v in back if np.isfinite(v)):
        return [next(named[b] for b in named if abs(v - b) < 1e-9) for v in back]
    out = []
    for v in back:
        if hasattr(v, "tzinfo") and hasattr(v, "year"):
            out.append(np.datetime64(pd.Timestamp(v).tz_localize(None), "s"))
        else:
            out.append(float(v))
    return out


def _named_breaks(scale: Any) -> dict[float, str]:
    """Break -> label of a continuous scale labelled with names (months: 1 -> "Jan")."""
    try:
        breaks = [float(b) for b in scale.get_breaks()]
        labels = [clean_text(label) for label in scale.get_labels(breaks)]
    except Exception:  # noqa: BLE001  # a scale without breaks to read: no names
        return {}
    if len(breaks) != len(labels) or not labels:
        return {}
    if any(not label.strip() or not any(ch.isalpha() for ch in label) for label in labels):
        return {}
    return dict(zip(breaks, labels, strict=True))


def _panel_names(layout: pd.DataFrame) -> dict[Any, str]:
    facets = [c for c in layout.columns if c not in _LAYOUT_COLUMNS]
    if len(layout) < 2 or not facets:
        return {}
    return {row["PANEL"]: ", ".join(str(row[c]) for c in facets) for _, row in layout.iterrows()}


def _placed(spec: Any) -> Any:
    """Map a layer's data to what its panel's axes show (a text's place, as marks are)."""

    def placed(raw: pd.DataFrame) -> tuple[list[Any], list[Any]]:
        sx, sy = _scales(spec, raw["PANEL"].iloc[0] if "PANEL" in raw and len(raw) else 1)
        return _positions(raw["x"], sx), _positions(raw["y"], sy)

    return placed


def _scales(spec: Any, panel: Any) -> tuple[Any, Any]:
    layout = spec.layout.layout
    row = layout[layout["PANEL"] == panel]
    if row.empty:
        return None, None
    sx = spec.layout.panel_scales_x[int(row["SCALE_X"].iloc[0]) - 1]
    sy = spec.layout.panel_scales_y[int(row["SCALE_Y"].iloc[0]) - 1]
    return sx, sy


def _is_colour(value: Any) -> bool:
    from matplotlib.colors import is_color_like

    return isinstance(value, str) and value.startswith("#") and is_color_like(value)


def _series_column(data: pd.DataFrame) -> tuple[str | None, bool]:
    """The column naming the series (colour, fill...), and whether its values are numbers.

    Colours mapped as themselves (``scale_colour_identity``) name nothing.
    """
    for name in _NAMES:
        if name in data.columns and data[name].nunique(dropna=True) >= 1:
            values = data[name].dropna()
            if len(values) and all(_is_colour(v) for v in values):
                continue
            numeric = bool(len(values)) and all(is_number(v) for v in values)
            return name, numeric
    return None, False


def _floats(data: pd.DataFrame, name: str) -> list[float] | None:
    if name not in data.columns:
        return None
    return pd.to_numeric(data[name], errors="coerce").astype(float).tolist()


def _grey(colour: Any) -> bool | None:
    """True for a grey (or black, white), False for a colour, None for no colour."""
    from matplotlib.colors import to_rgb

    try:
        r, g, b = to_rgb(colour)
    except (ValueError, TypeError):
        return None
    high = max(r, g, b)
    return high == 0 or (high - min(r, g, b)) / high < 0.15


def _drawn_colour(final: pd.DataFrame) -> str | None:
    for name in ("fill", "colour", "color"):
        if name in final.columns and final[name].notna().any():
            return name
    return None


def _highlighted(final: pd.DataFrame) -> dict[Any, bool]:
    """Groups drawn in a colour while others are grey: group -> True."""
    colour = _drawn_colour(final)
    if colour is None or "group" not in final.columns:
        return {}
    greys = {g: _grey(part[colour].iloc[0]) for g, part in final.groupby("group", sort=False)}
    if None in greys.values() or all(greys.values()) or not any(greys.values()):
        return {}
    return {g: not grey for g, grey in greys.items()}


def _layer_marks(
    spec: Any, geom: str, raw: pd.DataFrame, final: pd.DataFrame, panels: dict[Any, str]
) -> list[Marks]:
    kind = _KIND[geom]
    flipped = type(spec.coordinates).__name__ == "coord_flip"
    column, numeric = _series_column(raw)
    value_from = column if column and numeric and kind in ("cell", "point") else None
    name_from = column if column and not numeric else None
    highlight = _highlighted(final)
    split = ("group",) if kind in ("line", "area") else ()
    keys = [k for k in ("PANEL", name_from, *split) if k and k in raw.columns]
    groups = raw.groupby(keys, sort=False, observed=True) if keys else [((), raw)]
    found = []
    for _, part in groups:
        if "x" not in part and {"xmin", "xmax"} <= set(part.columns):  # rects: at their centre
            part = part.assign(x=(part["xmin"] + part["xmax"]) / 2)
        panel = part["PANEL"].iloc[0] if "PANEL" in part else None
        sx, sy = _scales(spec, panel)
        if geom != "geom_path":  # the categories in the order a reader meets them
            if "x" in part and _is_discrete(sx):  # along x, or down a flipped y
                part = part.sort_values("x", ascending=not flipped, kind="stable")
            elif "y" in part and _is_discrete(sy) and not _is_discrete(sx):  # down y
                part = part.sort_values("y", ascending=flipped, kind="stable")
        x = _positions(part["x"], sx) if "x" in part else [None] * len(part)
        y: list[Any] | None
        if kind == "box":
            y = _floats(part, "middle")
        elif kind in ("range",) and "y" not in part:
            y = [None] * len(part)
        else:
            y = _positions(part["y"], sy) if "y" in part else [None] * len(part)
        low = _floats(part, "ymin") if kind in ("range", "box") or geom == "geom_ribbon" else None
        high = _floats(part, "ymax") if low is not None else None
        across = False  # a flat segment runs across x: its place is its level
        if geom == "geom_segment":
            low, high = upright_segment(part)
            if low is None and not _is_discrete(sx) and not has_bars(spec):
                low, high = flat_segment(part)
                y, across = _positions(part["y"], sy), True
                x = [None] * len(part)
            if low is None:
                continue
        if geom == "geom_errorbarh":
            low, high = _floats(part, "xmin"), _floats(part, "xmax")
        if kind == "range" and low is not None and high is not None and np.allclose(low, high):
            continue  # a tick across a mark (a median drawn as a flat error bar): no range
        if low is not None and high is not None:  # ends as given may run either way
            low, high = (
                [min(a, b) for a, b in zip(low, high, strict=True)],
                [max(a, b) for a, b in zip(low, high, strict=True)],
            )
        name = clean_text(part[name_from].iloc[0]) if name_from else None
        on = [highlight.get(g, False) for g in part["group"]] if "group" in part else []
        marks = Marks(
            kind,
            x,
            y if y is not None else [None] * len(part),
            series=name,
            facet=panels.get(panel),
            value=_floats(part, value_from) if value_from else None,
            low=low,
            high=high,
            highlighted=bool(on) and all(on),
            marks_highlighted=on if any(on) and not all(on) else None,
            horizontal=across,
            dashed=drawn_dashed(final),
        )
        if flipped:
            marks.x, marks.y, marks.horizontal = marks.y, marks.x, not across
        found.append(marks)
    _number_shared(found)
    return _merge_singletons(found)


def _number_shared(found: list[Marks]) -> None:
    """Lines sharing a name (a colour for "rose") are numbered, to stay apart in the CSV."""
    counts: dict[tuple[Any, str], int] = {}
    for marks in found:
        if marks.series and marks.kind in ("line", "area"):
            key = (marks.facet, marks.series)
            counts[key] = counts.get(key, 0) + 1
    seen: dict[tuple[Any, str], int] = {}
    for marks in found:
        key = (marks.facet, marks.series or "")
        if marks.series and counts.get(key, 0) > 1:
            seen[key] = seen.get(key, 0) + 1
            marks.series = f"{marks.series} {seen[key]}"


def _merge_singletons(found: list[Marks]) -> list[Marks]:
    """Make series of one mark each, named as their position, one series.

    Bars filled by their own category: the names say nothing the axis does not.
    """
    if len(found) < 2 or any(len(m) != 1 or m.series != str(m.position[0]) for m in found):
        return found
    if len({(m.kind, m.facet, m.horizontal) for m in found}) != 1:
        return found
    first = found[0]
    merged = Marks(
        first.kind,
        [v for m in found for v in m.x],
        [v for m in found for v in m.y],
        facet=first.facet,
        horizontal=first.horizontal,
    )
    on = [m.highlighted for m in found]
    merged.marks_highlighted = on if any(on) and not all(on) else None
    if all(m.low is not None and m.high is not None for m in found):
        merged.low = [v for m in found for v in m.low or []]
        merged.high = [v for m in found for v in m.high or []]
    return [merged]


def read_ggplot(plot: Any, reading: Reading, *, kept: bool = False) -> Reading:
    """Read the layers of ``plot`` into ``reading``; return it.

    ``kept``: the plot is a finish record's clean copy, which never changes; it is built
    once (a build is most of a reading: a gallery chart is read for its data, its PDF and
    its SVG) and the build is read each time, never changed.
    """
    if kept:
        if plot not in _BUILDS:
            _BUILDS[plot] = _built(plot)
        spec, layer_data, given = _BUILDS[plot]
    else:
        spec, layer_data, given = _built(plot)
    panels = _panel_names(spec.layout.layout)
    reading.facets = list(dict.fromkeys(panels.values()))
    for layer, raw in zip(spec.layers, layer_data, strict=False):
        geom = type(layer.geom).__name__
        if geom in _REFERENCE:
            column = _REFERENCE[geom]
            for value in dict.fromkeys(_floats(raw, column) or []):
                axis = "y" if column == "yintercept" else "x"
                reading.references.append((axis, value))
            continue
        if geom not in _KIND or raw.empty or points_at_something(layer):
            continue  # text, labels, annotations, curves, arrows: not data
        found = [m for m in _layer_marks(spec, geom, raw, layer.data, panels) if len(m)]
        colour = _drawn_colour(layer.data)
        constant = colour is not None and layer.data[colour].nunique() == 1
        for m in found:  # a layer drawn in one colour of its own (a highlighted series)
            m.highlighted = m.highlighted or (
                constant and _grey(layer.data[colour].iloc[0]) is False
            )
        reading.marks += found
    _layer_highlights(reading.marks)
    _name_highlight(spec, reading.marks)
    name_by_notes_at_ends(reading.marks, text_anchors(spec, layer_data, _placed(spec)))
    points_along_categories(reading)
    for marks in reading.marks:
        if marks.kind == "histogram":
            marks.x = _bins(marks)
    flipped = type(spec.coordinates).__name__ == "coord_flip"
    (x_label, x_given), (y_label, y_given) = _label(spec, given, "x"), _label(spec, given, "y")
    if flipped:
        (x_label, x_given), (y_label, y_given) = (y_label, y_given), (x_label, x_given)
    reading.x_label, reading.y_label = x_label, y_label
    if flipped:  # a reference line is drawn on the other axis
        swap = {"x": "y", "y": "x"}
        reading.references = [(swap.get(a, a), v) for a, v in reading.references]
    reading.given_labels = {"x": x_given, "y": y_given}
    reading.inverted = reversed_axes(spec, flipped)
    if any(m.value is not None for m in reading.marks):
        reading.value_label = _label(spec, given, "fill")[0] or _label(spec, given, "colour")[0]
    _unit(spec, reading, flipped)
    for name in ("title", "subtitle"):
        if getattr(reading, name) is None:
            setattr(reading, name, spec.labels.get(name, None))
    if reading.source is None:
        reading.source = spec.labels.get("caption", None)
    return reading


def _unit(spec: Any, reading: Reading, flipped: bool) -> None:
    """How the measured axis' labels write its numbers: a unit ("$", "%"), sizes both ways."""
    which = measure_axis(reading)
    if not which or not spec.layout.panel_scales_y:
        return
    scales = spec.layout.panel_scales_y if (which == "y") != flipped else spec.layout.panel_scales_x
    scale = scales[0]
    if type(scale).__name__.endswith(("_discrete", "_datetime", "_date")):
        return
    try:
        breaks = [float(b) for b in scale.get_breaks()]
        labels = [str(label) for label in scale.get_labels(breaks)]
    except Exception:  # noqa: BLE001  # a scale without breaks to read: no unit
        return
    read_value_ticks(reading, which, list(zip(breaks, labels, strict=False)))


def _name_highlight(spec: Any, marks: list[Marks]) -> None:
    """Name a highlighted, unnamed series by the one text drawn in its colour (its label)."""
    lit = [m for m in marks if m.highlighted and not m.series]
    if len(lit) != 1:
        return
    colours = set()
    for layer in spec.layers:
        if type(layer.geom).__name__ in _KIND:
            colour = _drawn_colour(layer.data)
            if (
                colour is not None
                and layer.data[colour].nunique() == 1
                and not _grey(layer.data[colour].iloc[0])
            ):
                colours.add(str(layer.data[colour].iloc[0]).lower())
    names = []
    for layer in spec.layers:
        data = layer.data
        if type(layer.geom).__name__ not in ("geom_text", "geom_label") or "label" not in data:
            continue
        colour = _drawn_colour(data)
        if colour is None:
            continue
        for text, drawn in zip(data["label"], data[colour], strict=True):
            if str(drawn).lower() in colours:
                names.append(clean_text(text))
    if len(set(names)) == 1 and a_name(names[0]):
        lit[0].series = names[0]


def _layer_highlights(marks: list[Marks]) -> None:
    """Only a colour among greys is a highlight: where every layer is coloured, none is."""
    for kind in {m.kind for m in marks}:
        same = [m for m in marks if m.kind == kind]
        if all(m.highlighted for m in same):
            for m in same:
                m.highlighted = False


def _bins(marks: Marks) -> list[Any]:
    xs = [float(v) for v in marks.x]
    if len(xs) < 2:
        return list(marks.x)
    width = xs[1] - xs[0]
    return [(v - width / 2, v + width / 2) for v in xs]
