"""What ``theme_ou()`` brings to a ggplot besides its theme: the brand's defaults.

A house theme should make ``ggplot(df, aes(...)) + geom_line() + theme_ou()`` on-brand
with no scale added. plotnine takes a geom's look from the geom's ``DEFAULT_AES``, and a
mapped colour's scale from a global registry, both before any theme is applied. So
``theme_ou`` added to a plot gives it two small parts, which act when it is drawn:

- :class:`BrandLayers`, the plot's list of layers, which at the start of each draw
  gives every layer's geom the brand's defaults (:func:`geom_defaults`) for the
  aesthetics the user left to the geom: a data colour of ``colours.primary``, lines
  ``lines.data`` wide, points ``marks.point`` across, reference lines in the axis
  colour, text in the brand's text colour, size and family;
- :class:`BrandScales`, the plot's list of scales, which gives a colour or fill mapping
  with no scale the brand's (:func:`housestyle.libraries._p9colour_scales.default_scale`) where
  plotnine would pick its own: categorical for discrete data, the sequential ramp
  for ordered and continuous data. A scale the user adds, before or after the
  theme, is simply used: nothing is added that it would replace, so plotnine has no
  "scale already present" to warn about.

Both ask the plot's theme at each draw: after another complete theme replaces
``theme_ou``, the plot draws with plotnine's own defaults again. Nothing global
changes: the geoms' classes and plotnine's registry are left as they are.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from matplotlib.text import Text
from plotnine.layer import Layers
from plotnine.mapping.aes import aes_to_scale
from plotnine.scales.scale_discrete import scale_discrete
from plotnine.scales.scales import Scales, scale_type

from ..brand import Brand
from ..ink import (
    font_families,
    localise_dates,
    localise_numbers,
    resolve_locale,
    translate,
    with_minus,
)
from ._p9colour_scales import default_scale

__all__ = [
    "BrandLayers",
    "BrandScales",
    "geom_defaults",
    "line_size",
    "plot_brand",
    "true_minus",
]

#: plotnine multiplies a geom's ``size`` by the square root of pi to get points.
_SIZE_FACTOR = math.sqrt(math.pi)
_BRANDED = "_housestyle_defaults"  # on a geom given the brand's defaults


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


def plot_brand(plot: Any) -> Brand | None:
    """Return the brand of the plot's theme when it is a ``theme_ou``, else None."""
    brand = getattr(plot.theme, "brand", None)
    return brand if isinstance(brand, Brand) else None


# --------------------------------------------------------------------------- #
# Geoms
# --------------------------------------------------------------------------- #

#: Each geom's role, found by the first of its classes (most specific first) named here.
_ROLES = {
    "geom_density": "line",
    "geom_path": "line",
    "geom_segment": "line",
    "geom_rug": "range",
    "geom_point": "point",
    "geom_rect": "fill",
    "geom_ribbon": "fill",
    "geom_polygon": "fill",
    "geom_raster": "fill",
    "geom_dotplot": "dot",
    "geom_errorbar": "range",
    "geom_errorbarh": "range",
    "geom_linerange": "range",
    "geom_crossbar": "range",
    "geom_pointrange": "range",
    "geom_smooth": "smooth",
    "geom_hline": "reference",
    "geom_vline": "reference",
    "geom_abline": "reference",
    "geom_label": "label",
    "geom_text": "text",
    "geom_boxplot": "summary",
    "geom_violin": "summary",
}


def _role_values(brand: Brand, stroke: float) -> dict[str, dict[str, Any]]:
    """The brand's value of each aesthetic, by role (the geom's ``stroke`` for points)."""
    colours, data = brand.colours, line_size(brand.lines.data)
    text = {
        "color": colours.text,
        "size": brand.type.annotation,
        "family": font_families(brand)[0],
    }
    return {
        "line": {"color": colours.primary, "size": data},
        "point": {"color": colours.primary, "size": line_size(brand.marks.point) - stroke},
        "fill": {"fill": colours.primary},
        "dot": {"color": colours.primary, "fill": colours.primary},
        "range": {"color": colours.primary},
        "smooth": {"color": colours.primary, "fill": colours.grey, "size": data},
        "reference": {"color": colours.axis, "size": line_size(brand.lines.reference)},
        "text": text,
        "label": {**text, "fill": colours.background},
        "summary": {"color": colours.axis, "fill": colours.background},
    }


