"""The font rule: every text is set in the brand's font, by the file it is drawn with.

A family name can be right while the text is drawn in another font: plotnine once
spread a list of names over two labels, and a name matplotlib cannot find falls
back to DejaVu Sans with only a log message. So the rule asks matplotlib's font
manager which file each drawn text resolves to, and compares it with the brand's
files (those of its family in every weight and style it has; those of its fallback
family only when the brand's own family cannot be used, which :mod:`housestyle.fonts`
warns about).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from matplotlib import font_manager

from ..brand import Brand
from ..fonts import font_families
from .scene import DrawnText, Finding, Scene

__all__ = ["FONT_RULES", "brand_font_files", "text_font"]

_STYLES: tuple[tuple[str, Literal["normal", "italic"]], ...] = (
    ("normal", "normal"),
    ("bold", "normal"),
    ("normal", "italic"),
    ("bold", "italic"),
)


def _files_of(family: str) -> frozenset[Path]:
    """The files matplotlib draws ``family`` with, in each weight and style."""
    files = set()
    for weight, style in _STYLES:
        props = font_manager.FontProperties(family=family, weight=weight, style=style)
        try:
            found = font_manager.findfont(props, fallback_to_default=False)
        except ValueError:
            continue
        files.add(Path(found).resolve())
    return frozenset(files)


def brand_font_files(brand: Brand) -> frozenset[Path]:
    """Return the font files the brand's text may be drawn with.

    Its family's, once its fonts are registered; the fallback family's only when the
    brand's family cannot be used (then every text is in the fallback, and the brand
    was warned about).
    """
    families = font_families(brand)  # registers the brand's files
    return _files_of(families[0])


def _file_of(text: DrawnText) -> Path:
    return Path(font_manager.findfont(text.artist.get_fontproperties())).resolve()


def text_font(scene: Scene) -> list[Finding]:
    """Text drawn with a font file that is not one of the brand's."""
    allowed = brand_font_files(scene.brand)
    family = font_families(scene.brand)[0]
    found = []
    for text in scene.texts:
        drawn = _file_of(text)
        if drawn not in allowed:
            found.append(
                Finding(
                    "text_font",
                    "error",
                    text.label,
                    f"drawn in {drawn.name}, not in the brand's {family!r}",
                    "leave the font family to the brand (make the chart inside "
                    "housestyle.style(), and do not pass fontfamily=), or use the brand's family",
                )
            )
    return found


FONT_RULES = (text_font,)
