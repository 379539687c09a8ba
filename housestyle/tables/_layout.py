"""Measuring a table: column widths from the text, wrapped lines, row heights.

Every length is in points at the output size. Text is measured with an Agg
renderer at the output dpi, in the brand's font, so widths are what is drawn.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from matplotlib.font_manager import FontProperties

from ..brand import Brand, SizePreset
from ..ink import TextMeasure
from ._model import ELLIPSIS, Column, Model
from ._widths import Give, fit

__all__ = ["TableLayout", "CellMeasure", "Metrics", "Placed", "Spanner", "lay_out", "metrics"]

_FIGURES = frozenset("0123456789.,+-\u2212%£$€")


@dataclass(frozen=True)
class Metrics:
    """The table's spacing in points at the output size, from the brand's ``tables``."""

    size: float
    pitch: float
    pad_x: float
    pad_y: float
    max_text: float
    min_text: float
    min_chart: float
    max_lines: int
    bar_gap: float
    header_rule: float
    bar_height: float
    marker: float

    def em(self, ems: float) -> float:
        return ems * self.size


def metrics(brand: Brand, preset: SizePreset) -> Metrics:
    """Return the spacing of a table of ``brand`` at ``preset``.

    Type is set in ``type.table`` points times the preset's type scale; spacing comes
    from the brand's ``tables`` section, in ems of that size, and the header rule in
    points times the preset's line scale.

    Examples
    --------
    >>> from housestyle import load_brand
    >>> brand = load_brand("ou")
    >>> m = metrics(brand, brand.preset("web"))
    >>> m.pad_y == brand.tables.pad_y * brand.type.table
    True
    """
    spacing, size = brand.tables, brand.type.table * preset.type_scale
    return Metrics(
        size=size,
        pitch=size * brand.type.line_spacing,
        pad_x=spacing.pad_x * size,
        pad_y=spacing.pad_y * size,
        max_text=spacing.max_text * size,
        min_text=spacing.min_text * size,
        min_chart=spacing.min_chart * size,
        max_lines=spacing.max_lines,
        bar_gap=spacing.bar_gap * size,
        header_rule=spacing.header_rule * preset.line_scale,
        bar_height=spacing.bar_height,
        marker=spacing.marker * size,
    )


class CellMeasure:
    """Measures and wraps a table's text at one size, in points, with a cache."""

    def __init__(self, families: list[str], size: float, dpi: float):
        self.text = TextMeasure(dpi)
        self.props = {
            (bold, italic): FontProperties(
                family=families,
                size=size,
                weight="bold" if bold else "normal",
                style="italic" if italic else "normal",
            )
            for bold in (False, True)
            for italic in (False, True)
        }

    def width(self, text: str, bold: bool = False, italic: bool = False) -> float:
        if len(text) > 1 and _FIGURES.issuperset(text):
            # Numbers: tabular figures do not kern, so a sum of advances is exact
            # enough for a column width, and far cheaper than laying out each one.
            return sum(self.width(char, bold, italic) for char in text)
        return self.text.width(text, self.props[bold, italic])

    def widest_line(self, text: str, bold: bool = False, italic: bool = False) -> float:
        return max((self.width(line, bold, italic) for line in text.split("\n")), default=0.0)

    def widest_label_word(self, text: str) -> float:
        """The narrowest a bold header ``text`` wraps to: its widest word (see ``wrap_label``)."""
        return max((self.width(word, bold=True) for word in _label_words(text)), default=0.0)

    def wrap_label(self, text: str, width: float, max_lines: int) -> list[str]:
        """Wrap a bold header like :meth:`wrap`, never leaving a figure that ends it alone.

        A last line that is one figure (the "1" of "stage 1") takes the word before
        it along: a figure belongs to the word it numbers.
        """
        lines = self.wrap(text, width, True, False, max_lines)
        if len(lines) < 2 or "\n" in text or not _is_lone_figure(lines[-1]):
            return lines
        head, _, word = lines[-2].rpartition(" ")
        joined = f"{word} {lines[-1]}"
        if self.width(joined, bold=True) > width:  # too narrow even for the two
            return lines
        return [*lines[:-2], head, joined] if head else [*lines[:-2], joined]

    def wrap(self, text: str, width: float, bold: bool, italic: bool, max_lines: int) -> list[str]:
        """Break ``text`` into lines no wider than ``width``; cut with an ellipsis."""
        lines = self.text.wrap(text, self.props[bold, italic], width)
        if len(lines) > max_lines:
            lines = lines[:max_lines]
            lines[-1] = self._cut(lines[-1], width, bold, italic)
        return lines

    def _cut(self, line: str, width: float, bold: bool, italic: bool) -> str:
        text = line.rstrip()
        while text and self.width(text + ELLIPSIS, bold, italic) > width:
            text = text[:-1].rstrip()
        return text + ELLIPSIS


