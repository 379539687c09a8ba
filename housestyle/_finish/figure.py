"""The matplotlib adapter: a Figure finished in place at a preset.

The figure takes the preset's size and dpi, its type and lines the preset's scales, its
default-placed legends go on top, and constrained layout is confined to the area
between the title block and the footer. Laid out again at another preset, the
previous decoration comes off first and the type is scaled from the preset it had,
never compounded.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import matplotlib as mpl
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine

from .._private import place_in_layout, take_suptitle
from ..brand import Brand, SizePreset
from ..logo import LogoImage
from .decoration import remove_decoration
from .fitting import fit_to_size
from .legends import place_legends
from .plan import Plan, Texts, plan, with_prefix
from .scale import rescale_figure

__all__ = ["finish_figure", "is_gridded", "texts_from_figure"]


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
    shown = texts_from_figure(fig, given).or_(kept)
    shown = replace(shown, source=with_prefix(shown.source, brand))
    fig.set_size_inches(*preset.inches, forward=False)
    fig.set_dpi(preset.dpi)
    rescale_figure(fig, before, preset)
    laid_out = plan(brand, preset, shown, logo)
    _set_layout(fig, brand, preset, laid_out)
    place_legends(fig, brand, preset, laid_out)
    return shown, laid_out


def texts_from_figure(fig: Figure, texts: Texts) -> Texts:
    """Take a missing title from the suptitle, or from a lone axes' title."""
    if texts.title is not None:
        return texts
    suptitle = take_suptitle(fig)
    if suptitle:
        return replace(texts, title=suptitle)
    axes = fig.axes
    if len(axes) == 1 and axes[0].get_title(loc="center"):
        title = axes[0].get_title(loc="center")
        axes[0].set_title("", loc="center")
        return replace(texts, title=title)
    return texts


class _FromTheGrid(ConstrainedLayoutEngine):
    """Constrained layout that starts every draw from the grid, not from the last draw.

    matplotlib's engine adjusts the axes from where the previous draw left them, and
    what it measures (tick labels, whose number follows the axes' width) moves with
    them, so each draw of the same figure came out a little different: the file
    exported after a notebook display was not the one displayed, and a figure laid
    out at another size did not come back to the layout it had. Putting each axes
    back at its grid position first makes every draw the first draw.
    """

    def execute(self, fig: Any) -> Any:
        return fit_to_size(fig, lambda: self._lay_out(fig))  # labels fitted between runs

    def _lay_out(self, fig: Any) -> Any:
        for ax in fig.axes:
            spec = ax.get_subplotspec() if hasattr(ax, "get_subplotspec") else None
            if spec is not None:
                place_in_layout(ax, spec.get_position(fig))
        return super().execute(fig)


def is_gridded(fig: Figure) -> bool:
    """True when some axes of ``fig`` sit in a grid, which a layout engine arranges."""
    return any(getattr(ax, "get_subplotspec", lambda: None)() for ax in fig.axes)


def _set_layout(fig: Figure, brand: Brand, preset: SizePreset, laid_out: Plan) -> None:
    """Confine constrained layout to the plot area, or use none for hand-placed axes.

    Axes made with ``fig.add_axes`` (a table, say) have no grid for constrained layout
    to arrange: their places are already chosen. Such a figure gets no engine at all,
    not a placeholder, so that saving it skips matplotlib's layout dry run (a second
    text layout of every label).
    """
    if not is_gridded(fig):
        with mpl.rc_context({"figure.constrained_layout.use": False, "figure.autolayout": False}):
            fig.set_layout_engine(None)  # None re-reads these rcParams
        return
    width, height = preset.points
    margins = brand.layout.margins
    bottom = (height - laid_out.footer_top) / height
    top = 1 - laid_out.header_height / height
    engine = _FromTheGrid(w_pad=0.0, h_pad=0.0, wspace=0.04, hspace=0.04)
    left, right = margins.left / width, 1 - margins.right / width
    engine.set(rect=(left, bottom, right - left, top - bottom))
    fig.set_layout_engine(engine)
