"""Where housestyle's own data lives: the shipped brands and the bundled fonts."""

from __future__ import annotations

from pathlib import Path

__all__ = ["BRANDS_DIR", "FONTS_DIRS", "shipped_brands"]

#: The folder of the shipped brand files and their logos.
BRANDS_DIR = Path(__file__).parent / "brands"
#: Where housestyle's bundled fonts live, one folder per family.
FONTS_DIRS = (
    Path(__file__).parents[1] / "fonts",  # installed wheel
    Path(__file__).parents[2] / "fonts",  # source checkout
)


def shipped_brands() -> list[str]:
    """Return the names of the brands shipped with housestyle.

    Examples
    --------
    >>> "ou" in shipped_brands()
    True
    """
    return sorted(path.stem for path in BRANDS_DIR.glob("*.yaml"))
