"""Laying a figure out once for every format it is rendered to.

matplotlib runs a figure's layout engine at every draw, so a figure written as PNG,
2x PNG, SVG and PDF was laid out four times (housestyle's engines fit tick labels
between runs, so each costs several solves), each time with that format's renderer
and density, and the formats could differ in their last bits of position.
:func:`laid_out_once` runs the engine once, at the figure's own density with the
renderer its PNG is drawn with, then holds that layout while every format is drawn:
the formats agree, and the layout's cost is paid once. While it is held the figure has
no engine at all, so ``savefig`` skips the dry-run draw (every artist drawn with
rendering off) it makes of a figure that has one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from matplotlib.figure import Figure

from .._private import layout_engine_off

__all__ = ["laid_out_once"]


@contextlib.contextmanager
def laid_out_once(fig: Figure) -> Iterator[None]:
    """Lay ``fig`` out now; inside the block its draws keep that layout.

    The figure's own layout engine is back afterwards, so a later draw (a notebook's,
    another size's) lays it out again as usual.
    """
    engine = fig.get_layout_engine()
    if engine is None or not fig.axes:
        yield
        return
    with contextlib.suppress(ValueError):  # as Figure.draw: an unsolvable layout stays
        engine.execute(fig)
    with layout_engine_off(fig):
        yield
