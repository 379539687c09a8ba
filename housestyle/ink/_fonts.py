"""Registering a brand's fonts with matplotlib, on demand and idempotently.

Nothing here runs at import. :func:`register_fonts` makes the brand's family drawable
and checks that every weight and style resolves inside it:

- A brand that ships files: each static TrueType file is added to matplotlib's font
  manager once and must hold the brand's family. A style the brand ships no file for
  is drawn with its nearest given style (bold italic with bold, italic with regular),
  never with another family: one :class:`FontWarning` names the styles so drawn.
- A brand that names an installed family and no files: the family is looked up in
  matplotlib's font manager; styles it lacks are drawn with its nearest ones.

When the family cannot be used (a file cannot be read or holds another family, or an
installed family is absent) a :class:`FontWarning` says so, once, naming the fallback
family drawn instead: a substitution is never silent.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import sys
import warnings
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Literal

from matplotlib import font_manager

from .._private import font_files, math_free_text
from ..brand import FONTS_DIRS, BrandLike, HouseStyleError, resolve_brand
from ..units import BOLD_WEIGHT

if TYPE_CHECKING:  # the figure's classes when a figure is read: importing them costs 0.2 s
    from matplotlib.figure import Figure

__all__ = [
    "SKIPPED",
    "FontWarning",
    "StandIns",
    "font_cmap",
    "font_families",
    "font_status",
    "register_fonts",
    "undrawable",
    "warn_if_undrawable",
]


class FontWarning(UserWarning):
    """A brand's font, or one of its styles, could not be used as written."""


#: Each style a brand may name, as matplotlib's (weight, style).
_VARIANTS: dict[str, tuple[Literal["normal", "bold"], Literal["normal", "italic"]]] = {
    "regular": ("normal", "normal"),
    "bold": ("bold", "normal"),
    "italic": ("normal", "italic"),
    "bold_italic": ("bold", "italic"),
}


def _font_manager() -> font_manager.FontManager:
    return font_manager.fontManager


def _put_first(fname: str) -> None:
    """Order the entries of ``fname`` before all others and clear the lookup cache.

    The same family may also be installed on the system (an older Lato, say). The font
    manager picks the first of equal matches, so the brand's entries go first, and its
    lookup cache, which adding a font does not clear, is cleared.
    """
    manager = _font_manager()
    manager.ttflist.sort(key=lambda entry: entry.fname != fname)
    clear = getattr(getattr(manager, "_findfont_cached", None), "cache_clear", None)
    if clear is not None:
        clear()


