"""Drawing a laid-out table onto an Axes whose data units are points, y downwards."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from matplotlib.artist import Artist
from matplotlib.colors import to_rgba
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from matplotlib.transforms import Transform

from ..brand import Brand
from ..colour import contrast_ratio
from .css import CellStyle
from .layout import Layout, Placed

__all__ = ["Ink", "Surface", "draw_table"]

_CAP_CENTRE = 0.36  # of the type size: the middle of a capital, above the baseline
_BAR_HEIGHT = 0.62  # of the line pitch
_MARKER = 0.36  # marker diameter, in ems


@dataclass(frozen=True)
class Ink:
    """The pens a table draws with, in points at the output size."""

    brand: Brand
    families: tuple[str, ...]
    size: float  # type size drawn (before finalise multiplies text by type_scale)
    scale: float  # the preset's type scale, for line widths

    def props(self, bold: bool, italic: bool) -> FontProperties:
        return FontProperties(
            family=list(self.families),
            size=self.size,
            weight="bold" if bold else "normal",
            style="italic" if italic else "normal",
        )


class Surface:
    """Where a table is drawn: figure-level artists through a points transform.

    No Axes: a table needs no data limits, and an Axes costs more to make than the
    whole table takes to draw.
    """

    def __init__(self, fig: Any, transform: Transform):
        self.fig = fig
        self.transform = transform

    def add(self, artist: Artist) -> None:
        artist.set_transform(self.transform)
        artist.set_clip_on(False)
        self.fig.add_artist(artist)

    def text(self, x: float, y: float, text: str, **kw: Any) -> None:
        kw.pop("clip_on", None)
        self.add(Text(x, y, text, parse_math=False, **kw))  # "$5" is money, not maths


def _blend(colour: tuple, background: str) -> tuple[float, float, float]:
    r, g, b, a = colour
    base = to_rgba(background)
    return tuple(a * c + (1 - a) * k for c, k in zip((r, g, b), base[:3], strict=True))


def _text_colour(cell_style: CellStyle, default: str, brand: Brand) -> Any:
    """The cell's own colour; else on a fill, the brand text or background colour that reads."""
    if cell_style.colour is not None:
        return cell_style.colour
    if cell_style.background is None:
        return default
    fill = _blend(cell_style.background, brand.colours.background)
    dark, light = brand.colours.text, brand.colours.background
    return max((dark, light), key=lambda ink: contrast_ratio(ink, fill))


def _text(ax: Surface, ink: Ink, lines: list[str], x: float, top: float, **kw: Any) -> None:
    """Draw ``lines`` from content top ``top``, each on its own baseline."""
    m_pitch, size = kw.pop("pitch"), kw.pop("type_size")
    style: CellStyle = kw.pop("style")
    props = ink.props(bool(style.bold), bool(style.italic))
    for k, line in enumerate(lines):
        baseline = top + k * m_pitch + m_pitch / 2 + _CAP_CENTRE * size
        ax.text(x, baseline, line, fontproperties=props, va="baseline", clip_on=False, **kw)


def _anchor(p: Placed, align: str) -> float:
    return {"left": p.left, "right": p.right, "center": (p.left + p.right) / 2}[align]


# --------------------------------------------------------------------------- #
# Fills and rules
# --------------------------------------------------------------------------- #


def _fills(ax: Surface, layout: Layout) -> None:
    for r, (top, height) in enumerate(zip(layout.row_tops, layout.row_heights, strict=False)):
        for c, p in enumerate(layout.placed):
            if r >= len(p.column.cells):
                continue
            fill = p.column.cells[r].style.background
            if fill is not None:
                ax.add(
                    Rectangle(
                        (p.x, top),
                        p.box,
                        height,
                        facecolor=fill,
                        edgecolor="none",
                        linewidth=0,
                        zorder=0.5,
                        gid=f"housestyle-table-fill-{r}-{c}",
                    )
                )


def _rule(
    ax: Surface, x: tuple[float, float], y: float, colour: str, width: float, gid: str
) -> None:
    ax.add(
        Line2D(x, (y, y), color=colour, linewidth=width, solid_capstyle="butt", zorder=1, gid=gid)
    )


