"""The brand as an Altair theme, and what :func:`housestyle.finalise` does to Altair charts.

``import housestyle.libraries.altair`` registers every shipped brand as an Altair theme of the
same name, so ``alt.theme.enable("ou")`` sets every chart after it in the brand's
fonts, type sizes, colours, palettes, axes, gridlines, legend and background.
:func:`theme` returns the configuration itself, for any brand and size. Every value is
read from the :class:`~housestyle.Brand`: nothing here names a colour, size or font.

Vega-Lite measures in CSS pixels and the brand in points, so the theme is worked out
for one size preset (the brand's default unless ``size`` is given): a point is
``dpi / 72`` pixels, type is scaled by the preset's ``type_scale`` and strokes by its
``line_scale``, exactly as the matplotlib style is at that preset.

A chart given to :func:`housestyle.finalise` is finished by composing its Vega-Lite
specification (the title block, the chart sized to fill, the footer rule, source and
logo: see :mod:`housestyle.adapters._altair.compose`) at the preset's exact pixel size, and
written by :func:`housestyle.export` through ``vl-convert`` with the brand's font files
(PNG, 2x PNG, SVG, PDF, and HTML with the Vega libraries inlined).

Examples
--------
>>> config = theme("ou")
>>> config["config"]["range"]["category"][0] == load_brand("ou").colours.primary
True
"""

from __future__ import annotations

from typing import Any

from ..brand import (
    Brand,
    BrandLike,
    SizeLike,
    SizePreset,
    brands,
    load_brand,
    resolve_brand,
    resolve_preset,
)
from ..ink import font_families
from ..units import POINTS_PER_INCH

__all__ = ["register_themes", "theme", "theme_config", "tick_spacing"]

#: Vega's names for the brand's reference line styles.
_DASHES = {"solid": [], "dashed": [6, 4], "dotted": [1.5, 3]}
#: Points between ticks at type scale 1 (50 px at 100 dpi; Vega-Lite's default is 40),
#: which gives about as many ticks as matplotlib's automatic locator on the same chart.
_TICK_SPACING = 36.0


class _Px:
    """Points to pixels at a preset: type by its type scale, strokes by its line scale."""

    def __init__(self, preset: SizePreset):
        self.per_pt = preset.dpi / POINTS_PER_INCH
        self.preset = preset

    def type(self, points: float) -> float:
        return round(points * self.preset.type_scale * self.per_pt, 3)

    def line(self, points: float) -> float:
        return round(points * self.preset.line_scale * self.per_pt, 3)


def _font(brand: Brand) -> str:
    """The CSS font list: the brand's family, then its fallback."""
    return ", ".join(dict.fromkeys(font_families(brand)))


def _axes(brand: Brand, px: _Px) -> dict[str, Any]:
    colours, layout = brand.colours, brand.layout
    axis = {
        "labelFont": _font(brand),
        "labelFontSize": px.type(brand.type.tick_label),
        "labelColor": colours.text,
        "titleFont": _font(brand),
        "titleFontSize": px.type(brand.type.axis_title),
        "titleFontWeight": "normal",
        "titleColor": colours.text,
        "titlePadding": px.type(layout.pads.axis_title),
        "labelPadding": px.type(layout.pads.tick_label),
        "domainColor": colours.axis,
        "domainWidth": px.line(brand.lines.axis),
        "gridColor": colours.gridline,
        "gridWidth": px.line(brand.lines.gridline),
        "ticks": layout.ticks,
        "tickColor": colours.axis,
        "tickSize": px.type(layout.drawn_tick_length),
        "tickWidth": px.line(brand.lines.axis * 0.6),
        "labelFlush": False,
    }
    sides = set(layout.axis_lines)
    return {
        "axis": axis,
        "axisX": {
            "grid": layout.gridlines in ("x", "both"),
            "domain": "bottom" in sides or "top" in sides,
            **({} if layout.axis_titles else {"title": None}),
        },
        "axisY": {
            "grid": layout.gridlines in ("y", "both"),
            "domain": "left" in sides or "right" in sides,
            **({} if layout.axis_titles else {"title": None}),
        },
        "axisBand": {"grid": False},
    }


