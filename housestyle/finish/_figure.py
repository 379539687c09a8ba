"""The matplotlib adapter: a Figure finished in place at a preset.

The figure takes the preset's size and dpi, its type and lines the preset's scales, its
default-placed legends go on top, and constrained layout is confined to the area
between the title block and the footer. Laid out again at another preset, the
previous decoration comes off first and the type is scaled from the preset it had,
never compounded.

The user's own layout calls are kept where they say something the layout engine
cannot know: the space between panels set with ``fig.subplots_adjust(wspace=,
hspace=)`` is kept (the margins are the brand's, and the engine makes room for the
labels). ``fig.tight_layout()``, which seaborn's grids call too, asks for room for
the labels, which the engine makes at the finished size.
A panel's lone title (``ax.set_title``, ``df.plot(title=)``) becomes the title block's,
and lines written at the figure's foot (``fig.text(0.01, 0.01, "Source: ...")``) the
footer's (:mod:`housestyle.finish._footnotes`).
"""

from __future__ import annotations

import math
import sys
import warnings
from collections.abc import Hashable
from dataclasses import replace

import matplotlib as mpl
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.layout_engine import LayoutEngine

from .._private import axes_titles, is_colorbar, set_density, take_suptitle
from ..brand import Brand, SizePreset
from ..errors import LayoutWarning
from ..ink import LogoImage, label_mapping, resolve_locale
from ..record import Plan, Texts, is_gridded, plan, with_prefix
from ._adopt import adopt_house_style
from ._decoration import remove_decoration
from ._engine import FittedTight, FromTheGrid, users_spacing
from ._footnotes import take_footer_texts
from ._handplaced import FitHandPlaced, adopt_gridspecs, hand_placed
from ._legends import place_legends
from ._localise import localise_figure
from ._outlines import restore_outlines
from ._sizing import rescale_figure, space_ticks_by_their_labels

__all__ = [
    "finish_figure",
    "texts_from_figure",
    "warn_if_reshaped",
]

#: The space around panels under tight layout, in multiples of the font size.
_TIGHT_PAD = 0.5
#: A figure made this many times wider (or taller) in shape than the preset it is
#: laid out at, with no size asked for, gets a :class:`LayoutWarning`.
_ASPECT_TOLERANCE = 1.5


def finish_figure(
    fig: Figure,
    brand: Brand,
    preset: SizePreset,
    texts: tuple[Texts, Texts],
    logo: LogoImage | None,
    before: SizePreset | None,
) -> tuple[Texts, Plan]:
    """Lay ``fig`` out at ``preset``; return the texts it shows and the plan drawn.

    ``texts`` is (given, kept): the texts given to this call, and those the figure
    showed before (taken when not given, and when the chart holds none). ``before``
    is the preset the figure was laid out at (None for a figure not yet finalised).
    """
    given, kept = texts
    remove_decoration(fig)
    adopt_house_style(fig, brand)
    locale = resolve_locale(None, brand)
    legend_title = brand.words_for(locale).legend_title
    localise_figure(fig, locale, bool(label_mapping()), legend_title)
    restore_outlines(fig, brand)
    spacing = users_spacing(fig)
    shown = texts_from_figure(fig, take_footer_texts(fig, given, _warn)).or_(kept)
    shown = replace(
        shown,
        source=with_prefix(shown.source, brand),
        note=with_prefix(shown.note, brand, word="note"),
    )
    fig.set_size_inches(*preset.inches, forward=False)
    set_density(fig, preset.dpi)
    rescale_figure(fig, before, preset)
    space_ticks_by_their_labels(fig)
    laid_out = plan(brand, preset, shown, logo)
    _set_layout(fig, brand, preset, laid_out, spacing)
    place_legends(fig, brand, preset, laid_out)
    return shown, laid_out


def texts_from_figure(fig: Figure, texts: Texts) -> Texts:
    """Take a missing title from the suptitle, or from the title of a lone panel.

    With a title given, the user's own suptitle becomes the subtitle (with a subtitle
    given too, it is dropped and a LayoutWarning names it): a figure never shows two
    titles.
    """
    if texts.title is not None:
        own = take_suptitle(fig)
        if own and texts.subtitle is None:
            return replace(texts, subtitle=own)
        if own:
            _warn(
                f"the figure's suptitle {own!r} was dropped: finalise was given both a "
                "title and a subtitle; pass it as note=, or leave out the suptitle"
            )
        return texts
    suptitle = take_suptitle(fig)
    if suptitle:
        return replace(texts, title=suptitle)
    title = _take_panel_title(fig)
    return replace(texts, title=title) if title else texts


def _take_panel_title(fig: Figure) -> str | None:
    """Take the title off a figure's one panel and return it (None: left as it is).

    A panel is one place in the grid: an axes with its twins, without colorbars. Its
    title is a left or a centred one (the brand sets titles left, so ``ax.set_title``
    and ``df.plot(title=)`` make left ones); with both, or with several panels, each
    stays a panel title. A right title is a note (a unit, a date) and stays.
    """
    panels = _panels(fig)
    if len(panels) != 1:
        return None
    titles = [
        artist
        for ax in panels[0]
        for loc, artist in axes_titles(ax).items()
        if loc != "right" and artist.get_text()
    ]
    if len(titles) != 1:
        return None
    text = str(titles[0].get_text())
    titles[0].set_text("")
    return text


