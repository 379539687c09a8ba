"""A pie's or a donut's labels fitted at each size: percentages on their wedge, names apart.

``ax.pie`` places its texts in data coordinates at fixed shares of the radius
(``autopct``'s percentages at ``pctdistance``, the names at ``labeldistance``), while
their type follows the preset's type scale: a percentage that fits its wedge on the web
spills over its neighbours at a print column, and the names of thin wedges next to each
other print over each other. After the layout, for each pie:

- a text on a wedge that spills off it (less than :data:`ON_WEDGE_SHARE` of its box
  on the wedge, the share ``check()`` reads its contrast over) or touches another
  wedge's text goes outside, beside the wedge's name ("Other 2%"), or, for a wedge
  with no name, outside the pie at its name's distance in the ink for the page;
- names on one side of the pie that would touch are moved apart up and down, the least
  that clears them, and out of the pie where they would cross it;
- a name whose type, grown larger than the pie allowed for, reaches over the pie is
  moved out along its direction until it clears it.

Then the layout runs again. Every text is put back as the chart made it before the next
layout (:func:`unfit_pie`), so a figure laid out again at a larger size gets its own
placement back. Texts the user placed with an arrow (``ax.annotate``) are theirs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.patches import Wedge
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from ..ink import spread_labels

__all__ = ["OFF_WEDGE_INK", "ON_WEDGE_SHARE", "fit_pie", "unfit_pie"]

#: On a text written on a wedge: the colour it had before the brand's ink for the
#: wedge was given it (the colour it takes off the wedge).
OFF_WEDGE_INK = "_housestyle_off_wedge_ink"
_KEPT = "_housestyle_pie_texts"  # on an axes: each pie text as the chart made it
_PAD_PX = 2.0  # pixels kept between two names
#: The share of a text's box that must lie on its wedge for it to stay there.
ON_WEDGE_SHARE = 0.85
_SAMPLES = (9, 3)  # points across and up a text's box at which it is tested
_CLEARING_STEP = 0.03  # a name reaching over the pie moves out by this share of its radius
_CLEARING_STEPS = 20  # at most


@dataclass(frozen=True)
class _Kept:
    text: str
    position: tuple[float, float]
    colour: Any
    ha: Any  # "left", "center" or "right"
    visible: bool


@dataclass
class _Pie:
    """One axes' wedges and the texts ``ax.pie`` placed around them."""

    wedges: list[Wedge]
    inside: dict[Text, Wedge]  # a text placed on a wedge, with it
    names: dict[Wedge, Text]  # a wedge's name, outside the pie
    outside: list[Text]  # every text outside the wedges


def unfit_pie(ax: Axes) -> None:
    """Put every text of the axes' pie back as the chart made it."""
    kept: dict[Text, _Kept] | None = getattr(ax, _KEPT, None)
    if kept is None:
        return
    delattr(ax, _KEPT)
    for text, was in kept.items():
        text.set_text(was.text)
        text.set_position(was.position)
        text.set_color(was.colour)
        text.set_horizontalalignment(was.ha)
        text.set_visible(was.visible)


def fit_pie(ax: Axes, renderer: Any) -> bool:
    """Fit the texts of the axes' pie to their wedges and apart; True if any moved."""
    pie = _read_pie(ax)
    if pie is None:
        return False
    changed = False
    for text, wedge in _not_fitting(pie, renderer):
        _keep(ax, pie)
        _take_off(text, wedge, pie, ax)
        changed = True
    for side in (-1, 1):
        changed |= _spread(ax, pie, side, renderer)
    for text in pie.outside:
        changed |= _clear_of_the_wedges(ax, pie, text, renderer)
    return changed


def _pie_texts(ax: Axes) -> list[Text]:
    """Texts placed in the axes' data coordinates, not the user's arrows' (annotations)."""
    return [
        text
        for text in ax.texts
        if type(text) is Text and text.get_text() and text.get_transform() == ax.transData
    ]


def _read_pie(ax: Axes) -> _Pie | None:
    wedges = [patch for patch in ax.patches if isinstance(patch, Wedge) and patch.get_visible()]
    if not wedges:
        return None
    ax.apply_aspect()  # placed as drawn: a round pie's box is square
    pie = _Pie(wedges, {}, {}, [])
    for text in _pie_texts(ax):
        point = _point(text)
        under = [wedge for wedge in wedges if wedge.contains_point(point)]
        if under:
            pie.inside[text] = under[-1]
            continue
        pie.outside.append(text)
        named = _wedge_towards(wedges, text.get_unitless_position())
        if named is not None and named not in pie.names:
            pie.names[named] = text
    return pie


def _middle(wedge: Wedge) -> float:
    """The wedge's middle angle, in radians."""
    return math.radians((wedge.theta1 + wedge.theta2) / 2)


def _wedge_towards(wedges: list[Wedge], position: tuple[float, float]) -> Wedge | None:
    """The wedge whose span holds the direction of ``position`` from its centre."""
    for wedge in wedges:
        x, y = position[0] - wedge.center[0], position[1] - wedge.center[1]
        if math.hypot(x, y) <= wedge.r:
            continue
        angle = math.degrees(math.atan2(y, x))
        turns = (angle - wedge.theta1) % 360
        if turns <= (wedge.theta2 - wedge.theta1) % 360 or wedge.theta2 - wedge.theta1 >= 360:
            return wedge
    return None


