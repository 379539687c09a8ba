"""The plotnine adapter: a ggplot drawn at a preset, inside the plan's frame.

The ggplot is drawn from a copy, never changed: its own title, subtitle and caption
are blanked (the title block and footer draw them), plot margins reserve the plan's
header and footer, its text takes the preset's type scale, and a discrete legend
wider than the content is wrapped onto more rows until it fits. plotnine is
imported only when a ggplot is finished.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from ..brand import Brand, SizePreset
from ..ink import LogoImage
from ..record import Plan, Texts, content_width, plan, with_prefix
from ..units import POINTS_PER_INCH

__all__ = [
    "finish_ggplot",
    "kept_axis_titles",
    "kept_legend_titles",
    "labels_from_ggplot",
    "own_margins",
]

#: The aesthetics plotnine draws a legend for, whose title ``labs()`` sets.
_LEGEND_AESTHETICS = ("color", "colour", "fill", "shape", "size", "linetype", "alpha", "stroke")

#: The aesthetics whose legend's keys are amounts, whatever they are mapped from.
_AMOUNTS = ("size", "alpha", "stroke")

_MAX_LEGEND_ROWS = 4


def finish_ggplot(
    spec: Any, brand: Brand, preset: SizePreset, texts: Texts, logo: LogoImage | None
) -> tuple[Figure, Texts, Plan]:
    """Draw ``spec`` at ``preset``; return the figure, the texts it shows and the plan.

    ``spec`` is a clean ggplot (see :func:`housestyle.record._spec.clean_spec`); it is
    copied for each draw and left as it is.
    """
    texts = labels_from_ggplot(spec, texts)
    texts = replace(
        texts,
        source=with_prefix(texts.source, brand),
        note=with_prefix(texts.note, brand, word="note"),
    )
    laid_out = plan(brand, preset, texts, logo)
    framing = [
        *_framing(brand, preset, laid_out, own_margins(spec)),
        *kept_axis_titles(spec, brand),
        *kept_legend_titles(spec, brand),
    ]
    content = content_width(brand, preset) * preset.dpi / POINTS_PER_INCH
    fig, plot = _draw(spec, framing, preset)
    for rows in range(2, _MAX_LEGEND_ROWS + 1):
        wrappable = _discrete_legend_aesthetics(plot)
        if _legend_width(fig) <= content or not wrappable:
            break
        plt.close(fig)
        fig, plot = _draw(spec, [*framing, _legend_rows(wrappable, rows)], preset)
    return fig, texts, laid_out


def labels_from_ggplot(plot: Any, texts: Texts) -> Texts:
    """Take each text not given from the plot's ``labs(title=, subtitle=, caption=)``."""
    labels = plot.labels
    from_plot = Texts(
        title=labels.get("title", None) or None,
        subtitle=labels.get("subtitle", None) or None,
        source=labels.get("caption", None) or None,
    )
    return texts.or_(from_plot)


def kept_axis_titles(plot: Any, brand: Brand) -> list[Any]:
    """Show the axis titles the user wrote (``labs(y=...)``) that the brand hides.

    A brand with ``layout.axis_titles: false`` leaves out the titles plotnine makes
    from the mapping ("seats"); a title the user wrote is the chart's unit, and stays.
    A plot drawn before has the mapping's names among its labels: those are not the
    user's.
    """
    if brand.layout.axis_titles:
        return []
    from plotnine import element_text, theme

    labels = plot.labels
    defaults = {  # what plotnine names an axis from the mapping, once it has drawn the plot
        axis: {
            getattr(mapping.labels, axis, None)
            for mapping in [plot.mapping, *(layer.mapping for layer in plot.layers)]
        }
        for axis in ("x", "y")
    }
    turned = {"x": 0, "y": 90}
    shown = {
        f"axis_title_{axis}": element_text(
            size=brand.type.axis_title, color=brand.colours.text, angle=turned[axis]
        )
        for axis in ("x", "y")
        if labels.get(axis, None) and labels.get(axis, None) not in defaults[axis]
    }
    return [theme(**shown)] if shown else []


def _mapped_names(plot: Any, aesthetic: str) -> set[Any]:
    """What plotnine names ``aesthetic`` from the mapping (the plot's and its layers')."""
    return {
        getattr(mapping.labels, aesthetic, None)
        for mapping in [plot.mapping, *(layer.mapping for layer in plot.layers)]
    }