def _is_lone_figure(word: str) -> bool:
    """One figure or sign ("1", "%"): alone on a line it reads as a stray mark.

    A longer number ("1999") reads on its own line, so it may wrap like any word.
    """
    word = word.strip()
    return len(word) == 1 and word in _FIGURES


def _label_words(text: str) -> list[str]:
    """A header's words, a figure that ends it joined to the word before it."""
    words = text.split()
    if len(words) > 1 and "\n" not in text and _is_lone_figure(words[-1]):
        words[-2:] = [f"{words[-2]} {words[-1]}"]
    return words


# --------------------------------------------------------------------------- #
# Columns
# --------------------------------------------------------------------------- #


@dataclass
class Placed:
    """A column with its kind, options and place: ``x`` is the cell box's left edge."""

    column: Column
    kind: str  # stub, text, number, bar, spark
    options: dict[str, Any]
    give: Give = Give(0.0, 0.0, 0.0, 0.0)  # content width it would like, and can give
    width: float = 0.0  # content width given
    pad_left: float = 0.0
    pad_right: float = 0.0
    x: float = 0.0
    label_width: float = 0.0  # bars: room for the value label

    @property
    def box(self) -> float:
        return self.width + self.pad_left + self.pad_right

    @property
    def left(self) -> float:
        return self.x + self.pad_left

    @property
    def right(self) -> float:
        return self.x + self.pad_left + self.width

    @property
    def align(self) -> str:
        return "right" if self.kind == "number" else "left"


def _widest_cell(column: Column, measure: CellMeasure) -> float:
    return max(
        (
            measure.widest_line(c.text, bool(c.style.bold), bool(c.style.italic))
            for c in column.cells
        ),
        default=0.0,
    )


def _body_widths(placed: Placed, measure: CellMeasure, m: Metrics) -> tuple[float, float, float]:
    """Return a column's cells' content width: natural, wrapped to fit, chart narrowed."""
    if placed.kind in ("bar", "spark"):
        fixed, chart = _chart_widths(placed, measure, m)
        return fixed + chart, fixed + chart, fixed + min(chart, m.min_chart)
    widest = _widest_cell(placed.column, measure)
    if placed.kind == "number":
        return widest, widest, widest
    natural = min(widest, m.max_text)
    return natural, min(natural, m.min_text), min(natural, m.min_text)


def _chart_widths(placed: Placed, measure: CellMeasure, m: Metrics) -> tuple[float, float]:
    """An inline chart column's width that stays (a bar's value label), and its chart's."""
    chart = m.em(placed.options["width"])
    if placed.kind == "spark" or not placed.options["label"]:
        return 0.0, chart
    placed.label_width = _widest_cell(placed.column, measure)
    return placed.label_width + m.bar_gap, chart


def _measure_column(placed: Placed, measure: CellMeasure, m: Metrics) -> None:
    natural, text, chart = _body_widths(placed, measure, m)
    label = placed.column.labels[-1] if placed.column.labels else ""
    word = measure.widest_label_word(label)
    placed.give = Give.of(
        max(natural, measure.widest_line(label, bold=True)),
        header=max(natural, word),
        text=max(text, word),
        chart=max(chart, word),
    )


def _pad(placed: list[Placed], m: Metrics) -> None:
    """Pad every cell; the outer edges only where a fill needs room round the text."""
    for i, p in enumerate(placed):
        filled = any(c.style.background is not None for c in p.column.cells)
        p.pad_left = m.pad_x if (i > 0 or filled) else 0.0
        p.pad_right = m.pad_x if (i < len(placed) - 1 or filled) else 0.0


def _place(placed: list[Placed], width: float) -> None:
    """Give each padded column its width, squeezed to fit ``width`` with its padding."""
    padding = sum(p.pad_left + p.pad_right for p in placed)
    x = 0.0
    for p, given in zip(placed, fit([p.give for p in placed], width - padding), strict=True):
        p.width, p.x = given, x
        x += p.box


# --------------------------------------------------------------------------- #
# Header and rows
# --------------------------------------------------------------------------- #


@dataclass
class Spanner:
    """A label over a run of columns, in an upper header level."""

    level: int
    first: int
    last: int
    lines: list[str]


