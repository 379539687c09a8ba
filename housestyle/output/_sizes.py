"""Rendering a figure at another size than its own, and giving it back as it was.

A finalised figure is laid out again through its record's ``relayout`` (which
:func:`housestyle.finalise` sets: this package sits below the finaliser and never
imports it), rendered, and laid out back at its own size; a figure drawn from a
ggplot is drawn again from its plot, and the figure itself is left alone. A figure
not finalised only takes the preset's size and dpi for the while.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from typing import Any

from matplotlib.figure import Figure

from ..brand import HouseStyleError, SizeLike, SizePreset, resolve_brand
from ..ink import check_locale
from ..record import Finalised, finalised, write_record

__all__ = ["at_size", "check_locales", "check_sizes", "preset_of"]


def preset_of(fig: Figure, size: SizeLike | None) -> SizePreset | None:
    """Return the preset ``size`` of the figure's brand; None keeps the figure's own."""
    if size is None:
        return None
    info = finalised(fig)
    return (info.brand if info else resolve_brand()).preset(size)


def check_sizes(fig: Figure, size: Any, sizes: Any) -> list[tuple[str | None, SizePreset | None]]:
    """Return each size to write, with the label its file names carry (None: no label).

    Every size is checked before anything is drawn, so a bad one fails early.
    """
    if sizes is None:
        return [(None, preset_of(fig, size))]
    if size is not None:
        raise HouseStyleError(
            "size: give size= or sizes=, not both; allowed: size='social' for one size "
            "named like the path, or sizes=['web', 'social'] for files named by size"
        )
    if isinstance(sizes, str | SizePreset) or not isinstance(sizes, Sequence | set):
        raise HouseStyleError(
            f"sizes: {sizes!r} is not a list of sizes; allowed: a list such as "
            "['web', 'social'] (or size='social' for one)"
        )
    presets = [preset_of(fig, each) for each in sizes]
    chosen = {preset.name: preset for preset in presets if preset is not None}
    if not chosen:
        raise HouseStyleError("sizes: none given; allowed: a list such as ['web', 'social']")
    return list(chosen.items())


def check_locales(fig: Figure, locales: Any) -> list[str | None]:
    """Return each locale to write (normalised); ``[None]`` keeps the figure's own.

    Only a finalised figure can be laid out in another locale.
    """
    if locales is None:
        return [None]
    if isinstance(locales, str) or not isinstance(locales, Sequence | set):
        raise HouseStyleError(
            f"locales: {locales!r} is not a list of locales; allowed: a list such as ['en', 'cy']"
        )
    info = finalised(fig)
    if info is None or info.relayout is None:
        raise HouseStyleError(
            "locales: this figure cannot be laid out again in another locale; allowed: a "
            "figure finalised with housestyle.finalise (a table: make it again with "
            "housestyle.table(..., locale=...))"
        )
    chosen = list(dict.fromkeys(check_locale(each, "locales") for each in locales))
    if not chosen:
        raise HouseStyleError("locales: none given; allowed: a list such as ['en', 'cy']")
    return list(chosen)


@contextlib.contextmanager
def at_size(fig: Figure, preset: SizePreset | None, locale: str | None = None) -> Iterator[Figure]:
    """Lay ``fig`` out at ``preset`` (in ``locale``) for the block; then it is as it was.

    A finalised figure is laid out again by its record's ``relayout`` (so the title
    block, footer and type fit the new size), then laid out back at its own size; a
    figure drawn from a ggplot is drawn again and left untouched. A figure not
    finalised only takes the preset's size and dpi for the block.
    """
    info = finalised(fig)
    if info is not None and locale is not None and locale != info.locale:
        with _relaid_out(fig, info, preset or info.preset, locale) as shown:
            yield shown
    elif preset is None or (info is not None and preset == info.preset):
        yield fig
    elif info is None:
        with _resized(fig, preset):
            yield fig
    elif info.relayout is None:
        own = info.preset.name
        raise HouseStyleError(
            f"size: this figure was finalised for {own!r} and its axes are placed by "
            f"hand, so it cannot be laid out again at {preset.name!r}; allowed: its own "
            f"size, or make it again with size={preset.name!r} (a table: "
            f"housestyle.table(..., size={preset.name!r}))"
        )
    else:
        with _relaid_out(fig, info, preset) as shown:
            yield shown


@contextlib.contextmanager
def _resized(fig: Figure, preset: SizePreset) -> Iterator[None]:
    (width, height), dpi = fig.get_size_inches(), fig.dpi
    fig.set_size_inches(*preset.inches, forward=False)
    fig.set_dpi(preset.dpi)
    try:
        yield
    finally:
        fig.set_size_inches(float(width), float(height), forward=False)
        fig.set_dpi(dpi)


@contextlib.contextmanager
def _relaid_out(
    fig: Figure, info: Finalised, preset: SizePreset, locale: str | None = None
) -> Iterator[Figure]:
    assert info.relayout is not None
    shown = info.relayout(fig, preset, locale or info.locale)
    try:
        yield shown
    finally:
        if shown is fig:  # a matplotlib figure, changed in place: put it back
            info.relayout(fig, info.preset, info.locale)
            write_record(fig, info)
