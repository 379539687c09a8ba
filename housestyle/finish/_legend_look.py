"""A legend read back into what it shows and how it looks, and made again from that.

matplotlib lays a legend's boxes out once, when it is made, from its font size; a
legend laid out at another size (or moved) is therefore made again. :func:`read_legend`
reads what a reader sees (entries, label font and colours, title and its font, frame,
spacing) and where it was put; :func:`make_legend` makes a legend from that, at the
font size the figure's text is at now, on an axes or the figure. The entries are the
chart's own artists when the legend shows exactly what ``ax.get_legend_handles_labels()``
gives (so error bars and containers keep their keys), else the legend's own keys.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from typing import Any

from matplotlib.axes import Axes
from matplotlib.figure import Figure, SubFigure
from matplotlib.font_manager import FontProperties
from matplotlib.legend import Legend
from matplotlib.patches import BoxStyle

from .._private import legend_ncols, legend_outside, legend_placement

__all__ = ["LegendLook", "Placement", "make_legend", "read_legend"]

#: A legend's spacing, in multiples of its font size: kept as the legend had them.
_SPACING = (
    "borderpad",
    "labelspacing",
    "handlelength",
    "handleheight",
    "handletextpad",
    "borderaxespad",
    "columnspacing",
)
#: On a legend housestyle made: the placement the chart's author gave it first.
_PLACED = "_housestyle_placement"
#: On a legend housestyle made with its entries reordered: the order they were given in.
_ORDER = "_housestyle_order"
#: On a legend housestyle made: the author's frame and spacing its placement overrode.
_OWN = "_housestyle_own"


@dataclass(frozen=True)
class Placement:
    """Where a legend's author put it, which finalise keeps across every layout.

    Attributes
    ----------
    owner
        The axes or figure the legend was made on.
    loc
        matplotlib's location code (0 is ``"best"``).
    anchor
        The ``bbox_to_anchor`` the author gave, as a box in display pixels that
        follows the layout (pass it with an identity ``bbox_transform``), or None.
    ncols
        The number of columns it was made with.
    outside
        For a figure legend placed ``loc="outside ..."``: the side (``"upper"``,
        ``"lower"``, ``"left"``, ``"right"``); else None.
    """

    owner: Axes | Figure | SubFigure
    loc: int
    anchor: Any
    ncols: int
    outside: str | None

    @property
    def default(self) -> bool:
        """True for a legend matplotlib places itself: ``loc="best"`` on its axes."""
        return isinstance(self.owner, Axes) and self.loc == 0 and self.anchor is None


@dataclass(frozen=True)
class LegendLook:
    """What a legend shows and how it looks."""

    handles: list[Any]
    labels: list[str]
    prop: FontProperties
    colours: list[Any]
    title: str
    title_prop: FontProperties
    title_colour: Any
    frame: dict[str, Any]
    spacing: dict[str, float]
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def size(self) -> float:
        """The labels' font size in points."""
        return float(self.prop.get_size_in_points())

    def reordered(self, order: list[int]) -> LegendLook:
        """Return this look with its entries in ``order`` (a list of their indices)."""

        def pick(values: list[Any]) -> list[Any]:
            return [values[i] for i in order] if len(values) == len(order) else values

        return replace(
            self,
            handles=pick(self.handles),
            labels=pick(self.labels),
            colours=pick(self.colours),
        )

    def at_size(self, size: float, families: list[str] | None = None) -> LegendLook:
        """Return this look with labels at ``size`` points (in ``families`` if given)."""
        prop = self.prop.copy()
        prop.set_size(size)
        if families is not None:
            prop.set_family(families)
        return replace(self, prop=prop)


def placement_of(legend: Legend) -> Placement:
    """Return where the author put ``legend`` (kept on a legend finalise made again)."""
    kept = getattr(legend, _PLACED, None)
    if isinstance(kept, Placement):
        return kept
    loc, anchored = legend_placement(legend)
    owner = legend.axes if legend.isaxes else legend.parent
    anchor = legend.get_bbox_to_anchor() if anchored else None
    return Placement(owner, loc, anchor, legend_ncols(legend), legend_outside(legend))


