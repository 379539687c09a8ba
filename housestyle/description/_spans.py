"""Marks that are not data of their own: references drawn as segments, lines' markers.

A chart's own data may be drawn as segments: a lollipop's stems, a dumbbell's bars,
error bars, a waterfall's steps. Beside a line or bars, a segment may instead mark
something on the chart: the average over a period (a level drawn across some years),
the start of a presidency (a rule up from the axis). A reader takes those as reference
lines, as they would ``axhline`` and ``axvline``, and so does :func:`spans_as_references`:

- a segment that runs along the axis the other marks are placed on (across the years
  of a line chart) marks the level it is drawn at;
- a segment drawn dashed in a neutral colour, the convention for a reference, marks
  its place, and so does a dashed neutral line of two points, flat or upright
  (``ax.plot([first, last], [100, 100], "--")``).

Only segments at places that are numbers or dates are references; one at a category
is that category's data. Points drawn at every point of a line of their colour
(``ax.plot`` and ``ax.scatter`` of the same data, ``geom_line() + geom_point()``) are
its markers (:func:`markers_on_lines`), not a series of their own. A line at zero
along the values of bars is where they start (:func:`baselines_dropped`), as a bar
chart's axis line is: nothing a reader is pointed to.
"""

from __future__ import annotations

from typing import Any

from ._model import Marks, Reading, is_number
from ._numbers import is_time

__all__ = ["baselines_dropped", "markers_on_lines", "spans_as_references"]


def spans_as_references(reading: Reading) -> None:
    """Turn the segments of ``reading`` that mark levels or moments into references."""
    others = [m for m in reading.marks if m.kind != "range"]
    if not others:
        return  # a chart of segments only: they are its data (a waterfall, a timeline)
    across = {m.horizontal for m in others}
    kept: list[Marks] = []
    for marks in reading.marks:
        rule = _rule(marks)
        if marks.kind == "range" and _marks_a_place(marks, across):
            axis = "y" if marks.horizontal else "x"
            places = marks.y if marks.horizontal else marks.x
            reading.references += [(axis, place) for place in dict.fromkeys(places)]
        elif rule is not None:
            reading.references.append(rule)
        else:
            kept.append(marks)
    reading.marks = kept


def baselines_dropped(reading: Reading) -> None:
    """Drop the reference lines at zero on the axis bars measure: the bars' baseline.

    ``ax.axvline(0)`` under horizontal bars draws the line they start from; a
    ``geom_hline(yintercept=0)`` under columns does the same.
    """
    measured = {"x" if m.horizontal else "y" for m in reading.marks if m.kind == "bar"}
    reading.references = [
        (axis, at)
        for axis, at in reading.references
        if not (axis in measured and is_number(at) and float(at) == 0)
    ]


def _rule(marks: Marks) -> tuple[str, Any] | None:
    """A dashed neutral line of two points, flat or upright: (axis, where), else None."""
    if marks.kind != "line" or len(marks) != 2 or not marks.dashed or marks.highlighted:
        return None
    for axis, places in (("y", marks.y), ("x", marks.x)):
        if _numeric(places[0]) and places[0] == places[1]:
            return axis, places[0]
    return None


def _marks_a_place(marks: Marks, others_horizontal: set[bool]) -> bool:
    places = marks.y if marks.horizontal else marks.x
    if not places or not all(_numeric(place) for place in places):
        return False
    along_their_places = others_horizontal == {not marks.horizontal}
    return along_their_places or (marks.dashed and not marks.highlighted)


def _numeric(value: Any) -> bool:
    return is_number(value) or is_time(value)


def markers_on_lines(reading: Reading) -> None:
    """Drop the points drawn on a line at each of its points: its markers, not data."""
    lines = [m for m in reading.marks if m.kind == "line"]
    reading.marks = [m for m in reading.marks if not _markers(m, lines)]


def _markers(marks: Marks, lines: list[Marks]) -> bool:
    """True for points on a line of their panel and series (unnamed dots: on any line)."""
    if marks.kind != "point" or marks.value is not None or not lines:
        return False
    points = set(zip(marks.x, marks.y, strict=False))
    mine = [line for line in lines if line.facet == marks.facet]
    same = [line for line in mine if line.series == marks.series]
    if any(points <= set(zip(line.x, line.y, strict=False)) for line in same):
        return True
    on_any = {point for line in mine for point in zip(line.x, line.y, strict=False)}
    return not marks.series and points <= on_any
