"""Tick labels that would collide at a small size: thinned, wrapped, or named.

After the layout engine has placed the axes, each axis' tick labels are measured
where they will be drawn. When neighbours would touch:

- numbers and dates are thinned: every other label is left out (every third, and so
  on, until they clear), keeping the one at zero where there is one; the ticks and
  gridlines stay;
- category labels along the x axis that hold spaces are wrapped onto more lines to
  the room between their ticks;
- a heatmap's column labels that cannot wrap are turned on their side, as seaborn's
  heatmap turns them when they collide at the size it was made at;
- category labels that still collide cannot be dropped (the reader would not know
  which bar is which), so a :class:`~housestyle.errors.LayoutWarning` names the fix:
  flip the chart so that they run down the side, shorten them, or use a larger
  preset.

Before the layout, an axis of whole-number data (years, counts: see
:func:`housestyle.ink.is_whole_number_axis`) left to matplotlib's default locator is
stepped by whole numbers (:func:`step_whole_numbers`), so it never labels half a year.

This is done at each draw (see :mod:`.fitting`), from the labels the chart's formatter
gives, so a figure laid out again at a larger size gets every label back. It works
through the axis' formatter (wrapped, and unwrapped before the next layout), so
matplotlib's own drawing and layout see the labels as drawn.
"""

from __future__ import annotations

import math
import warnings
from typing import Any, Literal

import numpy as np
from matplotlib import dates
from matplotlib.axis import Axis, XAxis
from matplotlib.collections import QuadMesh
from matplotlib.text import Text
from matplotlib.ticker import AutoLocator, Formatter, MaxNLocator
from matplotlib.transforms import Bbox

from ..errors import LayoutWarning
from ..ink import (
    TICK_GAP_EMS,
    FittedFormatter,
    TextMeasure,
    chart_formatter,
    is_number_label,
    is_whole_number_axis,
    upright_size,
    wrap_words,
)
from ..units import POINTS_PER_INCH

__all__ = [
    "Fit",
    "FittedFormatter",
    "fit_axis",
    "is_number_label",
    "step_whole_numbers",
    "unfit",
    "warn_if_colliding",
    "wrap_words",
]

_TURNED = "_housestyle_turned"  # on an axis whose labels fit_axis turned: their own angle
_DATE_FORMATTERS = (dates.DateFormatter, dates.AutoDateFormatter, dates.ConciseDateFormatter)


class WholeSteps(MaxNLocator):
    """matplotlib's default locator, stepping by whole numbers; keeps the one it replaced."""

    def __init__(self, replaced: MaxNLocator):
        super().__init__(nbins="auto", steps=[1, 2, 2.5, 5, 10], integer=True)
        self.replaced = replaced


def step_whole_numbers(axis: Axis) -> None:
    """Step an axis of whole-number data by whole numbers, if its locator is the default.

    Only matplotlib's own default (an :class:`~matplotlib.ticker.AutoLocator` the chart
    did not replace) is changed: a locator the author chose is theirs. :func:`unfit`
    puts the default back, so the axis is judged again at each layout.
    """
    locator = axis.major.locator
    if type(locator) is not AutoLocator or not is_whole_number_axis(axis.axes, _index(axis)):
        return
    whole = WholeSteps(locator)
    whole.set_axis(axis)
    axis.major.locator = whole
    axis.stale = True


def _index(axis: Axis) -> int:
    return 0 if isinstance(axis, XAxis) else 1


def unfit(axis: Axis) -> None:
    """Give the axis its chart's own locator, formatter and label angle back (a fresh layout)."""
    locator = axis.major.locator
    if isinstance(locator, WholeSteps):
        axis.major.locator = locator.replaced
    formatter = axis.major.formatter
    if isinstance(formatter, FittedFormatter):
        axis.major.formatter = formatter.inner
    own = getattr(axis, _TURNED, None)
    if own is not None:
        delattr(axis, _TURNED)
        axis.set_tick_params(which="major", labelrotation=own)


def _shown_labels(axis: Axis) -> tuple[list[float], list[Text]]:
    """The positions and labels of the axis' major ticks inside its view, with text.

    The labels' texts are brought up to date from the formatter first (a layout
    engine need not have drawn them).
    """
    axis.get_majorticklabels()  # updates the ticks' texts from the formatter
    locs = np.asarray(axis.get_majorticklocs(), dtype=float)
    low, high = sorted(axis.get_view_interval())
    span = (high - low) * 1e-9
    inside = [i for i, loc in enumerate(locs) if low - span <= loc <= high + span]
    ticks = axis.get_major_ticks(len(locs))
    pairs = [(float(locs[i]), _shown_label(ticks[i])) for i in inside]
    pairs = [(loc, label) for loc, label in pairs if label.get_visible() and label.get_text()]
    return [loc for loc, _ in pairs], [label for _, label in pairs]