def kept_legend_titles(plot: Any, brand: Brand) -> list[Any]:
    """Show the legend titles the user wrote (``labs(colour="Region")``), or a size's.

    The brand's theme leaves out the legend titles plotnine makes from the mapping (the
    column's name, "region"): keys that are names ("North", "South") say what they
    are. A title the user wrote says what the legend's keys are, and stays; so does
    the mapping's title of a legend of amounts (:func:`_legends_of_amounts`: dots of
    three sizes by "25 50 75" say nothing without it). plotnine themes every legend's
    title alike, so with one shown, each legend shows its title.
    """
    from plotnine import element_text, theme

    labels = plot.labels
    written = [
        aesthetic
        for aesthetic in _LEGEND_AESTHETICS
        if getattr(labels, aesthetic, None)
        and getattr(labels, aesthetic) not in _mapped_names(plot, aesthetic)
    ]
    if not written and not _legends_of_amounts(plot):
        return []
    title = element_text(size=brand.type.legend, color=brand.colours.text, ha="left")
    return [theme(legend_title=title, legend_title_position="top")]  # as matplotlib sets it


def _legends_of_amounts(plot: Any) -> list[str]:
    """The aesthetics mapped to a size, alpha or stroke with a legend of amounts shown.

    Their legend's keys are marks of a few sizes (or shades) beside numbers. A colour bar
    is left untitled: a chart coloured by its measure (a heatmap) names it in its
    subtitle, as the matplotlib twin's colour bar has no label.
    """
    from plotnine.scales.scale_discrete import scale_discrete

    left_out = {
        aesthetic
        for scale in plot.scales
        if isinstance(scale, scale_discrete) or scale.guide in (None, False, "none")
        for aesthetic in scale.aesthetics
    }
    # guides(size="none") hides a legend; guides() leaves the others None (the default)
    left_out |= {a for a in _AMOUNTS if getattr(plot.guides, a, None) in (False, "none")}
    mappings = [plot.mapping, *(layer.mapping for layer in plot.layers)]
    return [
        aesthetic
        for mapping in mappings
        for aesthetic in mapping
        if aesthetic in _AMOUNTS and aesthetic not in left_out
    ]


def own_margins(plot: Any) -> dict[str, float]:
    """Return the plot margins the user gave the plot, on top of its theme's own.

    ``theme_ou`` remembers the margins it gives (``brand_margins``); whatever the
    plot's theme has beyond them was added by the user, as ``theme(plot_margin=...)``.
    A plot with another theme keeps all of its margins.
    """
    base = getattr(plot.theme, "brand_margins", {})
    out = {}
    for side in ("left", "right", "top", "bottom"):
        value = plot.theme.getp(f"plot_margin_{side}")
        out[side] = max(0.0, float(value or 0.0) - base.get(side, 0.0))
    return out


def _framing(brand: Brand, preset: SizePreset, laid_out: Plan, own: dict[str, float]) -> list[Any]:
    """Blank the plot's own titles; size it; reserve the header, footer and margins.

    The plot's own margins (``own``, as fractions) are kept on top of the brand's.
    """
    from plotnine import labs, theme

    width, height = preset.points
    margins = brand.layout.margins
    # plotnine gives every plot margin as a fraction of the figure's width.
    return [
        labs(title="", subtitle="", caption=""),
        theme(
            figure_size=preset.inches,
            dpi=int(round(preset.dpi)),
            plot_margin_top=laid_out.header_height / width + own["top"],
            plot_margin_bottom=(height - laid_out.footer_top) / width + own["bottom"],
            plot_margin_left=margins.left / width + own["left"],
            plot_margin_right=margins.right / width + own["right"],
        ),
    ]


def _draw(spec: Any, extra: list[Any], preset: SizePreset) -> tuple[Figure, Any]:
    """Draw a copy of ``spec`` with ``extra`` added; return the figure and the copy."""
    from ._p9layout import SteadyLayout
    from ._p9sizing import scale_plot

    plot = spec + extra  # ggplot's + draws on a deep copy: spec is left as it was
    scale_plot(plot, preset.type_scale, preset.line_scale)
    fig = plot.draw()
    plt.close(fig)
    fig.set_layout_engine(SteadyLayout(plot))  # every draw lays out as the first
    return fig, plot


def _legend_width(fig: Figure) -> float:
    """Return the width in pixels of the widest plotnine legend box in ``fig``."""
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.offsetbox import AnchoredOffsetbox

    boxes = [artist for artist in fig.artists if isinstance(artist, AnchoredOffsetbox)]
    if not boxes:
        return 0.0
    renderer = RendererAgg(*fig.bbox.size, fig.dpi)
    return float(max(box.get_window_extent(renderer).width for box in boxes))


def _discrete_legend_aesthetics(plot: Any) -> list[str]:
    """Return the aesthetics of a drawn plot that have a discrete legend."""
    from plotnine.scales.scale_discrete import scale_discrete

    return [
        aesthetic
        for scale in plot.scales
        if isinstance(scale, scale_discrete)
        for aesthetic in scale.aesthetics
        if aesthetic not in ("x", "y")
    ]


def _legend_rows(aesthetics: list[str], rows: int) -> Any:
    """Return guides that wrap each legend onto ``rows`` rows."""
    from plotnine import guide_legend, guides

    return guides(**{aesthetic: guide_legend(nrow=rows, byrow=True) for aesthetic in aesthetics})