def _rules(ax: Surface, layout: Layout, ink: Ink) -> None:
    colours, lines = ink.brand.colours, ink.brand.lines
    span = (0.0, layout.width)
    for r, (top, height) in enumerate(zip(layout.row_tops, layout.row_heights, strict=True)):
        _rule(
            ax,
            span,
            top + height,
            colours.gridline,
            lines.gridline * ink.scale,
            f"housestyle-table-rule-{r}",
        )
    if layout.header_tops:
        _rule(
            ax,
            span,
            layout.body_top,
            colours.axis,
            layout.metrics.header_rule,
            "housestyle-table-header-rule",
        )
    m = layout.metrics
    for s in layout.spanners:
        first, last = layout.placed[s.first], layout.placed[s.last]
        y = layout.header_tops[s.level + 1] - m.pad_y * 0.5
        _rule(
            ax,
            (first.left, last.right),
            y,
            colours.muted_text,
            lines.gridline * ink.scale,
            f"housestyle-table-spanner-rule-{s.level}-{s.first}",
        )


# --------------------------------------------------------------------------- #
# Text
# --------------------------------------------------------------------------- #


def _header(ax: Surface, layout: Layout, ink: Ink) -> None:
    if not layout.header_tops:
        return
    m, colours = layout.metrics, ink.brand.colours
    bottom = layout.body_top - m.pad_y
    for c, (p, lines) in enumerate(zip(layout.placed, layout.header_lines, strict=True)):
        style = p.column.header_styles[-1].over(CellStyle(bold=True))
        align = style.align or p.align
        _text(
            ax,
            ink,
            lines,
            _anchor(p, align),
            bottom - len(lines) * m.pitch,
            pitch=m.pitch,
            type_size=m.size,
            style=style,
            ha=align,
            color=_text_colour(style, colours.text, ink.brand),
            zorder=3,
            gid=f"housestyle-table-header-{c}",
        )
    for s in layout.spanners:
        first, last = layout.placed[s.first], layout.placed[s.last]
        bottom = layout.header_tops[s.level + 1] - m.pad_y
        _text(
            ax,
            ink,
            s.lines,
            (first.left + last.right) / 2,
            bottom - len(s.lines) * m.pitch,
            pitch=m.pitch,
            type_size=m.size,
            style=CellStyle(bold=True),
            ha="center",
            color=colours.text,
            zorder=3,
            gid=f"housestyle-table-spanner-{s.level}-{s.first}",
        )


def _body(ax: Surface, layout: Layout, ink: Ink) -> None:
    m, colours = layout.metrics, ink.brand.colours
    for r, top in enumerate(layout.row_tops[: len(layout.lines)]):
        for c, p in enumerate(layout.placed):
            lines = layout.lines[r][c]
            if not lines:
                continue
            cell = p.column.cells[r]
            default = colours.muted_text if cell.missing else colours.text
            align = cell.style.align or p.align
            x = p.left + p.label_width if p.kind == "bar" else _anchor(p, align)
            _text(
                ax,
                ink,
                lines,
                x,
                top + m.pad_y,
                pitch=m.pitch,
                type_size=m.size,
                style=cell.style,
                ha="right" if p.kind == "bar" else align,
                color=_text_colour(cell.style, default, ink.brand),
                zorder=3,
                gid=f"housestyle-table-{'index' if p.kind == 'stub' else 'cell'}-{r}-{c}",
            )
    if layout.empty_note:
        style = CellStyle(italic=True)
        _text(
            ax,
            ink,
            [layout.empty_note],
            layout.placed[0].left,
            layout.body_top + m.pad_y,
            pitch=m.pitch,
            type_size=m.size,
            style=style,
            ha="left",
            color=colours.muted_text,
            zorder=3,
            gid="housestyle-table-empty",
        )


# --------------------------------------------------------------------------- #
# Inline charts
# --------------------------------------------------------------------------- #