def _shown_label(tick: Any) -> Text:
    """The tick's label on the side it is drawn: the first, or the second (right, top)."""
    return (
        tick.label2 if tick.label2.get_visible() and not tick.label1.get_visible() else tick.label1
    )


def _extents(axis: Axis, labels: list[Text], measure: TextMeasure) -> list[tuple[float, float]]:
    """Each label's extent in the direction its neighbours lie, in pixels, as a reader sees it.

    Along the x axis a level label's box is its length; up the y axis it is its line box,
    which holds the font's whole ascent and descent (room for accents and descenders
    above and below the type, 1.2 to 1.3 ems in most faces); neighbours touch when their
    type does, so the box is trimmed at each end to the ink of an ascender and a
    descender ("lp"), about 0.9 em. A label on its side runs up the y axis: its box is
    its length, and across the x axis: its box is its height. A label at a slant is
    clear of its neighbour, a parallel line of type, when they are apart across the
    type: its extent is its trimmed line box across its own slant (:func:`_across`).
    """
    renderer = measure.renderer
    boxes = [label.get_window_extent(renderer) for label in labels]
    x_axis = isinstance(axis, XAxis)
    spans = []
    for label, box in zip(labels, boxes, strict=True):
        angle = label.get_rotation() % 180
        if angle not in (0, 90):
            spans.append(_across(label, box, renderer))
        elif x_axis:
            spans.append((box.x0, box.x1))
        elif angle == 90:  # on its side: the box runs along its type
            spans.append((box.y0, box.y1))
        else:
            trim = _leading_trim(label, box.height, renderer)
            spans.append((box.y0 + trim, box.y1 - trim))
    return spans


def _leading_trim(label: Text, height: float, renderer: Any) -> float:
    """What a label's line box holds above and below the ink of "lp", at each end."""
    per_line = height / (label.get_text().count("\n") + 1)
    _, ink, _ = renderer.get_text_width_height_descent("lp", label.get_fontproperties(), False)
    return max(0.0, (per_line - ink) / 2)


def _across(label: Text, box: Bbox, renderer: Any) -> tuple[float, float]:
    """A slanted label's extent across its type: its trimmed line box, on its normal.

    Its window extent is the upright box around the turned one, whose centre it
    shares; the line box's height is measured upright.
    """
    _, height = upright_size(label, box, renderer)
    half = height / 2 - _leading_trim(label, height, renderer)
    theta = math.radians(label.get_rotation())
    centre = -math.sin(theta) * (box.x0 + box.x1) / 2 + math.cos(theta) * (box.y0 + box.y1) / 2
    return (centre - half, centre + half)


def _collide(spans: list[tuple[float, float]], gap: float) -> bool:
    ordered = sorted(spans)
    return any(b[0] - a[1] < gap for a, b in zip(ordered, ordered[1:], strict=False))


def _gap(labels: list[Text], axis: Axis) -> float:
    size = float(labels[0].get_fontsize())
    em = size * axis.figure.dpi / POINTS_PER_INCH
    return TICK_GAP_EMS * em if isinstance(axis, XAxis) else 0.0


#: What :func:`fit_axis` found: labels clear of each other, labels it thinned or
#: wrapped (the layout must run again), labels it thinned within the extent they had
#: (the layout, which reads only that extent, stands), or labels that collide and
#: cannot be fitted.
Fit = Literal["clear", "fitted", "thinned", "stuck"]


def fit_axis(axis: Axis, measure: TextMeasure) -> Fit:
    """Wrap or thin the axis' labels if they collide, and say which it was."""
    locs, labels = _shown_labels(axis)
    if len(labels) < 2:
        return "clear"
    gap = _gap(labels, axis)
    spans = _extents(axis, labels, measure)
    if not _collide(spans, gap):
        return "clear"
    current = axis.major.formatter
    if current is None:
        return "stuck"
    fitted = current if isinstance(current, FittedFormatter) else FittedFormatter(current)
    texts = [label.get_text() for label in labels]
    thinning = all(is_number_label(t) for t in texts) or _is_dates(fitted.inner)
    before = _extent(labels, measure) if thinning else None  # measured before they change
    if thinning:
        _thin(fitted, axis, spans, gap)
    elif _can_wrap(axis, labels, fitted):
        _wrap(fitted, axis, locs, labels, measure)
    elif _heatmap_columns(axis, labels):
        return _turn(axis, labels, 90.0)
    else:
        return "stuck"
    axis.major.formatter = fitted
    fitted.set_axis(axis)
    if thinning and _extent(_shown_labels(axis)[1], measure) == before:
        return "thinned"  # the labels kept fill the box all filled
    return "fitted"


