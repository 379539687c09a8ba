"""The rules behind :func:`housestyle.check`, one module per family of rules.

Each rule is a function ``rule(scene) -> list[Finding]`` over a :class:`~.scene.Scene`,
which renders the figure once and holds what the rules share: the drawn texts with
their extents, the background without text, the data marks of each axes, the brand
and the output size.
"""

from __future__ import annotations

from ._erased import ERASED_RULES
from ._fit import FIT_RULES
from ._font_rules import FONT_RULES
from ._house import HOUSE_RULES
from ._marks import MARK_RULES
from ._placement import PLACEMENT_RULES
from ._readers import READER_RULES
from ._scene import Finding, Scene
from ._text_rules import TEXT_RULES

__all__ = ["RULES", "Finding", "Scene"]

#: Every rule, in the order its findings are listed.
RULES = (
    *TEXT_RULES,
    *MARK_RULES,
    *ERASED_RULES,
    *HOUSE_RULES,
    *READER_RULES,
    *FONT_RULES,
    *PLACEMENT_RULES,
    *FIT_RULES,
)
