"""What a user can cause and fix: :class:`HouseStyleError` and :class:`LayoutWarning`.

The error stops a call; the warning says a chart was squeezed and how to fix it. They
sit at the bottom of the import graph so that every module can raise them.
"""

from __future__ import annotations

__all__ = ["HouseStyleError", "LayoutWarning"]


class HouseStyleError(ValueError):
    """An error the user can fix: a bad brand field, argument or file.

    The message names what is wrong (the field, and the file and line where there is
    one) and what is allowed.
    """


class LayoutWarning(UserWarning):
    """A chart does not fit its size well, and what to do about it.

    :func:`housestyle.finalise` warns when the title block and footer leave the plot
    less than the brand's ``layout.min_plot_share`` of the figure's height, and when
    category labels collide that cannot be thinned, and when a figure made far from
    the preset's shape is laid out at it; the message names the fix (a shorter title,
    a larger preset, a flipped chart, the size closest in shape).
    """
