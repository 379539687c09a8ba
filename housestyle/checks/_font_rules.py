"""The font rule: every text is set in the brand's font, by the file it is drawn with.

A family name can be right while the text is drawn in another font: plotnine once
spread a list of names over two labels, and a name matplotlib cannot find falls
back to DejaVu Sans with only a log message. So the rule asks matplotlib's font
manager which file each drawn text resolves to, and compares it with the brand's
files (those of its family in every weight and style it has; those of its fallback
family only when the brand's own family cannot be used, which :mod:`housestyle.ink._fonts`
warns about).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Literal

import matplotlib
from matplotlib import font_manager

from .._private import font_files, math_free_text, math_glyphs
from ..brand import Brand
from ..ink import SKIPPED, font_families
from ..ink import font_cmap as _cmap
from ._scene import DrawnText, Finding, Scene

__all__ = ["FONT_RULES", "brand_font_files", "drawn_glyphs", "missing_glyph", "text_font"]

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


def _has(files: Iterable[Path], char: int) -> bool:
    return any(char in _cmap(str(path)) for path in files)


def _fallback_files(brand: Brand) -> frozenset[Path]:
    """The files of the brand's declared fallback families (after its own family)."""
    families = font_families(brand)
    files: set[Path] = set()
    for family in families[1:]:
        files |= _files_of(family)
    bundled = Path(matplotlib.get_data_path(), "fonts", "ttf")  # mathtext's own symbols
    return frozenset(files | {path.resolve() for path in bundled.glob("STIX*")})


_SKIP = SKIPPED


def drawn_glyphs(scene: Scene, text: DrawnText) -> list[tuple[str, Path | None]]:
    """Each character of a text with the font file it is drawn from (None: no font has it).

    Plain text takes each character from the first file of its family list that has
    it, as Agg does; mathtext reports the file of every glyph it set, under the
    rcParams the figure is drawn with.
    """
    artist = text.artist
    prop = artist.get_fontproperties()
    glyphs: list[tuple[str, Path | None]] = []
    for line in artist.get_text().split("\n"):
        clean, ismath = math_free_text(artist, line)
        if ismath == "TeX":
            continue  # drawn by LaTeX: not a font file of ours to judge
        if ismath:
            with scene.drawing_rc():
                try:
                    parsed = math_glyphs(clean, prop)
                except ValueError:
                    continue
            for path, code, index in parsed:
                if code not in _SKIP:
                    glyphs.append((chr(code), Path(path).resolve() if index else None))
            continue
        files = [Path(path).resolve() for path in _files_for(prop)]
        for letter in clean:
            if ord(letter) in _SKIP or not letter.isprintable():
                continue
            found = next((path for path in files if ord(letter) in _cmap(str(path))), None)
            glyphs.append((letter, found))
    return glyphs


def _files_for(prop: font_manager.FontProperties) -> list[str]:
    return font_files(prop)


def _quote(chars: Iterable[str]) -> str:
    return ", ".join(f"'{c}' (U+{ord(c):04X})" for c in dict.fromkeys(chars))


def _glyph_findings(scene: Scene) -> tuple[list[Finding], list[Finding]]:
    allowed = brand_font_files(scene.brand)
    fallback = _fallback_files(scene.brand)
    families = font_families(scene.brand)
    family = families[0]
    off, missing = [], []
    for text in scene.texts:
        glyphs = drawn_glyphs(scene, text)
        absent = [char for char, path in glyphs if path is None]
        wrong = {
            path
            for char, path in glyphs
            if path is not None
            and path not in allowed
            and not (path in fallback and not _has(allowed, ord(char)))
        }
        if absent:
            missing.append(
                Finding(
                    "missing_glyph",
                    "error",
                    text.label,
                    f"no font the brand draws with ({', '.join(families)}) has "
                    f"{_quote(absent)}: they are drawn as empty boxes",
                    "add an installed family or font file that has them to the brand's "
                    "fonts.fallback (a CJK family such as 'WenQuanYi Micro Hei' or "
                    "'Noto Sans CJK JP'), or write the text without them",
                )
            )
        for path in sorted(wrong):
            off.append(
                Finding(
                    "text_font",
                    "error",
                    text.label,
                    f"drawn in {path.name}, not in the brand's {family!r}",
                    "leave the font family to the brand (make the chart inside "
                    "housestyle.style(), and do not pass fontfamily=), or use the brand's "
                    "family; for mathtext keep the brand's mathtext.fontset ('custom')",
                )
            )
    return off, missing


def text_font(scene: Scene) -> list[Finding]:
    """Text drawn, glyph by glyph, with a font file that is not one of the brand's.

    A glyph the brand's files lack may come from a declared fallback family
    (``fonts.fallback``); mathtext is judged by the files mathtext really set it in.
    """
    return scene.memo("glyphs", lambda: _glyph_findings(scene))[0]


def missing_glyph(scene: Scene) -> list[Finding]:
    """Characters that no font the text is drawn with has: drawn as empty boxes."""
    return scene.memo("glyphs", lambda: _glyph_findings(scene))[1]


FONT_RULES = (text_font, missing_glyph)
