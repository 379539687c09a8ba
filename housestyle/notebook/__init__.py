"""Jupyter: ``show()`` with download buttons, ``%load_ext housestyle``, ``explore()``.

``_show`` holds ``show()``, ``enable()`` and ``disable()``; ``_explore`` and
``_controls`` give ``explore()``, a chart function's parameters as widgets.
"""

from __future__ import annotations

from ._explore import explore
from ._show import disable, enable, show

__all__ = [
    "disable",
    "enable",
    "explore",
    "show",
]
