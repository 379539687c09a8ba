"""Moving legends that matplotlib placed itself to the top of their axes.

A brand with ``layout.legend_position: top`` wants every legend above its plot, in
as many columns as fit the axes' width. A legend the user placed (any ``loc`` but
the default ``"best"``) is left where it is. A legend moved here remembers the
entries it was made from, so laying the figure out again at another size places it
again, in the columns that fit there, from the same entries.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.text import Text

from .._private import is_best_placed
from ..brand import Brand, SizePreset
from ..fonts import font_families
from .plan import Measure, TextStyle, content_width

__all__ = ["place_legends_on_top"]

_TICK_LABEL_ALLOWANCE = 28.0  # points left of an axes for its tick labels
_ENTRIES = "_housestyle_entries"  # on a legend moved here: the (handles, labels) it shows
_Entries = tuple[list[Any], list[str]]


def place_legends_on_top(fig: Figure, brand: Brand, preset: SizePreset) -> None:
    """Move default-placed legends above the plot, in as many columns as fit."""
    if brand.layout.legend_position != "top":
        return
    measure = Measure(preset)
    size = brand.type.legend * preset.type_scale
    families = tuple(font_families(brand))
    for ax, (handles, labels) in list(_legends_to_place(fig)):
        share = _column_share(ax)
        width = content_width(brand, preset) * share - _TICK_LABEL_ALLOWANCE * preset.type_scale
        style = TextStyle(size, "normal", "", families, 1.0)
        ncols = _legend_columns(labels, style, width, measure)
        title = _title_of(ax.get_legend())
        moved = ax.legend(
            handles,
            labels,
            loc="lower left",
            bbox_to_anchor=(0, 1),
            ncols=ncols,
            fontsize=size,
            frameon=False,
            borderaxespad=0.4,
            **title,
        )
        setattr(moved, _ENTRIES, (handles, labels))
        _lift_title(ax, moved, ncols)


def _legends_to_place(fig: Figure) -> Iterator[tuple[Axes, _Entries]]:
    """Yield each axes whose legend goes on top, with the entries to show."""
    for ax in fig.axes:
        legend = ax.get_legend()
        if legend is None:
            continue
        entries = getattr(legend, _ENTRIES, None)
        if entries is None and is_default_placed(legend, ax):
            entries = (list(legend.legend_handles), [t.get_text() for t in legend.get_texts()])
        if entries is not None:
            yield ax, entries


def _title_of(legend: Legend | None) -> dict[str, Any]:
    """Return the legend's own title, to keep on the legend made in its place."""
    if legend is None or not legend.get_title().get_text():
        return {}
    artist = legend.get_title()
    return {
        "title": artist.get_text(),
        "title_fontproperties": artist.get_fontproperties().copy(),
        "alignment": "left",
    }


def is_default_placed(legend: Legend, ax: Axes) -> bool:
    """True for a legend matplotlib places itself: ``loc="best"`` in its own axes."""
    return is_best_placed(legend, ax)


def _column_share(ax: Axes) -> float:
    """Return the share of the figure's width that ``ax``'s grid columns span."""
    spec = ax.get_subplotspec() if hasattr(ax, "get_subplotspec") else None
    if spec is None:
        return float(ax.get_position().width)
    rows, cols = spec.get_gridspec().get_geometry()
    first, last = spec.colspan.start, spec.colspan.stop
    return (last - first) / cols


def _legend_columns(labels: list[str], style: TextStyle, width: float, measure: Measure) -> int:
    """Return how many legend columns of the widest label fit in ``width`` points."""
    params = plt.rcParams
    size = style.size
    extra = (params["legend.handlelength"] + params["legend.handletextpad"]) * size
    item = max(measure.width(label, style) for label in labels) + extra
    gap = params["legend.columnspacing"] * size
    return max(1, min(len(labels), int((width + gap) // (item + gap))))


def _lift_title(ax: Axes, legend: Legend, ncols: int) -> None:
    """Raise the axes' title above a legend placed on top of the axes."""
    places: tuple[Literal["left", "center", "right"], ...] = ("left", "center", "right")
    titled = [loc for loc in places if ax.get_title(loc=loc)]
    if not titled:
        return
    params = plt.rcParams
    rows = -(-len(legend.get_texts()) // ncols) + bool(legend.get_title().get_text())
    size = float(legend.get_texts()[0].get_fontsize())
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