@functools.cache
def _add_font_file(path: Path) -> str:
    """Add one file to matplotlib's font manager; return the family name it holds."""
    try:
        _font_manager().addfont(str(path))
    except (OSError, RuntimeError, ValueError) as exc:
        raise HouseStyleError(f"fonts.files: cannot read the font file {path}: {exc}") from None
    _put_first(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


@functools.cache
def _stand_in(path: Path, family: str, style: str) -> None:
    """Register ``path`` also as the ``style`` of ``family`` (for a style with no file)."""
    manager = _font_manager()
    own = next(e for e in manager.ttflist if e.fname == str(path) and e.name == family)
    weight, slant = _VARIANTS[style]
    manager.ttflist.append(dataclasses.replace(own, style=slant, weight=weight))
    _put_first(str(path))


def _resolves_to(family: str, variant: str) -> Path | None:
    weight, style = _VARIANTS[variant]
    props = font_manager.FontProperties(family=family, weight=weight, style=style)
    try:
        found = font_manager.findfont(props, fallback_to_default=False)
    except ValueError:
        return None
    return Path(found).resolve()


def _register_files(family: str, files: tuple[tuple[str, Path], ...]) -> str | None:
    """Register a brand's files, standing in for missing styles; None, or what failed."""
    for _variant, path in files:
        try:
            name = _add_font_file(path)
        except HouseStyleError as exc:
            return str(exc)
        if name != family:
            return f"{path.name} holds the family {name!r}, not {family!r}"
    given = dict(files)
    for variant, path in _nearest(given).items():
        if variant not in given:
            _stand_in(path, family, variant)
    for variant, path in _nearest(given).items():
        found = _resolves_to(family, variant)
        if found != path.resolve():
            return f"{variant} resolves to {found or 'nothing'} instead of {path}"
    return None


def _nearest(given: dict[str, Path]) -> dict[str, Path]:
    """Each style and the file it is drawn with: its own, else the nearest given.

    Bold italic falls back to bold, then italic, then regular; italic to regular, then
    bold; bold to regular; regular to bold. Never to another family.
    """
    order = {
        "regular": ("regular", "bold", "italic", "bold_italic"),
        "bold": ("bold", "regular", "bold_italic", "italic"),
        "italic": ("italic", "regular", "bold_italic", "bold"),
        "bold_italic": ("bold_italic", "bold", "italic", "regular"),
    }
    return {
        variant: next(given[name] for name in candidates if name in given)
        for variant, candidates in order.items()
    }


def _variant_of(entry: font_manager.FontEntry) -> str:
    """Return which of the four styles a face is: regular, bold, italic or bold_italic."""
    weight = entry.weight
    if not isinstance(weight, int):
        weight = font_manager.weight_dict.get(str(weight), 400)
    bold = weight >= BOLD_WEIGHT
    slanted = entry.style != "normal"
    return {(False, False): "regular", (True, False): "bold", (False, True): "italic"}.get(
        (bold, slanted), "bold_italic"
    )


#: What a style the brand does not have is drawn with: (missing style, style drawn).
StandIns = tuple[tuple[str, str], ...]


def _best_face(faces: list[font_manager.FontEntry], variant: str) -> font_manager.FontEntry:
    """Return the face matplotlib would draw ``variant`` with, of one family's faces."""
    manager, (weight, style) = _font_manager(), _VARIANTS[variant]
    return min(
        faces,
        key=lambda e: manager.score_style(style, e.style) + manager.score_weight(weight, e.weight),
    )


def _faces(family: str) -> list[font_manager.FontEntry]:
    return [e for e in _font_manager().ttflist if e.name.lower() == family.lower()]


def _bundled_faces(family: str) -> list[font_manager.FontEntry]:
    """Register the files of ``family`` among housestyle's bundled fonts; return its faces.

    So ``fonts: {family: Roboto}`` finds the Roboto housestyle ships whether or not a
    brand that names its files was used first in the session.
    """
    for folder in FONTS_DIRS:
        for path in sorted(folder.glob("*/*.ttf")):
            if font_manager.FontProperties(fname=str(path)).get_name().lower() == family.lower():
                _add_font_file(path.resolve())
    return _faces(family)


def _check_installed(family: str) -> tuple[str | None, StandIns]:
    """Look an installed family up; return why it cannot be used, and its stand-ins.

    A style the family has no face for is registered as its nearest face, as for a
    brand's files, so that it resolves inside the family without matplotlib's "failed
    to find font weight" messages. Then every style is looked up and must resolve to
    a face of the family.
    """
    faces = _faces(family) or _bundled_faces(family)
    if not faces:
        return (
            f"matplotlib's font manager finds no installed font of the family {family!r}, "
            "and the brand names no files for it: install the family, or name its .ttf files "
            "under fonts.files",
            (),
        )
    chosen = {variant: _best_face(faces, variant) for variant in _VARIANTS}
    stand_ins = tuple(
        (variant, _variant_of(face))
        for variant, face in chosen.items()
        if _variant_of(face) != variant
    )
    for variant, _drawn in stand_ins:
        _stand_in(Path(chosen[variant].fname), chosen[variant].name, variant)
    for variant, face in chosen.items():
        found = _resolves_to(family, variant)
        if found != Path(face.fname).resolve():
            return f"{variant} resolves to {found or 'nothing'}, not to {face.fname}", ()
    return None, stand_ins


@functools.cache
def _register(family: str, files: tuple[tuple[str, Path], ...]) -> tuple[str | None, StandIns]:
    """Register the family; return why it cannot be used (or None), and its stand-ins."""
    if not files:
        return _check_installed(family)
    given = dict(files)
    by_path = {path: variant for variant, path in files}
    stand_ins = tuple(
        (variant, by_path[path])
        for variant, path in _nearest(given).items()
        if variant not in given
    )
    return _register_files(family, files), stand_ins


def _warn(message: str) -> None:
    """Warn, pointing at the first caller outside housestyle (the user's chart code)."""
    frame: FrameType | None = sys._getframe(1)
    level = 2  # the frame that called _warn
    while frame is not None and frame.f_globals.get("__name__", "").startswith("housestyle"):
        frame, level = frame.f_back, level + 1
    warnings.warn(message, FontWarning, stacklevel=level)


@functools.cache
def _warn_unusable(brand: Path, family: str, fallback: str, reason: str) -> None:
    _warn(
        f"housestyle: the brand font {family!r} cannot be used ({reason}); "
        f"text is drawn in {fallback!r} instead"
    )


def register_fonts(brand: BrandLike | None = None) -> bool:
    """Make the brand's font family drawable with matplotlib, and check it.

    Safe to call many times: each file is added once, and the warning that the family
    cannot be used is given once per brand file. A style the brand has no file for
    (italics, say) is drawn in its nearest given style without a warning on every
    chart: ``housestyle brand check`` tells it once. After registering, every
    weight and style is looked up by family and must resolve to the brand's own file
    (or, for a style the brand ships no file for, its nearest given style), or for an
    installed family to a face of that family.

    Parameters
    ----------
    brand
        A brand, its name or path; ``None`` for the current brand.

    Returns
    -------
    bool
        True when the brand's family will be drawn; False when a :class:`FontWarning`
        was given (once) and the fallback family will be drawn instead.
    """
    resolved = resolve_brand(brand)
    fonts = resolved.fonts
    _quiet_font_dates()
    reason, _stand_ins = font_status(resolved)
    if reason is not None:
        _warn_unusable(resolved.path, fonts.family, fonts.fallback, reason)
        return False
    # styles drawn with a stand-in are told once by `housestyle brand check`, not here
    return True


class _EarlyFontDates(logging.Filter):
    """Drops fontTools' note that a font's ``created`` date is very early; passes all else."""

    def filter(self, record: logging.LogRecord) -> bool:  # noqa: D102
        return "timestamp seems very low" not in record.getMessage()


@functools.cache
def _quiet_font_dates() -> None:
    """Keep fontTools' note on early font dates off the user's screen, once per process.

    matplotlib cuts a face for a PDF with fontTools, which logs "'created' timestamp
    seems very low; regarding as unix timestamp" for a font whose head table is dated
    before 1970 by the Mac epoch (Lato is): the font is fine, and a user's own
    ``savefig("chart.pdf")`` of a title with a ligature ("office") printed it twice.
    Only that note of that table's logger is dropped.
    """
    logging.getLogger("fontTools.ttLib.tables._h_e_a_d").addFilter(_EarlyFontDates())


def font_status(brand: BrandLike | None = None) -> tuple[str | None, StandIns]:
    """Register the brand's fonts and say, without warning, how they will be drawn.

    Returns why the brand's family cannot be used (None when it can), and each style
    the family has no face or file for with the style drawn instead, as
    ``(("italic", "regular"), ...)``.
    """
    fonts = resolve_brand(brand).fonts
    files = tuple(
        (variant, path) for variant in _VARIANTS if (path := getattr(fonts, variant)) is not None
    )
    return _register(fonts.family, files)


def font_families(brand: BrandLike | None = None) -> list[str]:
    """Register the brand's fonts and return the family list to draw text with.

    The list is the brand family then its fallback, or the fallback alone when the
    brand family cannot be used (a :class:`FontWarning` says so, once).
    """
    fonts = resolve_brand(brand).fonts
    chain = [_fallback_family(item) for item in fonts.fallbacks] or [fonts.fallback]
    if register_fonts(brand):
        return [fonts.family, *chain]
    return chain


#: Characters that draw nothing (spaces, soft hyphens, joiners): never "missing".
SKIPPED = frozenset(map(ord, " \n\t\r\u00ad\u200b\u200c\u200d\u2060\ufeff"))


@functools.lru_cache(maxsize=64)
def font_cmap(path: str) -> frozenset[int]:
    """The characters a font file has glyphs for (its best cmap, read by fontTools)."""
    from fontTools.ttLib import TTFont

    try:
        with TTFont(path, lazy=True, fontNumber=0) as font:
            return frozenset(font.getBestCmap() or {})
    except Exception:  # noqa: BLE001  a file fontTools cannot read: nothing known drawn
        return frozenset()


def undrawable(fig: Figure) -> list[str]:
    """The characters of the figure's visible texts that no font they are set in has.

    Each text's family list is tried in order, as matplotlib's font fallback does.
    Plain text only (mathtext substitutes its own symbol fonts); in order, once each.
    """
    from matplotlib.text import Text

    missing: dict[str, None] = {}
    for ax in fig.axes:  # tick labels are made when asked for (or drawn)
        for axis in (ax.xaxis, ax.yaxis):
            axis.get_majorticklabels()
            axis.get_minorticklabels()
    for artist in fig.findobj(Text):
        text = artist.get_text()
        if not artist.get_visible() or not text.strip():
            continue
        files = font_files(artist.get_fontproperties())
        for line in text.split("\n"):
            clean, ismath = math_free_text(artist, line)
            if ismath:
                continue
            for letter in clean:
                if ord(letter) in SKIPPED or not letter.isprintable() or letter in missing:
                    continue
                if not any(ord(letter) in font_cmap(path) for path in files):
                    missing[letter] = None
    return list(missing)


def warn_if_undrawable(fig: Figure, brand: BrandLike | None = None) -> None:
    """Warn once, naming them, about characters no font of the figure's texts can draw."""
    missing = undrawable(fig)
    if not missing:
        return
    shown = ", ".join(f"{char!r} (U+{ord(char):04X})" for char in missing[:12])
    more = f" and {len(missing) - 12} more" if len(missing) > 12 else ""
    _warn(
        f"housestyle: no font of the brand {resolve_brand(brand).name!r} can draw "
        f"{shown}{more}; they are drawn as empty boxes. Add a family or font file that "
        "has them to the brand's fonts.fallback, or write the text without them"
    )


@functools.cache
def _fallback_family(item: str | Path) -> str:
    """The family name of a fallback: an installed family, or a font file registered."""
    return item if isinstance(item, str) else _add_font_file(item)