def geom_defaults(geom: type, brand: Brand) -> dict[str, Any]:
    """Return a geom class's default aesthetics with the brand's values put in.

    Only aesthetics the geom has change; a geom of no role here keeps plotnine's.

    Examples
    --------
    >>> from plotnine import geom_col
    >>> from housestyle import load_brand
    >>> brand = load_brand("ou")
    >>> geom_defaults(geom_col, brand)["fill"] == brand.colours.primary
    True
    """
    stock: Mapping[str, Any] = getattr(geom, "DEFAULT_AES", {})
    role = next((_ROLES[c.__name__] for c in geom.__mro__ if c.__name__ in _ROLES), None)
    if role is None:
        return dict(stock)
    values = _role_values(brand, float(stock.get("stroke", 0.0)))[role]
    return {**stock, **{k: v for k, v in values.items() if k in stock}}


def _brand_geom(geom: Any, brand: Brand | None) -> None:
    """Give one geom the brand's defaults (on the geom, not its class), or take them off."""
    if brand is None:
        if getattr(geom, _BRANDED, False):
            del geom.DEFAULT_AES
            setattr(geom, _BRANDED, False)
        return
    geom.DEFAULT_AES = geom_defaults(type(geom), brand)
    setattr(geom, _BRANDED, True)


class BrandLayers(Layers):
    """A plot's layers, drawn with the brand's geom defaults while its theme is theme_ou."""

    def setup(self, plot: Any) -> None:
        """Give each geom its defaults and the scales their brand, then set up as plotnine."""
        brand = plot_brand(plot)
        for layer in self:
            _brand_geom(layer.geom, brand)
        if isinstance(plot.scales, BrandScales):
            plot.scales.brand = brand
        super().setup(plot)


class BrandScales(Scales):
    """A plot's scales, whose default colour and fill scales are the brand's."""

    brand: Brand | None = None

    def add_defaults(self, data: Any, aesthetics: Any) -> None:
        """Add the brand's scale for each colour or fill mapping with none, then plotnine's."""
        if self.brand is not None and aesthetics:
            for aesthetic, column in aesthetics.items():
                name = aes_to_scale(aesthetic)
                column = column if column in data else aesthetic
                if column not in data or self.get_scales(name):
                    continue
                scale = default_scale(name, scale_type(data[column]), self.brand)
                if scale is not None:
                    self.append(scale)
        super().add_defaults(data, aesthetics)


# --------------------------------------------------------------------------- #
# The true minus sign
# --------------------------------------------------------------------------- #


def true_minus(theme: Any) -> None:
    """Write the numbers on the axes and in the legends in the locale, with the brand's minus.

    plotnine's labels come from mizani's formatters, which write English numbers and
    dates with a hyphen. matplotlib writes the minus sign (``axes.unicode_minus``) as
    the brand asks (``type.unicode_minus``), and so does this. In a locale other than
    English (the current one, or the theme's ``locale``), the numbers and month names of
    the labels mizani writes are rewritten in it (:mod:`housestyle.ink._locales`); labels the
    plot gives itself (a function of its own, a list) keep their numbers as written.
    A legend's entries are written as its scale's labels are: the numbers (or dates) of
    a continuous scale shown in a legend of keys (``scale_fill_continuous(guide=
    "legend")``, a size legend, ``geom_bin_2d`` with a legend) and of a colour bar in the
    locale, like the axes; a discrete scale's categories, like facet strips, translated
    by the label mapping in effect.
    Called after the theme is applied to a drawn plot.
    """
    locale = resolve_locale(getattr(theme, "locale", None), theme.brand)
    minus = theme.brand.type.unicode_minus
    kinds = _axis_kinds(getattr(theme, "plot", None))
    for ax in theme.axs:
        for name, axis in (("x", ax.xaxis), ("y", ax.yaxis)):
            locations = axis.get_ticklocs()
            labels = list(axis.get_major_formatter().format_ticks(locations))
            if labels == getattr(axis, _WRITTEN, None):
                continue  # written already (the theme is applied at each draw)
            kind = kinds.get(name, "number")
            fixed = [_written(str(label), kind, locale, theme.brand, minus) for label in labels]
            if fixed != labels:
                axis.set_ticks(locations, labels=fixed)
                setattr(axis, _WRITTEN, fixed)
    targets = theme.targets
    strips = [*targets.strip_text_x, *targets.strip_text_y]  # facet labels: matplotlib Texts
    legend_kinds = _legend_kinds(getattr(theme, "plot", None))
    for default, texts in (
        ("category", _legend_texts(targets, legend_kinds)),
        ("number", targets.legend_text_colorbar),
    ):
        for text in texts:
            kind = legend_kinds.get(text.get_text(), default)
            _write_text(text, kind, locale, theme.brand, minus)
    for text in strips:
        _write_text(text, "category", locale, theme.brand, minus)


