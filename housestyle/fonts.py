"""Registering a brand's font files with matplotlib, on demand and idempotently.

Nothing here runs at import. :func:`register_fonts` adds a brand's static TrueType
files to matplotlib's font manager once per file, then checks that the family
matplotlib resolves for each weight and style is the file the brand named. When it
is not, or a file cannot be read, it warns once, naming the font and the fallback
that will be used instead: a substitution is never silent.
"""

from __future__ import annotations

import functools
import warnings
from pathlib import Path

from matplotlib import font_manager

from .brand import Brand, HouseStyleError
from .context import resolve_brand

__all__ = ["FontWarning", "font_families", "register_fonts"]


class FontWarning(UserWarning):
    """A brand's font could not be used and a fallback is drawn instead."""


_VARIANTS = {
    "regular": ("normal", "normal"),
    "bold": ("bold", "normal"),
    "italic": ("normal", "italic"),
    "bold_italic": ("bold", "italic"),
}


@functools.cache
def _add_font_file(path: Path) -> str:
    """Add one file to matplotlib's font manager; return the family name it holds."""
    manager = font_manager.fontManager
    try:
        manager.addfont(str(path))
    except (OSError, RuntimeError, ValueError) as exc:
        raise HouseStyleError(f"fonts.files: cannot read the font file {path}: {exc}") from None
    # The same family may also be installed on the system (an older Lato, say). The
    # font manager picks the first of equal matches, so the brand's files go first,
    # and its lookup cache, which addfont does not clear, is cleared.
    ours = str(path)
    manager.ttflist.sort(key=lambda entry: entry.fname != ours)
    clear = getattr(manager._findfont_cached, "cache_clear", None)
    if clear is not None:
        clear()
    return font_manager.FontProperties(fname=ours).get_name()


def _resolves_to(family: str, weight: str, style: str) -> Path | None:
    props = font_manager.FontProperties(family=family, weight=weight, style=style)
    try:
        found = font_manager.findfont(props, fallback_to_default=False)
    except ValueError:
        return None
    return Path(found).resolve()


@functools.cache
def _register(fonts_key: tuple) -> str | None:
    """Register the files; return None when all resolve, else the reason."""
    family, files = fonts_key
    for _variant, path in files:
        try:
            name = _add_font_file(path)
        except HouseStyleError as exc:
            return str(exc)
        if name != family:
            return f"{path.name} holds the family {name!r}, not {family!r}"
    for variant, path in files:
        weight, style = _VARIANTS[variant]
        found = _resolves_to(family, weight, style)
        if found != path.resolve():
            return f"{variant} resolves to {found or 'nothing'} instead of {path}"
    return None


@functools.cache
def _warn_once(family: str, fallback: str, reason: str) -> None:
    warnings.warn(
        f"housestyle: the brand font {family!r} cannot be used ({reason}); "
        f"text is drawn in {fallback!r} instead",
        FontWarning,
        stacklevel=4,
    )


def register_fonts(brand: str | Path | Brand | None = None) -> bool:
    """Register the brand's font files with matplotlib.

    Safe to call many times: each file is added once. After registering, every
    weight and style the brand names is looked up by family and must resolve to
    the brand's own file.

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
    fonts = resolve_brand(brand).fonts
    files = tuple(
        (variant, path)
        for variant, path in (
            ("regular", fonts.regular),
            ("bold", fonts.bold),
            ("italic", fonts.italic),
            ("bold_italic", fonts.bold_italic),
        )
        if path is not None
    )
    reason = _register((fonts.family, files))
    if reason is not None:
        _warn_once(fonts.family, fonts.fallback, reason)
        return False
    return True


def font_families(brand: str | Path | Brand | None = None) -> list[str]:
    """Register the brand's fonts and return the family list to draw text with.

    The list is the brand family then its fallback, or the fallback alone when the
    brand family cannot be used (a :class:`FontWarning` says so, once).
    """
    fonts = resolve_brand(brand).fonts
    if register_fonts(brand):
        return [fonts.family, fonts.fallback]
    return [fonts.fallback]
