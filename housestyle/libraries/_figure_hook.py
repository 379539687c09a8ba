"""The figure hook: a library's own layout call and its gridlines, under the brand's rc.

The brand's rcParams turn matplotlib's constrained layout on for every figure
(``figure.constrained_layout.use``). Libraries that lay out their own figures call
``fig.tight_layout()`` (seaborn's grids, ``clustermap``, ``jointplot``; pandas'
``scatter_matrix``) or ``fig.set_layout_engine("tight")``, and matplotlib refuses to
change a figure's engine to one that places colorbars differently once a colorbar has
been made (``RuntimeError: Colorbar layout of new layout engine not compatible with
old engine``): so ``sns.clustermap``, which draws its colorbar into an axes of its own
and then calls ``tight_layout``, crashed inside ``style()``, as would any library
that calls ``plt.colorbar(cax=...)`` and then ``tight_layout``.

The brand chose constrained layout, not the library, so a library's own layout call
wins: :func:`figure_hook`, named in the rcParam ``figure.hooks`` (matplotlib calls each
hook on every figure ``pyplot`` makes), gives each figure made under the brand's rc a
``tight_layout`` and a ``set_layout_engine`` that take the brand's constrained layout
off first, as if it had never been set, and then do what matplotlib does. The
figure's layout is then the library's, as it would be without the house style, and
matplotlib's "The figure layout has changed to tight" is not said for a change the
user never asked for. ``finalise`` lays the figure out with its own engine either way.

The brand's constrained layout is :class:`BrandLayout`, matplotlib's own but silent
where it has nothing to arrange: a figure whose axes sit in no grid of the figure
(``fig.add_axes``, or a ``GridSpec`` made without the figure, as seaborn's
``clustermap`` and ``JointGrid`` make theirs) is the library's or the user's to
arrange, and matplotlib's "There are no gridspecs with layoutgrids" at each draw
named nothing the user did.

A figure whose engine is not the brand's (one the user chose with ``layout=``, or
finalise's) keeps matplotlib's behaviour.

The brand draws its gridlines along one axis (``axes.grid.axis``), and a call that names
no axis (``ax.grid(True)``) would turn them on along both: pandas' ``.plot`` makes that
call on every chart when the rc has gridlines, and vertical lines ran through every bar
and every year of a pandas chart in the house style. In a figure made under the brand's
rc, ``ax.grid()`` and ``ax.grid(True)`` turn the brand's gridlines on (and ``ax.grid(False)``
every one off); a call that names its axis (``ax.grid(True, axis="both")``, ``axis="x"``
for horizontal bars) is matplotlib's.
"""

from __future__ import annotations

import functools
import warnings
from typing import Any, cast

import matplotlib as mpl
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine

from .._private import is_colorbar_beside_its_parents, on_each_new_axes

__all__ = ["FIGURE_HOOK", "BrandLayout", "figure_hook", "with_figure_hook"]

#: The ``figure.hooks`` entry that calls :func:`figure_hook` (a public module's name).
FIGURE_HOOK = "housestyle.libraries.mpl:figure_hook"

#: The rcParams under which a figure's engine is set to none, not read from the rc.
_NO_ENGINE_RC = {"figure.constrained_layout.use": False, "figure.autolayout": False}


class BrandLayout(ConstrainedLayoutEngine):
    """The constrained layout the brand's rcParams give a figure, silent with no grid."""

    def execute(self, fig: Any) -> Any:
        if not any(_in_a_grid_of_the_figure(ax) for ax in fig.axes):
            return {}  # nothing for constrained layout to arrange
        return super().execute(fig)


def _in_a_grid_of_the_figure(ax: Any) -> bool:
    spec = ax.get_subplotspec() if hasattr(ax, "get_subplotspec") else None
    return spec is not None and spec.get_topmost_subplotspec().get_gridspec().figure is not None


def figure_hook(fig: Figure) -> None:
    """Let a library's own layout call replace the constrained layout the rc gave ``fig``.

    Called by ``pyplot.figure`` on each figure made under the brand's rcParams. Its axes'
    ``grid`` keeps the brand's gridlines to the brand's axis (the module's docstring).
    """
    along = mpl.rcParams["axes.grid.axis"]
    if mpl.rcParams["axes.grid"] and along != "both":
        on_each_new_axes(fig, functools.partial(_grid_along, along))
    engine = fig.get_layout_engine()
    if type(engine) is not ConstrainedLayoutEngine:
        return  # the user's own choice of layout (plt.figure(layout=...)): theirs
    brand_layout = BrandLayout()
    brand_layout.set(**engine.get())
    Figure.set_layout_engine(fig, brand_layout)
    fig.tight_layout = functools.partial(_tight_layout, fig)  # type: ignore[method-assign]
    fig.set_layout_engine = functools.partial(  # type: ignore[method-assign]
        _set_layout_engine, fig
    )


def _grid_along(along: str, ax: Any) -> None:
    """Give ``ax`` a ``grid`` whose call naming no axis means the brand's axis ``along``."""
    ax.grid = functools.partial(_grid, ax, along)


def _grid(ax: Any, along: str, visible: Any = None, *args: Any, **kwargs: Any) -> None:
    """``ax.grid``: on (or toggled) along the brand's axis unless an axis is named.

    ``args``: ``which`` and ``axis``, given by position as matplotlib allows.
    """
    if len(args) < 2 and "axis" not in kwargs:
        kwargs["axis"] = "both" if visible is False else along
    Axes.grid(ax, visible, *args, **kwargs)


def with_figure_hook(hooks: list[str]) -> list[str]:
    """Return ``hooks`` (the rcParam ``figure.hooks``) with :data:`FIGURE_HOOK` last, once."""
    return [*(hook for hook in hooks if hook != FIGURE_HOOK), FIGURE_HOOK]


def _is_the_rcs(fig: Figure) -> bool:
    """True when the figure's engine is the constrained layout the rcParams gave it."""
    return type(fig.get_layout_engine()) is BrandLayout


def _take_off_the_rcs(fig: Figure) -> None:
    if _is_the_rcs(fig):
        with mpl.rc_context(cast(Any, _NO_ENGINE_RC)):
            Figure.set_layout_engine(fig, None)  # None re-reads the rcParams: no engine


def _tight_layout(fig: Figure, *args: Any, **kwargs: Any) -> None:
    """``fig.tight_layout()``, as on a figure the brand's rc gave no engine.

    A colorbar the brand's constrained layout made beside its axes (``fig.colorbar(...,
    ax=ax)``, as seaborn's ``heatmap`` makes one) has no cell of the grid for tight layout
    to place, so on such a figure the brand's constrained layout stays: it makes the room
    for the labels that ``tight_layout`` asks for, and places the colorbar too.
    """
    if _is_the_rcs(fig) and any(is_colorbar_beside_its_parents(ax) for ax in fig.axes):
        return
    _take_off_the_rcs(fig)
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        Figure.tight_layout(fig, *args, **kwargs)
    for warning in said:  # matplotlib's, said to whoever called tight_layout, not to us
        warnings.warn(warning.message, warning.category, stacklevel=2)


def _set_layout_engine(fig: Figure, layout: Any = None, **kwargs: Any) -> None:
    """``fig.set_layout_engine()``, leaving the brand's constrained layout for any other."""
    if layout is not None and layout != "constrained" and layout != "none":
        _take_off_the_rcs(fig)
    Figure.set_layout_engine(fig, layout, **kwargs)
