"""The one place housestyle reads matplotlib's and pandas' private attributes.

Some things a house style needs have no public API: a figure's suptitle artist, an
axes' left and right titles, how a legend was placed (``loc="best"``, an anchor, an
``"outside"`` side, its columns), the width of a halo's stroke, moving an axes
without taking it out of the layout, a Styler's formatters. Each is read
here, behind a small function, and ``tests/test_private.py`` checks every one of
them against the installed libraries, so a release that renames one fails there,
loudly, rather than quietly changing a chart. (plotnine's privates are read in
``housestyle/_finish/p9layout.py`` and ``spec.py``, which import plotnine; their tests
are in ``tests/test_finalise.py``.)
"""

from __future__ import annotations

import contextlib
import contextvars
import sys
import threading
from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from .units import POINTS_PER_INCH

if TYPE_CHECKING:  # named in signatures only: importing them costs 0.2 s at start-up
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure, SubFigure
    from matplotlib.legend import Legend
    from matplotlib.text import Text
    from matplotlib.transforms import Bbox

__all__ = [
    "STYLER_PARTS",
    "compute_styler",
    "is_default_formatter",
    "styler_part",
    "axes_titles",
    "category_names",
    "font_files",
    "is_best_placed",
    "is_colorbar",
    "is_colorbar_beside_its_parents",
    "legend_ncols",
    "legend_outside",
    "legend_placement",
    "layout_engine_off",
    "math_free_text",
    "math_glyphs",
    "on_each_new_axes",
    "pdf_glyph_subsetter",
    "place_in_layout",
    "pyplot_figures",
    "renderer_of",
    "placed_by_layout",
    "set_stroke_width",
    "stroke_colour",
    "stroke_width",
    "styler_formatters",
    "sup_labels",
    "suptitle",
    "set_density",
    "take_suptitle",
    "using_pdf_glyph_subsetter",
]


def suptitle(fig: Figure | SubFigure) -> Text | None:
    """Return the figure's suptitle artist when it has text, else None."""
    artist: Text | None = getattr(fig, "_suptitle", None)
    return artist if artist is not None and artist.get_text() else None


def sup_labels(fig: Figure | SubFigure) -> tuple[Text | None, Text | None]:
    """Return the figure's ``supxlabel`` and ``supylabel`` artists (None where there is none).

    Whether the layout engine places one is :func:`placed_by_layout`.
    """
    return getattr(fig, "_supxlabel", None), getattr(fig, "_supylabel", None)


def placed_by_layout(label: Text) -> bool:
    """True for a ``supxlabel``/``supylabel`` given no position: the layout engine places it."""
    return bool(getattr(label, "_autopos", False))


def set_density(fig: Figure, dpi: float) -> None:
    """Give ``fig`` the density ``dpi``, as a plain ``savefig`` writes it too.

    ``savefig(dpi="figure")`` writes at the density the figure was made with
    (``_original_dpi``), not its ``dpi`` now: a chart made at 100 dpi and finalised for
    print (300 dpi) was saved at a third of the print size's pixels, where a ggplot,
    made at the size, was not.
    """
    fig.set_dpi(dpi)
    fig._original_dpi = dpi  # type: ignore[attr-defined]


def take_suptitle(fig: Figure) -> str | None:
    """Remove the figure's suptitle and return its text (None when there is none)."""
    artist = suptitle(fig)
    if artist is None:
        return None
    text = str(artist.get_text())
    artist.remove()
    fig._suptitle = None  # type: ignore[attr-defined]
    return text


def axes_titles(ax: Axes) -> dict[str, Text]:
    """Return an axes' three title artists by location: left, center and right."""
    return {"left": ax._left_title, "center": ax.title, "right": ax._right_title}  # type: ignore[attr-defined]


