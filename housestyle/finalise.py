"""Finishing a chart: the title block, the footer with source and logo, the size.

:func:`finalise` takes a matplotlib ``Figure`` or a plotnine ``ggplot`` and returns a
figure sized exactly to a brand preset, with

- the title and subtitle flush left with the plot's content edge, wrapped to fit;
- the plot, laid out in the space between, never overlapping them;
- a footer band: a rule across the content width, the source (and an optional note)
  on the left, and the brand's logo on the right, sized in points.

Every length is worked out in points from the brand, so a chart looks the same at
every dpi, and the space is reserved by the layout engine (matplotlib's constrained
layout, or plotnine's plot margins) rather than guessed as a share of the height.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import matplotlib as mpl
import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.image import BboxImage
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.transforms import Bbox, TransformedBbox

from ._callable import make_callable
from ._text import TextMeasure
from .brand import Brand, HouseStyleError, SizePreset
from .context import resolve_brand
from .display import attach_display
from .export import export
from .fonts import font_families
from .logo import LogoImage, load_logo
from .record import GID_PREFIX, LOGO, RULE, Finalised, write_record

__all__ = ["finalise", "frame_heights"]

_LOGO_MAX_SHARE = 0.35  # of the content width
_LOGO_GAP = 12.0  # points between the source text and the logo
_TICK_LABEL_ALLOWANCE = 28.0  # points left of an axes for its tick labels


# --------------------------------------------------------------------------- #
# Measuring and wrapping text in points
# --------------------------------------------------------------------------- #


@dataclass(frozen=True)
class _Type:
    """A text style: size in points, weight and colour, with the brand's families."""

    size: float
    weight: str
    colour: str
    families: tuple[str, ...]
    line_spacing: float

    def props(self) -> FontProperties:
        return FontProperties(family=list(self.families), size=self.size, weight=self.weight)


class _Measure:
    """Measures and wraps title-block and footer text in points at the output dpi."""

    def __init__(self, preset: SizePreset):
        self.text = TextMeasure(preset.dpi)

    def width(self, text: str, style: _Type) -> float:
        return self.text.width(text, style.props())

    def wrap(self, text: str, style: _Type, width: float) -> list[str]:
        """Break ``text`` into lines no wider than ``width`` points."""
        return self.text.wrap(text, style.props(), width)


def _block_height(lines: Sequence[str], style: _Type) -> float:
    """Height in points of ``lines`` set in ``style``: cap-to-baseline plus line pitch."""
    if not lines:
        return 0.0
    return style.size * (1.0 + (len(lines) - 1) * style.line_spacing) + style.size * 0.25


# --------------------------------------------------------------------------- #
# The plan: where each piece goes, in points from the top-left corner
# --------------------------------------------------------------------------- #


@dataclass(frozen=True)
class _Piece:
    """One block of text to place: its lines, style and top edge in points."""

    gid: str
    lines: tuple[str, ...]
    style: _Type
    top: float


@dataclass(frozen=True)
class _Plan:
    """The title block, footer and plot area of a finalised figure, in points."""

    pieces: tuple[_Piece, ...]
    header_height: float
    footer_top: float
    rule_y: float | None
    logo: LogoImage | None
    logo_box: tuple[float, float, float, float] | None  # left, top, width, height


@dataclass(frozen=True)
class _Texts:
    title: str | None
    subtitle: str | None
    note: str | None
    source: str | None


def _styles(brand: Brand, scale: float) -> dict[str, _Type]:
    families = tuple(font_families(brand))
    sizes, colours, spacing = brand.type, brand.colours, brand.type.line_spacing
    return {
        "title": _Type(sizes.title * scale, "bold", colours.text, families, spacing),
        "subtitle": _Type(sizes.subtitle * scale, "normal", colours.text, families, spacing),
        "note": _Type(sizes.source * scale, "normal", colours.muted_text, families, spacing),
        "source": _Type(sizes.source * scale, "normal", colours.muted_text, families, spacing),
    }