def _bars(ax: Surface, layout: Layout, c: int, p: Placed, ink: Ink) -> None:
    m, opts = layout.metrics, p.options
    left = p.left + (p.label_width + m.bar_gap if opts["label"] else 0.0)
    low, high = opts["domain"]
    span = (high - low) or 1.0

    def at(value: float) -> float:
        return left + (min(max(value, low), high) - low) / span * (p.right - left)

    zero = at(0.0)
    height = _BAR_HEIGHT * m.pitch
    for r, top in enumerate(layout.row_tops[: len(layout.lines)]):
        value = opts["values"][r]
        if value is None or not np.isfinite(value):
            continue
        colour = opts["colours"][0] if value >= 0 else opts["colours"][1]
        middle = top + m.pad_y + m.pitch / 2
        ax.add(
            Rectangle(
                (zero, middle - height / 2),
                at(value) - zero,
                height,
                facecolor=colour,
                edgecolor="none",
                linewidth=0,
                zorder=2,
                gid=f"housestyle-table-bar-{r}-{c}",
            )
        )
    bottom = layout.row_tops[-1] + layout.row_heights[-1] if layout.lines else layout.height
    ax.add(
        Line2D(
            (zero, zero),
            (layout.body_top, bottom),
            color=ink.brand.colours.axis,
            linewidth=ink.brand.lines.gridline * ink.scale,
            zorder=2.5,
            gid=f"housestyle-table-zero-{c}",
        )
    )


def _spark_points(values: np.ndarray, opts: dict, box: tuple) -> tuple[np.ndarray, np.ndarray]:
    left, right, top, bottom = box
    low, high = opts["domain"] if opts["shared"] else opts["row_domain"](values)
    span = (high - low) or 1.0
    share = (values - low) / span
    if not opts["invert"]:
        share = 1 - share
    xs = np.linspace(left, right, len(values)) if len(values) > 1 else np.array([left])
    ys = top + share * (bottom - top)
    if high == low:
        ys = np.full_like(values, (top + bottom) / 2)
    return xs, ys


def _sparkline(ax: Surface, layout: Layout, c: int, p: Placed, ink: Ink) -> None:
    m, opts = layout.metrics, p.options
    radius = m.em(_MARKER) / 2
    for r, top in enumerate(layout.row_tops[: len(layout.lines)]):
        values = opts["values"][r]
        if values is None or not np.isfinite(values).any():
            continue
        middle = top + layout.row_heights[r] / 2
        half = m.em(opts["height"]) / 2 - radius
        box = (p.left + radius, p.right - radius, middle - half, middle + half)
        xs, ys = _spark_points(values, opts, box)
        ax.add(
            Line2D(
                xs,
                ys,
                color=opts["colour"],
                linewidth=ink.brand.lines.data * ink.scale * 0.6,
                drawstyle="steps-post" if opts["kind"] == "step" else "default",
                solid_joinstyle="round",
                solid_capstyle="round",
                zorder=2,
                gid=f"housestyle-table-spark-{r}-{c}",
            )
        )
        _markers(ax, values, xs, ys, opts, (r, c), radius, ink)


def _markers(
    ax: Surface, values, xs, ys, opts: dict, where: tuple, radius: float, ink: Ink
) -> None:
    finite = np.flatnonzero(np.isfinite(values))
    picks = {
        "first": finite[0],
        "last": finite[-1],
        "min": finite[np.argmin(values[finite])],
        "max": finite[np.argmax(values[finite])],
    }
    for name in opts["markers"]:
        i = picks[name]
        colour = opts["colour"] if name in ("first", "last") else opts["extreme_colour"]
        ax.add(
            Line2D(
                [xs[i]],
                [ys[i]],
                marker="o",
                markersize=2 * radius,
                markerfacecolor=colour,
                markeredgecolor=ink.brand.colours.background,
                markeredgewidth=0.5 * ink.scale,
                linestyle="none",
                zorder=2.6,
                gid=f"housestyle-table-marker-{name}-{where[0]}-{where[1]}",
            )
        )


def draw_table(ax: Surface, layout: Layout, ink: Ink) -> None:
    """Draw fills, rules, text and inline charts of ``layout`` onto ``ax``."""
    _fills(ax, layout)
    _rules(ax, layout, ink)
    _header(ax, layout, ink)
    _body(ax, layout, ink)
    for c, p in enumerate(layout.placed):
        if p.kind == "bar" and layout.lines:
            _bars(ax, layout, c, p, ink)
        elif p.kind == "spark" and layout.lines:
            _sparkline(ax, layout, c, p, ink)