def is_best_placed(legend: Legend, ax: Axes) -> bool:
    """True for a legend matplotlib places itself: ``loc="best"`` in its own axes."""
    return bool(legend._loc == 0 and legend.get_bbox_to_anchor() == ax.bbox)  # type: ignore[attr-defined]


def is_colorbar(ax: Axes) -> bool:
    """True for the axes a colorbar is drawn in (made by ``fig.colorbar`` or given as ``cax``)."""
    return getattr(ax, "_colorbar", None) is not None


def is_colorbar_beside_its_parents(ax: Axes) -> bool:
    """True for a colorbar's axes made beside its parents with no cell of a grid.

    ``fig.colorbar(mappable, ax=...)`` under constrained layout (or any engine that
    does not place colorbars in the grid) makes one, and only constrained layout,
    which reads its parents from ``_colorbar_info``, places it.
    """
    spec = ax.get_subplotspec() if hasattr(ax, "get_subplotspec") else None
    return hasattr(ax, "_colorbar_info") and spec is None


def legend_placement(legend: Legend) -> tuple[int, bool]:
    """Return a legend's ``loc`` code and whether it was given a ``bbox_to_anchor``."""
    return int(legend._loc), legend._bbox_to_anchor is not None  # type: ignore[attr-defined]


def legend_outside(legend: Legend) -> str | None:
    """Return the side of a figure legend placed ``loc="outside ..."``, else None."""
    side = getattr(legend, "_outside_loc", None)
    return str(side) if side else None


def legend_ncols(legend: Legend) -> int:
    """Return how many columns a legend was made with."""
    return int(legend._ncols)  # type: ignore[attr-defined]


def stroke_width(effect: Any) -> float | None:
    """Return the line width a stroke path effect (``withStroke``) was given, else None."""
    given = getattr(effect, "_gc", None)
    width = given.get("linewidth") if isinstance(given, dict) else None
    return float(width) if isinstance(width, int | float) else None


def stroke_colour(effect: Any) -> Any | None:
    """Return the colour a stroke path effect (``withStroke``) was given, else None."""
    given = getattr(effect, "_gc", None)
    return given.get("foreground") if isinstance(given, dict) else None


def set_stroke_width(effect: Any, width: float) -> None:
    """Set the line width of a stroke path effect that has one (see :func:`stroke_width`)."""
    effect._gc["linewidth"] = float(width)


def renderer_of(fig: Figure) -> Any:
    """The renderer a figure is laid out with, whatever its canvas (matplotlib's own way)."""
    return fig._get_renderer()  # type: ignore[attr-defined]


@contextlib.contextmanager
def layout_engine_off(fig: Figure) -> Iterator[None]:
    """Inside the block ``fig`` has no layout engine, not even a placeholder.

    ``savefig`` lays a figure with an engine out in a dry-run draw (every artist drawn
    with rendering switched off) before it draws for real, placeholder engine included;
    a figure with none is drawn once. The public ``set_layout_engine("none")`` leaves a
    placeholder, for colorbars made for an engine, so the engine is set aside here.
    """
    engine = fig._layout_engine  # type: ignore[attr-defined]
    fig._layout_engine = None  # type: ignore[attr-defined]
    try:
        yield
    finally:
        fig._layout_engine = engine  # type: ignore[attr-defined]


def category_names(axis: Any) -> dict[float, str]:
    """The names matplotlib's category units put at an axis' positions, by position.

    ``ax.barh(["0-4", "5-9", ...], ...)`` numbers the names 0, 1, 2... in the axis'
    ``UnitData``, whose mapping is private; the tick labels may show only some of them
    (every other age band). Empty for an axis of numbers or dates.
    """
    from matplotlib.category import UnitData

    units = axis.get_units()
    if not isinstance(units, UnitData):
        return {}
    return {float(place): str(name) for name, place in units._mapping.items()}