def _legend(brand: Brand, px: _Px) -> dict[str, Any]:
    position = brand.layout.legend_position
    font, colours = _font(brand), brand.colours
    return {
        "disable": position == "none",
        "orient": position if position != "none" else "right",
        "direction": "horizontal" if position in ("top", "bottom") else "vertical",
        "title": None,
        "labelFont": font,
        "labelFontSize": px.type(brand.type.legend),
        "labelColor": colours.text,
        "titleFont": font,
        "titleFontSize": px.type(brand.type.legend),
        "titleColor": colours.text,
        "titleFontWeight": "normal",
        "symbolSize": px.type(brand.marks.point) ** 2,
        "symbolStrokeWidth": px.line(brand.lines.data),
        "columnPadding": px.type(brand.type.legend),
        "padding": 0,
        "offset": px.type(brand.layout.pads.panel_title),
    }


def _marks(brand: Brand, px: _Px) -> dict[str, Any]:
    colours, lines, marks = brand.colours, brand.lines, brand.marks
    point = px.type(marks.point) ** 2
    return {
        "mark": {"color": colours.primary},
        "line": {"strokeWidth": px.line(lines.data), "strokeCap": "round"},
        "trail": {"color": colours.primary},
        "point": {"size": point, "filled": True},
        "circle": {"size": point},
        "square": {"size": point},
        "bar": {"strokeWidth": px.line(lines.bar_edge), "stroke": colours.background}
        if lines.bar_edge > 0
        else {},
        "rect": {"stroke": None},
        "area": {"opacity": 1},
        "rule": {
            "color": colours.axis,
            "strokeWidth": px.line(lines.reference),
            "strokeDash": _DASHES.get(marks.reference_style, []),
        },
        "text": {
            "font": _font(brand),
            "fontSize": px.type(brand.type.annotation),
            "color": colours.text,
        },
    }


def tick_spacing(brand: Brand, preset: SizePreset) -> float:
    """The pixels between ticks at a preset: the same share of the type at every size."""
    return _Px(preset).type(_TICK_SPACING)


def theme_config(brand: BrandLike | None = None, size: SizeLike | None = None) -> dict[str, Any]:
    """Return the brand as a Vega-Lite ``config`` at a size preset (see :func:`theme`)."""
    chosen = resolve_brand(brand)
    px = _Px(resolve_preset(chosen, size))
    colours, font = chosen.colours, _font(chosen)
    palettes = chosen.palettes
    return {
        "background": colours.background,
        "font": font,
        "view": {"stroke": None, "fill": colours.background},
        "title": {
            "font": font,
            "fontSize": px.type(chosen.type.title),
            "fontWeight": "bold",
            "color": colours.text,
            "anchor": "start",
            "subtitleFont": font,
            "subtitleFontSize": px.type(chosen.type.subtitle),
            "subtitleColor": colours.text,
            "offset": px.type(chosen.layout.header_gap),
        },
        **_axes(chosen, px),
        "legend": _legend(chosen, px),
        "header": {
            "labelFont": font,
            "labelFontSize": px.type(chosen.type.strip),
            "labelColor": colours.text,
            "labelAnchor": "start",
            "titleFont": font,
            "titleFontSize": px.type(chosen.type.strip),
            "titleColor": colours.text,
        },
        "range": {
            "category": list(palettes["categorical"]),
            "ordinal": list(palettes["sequential"]),
            "ramp": list(palettes["sequential"]),
            "heatmap": list(palettes["sequential"]),
            "diverging": list(palettes["diverging"]),
        },
        **_marks(chosen, px),
    }


def theme(brand: BrandLike | None = None, size: SizeLike | None = None) -> dict[str, Any]:
    """Return the brand as an Altair theme: ``{"config": {...}}``.

    Parameters
    ----------
    brand
        A brand, its name or path; None for the current brand.
    size
        The size preset the pixel sizes are worked out for; None for the current
        size, else the brand's default.

    Returns
    -------
    dict
        What an Altair theme function returns: ``alt.theme.register("mine")(lambda:
        housestyle.libraries.altair.theme("path/to/brand.yaml"))``.
    """
    return {"config": theme_config(brand, size)}


def register_themes() -> list[str]:
    """Register every shipped brand as an Altair theme of its name; return the names.

    Registering does not enable a theme: ``alt.theme.enable("ou")`` does.
    """
    alt = _altair()
    names = brands()
    for name in names:
        alt.theme.register(name, enable=False)(_theme_of(name))
    return names


def _altair() -> Any:
    """Altair, or an error that says how to install it."""
    try:
        import altair
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(
            f"housestyle.libraries.altair needs Altair ({exc}); install it with "
            "pip install 'housestyle[altair]'",
            name=exc.name,
        ) from exc
    return altair


def _theme_of(name: str) -> Any:
    def registered() -> dict[str, Any]:
        return theme(load_brand(name))

    registered.__name__ = f"housestyle_{name.replace('-', '_')}"
    return registered


register_themes()