def read_legend(legend: Legend, placement: Placement) -> LegendLook:
    """Read what ``legend`` shows and how it looks (its text at its size now).

    The entries come back in the order the author gave them, however they were shown.
    """
    texts = legend.get_texts()
    labels = [str(text.get_text()) for text in texts]
    title = legend.get_title()
    patch = legend.legendPatch
    shown = getattr(legend, _ORDER, None)
    given = list(range(len(labels)))
    if shown is not None and sorted(shown) == given:
        given = sorted(given, key=shown.__getitem__)  # position of each given entry
    labels = [labels[i] for i in given]
    look = LegendLook(
        handles=[],
        labels=labels,
        prop=(texts[0].get_fontproperties() if texts else legend.prop).copy(),
        colours=[text.get_color() for text in texts],
        title=str(title.get_text()),
        title_prop=title.get_fontproperties().copy(),
        title_colour=title.get_color(),
        frame={
            "frameon": legend.get_frame_on(),
            "facecolor": patch.get_facecolor(),
            "edgecolor": patch.get_edgecolor(),
            "framealpha": patch.get_alpha(),
            "linewidth": patch.get_linewidth(),
            "fancybox": isinstance(patch.get_boxstyle(), BoxStyle.Round),
            "shadow": bool(legend.shadow),
        },
        spacing={name: float(getattr(legend, name)) for name in _SPACING},
        options={
            "numpoints": legend.numpoints,
            "markerscale": legend.markerscale,
            "scatterpoints": legend.scatterpoints,
            "alignment": legend.get_alignment(),
            "zorder": legend.get_zorder(),
        },
    )
    colours = [look.colours[i] for i in given]
    handles = _entries(legend, placement.owner, labels, given)
    own = getattr(legend, _OWN, {})
    frame = look.frame | {k: v for k, v in own.items() if k in look.frame}
    spacing = look.spacing | {k: v for k, v in own.items() if k in look.spacing}
    return replace(look, handles=handles, colours=colours, frame=frame, spacing=spacing)


def _entries(legend: Legend, owner: Any, labels: list[str], given: list[int]) -> list[Any]:
    """The chart's own artists when they are what the legend shows, else its keys.

    ``labels`` are in the order given, and ``given[k]`` is where entry k is shown.
    """
    handles, own_labels = _chart_entries(owner)
    if own_labels == labels:
        return handles
    keys = [handle for handle in legend.legend_handles if handle is not None]
    if len(keys) != len(given):
        return keys
    return [copy.copy(keys[i]) for i in given]


def make_legend(
    owner: Axes | Figure | SubFigure,
    look: LegendLook,
    placement: Placement,
    order: list[int] | None = None,
    **where: Any,
) -> Legend:
    """Make a legend showing ``look`` on ``owner``, placed as ``where`` says.

    ``where`` holds the placement keywords (``loc``, ``bbox_to_anchor``, ``ncols``...);
    ``placement`` is the author's own, kept on the legend for the next layout.
    ``order`` shows the entries in that order (indices into ``look``'s entries).
    """
    shown = look.reordered(order) if order is not None else look
    own_keys = all(handle in _chart_entries(owner)[0] for handle in shown.handles)
    options = {k: v for k, v in look.options.items() if k != "zorder"}
    if not own_keys:
        options["markerscale"] = 1.0  # keys made already carry the scale
    legend = owner.legend(
        shown.handles,
        shown.labels,
        prop=look.prop,
        labelcolor=shown.colours,
        title=look.title or None,
        title_fontproperties=look.title_prop,
        **(look.frame | look.spacing | options | where),
    )
    legend.set_zorder(look.options.get("zorder", legend.get_zorder()))
    legend.get_title().set_color(look.title_colour)
    setattr(legend, _PLACED, placement)
    setattr(legend, _OWN, {k: v for k, v in (look.frame | look.spacing).items() if k in where})
    if order is not None:
        setattr(legend, _ORDER, list(order))
    return legend


def _chart_entries(owner: Any) -> tuple[list[Any], list[str]]:
    """The artists with labels of an axes, or of every axes of a figure, and the labels."""
    handles: list[Any] = []
    labels: list[str] = []
    for ax in [owner] if isinstance(owner, Axes) else getattr(owner, "axes", []):
        more, named = ax.get_legend_handles_labels()
        handles += more
        labels += named
    return handles, labels
