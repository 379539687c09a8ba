"""Inline charts in table cells: bars (``bars=`` and ``Styler.bar``) and sparklines.

Lengths are points on the table's :class:`~housestyle.tables._surface.Surface`, y
downwards; each chart sits in its cell's box as the layout placed it.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from ._css import BarSpan
from ._layout import Placed, TableLayout
from ._surface import Ink, Surface

__all__ = ["draw_inline_charts"]


def _bar_room(layout: TableLayout, p: Placed) -> tuple[float, float]:
    """Left and right edge, in points, of the room a bar column's bars have."""
    label = p.label_width + layout.metrics.bar_gap if p.options["label"] else 0.0
    return p.left + label, p.right


def _bar(
    ax: Surface, layout: TableLayout, r: int, c: int, x: tuple[float, float], look: tuple
) -> None:
    """One bar in row ``r`` from ``x[0]`` to ``x[1]``; ``look`` is (colour, height share)."""
    colour, share = look
    m = layout.metrics
    height = m.bar_height * m.pitch * share
    middle = layout.row_tops[r] + m.pad_y + m.pitch / 2
    ax.add(
        Rectangle(
            (x[0], middle - height / 2),
            x[1] - x[0],
            height,
            facecolor=colour,
            edgecolor="none",
            linewidth=0,
            zorder=2,
            gid=f"housestyle-table-bar-{r}-{c}",
        )
    )


def _zero_line(ax: Surface, layout: TableLayout, c: int, x: float, ink: Ink) -> None:
    """The line the bars of column ``c`` grow from, down the body."""
    bottom = layout.row_tops[-1] + layout.row_heights[-1] if layout.lines else layout.height
    ax.add(
        Line2D(
            (x, x),
            (layout.body_top, bottom),
            color=ink.brand.colours.axis,
            linewidth=ink.brand.lines.gridline,
            zorder=2.5,
            gid=f"housestyle-table-zero-{c}",
        )
    )


def _value_bars(ax: Surface, layout: TableLayout, c: int, p: Placed, ink: Ink) -> None:
    """Bars of ``bars=``: each value from zero, on the column's domain."""
    opts = p.options
    left, right = _bar_room(layout, p)
    low, high = opts["domain"]
    span = (high - low) or 1.0

    def at(value: float) -> float:
        return left + (min(max(value, low), high) - low) / span * (right - left)

    zero = at(0.0)
    for r in range(len(layout.lines)):
        value = opts["values"][r]
        if value is not None and np.isfinite(value):
            colour = opts["colours"][0] if value >= 0 else opts["colours"][1]
            _bar(ax, layout, r, c, (zero, at(value)), (colour, 1.0))
    _zero_line(ax, layout, c, zero, ink)


def _baseline(spans: list[BarSpan]) -> float:
    """Where ``Styler.bar``'s bars start: the edge most of them share (leftmost on a tie)."""
    edges = [edge for s in spans for edge in (round(s.start, 6), round(s.end, 6))]
    return min(set(edges), key=lambda edge: (-edges.count(edge), edge))


def _styler_bars(ax: Surface, layout: TableLayout, c: int, p: Placed, ink: Ink) -> None:
    """Bars of ``Styler.bar``: drawn where the Styler put them, in its colours."""
    left, right = _bar_room(layout, p)
    spans = p.options["spans"][: len(layout.lines)]

    def at(share: float) -> float:
        return left + share * (right - left)

    for r, span in enumerate(spans):
        if span is not None and span.end > span.start:
            _bar(ax, layout, r, c, (at(span.start), at(span.end)), (span.colour, span.height))
    drawn = [span for span in spans if span is not None]
    if drawn:
        _zero_line(ax, layout, c, at(_baseline(drawn)), ink)


def _bars(ax: Surface, layout: TableLayout, c: int, p: Placed, ink: Ink) -> None:
    if "spans" in p.options:
        _styler_bars(ax, layout, c, p, ink)
    else:
        _value_bars(ax, layout, c, p, ink)


def _scale(values: np.ndarray, opts: dict, box: tuple) -> tuple[np.ndarray, Callable]:
    """The x of each value and the y of any value, in the cell's ``box``."""
    left, right, top, bottom = box
    low, high = opts["domain"] if opts["shared"] else opts["row_domain"](values)
    span = (high - low) or 1.0

    def y_of(v: np.ndarray | float) -> np.ndarray:
        share = (np.asarray(v, dtype=float) - low) / span
        if high == low:
            return np.full_like(share, (top + bottom) / 2)
        return top + (share if opts["invert"] else 1 - share) * (bottom - top)

    xs = np.linspace(left, right, len(values)) if len(values) > 1 else np.array([left])
    return xs, y_of


