"""Measuring and wrapping text in points, shared by finalise and tables; tick formatters.

Widths come from an Agg renderer at the output dpi in the brand's font, so they are
what will be drawn. Wrapping is greedy at spaces; a word wider than the line (a URL)
is broken between characters, so no text runs off its box.

housestyle wraps a chart's own tick formatter in two ways, and takes the wrappers off
again: :class:`FittedFormatter` thins or wraps its labels to fit (finalise's tick
fitting), :class:`LocaleFormatter` rewrites what it writes in a locale (finalise's
localising). :func:`chart_formatter` finds the chart's own formatter under both, for
whoever reads what an axis shows (the description reads dates and units from it).
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any

from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.font_manager import FontProperties
from matplotlib.text import Text
from matplotlib.ticker import Formatter

from ..units import POINTS_PER_INCH
from ._locales import localise_dates, localise_numbers

__all__ = [
    "FittedFormatter",
    "LocaleFormatter",
    "TextMeasure",
    "chart_formatter",
    "TICK_GAP_EMS",
    "is_number_label",
    "upright_size",
    "wrap_words",
]


#: The least room between two neighbouring tick labels along an axis, in ems.
TICK_GAP_EMS = 0.3

#: A label that reads as a number, a date or a range of numbers: symbols, digits and
#: separators (2,500; 1970-01-01; 12:30; 10-14 or 10\u201314), a short unit or an open
#: end after (90+).
_NUMBER = re.compile(r"^[^\w]*\d[\d.,:/\-\s\u2009\u202f\u2013]*[%+\w]{0,3}$")


def is_number_label(text: str) -> bool:
    """True for a label that reads as a number (which may be thinned).

    Examples
    --------
    >>> [is_number_label(t) for t in ("2,500", "$150k", "\u22125%", "1970-01-01", "SUV")]
    [True, True, True, True, False]
    >>> [is_number_label(t) for t in ("10-14", "10\u201314", "90+", "Fort Bend")]
    [True, True, True, False]
    """
    return bool(_NUMBER.match(text.strip()))


@functools.lru_cache(maxsize=8)
def _probe_renderer(dpi: float) -> RendererAgg:
    """Return a 1 x 1 Agg renderer: text metrics depend on the dpi, not the canvas."""
    return RendererAgg(1, 1, dpi)


class TextMeasure:
    """Text widths in points at one dpi, cached per instance (hinting is read when measured)."""

    def __init__(self, dpi: float):
        self.renderer = _probe_renderer(dpi)
        self.to_points = POINTS_PER_INCH / dpi
        self._cache: dict[tuple[str, FontProperties], float] = {}

    def width(self, text: str, props: FontProperties) -> float:
        """Return the width of ``text`` set in ``props``, in points."""
        key = (text, props)
        if key not in self._cache:
            width, _, _ = self.renderer.get_text_width_height_descent(text, props, ismath=False)
            self._cache[key] = width * self.to_points
        return self._cache[key]

    def wrap(self, text: str, props: FontProperties, width: float) -> list[str]:
        """Break ``text`` into lines no wider than ``width`` points; keep its line breaks."""
        lines: list[str] = []
        for paragraph in text.split("\n"):
            lines.extend(self._paragraph(paragraph, props, width))
        return lines

    def fitting(
        self, line: str, words: Sequence[str], props: FontProperties, width: float, per_char: float
    ) -> int:
        """How many of ``words`` fit after ``line``, joined by spaces, in ``width`` points.

        The count that adding one word at a time until one does not fit would give (a line
        grows with each word), in about two widths a line instead of one a word: a guess
        from ``per_char``, the text's width per character, then stepped to the exact count.
        """

        def fits(count: int) -> bool:
            shown = [line, *words[:count]] if line else words[:count]
            return count == 0 or self.width(" ".join(shown), props) <= width

        count = _guess(line, words, width / per_char if per_char > 0 else len(words))
        if fits(count):
            while count < len(words) and fits(count + 1):
                count += 1
            return count
        while not fits(count - 1):
            count -= 1
        return count - 1

    def _paragraph(self, text: str, props: FontProperties, width: float) -> list[str]:
        whole = self.width(text, props)
        if whole <= width:
            return [text]
        words, per_char = text.split(), whole / max(len(text), 1)
        lines: list[str] = []
        current, start = "", 0
        while start < len(words):
            count = self.fitting(current, words[start:], props, width, per_char)
            current = " ".join([current, *words[start : start + count]]).strip()
            start += count
            if start == len(words):
                break
            # words[start] does not fit after the line: it starts the next
            if current:
                lines.append(current)
            pieces = self._break_word(words[start], props, width)
            lines.extend(pieces[:-1])
            current, start = pieces[-1], start + 1
        return [*lines, current]

    def _break_word(self, word: str, props: FontProperties, width: float) -> list[str]:
        """Break a word between characters into pieces no wider than ``width``."""
        if self.width(word, props) <= width:
            return [word]
        pieces, current = [], ""
        for char in word:
            if current and self.width(current + char, props) > width:
                pieces.append(current)
                current = char
            else:
                current += char
        return [*pieces, current]


def wrap_words(text: str, width: float, measure: TextMeasure, props: Any) -> str:
    r"""Break ``text`` at spaces into lines no wider than ``width`` points (words whole).

    Examples
    --------
    >>> from matplotlib.font_manager import FontProperties
    >>> wrap_words("Federal government", 40, TextMeasure(100), FontProperties(size=10))
    'Federal\ngovernment'
    """
    words = text.split()
    if len(words) < 2:  # nothing to break (a tick label of one word: no measuring)
        return words[0] if words else text
    joined = " ".join(words)
    per_char = measure.width(joined, props) / len(joined)
    lines: list[str] = []
    start = 0
    while start < len(words):
        count = measure.fitting(words[start], words[start + 1 :], props, width, per_char)
        lines.append(" ".join(words[start : start + 1 + count]))
        start += 1 + count
    return "\n".join(lines)


def _guess(line: str, words: Sequence[str], chars: float) -> int:
    """How many of ``words`` fit after ``line`` in ``chars`` characters, joined by spaces."""
    count, length = 0, len(line)
    while count < len(words) and length + bool(length) + len(words[count]) <= chars:
        length += bool(length) + len(words[count])
        count += 1
    return count


class FittedFormatter(Formatter):
    """A chart's own formatter, with its labels thinned or wrapped to fit.

    ``step`` keeps every step-th label (counted from ``keep``); ``wrap`` is the
    width in points to wrap words to, or None.
    """

    def __init__(self, inner: Formatter, step: int = 1, keep: int = 0, wrap: float | None = None):
        self.inner = inner
        self.step, self.keep, self.wrap = step, keep, wrap
        self.measure: TextMeasure | None = None
        self.props: Any = None

    def __call__(self, x: Any, pos: int | None = None) -> str:
        return str(self.inner(x, pos))

    def format_ticks(self, values: list[float]) -> list[str]:
        """Return the chart's labels for ``values``, thinned and wrapped."""
        labels = [str(label) for label in self.inner.format_ticks(values)]
        if self.wrap is not None and self.measure is not None:
            labels = [wrap_words(label, self.wrap, self.measure, self.props) for label in labels]
        if self.step > 1:
            keep, step = self.keep, self.step
            labels = [text if (i - keep) % step == 0 else "" for i, text in enumerate(labels)]
        return labels

    def get_offset(self) -> str:
        return str(self.inner.get_offset())

    def set_locs(self, locs: Any) -> None:
        self.inner.set_locs(locs)

    def format_data_short(self, value: Any) -> str:
        return str(self.inner.format_data_short(value))


