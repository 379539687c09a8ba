"""The brand as a plotnine theme and colour scales.

This module imports plotnine, so ``import housestyle`` does not import it: the names
here are reached lazily through ``housestyle.theme_ou`` and friends.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

from plotnine import (
    element_blank,
    element_line,
    element_rect,
    element_text,
    scale_color_gradientn,
    scale_color_manual,
    scale_fill_gradientn,
    scale_fill_manual,
    theme,
    theme_gray,
)
from plotnine.themes.elements import margin

from .brand import Brand, BrandLike, HouseStyleError
from .context import resolve_brand
from .fonts import font_families
from .palettes import CONTINUOUS, palette

__all__ = [
    "FontFamilies",
    "line_size",
    "scale_color_ou",
    "scale_color_ou_continuous",
    "scale_colour_ou",
    "scale_colour_ou_continuous",
    "scale_fill_ou",
    "scale_fill_ou_continuous",
    "theme_ou",
]


class FontFamilies(Sequence[str]):
    """The brand's font family names, as one value of an ``element_text``.

    plotnine spreads a ``list``, ``tuple`` or array given for a text property over the
    artists it styles, one value each, when their number is the length of the
    sequence: ``family=["Lato", "DejaVu Sans"]`` set "Lato" on the first of exactly
    two labels and "DejaVu Sans" on the second. This sequence is none of those types,
    so plotnine sets it whole on every text; matplotlib reads it as the list of
    families to try in order.

    Examples
    --------
    >>> names = FontFamilies(["Lato", "DejaVu Sans"])
    >>> list(names), isinstance(names, list | tuple)
    (['Lato', 'DejaVu Sans'], False)
    """

    def __init__(self, names: Sequence[str]):
        self._names = tuple(names)

    def __getitem__(self, index: Any) -> Any:
        return self._names[index]

    def __len__(self) -> int:
        return len(self._names)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(other) == self._names

    def __hash__(self) -> int:
        return hash(self._names)

    def __repr__(self) -> str:
        return f"FontFamilies({list(self._names)!r})"


def _line_or_blank(shown: bool, colour: str, width: float) -> Any:
    return element_line(color=colour, size=width) if shown else element_blank()


def _text_or_blank(shown: bool, **kwargs: Any) -> Any:
    return element_text(**kwargs) if shown else element_blank()


#: plotnine multiplies a geom's ``size`` by the square root of pi to get points.
_SIZE_FACTOR = math.sqrt(math.pi)


def line_size(points: float) -> float:
    """Return the plotnine ``size`` that draws a line (or a point) ``points`` wide.

    plotnine's sizes are not points: a ``geom_line(size=1)`` is about 1.77 points
    wide. Pass the brand's widths through this to match the matplotlib charts.

    Examples
    --------
    >>> round(line_size(math.sqrt(math.pi)), 6)
    1.0
    """
    return points / _SIZE_FACTOR


class theme_ou(theme_gray):
    """The house style as a complete plotnine theme.

    Built like plotnine's own themes: ``theme_gray`` first, then the brand's
    elements added, every size derived from the brand's type sizes scaled so that
    the axis title is ``base_size`` points.

    Parameters
    ----------
    base_size
        The axis-title size in points; the other sizes keep their ratio to it.
        ``None`` uses the brand's sizes as written.
    brand
        A brand, its name or path; ``None`` for the current brand.

    Examples
    --------
    >>> from plotnine import ggplot, aes, geom_line
    >>> from plotnine.data import economics
    >>> p = ggplot(economics, aes("date", "unemploy")) + geom_line() + theme_ou()
    """

    def __init__(self, base_size: float | None = None, brand: BrandLike | None = None):
        brand = resolve_brand(brand)
        scale = (base_size or brand.type.axis_title) / brand.type.axis_title
        families = font_families(brand)
        super().__init__(base_size=brand.type.axis_title * scale, base_family=families[0])
        self.brand = brand
        self += theme(
            text=element_text(family=cast(Any, FontFamilies(families)), color=brand.colours.text),
            **_title_elements(brand, scale),
            **_axis_elements(brand, scale),
            **_panel_elements(brand),
            **_legend_elements(brand, scale),
            **_strip_elements(brand, scale),
            **_figure_elements(brand),
        )


def _title_elements(brand: Brand, scale: float) -> dict[str, Any]:
    sizes, colours = brand.type, brand.colours
    return {
        "plot_title": element_text(
            size=sizes.title * scale,
            weight="bold",
            ha="left",
            margin=margin(b=brand.layout.title_gap, unit="pt"),
        ),
        "plot_subtitle": element_text(
            size=sizes.subtitle * scale,
            ha="left",
            margin=margin(b=brand.layout.header_gap, unit="pt"),
        ),
        "plot_caption": element_text(
            size=sizes.source * scale,
            color=colours.muted_text,
            ha="left",
            margin=margin(t=brand.layout.footer_gap, unit="pt"),
        ),
        "plot_title_position": "plot",
        "plot_caption_position": "plot",
    }


def _axis_elements(brand: Brand, scale: float) -> dict[str, Any]:
    sizes, colours, layout = brand.type, brand.colours, brand.layout
    axis = (colours.axis, brand.lines.axis)
    pad = layout.pads.tick_label
    return {
        "axis_text": element_text(size=sizes.tick_label * scale, color=colours.text),
        "axis_text_x": element_text(margin=margin(t=pad, unit="pt")),
        "axis_text_y": element_text(margin=margin(r=pad, unit="pt")),
        "axis_title": _text_or_blank(
            layout.axis_titles, size=sizes.axis_title * scale, color=colours.text
        ),
        "axis_ticks": _line_or_blank(layout.ticks, *axis),
        "axis_ticks_length": layout.drawn_tick_length,
        "axis_line_x": _line_or_blank("bottom" in layout.axis_lines, *axis),
        "axis_line_y": _line_or_blank("left" in layout.axis_lines, *axis),
    }


def _panel_elements(brand: Brand) -> dict[str, Any]:
    colours, grid = brand.colours, brand.layout.gridlines
    line = (colours.gridline, brand.lines.gridline)
    return {
        "panel_background": element_rect(fill=colours.background, color="none"),
        "panel_border": element_blank(),
        "panel_grid_minor": element_blank(),
        "panel_grid_major_x": _line_or_blank(grid in ("x", "both"), *line),
        "panel_grid_major_y": _line_or_blank(grid in ("y", "both"), *line),
        "plot_background": element_rect(fill=colours.background, color="none"),
    }


def _legend_elements(brand: Brand, scale: float) -> dict[str, Any]:
    position = brand.layout.legend_position
    horizontal = position in ("top", "bottom")
    return {
        "legend_position": position,
        "legend_direction": "horizontal" if horizontal else "vertical",
        "legend_justification_top": "left",
        "legend_justification_bottom": "left",
        "legend_title": element_blank(),
        "legend_text": element_text(size=brand.type.legend * scale),
        "legend_key": element_blank(),
        "legend_background": element_blank(),
        "legend_box_spacing": 0.01,
    }


def _strip_elements(brand: Brand, scale: float) -> dict[str, Any]:
    pads = brand.layout.pads
    return {
        "strip_background": element_blank(),
        "strip_text": element_text(
            size=brand.type.strip * scale,
            weight="bold",
            ha="left",
            color=brand.colours.text,
            margin=margin(b=pads.strip_bottom, t=pads.strip_top, unit="pt"),
        ),
        "strip_align": 0,
        "panel_spacing": 0.03,
    }


def _figure_elements(brand: Brand) -> dict[str, Any]:
    default = brand.preset(brand.default_size)
    return {"figure_size": default.inches, "dpi": int(default.dpi)}


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


def _strict_palette(colours: list[str], name: str, brand: Brand) -> Callable[[int], list[str]]:
    kind = brand.palette_kinds.get(name, "qualitative")

    def pick(n: int) -> list[str]:
        if kind == "focus":
            return list(palette(name, n, brand=brand))
        if n > len(colours):
            raise HouseStyleError(
                f"palette: the {brand.name!r} palette {name!r} holds {len(colours)} "
                f"colours but the data has {n} categories; allowed: at most {len(colours)}. "
                "Group small categories into 'Other', facet, or highlight with a mapping"
            )
        return colours[:n]

    return pick


def _brand_colour(brand: Brand, colour: str) -> str:
    """Return a colour given by brand name (``"highlight"``) or as a literal."""
    return getattr(brand.colours, colour, colour) if colour.isidentifier() else colour


def scale_colour_ou(
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


def scale_fill_ou(
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


def scale_colour_ou_continuous(
    palette: str = "sequential", *, brand: BrandLike | None = None, **kwargs: Any
) -> scale_color_gradientn:
    """Return a continuous colour scale from a sequential or diverging palette.

    For a diverging scale centred on a value, pass ``values`` or ``limits``.
    """
    return _continuous(scale_color_gradientn, palette, brand, kwargs)


def scale_fill_ou_continuous(
    palette: str = "sequential", *, brand: BrandLike | None = None, **kwargs: Any
) -> scale_fill_gradientn:
    """Return a continuous fill scale from a sequential or diverging palette."""
    return _continuous(scale_fill_gradientn, palette, brand, kwargs)


scale_color_ou = scale_colour_ou
scale_color_ou_continuous = scale_colour_ou_continuous
