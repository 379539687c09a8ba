"""An alias of :mod:`housestyle.libraries.plotnine`, where this module moved (CHANGELOG.md)."""

from .libraries.plotnine import *  # noqa: F403
from .libraries.plotnine import __all__  # noqa: F401
