"""Room inside a panel for the labels clipped to it.

plotnine clips ``geom_text`` and ``annotate("text")`` to the panel, as matplotlib does
a text drawn with ``clip_on=True``. A direct label placed with room to spare at one
size can lose its end at another: type scales by the preset's ``type_scale`` while the
panel's width follows the figure's, so at a print column the labels are larger next
to the panel than on the web. After the layout, each such label (placed in data
coordinates) that runs past an edge of its panel widens the axis' limits on that side
until it fits, as a scale's ``expand`` would; the ticks and gridlines stay where they
were. The limits are put back before the next layout, so a figure laid out again at
a larger size gets its own limits back.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.text import Text

__all__ = ["make_room", "restore_limits"]

_CUT_PX = 0.5  # a label this far past the panel's edge is cut, and gets room
_PAD_PX = 2.0  # pixels then kept between it and the edge
_LIMITS = "_housestyle_limits"  # on an axes: {axis: (the chart's limits, ours, autoscale)}


def restore_limits(ax: Axes) -> None:
    """Give the axes its chart's own limits back (unless changed by hand since)."""
    kept = getattr(ax, _LIMITS, None)
    if kept is None:
        return
    delattr(ax, _LIMITS)
    for name, (own, ours, auto) in kept.items():
        get, set_, set_auto = _limit_functions(ax, name)
        if tuple(get()) == ours:
            set_(own)
            set_auto(auto)


def make_room(ax: Axes, renderer: Any) -> bool:
    """Widen the limits of ``ax`` so that its clipped labels fit; True if they changed."""
    labels = [text for text in ax.texts if _is_clipped_label(text, ax)]
    if not labels:
        return False
    boxes = [(text, text.get_window_extent(renderer)) for text in labels]
    changed = False
    for name in ("x", "y"):
        changed |= _widen(ax, name, boxes)
    return changed


def _is_clipped_label(text: Text, ax: Axes) -> bool:
    return bool(
        text.get_visible()
        and text.get_text()
        and text.get_clip_on()
        and text.get_transform() is ax.transData
        and np.isfinite(_anchor(text)).all()
    )


def _anchor(text: Text) -> np.ndarray:
    """The display point a text is placed at (its position, which stays put)."""
    try:
        position = np.asarray(text.get_unitless_position(), dtype=float).reshape(1, 2)
    except (TypeError, ValueError):  # not a single point
        return np.array([np.nan, np.nan])
    return np.asarray(text.get_transform().transform(position), dtype=float)[0]


def _limit_functions(ax: Axes, name: str) -> tuple[Any, Any, Any]:
    if name == "x":
        return ax.get_xlim, ax.set_xlim, ax.set_autoscalex_on
    return ax.get_ylim, ax.set_ylim, ax.set_autoscaley_on


def _widen(ax: Axes, name: str, boxes: list[tuple[Text, Any]]) -> bool:
    """Widen one axis' limits for the labels past its ends; True if they changed."""
    panel = ax.bbox
    low_px, high_px = (panel.x0, panel.x1) if name == "x" else (panel.y0, panel.y1)
    span = high_px - low_px
    squeeze_high, squeeze_low = 1.0, 1.0  # how much the data must shrink toward each end
    for text, box in boxes:
        anchor = float(_anchor(text)[1 if name == "y" else 0])
        start, end = (box.x0, box.x1) if name == "x" else (box.y0, box.y1)
        if end > high_px + _CUT_PX and anchor > low_px:
            beyond = end - anchor  # the label's length past its anchor, which stays
            squeeze_high = min(squeeze_high, (span - _PAD_PX - beyond) / (anchor - low_px))
        if start < low_px - _CUT_PX and anchor < high_px:
            before = anchor - start
            squeeze_low = min(squeeze_low, (span - _PAD_PX - before) / (high_px - anchor))
    if squeeze_high >= 1.0 and squeeze_low >= 1.0:
        return False
    if min(squeeze_high, squeeze_low) <= 0.2:  # a label nearly as long as the panel
        return False
    _set_limits(ax, name, squeeze_low, squeeze_high)
    return True


def _set_limits(ax: Axes, name: str, squeeze_low: float, squeeze_high: float) -> None:
    get, set_, _ = _limit_functions(ax, name)
    axis = ax.xaxis if name == "x" else ax.yaxis
    scale = axis.get_transform()
    own = tuple(get())
    low, high = (float(v) for v in np.ravel(scale.transform(np.asarray(own, dtype=float))))
    if squeeze_high < 1.0:
        high = low + (high - low) / squeeze_high
    if squeeze_low < 1.0:
        low = high - (high - low) / squeeze_low
    limits = tuple(float(v) for v in np.ravel(scale.inverted().transform(np.array([low, high]))))
    kept = getattr(ax, _LIMITS, None) or {}
    auto = ax.get_autoscalex_on() if name == "x" else ax.get_autoscaley_on()
    first = kept.get(name, (own, None, auto))
    set_(limits)
    kept[name] = (first[0], tuple(get()), first[2])
    setattr(ax, _LIMITS, kept)