def _not_fitting(pie: _Pie, renderer: Any) -> list[tuple[Text, Wedge]]:
    """The texts on wedges that spill off theirs, or touch another's (the thinner wedge's)."""
    shown = {text: wedge for text, wedge in pie.inside.items() if text.get_visible()}
    boxes = {text: text.get_window_extent(renderer) for text in shown}
    out = [text for text, wedge in shown.items() if _share_on(boxes[text], wedge) < ON_WEDGE_SHARE]
    texts = list(shown)
    for i, first in enumerate(texts):
        for second in texts[i + 1 :]:
            if boxes[first].overlaps(boxes[second]):
                out.append(min((first, second), key=lambda text: _span(shown[text])))
    return [(text, shown[text]) for text in dict.fromkeys(out)]


def _span(wedge: Wedge) -> float:
    return (wedge.theta2 - wedge.theta1) % 360


def _share_on(box: Bbox, wedge: Wedge) -> float:
    """The share of ``box`` (display pixels) that lies on ``wedge``."""
    across, up = _SAMPLES
    xs = np.linspace(box.x0, box.x1, across)
    ys = np.linspace(box.y0, box.y1, up)
    points = [(float(x), float(y)) for x in xs for y in ys]
    return sum(wedge.contains_point(point) for point in points) / len(points)


def _point(text: Text) -> tuple[float, float]:
    """The display point the text is placed at."""
    x, y = text.get_transform().transform(text.get_unitless_position())
    return float(x), float(y)


def _keep(ax: Axes, pie: _Pie) -> None:
    """Remember each pie text as the chart made it (once per layout)."""
    if getattr(ax, _KEPT, None) is not None:
        return
    texts = [*pie.inside, *pie.outside]
    kept = {
        text: _Kept(
            str(text.get_text()),
            (float(text.get_unitless_position()[0]), float(text.get_unitless_position()[1])),
            text.get_color(),
            text.get_horizontalalignment(),
            text.get_visible(),
        )
        for text in texts
    }
    setattr(ax, _KEPT, kept)


def _take_off(text: Text, wedge: Wedge, pie: _Pie, ax: Axes) -> None:
    """Move a text that does not fit its wedge beside the wedge's name, or outside."""
    name = pie.names.get(wedge)
    if name is not None:
        name.set_text(f"{name.get_text()} {text.get_text()}")
        text.set_visible(False)
        return
    angle = _middle(wedge)
    distance = wedge.r * 1.1
    text.set_position(
        (wedge.center[0] + distance * math.cos(angle), wedge.center[1] + distance * math.sin(angle))
    )
    text.set_horizontalalignment("left" if math.cos(angle) >= 0 else "right")
    text.set_color(getattr(text, OFF_WEDGE_INK, None) or ax.xaxis.label.get_color())
    pie.outside.append(text)
    pie.names[wedge] = text
    del pie.inside[text]


def _spread(ax: Axes, pie: _Pie, side: int, renderer: Any) -> bool:
    """Move apart the names on one side of the pie (-1 left, 1 right) that touch."""
    centre_x = float(np.mean([wedge.center[0] for wedge in pie.wedges]))
    texts = [
        text
        for text in pie.outside
        if text.get_visible() and (text.get_unitless_position()[0] - centre_x) * side > 0
    ]
    boxes = [text.get_window_extent(renderer) for text in texts]
    if not _touching(boxes):
        return False
    _keep(ax, pie)
    gap = max(box.height for box in boxes) + _PAD_PX
    centres = spread_labels([(box.y0 + box.y1) / 2 for box in boxes], gap)
    to_data = ax.transData.inverted()
    for text, box, centre in zip(texts, boxes, centres, strict=True):
        shift = centre - (box.y0 + box.y1) / 2
        anchor = ax.transData.transform(text.get_unitless_position())
        x, y = to_data.transform((anchor[0], anchor[1] + shift))
        text.set_position((_clear_of_the_pie(pie, x, y, side), y))
    return True


def _clear_of_the_wedges(ax: Axes, pie: _Pie, text: Text, renderer: Any) -> bool:
    """Move a name that reaches over the pie out from its centre until it clears it."""
    if not text.get_visible() or not _over_the_pie(pie, text, renderer):
        return False
    _keep(ax, pie)
    centre = np.mean([wedge.center for wedge in pie.wedges], axis=0)
    radius = max(wedge.r for wedge in pie.wedges)
    x, y = np.asarray(text.get_unitless_position(), dtype=float) - centre
    along = np.array([x, y]) / (math.hypot(x, y) or 1.0)
    for _ in range(_CLEARING_STEPS):
        x, y = np.array([x, y]) + along * radius * _CLEARING_STEP
        text.set_position((centre[0] + x, centre[1] + y))
        if not _over_the_pie(pie, text, renderer):
            break
    return True


def _over_the_pie(pie: _Pie, text: Text, renderer: Any) -> bool:
    box = text.get_window_extent(renderer)
    return any(_share_on(box, wedge) > 0 for wedge in pie.wedges)


def _touching(boxes: list[Bbox]) -> bool:
    padded = [box.padded(_PAD_PX / 2) for box in boxes]
    return any(
        first.overlaps(second) for i, first in enumerate(padded) for second in padded[i + 1 :]
    )


def _clear_of_the_pie(pie: _Pie, x: float, y: float, side: int) -> float:
    """Return ``x``, or the nearest x on ``side`` at height ``y`` beyond the pie's edge."""
    reach = 0.0
    for wedge in pie.wedges:
        rise = y - wedge.center[1]
        if abs(rise) < wedge.r:
            reach = max(reach, side * wedge.center[0] + math.sqrt(wedge.r**2 - rise**2) * 1.05)
    return x if side * x >= reach else side * reach
