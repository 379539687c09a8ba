"""Warning when the title block and footer crowd the plot out of a small size."""

from __future__ import annotations

import warnings

from matplotlib.figure import Figure

from ..errors import LayoutWarning
from ..record import finalised
from .figure import is_gridded

__all__ = ["warn_if_crowded"]


def warn_if_crowded(fig: Figure) -> None:
    """Warn when a finalised chart's plot keeps less than the brand's ``min_plot_share``.

    A table (sized to its rows, with nothing to squeeze) is never crowded.
    """
    info = finalised(fig)
    if info is None or not (info.spec is not None or is_gridded(fig)):
        return
    least = info.brand.layout.min_plot_share
    if info.plot_share >= least:
        return
    warnings.warn(
        f"the title block and footer leave the plot {info.plot_share:.1%} of the height at "
        f"{info.preset.name}; the brand asks for at least {least:.0%}. Shorten the title or "
        "subtitle (move detail to the note), or use a larger preset (web-tall, print-page)",
        LayoutWarning,
        stacklevel=3,
    )
