"""What finalise was asked, checked and resolved: texts per locale, brand, size, logo."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure

from ..brand import (
    Brand,
    BrandLike,
    HouseStyleError,
    SizeLike,
    SizePreset,
    chosen_locale,
    current_size,
    resolve_brand,
    resolve_preset,
)
from ..ink import (
    LogoImage,
    check_locale,
    load_logo,
    resolve_locale,
)
from ..libraries.mpl import brand_made_in, size_made_at
from ..record import (
    Finalised,
    Texts,
    is_ggplot,
    with_prefix,
)

__all__ = [
    "LogoLike",
    "as_text",
    "brand_for",
    "made_at",
    "check_chart",
    "check_flag",
    "check_text",
    "finish_locale",
    "given_texts",
    "kept_alt",
    "kept_texts",
    "labels_asked",
    "labels_for_locale",
    "logo_choice",
    "pick_text",
    "preset_for",
    "resolve_logo",
    "translations_asked",
]


LogoLike = bool | str | Path | None


def labels_for_locale(labels: Mapping[str, Mapping[str, str]], locale: str) -> Mapping[str, str]:
    """The mapping of labels for ``locale``: its own, else its language's, else none."""
    language = locale.split("_")[0]
    return labels.get(locale) or labels.get(language) or {}


def finish_locale(locale: str | None, before: Finalised | None, brand: Brand) -> str:
    """The locale given, else the current one; a finalised figure keeps its own otherwise."""
    if locale is None and before is not None and chosen_locale() is None:
        return before.locale
    return resolve_locale(locale, brand)


def translations_asked(
    asked: Mapping[str, Any], before: Finalised | None
) -> dict[str, dict[str, str]]:
    """The texts given per locale: those given now, and those the figure had for the rest.

    A text given now as one string (or an empty one) replaces any it had per locale.
    """
    kept = dict(before.translations) if before is not None else {}
    out: dict[str, dict[str, str]] = {}
    for name, value in asked.items():
        if isinstance(value, Mapping):
            if not value:
                raise HouseStyleError(
                    f"{name}: an empty mapping; allowed: a text, or texts by locale such "
                    'as {"en": "...", "cy": "..."}'
                )
            out[name] = {
                check_locale(key, f"{name} (a locale)"): as_text(name, text)
                for key, text in value.items()
            }
        elif value is None and name in kept:
            out[name] = dict(kept[name])
    return out


def as_text(name: str, value: Any) -> str:
    text = check_text(name, value)
    if text is None:
        raise HouseStyleError(f"{name}: {value!r} is not text; allowed: a string")
    return text


def pick_text(
    name: str, value: Any, translations: Mapping[str, Mapping[str, str]], locale: str
) -> str | None:
    """The text of ``name`` to show in ``locale``."""
    if name not in translations:
        return check_text(name, value)
    given = translations[name]
    language = locale.split("_")[0]
    for key in (locale, language):
        if key in given:
            return given[key]
    same = [key for key in given if key.split("_")[0] == language]
    if same:
        return given[same[0]]
    raise HouseStyleError(
        f"{name}: no text for the locale {locale!r}; given for {', '.join(given)}; "
        f"allowed: a text for each locale the chart is shown in"
    )


def labels_asked(
    labels: Mapping[str, Mapping[str, str]] | None, before: Finalised | None
) -> dict[str, dict[str, str]]:
    """The labels' mapping given (checked), else the one the figure had."""
    if labels is None:
        return {k: dict(v) for k, v in before.labels.items()} if before is not None else {}
    if not isinstance(labels, Mapping) or not all(
        isinstance(m, Mapping) and all(isinstance(t, str) for t in m.values())
        for m in labels.values()
    ):
        raise HouseStyleError(
            f"labels: {labels!r} is not allowed; allowed: a mapping of locales to mappings "
            'of labels, such as {"cy": {"Cars": "Ceir"}}'
        )
    return {check_locale(key, "labels (a locale)"): dict(m) for key, m in labels.items()}


def kept_texts(before: Finalised | None) -> Texts:
    """Return the texts a finalised figure showed (none for a chart not yet finalised)."""
    if before is None:
        return Texts()
    return Texts(
        title=before.title, subtitle=before.subtitle, note=before.note, source=before.source
    )


def kept_alt(alt: str | None, before: Finalised | None, brand: Brand, locale: str) -> str | None:
    kept = alt if alt is not None or before is None else before.alt
    return with_prefix(kept, brand, locale, word="alt")


def brand_for(brand: BrandLike | None, before: Finalised | None, chart: Any) -> Brand:
    """The brand given, else a finalised figure's, else the one it was made in, else current."""
    if brand is None and before is not None:
        return before.brand
    return resolve_brand(brand if brand is not None else made_in(chart))


def made_in(chart: Any) -> Brand | None:
    """The brand a chart already carries: a figure's ``style()`` block's, a ggplot's theme's.

    So a chart made in a brand and finalised after the block is finished in the brand its
    text and colours already have, whichever library drew it.
    """
    if is_ggplot(chart):
        found = getattr(getattr(chart, "theme", None), "brand", None)
        return found if isinstance(found, Brand) else None
    return brand_made_in(chart)


def made_at(chart: Any) -> SizeLike | None:
    """The size a chart was made at: its figure's ``style()`` block's, its ggplot theme's.

    None when that block named no size.
    """
    if is_ggplot(chart):
        return getattr(getattr(chart, "theme", None), "size", None)
    return size_made_at(chart)


def preset_for(
    brand: Brand, size: SizeLike | None, before: Finalised | None, made: SizeLike | None = None
) -> SizePreset:
    """The size given, else the current size, else the size a chart already has.

    A finalised figure keeps its size; a chart made in a ``style()`` block of a size
    (``made``, see :func:`made_at`) gets that size when its brand has it.
    """
    if size is None and current_size() is None:
        if before is not None:
            return before.preset
        if isinstance(made, SizePreset) or (isinstance(made, str) and made in brand.presets):
            return resolve_preset(brand, made)
    return resolve_preset(brand, size)


def logo_choice(logo: LogoLike, before: Finalised | None) -> bool | str | Path:
    """None means the logo a finalised figure had, else the brand's."""
    if logo is not None:
        return logo
    if before is None:
        return True
    return before.logo if before.logo is not None else False


def resolve_logo(logo: Any, brand: Brand, preset: SizePreset) -> LogoImage | None:
    if logo is False:
        return None
    field = "logo"
    if logo is True:
        path, field = brand.footer.logo, "footer.logo"
        if path is None:
            return None
    elif isinstance(logo, str | Path):
        path = Path(logo)
    else:
        raise HouseStyleError(
            f"logo: {logo!r} is not allowed; allowed: True (the brand's logo), False, "
            "or the path of an SVG or PNG file"
        )
    return load_logo(path, min_dpi=2 * preset.dpi, height_pt=brand.footer.logo_height, field=field)


def check_text(name: str, value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise HouseStyleError(f"{name}: {value!r} is not text; allowed: a string or None")


def given_texts(**texts: Any) -> Texts:
    return Texts(**{name: check_text(name, value) for name, value in texts.items()})


def check_flag(check: Any) -> None:
    if not isinstance(check, bool):
        raise HouseStyleError(f"check: {check!r} is not allowed; allowed: True or False")


def check_chart(chart: Any) -> None:
    if not (isinstance(chart, Figure) or is_ggplot(chart)):
        raise HouseStyleError(
            f"chart: a {type(chart).__name__} is not a chart; "
            "allowed: a matplotlib Figure, a plotnine ggplot or an Altair chart"
        )