def _plan(brand: Brand, preset: SizePreset, texts: _Texts, logo: LogoImage | None) -> _Plan:
    measure = _Measure(preset)
    styles = _styles(brand, preset.type_scale)
    layout, footer = brand.layout, brand.footer
    width, height = preset.points
    content = width - layout.margins.left - layout.margins.right
    scale = preset.type_scale

    pieces: list[_Piece] = []
    y = layout.margins.top
    for name, gap in (("title", layout.title_gap), ("subtitle", 0.0)):
        text = getattr(texts, name)
        if text:
            lines = measure.wrap(text, styles[name], content)
            pieces.append(_Piece(f"{GID_PREFIX}{name}", tuple(lines), styles[name], y))
            y += _block_height(lines, styles[name]) + gap * scale
    header = y + layout.header_gap * scale if pieces else y

    logo_box = _logo_box(logo, footer.logo_height * scale, content)
    text_width = content - (logo_box[0] + _LOGO_GAP * scale if logo_box else 0.0)
    footer_lines = []
    for name in ("note", "source"):
        text = getattr(texts, name)
        if text:
            lines = measure.wrap(text, styles[name], text_width)
            footer_lines.append((name, lines))
    text_height = sum(_block_height(lines, styles[name]) for name, lines in footer_lines)
    band = max(text_height, logo_box[1] if logo_box else 0.0)
    has_footer = band > 0
    rule = footer.rule_width if has_footer and footer.rule_width > 0 else 0.0
    pad = footer.padding * scale
    footer_height = (
        (rule + pad + band + layout.margins.bottom) if has_footer else layout.margins.bottom
    )
    footer_top = height - footer_height
    y = footer_top + rule + pad
    for name, lines in footer_lines:
        pieces.append(_Piece(f"{GID_PREFIX}{name}", tuple(lines), styles[name], y))
        y += _block_height(lines, styles[name])
    box = None
    if logo_box:
        logo_w, logo_h = logo_box
        box = (width - layout.margins.right - logo_w, footer_top + rule + pad, logo_w, logo_h)
    return _Plan(
        pieces=tuple(pieces),
        header_height=header,
        footer_top=footer_top - layout.footer_gap * scale,
        rule_y=footer_top + rule / 2 if rule else None,
        logo=logo,
        logo_box=box,
    )


def _logo_box(logo: LogoImage | None, height: float, content: float) -> tuple[float, float] | None:
    """Return the logo's width and height in points: brand height, shrunk if too wide."""
    if logo is None:
        return None
    width = height * logo.aspect
    limit = content * _LOGO_MAX_SHARE
    if width > limit:
        width, height = limit, limit / logo.aspect
    return width, height


# --------------------------------------------------------------------------- #
# Drawing the plan onto a figure
# --------------------------------------------------------------------------- #


def _draw_plan(fig: Figure, plan: _Plan, brand: Brand, preset: SizePreset) -> None:
    width, height = preset.points
    left = brand.layout.margins.left
    for piece in plan.pieces:
        style = piece.style
        # One artist per line, each on the baseline the plan measured: matplotlib's
        # va="baseline" on multi-line text aligns the *last* line, and its own line
        # pitch differs from the plan's, so a wrapped title would rise off the figure.
        for number, line in enumerate(piece.lines):
            baseline = piece.top + style.size * (1 + number * style.line_spacing)
            text = Text(
                left / width,
                1 - baseline / height,
                line,
                fontproperties=style.props(),
                color=style.colour,
                ha="left",
                va="baseline",
                transform=fig.transFigure,
                gid=piece.gid,
                parse_math=False,  # "from $5 to $10" is money, not mathtext
            )
            text.set_in_layout(False)
            fig.add_artist(text)
    if plan.rule_y is not None:
        rule = Line2D(
            [left / width, 1 - brand.layout.margins.right / width],
            [1 - plan.rule_y / height] * 2,
            color=brand.footer.rule_colour,
            linewidth=brand.footer.rule_width,
            solid_capstyle="butt",
            transform=fig.transFigure,
            gid=RULE,
        )
        rule.set_in_layout(False)
        fig.add_artist(rule)
    if plan.logo is not None and plan.logo_box is not None:
        _draw_logo(fig, plan.logo, plan.logo_box, preset)


