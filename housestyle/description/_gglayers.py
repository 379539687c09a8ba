"""What a ggplot's layers and scales say: data, a step between bars, a pointer, upside down.

Read by :mod:`._ggread`: a segment up or across (its ends), whether a layer is drawn
dashed (a reference's style) or with an arrowhead (a pointer from a note), and whether
the plot has bars (between which a flat segment is a step, not a level).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "drawn_dashed",
    "flat_segment",
    "has_bars",
    "points_at_something",
    "reversed_axes",
    "text_anchors",
    "upright_segment",
]


def upright_segment(part: pd.DataFrame) -> tuple[list[float] | None, list[float] | None]:
    """A vertical segment's ends along y (lollipops, dumbbells), else None."""
    return _ends(part, "y")


def flat_segment(part: pd.DataFrame) -> tuple[list[float] | None, list[float] | None]:
    """A flat segment's ends along x (a level marked across some years), else None."""
    return _ends(part, "x")


def _ends(part: pd.DataFrame, along: str) -> tuple[list[float] | None, list[float] | None]:
    """The ends along ``along`` of segments that keep one place on the other axis.

    None for segments that slant, and for those that do not run along it at all (ticks
    across a mark, a median's).
    """
    if not {"x", "xend", "y", "yend"} <= set(part.columns):
        return None, None
    fixed = "x" if along == "y" else "y"
    if not np.allclose(part[fixed].astype(float), part[f"{fixed}end"].astype(float)):
        return None, None
    start, end = part[along].astype(float), part[f"{along}end"].astype(float)
    if np.allclose(start, end):
        return None, None
    return np.minimum(start, end).tolist(), np.maximum(start, end).tolist()


#: Layers of bars: a flat segment between two of them connects them (a waterfall's step).
_BARS = {"geom_col", "geom_bar", "geom_rect", "geom_histogram", "geom_tile"}


def has_bars(spec: Any) -> bool:
    """True for a plot with a layer of bars (or rectangles, or tiles)."""
    return any(type(layer.geom).__name__ in _BARS for layer in spec.layers)


def drawn_dashed(final: pd.DataFrame) -> bool:
    """True for a layer drawn dashed or dotted throughout (its built ``linetype``)."""
    if "linetype" not in final or final.empty:
        return False
    return bool((~final["linetype"].astype(str).isin(("solid", "-"))).all())


def points_at_something(layer: Any) -> bool:
    """True for a layer drawn with an arrowhead: a pointer from a note, not data."""
    return getattr(layer.geom, "params", {}).get("arrow") is not None


def text_anchors(
    spec: Any, layer_data: list[pd.DataFrame], placed: Callable[[pd.DataFrame], tuple[list, list]]
) -> list[tuple[Any, Any, str]]:
    """(x, y, text) of every text a plot's text layers place, where placed before nudging.

    A bump chart names each line with ``geom_text(data=last, nudge_x=0.4)`` at its last
    point: before positions, the text sits on the point it names. ``placed`` maps a
    layer's data back to what its axes show (as the marks are read).
    """
    found = []
    for layer, raw in zip(spec.layers, layer_data, strict=False):
        kind = type(layer.geom).__name__
        if kind not in ("geom_text", "geom_label") or not {"x", "y", "label"} <= set(raw):
            continue
        xs, ys = placed(raw)
        found += [(x, y, str(label)) for x, y, label in zip(xs, ys, raw["label"], strict=True)]
    return found


#: A continuous scale's transform, by name or class, that draws its axis upside down.
_REVERSED = ("reverse", "reverse_trans")


def reversed_axes(spec: Any, flipped: bool) -> set[str]:
    """The axes drawn upside down (``scale_y_reverse()``), as the reader sees them."""
    found = set()
    for axis, scales in (("x", spec.layout.panel_scales_x), ("y", spec.layout.panel_scales_y)):
        trans = getattr(scales[0], "trans", None) if scales else None
        if (trans if isinstance(trans, str) else type(trans).__name__) in _REVERSED:
            found.add({"x": "y", "y": "x"}[axis] if flipped else axis)
    return found
