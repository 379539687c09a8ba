"""An alias of :mod:`housestyle.libraries.plotly`, where this module moved (CHANGELOG.md)."""

from .libraries.plotly import *  # noqa: F403
from .libraries.plotly import __all__  # noqa: F401