def _panels(fig: Figure) -> list[list[Axes]]:
    """Group the figure's visible axes, colorbars aside, by their place: twins share one."""
    places: dict[Hashable, list[Axes]] = {}
    for ax in fig.axes:
        if ax.get_visible() and not is_colorbar(ax):
            places.setdefault(_place(ax), []).append(ax)
    return list(places.values())


def _place(ax: Axes) -> Hashable:
    spec = ax.get_subplotspec() if hasattr(ax, "get_subplotspec") else None
    if spec is None:
        return tuple(round(v, 6) for v in ax.get_position(original=True).bounds)
    return (id(spec.get_gridspec()), spec.rowspan, spec.colspan)


def warn_if_reshaped(fig: Figure, brand: Brand, preset: SizePreset) -> None:
    """Warn when a figure made far from the preset's shape is laid out at it.

    finalise lays every chart out at one of the brand's sizes, never at the figure's
    own; a ``figsize=(12, 3)`` strip laid out at 640 x 450 px silently changes shape,
    so the warning names the preset closest in shape (and the one used).
    """
    made = _aspect(tuple(fig.get_size_inches()))
    target = _aspect(preset.inches)
    if max(made / target, target / made) < _ASPECT_TOLERANCE:
        return
    closest = min(  # of equal shapes, one of the preset's family (web, print...)
        brand.presets.values(),
        key=lambda p: (
            round(abs(math.log(_aspect(p.inches) / made)), 6),
            p.family != preset.family,
        ),
    )
    width, height = fig.get_size_inches()
    _warn(
        f"finalise: the figure was made {width:g} x {height:g} in (shape {made:.2f}:1) and is "
        f"laid out at the brand's size {preset.name!r} ({target:.2f}:1), the default when no "
        f"size is given; pass size={closest.name!r} (the brand's size closest in shape, "
        f"{_aspect(closest.inches):.2f}:1), another of its sizes ({', '.join(brand.presets)}), "
        "or add a size of the shape you want to the brand's presets"
    )


def _aspect(inches: tuple[float, float]) -> float:
    return float(inches[0]) / float(inches[1])


def _warn(message: str) -> None:
    """Warn, pointing at the first caller outside housestyle (the user's finalise call)."""
    frame, level = sys._getframe(1), 2
    while frame.f_back is not None and frame.f_globals.get("__name__", "").startswith("housestyle"):
        frame, level = frame.f_back, level + 1
    warnings.warn(message, LayoutWarning, stacklevel=level)


def _set_layout(
    fig: Figure,
    brand: Brand,
    preset: SizePreset,
    laid_out: Plan,
    spacing: tuple[float, float] | None,
) -> None:
    """Confine constrained layout to the plot area, or use none for hand-placed axes.

    Axes made with ``fig.add_axes`` have no grid for constrained layout to arrange:
    their arrangement is the user's, and :class:`~.handplaced.FitHandPlaced` maps it
    into the plot area. A figure with no axes gets no engine at all, not a
    placeholder, so that saving it skips matplotlib's layout dry run (a second text
    layout of every label). Grids made without the figure (``plt.GridSpec``) are given
    to it first, so that constrained layout sees them.

    The figure's engine is taken off before the new one is set: matplotlib refuses to
    change the engine of a figure that has a colorbar made for another engine (after
    ``tight_layout``, say), though constrained layout arranges such colorbars well.
    """
    with mpl.rc_context({"figure.constrained_layout.use": False, "figure.autolayout": False}):
        fig.set_layout_engine(None)  # None re-reads these rcParams
    adopt_gridspecs(fig)
    width, height = preset.points
    margins = brand.layout.margins
    bottom = (height - laid_out.footer_top) / height
    top = 1 - laid_out.header_height / height
    left, right = margins.left / width, 1 - margins.right / width
    if not is_gridded(fig):
        if hand_placed(fig):
            fig.set_layout_engine(FitHandPlaced((left, bottom, right - left, top - bottom)))
        return
    if _has_grid_colorbar(fig):  # made for tight layout: constrained layout cannot place it
        engine: LayoutEngine = FittedTight(
            pad=0.0, h_pad=_TIGHT_PAD, w_pad=_TIGHT_PAD, rect=(left, bottom, right, top)
        )
    else:
        pad = brand.layout.pads.axis_title * preset.type_scale
        engine = FromTheGrid(
            w_pad=0.0,
            h_pad=0.0,
            wspace=brand.layout.panel_gap,
            hspace=brand.layout.panel_gap,
            gap=brand.layout.panel_gap,
            spacing=spacing,
            label_pad=(pad / width, pad / height),
        )
        engine.set(rect=(left, bottom, right - left, top - bottom))
    fig.set_layout_engine(engine)


def _has_grid_colorbar(fig: Figure) -> bool:
    """True when a colorbar has a place in the grid: made without constrained layout.

    ``fig.colorbar`` under tight layout or none splits its axes' grid cell, and with
    ``shrink=1`` leaves rows of height 0 that constrained layout cannot solve.
    """
    return any(
        is_colorbar(ax) and getattr(ax, "get_subplotspec", lambda: None)() is not None
        for ax in fig.axes
    )
