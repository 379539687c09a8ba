"""Scaling a ggplot's type, lines and marks to a preset, before it is drawn.

The plotnine counterpart of :mod:`housestyle.finish._sizing`, with the same split:

- ``type_scale``: what has an extent: every text of the theme (its size, and margins
  given in points or inches), the legend's keys and the spacing around them, tick
  lengths, the text of the layers (``geom_text``, ``geom_label``,
  ``annotate("text")``) with any halo drawn around it, point sizes (mapped or set,
  in the plot and its legend keys alike), box plots' outliers and arrow heads;
- ``line_scale``: every stroke's width: the theme's lines and rectangles, and the
  layers' lines, points' strokes and label borders.

A ggplot is drawn afresh from its clean specification at every size, so the scaling
is applied to a copy made for one draw and is never compounded. This module imports
plotnine, so it is imported only when a ggplot is drawn.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

import pandas as pd
from plotnine.geoms.geom_point import geom_point
from plotnine.geoms.geom_text import geom_text
from plotnine.themes.elements import element_line, element_rect, element_text
from plotnine.themes.themeable import themeable

from .._private import set_stroke_width, stroke_width

__all__ = ["scale_plot"]

#: Theme values in points that belong with the type: legend keys and spacing, ticks.
_TYPE_LENGTHS = (
    "legend_key_size",
    "legend_key_width",
    "legend_key_height",
    "legend_key_spacing",
    "legend_key_spacing_x",
    "legend_key_spacing_y",
    "legend_margin",
    "legend_spacing",
    "legend_box_spacing",
    *(
        f"axis_ticks_length{part}"
        for part in ("", "_major", "_minor", "_major_x", "_major_y", "_minor_x", "_minor_y")
    ),
)
#: Margin units that are lengths on the page (``lines`` and ``fig`` scale by themselves).
_PAGE_UNITS = ("pt", "in")
#: A layer's parameters that are mark sizes, and those that are stroke widths.
_TYPE_PARAMS = ("outlier_size",)
_LINE_PARAMS = ("outlier_stroke", "label_size")


def scale_plot(plot: Any, type_scale: float, line_scale: float) -> None:
    """Scale ``plot`` (a copy made for one draw: it is changed) to the two scales."""
    if type_scale == 1.0 and line_scale == 1.0:
        return
    _scale_theme(plot.theme, type_scale, line_scale)
    for layer in plot.layers:
        _scale_layer(layer, type_scale, line_scale)


# --------------------------------------------------------------------------- #
# The theme
# --------------------------------------------------------------------------- #


def _scale_theme(theme: Any, type_scale: float, line_scale: float) -> None:
    themeables = theme.themeables
    seen: set[int] = set()
    for name, item in list(themeables.items()):
        element = item.theme_element
        if name in _TYPE_LENGTHS and isinstance(element, int | float | complex):
            themeables[name] = themeable.from_class_name(name, element * type_scale)
        elif hasattr(element, "properties") and id(element.properties) not in seen:
            seen.add(id(element.properties))  # an element shared by two themeables: once
            _scale_element(element, element.properties, type_scale, line_scale)


def _scale_element(element: Any, properties: dict, type_scale: float, line_scale: float) -> None:
    if isinstance(element, element_text):
        _times(properties, "size", type_scale)
        margin = properties.get("margin")
        if dataclasses.is_dataclass(margin) and getattr(margin, "unit", None) in _PAGE_UNITS:
            sides = {side: getattr(margin, side) * type_scale for side in "trbl"}
            properties["margin"] = dataclasses.replace(margin, **sides)  # type: ignore[type-var]
    elif isinstance(element, element_line | element_rect):
        _times(properties, "size", line_scale)
        _times(properties, "linewidth", line_scale)


def _times(properties: dict, key: str, factor: float) -> None:
    value = properties.get(key)
    if isinstance(value, int | float) and not isinstance(value, bool):
        properties[key] = value * factor


# --------------------------------------------------------------------------- #
# The layers
# --------------------------------------------------------------------------- #


def _scale_layer(layer: Any, type_scale: float, line_scale: float) -> None:
    geom = layer.geom
    sized = isinstance(geom, geom_text | geom_point)  # its size is an extent, not a stroke
    size = type_scale if sized else line_scale
    geom.use_defaults = ScaledDefaults(geom, {"size": size, "stroke": line_scale})
    params = geom.params
    for names, factor in ((_TYPE_PARAMS, type_scale), (_LINE_PARAMS, line_scale)):
        for name in names:
            _times(params, name, factor)
    arrow = params.get("arrow")
    if arrow is not None and isinstance(getattr(arrow, "length", None), int | float):
        params["arrow"] = copy.copy(arrow)
        params["arrow"].length = arrow.length * type_scale
    effects = params.get("path_effects")
    if effects:
        params["path_effects"] = [_scaled_effect(effect, type_scale) for effect in effects]


def _scaled_effect(effect: Any, factor: float) -> Any:
    width = stroke_width(effect)
    if width is None:
        return effect
    scaled = copy.deepcopy(effect)  # the caller's effect may be shared: leave it as it is
    set_stroke_width(scaled, width * factor)
    return scaled


class ScaledDefaults:
    """A geom's ``use_defaults`` whose size-like columns come out multiplied.

    plotnine fills in each aesthetic (mapped through its scale, set as a parameter,
    or the geom's default) in ``use_defaults``, both for the plot's data and for the
    legend's keys, so scaling there keeps the marks and their keys alike.
    """

    def __init__(self, geom: Any, factors: dict[str, float]):
        self.geom = geom
        self.factors = factors

    def __call__(self, data: pd.DataFrame, aes_modifiers: dict[str, Any]) -> pd.DataFrame:
        out = type(self.geom).use_defaults(self.geom, data, aes_modifiers)
        for column, factor in self.factors.items():
            if column in out and pd.api.types.is_numeric_dtype(out[column]):
                out[column] = out[column] * factor
        return out