@dataclass
class TableLayout:
    """Everything the drawing needs, in points from the table's top-left corner."""

    placed: list[Placed]
    metrics: Metrics
    header_tops: list[float]  # top of each header level; the header ends at body_top
    header_lines: list[list[str]]  # last header level: lines per column
    spanners: list[Spanner]
    body_top: float
    row_tops: list[float]
    row_heights: list[float]
    lines: list[list[list[str]]]  # per row, per column
    width: float
    height: float
    empty_note: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _spanners(placed: list[Placed], levels: int, measure: CellMeasure, m: Metrics) -> list:
    spanners = []
    for level in range(levels - 1):
        runs: list[list[int]] = []
        for i, p in enumerate(placed):
            key = p.column.labels[: level + 1]
            if runs and placed[runs[-1][-1]].column.labels[: level + 1] == key:
                runs[-1].append(i)
            else:
                runs.append([i])
        for run in runs:
            label = placed[run[0]].column.labels[level]
            if not label or placed[run[0]].kind == "stub":
                continue
            span = placed[run[-1]].right - placed[run[0]].left
            lines = measure.wrap_label(label, max(span, 1.0), m.max_lines)
            spanners.append(Spanner(level, run[0], run[-1], lines))
    return spanners


def _cell_lines(placed: list[Placed], n_rows: int, measure: CellMeasure, m: Metrics) -> list:
    rows = []
    for r in range(n_rows):
        row: list[list[str]] = []
        for p in placed:
            cell = p.column.cells[r]
            if p.kind == "spark":
                row.append([])
            elif p.kind == "bar":
                row.append([cell.text] if p.options["label"] else [])
            else:
                bold, italic = bool(cell.style.bold), bool(cell.style.italic)
                row.append(measure.wrap(cell.text, p.width + 0.01, bold, italic, m.max_lines))
        rows.append(row)
    return rows


def _row_height(row: list[list[str]], placed: list[Placed], m: Metrics) -> float:
    content = max((len(lines) for lines in row), default=1) * m.pitch
    for p in placed:
        if p.kind == "spark":
            content = max(content, m.em(p.options["height"]))
    return max(content, m.pitch) + 2 * m.pad_y


def _placed_columns(
    model: Model, kinds: dict[int, tuple[str, dict]], measure: CellMeasure, m: Metrics, width: float
) -> list[Placed]:
    """The stub and the columns, each of its kind, measured and fitted into ``width``."""
    placed = [Placed(c, "stub", {}) for c in model.stub]
    for i, column in enumerate(model.columns):
        kind, options = kinds.get(i, ("number" if column.numeric else "text", {}))
        placed.append(Placed(column, kind, options))
    for p in placed:
        _measure_column(p, measure, m)
    _pad(placed, m)
    _place(placed, width)
    return placed


def _header_rows(
    levels: int, header_lines: list[list[str]], spanners: list[Any], m: Metrics
) -> tuple[list[float], float]:
    """The top of each header row, and where the body starts: as tall as its text."""
    tops, y = [], 0.0
    for level in range(levels):
        tops.append(y)
        if level == levels - 1:
            count = max((len(lines) for lines in header_lines), default=1)
        else:
            count = max((len(s.lines) for s in spanners if s.level == level), default=1)
        y += max(count, 1) * m.pitch + 2 * m.pad_y
    return tops, y


def lay_out(
    model: Model, kinds: dict[int, tuple[str, dict]], measure: CellMeasure, m: Metrics, width: float
) -> TableLayout:
    """CellMeasure ``model`` and place its columns in at most ``width`` points if it can."""
    placed = _placed_columns(model, kinds, measure, m, width)
    spanners = _spanners(placed, model.header_levels, measure, m)
    header_lines = [
        measure.wrap_label(p.column.labels[-1], p.width + 0.01, m.max_lines)
        if model.header_levels
        else []
        for p in placed
    ]
    header_tops, body_top = _header_rows(model.header_levels, header_lines, spanners, m)
    lines = _cell_lines(placed, model.n_rows, measure, m)
    heights = [_row_height(row, placed, m) for row in lines] or [m.pitch + 2 * m.pad_y]
    tops = list(itertools.accumulate(heights[:-1], initial=body_top))
    y = body_top + sum(heights)
    return TableLayout(
        placed=placed,
        metrics=m,
        header_tops=header_tops,
        header_lines=header_lines,
        spanners=spanners,
        body_top=body_top,
        row_tops=tops,
        row_heights=heights,
        lines=lines,
        width=sum(p.box for p in placed),
        height=y,
        empty_note=None if model.n_rows else "No rows",
    )
