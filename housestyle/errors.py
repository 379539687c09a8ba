"""The one exception a user can cause and fix: :class:`HouseStyleError`.

It sits at the bottom of the import graph so that every module can raise it.
"""

from __future__ import annotations

__all__ = ["HouseStyleError"]


class HouseStyleError(ValueError):
    """An error the user can fix: a bad brand field, argument or file.

    The message names what is wrong (the field, and the file and line where there is
    one) and what is allowed.
    """