def tick_label_size_for_spacing(axis: Any, size: float | str) -> None:
    """Make ``size`` (points, or a name: "small") the size an axis spaces its ticks by.

    ``AutoLocator`` asks ``axis.get_tick_space()`` how many ticks fit, and that reads
    the size from the axis' private ``_major_tick_kw`` (set by ``tick_params``), else
    from the rcParams at draw time; labels scaled one by one are not seen there. Set
    this way, no label changes (``tick_params`` would set every one to ``size``).
    """
    axis._major_tick_kw["labelsize"] = size


def dash_pattern(line: Any) -> tuple[float, ...]:
    """The dashes a line is drawn with, as (on, off, ...) lengths; empty for a solid line.

    ``get_linestyle()`` says "--" for every dash pattern (seaborn's styles all are);
    the pattern itself is private.
    """
    return tuple(line._dash_pattern[1] or ())


def on_each_new_axes(fig: Figure, call: Callable[[Axes], None]) -> None:
    """Call ``call(ax)`` on each axes added to ``fig`` from now on, however it is added.

    ``add_axes``, ``add_subplot``, ``subplots`` and ``subplot_mosaic`` all add an axes
    through the figure's private ``_add_axes_internal``; there is no public event.
    """
    add = fig._add_axes_internal  # type: ignore[attr-defined]
    fig._add_axes_internal = partial(_added, add, call)  # type: ignore[attr-defined]


def _added(add: Callable[..., Axes], call: Callable[[Axes], None], ax: Axes, key: Any) -> Axes:
    added = add(ax, key)
    call(added)
    return added


def place_in_layout(ax: Axes, position: Bbox) -> None:
    """Set an axes' position and leave it in the layout.

    The public ``set_position`` also calls ``set_in_layout(False)``; matplotlib's own
    layout code uses the private ``_set_position``.
    """
    ax._set_position(position)  # type: ignore[attr-defined]


def math_free_text(artist: Text, line: str) -> tuple[str, bool | str]:
    """Return ``line`` as ``artist`` would draw it, and whether it is mathtext."""
    return artist._preprocess_math(line)  # type: ignore[attr-defined]


def font_files(prop: Any) -> list[str]:
    """The font files matplotlib draws text of ``prop`` with, in fallback order.

    Agg draws each character from the first of them that has it (matplotlib's font
    fallback over the family list).
    """
    from matplotlib import font_manager

    manager = font_manager.fontManager
    return [str(path) for path in manager._find_fonts_by_props(prop)]


def math_glyphs(text: str, prop: Any) -> list[tuple[str, int, int]]:
    """The glyphs mathtext draws ``text`` with: ``(font file, character, glyph index)``.

    Read under the rcParams in force (``mathtext.fontset`` and its families); a glyph
    index of 0 is the font's "missing glyph" box.
    """
    from matplotlib.mathtext import MathTextParser

    parsed = MathTextParser("path").parse(text, dpi=POINTS_PER_INCH, prop=prop)
    return [(str(glyph[0].fname), int(glyph[2]), int(glyph[3])) for glyph in parsed.glyphs]


#: The parts of a pandas Styler that tables read, by attribute: what each holds. pandas
#: has no public API for a Styler's computed choices; ``tests/test_private.py`` fails
#: when a pandas release renames one (nothing here falls back to a default).
STYLER_PARTS = {
    "_display_funcs": "the cells' formatters, {(row, column): function}",
    "_display_funcs_columns": "the column headers' formatters, {(level, column): function}",
    "_display_funcs_index": "the index labels' formatters, {(row, level): function}",
    "ctx": "the cells' computed CSS, {(row, column): [(property, value)]}",
    "ctx_columns": "the column headers' computed CSS, {(level, column): [...]}",
    "ctx_index": "the index labels' computed CSS, {(row, level): [...]}",
    "hidden_rows": "the positions of hidden rows",
    "hidden_columns": "the positions of hidden columns",
    "hide_index_": "per index level, whether it is hidden",
    "hide_columns_": "per column level, whether it is hidden",
    "hide_index_names": "whether the index names are hidden",
}