def _draw_logo(fig: Figure, logo: LogoImage, box: tuple, preset: SizePreset) -> None:
    """Place the logo as one image artist in figure coordinates (no axes: cheaper)."""
    width, height = preset.points
    x, top, w, h = box
    where = Bbox.from_bounds(x / width, 1 - (top + h) / height, w / width, h / height)
    image = BboxImage(TransformedBbox(where, fig.transFigure), interpolation="lanczos")
    image.set_data(logo.pixels)
    image.set_gid(LOGO)
    image.set_in_layout(False)
    fig.add_artist(image)


# --------------------------------------------------------------------------- #
# The two kinds of chart
# --------------------------------------------------------------------------- #


def _texts_from_figure(fig: Figure, texts: _Texts) -> _Texts:
    """Take a missing title from the suptitle, or from a lone axes' title."""
    if texts.title is not None:
        return texts
    suptitle = getattr(fig, "_suptitle", None)
    if suptitle is not None and suptitle.get_text():
        title = suptitle.get_text()
        suptitle.remove()
        fig._suptitle = None
        return replace(texts, title=title)
    axes = fig.axes
    if len(axes) == 1 and axes[0].get_title():
        title = axes[0].get_title()
        axes[0].set_title("")
        return replace(texts, title=title)
    return texts


def _scale_type(fig: Figure, scale: float) -> None:
    if scale == 1.0:
        return
    for text in fig.findobj(Text):
        text.set_fontsize(text.get_fontsize() * scale)


def _default_legends(fig: Figure) -> list[Any]:
    """Return the axes legends left where matplotlib put them (``loc="best"``)."""
    found = []
    for ax in fig.axes:
        legend = ax.get_legend()
        if legend is not None and legend._loc == 0 and legend.get_bbox_to_anchor() == ax.bbox:
            found.append(legend)
    return found


