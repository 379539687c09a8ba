"""Measuring and wrapping text in points, shared by finalise and tables.

Widths come from an Agg renderer at the output dpi in the brand's font, so they are
what will be drawn. Wrapping is greedy at spaces; a word wider than the line (a URL)
is broken between characters, so no text runs off its box.
"""

from __future__ import annotations

import functools

from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.font_manager import FontProperties

__all__ = ["TextMeasure"]


@functools.lru_cache(maxsize=8)
def _probe_renderer(dpi: float) -> RendererAgg:
    """Return a 1 x 1 Agg renderer: text metrics depend on the dpi, not the canvas."""
    return RendererAgg(1, 1, dpi)


class TextMeasure:
    """Text widths in points at one dpi, cached per instance (hinting is read when measured)."""

    def __init__(self, dpi: float):
        self.renderer = _probe_renderer(dpi)
        self.to_points = 72.0 / dpi
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

    def _paragraph(self, text: str, props: FontProperties, width: float) -> list[str]:
        if self.width(text, props) <= width:
            return [text]
        lines: list[str] = []
        current = ""
        for word in text.split():
            trial = f"{current} {word}".strip()
            if self.width(trial, props) <= width:
                current = trial
                continue
            if current:
                lines.append(current)
            pieces = self._break_word(word, props, width)
            lines.extend(pieces[:-1])
            current = pieces[-1]
        return [*lines, current]

    def _break_word(self, word: str, props: FontProperties, width: float) -> list[str]:
        """Break a word between characters into pieces no wider than ``width``."""
        pieces, current = [], ""
        for char in word:
            if current and self.width(current + char, props) > width:
                pieces.append(current)
                current = char
            else:
                current += char
        return [*pieces, current]
