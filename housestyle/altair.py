"""An alias of :mod:`housestyle.libraries.altair`, where this module moved (CHANGELOG.md)."""

from .libraries.altair import *  # noqa: F403
from .libraries.altair import __all__  # noqa: F401
