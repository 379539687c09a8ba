"""The brand's colour scales for plotnine, and the defaults theme_ou brings.

:func:`scale_colour_ou` and friends are re-exported by :mod:`housestyle.libraries.plotnine`;
:func:`default_scale` is the scale a ggplot drawn with ``theme_ou()`` gets for a
colour or fill mapping the user gave no scale for. This module imports plotnine.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from plotnine import (
    scale_color_gradientn,
    scale_color_manual,
    scale_fill_gradientn,
    scale_fill_manual,
)

from ..brand import Brand, BrandLike, HouseStyleError, resolve_brand
from ..ink import CONTINUOUS, palette

__all__ = [
    "default_scale",
    "scale_color_house",
    "scale_color_house_continuous",
    "scale_colour_house",
    "scale_colour_house_continuous",
    "scale_fill_house",
    "scale_fill_house_continuous",
    "scale_color_ou",
    "scale_color_ou_continuous",
    "scale_colour_ou",
    "scale_colour_ou_continuous",
    "scale_fill_ou",
    "scale_fill_ou_continuous",
]


# --------------------------------------------------------------------------- #
# Scales
# --------------------------------------------------------------------------- #


def _discrete(
    cls: type,
    values: str | Sequence[str] | Mapping[Any, str],
    brand: BrandLike | None,
    kwargs: dict[str, Any],
) -> Any:
    brand = resolve_brand(brand)
    if isinstance(values, Mapping):
        mapping = {key: _brand_colour(brand, colour) for key, colour in values.items()}
        scale = cls(values=mapping, na_value=kwargs.pop("na_value", brand.colours.grey), **kwargs)
        # Unlisted categories take na_value by design; plotnine's own palette would
        # warn that the mapping holds fewer colours than there are categories.
        scale.palette = lambda n: mapping
        return scale
    colours = list(palette(values, brand=brand)) if isinstance(values, str) else list(values)
    scale = cls(values=colours, **kwargs)
    scale.palette = _strict_palette(colours, values if isinstance(values, str) else "custom", brand)
    return scale


def _strict_palette(
    colours: list[str], name: str, brand: Brand, default_for: str | None = None
) -> Callable[[int], list[str]]:
    """Return a palette function that refuses more categories than a qualitative palette holds.

    ``default_for`` names the aesthetic when the scale is theme_ou's default, not one the
    user added, so that the error says where the palette came from.
    """
    kind = brand.palette_kinds.get(name, "qualitative")
    field, whose = "palette", f"the {brand.name!r} palette {name!r}"
    if default_for is not None:
        field = {"color": "colour"}.get(default_for, default_for)
        whose = f"theme_ou's default for a {field} mapping with no scale, {whose},"

    def pick(n: int) -> list[str]:
        if kind == "focus" or kind in CONTINUOUS:  # the grey repeated; a ramp sampled
            return list(palette(name, n, brand=brand))
        if n > len(colours):
            raise HouseStyleError(
                f"{field}: {whose} holds {len(colours)} colours but the data has {n} "
                f"categories; allowed: at most {len(colours)}. Group small categories into "
                "'Other', facet, highlight with a mapping (scale_colour_house({...})), or add a "
                "scale of your own"
            )
        return colours[:n]

    return pick


def _brand_colour(brand: Brand, colour: str) -> str:
    """Return a colour given by brand name (``"highlight"``) or as a literal."""
    return getattr(brand.colours, colour, colour) if colour.isidentifier() else colour


def scale_colour_house(
    palette: str | Sequence[str] | Mapping[Any, str] = "categorical",
    *,
    brand: BrandLike | None = None,
    **kwargs: Any,
) -> scale_color_manual:
    """Return a discrete colour scale from a brand palette.

    Parameters
    ----------
    palette
        A palette name (``"categorical"``, ``"focus"``, ...), a list of colours, or
        a ``{category: colour}`` mapping for highlighting: colours may be brand
        colour names such as ``"highlight"`` or ``"primary"``, and categories not in
        the mapping are drawn in the brand's de-emphasis grey.
    brand
        A brand, its name or path; ``None`` for the current brand.
    **kwargs
        Passed to :class:`plotnine.scale_color_manual` (``breaks``, ``labels``...).

    Raises
    ------
    HouseStyleError
        When drawn with more categories than the palette holds.
    """
    return _discrete(scale_color_manual, palette, brand, kwargs)


def scale_fill_house(
    palette: str | Sequence[str] | Mapping[Any, str] = "categorical",
    *,
    brand: BrandLike | None = None,
    **kwargs: Any,
) -> scale_fill_manual:
    """Return a discrete fill scale from a brand palette; see :func:`scale_colour_ou`."""
    return _discrete(scale_fill_manual, palette, brand, kwargs)


def _continuous(cls: type, name: str, brand: BrandLike | None, kwargs: dict) -> Any:
    brand = resolve_brand(brand)
    if brand.palette_kinds.get(name) not in CONTINUOUS:
        ramps = [n for n, kind in brand.palette_kinds.items() if kind in CONTINUOUS]
        raise HouseStyleError(
            f"palette: {name!r} is not a continuous palette of {brand.name!r}; "
            f"allowed: {', '.join(ramps)} (palettes of kind {' or '.join(CONTINUOUS)})"
        )
    return cls(colors=list(palette(name, brand=brand)), **kwargs)


def scale_colour_house_continuous(
    palette: str = "sequential", *, brand: BrandLike | None = None, **kwargs: Any
) -> scale_color_gradientn:
    """Return a continuous colour scale from a sequential or diverging palette.

    For a diverging scale centred on a value, pass ``values`` or ``limits``.
    """
    return _continuous(scale_color_gradientn, palette, brand, kwargs)


def scale_fill_house_continuous(
    palette: str = "sequential", *, brand: BrandLike | None = None, **kwargs: Any
) -> scale_fill_gradientn:
    """Return a continuous fill scale from a sequential or diverging palette."""
    return _continuous(scale_fill_gradientn, palette, brand, kwargs)


scale_color_house = scale_colour_house
scale_color_house_continuous = scale_colour_house_continuous
# the shipped brand's names for the same scales
scale_colour_ou, scale_color_ou, scale_fill_ou = (
    scale_colour_house,
    scale_colour_house,
    scale_fill_house,
)
scale_colour_ou_continuous = scale_color_ou_continuous = scale_colour_house_continuous
scale_fill_ou_continuous = scale_fill_house_continuous


#: The brand's default scale for a colour or fill mapping, by plotnine's kind of data.
_DEFAULTS: dict[str, tuple[Callable[..., Any], str]] = {
    "discrete": (scale_colour_ou, "categorical"),
    "ordinal": (scale_colour_ou, "sequential"),
    "continuous": (scale_colour_ou_continuous, "sequential"),
}
_FILL = {scale_colour_ou: scale_fill_ou, scale_colour_ou_continuous: scale_fill_ou_continuous}


def default_scale(aesthetic: str, kind: str, brand: Brand) -> Any | None:
    """Return the brand's scale for a ``color`` or ``fill`` mapping of ``kind`` data.

    ``kind`` is plotnine's (``discrete``, ``ordinal``, ``continuous``, ``datetime``...);
    None for an aesthetic or kind the brand has no default for (plotnine's then).

    Examples
    --------
    >>> type(default_scale("fill", "continuous", resolve_brand("ou"))).__name__
    'scale_fill_gradientn'
    """
    if aesthetic not in ("color", "fill") or kind not in _DEFAULTS:
        return None
    make, name = _DEFAULTS[kind]
    if aesthetic == "fill":
        make = _FILL[make]
    scale = make(name, brand=brand)
    if make in (scale_colour_ou, scale_fill_ou):
        scale.palette = _strict_palette(list(palette(name, brand=brand)), name, brand, aesthetic)
    return scale
