"""The brand as a plotnine theme and colour scales.

This module imports plotnine, so ``import housestyle`` does not import it: the names
here are reached lazily through ``housestyle.theme_house`` and friends. The scales live in
:mod:`housestyle.libraries._p9colour_scales`, and the geom and scale defaults the theme
brings to a plot in :mod:`housestyle.libraries._p9defaults`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from plotnine import element_blank, element_line, element_rect, element_text, theme, theme_gray
from plotnine.themes.elements import margin

from ..brand import Brand, BrandLike, HouseStyleError, current_size, resolve_brand
from ..ink import check_locale, font_families
from ._p9colour_scales import (
    scale_color_house,
    scale_color_house_continuous,
    scale_color_ou,
    scale_color_ou_continuous,
    scale_colour_house,
    scale_colour_house_continuous,
    scale_colour_ou,
    scale_colour_ou_continuous,
    scale_fill_house,
    scale_fill_house_continuous,
    scale_fill_ou,
    scale_fill_ou_continuous,
)
from ._p9defaults import BrandLayers, BrandScales, line_size, true_minus
from .mpl import math_rc

__all__ = [
    "FontFamilies",
    "line_size",
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
    "theme_house",
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


def _check_base_size(base_size: Any) -> None:
    """Refuse a base size that is not a positive number (a brand passed first, say)."""
    number = isinstance(base_size, int | float) and not isinstance(base_size, bool)
    if base_size is None or (number and 0 < base_size < float("inf")):
        return
    named = isinstance(base_size, str)
    hint = f" (a brand is named: theme_house(brand={base_size!r}))" if named else ""
    raise HouseStyleError(
        f"base_size: {base_size!r} is not a size in points; allowed: a positive number, "
        f"or None for the brand's own sizes{hint}"
    )


class theme_house(theme_gray):
    """The house style of any brand as a complete plotnine theme.

    ``theme_house(brand="acme")`` styles a plot in the brand acme; ``theme_ou`` is the
    same theme under the shipped brand's name, kept for charts written with it.
    Built like plotnine's own themes: ``theme_gray`` first, then the brand's
    elements added, every size derived from the brand's type sizes scaled so that
    the axis title is ``base_size`` points.

    Added to a ggplot it also brings the brand's defaults, used while it is the plot's
    theme (see :mod:`housestyle.libraries._p9defaults`): geoms drawn in the brand's primary
    colour, lines and points at the brand's widths, text in the brand's font, and a
    colour or fill mapping with no scale on the brand's palettes. A scale added
    before or after it (``scale_colour_house({...})``, any plotnine scale) is used as is.
    (A theme set with plotnine's ``theme_set`` styles plots but brings no defaults:
    add ``theme_house()`` to the plot for them.)
    Negative numbers on the axes and in legends get a true minus sign when the brand
    asks for one (``type.unicode_minus``).

    Parameters
    ----------
    base_size
        The axis-title size in points; the other sizes keep their ratio to it.
        ``None`` uses the brand's sizes as written.
    brand
        A brand, its name or path; ``None`` for the current brand.
    locale
        The locale numbers and dates on the axes and in the legends are written in;
        ``None`` for the current one when the plot is drawn (``finalise(p, locale=...)``
        and ``style(locale=...)`` choose it).

    Examples
    --------
    >>> from plotnine import ggplot, aes, geom_line
    >>> from plotnine.data import economics
    >>> p = ggplot(economics, aes("date", "unemploy")) + geom_line() + theme_house()
    """

    def __init__(
        self,
        base_size: float | None = None,
        brand: BrandLike | None = None,
        locale: str | None = None,
    ):
        _check_base_size(base_size)
        brand = resolve_brand(brand)
        #: The locale of the labels; None is the current one when the plot is drawn.
        self.locale = check_locale(locale) if locale is not None else None
        scale = (base_size or brand.type.axis_title) / brand.type.axis_title
        families = font_families(brand)
        super().__init__(base_size=brand.type.axis_title * scale, base_family=families[0])
        self.brand = brand
        #: The size of the ``style()`` block the theme was made in, or None: finalise
        #: finishes the plot at that size when asked for none.
        self.size = current_size()
        self += theme(
            text=element_text(family=cast(Any, FontFamilies(families)), color=brand.colours.text),
            **_title_elements(brand, scale),
            **_axis_elements(brand, scale),
            **_panel_elements(brand),
            **_legend_elements(brand, scale),
            **_strip_elements(brand, scale),
            **_figure_elements(brand),
        )
        self._rcParams.update(math_rc(families))  # mathtext in the brand's font
        #: The plot margins this theme gives: finalise keeps any the user adds on top.
        self.brand_margins = {side: float(self.getp(f"plot_margin_{side}")) for side in _SIDES}

    def __radd__(self, other: Any) -> Any:
        """Add the theme to a ggplot (with the brand's defaults), or to another theme."""
        out = super().__radd__(other)
        if not isinstance(other, theme):
            _bring_defaults(out)
        return out

    def apply(self) -> None:
        """Apply the theme to a drawn plot, then the locale and the brand's minus sign."""
        super().apply()
        true_minus(self)


#: The shipped brand's name for :class:`theme_house`.
theme_ou = theme_house

_SIDES = ("left", "right", "top", "bottom")


def _bring_defaults(plot: Any) -> None:
    """Give the plot the layers and scales that bring the brand's defaults when drawn."""
    if not isinstance(plot.layers, BrandLayers):
        plot.layers = BrandLayers(plot.layers)
    if not isinstance(plot.scales, BrandScales):
        plot.scales = BrandScales(plot.scales)


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
        "axis_ticks": _line_or_blank(layout.ticks, colours.axis, brand.lines.tick),
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
        "panel_spacing": brand.layout.panel_gap,
    }


def _figure_elements(brand: Brand) -> dict[str, Any]:
    default = brand.preset(brand.default_size)
    return {"figure_size": default.inches, "dpi": int(default.dpi)}
