"""Warning when the title block and footer crowd the plot out of a small size."""

from __future__ import annotations

import warnings

from matplotlib.figure import Figure

from ..errors import LayoutWarning
from ..record import crowding

__all__ = ["warn_if_crowded"]


def warn_if_crowded(fig: Figure) -> None:
    """Warn when a finalised chart's plot keeps less than the brand's ``min_plot_share``."""
    found = crowding(fig)
    if found is not None:
        problem, fix = found
        warnings.warn(f"{problem}. {fix[0].upper()}{fix[1:]}", LayoutWarning, stacklevel=3)
