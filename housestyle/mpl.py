"""An alias of :mod:`housestyle.libraries.mpl`, where this module moved (CHANGELOG.md)."""

from .libraries.mpl import *  # noqa: F403
from .libraries.mpl import __all__  # noqa: F401
