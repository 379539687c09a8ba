"""housestyle's version, read from the installed package's metadata once."""

from __future__ import annotations

import functools

__all__ = ["version"]


@functools.cache
def version() -> str:
    """Return housestyle's version; ``0+unknown`` in a checkout that was never installed."""
    from importlib import metadata

    try:
        return metadata.version("housestyle")
    except metadata.PackageNotFoundError:
        return "0+unknown"
