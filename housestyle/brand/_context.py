"""The current brand and the current size: what ``brand=None`` and ``size=None`` mean.

Brand and size are context, not arguments every chart function must pass on:
:func:`housestyle.use` sets them for the whole process (so every thread agrees with
matplotlib's global rcParams, which it also sets), and a :func:`housestyle.style`
block sets them for the code inside it (a context variable, so the block is scoped
to its own thread or task). Inside no block and after no ``use()``, the brand is
``ou`` and the size is the brand's default preset.
"""

from __future__ import annotations

import contextvars
from dataclasses import dataclass

from ._brand import DEFAULT_BRAND, Brand, BrandLike, SizeLike, SizePreset, load_brand

__all__ = [
    "chosen_locale",
    "current_brand",
    "current_preset",
    "current_size",
    "process_default",
    "resolve_brand",
    "resolve_preset",
    "restore_process_default",
    "scoped",
    "set_process_default",
    "unscope",
]


@dataclass(frozen=True)
class _Choice:
    """What a ``style()`` block or ``use()`` chose: a brand and a size, either unset."""

    brand: BrandLike | None = None
    size: SizeLike | None = None
    locale: str | None = None


#: Chosen by ``use()``: one per process.
_process = _Choice(DEFAULT_BRAND, None, None)
#: Chosen by the innermost ``style()`` block of this thread or task, if any.
_scoped: contextvars.ContextVar[_Choice | None] = contextvars.ContextVar(
    "housestyle_scoped", default=None
)


def set_process_default(
    brand: BrandLike | None = None, size: SizeLike | None = None, locale: str | None = None
) -> None:
    """Make ``brand``, ``size`` and ``locale`` current for the whole process (``use()``).

    ``None`` leaves that one as it was.
    """
    global _process
    _process = _Choice(
        _process.brand if brand is None else brand,
        _process.size if size is None else size,
        _process.locale if locale is None else locale,
    )


def process_default() -> tuple[BrandLike | None, SizeLike | None]:
    """Return the brand and size ``use()`` chose (``("ou", None)`` before any call)."""
    return _process.brand, _process.size


def restore_process_default(
    brand: BrandLike | None, size: SizeLike | None, locale: str | None = None
) -> None:
    """Put back what :func:`process_default` returned (for test fixtures).

    The locale goes back to none chosen (the brand's own) unless given.
    """
    global _process
    _process = _Choice(brand, size, locale)


def scoped(
    brand: BrandLike | None, size: SizeLike | None, locale: str | None = None
) -> contextvars.Token:
    """Make ``brand``, ``size`` and ``locale`` current here; ``None`` keeps the outer one.

    Returns the token to pass to :func:`unscope` when the block ends.
    """
    outer = _scoped.get()
    inherited = outer if outer is not None else _Choice(None, None, None)
    return _scoped.set(
        _Choice(
            inherited.brand if brand is None else brand,
            inherited.size if size is None else size,
            inherited.locale if locale is None else locale,
        )
    )


def unscope(token: contextvars.Token) -> None:
    """End a :func:`scoped` block."""
    _scoped.reset(token)


def _chosen() -> _Choice:
    inner = _scoped.get()
    if inner is None:
        return _process
    return _Choice(
        inner.brand if inner.brand is not None else _process.brand,
        inner.size if inner.size is not None else _process.size,
        inner.locale if inner.locale is not None else _process.locale,
    )


def resolve_brand(brand: BrandLike | None = None) -> Brand:
    """Return ``brand`` loaded, or the current brand when it is ``None``.

    The current brand is ``ou`` unless :func:`housestyle.use` or a
    :func:`housestyle.style` block has chosen another.

    Examples
    --------
    >>> resolve_brand("night").name
    'night'
    """
    chosen = _chosen().brand if brand is None else brand
    return load_brand(chosen if chosen is not None else DEFAULT_BRAND)


def current_brand() -> Brand:
    """Return the brand in effect.

    That is the one chosen by the innermost :func:`housestyle.style` block, else by
    :func:`housestyle.use`, else ``ou``.
    """
    return resolve_brand(None)


def current_size() -> SizeLike | None:
    """Return the size chosen by a ``style(size=...)`` block or ``use(size=...)``, or None."""
    return _chosen().size


def chosen_locale() -> str | None:
    """Return the locale a ``style(locale=...)`` block or ``use(locale=...)`` chose, or None.

    None means the current brand's own (its ``locale:`` field); see
    :func:`housestyle.ink._locales.resolve_locale`.
    """
    return _chosen().locale


def current_preset(brand: BrandLike | None = None) -> SizePreset:
    """Return the size preset in effect for ``brand`` (the current brand by default).

    That is the current size (see :func:`current_size`) else the brand's default
    preset: what ``finalise(chart)`` will lay the chart out at.

    Examples
    --------
    >>> current_preset("ou").name
    'web'
    """
    return resolve_preset(resolve_brand(brand), None)


def resolve_preset(brand: Brand, size: SizeLike | None = None) -> SizePreset:
    """Return the preset ``size`` of ``brand``; ``None`` means the current size.

    With no current size, it is the brand's default preset (``presets.default``).

    Examples
    --------
    >>> resolve_preset(resolve_brand("ou")).name
    'web'
    >>> resolve_preset(resolve_brand("ou"), "social").pixels
    (1200, 675)
    """
    chosen = size if size is not None else current_size()
    return brand.preset(chosen if chosen is not None else brand.default_size)
