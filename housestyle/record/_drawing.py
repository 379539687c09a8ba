"""The rcParams a finished matplotlib figure is drawn with, for every room that reads it."""

from __future__ import annotations

from typing import Any

from ..libraries.mpl import output_rc, rc
from ._record import finalised

__all__ = ["drawing_rc"]


def drawing_rc(fig: Any) -> dict[str, Any]:
    """The rcParams ``fig`` is drawn with: its brand's (when finalised), then output's.

    Some settings are read only when a figure is drawn or a colour resolved (how many
    ticks fit, ``color="C1"``), so every room that draws or reads a finalised figure
    does it under these: the files, the check and the description see one chart,
    whatever the caller's rcParams.
    """
    info = finalised(fig)
    return {**(rc(info.brand) if info is not None else {}), **output_rc()}