class LocaleFormatter(Formatter):
    """matplotlib's own formatter, with what it writes rewritten in ``locale``.

    ``kind`` is ``"number"``, ``"date"`` or ``"category"``; a category's label is
    translated by ``mapping``, a number's and a date's are written in the locale
    (:func:`housestyle.ink.localise_numbers`, :func:`housestyle.ink.localise_dates`).
    """

    def __init__(
        self, source: Formatter, locale: str, kind: str, mapping: Mapping[str, str] | None = None
    ):
        self.source, self.locale, self.kind = source, locale, kind
        self.mapping = dict(mapping or {})

    def _local(self, text: Any) -> str:
        text = str(text)
        if self.kind == "category":
            return self.mapping.get(text, text)
        if self.kind == "date":
            text = localise_dates(text, self.locale)
        return localise_numbers(text, self.locale)

    def __call__(self, x: Any, pos: int | None = None) -> str:
        return self._local(self.source(x, pos))

    def format_ticks(self, values: Any) -> list[str]:
        """Return the source formatter's labels for ``values``, in the locale."""
        return [self._local(label) for label in self.source.format_ticks(values)]

    def get_offset(self) -> str:
        return self._local(self.source.get_offset()) if self.source.get_offset() else ""

    def set_locs(self, locs: Any) -> None:
        self.source.set_locs(locs)

    def set_axis(self, axis: Any) -> None:
        super().set_axis(axis)
        self.source.set_axis(axis)

    def format_data(self, value: Any) -> str:
        return self._local(self.source.format_data(value))

    def format_data_short(self, value: Any) -> str:
        return self._local(self.source.format_data_short(value))


def chart_formatter(formatter: Formatter, *, names: bool = False) -> Formatter:
    """Return the chart's own formatter from under housestyle's wrappers.

    The wrappers are :class:`FittedFormatter` (labels thinned or wrapped to fit) and
    :class:`LocaleFormatter` (labels written in a locale). With ``names``, a
    :class:`LocaleFormatter` of categories is kept: its labels are the names the reader
    is shown (translated by the chart's label mapping), where a number's or a date's
    source writes the English form a reader of tick labels can parse.
    """
    while isinstance(formatter, FittedFormatter | LocaleFormatter):
        if isinstance(formatter, FittedFormatter):
            formatter = formatter.inner
        elif names and formatter.kind == "category":
            return formatter
        else:
            formatter = formatter.source
    return formatter


def upright_size(text: Text, box: Any, renderer: Any) -> tuple[float, float]:
    """The (width, height) in pixels of a text's line box as if it were not turned.

    ``box`` is the text's window extent: for a turned text, the upright box around it.
    A text's own box, which a check or a layout reading a slanted label needs, is that
    box for a level or upright text, else measured on an unturned copy (the text itself
    is neither changed nor marked stale).
    """
    angle = text.get_rotation() % 180
    if min(angle, 180 - angle) < 1e-9:
        return box.width, box.height
    if abs(angle - 90) < 1e-9:
        return box.height, box.width
    upright = copy.copy(text)
    upright.stale_callback = None
    upright.set_rotation(0)
    flat = upright.get_window_extent(renderer)
    return flat.width, flat.height