def _cell_box(layout: TableLayout, p: Placed, r: int, radius: float) -> tuple:
    """The box (left, right, top, bottom) a row's sparkline is drawn in, in points."""
    m = layout.metrics
    middle = layout.row_tops[r] + layout.row_heights[r] / 2
    half = m.em(p.options["height"]) / 2 - radius
    return (p.left + radius, p.right - radius, middle - half, middle + half)


def _line(ax: Surface, xs: np.ndarray, ys: np.ndarray, p: Placed, where: str, ink: Ink) -> None:
    ax.add(
        Line2D(
            xs,
            ys,
            color=p.options["colour"],
            linewidth=ink.brand.lines.data * 0.6,
            drawstyle="steps-post" if p.options["kind"] == "step" else "default",
            solid_joinstyle="round",
            solid_capstyle="round",
            zorder=2,
            gid=f"housestyle-table-spark-{where}",
        )
    )


def _columns(
    ax: Surface, xs: np.ndarray, values: np.ndarray, y_of: Callable, p: Placed, where: str
) -> None:
    """One bar from zero for each value, centred on its x, 70% of the step wide."""
    step = (xs[1] - xs[0]) if len(xs) > 1 else (p.right - p.left)
    width = 0.7 * step
    zero = float(y_of(0.0))
    for i, (x, value) in enumerate(zip(xs, values, strict=True)):
        if np.isfinite(value) and value != 0:
            y = float(y_of(value))
            ax.add(
                Rectangle(
                    (x - width / 2, min(zero, y)),
                    width,
                    abs(y - zero),
                    facecolor=p.options["colour"],
                    edgecolor="none",
                    linewidth=0,
                    zorder=2,
                    gid=f"housestyle-table-column-{where}-{i}",
                )
            )


def _sparkline(ax: Surface, layout: TableLayout, c: int, p: Placed, ink: Ink) -> None:
    radius = layout.metrics.marker / 2
    for r in range(len(layout.row_tops[: len(layout.lines)])):
        values = p.options["values"][r]
        if values is None or not np.isfinite(values).any():
            continue
        box = _cell_box(layout, p, r, radius)
        if p.options["kind"] == "column":
            step = (box[1] - box[0]) / max(len(values) - 1, 1)
            box = (box[0] + 0.35 * step - radius, box[1] - 0.35 * step + radius, *box[2:])
            xs, y_of = _scale(values, p.options, box)
            _columns(ax, xs, values, y_of, p, f"{r}-{c}")
        else:
            xs, y_of = _scale(values, p.options, box)
            _line(ax, xs, y_of(values), p, f"{r}-{c}", ink)
        _markers(ax, values, (xs, y_of), p.options, (r, c), radius, ink)


def _picks(values: np.ndarray, name: str) -> np.ndarray:
    """The indices a marker names: first, last, min, max, or every zero."""
    finite = np.flatnonzero(np.isfinite(values))
    if name == "zero":
        return finite[values[finite] == 0]
    picks = {
        "first": finite[0],
        "last": finite[-1],
        "min": finite[np.argmin(values[finite])],
        "max": finite[np.argmax(values[finite])],
    }
    return np.array([picks[name]])


def _markers(
    ax: Surface,
    values: np.ndarray,
    scale: tuple[np.ndarray, Callable],
    opts: dict,
    where: tuple[int, int],
    radius: float,
    ink: Ink,
) -> None:
    xs, y_of = scale
    for name in opts["markers"]:
        picked = _picks(values, name)
        if not picked.size:
            continue
        colour = opts["colour"] if name in ("first", "last") else opts["extreme_colour"]
        ax.add(
            Line2D(
                xs[picked],
                y_of(values[picked]),
                marker="o",
                markersize=2 * radius / ink.scale,  # at scale 1: finalise scales it
                markerfacecolor=colour,
                markeredgecolor=ink.brand.colours.background,
                markeredgewidth=0.5,
                linestyle="none",
                zorder=2.6,
                gid=f"housestyle-table-marker-{name}-{where[0]}-{where[1]}",
            )
        )


def draw_inline_charts(ax: Surface, layout: TableLayout, ink: Ink) -> None:
    """Draw the bars and sparklines of every inline chart column of ``layout``."""
    if not layout.lines:
        return
    for c, p in enumerate(layout.placed):
        if p.kind == "bar":
            _bars(ax, layout, c, p, ink)
        elif p.kind == "spark":
            _sparkline(ax, layout, c, p, ink)