def _lift_title(ax: Any, legend: Any) -> None:
    """Raise the axes' title above a legend placed on top of the axes."""
    titled = [loc for loc in ("left", "center", "right") if ax.get_title(loc=loc)]
    if not titled:
        return
    params = plt.rcParams
    rows = -(-len(legend.get_texts()) // legend._ncols)
    size = legend.get_texts()[0].get_fontsize()
    height = size * (
        rows + (rows - 1) * params["legend.labelspacing"] + 2 * params["legend.borderpad"]
    )
    text = ax.get_title(loc=titled[0])
    artist = next(t for t in ax.get_children() if isinstance(t, Text) and t.get_text() == text)
    ax.set_title(  # one pad moves every title of the axes
        text,
        loc=titled[0],
        pad=params["axes.titlepad"] + height + legend.borderaxespad * size,
        fontsize=artist.get_fontsize(),
        fontweight=artist.get_fontweight(),
        fontstyle=artist.get_fontstyle(),
        fontfamily=artist.get_fontfamily(),
        color=artist.get_color(),
    )


def _column_share(ax: Any) -> float:
    """Return the share of the figure's width that ``ax``'s grid columns span."""
    spec = ax.get_subplotspec() if hasattr(ax, "get_subplotspec") else None
    if spec is None:
        return ax.get_position().width
    rows, cols = spec.get_gridspec().get_geometry()
    first, last = spec.colspan.start, spec.colspan.stop
    return (last - first) / cols


def _legend_columns(labels: list[str], size: float, width: float, measure: _Measure) -> int:
    """Return how many legend columns of the widest label fit in ``width`` points."""
    style = _Type(size, "normal", "", tuple(font_families()), 1.0)
    params = plt.rcParams
    extra = (params["legend.handlelength"] + params["legend.handletextpad"]) * size
    item = max(measure.width(label, style) for label in labels) + extra
    gap = params["legend.columnspacing"] * size
    return max(1, min(len(labels), int((width + gap) // (item + gap))))


def _place_legends_on_top(fig: Figure, brand: Brand, preset: SizePreset) -> None:
    """Move default-placed legends above the plot, in as many columns as fit."""
    legends = _default_legends(fig)
    if brand.layout.legend_position != "top" or not legends:
        return
    measure = _Measure(preset)
    size = brand.type.legend * preset.type_scale
    content = preset.points[0] - brand.layout.margins.left - brand.layout.margins.right
    for legend in legends:
        ax = legend.axes
        handles, labels = legend.legend_handles, [t.get_text() for t in legend.get_texts()]
        width = content * _column_share(ax) - _TICK_LABEL_ALLOWANCE * preset.type_scale
        moved = ax.legend(
            handles,
            labels,
            loc="lower left",
            bbox_to_anchor=(0, 1),
            ncols=_legend_columns(labels, size, width, measure),
            fontsize=size,
            frameon=False,
            borderaxespad=0.4,
        )
        _lift_title(ax, moved)


def _finalise_matplotlib(
    fig: Figure, brand: Brand, preset: SizePreset, texts: _Texts, logo: LogoImage | None
) -> tuple[Figure, _Texts, _Plan]:
    texts = _texts_from_figure(fig, texts)
    fig.set_size_inches(*preset.inches, forward=False)
    fig.set_dpi(preset.dpi)
    _scale_type(fig, preset.type_scale)
    _place_legends_on_top(fig, brand, preset)
    plan = _plan(brand, preset, texts, logo)
    _set_layout(fig, brand, preset, plan)
    return fig, texts, plan


def _set_layout(fig: Figure, brand: Brand, preset: SizePreset, plan: _Plan) -> None:
    """Confine constrained layout to the plot area, or use none for hand-placed axes.

    Axes made with ``fig.add_axes`` (a table, say) have no grid for constrained layout
    to arrange: their places are already chosen. Such a figure gets no engine at all,
    not a placeholder, so that saving it skips matplotlib's layout dry run (a second
    text layout of every label).
    """
    if not any(getattr(ax, "get_subplotspec", lambda: None)() for ax in fig.axes):
        with mpl.rc_context({"figure.constrained_layout.use": False, "figure.autolayout": False}):
            fig.set_layout_engine(None)  # None re-reads these rcParams
        return
    width, height = preset.points
    margins = brand.layout.margins
    bottom = (height - plan.footer_top) / height
    top = 1 - plan.header_height / height
    engine = ConstrainedLayoutEngine(w_pad=0.0, h_pad=0.0, wspace=0.04, hspace=0.04)
    left, right = margins.left / width, 1 - margins.right / width
    engine.set(rect=(left, bottom, right - left, top - bottom))
    fig.set_layout_engine(engine)


def _labels_from_ggplot(plot: Any, texts: _Texts) -> _Texts:
    labels = plot.labels
    return _Texts(
        title=texts.title if texts.title is not None else labels.get("title", None) or None,
        subtitle=texts.subtitle
        if texts.subtitle is not None
        else labels.get("subtitle", None) or None,
        note=texts.note,
        source=texts.source if texts.source is not None else labels.get("caption", None) or None,
    )


def _finalise_ggplot(
    chart: Any, brand: Brand, preset: SizePreset, texts: _Texts, logo: LogoImage | None
) -> tuple[Figure, _Texts, _Plan]:
    from plotnine import labs, theme

    texts = _labels_from_ggplot(chart, texts)
    texts = replace(texts, source=_with_prefix(texts.source, brand))
    plan = _plan(brand, preset, texts, logo)
    width, height = preset.points
    margins = brand.layout.margins
    # plotnine gives every plot margin as a fraction of the figure's width.
    framing = [
        labs(title="", subtitle="", caption=""),
        theme(
            figure_size=preset.inches,
            dpi=int(round(preset.dpi)),
            plot_margin_top=plan.header_height / width,
            plot_margin_bottom=(height - plan.footer_top) / width,
            plot_margin_left=margins.left / width,
            plot_margin_right=margins.right / width,
        ),
    ]
    content = (width - margins.left - margins.right) * preset.dpi / 72.0
    fig, plot = _draw_ggplot(chart, framing, preset.type_scale)
    for rows in range(2, _MAX_LEGEND_ROWS + 1):
        wrappable = _discrete_legend_aesthetics(plot)
        if _legend_width(fig) <= content or not wrappable:
            break
        plt.close(fig)
        fig, plot = _draw_ggplot(
            chart, [*framing, _legend_rows(wrappable, rows)], preset.type_scale
        )
    return fig, texts, plan


_MAX_LEGEND_ROWS = 4


def _draw_ggplot(chart: Any, extra: list[Any], type_scale: float) -> tuple[Figure, Any]:
    """Draw a copy of ``chart`` with ``extra`` added; return the figure and the copy."""
    plot = copy.deepcopy(chart) + extra
    _scale_ggplot_text(plot, type_scale)
    fig = plot.draw()
    plt.close(fig)
    return fig, plot


def _legend_width(fig: Figure) -> float:
    """Return the width in pixels of the widest plotnine legend box in ``fig``."""
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.offsetbox import AnchoredOffsetbox

    boxes = [artist for artist in fig.artists if isinstance(artist, AnchoredOffsetbox)]
    if not boxes:
        return 0.0
    renderer = RendererAgg(*fig.bbox.size, fig.dpi)
    return max(box.get_window_extent(renderer).width for box in boxes)


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


def _scale_ggplot_text(plot: Any, scale: float) -> None:
    """Multiply every text size of the plot's theme by ``scale``."""
    if scale == 1.0:
        return
    from plotnine.themes.elements import element_text

    for themeable in plot.theme.themeables.values():
        element = themeable.theme_element
        if isinstance(element, element_text) and isinstance(
            element.properties.get("size"), int | float
        ):
            element.properties["size"] *= scale


def _with_prefix(source: str | None, brand: Brand) -> str | None:
    prefix = brand.footer.source_prefix
    if not source or not prefix or source.lower().startswith(prefix.strip().lower()):
        return source
    return f"{prefix}{source}"


# --------------------------------------------------------------------------- #
# The public call
# --------------------------------------------------------------------------- #


def _check_text(name: str, value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise HouseStyleError(f"{name}: {value!r} is not text; allowed: a string or None")


def _is_ggplot(chart: Any) -> bool:
    return any(
        cls.__name__ == "ggplot" and "plotnine" in cls.__module__ for cls in type(chart).__mro__
    )


def _resolve_logo(
    logo: bool | str | Path | None, brand: Brand, preset: SizePreset
) -> LogoImage | None:
    if logo is False or logo is None:
        return None
    if logo is True:
        path = brand.footer.logo
        if path is None:
            return None
    elif isinstance(logo, str | Path):
        path = Path(logo)
    else:
        raise HouseStyleError(
            f"logo: {logo!r} is not allowed; allowed: True (the brand's logo), False, "
            "or the path of an SVG or PNG file"
        )
    return load_logo(path, min_dpi=2 * preset.dpi, height_pt=brand.footer.logo_height)


def finalise(
    chart: Any,
    *,
    title: str | None = None,
    subtitle: str | None = None,
    source: str | None = None,
    note: str | None = None,
    logo: bool | str | Path = True,
    size: str | SizePreset = "web",
    brand: str | Path | Brand | None = None,
    alt: str | None = None,
    save: str | Path | None = None,
    formats: Sequence[str] | None = None,
    check: bool = False,
) -> Figure:
    """Finish a chart in the house style: title block, footer, exact size.

    Parameters
    ----------
    chart
        A matplotlib ``Figure`` (changed in place) or a plotnine ``ggplot`` (drawn
        from a copy: the caller's object is not changed).
    title, subtitle
        The title block, flush left and wrapped to the content width. When None,
        they are taken from the chart: a suptitle or a lone axes title, or plotnine's
        ``labs(title=, subtitle=)``.
    source
        The source line, prefixed with the brand's ``source_prefix`` (``"Source: "``)
        unless it already starts with it; from ``labs(caption=)`` when None.
    note
        An optional note set above the source line.
    logo
        True for the brand's logo, False for none, or the path of an SVG or PNG.
    size
        A size preset of the brand (``"web"``, ``"social"``, ``"print-column"``...).
    brand
        A brand, its name or path; ``None`` for the current brand.
    alt
        Alternative text for screen readers, written into the exported files.
    save
        If given, :func:`housestyle.export` writes the figure to this path.
    formats
        The formats ``save`` writes; the default is PNG, SVG and PDF.
    check
        Run :func:`housestyle.check` and warn with its findings.

    Returns
    -------
    matplotlib.figure.Figure
        The finished figure, sized exactly to the preset.

    Raises
    ------
    HouseStyleError
        For an object that is not a chart, an unknown size preset, a missing logo,
        text arguments that are not text, or bad export arguments.
    """
    brand = resolve_brand(brand)
    preset = brand.preset(size)
    texts = _Texts(*(_check_text(n, v) for n, v in _named(title, subtitle, note, source)))
    alt = _check_text("alt", alt)
    if not isinstance(check, bool):
        raise HouseStyleError(f"check: {check!r} is not allowed; allowed: True or False")
    if not (isinstance(chart, Figure) or _is_ggplot(chart)):
        raise HouseStyleError(
            f"chart: a {type(chart).__name__} is not a chart; "
            "allowed: a matplotlib Figure or a plotnine ggplot"
        )
    logo_image = _resolve_logo(logo, brand, preset)
    if isinstance(chart, Figure):
        texts = replace(texts, source=_with_prefix(texts.source, brand))
        fig, texts, plan = _finalise_matplotlib(chart, brand, preset, texts, logo_image)
    else:
        fig, texts, plan = _finalise_ggplot(chart, brand, preset, texts, logo_image)
    _draw_plan(fig, plan, brand, preset)
    record = Finalised(
        title=texts.title,
        subtitle=texts.subtitle,
        source=texts.source,
        note=texts.note,
        alt=alt,
        brand=brand,
        preset=preset,
        header_height=plan.header_height,
        footer_height=preset.points[1] - plan.footer_top,
        logo=logo_image.path if logo_image is not None else None,
    )
    write_record(fig, record)
    attach_display(fig)  # Jupyter shows it as its exported 2x PNG
    if check:
        from .checks import warn_findings  # imported on use: it is slow to import

        warn_findings(fig)
    if save is not None:
        export(fig, save, formats=formats)
    return fig


def frame_heights(
    *,
    title: str | None = None,
    subtitle: str | None = None,
    source: str | None = None,
    note: str | None = None,
    logo: bool | str | Path = True,
    size: str | SizePreset = "web",
    brand: str | Path | Brand | None = None,
) -> tuple[float, float]:
    """Return the header and footer heights in points :func:`finalise` would reserve.

    For content-sized figures (tables): size the preset to body + header + footer.
    The heights depend on the preset's width (wrapping) and type scale, not its height.
    """
    brand = resolve_brand(brand)
    preset = brand.preset(size)
    texts = _Texts(title, subtitle, note, _with_prefix(source, brand))
    plan = _plan(brand, preset, texts, _resolve_logo(logo, brand, preset))
    return plan.header_height, preset.points[1] - plan.footer_top


def _named(title: Any, subtitle: Any, note: Any, source: Any) -> list[tuple[str, Any]]:
    return [("title", title), ("subtitle", subtitle), ("note", note), ("source", source)]


make_callable(__name__)  # housestyle.finalise(chart, ...) calls finalise()