def styler_part(styler: Any, name: str) -> Any:
    """Return one of :data:`STYLER_PARTS` of a pandas Styler (``compute_styler`` first)."""
    if name not in STYLER_PARTS:
        raise KeyError(f"{name!r} is not a Styler part housestyle reads")
    return getattr(styler, name)


def compute_styler(styler: Any) -> None:
    """Run a Styler's queued ``apply``/``map`` calls, filling its computed CSS."""
    styler._compute()


def is_default_formatter(func: Any) -> bool:
    """True for pandas' default formatter: no ``.format()`` call set this cell."""
    return (
        isinstance(func, partial)
        and func.func is _pandas_default_formatter()
        and "thousands" not in func.keywords
    )


def _pandas_default_formatter() -> Any:
    from pandas.io.formats.style_render import _default_formatter  # type: ignore[attr-defined]

    return _default_formatter


def styler_formatters(styler: Any) -> dict[tuple[int, int], Any]:
    """Return a pandas Styler's cell formatters, ``{(row, column): function}``."""
    return dict(styler_part(styler, "_display_funcs"))


# --------------------------------------------------------------------------- #
# The PDF backend's font subsetter
# --------------------------------------------------------------------------- #

#: ``(font path, glyph ids) -> context manager`` yielding ``.font`` and ``.glyph_index_map``.
GlyphSubsetter = Callable[[Any, Any], Any]
_subsetter: contextvars.ContextVar[GlyphSubsetter | None] = contextvars.ContextVar(
    "housestyle_pdf_subsetter", default=None
)
_swap_lock = threading.Lock()
_swap: dict[str, Any] = {"users": 0, "original": None}


def _pdf_ps() -> Any:
    from matplotlib.backends import _backend_pdf_ps

    return _backend_pdf_ps


def pdf_glyph_subsetter() -> GlyphSubsetter:
    """Return matplotlib's own font subsetter for PDF and PS output (``get_glyphs_subset``).

    ``backend_pdf`` calls it as ``_backend_pdf_ps.get_glyphs_subset(fontfile, glyphs)``
    for every face it embeds as TrueType; it runs fontTools' subsetter over the whole
    font file.
    """
    module = _pdf_ps()
    installed = module.get_glyphs_subset
    return _swap["original"] if installed is _dispatch else installed


def _dispatch(fontfile: Any, glyphs: Any) -> Any:
    """The subsetter installed while any thread is inside :func:`using_pdf_glyph_subsetter`."""
    chosen = _subsetter.get() or _swap["original"]
    return chosen(fontfile, glyphs)


@contextlib.contextmanager
def using_pdf_glyph_subsetter(subsetter: GlyphSubsetter) -> Iterator[None]:
    """Have the PDF backend subset fonts with ``subsetter`` inside the block, in this context only.

    matplotlib's module attribute is swapped for a dispatcher while any thread is in
    such a block and put back when the last one leaves; the dispatcher gives other
    threads (and this one outside the block) matplotlib's own subsetter, so no other
    savefig sees a change.
    """
    module = _pdf_ps()
    with _swap_lock:
        if _swap["users"] == 0:
            _swap["original"] = module.get_glyphs_subset
            module.get_glyphs_subset = _dispatch
        _swap["users"] += 1
    token = _subsetter.set(subsetter)
    try:
        yield
    finally:
        _subsetter.reset(token)
        with _swap_lock:
            _swap["users"] -= 1
            if _swap["users"] == 0:
                module.get_glyphs_subset = _swap["original"]
                _swap["original"] = None


def pyplot_figures() -> list[Figure]:
    """Return the figures pyplot holds open (none when pyplot was never imported)."""
    helpers = sys.modules.get("matplotlib._pylab_helpers")
    if helpers is None:
        return []
    return [manager.canvas.figure for manager in helpers.Gcf.get_all_fig_managers()]
