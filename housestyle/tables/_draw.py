"""Drawing a laid-out table: fills, rules and text, in points with y downwards.

The inline charts are drawn by :mod:`housestyle.tables._inline`.
"""

from __future__ import annotations

from typing import Any

from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from ..brand import Brand
from ..ink import best_ink
from ._css import CellStyle
from ._inline import draw_inline_charts
from ._layout import Placed, TableLayout
from ._surface import Ink, Surface

__all__ = ["Ink", "Surface", "draw_table"]

_CAP_CENTRE = 0.36  # of the type size: the middle of a capital, above the baseline


def _text_colour(cell_style: CellStyle, default: str, brand: Brand) -> Any:
    """The cell's own colour; else on a fill, the brand text or background colour that reads."""
    if cell_style.colour is not None:
        return cell_style.colour
    if cell_style.background is None:
        return default
    return best_ink(cell_style.background, brand)


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


def _fills(ax: Surface, layout: TableLayout) -> None:
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


def _rules(ax: Surface, layout: TableLayout, ink: Ink) -> None:
    colours, lines = ink.brand.colours, ink.brand.lines
    span = (0.0, layout.width)
    for r, (top, height) in enumerate(zip(layout.row_tops, layout.row_heights, strict=True)):
        _rule(
            ax,
            span,
            top + height,
            colours.gridline,
            lines.gridline,
            f"housestyle-table-rule-{r}",
        )
    if layout.header_tops:
        _rule(
            ax,
            span,
            layout.body_top,
            colours.axis,
            ink.brand.tables.header_rule,  # finalise scales it as layout.metrics does
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
            lines.gridline,
            f"housestyle-table-spanner-rule-{s.level}-{s.first}",
        )


# --------------------------------------------------------------------------- #
# Text
# --------------------------------------------------------------------------- #


def _header(ax: Surface, layout: TableLayout, ink: Ink) -> None:
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


def _cell(ax: Surface, layout: TableLayout, ink: Ink, r: int, c: int) -> None:
    """Draw the text of the cell in row ``r``, column ``c``.

    A bar column's numbers are right-aligned before their bars; other cells sit as
    their column or their style aligns them.
    """
    p, lines = layout.placed[c], layout.lines[r][c]
    cell = p.column.cells[r]
    default = ink.brand.colours.muted_text if cell.missing else ink.brand.colours.text
    align = cell.style.align or p.align
    x = p.left + p.label_width if p.kind == "bar" else _anchor(p, align)
    _text(
        ax,
        ink,
        lines,
        x,
        layout.row_tops[r] + layout.metrics.pad_y,
        pitch=layout.metrics.pitch,
        type_size=layout.metrics.size,
        style=cell.style,
        ha="right" if p.kind == "bar" else align,
        color=_text_colour(cell.style, default, ink.brand),
        zorder=3,
        gid=f"housestyle-table-{'index' if p.kind == 'stub' else 'cell'}-{r}-{c}",
    )


def _empty_note(ax: Surface, layout: TableLayout, ink: Ink, note: str) -> None:
    """Say that the table has no rows, under its header."""
    m = layout.metrics
    _text(
        ax,
        ink,
        [note],
        layout.placed[0].left,
        layout.body_top + m.pad_y,
        pitch=m.pitch,
        type_size=m.size,
        style=CellStyle(italic=True),
        ha="left",
        color=ink.brand.colours.muted_text,
        zorder=3,
        gid="housestyle-table-empty",
    )


def _body(ax: Surface, layout: TableLayout, ink: Ink) -> None:
    for r, row in enumerate(layout.lines):
        for c, lines in enumerate(row):
            if lines:
                _cell(ax, layout, ink, r, c)
    if layout.empty_note:
        _empty_note(ax, layout, ink, layout.empty_note)


def draw_table(ax: Surface, layout: TableLayout, ink: Ink) -> None:
    """Draw fills, rules, text and inline charts of ``layout`` onto ``ax``."""
    _fills(ax, layout)
    _rules(ax, layout, ink)
    _header(ax, layout, ink)
    _body(ax, layout, ink)
    draw_inline_charts(ax, layout, ink)