def _extent(labels: list[Text], measure: TextMeasure) -> tuple[float, ...] | None:
    """The box around the labels' boxes, in pixels: what a layout engine reads of them."""
    boxes = [label.get_window_extent(measure.renderer) for label in labels]
    if not boxes:
        return None
    return tuple(Bbox.union(boxes).bounds)


def _is_dates(formatter: Formatter) -> bool:
    """True for matplotlib's date formatters, also when written in a locale."""
    return isinstance(chart_formatter(formatter), _DATE_FORMATTERS)


def _thin(
    fitted: FittedFormatter, axis: Axis, spans: list[tuple[float, float]], gap: float
) -> None:
    """Keep every n-th label, n just enough for the widest to clear its kept neighbour.

    Counted over every tick the formatter labels, from the one nearest zero.
    """
    centres = sorted((a + b) / 2 for a, b in spans)
    pitch = min(b - a for a, b in zip(centres, centres[1:], strict=False)) or 1.0
    widest = max(b - a for a, b in spans)
    fitted.step *= max(2, math.ceil((widest + gap) / pitch))
    locs = np.asarray(axis.get_majorticklocs(), dtype=float)
    low, high = sorted(axis.get_view_interval())
    inside = [i for i, loc in enumerate(locs) if low <= loc <= high] or list(range(len(locs)))
    zero = min(inside, key=lambda i: abs(locs[i]))
    fitted.keep = zero % fitted.step


def _heatmap_columns(axis: Axis, labels: list[Text]) -> bool:
    """True for upright x tick labels, not turned here yet, of an axes showing an image."""
    ax = axis.axes
    image = bool(ax.get_images()) or any(isinstance(c, QuadMesh) for c in ax.collections)
    return (
        isinstance(axis, XAxis)
        and image
        and getattr(axis, _TURNED, None) is None
        and all(label.get_rotation() % 180 == 0 for label in labels)
    )


def _turn(axis: Axis, labels: list[Text], angle: float) -> Fit:
    """Set the axis' labels at ``angle``, remembering their own for :func:`unfit`."""
    setattr(axis, _TURNED, float(labels[0].get_rotation()))
    axis.set_tick_params(which="major", labelrotation=angle)
    return "fitted"


def _can_wrap(axis: Axis, labels: list[Text], fitted: FittedFormatter) -> bool:
    horizontal = all(label.get_rotation() % 180 == 0 for label in labels)
    spaced = any(" " in label.get_text() for label in labels)
    return isinstance(axis, XAxis) and horizontal and spaced and fitted.wrap is None


def _wrap(
    fitted: FittedFormatter,
    axis: Axis,
    locs: list[float],
    labels: list[Text],
    measure: TextMeasure,
) -> None:
    """Wrap words to the room between neighbouring ticks, in points."""
    pixels = axis.axes.transData.transform([(loc, 0) for loc in locs])[:, 0]
    pitch = float(np.min(np.diff(np.sort(pixels)))) if len(pixels) > 1 else axis.axes.bbox.width
    gap = _gap(labels, axis)
    fitted.wrap = max((pitch - gap) * POINTS_PER_INCH / axis.figure.dpi, 1.0)
    fitted.measure = measure
    fitted.props = labels[0].get_fontproperties()


def warn_if_colliding(axis: Axis, measure: TextMeasure) -> None:
    """Warn, naming the fix, when the axis' labels still collide after fitting."""
    _, labels = _shown_labels(axis)
    if len(labels) < 2 or not _collide(_extents(axis, labels, measure), 0.0):
        return
    name = "x" if isinstance(axis, XAxis) else "y"
    shown = ", ".join(repr(label.get_text().replace("\n", " ")) for label in labels[:3])
    fix = (
        "flip the chart so the categories run down the side (ax.barh, or coord_flip() "
        "in plotnine), shorten the labels, or use a larger preset"
        if name == "x"
        else "use a taller preset, fewer categories, or shorter title and subtitle"
    )
    warnings.warn(
        f"the {name} axis' tick labels ({shown}...) collide at this size; {fix}",
        LayoutWarning,
        stacklevel=2,
    )