def _write_text(text: Any, kind: str, locale: str, brand: Brand, minus: bool) -> None:
    """Write a matplotlib Text as shown in the locale, once (the theme applies at each draw)."""
    if text.get_text() != getattr(text, _WRITTEN, None):
        text.set_text(_written(text.get_text(), kind, locale, brand, minus))
        setattr(text, _WRITTEN, text.get_text())


#: On an axis or a legend text: the labels as written in the locale, not to be rewritten.
_WRITTEN = "_housestyle_written"


def _written(text: str, kind: str, locale: str, brand: Brand, minus: bool) -> str:
    """One label as shown: translated, or in the locale's numbers and dates."""
    if kind == "category":
        text = translate(text)
    elif kind == "date":
        text = localise_numbers(localise_dates(text, locale), locale)
    elif kind == "number":
        text = localise_numbers(text, locale)
    return with_minus(text, brand) if minus else text


def _axis_kinds(plot: Any) -> dict[str, str]:
    """What each axis of a drawn plot shows: ``number``, ``date``, ``category`` or ``own``.

    ``own`` is a scale whose labels the plot gives itself (a function that is not one of
    mizani's, or a list), whose numbers are left as written.
    """
    if plot is None:
        return {}
    kinds: dict[str, str] = {}
    for aesthetic in ("x", "y"):
        scales = plot.scales.get_scales(aesthetic)
        if not scales:
            continue
        scale = scales if not isinstance(scales, list) else scales[0]
        kinds[aesthetic] = _scale_kind(scale)
    if type(plot.coordinates).__name__ == "coord_flip":
        kinds = {"x": kinds.get("y", "number"), "y": kinds.get("x", "number")}
    return kinds


def _legend_texts(targets: Any, labels: Mapping[str, str]) -> list[Any]:
    """The entries of every legend drawn: plotnine's target holds the last legend's only.

    The other legends' entries are found in their boxes by their text, one of the
    ``labels`` the scales write (so no legend title is taken for an entry).
    """
    texts = list(targets.legend_text_legend)
    seen = {id(t) for t in [*texts, *targets.legend_text_colorbar]}
    for box in targets.legends.boxes if targets.legends is not None else []:
        for text in box.findobj(Text):
            if id(text) not in seen and text.get_text() in labels:
                seen.add(id(text))
                texts.append(text)
    return texts


def _legend_kinds(plot: Any) -> dict[str, str]:
    """What each label of a drawn plot's legends and colour bars shows, by its text.

    A legend of a continuous scale (``scale_fill_continuous(guide="legend")``, a size
    legend, ``geom_bin_2d`` with a legend) shows numbers, or dates for a datetime scale,
    as the axes do; a discrete scale's shows categories; labels the plot gives itself
    are ``own``. A text two scales write differently is a category (left as written).
    """
    kinds: dict[str, str] = {}
    for scale in getattr(plot, "scales", None) or []:
        if {"x", "y"} & set(scale.aesthetics):
            continue  # the axes' scales: their labels are the ticks
        kind = _scale_kind(scale)
        try:
            labels = [str(label) for label in scale.get_labels(scale.get_breaks())]
        except Exception:  # noqa: BLE001  # a scale not trained: it draws no legend
            continue
        for label in labels:
            kinds[label] = kind if kinds.get(label, kind) == kind else "category"
    return kinds


def _scale_kind(scale: Any) -> str:
    name = type(scale).__name__
    if isinstance(scale, scale_discrete):  # scale_x_discrete, scale_colour_manual...
        return "category"
    labels = scale.labels
    if labels is not True and not type(labels).__module__.startswith("mizani"):
        return "own"
    return "date" if ("date" in name or "time" in name) else "number"
