"""The brand as a Plotly template.

``housestyle.libraries.plotly.use()`` registers every shipped brand as ``pio.templates[name]``
and makes the current brand (``"ou"`` unless another is in use) the default, so that
every Plotly figure made afterwards is on brand; :func:`template` returns the template
of any brand at any size preset. Everything is read from the :class:`~housestyle.Brand`:
fonts, type sizes, ``colorway``, the sequential and diverging colorscales, axes,
gridlines, legend, hover label, margins and background.

Plotly measures in CSS pixels; the brand in points. A template is made for one size
preset, at ``preset.dpi / 72`` pixels per point times its type (or line) scale, so a
figure laid out at the preset's pixel size shows the same type as the matplotlib twin.
This module imports plotly; ``import housestyle`` does not.
"""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go
import plotly.io as pio

from ..brand import Brand, BrandLike, SizeLike, SizePreset, brands, resolve_brand, resolve_preset
from ..ink import palette
from ..units import POINTS_PER_INCH

__all__ = ["colorscale", "font_stack", "px", "px_per_pt", "template", "use"]

_LEGEND_SIDES = {
    "top": {"orientation": "h", "x": 0, "xanchor": "left", "y": 1, "yanchor": "bottom"},
    "bottom": {"orientation": "h", "x": 0, "xanchor": "left", "y": -0.12, "yanchor": "top"},
    "right": {"orientation": "v", "x": 1.02, "xanchor": "left", "y": 1, "yanchor": "top"},
    "left": {"orientation": "v", "x": -0.15, "xanchor": "right", "y": 1, "yanchor": "top"},
}


def px_per_pt(preset: SizePreset) -> float:
    """Return the pixels of a 1x raster per point at ``preset``.

    Examples
    --------
    >>> from housestyle import load_brand
    >>> px_per_pt(load_brand("ou").preset("web"))
    1.3888888888888888
    """
    return preset.dpi / POINTS_PER_INCH


def px(points: float, *, lines: bool = False, size: SizeLike | None = None) -> float:
    """Return ``points`` (a brand size) in Plotly pixels at the current size preset.

    Text and marks follow the preset's type scale, strokes (``lines=True``) its line
    scale: what a recipe gives a trace or an annotation of its own.

    Examples
    --------
    >>> round(px(10), 2)
    13.89
    """
    preset = resolve_preset(resolve_brand(), size)
    return points * px_per_pt(preset) * (preset.line_scale if lines else preset.type_scale)


def font_stack(brand: Brand) -> str:
    """Return the CSS font family list: the brand's family, then its fallback."""
    return f'"{brand.fonts.family}", "{brand.fonts.fallback}", sans-serif'


def colorscale(brand: Brand, name: str) -> list[list[Any]]:
    """Return a brand palette as a Plotly colorscale: ``[[0, c0], ..., [1, cn]]``."""
    colours = list(palette(name, brand=brand))
    last = len(colours) - 1
    return [[round(i / last, 6), colour] for i, colour in enumerate(colours)]


def _axis(brand: Brand, x: bool, type_px: float, line_px: float) -> dict[str, Any]:
    layout, colours, lines = brand.layout, brand.colours, brand.lines
    grid = layout.gridlines in ("both", "x" if x else "y")
    side = "bottom" if x else "left"
    return {
        "showgrid": grid,
        "gridcolor": colours.gridline,
        "gridwidth": lines.gridline * line_px,
        "zeroline": False,
        "showline": side in layout.axis_lines,
        "linecolor": colours.axis,
        "linewidth": lines.axis * line_px,
        "ticks": "outside" if layout.ticks else "",
        "ticklen": layout.tick_length * type_px,
        "tickwidth": lines.axis * 0.6 * line_px,
        "tickcolor": colours.axis,
        "ticklabelstandoff": round(layout.pads.tick_label * type_px),
        "tickfont": {"size": brand.type.tick_label * type_px, "color": colours.text},
        "title": {
            "font": {"size": brand.type.axis_title * type_px, "color": colours.text},
            "standoff": layout.pads.axis_title * type_px,
        },
        "automargin": True,
    }


