"""Words in messages: one way to count things in English."""

from __future__ import annotations

__all__ = ["plural"]


def plural(count: int, noun: str) -> str:
    """Return ``count`` with ``noun``, adding an "s" unless there is exactly one.

    Examples
    --------
    >>> plural(1, "error"), plural(0, "warning"), plural(3, "recipe")
    ('1 error', '0 warnings', '3 recipes')
    """
    return f"{count} {noun}{'' if count == 1 else 's'}"
