"""A clean copy of a ggplot: its specification, without what ``ggplot.draw()`` left on it.

plotnine's ``save()`` and notebook display draw a copy, but ``p.draw()`` builds the
plot itself and leaves the build on it: the figure it drew into (a second draw draws
onto it again: two titles, two legends), the facet's panels and axes, the theme's
targets, the layout, and guides holding the last draw's theme and legend layers (a
second draw stacks another). A plot finished from that state comes out wrong, so
:func:`clean_spec` copies the plot with those attributes taken off, and the finisher
draws only from such copies.

This is the one place that knows plotnine's drawn state; ``tests/test_finalise.py``
draws plots before finishing them and compares the bytes, so a plotnine release that
leaves more state behind fails there loudly.
"""

from __future__ import annotations

import copy
import dataclasses
from types import SimpleNamespace
from typing import Any

__all__ = ["clean_spec", "is_ggplot"]

#: Attributes that ``ggplot.draw()`` sets on each part of a plot (plotnine 0.15).
_DRAWN = {
    "plot": ("figure", "_gridspec", "axs"),
    "facet": (
        "plot",
        "layout",
        "figure",
        "axs",
        "coordinates",
        "theme",
        "strips",
        "_panels_gridspec",
    ),
    "theme": ("plot", "figure", "axs", "targets"),
    "guides": ("plot", "plot_scales", "plot_labels", "elements"),
}
#: A guide's fields that drawing overwrites: its theme becomes the plot's theme.
_GUIDE_DRAWN_FIELDS = ("theme",)


def is_ggplot(chart: Any) -> bool:
    """True for a plotnine ``ggplot`` (checked by class name: plotnine is not imported)."""
    return any(
        cls.__name__ == "ggplot" and "plotnine" in cls.__module__ for cls in type(chart).__mro__
    )


def clean_spec(plot: Any) -> Any:
    """Return a deep copy of ``plot`` without the state a ``draw()`` left on it.

    The caller's plot is not changed. A plot never drawn comes back as a plain copy.
    """
    from plotnine.facets.layout import Layout

    clean = _without(plot, _DRAWN["plot"])
    clean.layout = Layout()
    clean._build_objs = SimpleNamespace()
    clean.facet = _without(plot.facet, _DRAWN["facet"])
    clean.theme = _without(plot.theme, _DRAWN["theme"])
    clean.guides = _clean_guides(plot.guides)
    return copy.deepcopy(clean)


def _without(part: Any, names: tuple[str, ...]) -> Any:
    """Return a shallow copy of ``part`` without the attributes ``names``."""
    out = copy.copy(part)
    for name in names:
        out.__dict__.pop(name, None)
    return out


def _clean_guides(guides: Any) -> Any:
    """Return the plot's guides with each drawn guide made again from its own fields."""
    out = _without(guides, _DRAWN["guides"])
    for spot in dataclasses.fields(out):
        guide = getattr(out, spot.name)
        if dataclasses.is_dataclass(guide) and hasattr(guide, "elements"):  # drawn
            setattr(out, spot.name, _fresh_guide(guide))
    return out


def _fresh_guide(guide: Any) -> Any:
    """Make ``guide`` again from the fields it was given, so no drawn state is kept.

    Its theme is left to the default: drawing replaced it with the plot's theme (a
    stale one, at the old size), and a ggplot's guides take the plot's theme anyway.
    """
    given = {
        spot.name: getattr(guide, spot.name)
        for spot in dataclasses.fields(guide)
        if spot.init and spot.name not in _GUIDE_DRAWN_FIELDS
    }
    return type(guide)(**given)