def _legend(brand: Brand, type_px: float) -> dict[str, Any]:
    side = brand.layout.legend_position
    return {
        **_LEGEND_SIDES.get(side, {}),
        "font": {"size": brand.type.legend * type_px, "color": brand.colours.text},
        "title": {"font": {"size": brand.type.legend * type_px, "color": brand.colours.text}},
        "bgcolor": "rgba(0,0,0,0)",
        "borderwidth": 0,
        "itemsizing": "constant",
    }


def template(brand: BrandLike | None = None, size: SizeLike | None = None) -> go.layout.Template:
    """Return the brand as a Plotly template, sized for a preset.

    Parameters
    ----------
    brand
        A brand, its name or path; None for the current brand.
    size
        The size preset whose dpi and type scale set the pixel sizes; None for the
        current size (else the brand's default preset).

    Examples
    --------
    >>> from housestyle import load_brand
    >>> t = template("ou")
    >>> t.layout.colorway[0] == load_brand("ou").colours.primary
    True
    >>> round(t.layout.font.size, 6) == round(load_brand("ou").type.tick_label * 100 / 72, 6)
    True
    """
    chosen = resolve_brand(brand)
    preset = resolve_preset(chosen, size)
    type_px = px_per_pt(preset) * preset.type_scale
    line_px = px_per_pt(preset) * preset.line_scale
    colours, sizes, margins = chosen.colours, chosen.type, chosen.layout.margins
    family = font_stack(chosen)
    layout = {
        "font": {"family": family, "size": sizes.tick_label * type_px, "color": colours.text},
        "colorway": list(chosen.palettes["categorical"]),
        "colorscale": {
            "sequential": colorscale(chosen, "sequential"),
            "sequentialminus": colorscale(chosen, "sequential")[::-1],
            "diverging": colorscale(chosen, "diverging"),
        },
        "coloraxis": {"colorscale": colorscale(chosen, "sequential")},
        "paper_bgcolor": colours.background,
        "plot_bgcolor": colours.background,
        "xaxis": _axis(chosen, True, type_px, line_px),
        "yaxis": _axis(chosen, False, type_px, line_px),
        "legend": _legend(chosen, type_px),
        **({"showlegend": False} if chosen.layout.legend_position == "none" else {}),
        "hoverlabel": {
            "font": {"family": family, "size": sizes.annotation * type_px},
            "bgcolor": colours.background,
            "bordercolor": colours.muted_text,
        },
        "annotationdefaults": {
            "font": {"size": sizes.annotation * type_px, "color": colours.text},
            "showarrow": False,
        },
        "title": {"font": {"size": sizes.title * type_px, "color": colours.text}, "x": 0},
        "margin": {
            "l": margins.left * px_per_pt(preset),
            "r": margins.right * px_per_pt(preset),
            "t": margins.top * px_per_pt(preset),
            "b": margins.bottom * px_per_pt(preset),
            "pad": 0,
        },
    }
    data = {
        "scatter": [
            {
                "line": {"width": chosen.lines.data * line_px},
                "marker": {"size": chosen.marks.point * type_px},
            }
        ],
        "bar": [{"marker": {"line": {"width": chosen.lines.bar_edge * line_px}}}],
        "heatmap": [{"colorscale": colorscale(chosen, "sequential")}],
    }
    return go.layout.Template(layout=layout, data=data)


def use(brand: BrandLike | None = None, size: SizeLike | None = None) -> str:
    """Register every shipped brand as a Plotly template and make one the default.

    Each shipped brand is ``pio.templates[name]`` (``"ou"``, ``"night"``); ``brand``
    (None: the current brand) is registered too, under its name, and becomes
    ``pio.templates.default``. Returns the default template's name.

    Examples
    --------
    >>> import plotly.io as pio
    >>> before = pio.templates.default
    >>> use()
    'ou'
    >>> pio.templates.default
    'ou'
    >>> pio.templates.default = before
    """
    for name in brands():
        pio.templates[name] = template(name, size)
    chosen = resolve_brand(brand)
    pio.templates[chosen.name] = template(chosen, size)
    pio.templates.default = chosen.name
    return chosen.name
